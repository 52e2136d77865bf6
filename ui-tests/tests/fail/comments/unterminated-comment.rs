//! A comment is written `<!-- "text" -->`, with both dashes on each side.

fn main() {
    let _ = vetted::html! { <!-- "note" -> <p></p> };
    let _ = vetted::html! { <!- "note" --> };
}
