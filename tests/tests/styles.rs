//! Properties of the style check behind `TrustedStyle::new`, `trusted_style!` and literal
//! `style` attributes, against an oracle written apart from it.
//!
//! The oracle is a deliberately small scanner: it knows where comments, strings and unquoted
//! `url(…)` start and end (CSS Syntax Module Level 3 §4.3.2, §4.3.5, §4.3.6) and nothing else.
//! It decodes no escapes, so it can only be trusted on text the check accepts (where escapes
//! only occur inside strings and URLs, and never of a quote or parenthesis). There it must agree
//! that nothing refused is left: no `javascript:` outside comments, and no `expression(`,
//! `-moz-binding`, `behavior` or `@` outside comments, strings and URLs.

use proptest::prelude::*;
use proptest::sample::select;
use vetted::{TrustedError, TrustedStyle};

/// What the oracle sees in a style: `visible` is the text without comments, `code` also
/// without the contents of strings and unquoted URLs. Both lowercased, without whitespace.
struct Seen {
    visible: String,
    code: String,
}

fn oracle(style: &str) -> Seen {
    let chars: Vec<char> = style.chars().collect();
    let mut seen = Seen {
        visible: String::new(),
        code: String::new(),
    };
    let push = |into: &mut String, c: char| {
        if !c.is_whitespace() {
            into.push(c.to_ascii_lowercase());
        }
    };
    let starts_at = |i: usize, text: &str| {
        text.chars()
            .enumerate()
            .all(|(k, t)| chars.get(i + k).is_some_and(|c| c.eq_ignore_ascii_case(&t)))
    };
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if starts_at(i, "/*") {
            // A comment: skipped up to and with its `*/`.
            i += 2;
            while i < chars.len() && !starts_at(i, "*/") {
                i += 1;
            }
            i += 2;
        } else if c == '"' || c == '\'' {
            // A string: up to the same quote, `\` taking the next character with it; a line
            // break ends it early.
            push(&mut seen.visible, c);
            i += 1;
            while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                if chars[i] == '\\' {
                    push(&mut seen.visible, chars[i]);
                    i += 1;
                }
                if let Some(&next) = chars.get(i) {
                    push(&mut seen.visible, next);
                }
                i += 1;
            }
            push(&mut seen.visible, c);
            if chars.get(i) == Some(&c) {
                i += 1;
            }
            seen.code.push_str("\"\"");
        } else if starts_at(i, "url(") && (i == 0 || !is_name(chars[i - 1])) {
            let mut j = i + 4;
            while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                j += 1;
            }
            if matches!(chars.get(j), Some('"' | '\'')) {
                // `url("…")` is a function holding a string: read on as code.
                seen.visible.push_str("url(");
                seen.code.push_str("url(");
                i += 4;
            } else {
                // An unquoted URL, up to its `)`: comments and quotes mean nothing inside.
                seen.visible.push_str("url(");
                while j < chars.len() && chars[j] != ')' {
                    if chars[j] == '\\' {
                        push(&mut seen.visible, chars[j]);
                        j += 1;
                    }
                    if let Some(&next) = chars.get(j) {
                        push(&mut seen.visible, next);
                    }
                    j += 1;
                }
                seen.visible.push(')');
                seen.code.push_str("url()");
                i = j + 1;
            }
        } else {
            push(&mut seen.visible, c);
            push(&mut seen.code, c);
            i += 1;
        }
    }
    seen
}

/// Whether `word` stands alone in `text` (no name character right before or after it).
fn has_word(text: &str, word: &str) -> bool {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii();
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(is_name) && !text[at + word.len()..].starts_with(is_name)
    })
}

/// The oracle's verdict: what it still finds in an accepted style, if anything.
fn left_in(style: &str) -> Option<&'static str> {
    let seen = oracle(style);
    if seen.visible.contains("javascript:") {
        return Some("javascript:");
    }
    for hazard in ["expression(", "@"] {
        if seen.code.contains(hazard) {
            return Some(hazard);
        }
    }
    ["behavior", "-moz-binding"]
        .into_iter()
        .find(|name| has_word(&seen.code, name))
}

