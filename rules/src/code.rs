//! Checks that keep script, style and comment text inside the element or attribute it sits in.
//!
//! The runtime checks trusted values built at run time with them and the `html!` macro checks
//! literals with them at compile time, so both refuse exactly the same text. Each check returns
//! the offending sequence, for the caller's message.

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

/// CSS that runs script or loads what it should not in old or current browsers, compared on the
/// declarations lowercased with whitespace and comments removed: `expression(` (script in old
/// Internet Explorer), `-moz-binding` and `behavior` (script bindings), `@import` (a whole
/// style sheet from elsewhere), and `javascript:`.
const STYLE_HAZARDS: &[&str] = &[
    "expression(",
    "-moz-binding",
    "behavior",
    "@import",
    "javascript:",
];

/// Why `style` may not be an inline `style` attribute, or `None` when it may.
///
/// Refused: `<` (can end `<noscript>` or a `<style>` body when reused), `\` (CSS escapes can
/// spell any of the hazards), each of `STYLE_HAZARDS`, and a `url(...)` whose URL `url_ok`
/// refuses.
///
/// ```
/// use vetted_rules::{code::style_problem, url::is_safe_media_url};
/// assert_eq!(style_problem("color: red", is_safe_media_url), None);
/// assert_eq!(style_problem("background: url(javascript:x)", is_safe_media_url), Some("javascript:"));
/// ```
#[must_use]
pub fn style_problem(style: &str, url_ok: fn(&str) -> bool) -> Option<&'static str> {
    if style.contains('<') {
        return Some("<");
    }
    if style.contains('\\') {
        return Some("\\");
    }
    let compact = compact_css(style);
    if let Some(hazard) = STYLE_HAZARDS
        .iter()
        .copied()
        .find(|hazard| contains_word(&compact, hazard))
    {
        return Some(hazard);
    }
    let mut rest = compact.as_str();
    while let Some(at) = rest.find("url(") {
        rest = &rest[at + "url(".len()..];
        let end = rest.find(')').unwrap_or(rest.len());
        let url = rest[..end].trim_matches(|c| c == '"' || c == '\'');
        if !url_ok(url) {
            return Some("url(");
        }
        rest = &rest[end..];
    }
    None
}

/// Whether `hazard` occurs in `css` not as the tail of a longer name: `behavior` is refused,
/// `scroll-behavior` is not.
fn contains_word(css: &str, hazard: &str) -> bool {
    css.match_indices(hazard).any(|(at, _)| {
        !hazard.starts_with(|c: char| c.is_ascii_alphabetic())
            || !css[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// `css` lowercased, without ASCII whitespace and `/* comments */`.
fn compact_css(css: &str) -> alloc::string::String {
    let mut compact = alloc::string::String::with_capacity(css.len());
    let mut rest = css;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
            continue;
        }
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        if !c.is_ascii_whitespace() {
            compact.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
    compact
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
