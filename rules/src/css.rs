//! A CSS tokenizer, following CSS Syntax Module Level 3, §4 ("Tokenization").
//!
//! [`crate::code::style_problem`] judges a style attribute's tokens rather than its bytes: a
//! `/*` inside a string is not a comment, a `url(` written with an escape is still a URL, and a
//! name split by a comment is still two tokens. The browser reads the text this way, so the
//! checks must too.
//!
//! Two departures from the specification, both to let the checks see more: comments are
//! returned as tokens (the specification drops them), and every token carries the exact source
//! text it came from. Section numbers are those of the 2021 Candidate Recommendation Draft.
//!
//! The tokenizer never panics: it only slices its input at character boundaries it has stepped
//! over, and it consumes at least one character for every token.

use alloc::borrow::Cow;
use alloc::string::String;

/// One token: what it is, the exact text it was read from, and whether an escape in it named a
/// code point the specification replaces with U+FFFD.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// The kind of token, with its decoded value.
    pub(crate) kind: Kind<'a>,
    /// The source text of the token, escapes and quotes included.
    pub(crate) source: &'a str,
    /// Whether an escape in the token named zero, a surrogate or a code point past U+10FFFF, or
    /// ended the input (§4.3.7): the browser reads U+FFFD there.
    pub(crate) replaced: bool,
}

