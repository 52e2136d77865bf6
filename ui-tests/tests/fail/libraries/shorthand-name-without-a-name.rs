//! A shorthand sigil needs a name after it.

fn main() {
    let _ = vetted::html! { <button @="x">"a"</button> };
}
