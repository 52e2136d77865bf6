fn main() {
    let _ = vetted::html! { <input r#type="text"> };
}
