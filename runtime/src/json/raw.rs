//! JSON text handed over as a string: `serde_json`'s raw JSON (`RawValue`) and its
//! arbitrary-precision numbers, checked and written again, HTML-safe.
//!
//! `serde_json` serializes both as a struct with a private name and one field of the same name
//! holding the text, and its own serializer copies that text into its output as it is. The
//! text reaches vetted as an ordinary `&str`, and any `Serialize` impl can use those names, so
//! nothing here trusts it: [`write_raw`] reads it as JSON (RFC 8259, strictly) and writes it
//! again token by token, and [`write_number`] accepts only JSON's number grammar. Text that is
//! not valid is refused, and none of it is kept.

use alloc::string::String;

use super::{JsonError, MAX_DEPTH, write};

/// The struct name `serde_json::value::RawValue` serializes under; its one field has the same
/// name and holds the JSON text.
pub(super) const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// The struct name `serde_json::Number` serializes under with `serde_json`'s
/// `arbitrary_precision` feature; its one field has the same name and holds the number's text.
pub(super) const NUMBER: &str = "$serde_json::private::Number";

/// What the top-level value of a JSON text is, for the places that take only some kinds (the
/// top level takes objects, a map key strings, numbers and booleans).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

impl Found {
    /// As [`JsonError::NotAnObject`] and [`JsonError::KeyNotString`] name it.
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Object => "an object",
            Self::Array => "an array",
            Self::String => "a string",
            Self::Number => "a number",
            Self::Boolean => "a boolean",
            Self::Null => "null",
        }
    }
}

/// What is wrong with a text, and at which byte.
struct Invalid {
    problem: &'static str,
    at: usize,
}

impl From<Invalid> for JsonError {
    #[cold]
    fn from(Invalid { problem, at }: Invalid) -> Self {
        Self::InvalidRawJson { problem, at }
    }
}

/// [`Invalid`] as an error of [`write_raw`].
#[cold]
fn invalid(problem: &'static str, at: usize) -> JsonError {
    JsonError::InvalidRawJson { problem, at }
}

/// What the reader takes next. The reader is a loop over this state, not a recursive descent:
/// how deeply the text nests costs no stack, only a bit in [`Open`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A value: at the start, after `:`, and after `,` in an array.
    Value,
    /// A value or `]`: right after `[`.
    ValueOrClose,
    /// A key or `}`: right after `{`.
    KeyOrClose,
    /// A key: after `,` in an object.
    Key,
    /// The `:` after a key.
    Colon,
    /// After a value: `,` or the bracket closing the array or object around it, or the end of
    /// the text at the top level.
    CommaOrClose,
}

// The stack below keeps one bit per level in a `u128`.
const _: () = assert!(MAX_DEPTH <= u128::BITS as usize);

/// The arrays and objects open around the reader, innermost last, as one bit each (set for an
/// object): at most [`MAX_DEPTH`] of them, so a fixed `u128` holds them all and nesting never
/// allocates. `limit` is how many levels the text may open: [`MAX_DEPTH`] less the levels
/// already open around the raw value in the output.
struct Open {
    bits: u128,
    depth: usize,
    limit: usize,
}

impl Open {
    /// Opens a level, or refuses one past the limit (the same limit, and the same error, as
    /// for nesting written by `Serialize` impls).
    fn push(&mut self, object: bool) -> Result<(), JsonError> {
        if self.depth >= self.limit {
            return Err(JsonError::TooDeep);
        }
        self.bits = self.bits << 1 | u128::from(object);
        self.depth += 1;
        Ok(())
    }

    /// Whether the innermost open level is an object (`false` for an array, or for none).
    fn in_object(&self) -> bool {
        self.depth > 0 && self.bits & 1 == 1
    }

    fn pop(&mut self) {
        self.bits >>= 1;
        self.depth -= 1;
    }
}

