fn main() {
    let _ = vetted::html! { <!-- note --> <p></p> };
}
