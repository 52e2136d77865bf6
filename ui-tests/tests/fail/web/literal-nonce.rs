// A literal nonce is the same on every response: an attacker who reads one page can reuse it.
fn main() {
    let _ = vetted::html! { <script nonce="r4nd0m"></script> };
}