/// Pieces of CSS that open, close or hide something, and the names the check refuses.
const ATOMS: &[&str] = &[
    "\"",
    "'",
    "/*",
    "*/",
    "\\",
    "\\6a ",
    "\\61 ",
    "url(",
    ")",
    "(",
    "javascript:",
    "java",
    "script:",
    "JavaScript:",
    ";",
    ":",
    ",",
    " ",
    "\n",
    "color",
    "red",
    "a",
    "1px",
    "-",
    "*",
    "/",
    "@import",
    "@",
    "behavior",
    "scroll-behavior",
    "expression(",
    "expr",
    "ession(",
    "-moz-binding",
    "image-set(",
    "src(",
    "var(",
    "/a.png",
];

fn atoms(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(select(ATOMS), 0..max).prop_map(|atoms| atoms.concat())
}

/// A piece of a style: an atom, or a string, comment or `url(…)` with atoms inside, so that
/// openers inside strings and comments inside URLs come up often.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(ATOMS).prop_map(str::to_owned),
        2 => (select(&["\"", "'"][..]), atoms(4)).prop_map(|(quote, inside)| format!("{quote}{inside}{quote}")),
        1 => atoms(4).prop_map(|inside| format!("/*{inside}*/")),
        1 => atoms(3).prop_map(|inside| format!("url({inside})")),
        1 => "[a-z-]{1,8}: [a-z0-9 ]{1,8};",
    ]
}

fn style() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..14).prop_map(|pieces| pieces.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 2048,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Whatever `TrustedStyle::new` accepts, the oracle finds nothing refused in.
    #[test]
    fn an_accepted_style_holds_nothing_refused(style in style()) {
        if TrustedStyle::new(style.as_str()).is_ok() {
            prop_assert_eq!(left_in(&style), None, "accepted {:?}", style);
        }
    }

    /// Any text at all is judged without a panic, and a refusal names its reason.
    #[test]
    fn any_text_is_judged(style in prop_oneof![style(), any::<String>()]) {
        if let Err(error) = TrustedStyle::new(style.as_str()) {
            let named = matches!(error, TrustedError::UnsafeStyle { sequence } if !sequence.is_empty());
            prop_assert!(named, "{:?}", error);
            prop_assert!(!error.to_string().is_empty());
        }
    }
}

/// The generator reaches both verdicts, and accepted styles with refused words hidden in
/// comments and strings: otherwise the property above would hold for want of cases.
#[test]
fn the_generator_reaches_what_the_property_needs() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};

    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let (mut accepted, mut refused, mut hidden) = (0, 0, 0);
    for _ in 0..2048 {
        let style = style().new_tree(&mut runner).unwrap().current();
        if TrustedStyle::new(style.as_str()).is_ok() {
            accepted += 1;
            let lower = style.to_ascii_lowercase();
            if lower.contains("javascript:") || lower.contains("behavior:") || lower.contains("/*")
            {
                hidden += 1;
            }
        } else {
            refused += 1;
        }
    }
    assert!(accepted >= 100, "{accepted} accepted");
    assert!(refused >= 100, "{refused} refused");
    assert!(
        hidden >= 20,
        "{hidden} accepted with a refused word or comment opener inside"
    );
}

/// The oracle itself: it finds what it must, in the places it must.
#[test]
fn the_oracle_sees_through_strings_and_comments() {
    let cases = [
        (
            r#"content: "/*"; background: url(javascript:x); content: "*/""#,
            Some("javascript:"),
        ),
        ("/* javascript: */ color: red", None),
        ("content: 'javascript:'", Some("javascript:")),
        ("background: url(/*)javascript:x", Some("javascript:")),
        ("content: 'expression('; a: \"behavior\"", None),
        ("content: 'a\nbehavior: x'", Some("behavior")),
        ("width: expr/**/ession(1)", Some("expression(")),
        ("a: b; behavior: c", Some("behavior")),
        ("scroll-behavior: smooth", None),
        ("content: '@'", None),
        ("@x", Some("@")),
        ("background: url( '-moz-binding' )", None),
        ("background: url(-moz-binding)", None),
        ("-moz-binding: none", Some("-moz-binding")),
        ("color-moz-binding: none", None),
    ];
    for (style, found) in cases {
        assert_eq!(left_in(style), found, "{style:?}");
    }
}
