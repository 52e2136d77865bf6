fn main() {
    let _ = vetted::html! { <p></p> @let total = 1 + 2 };
    let _ = vetted::html! { @let total = 1 + 2 <p>{total}</p> };
}
