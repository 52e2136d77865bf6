//! `csrf` takes a token, `FetchMetadata` or `false`: never a literal, a flag or `true`.

fn main() {
    let _ = vetted::html! {
        <button hx-post="/a" csrf="token">"a"</button>
        <button hx-post="/a" csrf>"b"</button>
        <button hx-post="/a" csrf=true>"c"</button>
    };
}
