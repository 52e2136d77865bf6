fn main() {
    let _ = vetted::html! { <div>"text"</span> };
}
