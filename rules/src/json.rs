//! Whether a text is valid JSON (RFC 8259), and if not, where and why: the check the `html!`
//! macro applies to the literal body of a JSON `<script>` (`application/json`,
//! `application/ld+json`, `importmap`, `speculationrules`).
//!
//! Why the rules crate reads JSON itself instead of asking `serde_json`: the macro only needs
//! a yes or no, with a position for the error, and never the value. Depending on `serde_json`
//! for that put it and `serde_core` on the critical path of every build that uses `html!`
//! (a proc-macro's dependencies are built for the host before anything that uses it). The
//! grammar is small and fixed, so this validator is a single loop over the bytes: no values
//! built, no allocation, no recursion. It accepts exactly what
//! `serde_json::from_str::<serde_json::Value>` accepts, and the `vetted-tests` package checks
//! that against `serde_json` on thousands of generated texts, so the two cannot drift apart.
//!
//! ```
//! use vetted_rules::json::json_problem;
//!
//! assert_eq!(json_problem(r#"{"imports": {"app": "/app.js"}}"#), None);
//! let problem = json_problem(r#"{"a": 1,}"#).unwrap();
//! assert_eq!((problem.line, problem.column), (1, 9));
//! assert_eq!(problem.expected, "a string key after `,`");
//! ```

use core::fmt;

/// How many arrays and objects may be open at once: a text opening a 128th is refused
/// ([`Found::TooDeep`]). This is `serde_json`'s default recursion limit of 128, which refuses
/// the 128th level, so both refuse the same texts; it keeps a hostile literal from costing
/// more than a fixed amount of work per level.
///
/// ```
/// use vetted_rules::json::{MAX_DEPTH, json_problem};
///
/// let fits = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
/// assert_eq!(json_problem(&fits), None);
/// let too_deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
/// assert!(json_problem(&too_deep).is_some());
/// ```
pub const MAX_DEPTH: usize = 127;

// The open arrays and objects are kept as one bit each in a `u128`.
const _: () = assert!(MAX_DEPTH < u128::BITS as usize);

/// Why a text is not valid JSON: the first place it goes wrong, what the grammar allows there
/// and what the text has instead. Its `Display` reads as an error message.
///
/// ```
/// use vetted_rules::json::{Found, json_problem};
///
/// let problem = json_problem("{\"a\": 1\n \"b\": 2}").unwrap();
/// assert_eq!(problem.at, 9);
/// assert_eq!((problem.line, problem.column), (2, 2));
/// assert_eq!(problem.found, Found::Char('"'));
/// assert_eq!(
///     problem.to_string(),
///     "expected `,` or `}` after an object member at line 2, column 2, found `\"`"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonProblem {
    /// The byte offset in the text where it goes wrong (the text's length when it ends too
    /// early).
    pub at: usize,
    /// The line of [`at`](Self::at), from 1; each LF starts a line.
    pub line: usize,
    /// The column of [`at`](Self::at), from 1, in characters.
    pub column: usize,
    /// What the grammar allows there, as a phrase: "`:` after an object key".
    pub expected: &'static str,
    /// What the text has there instead.
    pub found: Found,
}

/// What a text has where [`JsonProblem::expected`] says something else belongs.
///
/// ```
/// use vetted_rules::json::{Found, json_problem};
///
/// assert_eq!(json_problem("[1, 2").unwrap().found, Found::End);
/// assert_eq!(json_problem("1e400").unwrap().found, Found::NumberOutOfRange);
/// assert_eq!(json_problem(r#""\ud800""#).unwrap().found, Found::LoneSurrogate);
/// assert_eq!(Found::Char('\t').to_string(), "a tab (U+0009)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// The text ends there.
    End,
    /// This character.
    Char(char),
    /// A number too large for a 64-bit float, which would read as infinity (as `serde_json`
    /// refuses it).
    NumberOutOfRange,
    /// A `\u` escape of one half of a UTF-16 surrogate pair without the other half, which
    /// names no character (RFC 8259 §8.2; `serde_json` refuses it in a string too).
    LoneSurrogate,
    /// An array or object opened inside [`MAX_DEPTH`] others.
    TooDeep,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::End => f.write_str("the end of the text"),
            Self::Char(c) => {
                let name = match c {
                    '\t' => "a tab",
                    '\n' => "a line feed",
                    '\r' => "a carriage return",
                    '\u{feff}' => "a byte order mark",
                    c if c.is_control() || c.is_whitespace() => "the character",
                    c => return write!(f, "`{c}`"),
                };
                write!(f, "{name} (U+{:04X})", u32::from(c))
            }
            Self::NumberOutOfRange => f.write_str("a number too large for a 64-bit float"),
            Self::LoneSurrogate => f.write_str("half of a surrogate pair on its own"),
            Self::TooDeep => f.write_str("one level too many"),
        }
    }
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected {} at line {}, column {}, found {}",
            self.expected, self.line, self.column, self.found
        )
    }
}