/// Reads `text` as one JSON value and appends it to `out` in vetted's canonical form, with
/// `levels_left` levels of nesting allowed; returns what the top-level value is.
///
/// - Whitespace between tokens is dropped, as vetted writes no other (RFC 8259 allows space,
///   tab, LF and CR there, and nothing else: no BOM, no U+2028).
/// - Strings (and keys) keep their escapes as they are (`\u0041` stays `\u0041`), and the
///   runs of characters between escapes go through vetted's string escaper, so a raw `<`,
///   `>`, `&`, U+2028 or U+2029 is escaped as in every other string. An escape only ever
///   writes ASCII letters and digits after its `\`, so none of these can come out of one. A
///   lone surrogate escape (`\ud800`) is kept, as RFC 8259's grammar (and `JSON.parse`)
///   accepts it.
/// - Numbers, `true`, `false` and `null` are copied as they are once their grammar is checked.
///
/// # Errors
///
/// [`JsonError::InvalidRawJson`] for anything RFC 8259 does not allow (trailing commas,
/// comments, single quotes, control characters in strings, `NaN`, text after the value),
/// [`JsonError::TooDeep`] past `levels_left` levels. `out` may then hold part of the text;
/// the caller discards the whole output.
pub(super) fn write_raw(
    text: &str,
    levels_left: usize,
    out: &mut String,
) -> Result<Found, JsonError> {
    let bytes = text.as_bytes();
    let mut open = Open {
        bits: 0,
        depth: 0,
        limit: levels_left,
    };
    let mut found = Found::Null;
    let mut expect = Expect::Value;
    let mut at = 0;
    loop {
        at = skip_whitespace(bytes, at);
        let byte = bytes.get(at).copied();
        match expect {
            Expect::ValueOrClose if byte == Some(b']') => {
                out.push(']');
                open.pop();
                at += 1;
                expect = Expect::CommaOrClose;
            }
            Expect::Value | Expect::ValueOrClose => {
                let at_top = open.depth == 0;
                let (kind, end) = match byte {
                    Some(b'{') => {
                        open.push(true)?;
                        out.push('{');
                        (Found::Object, at + 1)
                    }
                    Some(b'[') => {
                        open.push(false)?;
                        out.push('[');
                        (Found::Array, at + 1)
                    }
                    Some(b'"') => (Found::String, string(text, at, out)?),
                    Some(b'-' | b'0'..=b'9') => {
                        let end = number_end(bytes, at)?;
                        out.push_str(&text[at..end]);
                        (Found::Number, end)
                    }
                    _ => match literal(bytes, at) {
                        Some((kind, word)) => {
                            out.push_str(word);
                            (kind, at + word.len())
                        }
                        None if expect == Expect::ValueOrClose => {
                            return Err(invalid("expected a value or `]`", at));
                        }
                        None => return Err(invalid("expected a value", at)),
                    },
                };
                if at_top {
                    found = kind;
                }
                at = end;
                expect = match kind {
                    Found::Object => Expect::KeyOrClose,
                    Found::Array => Expect::ValueOrClose,
                    _ => Expect::CommaOrClose,
                };
            }
            Expect::KeyOrClose if byte == Some(b'}') => {
                out.push('}');
                open.pop();
                at += 1;
                expect = Expect::CommaOrClose;
            }
            Expect::KeyOrClose | Expect::Key => {
                if byte != Some(b'"') {
                    return Err(invalid(
                        if expect == Expect::Key {
                            "expected a string key"
                        } else {
                            "expected a string key or `}`"
                        },
                        at,
                    ));
                }
                at = string(text, at, out)?;
                expect = Expect::Colon;
            }
            Expect::Colon => {
                if byte != Some(b':') {
                    return Err(invalid("expected `:`", at));
                }
                out.push(':');
                at += 1;
                expect = Expect::Value;
            }
            Expect::CommaOrClose if open.depth == 0 => {
                // The top-level value is complete: only whitespace may follow it.
                return if at == bytes.len() {
                    Ok(found)
                } else {
                    Err(invalid("more text after the value", at))
                };
            }
            Expect::CommaOrClose => {
                let in_object = open.in_object();
                match (byte, in_object) {
                    (Some(b','), _) => {
                        out.push(',');
                        expect = if in_object {
                            Expect::Key
                        } else {
                            Expect::Value
                        };
                    }
                    (Some(b'}'), true) | (Some(b']'), false) => {
                        out.push(if in_object { '}' } else { ']' });
                        open.pop();
                    }
                    (_, true) => return Err(invalid("expected `,` or `}`", at)),
                    (_, false) => return Err(invalid("expected `,` or `]`", at)),
                }
                at += 1;
            }
        }
    }
}

