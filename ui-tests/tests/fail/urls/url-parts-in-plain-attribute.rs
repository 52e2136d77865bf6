//! Only URLs and plain attributes can be built from parts: a resource URL takes a
//! `TrustedResourceUrl`, `srcset` and `ping` one checked value, `srcdoc` an `Html`, a
//! literal-only attribute a literal.

fn main() {
    let (name, version, width) = ("Ada", "1.2.0", 2);
    let _ = vetted::html! {
        <script src=("/js/" {version} "/app.js")></script>
        <img srcset=("/a.png " {width} "x") alt="">
        <a href="/" ping=("/track/" {name})>"a"</a>
        <iframe srcdoc=("<p>" {name} "</p>")></iframe>
        <meta http-equiv="refresh" content=("0; url=/" {name})>
    };
}