/// The first problem that keeps `text` from being one valid JSON text (RFC 8259), or `None`
/// when it is one: a value (object, array, string, number, `true`, `false` or `null`) with
/// only space, tab, LF or CR around and between its tokens. Beyond the grammar it refuses what
/// `serde_json` refuses: numbers too large for a 64-bit float, unpaired surrogate escapes, and
/// nesting deeper than [`MAX_DEPTH`]. It never panics, allocates or recurses.
///
/// ```
/// use vetted_rules::json::json_problem;
///
/// assert_eq!(json_problem(" [1, -0.5e+3, \"\\u00e9\", true, null] "), None);
/// assert_eq!(json_problem("{'a': 1}").unwrap().expected, "a string key or `}`");
/// assert_eq!(json_problem("[1] [2]").unwrap().at, 4);
/// assert_eq!(json_problem("01").unwrap().column, 2);
/// ```
#[must_use]
pub fn json_problem(text: &str) -> Option<JsonProblem> {
    let (at, expected, found) = Reader {
        bytes: text.as_bytes(),
        at: 0,
    }
    .read()
    .err()?;
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let found = found.unwrap_or_else(|| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or(Found::End, Found::Char)
    });
    Some(JsonProblem {
        at,
        line: before.matches('\n').count() + 1,
        column: before
            .get(line_start..)
            .map_or(0, |line| line.chars().count())
            + 1,
        expected,
        found,
    })
}

/// Where the reader stopped, what belongs there, and what was found when that is not simply
/// the character there.
type Stop = (usize, &'static str, Option<Found>);

/// What the reader takes next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Next {
    /// A value: at the start and after a key's `:`.
    Value,
    /// A value after `,` in an array.
    Element,
    /// A value or `]`, right after `[`.
    ElementOrClose,
    /// A key or `}`, right after `{`.
    KeyOrClose,
    /// A key, after `,` in an object.
    Key,
    /// The `:` after a key.
    Colon,
    /// What follows a value: `,` or the bracket that closes the array or object around it,
    /// or the end of the text at the top level.
    AfterValue,
}