/// The first offset from `at` that is not JSON whitespace (space, tab, LF, CR).
fn skip_whitespace(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest
        .iter()
        .take_while(|byte| matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

/// `true`, `false` or `null` at `at`, spelled exactly: what it is and its text.
fn literal(bytes: &[u8], at: usize) -> Option<(Found, &'static str)> {
    let rest = bytes.get(at..)?;
    [
        (Found::Boolean, "true"),
        (Found::Boolean, "false"),
        (Found::Null, "null"),
    ]
    .into_iter()
    .find(|(_, word)| rest.starts_with(word.as_bytes()))
}

/// Writes the string whose opening quote is at `start`, its escapes as they are and the runs
/// between them escaped for HTML; returns the offset after its closing quote.
///
/// The runs are cut only at ASCII bytes (`"`, `\`, control characters), so each is whole
/// characters: the escaper sees exactly the characters the string holds.
fn string(text: &str, start: usize, out: &mut String) -> Result<usize, JsonError> {
    let bytes = text.as_bytes();
    out.push('"');
    let mut run = start + 1;
    loop {
        let rest = bytes.get(run..).unwrap_or_default();
        let Some(stop) = rest
            .iter()
            .position(|&byte| matches!(byte, b'"' | b'\\') || byte < 0x20)
            .map(|offset| run + offset)
        else {
            return Err(invalid("the text ends inside a string", bytes.len()));
        };
        // `run` is just after an ASCII byte and `stop` at one: both are character boundaries.
        write::string_contents(&text[run..stop], out);
        match bytes[stop] {
            b'"' => {
                out.push('"');
                return Ok(stop + 1);
            }
            b'\\' => {
                let end = escape_end(bytes, stop)
                    .ok_or_else(|| invalid("an invalid escape in a string", stop))?;
                // An escape is ASCII, so its end is a boundary too.
                out.push_str(&text[stop..end]);
                run = end;
            }
            _ => {
                return Err(invalid("an unescaped control character in a string", stop));
            }
        }
    }
}

/// The end of the escape whose `\` is at `at`, if it is one of JSON's: `\"`, `\\`, `\/`, `\b`,
/// `\f`, `\n`, `\r`, `\t`, or `\u` and four hex digits.
fn escape_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at + 1)? {
        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Some(at + 2),
        b'u' => {
            let hex = bytes.get(at + 2..at + 6)?;
            hex.iter().all(u8::is_ascii_hexdigit).then_some(at + 6)
        }
        _ => None,
    }
}

/// The end of the number starting at `start`, checked against JSON's grammar:
/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. Stops at the first byte the grammar
/// cannot continue with, which the caller must then accept (a `,` in an array) or refuse.
///
/// The grammar is strict so the number reads back the same everywhere: no `+` sign, no
/// leading zeros (`01`, which some readers take as octal), no bare `.` on either side, no
/// `NaN` or `Infinity`.
fn number_end(bytes: &[u8], start: usize) -> Result<usize, Invalid> {
    let fail = |problem, at| Err(Invalid { problem, at });
    let mut at = start;
    if bytes.get(at) == Some(&b'-') {
        at += 1;
    }
    match bytes.get(at) {
        Some(b'0') => {
            at += 1;
            if bytes.get(at).is_some_and(u8::is_ascii_digit) {
                return fail("a number with a leading zero", at);
            }
        }
        Some(b'1'..=b'9') => at = digits_end(bytes, at + 1),
        _ if at == start => return fail("expected `-` or a digit", at),
        _ => return fail("expected a digit", at),
    }
    if bytes.get(at) == Some(&b'.') {
        let end = digits_end(bytes, at + 1);
        if end == at + 1 {
            return fail("expected a digit after `.`", end);
        }
        at = end;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let end = digits_end(bytes, at);
        if end == at {
            return fail("expected a digit in the exponent", end);
        }
        at = end;
    }
    Ok(at)
}

/// The first offset from `at` that is not an ASCII digit.
fn digits_end(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest.iter().take_while(|byte| byte.is_ascii_digit()).count()
}

