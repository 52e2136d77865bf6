//! A form's token also goes where a button inside it, or an htmx request from inside it, sends
//! the form: to a literal that is not a path on this site, it would reach that site.

fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "secret");
    let x = "a";
    let _ = vetted::html! {
        <form method="post" action="/save" csrf={&token}>
            <button formaction="https://other.example/collect">"Send"</button>
        </form>
    };
    let _ = vetted::html! {
        <form method="post" action="/\\other.example/collect" csrf={&token}></form>
    };
    let _ = vetted::html! {
        <form method="post" action=("https://other.example/" {x}) csrf={&token}></form>
    };
    let _ = vetted::html! {
        <form method="post" action=("http://forms.example/" {x} "/save") csrf={&token}></form>
    };
    let _ = vetted::html! {
        <form method="post" csrf={&token}><div hx-delete="https://other.example/x">"x"</div></form>
    };
}
