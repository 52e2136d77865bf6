fn main() {
    let tag = "p";
    let _ = vetted::html! { <{tag}>"text"</p> };
}
