//! `<link href>` loads a style sheet or other resource and `<base href>` redirects every
//! relative URL: both take only a `vetted::TrustedResourceUrl`.

fn main() {
    let theme = "dark";
    let css = format!("/themes/{theme}.css");
    let _ = vetted::html! {
        <link rel="stylesheet" href={css}>
        <base href={"https://example.com/"}>
    };
}
