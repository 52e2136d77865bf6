//! `hx-nonce` gates what htmx 4's `hx-csp` extension processes: like `nonce`, it takes only a
//! fresh `vetted::csp::Nonce`, never a literal (or a string: see `htmx-nonce-string.rs`).

fn main() {
    let _ = vetted::html! { <button hx-get="/a" hx-nonce="AAAAAAAAAAAAAAAAAAAAAA">"a"</button> };
}
