fn main() {
    let _ = vetted::html! { <div></DIV> };
}
