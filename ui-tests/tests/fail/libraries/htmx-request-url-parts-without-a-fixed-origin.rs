//! A request URL built from parts must start with a literal that fixes its site.

fn main() {
    let (host, path) = ("evil.example", "a");
    let _ = vetted::html! {
        <button hx-get=({host} "/a")>"a"</button>
        <button hx-get=("https:" {host})>"b"</button>
        <button hx-get=("//" {host} "/a")>"c"</button>
        <button hx-get=("items" {path})>"d"</button>
    };
}
