//! A small site built from components: a layout with navigation, a home page listing cards,
//! and a sign-up form whose inputs take extra attributes from a spread and mark errors with
//! class toggles.
//!
//! Each page is one `html!` call: the layout, the cards and the form fields all write into that
//! one `Html` buffer, with no intermediate `String`s. The visitor's input is full of markup,
//! and all of it comes out as text.
//!
//! Run it with `cargo run --example pages`.

mod site;

use site::{Note, SignUp, home_page, sign_up_page};
use vetted::AttributeError;
use vetted::csrf::CsrfToken;

fn main() -> Result<(), AttributeError> {
    let notes = [
        Note {
            title: "Escaping <script> & friends".into(),
            summary: "Why </p><script>alert(1)</script> shows up as text.".into(),
            tags: vec!["security".into(), "\"><img src=x onerror=alert(1)>".into()],
            pinned: true,
        },
        Note {
            title: "Components".into(),
            summary: "Layouts, cards and fields, all writing into one buffer.".into(),
            tags: Vec::new(),
            pinned: false,
        },
    ];
    let form = SignUp {
        name: "Mallory\" autofocus onfocus=\"alert(1)".into(),
        email: "not-an-email".into(),
        newsletter: true,
        name_error: None,
        email_error: Some("Enter an address like ada@example.com".into()),
    };
    let csrf = CsrfToken::new("csrf", "k3Y9-per-session-token");
    let pages = [
        home_page(Some("Ada <admin>"), &notes),
        sign_up_page(&form, &csrf)?,
    ];
    for page in &pages {
        println!("{page}\n");
    }
    Ok(())
}
