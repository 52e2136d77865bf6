//! `srcdoc` is a whole document: a string would be markup nobody escaped. It takes `Html` or
//! `TrustedHtml`.

fn main() {
    let doc = "<p>x</p>";
    let owned = String::from("<script>alert(1)</script>");
    let _ = vetted::html! {
        <iframe srcdoc={doc}></iframe>
        <iframe srcdoc={owned} sandbox></iframe>
    };
}
