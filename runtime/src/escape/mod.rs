//! Escapers, one per context: each appends a `&str` to a `String` so the browser reads it back
//! as exactly that data.

#[allow(
    dead_code,
    reason = "shared with the macro, which escapes literals with its plain loop"
)]
pub(crate) mod table;

use alloc::string::String;

/// The reference each byte is replaced by in one context, built at compile time from the
/// shared table: `None` for bytes written as they are.
const fn entities(attribute: bool) -> [Option<&'static str>; 256] {
    let mut entities = [None; 256];
    let mut byte = 0;
    while byte < 256 {
        entities[byte] = if attribute {
            table::attribute_entity(byte as u8)
        } else {
            table::text_entity(byte as u8)
        };
        byte += 1;
    }
    entities
}

const TEXT_ENTITIES: [Option<&'static str>; 256] = entities(false);
const ATTRIBUTE_ENTITIES: [Option<&'static str>; 256] = entities(true);

/// The entity table of a context.
#[inline(always)]
const fn table_of<const ATTRIBUTE: bool>() -> &'static [Option<&'static str>; 256] {
    if ATTRIBUTE {
        &ATTRIBUTE_ENTITIES
    } else {
        &TEXT_ENTITIES
    }
}

/// Inputs shorter than this are escaped by a plain byte loop: for names, labels and numbers a
/// SIMD search costs more to set up than it saves.
const SHORT: usize = 64;

/// Appends `input` escaped for the context (`ATTRIBUTE` or text).
#[inline]
fn escape<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    if input.len() < SHORT {
        escape_short::<ATTRIBUTE>(input, out);
    } else {
        escape_long::<ATTRIBUTE>(input, out);
    }
}

/// The byte loop for short inputs: one table lookup per byte, clean runs copied whole.
#[inline]
fn escape_short<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    let entities = table_of::<ATTRIBUTE>();
    let mut written = 0;
    for (at, &byte) in input.as_bytes().iter().enumerate() {
        if let Some(reference) = entities[usize::from(byte)] {
            // Only ASCII bytes have references, so `written` and `at` are char boundaries.
            out.push_str(&input[written..at]);
            out.push_str(reference);
            written = at + 1;
        }
    }
    out.push_str(&input[written..]);
}

/// The rarer bytes of a context after `&`, `<` and `>`: CR, and `"` in attributes.
#[inline(always)]
fn find_rare<const ATTRIBUTE: bool>(haystack: &[u8]) -> Option<usize> {
    if ATTRIBUTE {
        memchr::memchr2(b'"', b'\r', haystack)
    } else {
        memchr::memchr(b'\r', haystack)
    }
}

/// Appends long `input` with every byte the context escapes replaced by its reference. Clean
/// runs are found with SIMD searches (`&<>`, then the rarer bytes up to that hit) and copied
/// whole; after a replaced byte, the next few bytes are checked one by one first, so dense input
/// does not pay a search per byte. Every byte is looked at a bounded number of times.
fn escape_long<const ATTRIBUTE: bool>(input: &str, out: &mut String) {
    const LOOKAHEAD: usize = 16;
    let entities = table_of::<ATTRIBUTE>();
    let bytes = input.as_bytes();
    // `written`: bytes before it are in `out`. `from`: where the next search starts.
    let (mut written, mut from) = (0, 0);
    // The next `&`, `<` or `>` at or after `from` (`bytes.len()` for none), once searched: kept
    // between searches so a run of rare bytes does not make the common search rescan the text.
    let mut next_common: Option<usize> = None;
    while from < bytes.len() {
        let common = match next_common {
            Some(common) if common >= from => common,
            _ => {
                memchr::memchr3(b'&', b'<', b'>', &bytes[from..]).map_or(bytes.len(), |i| from + i)
            }
        };
        next_common = Some(common);
        let mut at = find_rare::<ATTRIBUTE>(&bytes[from..common]).map_or(common, |i| from + i);
        if at == bytes.len() {
            break;
        }
        // Specials are ASCII, so every index written from is a char boundary.
        out.push_str(&input[written..at]);
        loop {
            if let Some(reference) = entities[usize::from(bytes[at])] {
                out.push_str(reference);
            }
            at += 1;
            written = at;
            let end = (at + LOOKAHEAD).min(bytes.len());
            match bytes[at..end]
                .iter()
                .position(|&b| entities[usize::from(b)].is_some())
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
#[inline]
pub fn text(input: &str, out: &mut String) {
    escape::<false>(input, out);
}

/// Escapes `input` for a double-quoted attribute value and appends it to `out`.
///
/// ```
/// let mut out = String::new();
/// vetted::escape::attribute(r#"say "hi" & <wave>"#, &mut out);
/// assert_eq!(out, "say &quot;hi&quot; &amp; &lt;wave&gt;");
/// ```
#[inline]
pub fn attribute(input: &str, out: &mut String) {
    escape::<true>(input, out);
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
        // Every special at every position of texts around the block and mask sizes, with
        // multi-byte characters before it.
        for len in [0, 1, 15, 16, 17, 63, 64, 65, 79, 80, 127, 128, 129, 200] {
            for at in 0..len {
                for special in ["&", "<", ">", "\r", "\"", "é"] {
                    let mut text: String = core::iter::repeat_n('a', at).collect();
                    text.push_str(special);
                    text.extend(core::iter::repeat_n('ü', (len - at) / 2));
                    inputs.push(text);
                }
            }
        }
        for gap in [0, 1, 15, 16, 17, 40, 70] {
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
