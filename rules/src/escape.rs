//! The escaping rules for HTML text and quoted attribute values.
//!
//! The one source of truth for both sides of the library: the runtime escapes dynamic values
//! with it (its fast escapers are built from these references and tested against
//! [`escape_with`]) and the `html!` macro escapes literals with it at compile time, so the two
//! give the same bytes.

use alloc::string::String;

/// The character reference that replaces `byte` in HTML text, if it needs one.
///
/// `&` and `<` could start markup; `>` is escaped too, so text is also safe where a
/// stray `>` would end something (a `<noscript>` read with scripting disabled, say). A
/// carriage return is written as a reference because the parser turns a literal one into
/// a line feed: data must come back exactly as it went in.
///
/// Every reference, in both contexts, is five bytes long: `&amp;` and numeric references
/// (`&#60;`, not the shorter `&lt;`). The runtime escaper copies a reference as one store of
/// constant size, with nothing to cut off after it; in text with many escapes that is worth
/// about a sixth of the time (see `benches/README.md`).
///
/// ```
/// assert_eq!(vetted_rules::escape::text_entity(b'<'), Some("&#60;"));
/// assert_eq!(vetted_rules::escape::text_entity(b'"'), None);
/// ```
#[inline]
#[must_use]
pub const fn text_entity(byte: u8) -> Option<&'static str> {
    match byte {
        b'&' => Some("&amp;"),
        b'<' => Some("&#60;"),
        b'>' => Some("&#62;"),
        b'\r' => Some("&#13;"),
        _ => None,
    }
}

/// The character reference that replaces `byte` inside a double-quoted attribute value.
///
/// Everything text escapes, plus the `"` that would end the value.
///
/// ```
/// assert_eq!(vetted_rules::escape::attribute_entity(b'"'), Some("&#34;"));
/// ```
#[inline]
#[must_use]
pub const fn attribute_entity(byte: u8) -> Option<&'static str> {
    match byte {
        b'"' => Some("&#34;"),
        other => text_entity(other),
    }
}

/// Appends `input` to `out`, replacing each byte for which `entity` gives a reference.
///
/// Only ASCII bytes are ever replaced, so cutting `input` at them keeps every piece valid UTF-8.
///
/// ```
/// use vetted_rules::escape::{attribute_entity, escape_with};
/// let mut out = String::new();
/// escape_with("a \"b\" & c", &mut out, attribute_entity);
/// assert_eq!(out, "a &#34;b&#34; &amp; c");
/// ```
#[inline]
pub fn escape_with(input: &str, out: &mut String, entity: fn(u8) -> Option<&'static str>) {
    let bytes = input.as_bytes();
    let mut clean_from = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        if let Some(reference) = entity(byte) {
            out.push_str(&input[clean_from..i]);
            out.push_str(reference);
            clean_from = i + 1;
        }
    }
    out.push_str(&input[clean_from..]);
}
