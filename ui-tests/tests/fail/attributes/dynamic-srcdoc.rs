fn main() {
    let doc = "<p>x</p>";
    let _ = vetted::html! { <iframe srcdoc={doc}></iframe> };
}
