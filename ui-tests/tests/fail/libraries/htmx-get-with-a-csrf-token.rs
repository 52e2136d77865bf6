//! A GET request would put the token into the URL, logs and `Referer` headers.

fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "t");
    let _ = vetted::html! { <button hx-get="/search" csrf={token}>"a"</button> };
}
