//! `html!` works inside a user's `macro_rules!`, with fragments of every kind passed through.

macro_rules! card {
    ($title:literal, $class:ident, $body:expr) => {
        vetted::html! { <div class=$title data-kind={stringify!($class)}><h2>$title</h2><p>{$body}</p></div> }
    };
}

macro_rules! page {
    ($($markup:tt)*) => {
        vetted::html! { <main> $($markup)* </main> }
    };
}

macro_rules! labelled {
    ($tag:ident, $attr:ident, $value:expr) => {
        vetted::html! { <$tag $attr={$value}></$tag> }
    };
}

fn main() {
    let body = "1 < 2";
    assert_eq!(
        card!("Intro", note, body).as_str(),
        r#"<div class="Intro" data-kind="note"><h2>Intro</h2><p>1 &#60; 2</p></div>"#,
    );
    assert_eq!(
        page!(<p>"x"</p> @if true { <br> }).as_str(),
        "<main><p>x</p><br></main>",
    );
    assert_eq!(labelled!(span, title, 1 + 1).as_str(), r#"<span title="2"></span>"#);
}
