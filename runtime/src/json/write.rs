//! The leaves of the canonical form: strings escaped in one pass, integers and floats.

use alloc::string::String;
use core::fmt;

/// How a byte is written inside a JSON string.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Copied as it is.
    Clean,
    /// Written as this escape.
    Escape(&'static str),
    /// A C0 control without a short escape: `\u00XX`.
    Control,
    /// `0xE2`, the first byte of U+2028 and U+2029 (and of other characters, which stay).
    Separator,
}

/// Every byte's class. JSON requires escaping `"`, `\` and U+0000..U+001F; `<`, `>` and `&`
/// are escaped too, so the text can never close a `<script>`, open a comment or start a
/// character reference.
const CLASS: [Class; 256] = {
    let mut table = [Class::Clean; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = Class::Control;
        byte += 1;
    }
    table[0x08] = Class::Escape("\\b");
    table[0x09] = Class::Escape("\\t");
    table[0x0A] = Class::Escape("\\n");
    table[0x0C] = Class::Escape("\\f");
    table[0x0D] = Class::Escape("\\r");
    table[b'"' as usize] = Class::Escape("\\\"");
    table[b'\\' as usize] = Class::Escape("\\\\");
    table[b'<' as usize] = Class::Escape("\\u003c");
    table[b'>' as usize] = Class::Escape("\\u003e");
    table[b'&' as usize] = Class::Escape("\\u0026");
    table[0xE2] = Class::Separator;
    table
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends the contents of a JSON string (without the quotes) holding `text`.
///
/// One pass: clean runs are copied in bulk, each special byte is escaped where it is found.
pub(super) fn string_contents(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut clean_from = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let (escape, len): (&str, usize) = match CLASS[usize::from(byte)] {
            Class::Clean => {
                at += 1;
                continue;
            }
            Class::Escape(escape) => (escape, 1),
            Class::Control => {
                out.push_str(&text[clean_from..at]);
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0xF)]));
                at += 1;
                clean_from = at;
                continue;
            }
            Class::Separator => match bytes.get(at + 1..at + 3) {
                Some([0x80, 0xA8]) => ("\\u2028", 3),
                Some([0x80, 0xA9]) => ("\\u2029", 3),
                _ => {
                    at += 1;
                    continue;
                }
            },
        };
        // `at` is at an ASCII byte or a lead byte: a char boundary.
        out.push_str(&text[clean_from..at]);
        out.push_str(escape);
        at += len;
        clean_from = at;
    }
    out.push_str(&text[clean_from..]);
}

/// Appends `text` as a quoted JSON string.
pub(super) fn string(text: &str, out: &mut String) {
    out.push('"');
    string_contents(text, out);
    out.push('"');
}

/// A [`fmt::Write`] that escapes everything written to it as JSON string contents, for
/// `collect_str` (`Display` values such as dates) without a temporary `String`.
pub(super) struct StringContents<'a>(pub(super) &'a mut String);

impl fmt::Write for StringContents<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        string_contents(text, self.0);
        Ok(())
    }
}

/// Appends an integer in decimal.
pub(super) fn integer<I: itoa::Integer>(value: I, out: &mut String) {
    out.push_str(itoa::Buffer::new().format(value));
}

/// Appends a finite float as `serde_json` writes it: the shortest digits that read back as
/// the same value, with a `.0` on integral values, and an exponent (`1e-7`, `1e+16`) outside
/// `1e-5 ..= 1e16`. `ryu` gives the digits; `serde_json` writes `+` on positive exponents.
pub(super) fn finite_float<F: ryu::Float>(value: F, out: &mut String) {
    let mut buffer = ryu::Buffer::new();
    let digits = buffer.format_finite(value);
    match digits.split_once('e') {
        Some((mantissa, exponent)) if !exponent.starts_with('-') => {
            out.push_str(mantissa);
            out.push_str("e+");
            out.push_str(exponent);
        }
        _ => out.push_str(digits),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        string_contents(text, &mut out);
        out
    }

    #[test]
    fn escapes_each_special_character() {
        assert_eq!(escaped("a<b>c&d"), "a\\u003cb\\u003ec\\u0026d");
        assert_eq!(escaped("\"\\"), "\\\"\\\\");
        assert_eq!(escaped("\u{8}\t\n\u{c}\r"), "\\b\\t\\n\\f\\r");
        assert_eq!(
            escaped("\0\u{1}\u{1f}\u{7f}"),
            "\\u0000\\u0001\\u001f\u{7f}"
        );
        assert_eq!(escaped("x\u{2028}y\u{2029}z"), "x\\u2028y\\u2029z");
    }

    #[test]
    fn keeps_other_characters() {
        let text = "\u{2027}\u{202a}\u{20ac} é 😀 \u{85} ' / ]]";
        assert_eq!(escaped(text), text);
        assert_eq!(escaped("\u{2028}"), "\\u2028");
        assert_eq!(escaped("\u{20ac}\u{2029}"), "\u{20ac}\\u2029");
    }

    #[test]
    fn formats_floats_like_serde_json() {
        let cases: [(f64, &str); 8] = [
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e-7, "1e-7"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.1, "0.1"),
        ];
        for (value, expected) in cases {
            let mut out = String::new();
            finite_float(value, &mut out);
            assert_eq!(out, expected);
        }
        let mut out = String::new();
        finite_float(3.4e38_f32, &mut out);
        assert_eq!(out, "3.4e+38");
    }
}
