fn main() {
    let _ = vetted::html! { <p "class"="intro"></p> };
}
