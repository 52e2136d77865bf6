// Only a `vetted::csp::Nonce` is a nonce: a string may be stale, guessable or mismatched.
fn main() {
    let nonce = String::from("abc");
    let _ = vetted::html! { <style nonce={nonce}></style> };
    let _ = vetted::html! { @nonce = "abc"; <script></script> };
}