const VALUE: &str = "a value";
const ESCAPE: &str = "an escape: `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` or `\\u` and four hex digits";
const HEX: &str = "four hex digits after `\\u`";
const PAIR: &str = "a `\\uD800`-`\\uDBFF` escape followed by a `\\uDC00`-`\\uDFFF` one";

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn stop<T>(&self, expected: &'static str) -> Result<T, Stop> {
        Err((self.at, expected, None))
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Reads the whole text. The open arrays and objects are bits of `open` (set for an
    /// object), innermost lowest, so nesting costs neither stack nor allocation.
    fn read(&mut self) -> Result<(), Stop> {
        let mut open: u128 = 0;
        let mut depth = 0;
        let mut next = Next::Value;
        loop {
            self.skip_whitespace();
            let byte = self.peek();
            next = match next {
                Next::Value | Next::Element | Next::ElementOrClose => match byte {
                    Some(b']') if next == Next::ElementOrClose => {
                        self.at += 1;
                        open >>= 1;
                        depth -= 1;
                        Next::AfterValue
                    }
                    Some(bracket @ (b'[' | b'{')) => {
                        if depth == MAX_DEPTH {
                            return Err((
                                self.at,
                                "at most 127 nested arrays and objects",
                                Some(Found::TooDeep),
                            ));
                        }
                        self.at += 1;
                        depth += 1;
                        open = open << 1 | u128::from(bracket == b'{');
                        if bracket == b'{' {
                            Next::KeyOrClose
                        } else {
                            Next::ElementOrClose
                        }
                    }
                    Some(b'"') => {
                        self.string()?;
                        Next::AfterValue
                    }
                    Some(b'-' | b'0'..=b'9') => {
                        self.number()?;
                        Next::AfterValue
                    }
                    Some(b't') => self.word("true")?,
                    Some(b'f') => self.word("false")?,
                    Some(b'n') => self.word("null")?,
                    _ => {
                        return self.stop(match next {
                            Next::Element => "a value after `,`",
                            Next::ElementOrClose => "a value or `]`",
                            _ => VALUE,
                        });
                    }
                },
                Next::KeyOrClose | Next::Key => match byte {
                    Some(b'"') => {
                        self.string()?;
                        Next::Colon
                    }
                    Some(b'}') if next == Next::KeyOrClose => {
                        self.at += 1;
                        open >>= 1;
                        depth -= 1;
                        Next::AfterValue
                    }
                    _ if next == Next::Key => return self.stop("a string key after `,`"),
                    _ => return self.stop("a string key or `}`"),
                },
                Next::Colon => match byte {
                    Some(b':') => {
                        self.at += 1;
                        Next::Value
                    }
                    _ => return self.stop("`:` after an object key"),
                },
                Next::AfterValue => {
                    let object = open & 1 == 1;
                    match byte {
                        None if depth == 0 => return Ok(()),
                        _ if depth == 0 => {
                            return self.stop("the end of the text after the top-level value");
                        }
                        Some(b',') => {
                            self.at += 1;
                            if object { Next::Key } else { Next::Element }
                        }
                        Some(b'}') if object => {
                            self.at += 1;
                            open >>= 1;
                            depth -= 1;
                            Next::AfterValue
                        }
                        Some(b']') if !object => {
                            self.at += 1;
                            open >>= 1;
                            depth -= 1;
                            Next::AfterValue
                        }
                        _ if object => return self.stop("`,` or `}` after an object member"),
                        _ => return self.stop("`,` or `]` after an array element"),
                    }
                }
            };
        }
    }

    /// Reads `true`, `false` or `null`, whose first letter is at the reader.
    fn word(&mut self, word: &'static str) -> Result<Next, Stop> {
        let expected = match word {
            "true" => "`true`",
            "false" => "`false`",
            _ => "`null`",
        };
        for &letter in word.as_bytes() {
            if self.peek() != Some(letter) {
                return self.stop(expected);
            }
            self.at += 1;
        }
        Ok(Next::AfterValue)
    }

    /// Reads one or more digits.
    fn digits(&mut self, expected: &'static str) -> Result<(), Stop> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return self.stop(expected);
        }
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        Ok(())
    }

    /// Reads a number, which starts at the reader with `-` or a digit.
    fn number(&mut self) -> Result<(), Stop> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
            if let Some(b'0'..=b'9') = self.peek() {
                return self.stop("`.`, `e` or the end of the number after a leading `0`");
            }
        } else {
            self.digits("a digit after `-`")?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits("a digit after `.`")?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.digits("a digit in the exponent")?;
        }
        // The grammar above is a subset of what `f64`'s parser takes, and it rounds exactly,
        // so a number is too large just when it parses to infinity.
        let huge = core::str::from_utf8(self.bytes.get(start..self.at).unwrap_or_default())
            .is_ok_and(|number| number.parse::<f64>().is_ok_and(f64::is_infinite));
        if huge {
            return Err((
                start,
                "a number no larger than about ±1.8e308",
                Some(Found::NumberOutOfRange),
            ));
        }
        Ok(())
    }

    /// Reads a string, whose opening `"` is at the reader.
    fn string(&mut self) -> Result<(), Stop> {
        self.at += 1;
        loop {
            match self.peek() {
                None => return self.stop("a closing `\"`"),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(());
                }
                Some(b'\\') => self.escape()?,
                Some(0..=0x1F) => {
                    return self.stop("a string character; a control character must be escaped (`\\n`, `\\t`, `\\u0000`)");
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// Reads an escape, whose `\` is at the reader. A `\u` escape of a leading surrogate must
    /// be followed at once by one of a trailing surrogate, and a trailing one cannot stand
    /// alone.
    fn escape(&mut self) -> Result<(), Stop> {
        let start = self.at;
        self.at += 1;
        match self.peek() {
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                self.at += 1;
                return Ok(());
            }
            Some(b'u') => self.at += 1,
            _ => return self.stop(ESCAPE),
        }
        let lone = Err((start, PAIR, Some(Found::LoneSurrogate)));
        match self.hex()? {
            0xDC00..=0xDFFF => lone,
            0xD800..=0xDBFF => {
                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                    return lone;
                }
                self.at += 2;
                if matches!(self.hex()?, 0xDC00..=0xDFFF) {
                    Ok(())
                } else {
                    lone
                }
            }
            _ => Ok(()),
        }
    }

    /// Reads the four hex digits of a `\u` escape.
    fn hex(&mut self) -> Result<u32, Stop> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(digit @ b'0'..=b'9') => digit - b'0',
                Some(digit @ b'a'..=b'f') => digit - b'a' + 10,
                Some(digit @ b'A'..=b'F') => digit - b'A' + 10,
                _ => return self.stop(HEX),
            };
            unit = unit << 4 | u32::from(digit);
            self.at += 1;
        }
        Ok(unit)
    }
}

