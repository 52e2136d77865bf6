fn main() {
    let _ = vetted::html! { <div/> <span/> <p>"after"</p> };
    let _ = vetted::html! { <svg><foreignObject><b/></foreignObject></svg> };
}
