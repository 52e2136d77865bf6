//! A literal cannot end in an unfinished `%` escape before a value: the value's first
//! characters would finish it (`%2` and `e` make `%2e`, a dot).

fn main() {
    let x = "e";
    let _ = vetted::html! {
        <a href=("/a/%2" {x})>"a"</a>
        <a href=("/off/50%" {x})>"b"</a>
        <a href=("/s?q=%" {x})>"c"</a>
    };
}
