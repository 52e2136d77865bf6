fn main() {
    let _ = vetted::html! { <p>Hello</p> };
}
