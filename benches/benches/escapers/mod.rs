//! The escapers compared in `escape.rs`: vetted's, the peers', and a plain copy.

use std::fmt::Write as _;

/// An escaper that appends its input to the (cleared, pre-reserved) output.
pub(crate) type Escape = fn(&str, &mut String);

fn copy(input: &str, out: &mut String) {
    out.push_str(input);
}

fn maud(input: &str, out: &mut String) {
    maud::Escaper::new(out)
        .write_str(input)
        .expect("a String cannot fail");
}

fn sailfish(input: &str, out: &mut String) {
    sailfish::runtime::escape::escape_to_string(input, out);
}

fn askama(input: &str, out: &mut String) {
    use askama::filters::Escaper as _;
    askama::filters::Html
        .write_escaped_str(out, input)
        .expect("a String cannot fail");
}

fn markup(input: &str, out: &mut String) {
    markup::Render::render(input, out).expect("a String cannot fail");
}

fn html_escape_text(input: &str, out: &mut String) {
    html_escape::encode_text_to_string(input, out);
}

fn html_escape_attribute(input: &str, out: &mut String) {
    html_escape::encode_double_quoted_attribute_to_string(input, out);
}

/// The escapers of one context: the plain copy first and vetted's second, so the share of the
/// copy compares two measurements taken one after the other, then sailfish's. maud, sailfish,
/// askama and markup have one escaper for both contexts (it always escapes `"`); hypertext
/// renders text and attributes through html-escape's two functions.
pub(crate) fn escapers(attribute: bool) -> Vec<(&'static str, Escape)> {
    let (vetted, html_escape): (Escape, Escape) = if attribute {
        (vetted::escape::attribute, html_escape_attribute)
    } else {
        (vetted::escape::text, html_escape_text)
    };
    vec![
        ("copy", copy),
        ("vetted", vetted),
        ("sailfish", sailfish),
        ("maud", maud),
        ("askama", askama),
        ("markup", markup),
        ("html-escape", html_escape),
    ]
}
