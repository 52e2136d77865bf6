//! Checks that keep script, style and comment text inside the element or attribute it sits in.
//!
//! The runtime checks trusted values built at run time with them and the `html!` macro checks
//! literals with them at compile time, so both refuse exactly the same text. Each check returns
//! the offending sequence, for the caller's message.

use alloc::string::String;
use alloc::vec::Vec;

use crate::css::{self, Kind, Token};

/// Sequences that end a `<script>` element early, or change how the parser looks for its end
/// (HTML's "script data escaped" states), and `</noscript`, which ends an enclosing
/// `<noscript>`: with scripting on, the parser reads a `<noscript>`'s content as raw text up to
/// it, so markup written anywhere can end one it is moved into. Compared without ASCII case.
pub const SCRIPT_BREAKOUTS: &[&str] = &["</script", "<!--", "<script", "</noscript"];

/// Sequences that end a `<style>` element early, or an enclosing `<noscript>` (see
/// [`SCRIPT_BREAKOUTS`]): compared without ASCII case.
pub const STYLE_SHEET_BREAKOUTS: &[&str] = &["</style", "</noscript"];

/// Finds the first of `needles` in `text`, ignoring ASCII case: the one at the earliest
/// position, the first listed among those there.
const fn find_any(text: &str, needles: &[&'static str]) -> Option<&'static str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let mut needle = 0;
        while needle < needles.len() {
            if crate::bytes::starts_with_ignoring_case(bytes, start, needles[needle].as_bytes()) {
                return Some(needles[needle]);
            }
            needle += 1;
        }
        start += 1;
    }
    None
}

/// The first sequence in `script` that would let it escape a `<script>` element.
///
/// ```
/// assert_eq!(vetted_rules::code::script_breakout("a = '</SCRIPT>'"), Some("</script"));
/// assert_eq!(vetted_rules::code::script_breakout("a < b"), None);
/// ```
#[must_use]
pub const fn script_breakout(script: &str) -> Option<&'static str> {
    find_any(script, SCRIPT_BREAKOUTS)
}

/// The first sequence in `sheet` that would let it escape a `<style>` element.
///
/// ```
/// assert_eq!(vetted_rules::code::style_sheet_breakout("p{}</style>"), Some("</style"));
/// ```
#[must_use]
pub const fn style_sheet_breakout(sheet: &str) -> Option<&'static str> {
    find_any(sheet, STYLE_SHEET_BREAKOUTS)
}

/// The sequence of `sequences` whose start (shorter than it) `text` ends in, compared without
/// ASCII case: text written right after it could complete the sequence.
const fn open_end(text: &str, sequences: &[&'static str]) -> Option<&'static str> {
    let bytes = text.as_bytes();
    let mut len = if bytes.len() < 9 { bytes.len() } else { 9 };
    while len > 0 {
        let mut sequence = 0;
        while sequence < sequences.len() {
            let candidate = sequences[sequence].as_bytes();
            if candidate.len() > len
                && crate::bytes::starts_with_ignoring_case(
                    bytes,
                    bytes.len() - len,
                    candidate.split_at(len).0,
                )
            {
                return Some(sequences[sequence]);
            }
            sequence += 1;
        }
        len -= 1;
    }
    None
}

/// The sequence of [`SCRIPT_BREAKOUTS`] whose start `script` ends in (`<`, `</scr`, `<!-`):
/// what is written after a trusted script could complete it, so a trusted script may not end
/// so.
///
/// ```
/// use vetted_rules::code::script_open_end;
/// assert_eq!(script_open_end("x = '</SCR"), Some("</script"));
/// assert_eq!(script_open_end("if (a <"), Some("</script"));
/// assert_eq!(script_open_end("a < b"), None);
/// ```
#[must_use]
pub const fn script_open_end(script: &str) -> Option<&'static str> {
    open_end(script, SCRIPT_BREAKOUTS)
}

/// The sequence of [`STYLE_SHEET_BREAKOUTS`] whose start `sheet` ends in: see
/// [`script_open_end`].
///
/// ```
/// assert_eq!(vetted_rules::code::style_sheet_open_end("p{}</st"), Some("</style"));
/// ```
#[must_use]
pub const fn style_sheet_open_end(sheet: &str) -> Option<&'static str> {
    open_end(sheet, STYLE_SHEET_BREAKOUTS)
}

