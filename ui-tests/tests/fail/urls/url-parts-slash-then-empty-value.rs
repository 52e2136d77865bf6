//! A URL that starts with a lone `/` and a value cannot go on with another `/`: with an
//! empty value it would start with `//`, which browsers read as another host.

fn main() {
    let (lang, x) = ("", "");
    let _ = vetted::html! {
        <a href=("/" {lang} "/about")>"a"</a>
        <button hx-get=("/" {x} "/evil.example/")>"b"</button>
        <a href=("mailto:" {x} "//evil.example/")>"c"</a>
    };
}
