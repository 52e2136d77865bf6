//! Comment text is a string literal, like all text.

fn main() {
    let _ = vetted::html! { <!-- note --> <p></p> };
}
