//! A value built from parts holds string literals and `{expr}`s, and at least one of them.

fn main() {
    let _ = vetted::html! { <a href=()>"a"</a> };
    let _ = vetted::html! { <a href=("/users/" 7)>"b"</a> };
}
