fn main() {
    let _ = vetted::html! { <DIV></DIV> <SPAN></SPAN> };
}
