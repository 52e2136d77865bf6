//! A CSRF token goes wherever its form's fields go: an address chosen at run time could be
//! another site, so only `vetted::csrf::FetchMetadata` (which sends nothing) fits there.

fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "secret");
    let next = String::from("/done");
    let id = 7;
    let _ = vetted::html! {
        <form method="post" action={next} csrf={&token}></form>
    };
    let _ = vetted::html! {
        <form method="post" action="/save" csrf={&token}>
            @if id > 0 { <button formaction={next}>"Save elsewhere"</button> }
        </form>
    };
    let _ = vetted::html! {
        <form method="post" csrf={&token}><button hx-put={next}>"Put"</button></form>
    };
    let _ = vetted::html! {
        <button hx-post={next} csrf={&token}>"Like"</button>
    };
    // All of these go to this site: they compile.
    let _ = vetted::html! {
        <form method="post" action=("/items/" {id} "/edit") csrf={&token}>
            <button formaction="?draft=1">"Draft"</button>
            <button hx-get={next}>"Preview"</button>
        </form>
        <form method="post" action={next} csrf={vetted::csrf::FetchMetadata}></form>
    };
}
