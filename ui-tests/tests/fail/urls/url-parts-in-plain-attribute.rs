//! Only navigation and media URL attributes can be built from parts: a plain attribute takes
//! one value, a resource URL a `TrustedResourceUrl`, `srcset` and `ping` one checked value,
//! `srcdoc` an `Html`.

fn main() {
    let (name, version, width) = ("Ada", "1.2.0", 2);
    let _ = vetted::html! {
        <p title=("Hello, " {name})></p>
        <script src=("/js/" {version} "/app.js")></script>
        <img srcset=("/a.png " {width} "x") alt="">
        <a href="/" ping=("/track/" {name})>"a"</a>
        <iframe srcdoc=("<p>" {name} "</p>")></iframe>
    };
}
