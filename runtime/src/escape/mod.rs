//! Escapers, one per context: each appends a `&str` to a `String` so the browser reads it back
//! as exactly that data.

#[allow(
    dead_code,
    reason = "shared with the macro, which escapes literals with its plain loop"
)]
pub(crate) mod table;

use alloc::string::String;

/// A byte classifier built from one of the shared tables: `true` where the table escapes.
const fn specials(attribute: bool) -> [bool; 256] {
    let mut specials = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let entity = if attribute {
            table::attribute_entity(byte as u8)
        } else {
            table::text_entity(byte as u8)
        };
        specials[byte] = entity.is_some();
        byte += 1;
    }
    specials
}

const TEXT_SPECIALS: [bool; 256] = specials(false);
const ATTRIBUTE_SPECIALS: [bool; 256] = specials(true);

/// How an escaper finds the next byte to replace: a SIMD search for `&`, `<` and `>`, the
/// bytes that matter in markup, and a second one, bounded by the first's hit, for the rest of
/// the table's bytes (rare in real text).
struct Search {
    rare: fn(&[u8]) -> Option<usize>,
    entity: fn(u8) -> Option<&'static str>,
    specials: &'static [bool; 256],
}

const TEXT: Search = Search {
    rare: |haystack| memchr::memchr(b'\r', haystack),
    entity: table::text_entity,
    specials: &TEXT_SPECIALS,
};

const ATTRIBUTE: Search = Search {
    rare: |haystack| memchr::memchr2(b'"', b'\r', haystack),
    entity: table::attribute_entity,
    specials: &ATTRIBUTE_SPECIALS,
};

/// Appends `input` with every byte `search` names replaced by its reference. Clean runs are
/// found with SIMD searches and copied whole; after a replaced byte, the next few bytes are
/// checked one by one first, so dense input does not pay a search per byte. Every byte is
/// looked at a bounded number of times.
fn escape(input: &str, out: &mut String, search: &Search) {
    const LOOKAHEAD: usize = 16;
    let bytes = input.as_bytes();
    // `written`: bytes before it are in `out`. `from`: where the next search starts.
    let (mut written, mut from) = (0, 0);
    // The next `&`, `<` or `>` at or after `from` (`bytes.len()` for none), once searched:
    // kept between searches so a run of rare bytes does not make the common search rescan the
    // same text.
    let mut next_common: Option<usize> = None;
    while from < bytes.len() {
        let common = match next_common {
            Some(common) if common >= from => common,
            _ => {
                memchr::memchr3(b'&', b'<', b'>', &bytes[from..]).map_or(bytes.len(), |i| from + i)
            }
        };
        next_common = Some(common);
        let mut at = (search.rare)(&bytes[from..common]).map_or(common, |i| from + i);
        if at == bytes.len() {
            break;
        }
        out.push_str(&input[written..at]);
        loop {
            match (search.entity)(bytes[at]) {
                Some(reference) => out.push_str(reference),
                // The classifiers are built from the same table; this arm is never taken.
                None => out.push(char::from(bytes[at])),
            }
            at += 1;
            written = at;
            let end = (at + LOOKAHEAD).min(bytes.len());
            match bytes[at..end]
                .iter()
                .position(|&b| search.specials[usize::from(b)])
            {
                Some(offset) => {
                    out.push_str(&input[at..at + offset]);
                    at += offset;
                }
                None => {
                    from = end;
                    break;
                }
            }
        }
    }
    out.push_str(&input[written..]);
}

/// Escapes `input` for HTML text (element content, `<title>`, `<textarea>`) and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::text("a < b && c", &mut out);
/// assert_eq!(out, "a &lt; b &amp;&amp; c");
/// ```
pub fn text(input: &str, out: &mut String) {
    escape(input, out, &TEXT);
}

/// Escapes `input` for a double-quoted attribute value and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::attribute(r#"say "hi" & <wave>"#, &mut out);
/// assert_eq!(out, "say &quot;hi&quot; &amp; &lt;wave&gt;");
/// ```
pub fn attribute(input: &str, out: &mut String) {
    escape(input, out, &ATTRIBUTE);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast escapers against the shared table's plain loop, on inputs that exercise the
    /// search, the look-ahead and their hand-overs.
    #[test]
    fn fast_escapers_match_the_shared_table() {
        let mut inputs: alloc::vec::Vec<String> = [
            "",
            "plain",
            "&",
            "<<<<",
            "a\rb\r\rc",
            "\"q\"",
            "é<ü>&\r\"",
            "x&y                    <z",
            "\r                      &",
            "&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&",
        ]
        .iter()
        .map(|s| String::from(*s))
        .collect();
        for gap in [0, 1, 15, 16, 17, 40] {
            let filler: String = core::iter::repeat_n('é', gap).collect();
            inputs.push(alloc::format!("<{filler}\r{filler}&{filler}\"{filler}>"));
            inputs.push(alloc::format!("\r{filler}\r{filler}\r{filler}<"));
        }
        for input in &inputs {
            let (mut fast, mut plain) = (String::new(), String::new());
            text(input, &mut fast);
            table::escape_with(input, &mut plain, table::text_entity);
            assert_eq!(fast, plain, "text of {input:?}");
            let (mut fast, mut plain) = (String::new(), String::new());
            attribute(input, &mut fast);
            table::escape_with(input, &mut plain, table::attribute_entity);
            assert_eq!(fast, plain, "attribute of {input:?}");
        }
    }
}
