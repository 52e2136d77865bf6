fn main() {
    let _ = vetted::html! { <br>"x"</br> };
}
