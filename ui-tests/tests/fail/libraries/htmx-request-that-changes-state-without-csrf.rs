//! An element sending a state-changing htmx request decides its CSRF protection, as a form
//! does; inside a form that decided, htmx sends the form's field and nothing more is needed.

fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "t");
    let _ = vetted::html! {
        <button hx-post="/a">"a"</button>
        <button data-hx-delete="/a">"b"</button>
        <div hx-put="/a" hx-trigger="load"></div>
        <button hx-action="/a" hx-method="post">"c"</button>
        <form method="get"><button hx-patch="/a">"d"</button></form>
        <form method="post" csrf={token}><button hx-patch="/a">"fine: the form's token goes along"</button></form>
        <button hx-get="/a">"fine: GET"</button>
    };
}
