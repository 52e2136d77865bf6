fn main() {
    let _ = vetted::html! { <p><Span>"text"</Span></p> };
}