/// Why `style` may not be an inline `style` attribute, or `None` when it may. The answer names
/// the offending construct, for the caller's message.
///
/// The text is read as CSS tokens (`css.rs`, CSS Syntax Module Level 3 §4), so a `/*`
/// inside a string hides nothing and escapes are judged by what they decode to. Refused, in
/// this order (each rule below says why):
///
/// - `"<"`, `"control character"`: in the raw text;
/// - `"javascript:"`: anywhere outside comments, decoded;
/// - `"expression("`, `"behavior"` (also `-ms-behavior`), `"-moz-binding"`, `"@import"`, `"@"`:
///   names outside strings and URLs, with comments removed;
/// - then, token by token: `"unclosed comment"`, `"unclosed string"`, `"line break in string"`,
///   `"unclosed url("`, `"malformed url("`, `"\\"` (an escape outside a string or URL),
///   `"escaped delimiter"`, `"\\0"` (an escape the browser replaces), `"non-ASCII function"`,
///   `"parenthesis"` (a `(` outside any function), `"brace"`, `"unbalanced bracket"`;
/// - a URL that `url_ok` refuses: `"url("`, `"src("`, `"image("`, `"image-set("`,
///   `"-webkit-image-set("` (the function it is in), or `"string URL"` (a string in a function
///   this check does not know).
///
/// ```
/// use vetted_rules::{code::style_problem, url::is_safe_media_url};
/// assert_eq!(style_problem("color: red; content: \"/*\"", is_safe_media_url), None);
/// assert_eq!(style_problem("background: url(javascript:x)", is_safe_media_url), Some("javascript:"));
/// assert_eq!(style_problem("background: url(data:text/html,x)", is_safe_media_url), Some("url("));
/// assert_eq!(style_problem("content: \"a", is_safe_media_url), Some("unclosed string"));
/// ```
#[must_use]
pub fn style_problem(style: &str, url_ok: fn(&str) -> bool) -> Option<&'static str> {
    // `<` can end an enclosing `<noscript>` (see `SCRIPT_BREAKOUTS`) or a `<style>` the value
    // is copied into, and no declaration needs it outside a string. Checked on the raw text,
    // where the HTML parser sees it.
    if style.contains('<') {
        return Some("<");
    }
    // §3.3 turns NUL into U+FFFD and other controls are delimiters no declaration uses, while
    // old browsers dropped some of them (NUL in particular) inside names. Tab and line breaks
    // are whitespace and stay allowed.
    if style
        .chars()
        .any(|c| c != '\t' && !is_css_newline(c) && (c < ' ' || c == '\u{7f}'))
    {
        return Some("control character");
    }
    let tokens: Vec<Token<'_>> = css::tokens(style).collect();
    // A `javascript:` URL runs script wherever a URL is loaded as a document or, in old
    // Internet Explorer, as an image. Looked for in every token but comments, decoded, with
    // whitespace and controls removed as the URL parser removes them (so `java script:` and
    // `java\9 script:` count) and, inside strings and URLs, also with `/* */` removed (old
    // browsers dropped those even there). Strings count too: a string in a URL function is a
    // URL, and a string elsewhere never needs to say `javascript:`.
    if javascript_in(&tokens) {
        return Some("javascript:");
    }
    if let Some(hazard) = name_hazard(&tokens) {
        return Some(hazard);
    }
    token_problem(&tokens, url_ok)
}

/// Whether `c` is a newline to the CSS tokenizer (§3.3: CR and FF become LF).
fn is_css_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{c}')
}

