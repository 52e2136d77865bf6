fn main() {
    let _ = vetted::html! { <div><p>"text"</div> };
}