#[cfg(test)]
mod tests {
    use super::{Found, MAX_DEPTH, json_problem};
    use alloc::string::ToString;

    /// The problem's position, expectation and finding, or `None` for valid JSON.
    fn at(text: &str) -> Option<(usize, usize, usize, &'static str, Found)> {
        json_problem(text).map(|p| (p.at, p.line, p.column, p.expected, p.found))
    }

    #[track_caller]
    fn valid(text: &str) {
        assert_eq!(at(text), None, "{text:?}");
    }

    #[track_caller]
    fn invalid(text: &str, at_byte: usize, expected: &str) {
        let problem = json_problem(text).unwrap_or_else(|| panic!("accepted {text:?}"));
        assert_eq!(
            (problem.at, problem.expected),
            (at_byte, expected),
            "{text:?}"
        );
    }

    #[test]
    fn accepts_every_kind_of_value() {
        for text in [
            "{}",
            "[]",
            "\"\"",
            "0",
            "-0",
            "1",
            "-1",
            "10",
            "0.5",
            "-0.5",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "1.25E-05",
            "123456789012345678901234567890",
            "1e-400",
            "0e999999999999",
            "-0.0e-0",
            "true",
            "false",
            "null",
            " \t\r\n1 \t\r\n",
            "[1,2,[3,{}]]",
            r#"{"a":{"b":[true,false,null]},"c":"d"}"#,
            r#"{"a":1,"a":2}"#,
            r#""\" \\ \/ \b \f \n \r \t \u0000 \u00e9 \uFFFF \uD83D\uDE00""#,
            "\"é ☃ 😀 \u{7f} \u{2028}\"",
            "1.7976931348623157e308",
            "-1.7976931348623157e308",
        ] {
            valid(text);
        }
    }

    #[test]
    fn refuses_what_is_not_a_value() {
        for (text, at, expected) in [
            ("", 0, "a value"),
            ("   ", 3, "a value"),
            ("\u{feff}{}", 0, "a value"),
            ("'a'", 0, "a value"),
            ("+1", 0, "a value"),
            (".5", 0, "a value"),
            ("NaN", 0, "a value"),
            ("True", 0, "a value"),
            ("tru", 3, "`true`"),
            ("fals", 4, "`false`"),
            ("nulL", 3, "`null`"),
            ("[,1]", 1, "a value or `]`"),
            ("[1,]", 3, "a value after `,`"),
            ("[1 2]", 3, "`,` or `]` after an array element"),
            ("[1}", 2, "`,` or `]` after an array element"),
            ("[1", 2, "`,` or `]` after an array element"),
            ("{1:2}", 1, "a string key or `}`"),
            ("{\"a\":1,}", 7, "a string key after `,`"),
            ("{\"a\" 1}", 5, "`:` after an object key"),
            ("{\"a\":}", 5, "a value"),
            ("{\"a\":1]", 6, "`,` or `}` after an object member"),
            ("{} {}", 3, "the end of the text after the top-level value"),
            ("1 2", 2, "the end of the text after the top-level value"),
            ("\u{a0}1", 0, "a value"),
            (
                "1\u{2028}",
                1,
                "the end of the text after the top-level value",
            ),
            (
                "[1]/**/",
                3,
                "the end of the text after the top-level value",
            ),
        ] {
            invalid(text, at, expected);
        }
    }

