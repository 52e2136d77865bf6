// `@nonce` covers the whole template, so it comes first and once.
fn main() {
    let nonce = vetted::csp::Nonce::generate();
    let _ = vetted::html! { <p></p> @nonce = nonce; <script></script> };
}
