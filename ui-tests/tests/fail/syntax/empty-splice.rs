fn main() {
    let _ = vetted::html! { <p>{}</p> };
}
