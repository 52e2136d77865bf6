//! A value in a URL built from parts must come after the host has ended (a `/`, `?` or `#`
//! after it): before, `@evil.example` or `.evil.example` would name another site.

fn main() {
    let (x, host, port, v) = ("@evil.example", "evil.example", 8080, "1.2");
    let _ = vetted::html! {
        <a href=("https://example.com" {x})>"a"</a>
        <a href=("//" {host} "/")>"b"</a>
        <a href=("https://" {host} "/")>"c"</a>
        <a href=("https:" {x})>"d"</a>
        <a href=("http://localhost:" {port} "/")>"e"</a>
        <img src=("https://cdn.example" {v} "/a.png") alt="">
        <a href=("//cdn.example" {x})>"f"</a>
    };
}
