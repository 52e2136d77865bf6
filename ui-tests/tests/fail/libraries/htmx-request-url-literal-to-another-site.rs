//! A literal request URL must stay on the site or name an `https://` origin: htmx swaps the
//! response into the page, scripts included.

fn main() {
    let _ = vetted::html! {
        <button hx-get="javascript:alert(1)">"a"</button>
        <button hx-post="http://api.example/a" csrf=false>"b"</button>
        <button hx-delete="js:alert(1)" csrf=false>"c"</button>
        <button hx-put="//evil.example/a" csrf=false>"d"</button>
        <button hx-patch="/\\evil.example/a" csrf=false>"e"</button>
        <button hx-get="https://">"f"</button>
    };
}
