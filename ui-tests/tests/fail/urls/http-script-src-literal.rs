//! A resource URL names code the page runs: plain `http:` lets any network hop change it, and
//! other schemes are refused too, so literals must be `https://`, `//host/` or `/`.

fn main() {
    let _ = vetted::html! {
        <script src="http://cdn.example/app.js"></script>
        <link rel="stylesheet" href="HTTP://cdn.example/site.css">
        <iframe src="javascript:alert(1)"></iframe>
        <embed src="data:application/pdf;base64,JVBERi0=">
    };
}