/// The kinds of token of §4, with comments added. Values are decoded: escapes replaced by the
/// code points they name, quotes and `url(` … `)` removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind<'a> {
    /// `/* … */`; `closed` is false when the input ends first.
    Comment { closed: bool },
    /// One or more of space, tab, line feed, carriage return, form feed.
    Whitespace,
    /// A name: `color`, `-moz-binding`, `--accent`.
    Ident(Cow<'a, str>),
    /// A name followed by `(`: the name, without the parenthesis.
    Function(Cow<'a, str>),
    /// `@` followed by a name: the name.
    AtKeyword(Cow<'a, str>),
    /// `#` followed by a name's characters: those characters.
    Hash(Cow<'a, str>),
    /// A quoted string's value; `closed` is false when the input ends inside it.
    String { value: Cow<'a, str>, closed: bool },
    /// A string cut by a line break (§4.3.5): the line break is not part of it.
    BadString,
    /// An unquoted `url(…)`'s URL; `closed` is false when the input ends inside it.
    Url { value: Cow<'a, str>, closed: bool },
    /// An unquoted `url(` holding a quote, `(`, a control character, a bad escape or
    /// whitespace before its end (§4.3.6). The browser loads nothing; `text` is all of it up
    /// to the `)` that ends it, escapes decoded, for the checks that look for what old
    /// browsers would have loaded.
    BadUrl { text: Cow<'a, str> },
    /// A number: `1`, `-2.5`, `+.5e3`.
    Number,
    /// A number followed by `%`.
    Percentage,
    /// A number followed by a name (its unit): the unit.
    Dimension(Cow<'a, str>),
    /// Any other single code point.
    Delim(char),
    /// `<!--`.
    Cdo,
    /// `-->`.
    Cdc,
    /// `:`.
    Colon,
    /// `;`.
    Semicolon,
    /// `,`.
    Comma,
    /// `(` not part of a function token.
    OpenParen,
    /// `)`.
    CloseParen,
    /// `[`.
    OpenSquare,
    /// `]`.
    CloseSquare,
    /// `{`.
    OpenCurly,
    /// `}`.
    CloseCurly,
}

/// The tokens of `css`, in order; together their `source`s are exactly `css`.
pub(crate) fn tokens(css: &str) -> Tokens<'_> {
    Tokens {
        css,
        at: 0,
        replaced: false,
    }
}

/// The iterator [`tokens`] returns.
pub(crate) struct Tokens<'a> {
    css: &'a str,
    /// The byte offset of the next code point, always at a character boundary.
    at: usize,
    /// Whether the token being read has an escape replaced by U+FFFD.
    replaced: bool,
}

/// §4.2: a newline. The input preprocessing of §3.3 turns CR LF, CR and FF into LF; rather than
/// copy the input, the tokenizer treats all three as newlines and steps over CR LF as one.
fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{c}')
}

/// §4.2: whitespace is a newline, a tab or a space.
fn is_whitespace(c: char) -> bool {
    is_newline(c) || matches!(c, '\t' | ' ')
}

/// §4.2: an ident-start code point is a letter, `_`, or any code point from U+0080 on (the
/// 2021 draft's definition; NUL counts as the U+FFFD that §3.3 turns it into).
fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c >= '\u{80}' || c == '\0'
}

/// §4.2: an ident code point is an ident-start code point, a digit or `-`.
fn is_ident_code(c: char) -> bool {
    is_ident_start(c) || c.is_ascii_digit() || c == '-'
}

/// §4.2: a non-printable code point is a control other than tab and newlines, or DEL. One in an
/// unquoted URL makes it a bad URL.
fn is_non_printable(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{e}'..='\u{1f}' | '\u{7f}')
}

/// §4.3.8: `\` starts an escape unless a newline follows it (the end of the input counts as an
/// escape, of U+FFFD).
fn is_valid_escape(first: Option<char>, second: Option<char>) -> bool {
    first == Some('\\') && !second.is_some_and(is_newline)
}

/// §4.3.9: whether three code points start a name: a `-` followed by a name's start, another
/// `-` or an escape; a name's start; or an escape.
fn starts_ident(first: Option<char>, second: Option<char>, third: Option<char>) -> bool {
    match first {
        Some('-') => {
            second.is_some_and(|c| is_ident_start(c) || c == '-') || is_valid_escape(second, third)
        }
        Some('\\') => is_valid_escape(first, second),
        Some(c) => is_ident_start(c),
        None => false,
    }
}

/// §4.3.10: whether three code points start a number: a sign then a digit or `.` and a digit,
/// `.` then a digit, or a digit.
fn starts_number(first: Option<char>, second: Option<char>, third: Option<char>) -> bool {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    match first {
        Some('+' | '-') => digit(second) || (second == Some('.') && digit(third)),
        Some('.') => digit(second),
        first => digit(first),
    }
}

/// A value being decoded: borrowed from the source while it is a contiguous run of it, owned
/// from the first escape on.
struct Value<'a> {
    css: &'a str,
    start: usize,
    end: usize,
    owned: Option<String>,
}

impl<'a> Value<'a> {
    fn new(css: &'a str, at: usize) -> Self {
        Self {
            css,
            start: at,
            end: at,
            owned: None,
        }
    }

    /// Adds `c`, read from the source at `at`.
    fn push_source(&mut self, c: char, at: usize) {
        match &mut self.owned {
            Some(owned) => owned.push(c),
            None if at == self.end => self.end = at + c.len_utf8(),
            None => self.push_decoded(c),
        }
    }

    /// Adds the source text from `at` to `to`.
    fn push_span(&mut self, at: usize, to: usize) {
        let span = self.css.get(at..to).unwrap_or("");
        for (offset, c) in span.char_indices() {
            self.push_source(c, at + offset);
        }
    }

    /// Adds `c`, decoded from an escape.
    fn push_decoded(&mut self, c: char) {
        self.own().push(c);
    }

    /// The value as an owned string, from now on: for when the source text is skipped.
    fn own(&mut self) -> &mut String {
        self.owned
            .get_or_insert_with(|| String::from(self.css.get(self.start..self.end).unwrap_or("")))
    }

    fn finish(self) -> Cow<'a, str> {
        match self.owned {
            Some(owned) => Cow::Owned(owned),
            None => Cow::Borrowed(self.css.get(self.start..self.end).unwrap_or("")),
        }
    }
}

impl<'a> Tokens<'a> {
    fn rest(&self) -> &'a str {
        self.css.get(self.at..).unwrap_or("")
    }

    fn peek(&self, n: usize) -> Option<char> {
        self.rest().chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.at += c.len_utf8();
        Some(c)
    }

    /// Steps over one newline, CR LF being one (§3.3).
    fn bump_newline(&mut self) {
        if self.bump() == Some('\r') && self.peek(0) == Some('\n') {
            self.bump();
        }
    }

    fn bump_whitespace(&mut self) {
        while self.peek(0).is_some_and(is_whitespace) {
            self.bump();
        }
    }

    /// §4.3.7, after the `\`: up to six hex digits and one whitespace after them, or any other
    /// code point as itself. Zero, surrogates, code points past U+10FFFF and the end of the
    /// input give U+FFFD, and mark the token.
    fn escape(&mut self) -> char {
        let Some(first) = self.bump() else {
            self.replaced = true;
            return '\u{fffd}';
        };
        let Some(mut value) = first.to_digit(16) else {
            return first;
        };
        for _ in 0..5 {
            match self.peek(0).and_then(|c| c.to_digit(16)) {
                Some(digit) => {
                    self.bump();
                    value = value * 16 + digit;
                }
                None => break,
            }
        }
        if self.peek(0).is_some_and(is_whitespace) {
            self.bump_newline();
        }
        match char::from_u32(value).filter(|_| value != 0) {
            Some(c) => c,
            None => {
                self.replaced = true;
                '\u{fffd}'
            }
        }
    }

    /// §4.3.11: a name's code points and escapes, decoded.
    fn name(&mut self) -> Cow<'a, str> {
        let mut value = Value::new(self.css, self.at);
        loop {
            let at = self.at;
            match self.peek(0) {
                Some(c) if is_ident_code(c) => {
                    self.bump();
                    value.push_source(c, at);
                }
                first if is_valid_escape(first, self.peek(1)) => {
                    self.bump();
                    let c = self.escape();
                    value.push_decoded(c);
                }
                _ => return value.finish(),
            }
        }
    }

    /// §4.3.5, after the opening quote: up to the same quote. A newline ends it as a bad string
    /// (and is left for the next token); `\` and a newline continue it on the next line.
    fn string(&mut self, quote: char) -> Kind<'a> {
        let mut value = Value::new(self.css, self.at);
        loop {
            let at = self.at;
            match self.peek(0) {
                None => {
                    return Kind::String {
                        value: value.finish(),
                        closed: false,
                    };
                }
                Some(c) if c == quote => {
                    self.bump();
                    return Kind::String {
                        value: value.finish(),
                        closed: true,
                    };
                }
                Some(c) if is_newline(c) => return Kind::BadString,
                Some('\\') => {
                    self.bump();
                    match self.peek(0) {
                        None => {}
                        Some(c) if is_newline(c) => {
                            self.bump_newline();
                            // The continuation adds nothing, and later text is not contiguous.
                            value.own();
                        }
                        Some(_) => {
                            let c = self.escape();
                            value.push_decoded(c);
                        }
                    }
                }
                Some(c) => {
                    self.bump();
                    value.push_source(c, at);
                }
            }
        }
    }

    /// §4.3.6, after `url(` and no quote: leading and trailing whitespace dropped, escapes
    /// decoded; a quote, `(`, a non-printable code point, a bad escape or whitespace before
    /// the end makes it a bad URL.
    fn url(&mut self) -> Kind<'a> {
        self.bump_whitespace();
        let mut value = Value::new(self.css, self.at);
        loop {
            let at = self.at;
            match self.bump() {
                None => {
                    return Kind::Url {
                        value: value.finish(),
                        closed: false,
                    };
                }
                Some(')') => {
                    return Kind::Url {
                        value: value.finish(),
                        closed: true,
                    };
                }
                Some(c) if is_whitespace(c) => {
                    self.bump_whitespace();
                    return match self.peek(0) {
                        None => Kind::Url {
                            value: value.finish(),
                            closed: false,
                        },
                        Some(')') => {
                            self.bump();
                            Kind::Url {
                                value: value.finish(),
                                closed: true,
                            }
                        }
                        Some(_) => {
                            value.push_span(at, self.at);
                            self.bad_url(value)
                        }
                    };
                }
                Some(c @ ('"' | '\'' | '(')) => {
                    value.push_source(c, at);
                    return self.bad_url(value);
                }
                Some(c) if is_non_printable(c) => {
                    value.push_source(c, at);
                    return self.bad_url(value);
                }
                Some('\\') => {
                    if !is_valid_escape(Some('\\'), self.peek(0)) {
                        value.push_source('\\', at);
                        return self.bad_url(value);
                    }
                    let c = self.escape();
                    value.push_decoded(c);
                }
                Some(c) => value.push_source(c, at),
            }
        }
    }

    /// §4.3.14: the rest of a bad URL, up to `)` (not an escaped one) or the end, added to
    /// `text`.
    fn bad_url(&mut self, mut text: Value<'a>) -> Kind<'a> {
        loop {
            let at = self.at;
            match self.peek(0) {
                None => break,
                Some(')') => {
                    self.bump();
                    break;
                }
                first if is_valid_escape(first, self.peek(1)) => {
                    self.bump();
                    let c = self.escape();
                    text.push_decoded(c);
                }
                Some(c) => {
                    self.bump();
                    text.push_source(c, at);
                }
            }
        }
        Kind::BadUrl {
            text: text.finish(),
        }
    }

    /// §4.3.4: a name, then `url(` (a URL token, or a function when a quote comes first), a
    /// function or an ident. `url` is compared decoded and without ASCII case, so `u\72l(` is
    /// a URL too.
    fn ident_like(&mut self) -> Kind<'a> {
        let name = self.name();
        if self.peek(0) != Some('(') {
            return Kind::Ident(name);
        }
        self.bump();
        if !name.eq_ignore_ascii_case("url") {
            return Kind::Function(name);
        }
        while self.peek(0).is_some_and(is_whitespace) && self.peek(1).is_some_and(is_whitespace) {
            self.bump();
        }
        let quote = |c: Option<char>| matches!(c, Some('"' | '\''));
        if quote(self.peek(0)) || (self.peek(0).is_some_and(is_whitespace) && quote(self.peek(1))) {
            Kind::Function(name)
        } else {
            self.url()
        }
    }

    /// §4.3.3 with §4.3.12: a number (sign, digits, fraction, exponent), then a unit, `%` or
    /// nothing.
    fn numeric(&mut self) -> Kind<'a> {
        let digits = |tokens: &mut Self| {
            while tokens.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                tokens.bump();
            }
        };
        if matches!(self.peek(0), Some('+' | '-')) {
            self.bump();
        }
        digits(self);
        if self.peek(0) == Some('.') && self.peek(1).is_some_and(|c| c.is_ascii_digit()) {
            self.bump();
            digits(self);
        }
        if matches!(self.peek(0), Some('e' | 'E')) {
            let sign = matches!(self.peek(1), Some('+' | '-'));
            let after = self.peek(if sign { 2 } else { 1 });
            if after.is_some_and(|c| c.is_ascii_digit()) {
                self.bump();
                if sign {
                    self.bump();
                }
                digits(self);
            }
        }
        if starts_ident(self.peek(0), self.peek(1), self.peek(2)) {
            Kind::Dimension(self.name())
        } else if self.peek(0) == Some('%') {
            self.bump();
            Kind::Percentage
        } else {
            Kind::Number
        }
    }

    /// §4.3.1 and §4.3.2: one token, or `None` at the end of the input.
    fn token(&mut self) -> Option<Kind<'a>> {
        let (first, second, third) = (self.peek(0)?, self.peek(1), self.peek(2));
        // §4.3.2: a comment runs from `/*` to the next `*/`, or to the end of the input.
        if first == '/' && second == Some('*') {
            let after = self.rest().get(2..).unwrap_or("");
            return Some(match after.find("*/") {
                Some(end) => {
                    self.at += 2 + end + 2;
                    Kind::Comment { closed: true }
                }
                None => {
                    self.at = self.css.len();
                    Kind::Comment { closed: false }
                }
            });
        }
        let punctuation = match first {
            '(' => Some(Kind::OpenParen),
            ')' => Some(Kind::CloseParen),
            '[' => Some(Kind::OpenSquare),
            ']' => Some(Kind::CloseSquare),
            '{' => Some(Kind::OpenCurly),
            '}' => Some(Kind::CloseCurly),
            ',' => Some(Kind::Comma),
            ':' => Some(Kind::Colon),
            ';' => Some(Kind::Semicolon),
            _ => None,
        };
        if let Some(kind) = punctuation {
            self.bump();
            return Some(kind);
        }
        Some(match first {
            c if is_whitespace(c) => {
                self.bump_whitespace();
                Kind::Whitespace
            }
            '"' | '\'' => {
                self.bump();
                self.string(first)
            }
            '#' => {
                self.bump();
                if second.is_some_and(is_ident_code) || is_valid_escape(second, third) {
                    Kind::Hash(self.name())
                } else {
                    Kind::Delim('#')
                }
            }
            '+' | '.' if starts_number(Some(first), second, third) => self.numeric(),
            '-' if starts_number(Some(first), second, third) => self.numeric(),
            '-' if second == Some('-') && third == Some('>') => {
                self.at += 3;
                Kind::Cdc
            }
            '-' if starts_ident(Some(first), second, third) => self.ident_like(),
            '<' if self.rest().starts_with("<!--") => {
                self.at += 4;
                Kind::Cdo
            }
            '@' => {
                self.bump();
                if starts_ident(self.peek(0), self.peek(1), self.peek(2)) {
                    Kind::AtKeyword(self.name())
                } else {
                    Kind::Delim('@')
                }
            }
            '\\' if is_valid_escape(Some(first), second) => self.ident_like(),
            c if c.is_ascii_digit() => self.numeric(),
            c if is_ident_start(c) => self.ident_like(),
            c => {
                self.bump();
                Kind::Delim(c)
            }
        })
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let start = self.at;
        self.replaced = false;
        let kind = self.token()?;
        Some(Token {
            kind,
            source: self.css.get(start..self.at).unwrap_or(""),
            replaced: self.replaced,
        })
    }
}

