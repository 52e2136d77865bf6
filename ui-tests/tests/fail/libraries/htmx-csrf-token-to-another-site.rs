//! A token sent to another site gives that site the user's token.

fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "t");
    let other = vetted::csrf::CsrfToken::new("csrf", "t");
    let _ = vetted::html! {
        <button hx-post="https://api.example/a" csrf={token}>"a"</button>
        <button hx-action="//api.example/a" hx-method="post" csrf={other}>"b"</button>
    };
}
