// A token in a GET form ends up in the URL, history, logs and Referer headers.
fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "t0k");
    let _ = vetted::html! {
        <form action="/search" csrf={token}><input name="q"></form>
    };
}
