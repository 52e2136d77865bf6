//! Spellings a browser reads as another site: a leading space, a tab, backslashes.

fn main() {
    let _ = vetted::html! {
        <button hx-get=" //evil.example/a">"a"</button>
        <button hx-get="/\t/evil.example/a">"b"</button>
        <button hx-get="\\\\evil.example/a">"c"</button>
    };
}
