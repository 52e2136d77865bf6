fn main() {
    let _ = vetted::html! { <DIV></DIV> <Span></Span> };
}
