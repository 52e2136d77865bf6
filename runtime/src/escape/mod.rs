//! Escapers, one per context: each appends a `&str` to a `String` so the browser reads it back
//! as exactly that data.

pub(crate) mod table;

use alloc::string::String;

/// Escapes `input` for HTML text (element content, `<title>`, `<textarea>`) and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::text("a < b && c", &mut out);
/// assert_eq!(out, "a &lt; b &amp;&amp; c");
/// ```
pub fn text(input: &str, out: &mut String) {
    table::escape_with(input, out, table::text_entity);
}

/// Escapes `input` for a double-quoted attribute value and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::attribute(r#"say "hi" & <wave>"#, &mut out);
/// assert_eq!(out, "say &quot;hi&quot; &amp; &lt;wave&gt;");
/// ```
pub fn attribute(input: &str, out: &mut String) {
    table::escape_with(input, out, table::attribute_entity);
}
