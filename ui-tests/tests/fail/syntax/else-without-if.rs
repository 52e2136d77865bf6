fn main() {
    let _ = vetted::html! { <p></p> @else { <p></p> } };
}