/// `c` lowercased as CSS compares names (ASCII case), with the fullwidth forms of ASCII
/// (U+FF01 to U+FF5E) read as ASCII: fullwidth spellings such as `ｅｘｐｒｅｓｓｉｏｎ` are a
/// known way past filters in old Internet Explorer.
fn fold(c: char) -> char {
    let c = match u32::from(c) {
        code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// Appends `text` to `out`, folded.
fn push_folded(out: &mut String, text: &str) {
    out.extend(text.chars().map(fold));
}

/// The decoded text of a token that is neither a comment, whitespace, a string nor a URL:
/// names with their sigils (`@import`, `expression(`), numbers as `0` (their digits never
/// matter here), single code points as themselves.
fn push_code(out: &mut String, token: &Token<'_>) {
    match &token.kind {
        Kind::Ident(name) => push_folded(out, name),
        Kind::Function(name) => {
            push_folded(out, name);
            out.push('(');
        }
        Kind::AtKeyword(name) => {
            out.push('@');
            push_folded(out, name);
        }
        Kind::Hash(name) => {
            out.push('#');
            push_folded(out, name);
        }
        Kind::Number => out.push('0'),
        Kind::Percentage => out.push_str("0%"),
        Kind::Dimension(unit) => {
            out.push('0');
            push_folded(out, unit);
        }
        Kind::Delim(c) => out.push(fold(*c)),
        _ => push_folded(out, token.source),
    }
}

/// Whether `javascript:` is in the tokens' decoded text (see `style_problem`).
fn javascript_in(tokens: &[Token<'_>]) -> bool {
    /// `text` folded, without whitespace or controls.
    fn squeezed(text: &str) -> String {
        text.chars()
            .filter(|&c| c > ' ' && c != '\u{7f}')
            .map(fold)
            .collect()
    }
    /// `text` without anything from a `/*` to the next `*/` (or the end).
    fn without_comments(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("/*") {
            out.push_str(&rest[..start]);
            rest = rest[start + 2..]
                .find("*/")
                .map_or("", |end| &rest[start + 2 + end + 2..]);
        }
        out.push_str(rest);
        out
    }
    let mut all = String::with_capacity(tokens.len() * 4);
    for token in tokens {
        match &token.kind {
            Kind::Comment { .. } | Kind::Whitespace => {}
            Kind::String { value, .. } | Kind::Url { value, .. } | Kind::BadUrl { text: value } => {
                if squeezed(&without_comments(value)).contains("javascript:") {
                    return true;
                }
                let (open, close) = if matches!(token.kind, Kind::Url { .. } | Kind::BadUrl { .. })
                {
                    ("url(", ")")
                } else {
                    ("\"", "\"")
                };
                all.push_str(open);
                all.push_str(&squeezed(value));
                all.push_str(close);
            }
            Kind::BadString => all.push_str(&squeezed(token.source)),
            _ => push_code(&mut all, token),
        }
    }
    all.contains("javascript:")
}

/// Whether `c` can be part of a CSS name (§4.2's ident code points).
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii()
}

/// Whether `word` stands alone in `text`: no name character right before or after it.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(is_name_char) && !text[at + word.len()..].starts_with(is_name_char)
    })
}