    #[test]
    fn refuses_numbers_outside_the_grammar_or_a_float() {
        for (text, at, expected) in [
            ("-", 1, "a digit after `-`"),
            ("-a", 1, "a digit after `-`"),
            (
                "01",
                1,
                "`.`, `e` or the end of the number after a leading `0`",
            ),
            (
                "-00",
                2,
                "`.`, `e` or the end of the number after a leading `0`",
            ),
            ("1.", 2, "a digit after `.`"),
            ("1.e5", 2, "a digit after `.`"),
            ("1e", 2, "a digit in the exponent"),
            ("1e+", 3, "a digit in the exponent"),
            ("1x", 1, "the end of the text after the top-level value"),
            ("0x10", 1, "the end of the text after the top-level value"),
        ] {
            invalid(text, at, expected);
        }
        for huge in ["1e400", "-1e309", "1.8e308", "[0, 1e99999999999]"] {
            assert_eq!(
                json_problem(huge).map(|p| p.found),
                Some(Found::NumberOutOfRange)
            );
        }
        assert_eq!(at("[0, -1e999]").map(|p| p.0), Some(4));
    }

    #[test]
    fn refuses_bad_strings_and_escapes() {
        for (text, at, expected) in [
            ("\"abc", 4, "a closing `\"`"),
            ("\"a\\", 3, super::ESCAPE),
            ("\"\\a\"", 2, super::ESCAPE),
            ("\"\\x41\"", 2, super::ESCAPE),
            ("\"\\'\"", 2, super::ESCAPE),
            ("\"\\u12\"", 5, super::HEX),
            ("\"\\u12g4\"", 5, super::HEX),
            ("\"\\u00é\"", 5, super::HEX),
            (
                "\"a\u{1}\"",
                2,
                "a string character; a control character must be escaped (`\\n`, `\\t`, `\\u0000`)",
            ),
            (
                "\"a\tb\"",
                2,
                "a string character; a control character must be escaped (`\\n`, `\\t`, `\\u0000`)",
            ),
            ("\"\\ud800\"", 1, super::PAIR),
            ("\"\\udfff\"", 1, super::PAIR),
            ("\"x\\uD800\\n\"", 2, super::PAIR),
            ("\"\\uD800\\u0041\"", 1, super::PAIR),
            ("\"\\uD800\\uD800\\uDC00\"", 1, super::PAIR),
            ("\"\\uD800\\uZ\"", 9, super::HEX),
        ] {
            invalid(text, at, expected);
        }
    }

    #[test]
    fn limits_nesting_to_max_depth() {
        let deep = |levels: usize| "[".repeat(levels) + &"]".repeat(levels);
        valid(&deep(MAX_DEPTH));
        let problem = json_problem(&deep(MAX_DEPTH + 1)).unwrap();
        assert_eq!((problem.at, problem.found), (MAX_DEPTH, Found::TooDeep));
        let objects = "{\"a\":".repeat(MAX_DEPTH) + "1" + &"}".repeat(MAX_DEPTH);
        valid(&objects);
        // A hostile text ends in a problem at once, whatever its length.
        let hostile = "[{\"a\":".repeat(100_000);
        assert_eq!(
            json_problem(&hostile).map(|p| p.found),
            Some(Found::TooDeep)
        );
    }

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(
            at("{\n  \"é\": [1,\n  2,]\n}"),
            Some((18, 3, 5, "a value after `,`", Found::Char(']')))
        );
        assert_eq!(
            at("\r\n\r\nx"),
            Some((4, 3, 1, "a value", Found::Char('x')))
        );
        assert_eq!(
            at("[\"☃\" 1]"),
            Some((
                7,
                1,
                6,
                "`,` or `]` after an array element",
                Found::Char('1')
            ))
        );
        assert_eq!(
            at("[1,\n"),
            Some((4, 2, 1, "a value after `,`", Found::End))
        );
    }

    #[test]
    fn messages_name_the_position_and_the_character() {
        let message = |text: &str| json_problem(text).unwrap().to_string();
        assert_eq!(
            message("{\"a\": 1 ]"),
            "expected `,` or `}` after an object member at line 1, column 9, found `]`"
        );
        assert_eq!(
            message("[1"),
            "expected `,` or `]` after an array element at line 1, column 3, found the end of the text"
        );
        assert!(message("\"\n\"").ends_with("found a line feed (U+000A)"));
        assert!(message("\u{feff}1").ends_with("found a byte order mark (U+FEFF)"));
        assert!(message("\"\u{1}\"").ends_with("found the character (U+0001)"));
        assert!(message("\u{a0}").ends_with("found the character (U+00A0)"));
        assert!(message("1e999").ends_with("found a number too large for a 64-bit float"));
        assert!(message(&"[".repeat(200)).contains(
            "at most 127 nested arrays and objects at line 1, column 128, found one level too many"
        ));
        assert!(message("\"\\uDE00\"").ends_with("found half of a surrogate pair on its own"));
    }
}
