//! A comment holds one string literal.

fn main() {
    let _ = vetted::html! { <!-- "a" "b" --> };
}