/// Appends `text` as it is if it is exactly one JSON number (no whitespace around it); for the
/// text of an arbitrary-precision `serde_json::Number`.
///
/// # Errors
///
/// [`JsonError::InvalidNumber`] when it is not, with nothing appended.
pub(super) fn write_number(text: &str, out: &mut String) -> Result<(), JsonError> {
    match number_end(text.as_bytes(), 0) {
        Ok(end) if end == text.len() => {
            out.push_str(text);
            Ok(())
        }
        Ok(_) => Err(JsonError::InvalidNumber {
            problem: "more text after the number",
        }),
        Err(Invalid { problem, .. }) => Err(JsonError::InvalidNumber { problem }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    fn raw(text: &str) -> Result<(String, Found), JsonError> {
        let mut out = String::new();
        write_raw(text, MAX_DEPTH, &mut out).map(|found| (out, found))
    }

    #[test]
    fn writes_each_kind_of_value_compactly() {
        let cases = [
            (
                " { \"a\" : [ 1 , { } , [ ] ] } ",
                "{\"a\":[1,{},[]]}",
                Found::Object,
            ),
            ("[]", "[]", Found::Array),
            ("\t\"x\"\n", "\"x\"", Found::String),
            ("-0.5e+10", "-0.5e+10", Found::Number),
            ("true", "true", Found::Boolean),
            ("false", "false", Found::Boolean),
            ("\r\nnull", "null", Found::Null),
        ];
        for (text, expected, kind) in cases {
            assert_eq!(raw(text), Ok((expected.into(), kind)), "{text:?}");
        }
    }

    #[test]
    fn keeps_escapes_and_escapes_raw_specials() {
        let text = "\"\\u003c\\\"\\\\\\/\\b\\f\\n\\r\\t </script> \u{2028}&\u{2029}é\"";
        let expected =
            "\"\\u003c\\\"\\\\\\/\\b\\f\\n\\r\\t \\u003c/script\\u003e \\u2028\\u0026\\u2029é\"";
        assert_eq!(raw(text), Ok((expected.into(), Found::String)));
        // Long runs go through the block escaper too.
        let long = format!("{{\"{}\":\"{}\"}}", "<".repeat(40), "a&".repeat(40));
        let (out, _) = raw(&long).unwrap();
        assert_eq!(out, long.replace('<', "\\u003c").replace('&', "\\u0026"));
    }

    #[test]
    fn limits_nesting_to_the_levels_left() {
        let mut out = String::new();
        assert_eq!(write_raw("[[1]]", 2, &mut out), Ok(Found::Array));
        assert_eq!(write_raw("[[1]]", 1, &mut out), Err(JsonError::TooDeep));
        assert_eq!(
            write_raw("{\"a\":{}}", 1, &mut out),
            Err(JsonError::TooDeep)
        );
        assert_eq!(write_raw("1", 0, &mut out), Ok(Found::Number));
        assert_eq!(write_raw("[]", 0, &mut out), Err(JsonError::TooDeep));
        let deepest = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(raw(&deepest), Ok((deepest.clone(), Found::Array)));
        let mixed = format!("{}1{}", "[{\"a\":".repeat(64), "}]".repeat(64));
        assert_eq!(raw(&mixed), Ok((mixed.clone(), Found::Array)));
        assert_eq!(raw(&format!("[{deepest}]")), Err(JsonError::TooDeep));
    }

    #[test]
    fn checks_numbers_against_the_grammar() {
        for good in [
            "0", "-0", "7", "-12", "1.5", "0.0e0", "1E+9", "2e-3", "1e007",
        ] {
            let mut out = String::new();
            assert_eq!(write_number(good, &mut out), Ok(()), "{good}");
            assert_eq!(out, good);
            assert_eq!(raw(good), Ok((good.into(), Found::Number)));
        }
        for (bad, problem) in [
            ("", "expected `-` or a digit"),
            ("-", "expected a digit"),
            ("00", "a number with a leading zero"),
            ("1.", "expected a digit after `.`"),
            ("1e+", "expected a digit in the exponent"),
            ("1.5.5", "more text after the number"),
            ("1_000", "more text after the number"),
            ("١", "expected `-` or a digit"),
        ] {
            let mut out = String::new();
            assert_eq!(
                write_number(bad, &mut out),
                Err(JsonError::InvalidNumber { problem }),
                "{bad:?}"
            );
            assert_eq!(out, "");
        }
    }

    #[test]
    fn never_panics_on_cut_text() {
        // Every prefix of a text using every construct: each is valid or refused, never a
        // panic, and multi-byte characters are never cut.
        let text = "{\"k\u{2028}é\":[true,false,null,-1.5e+3,\"\\u00e9\\n<\",{}],\"\":[]}";
        for end in (0..=text.len()).filter(|&end| text.is_char_boundary(end)) {
            let result = raw(&text[..end]);
            assert_eq!(result.is_ok(), end == text.len(), "{:?}", &text[..end]);
        }
    }
}
