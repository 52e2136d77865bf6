//! The literal start of a URL built from parts must fix its scheme (`https://`, `mailto:`, …)
//! or its path (`/`, `?`, `#`), or a part could complete it into `javascript:`.

fn main() {
    let (rest, id, data) = ("script:alert(1)", 7, "iVBORw0KGgo=");
    let _ = vetted::html! {
        <a href=("java" {rest})>"a"</a>
        <a href=("users" {id})>"b"</a>
        <a href=("javascript:" {rest})>"c"</a>
        <img src=("data:image/png;base64," {data}) alt="">
    };
}