/// The first name that runs script or loads a style sheet (see `style_problem`), judged on
/// the tokens outside strings and URLs, decoded, with comments removed and whitespace kept as
/// one space: old Internet Explorer dropped comments before reading names, so `expr/**/ession(`
/// is `expression(` to it.
fn name_hazard(tokens: &[Token<'_>]) -> Option<&'static str> {
    let mut code = String::with_capacity(tokens.len() * 4);
    for token in tokens {
        match &token.kind {
            Kind::Comment { .. } => {}
            Kind::Whitespace => {
                if !code.ends_with(' ') {
                    code.push(' ');
                }
            }
            Kind::String { .. } | Kind::BadString => code.push_str("\"\""),
            Kind::Url { .. } | Kind::BadUrl { .. } => code.push_str("url()"),
            _ => push_code(&mut code, token),
        }
    }
    // `expression(…)` ran its argument as script in Internet Explorer 5 to 7 (and 8 in
    // compatibility mode), which also took `expression (`. A name that merely contains the
    // word never needs to be followed by `(`, so no word boundary is asked for.
    if code.match_indices("expression").any(|(at, word)| {
        let after = &code[at + word.len()..];
        after.strip_prefix(' ').unwrap_or(after).starts_with('(')
    }) {
        return Some("expression(");
    }
    // `behavior` (and `-ms-behavior`) attached an HTML component's script in Internet
    // Explorer, `-moz-binding` an XBL binding's in Firefox before 4. Judged as whole names, so
    // `scroll-behavior` and `overscroll-behavior` stay allowed.
    if has_word(&code, "behavior") || has_word(&code, "-ms-behavior") {
        return Some("behavior");
    }
    if has_word(&code, "-moz-binding") {
        return Some("-moz-binding");
    }
    // At-rules are not declarations: a style attribute's parser ("consume a list of
    // declarations", §5.4) drops them, but
    // `@import` loaded a whole style sheet in old browsers and no property value contains `@`,
    // so any at-keyword or lone `@` is refused, and `@import` by name.
    if let Some(at) = code.find('@') {
        return Some(if code[at + 1..].starts_with("import") {
            "@import"
        } else {
            "@"
        });
    }
    None
}

/// The functions whose string arguments the browser loads as URLs: `url("…")` and `src("…")`
/// (CSS Values 4, the `<url>` type), `image("…")` and `image-set("…")` (CSS Images 4), and
/// `image-set`'s prefixed form. Each is the reason returned for a refused URL.
const URL_FUNCTIONS: &[&str] = &["url(", "src(", "image(", "image-set(", "-webkit-image-set("];

/// Functions whose strings are text, never loaded: counter styles, font names and formats,
/// leaders, named strings, image types (`type("image/avif")` inside `image-set(`).
const TEXT_FUNCTIONS: &[&str] = &[
    "counter", "counters", "format", "leader", "local", "string", "symbols", "tech", "type",
];

/// Functions replaced by a value where they stand (`var()` of CSS Custom Properties 1, `attr()`
/// of CSS Values 5, `env()` of CSS Environment Variables 1): a string in their fallback lands
/// in the enclosing function.
const SUBSTITUTION_FUNCTIONS: &[&str] = &["attr", "env", "var"];

/// What a string is, by the functions it is in.
enum StringUse {
    /// A URL, inside this function of `URL_FUNCTIONS`.
    Url(&'static str),
    /// Text: outside functions, or inside one of `TEXT_FUNCTIONS`.
    Text,
    /// Inside a function this check does not know, which may load it.
    Unknown,
}

/// The blocks a token is inside: a function (its name folded), `(` or `[`.
enum Open {
    Function(String),
    Paren,
    Square,
}

/// What a string inside `open` is: decided by the innermost function that is not a
/// substitution.
fn string_use(open: &[Open]) -> StringUse {
    for block in open.iter().rev() {
        let Open::Function(name) = block else {
            continue;
        };
        if SUBSTITUTION_FUNCTIONS.contains(&name.as_str()) {
            continue;
        }
        if let Some(function) = URL_FUNCTIONS
            .iter()
            .find(|function| function.strip_suffix('(') == Some(name.as_str()))
        {
            return StringUse::Url(function);
        }
        return if TEXT_FUNCTIONS.contains(&name.as_str()) {
            StringUse::Text
        } else {
            StringUse::Unknown
        };
    }
    StringUse::Text
}

/// Whether a string or URL token's source has an escape of a character that ends a string or
/// a URL: a quote, `\`, a parenthesis, whitespace or a line break. §4.3.5 and §4.3.6 read these
/// as part of the value, but a reader that gets escapes wrong ends the value there and reads
/// the rest as code; the hex escape (`\22 `) says the same without the risk.
fn escapes_a_delimiter(source: &str) -> bool {
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c == '\\'
            && chars.next().is_some_and(|next| {
                matches!(next, '"' | '\'' | '\\' | '(' | ')') || is_css_whitespace(next)
            })
        {
            return true;
        }
    }
    false
}

/// Whether `c` is CSS whitespace (§4.2).
fn is_css_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t') || is_css_newline(c)
}

/// The first problem with a single token, in order (see `style_problem`).
fn token_problem(tokens: &[Token<'_>], url_ok: fn(&str) -> bool) -> Option<&'static str> {
    let mut open: Vec<Open> = Vec::new();
    for token in tokens {
        // Anything left open at the end of the input is closed by the browser (§5.4), but the
        // same text reused inside a larger declaration list or after more text would not be:
        // refused rather than guessed at.
        match &token.kind {
            Kind::Comment { closed: false } => return Some("unclosed comment"),
            Kind::String { closed: false, .. } => return Some("unclosed string"),
            // A bad string (§4.3.5) ends at the line break and the rest of the line is read as
            // declarations: whatever the string hid becomes code.
            Kind::BadString => return Some("line break in string"),
            // A bad URL (§4.3.6) is skipped up to its `)`: the browser loads nothing, but what
            // the checks see as one value others may read as several.
            Kind::BadUrl { .. } => return Some("malformed url("),
            _ => {}
        }
        let data = matches!(token.kind, Kind::String { .. } | Kind::Url { .. });
        // Escapes decode before the browser matches names (§4.3.11), so outside strings and
        // URLs they only serve to spell a name without writing it (`e\78pression(`); inside
        // them the decoded value is what is judged, so `content: "\201C"` stays allowed.
        if token.source.contains('\\') {
            // `u\72l(x)` is a URL token too: its name is spelled like any other name.
            let name = matches!(token.kind, Kind::Url { .. })
                && token
                    .source
                    .split('(')
                    .next()
                    .is_some_and(|name| name.contains('\\'));
            if !data || name {
                return Some("\\");
            }
            if escapes_a_delimiter(token.source) {
                return Some("escaped delimiter");
            }
        }
        // §4.3.7 reads U+FFFD for an escape of zero, a surrogate or past U+10FFFF; CSS 2.1 left
        // some of these to the browser, and old ones did not all agree.
        if token.replaced {
            return Some("\\0");
        }
        match &token.kind {
            Kind::Url { value, closed } => {
                if !url_ok(value) {
                    return Some("url(");
                }
                if !closed {
                    return Some("unclosed url(");
                }
            }
            Kind::String { value, .. } => match string_use(&open) {
                StringUse::Url(function) if !url_ok(value) => return Some(function),
                StringUse::Unknown if !url_ok(value) => return Some("string URL"),
                _ => {}
            },
            Kind::Function(name) => {
                // Every CSS function is named in ASCII; a name outside it is a lookalike of one
                // (old Internet Explorer read some as `expression`).
                if !name.is_ascii() {
                    return Some("non-ASCII function");
                }
                open.push(Open::Function(name.to_ascii_lowercase()));
            }
            // A `(` not opening a function has no place in a declaration's value outside
            // `calc()` and the like, while old Internet Explorer read `name (…)` as a call.
            Kind::OpenParen => {
                if !open.iter().any(|block| matches!(block, Open::Function(_))) {
                    return Some("parenthesis");
                }
                open.push(Open::Paren);
            }
            Kind::OpenSquare => open.push(Open::Square),
            // A style attribute holds declarations only (CSS Style Attributes §2); a `{` block
            // would be a nested rule if the text were reused in a style sheet.
            Kind::OpenCurly | Kind::CloseCurly => return Some("brace"),
            // Brackets must pair ("consume a simple block" and "consume a function", §5.4): an
            // unmatched one changes where the browser ends a value, and what follows it.
            Kind::CloseParen | Kind::CloseSquare => {
                let pairs = matches!(
                    (&token.kind, open.pop()),
                    (Kind::CloseParen, Some(Open::Function(_) | Open::Paren))
                        | (Kind::CloseSquare, Some(Open::Square))
                );
                if !pairs {
                    return Some("unbalanced bracket");
                }
            }
            _ => {}
        }
    }
    (!open.is_empty()).then_some("unbalanced bracket")
}

/// Why `comment` may not be the text of an HTML comment, or `None` when it may: it must not
/// end the comment early (`-->`, `--!>`), open a nested one (`<!--`), end an enclosing
/// `<noscript>` (`</noscript`, any case), start with `>` or `->`, or end with `<!-`
/// (HTML §13.1.6).
///
/// ```
/// assert_eq!(vetted_rules::code::comment_problem("a --> b"), Some("-->"));
/// assert_eq!(vetted_rules::code::comment_problem("a - b"), None);
/// ```
#[must_use]
pub fn comment_problem(comment: &str) -> Option<&'static str> {
    for sequence in ["-->", "--!>", "<!--"] {
        if comment.contains(sequence) {
            return Some(sequence);
        }
    }
    // A comment is raw text inside a `<noscript>` read with scripting on (see
    // `SCRIPT_BREAKOUTS`), wherever the comment was written.
    if let Some(sequence) = find_any(comment, &["</noscript"]) {
        return Some(sequence);
    }
    if comment.starts_with('>') {
        return Some(">");
    }
    if comment.starts_with("->") {
        return Some("->");
    }
    if comment.ends_with("<!-") {
        return Some("<!-");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::style_problem;
    use crate::url::is_safe_media_url;

    fn problem(style: &str) -> Option<&'static str> {
        style_problem(style, is_safe_media_url)
    }

    /// Each style and the reason it is refused.
    fn refused(cases: &[(&str, &str)]) {
        for &(style, reason) in cases {
            assert_eq!(problem(style), Some(reason), "{style:?}");
        }
    }

    #[test]
    fn a_comment_opener_inside_a_string_hides_nothing() {
        refused(&[
            (
                r#"content: "/*"; background: url(javascript:alert(1)); content: "*/""#,
                "javascript:",
            ),
            (
                r"content: '/*'; background: url(javascript:alert(1)); content: '*/'",
                "javascript:",
            ),
            (
                r#"content: '/*'; background: url(javascript:alert(1)); content: "*/""#,
                "javascript:",
            ),
            (
                r#"font-family: "a/*b"; background: url(data:text/html,x); content: 'c*/d'"#,
                "url(",
            ),
            (
                r#"content: "/*"; width: expression(alert(1)); content: "*/""#,
                "expression(",
            ),
            (
                r"content: '/*'; behavior: url(/x.htc); content: '*/'",
                "behavior",
            ),
            (
                r"content: '/*'; -moz-binding: url(/x.xml#b); content: '*/'",
                "-moz-binding",
            ),
            (
                r#"content: "/*"; @import 'x.css'; content: "*/""#,
                "@import",
            ),
            // A comment closer inside a string ends no comment either.
            (r"/* a '*/ b: url(javascript:x) /* ' */", "javascript:"),
        ]);
    }

    #[test]
    fn escapes_are_judged_decoded() {
        refused(&[
            (r"background: url(\6a avascript:x)", "javascript:"),
            (r"background: url(\6A\61 vascript:x)", "javascript:"),
            (r"background: url(java\73 cript:x)", "javascript:"),
            (
                r#"background: url("\6a avascript:alert(1)")"#,
                "javascript:",
            ),
            (r"background: url('\4A AVASCRIPT:alert(1)')", "javascript:"),
            (r"background: url('java\9 script:alert(1)')", "javascript:"),
            (
                r"background: url('\000020javascript:alert(1)')",
                "javascript:",
            ),
            (r"background: u\72l(javascript:x)", "javascript:"),
            (r"background: u\72l(/a.png)", "\\"),
            // `(` makes an unquoted URL a bad one, which browsers skip and old ones loaded.
            (r"background: url(\6a avascript:alert(1))", "javascript:"),
            (r"background: url('\76 bscript:x')", "url("),
            (r"width: e\78pression(alert(1))", "expression("),
            (r"width: \65 xpression(alert(1))", "expression("),
            (r"b\65havior: url(/x.htc)", "behavior"),
            (r"-moz-\62 inding: url(/x.xml#b)", "-moz-binding"),
            (r"@\69mport 'x.css'", "@import"),
            // Outside strings and URLs an escape only spells a name.
            (r"colo\72: red", "\\"),
            (r"color: r\65 d", "\\"),
            (r"width: 1p\78", "\\"),
            (r"color: red\", "\\"),
            (r"a\\b: c", "\\"),
            // Escapes of what ends a string or URL, and escapes of nothing.
            (r#"content: "a\"b""#, "escaped delimiter"),
            (r"content: 'it\'s'", "escaped delimiter"),
            (r"content: 'a\\b'", "escaped delimiter"),
            ("content: 'a\\\nb'", "escaped delimiter"),
            (r"background: url(a\)b.png)", "escaped delimiter"),
            (r"background: url(a\ b.png)", "escaped delimiter"),
            (r"content: '\0'", "\\0"),
            (r"content: '\D800'", "\\0"),
            (r"background: url(/a\110000.png)", "\\0"),
        ]);
    }

    #[test]
    fn every_url_a_browser_loads_is_checked() {
        refused(&[
            ("background: url( javascript:x )", "javascript:"),
            ("background: url(\tjavascript:x\n)", "javascript:"),
            ("background: url(\"javascript:x\")", "javascript:"),
            ("background: url( 'javascript:x' )", "javascript:"),
            ("background: image-set(\"javascript:x\" 1x)", "javascript:"),
            ("background: src(\"javascript:x\")", "javascript:"),
            ("background: url(vbscript:x)", "url("),
            ("background: url(\"vbscript:x\")", "url("),
            ("background: url(\"/a.png\" \"vbscript:x\")", "url("),
            ("background: src(\"data:text/html,x\")", "src("),
            ("background: image(\"vbscript:x\")", "image("),
            (
                "background: image-set(\"/a.png\" 1x, \"data:image/svg+xml;base64,PHN2Zz4=\" 2x)",
                "image-set(",
            ),
            (
                "background: -webkit-image-set('ftp://x/a.png' 1x)",
                "-webkit-image-set(",
            ),
            (
                "background: IMAGE-SET(url(/a.png) 1x, url(about:blank) 2x)",
                "url(",
            ),
            // A fallback of `var()` lands in the function around it.
            (
                "background: image-set(var(--a, \"vbscript:x\") 1x)",
                "image-set(",
            ),
            // A string in a function this check does not know may be a URL to it.
            ("background: new-image(\"vbscript:x\")", "string URL"),
            (
                "mask: cross-fade(\"about:blank\", url(/a.png))",
                "string URL",
            ),
            ("background: url(ms-its:x", "url("),
            ("background: url(/a.png", "unclosed url("),
        ]);
    }

    #[test]
    fn comments_in_urls_and_names_hide_nothing() {
        refused(&[
            // Inside `url(` a `/*` is part of the URL; old browsers dropped it even there.
            ("background: url(/**/javascript:x)", "javascript:"),
            ("background: url(java/**/script:x)", "javascript:"),
            ("background: url('java/**/script:x')", "javascript:"),
            ("background: url(/**/\"vbscript:x\")", "malformed url("),
            ("background: url(/**/ \"/a.png\")", "malformed url("),
            // Old Internet Explorer dropped comments before it read a name.
            ("width: expr/**/ession(alert(1))", "expression("),
            ("width: expression/**/(alert(1))", "expression("),
            ("width: expression /* x */ (alert(1))", "expression("),
            ("width: EXPRESSION\t(alert(1))", "expression("),
            ("width: /**/expression(alert(1))", "expression("),
            (
                "width: \u{ff45}\u{ff58}\u{ff50}\u{ff52}\u{ff45}\u{ff53}\u{ff53}\u{ff49}\u{ff4f}\u{ff4e}(alert(1))",
                "expression(",
            ),
            ("beha/**/vior: url(/x.htc)", "behavior"),
            ("-ms-behavior: url(/x.htc)", "behavior"),
            ("BEHAVIOR: url(/x.htc)", "behavior"),
            ("color: red behavior: url(/x.htc)", "behavior"),
            ("-moz-/**/binding: url(/x.xml#b)", "-moz-binding"),
            ("-/**/moz-binding: url(/x.xml#b)", "-moz-binding"),
            ("@import url(/x.css)", "@import"),
            ("@IMPORT '/x.css'", "@import"),
            ("@media print { color: red }", "@"),
            ("@ import '/x.css'", "@"),
            ("color: red; @", "@"),
        ]);
    }

    #[test]
    fn what_cannot_be_classified_is_refused() {
        refused(&[
            ("content: '<b>'", "<"),
            ("color: red\u{0}", "control character"),
            ("color: r\u{1}ed", "control character"),
            ("color: red\u{7f}", "control character"),
            ("color: red /* x", "unclosed comment"),
            ("content: 'a", "unclosed string"),
            ("content: \"a\\", "unclosed string"),
            ("content: 'a\n'; b: c", "line break in string"),
            ("content: 'a\r\n'", "line break in string"),
            ("background: url(a b.png)", "malformed url("),
            ("background: url(a'b.png)", "malformed url("),
            ("background: url(a(b.png)", "malformed url("),
            ("width: calc(1px + 2px", "unbalanced bracket"),
            ("width: 1px)", "unbalanced bracket"),
            ("grid-area: [a", "unbalanced bracket"),
            ("grid-area: a]", "unbalanced bracket"),
            ("width: calc(1px])", "unbalanced bracket"),
            ("width: (1px)", "parenthesis"),
            ("grid-area: [(a)]", "parenthesis"),
            ("color: red; p { color: blue }", "brace"),
            ("color: red }", "brace"),
            ("width: \u{192}(1px)", "non-ASCII function"),
        ]);
    }

    #[test]
    fn ordinary_styles_stay_allowed() {
        for style in [
            "color: red",
            "color: red; background: url(/a.png) no-repeat; font-family: \"Helvetica Neue\", sans-serif; content: \"a;b\"",
            "scroll-behavior: smooth",
            "overscroll-behavior: contain; overscroll-behavior-x: none",
            "background: url( /a.png ), url(\"https://cdn.example/b.png\") , url('')",
            "background-image: url(data:image/png;base64,iVBORw0K)",
            "background: image-set(\"a.avif\" type(\"image/avif\") 1x, url(a.png) 2x)",
            "background: -webkit-image-set(\"a.png\" 1x)",
            "width: calc((100% - 2rem) / 3); margin: -1.5e1px +.5em",
            "grid-template-columns: [full-start] minmax(1em, 1fr) [full-end]",
            "--accent: #0af; color: var(--accent, teal)",
            "transition: opacity 0.2s ease-in-out, transform .3s cubic-bezier(.2, 0, 0, 1)",
            "quotes: '\"' '\"'; content: counters(item, \".\") \" \"",
            "font-family: local(\"Font\"), serif",
            "color: red /* javascript: expression( behavior @import */",
            "content: \"/*\"",
            "content: '*/'",
            // Text in strings is data: decoded escapes and words other rules refuse in names.
            "content: \"\\201C\"",
            "font-family: \"\\5FAE\\8F6F\\96C5\\9ED1\"",
            "content: 'expression(1)'; font-family: 'Behavior Sans'",
            "content: 'a@b.example'",
            "content: 'url(x)'",
            "content: \"\\22 quoted\\22 \"",
            "color: red;\n  background: blue;\r\n\tmargin: 0",
            "",
        ] {
            assert_eq!(problem(style), None, "{style:?}");
        }
    }

    /// Edges cargo-mutants found untested: `javascript:` spelled with escapes in a hash or a
    /// unit, or with a tab in a string cut by a line break; names that only contain a hazard;
    /// quoted URLs that pass; a line break after an escaped one.
    #[test]
    fn decoded_names_and_near_misses() {
        refused(&[
            (r"color: #java\73 cript\3a x", "javascript:"),
            (r"width: 1java\73 cript\3a x", "javascript:"),
            ("content: \"java\tscript:\n", "javascript:"),
            ("content: \"a\\\n\nb\"", "line break in string"),
        ]);
        for style in [
            "background: url('/a.png')",
            "background: url(\"https://img.example/a.png\")",
            "background: url(/img/behavior.png)",
            "x: my_behavior",
            "x: \u{e9}behavior",
            // A string in a function vetted does not know is judged as a URL, and this one is.
            "x: foo(\"a.png\")",
        ] {
            assert_eq!(problem(style), None, "{style:?}");
        }
    }

    /// A breakout sequence written whole is the breakout check's; only its starts are open ends.
    #[test]
    fn open_ends_are_strict_prefixes() {
        assert_eq!(super::script_open_end("x</script"), None);
        assert_eq!(super::script_open_end("x</scrip"), Some("</script"));
        assert_eq!(super::style_sheet_open_end("p{}</style"), None);
    }
}