#[cfg(test)]
mod tests {
    use alloc::borrow::Cow;
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::{Kind, Token, tokens};

    fn kinds(css: &str) -> Vec<Kind<'_>> {
        tokens(css).map(|token| token.kind).collect()
    }

    fn ident(name: &str) -> Kind<'_> {
        Kind::Ident(Cow::Borrowed(name))
    }

    fn string(value: &str) -> Kind<'_> {
        Kind::String {
            value: Cow::Borrowed(value),
            closed: true,
        }
    }

    fn url(value: &str) -> Kind<'_> {
        Kind::Url {
            value: Cow::Borrowed(value),
            closed: true,
        }
    }

    fn function(name: &str) -> Kind<'_> {
        Kind::Function(Cow::Borrowed(name))
    }

    #[test]
    fn a_comment_opens_only_outside_strings() {
        assert_eq!(
            kinds("a/* x */b"),
            [ident("a"), Kind::Comment { closed: true }, ident("b")]
        );
        assert_eq!(kinds("/* x"), [Kind::Comment { closed: false }]);
        assert_eq!(kinds("/**/"), [Kind::Comment { closed: true }]);
        assert_eq!(kinds("/*/"), [Kind::Comment { closed: false }]);
        assert_eq!(
            kinds("content: \"/*\"; b: '*/'"),
            [
                ident("content"),
                Kind::Colon,
                Kind::Whitespace,
                string("/*"),
                Kind::Semicolon,
                Kind::Whitespace,
                ident("b"),
                Kind::Colon,
                Kind::Whitespace,
                string("*/"),
            ]
        );
    }

    #[test]
    fn strings_take_either_quote_and_decode_escapes() {
        assert_eq!(kinds("'a\"b'"), [string("a\"b")]);
        assert_eq!(kinds("\"a'b\""), [string("a'b")]);
        assert_eq!(kinds(r#""a\"b""#), [string("a\"b")]);
        assert_eq!(kinds(r"'\61 b'"), [string("ab")]);
        assert_eq!(kinds(r"'\6a avascript'"), [string("javascript")]);
        assert_eq!(kinds(r"'\00006a'"), [string("j")]);
        assert_eq!(kinds(r"'\201C'"), [string("\u{201c}")]);
        assert_eq!(kinds(r"'\q'"), [string("q")]);
        // `\` and a line break continue the string; CR LF is one line break.
        assert_eq!(kinds("'a\\\nb'"), [string("ab")]);
        assert_eq!(kinds("'a\\\r\nb'"), [string("ab")]);
        assert_eq!(kinds("'\\61\r\nb'"), [string("ab")]);
        assert_eq!(
            kinds("'a"),
            [Kind::String {
                value: Cow::Borrowed("a"),
                closed: false
            }]
        );
        assert_eq!(
            kinds("'a\\"),
            [Kind::String {
                value: Cow::Borrowed("a"),
                closed: false
            }]
        );
    }

    #[test]
    fn a_line_break_ends_a_string_as_a_bad_string() {
        assert_eq!(
            kinds("'a\nb: c'"),
            [
                Kind::BadString,
                Kind::Whitespace,
                ident("b"),
                Kind::Colon,
                Kind::Whitespace,
                ident("c"),
                Kind::String {
                    value: Cow::Borrowed(""),
                    closed: false
                },
            ]
        );
        assert_eq!(
            kinds("\"a\r\""),
            [
                Kind::BadString,
                Kind::Whitespace,
                Kind::String {
                    value: Cow::Borrowed(""),
                    closed: false
                }
            ]
        );
    }

    #[test]
    fn an_unquoted_url_is_one_token() {
        assert_eq!(kinds("url(/a.png)"), [url("/a.png")]);
        assert_eq!(kinds("URL(  /a.png \t)"), [url("/a.png")]);
        assert_eq!(kinds("url( javascript:x )"), [url("javascript:x")]);
        assert_eq!(kinds("url()"), [url("")]);
        // No comments inside: `/*` is part of the URL.
        assert_eq!(kinds("url(/**/x)"), [url("/**/x")]);
        // Escapes are decoded, in the URL and in the name `url`.
        assert_eq!(kinds(r"url(\6a avascript:x)"), [url("javascript:x")]);
        assert_eq!(kinds(r"u\72l(x)"), [url("x")]);
        assert_eq!(kinds(r"url(a\)b)"), [url("a)b")]);
        assert_eq!(
            kinds("url(a"),
            [Kind::Url {
                value: Cow::Borrowed("a"),
                closed: false
            }]
        );
        assert_eq!(
            kinds("url(a "),
            [Kind::Url {
                value: Cow::Borrowed("a"),
                closed: false
            }]
        );
    }

    #[test]
    fn a_bad_url_runs_to_its_parenthesis() {
        let bad = |text| Kind::BadUrl {
            text: Cow::Borrowed(text),
        };
        for (css, text) in [
            ("url(a b)", "a b"),
            ("url( a\t\nb )", "a\t\nb "),
            ("url(a\"b)", "a\"b"),
            ("url(a'b)", "a'b"),
            ("url(a(b)", "a(b"),
            ("url(a\u{1}b)", "a\u{1}b"),
            ("url(a\\\nb)", "a\\\nb"),
            ("url(/**/\"x\")", "/**/\"x\""),
        ] {
            assert_eq!(kinds(css), [bad(text)], "{css:?}");
        }
        // The first `)` ends it, even after a `(`.
        assert_eq!(
            kinds("url(javascript:alert(1))"),
            [bad("javascript:alert(1"), Kind::CloseParen]
        );
        assert_eq!(
            kinds(r"url(\6a a(b\) c)d"),
            [
                Kind::BadUrl {
                    text: Cow::Owned("ja(b) c".into())
                },
                ident("d")
            ]
        );
        assert_eq!(kinds("url(a b"), [bad("a b")]);
    }

    #[test]
    fn url_with_a_quote_is_a_function() {
        assert_eq!(
            kinds("url(\"a\")"),
            [function("url"), string("a"), Kind::CloseParen]
        );
        assert_eq!(
            kinds("url(   'a' )"),
            [
                function("url"),
                Kind::Whitespace,
                string("a"),
                Kind::Whitespace,
                Kind::CloseParen
            ]
        );
        assert_eq!(
            kinds("image-set('a' 1x)"),
            [
                function("image-set"),
                string("a"),
                Kind::Whitespace,
                Kind::Dimension(Cow::Borrowed("x")),
                Kind::CloseParen
            ]
        );
    }

    #[test]
    fn names_decode_escapes() {
        assert_eq!(kinds(r"\65 xpression"), [ident("expression")]);
        assert_eq!(kinds(r"e\78pression("), [function("expression")]);
        assert_eq!(kinds(r"-\61"), [ident("-a")]);
        assert_eq!(kinds("-moz-binding"), [ident("-moz-binding")]);
        assert_eq!(kinds("--x"), [ident("--x")]);
        assert_eq!(kinds("_x9"), [ident("_x9")]);
        assert_eq!(kinds("é"), [ident("é")]);
        assert_eq!(
            kinds("a\\\nb"),
            [ident("a"), Kind::Delim('\\'), Kind::Whitespace, ident("b")]
        );
        assert_eq!(kinds("@import"), [Kind::AtKeyword(Cow::Borrowed("import"))]);
        assert_eq!(
            kinds(r"@\69mport"),
            [Kind::AtKeyword(Cow::Borrowed("import"))]
        );
        assert_eq!(kinds("@-x"), [Kind::AtKeyword(Cow::Borrowed("-x"))]);
        assert_eq!(
            kinds("@ import"),
            [Kind::Delim('@'), Kind::Whitespace, ident("import")]
        );
        assert_eq!(kinds("#fff"), [Kind::Hash(Cow::Borrowed("fff"))]);
        assert_eq!(kinds("#-"), [Kind::Hash(Cow::Borrowed("-"))]);
        assert_eq!(kinds("# "), [Kind::Delim('#'), Kind::Whitespace]);
    }

    #[test]
    fn escapes_of_nothing_are_marked() {
        let replaced = |css: &str| tokens(css).map(|token| token.replaced).collect::<Vec<_>>();
        assert_eq!(replaced(r"\0"), [true]);
        assert_eq!(replaced(r"\110000"), [true]);
        assert_eq!(replaced(r"\d800"), [true]);
        assert_eq!(replaced("a\\"), [true]);
        assert_eq!(replaced(r"'\0'"), [true]);
        assert_eq!(replaced(r"url(\0)"), [true]);
        assert_eq!(replaced(r"\10FFFF"), [false]);
        assert_eq!(replaced(r"'\61' \0"), [false, false, true]);
        assert_eq!(kinds(r"\0"), [ident("\u{fffd}")]);
    }

    #[test]
    fn numbers_percentages_and_dimensions() {
        let dimension = |unit| Kind::Dimension(Cow::Borrowed(unit));
        assert_eq!(kinds("1px"), [dimension("px")]);
        assert_eq!(kinds("-1.5e3em"), [dimension("em")]);
        assert_eq!(kinds("1e"), [dimension("e")]);
        assert_eq!(kinds("1e3"), [Kind::Number]);
        assert_eq!(kinds("1E+3"), [Kind::Number]);
        assert_eq!(kinds("+.5"), [Kind::Number]);
        assert_eq!(kinds("50%"), [Kind::Percentage]);
        assert_eq!(kinds("1.x"), [Kind::Number, Kind::Delim('.'), ident("x")]);
        assert_eq!(kinds("-x"), [ident("-x")]);
        assert_eq!(kinds("-->"), [Kind::Cdc]);
        assert_eq!(
            kinds("- +"),
            [Kind::Delim('-'), Kind::Whitespace, Kind::Delim('+')]
        );
        assert_eq!(kinds("<!--"), [Kind::Cdo]);
        assert_eq!(
            kinds("<!-"),
            [Kind::Delim('<'), Kind::Delim('!'), Kind::Delim('-')]
        );
    }

    #[test]
    fn punctuation() {
        assert_eq!(
            kinds("([{}]);:,"),
            [
                Kind::OpenParen,
                Kind::OpenSquare,
                Kind::OpenCurly,
                Kind::CloseCurly,
                Kind::CloseSquare,
                Kind::CloseParen,
                Kind::Semicolon,
                Kind::Colon,
                Kind::Comma
            ]
        );
    }

    /// Every input, however broken, is cut into tokens that cover it exactly, each at least
    /// one code point long, without a panic.
    #[test]
    fn sources_cover_any_input() {
        let pieces = [
            "url(", "URL(", "u\\72l(", ")", "(", "\"", "'", "\\", "\\6a ", "\\\n", "\r\n", "/*",
            "*/", "/", "*", "#", "@", "-", "--", "+", ".", "1", "e", "%", " ", "\t", "é", "🦀",
            "\u{0}", "\u{1}", "a", ":", ";", "<!--", "-->", "\u{ff45}", "\\d800",
        ];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let css: String = [a, b, c].concat();
                    let all: Vec<Token<'_>> = tokens(&css).collect();
                    assert!(all.iter().all(|token| !token.source.is_empty()), "{css:?}");
                    assert_eq!(
                        all.iter().map(|token| token.source).collect::<String>(),
                        css
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, pieces.len().pow(3));
    }
}
