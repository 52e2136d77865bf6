fn main() {
    let _ = vetted::html! { <widget></widget> <sidebar></sidebar> };
}
