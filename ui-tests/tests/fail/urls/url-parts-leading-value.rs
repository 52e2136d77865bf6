//! A URL built from parts cannot start with a value: the value would decide the scheme.

fn main() {
    let (base, scheme, id) = ("https://example.com", "https", 7);
    let _ = vetted::html! {
        <a href=({base} "/users/" {id})>"a"</a>
        <a href=({scheme} "://example.com/")>"b"</a>
        <img src=({base}) alt="">
    };
}
