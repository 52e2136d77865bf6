//! `hx-nonce` takes only a `vetted::csp::Nonce`: a string could be a nonce copied from a page.

fn main() {
    let copied = "AAAAAAAAAAAAAAAAAAAAAA";
    let _ = vetted::html! { <button hx-get="/a" hx-nonce={copied}>"b"</button> };
}
