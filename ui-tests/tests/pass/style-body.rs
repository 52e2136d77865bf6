//! A `<style>` body takes literals and `TrustedStyleSheet`s, written as they are.

use vetted::TrustedStyleSheet;

fn main() -> Result<(), vetted::TrustedError> {
    let sheet = vetted::trusted_style_sheet!("main { max-width: 60ch }");
    // XSS SAFETY: built from constants of this test.
    let theme = TrustedStyleSheet::dangerously_from_string(":root { --accent: teal }")?;
    let page = vetted::html! {
        <style>{sheet}</style>
        <style>"body { margin: 0 } " {theme}</style>
        <style>"a > b { content: '&' }"</style>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            "<style>main { max-width: 60ch }</style>",
            "<style>body { margin: 0 } :root { --accent: teal }</style>",
            "<style>a > b { content: '&' }</style>",
        ),
    );
    Ok(())
}
