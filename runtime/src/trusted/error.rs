//! [`TrustedError`]: why a trusted value could not be made.

use alloc::string::String;
use core::fmt;

/// Why a trusted value could not be made.
///
/// ```
/// let error = vetted::TrustedUrl::new("javascript:alert(1)").unwrap_err();
/// assert_eq!(error.to_string(), "the URL `javascript:alert(1)` has a scheme other than http, https, mailto or tel");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TrustedError {
    /// A URL has a scheme the policy does not allow.
    UnsafeUrl {
        /// The refused URL.
        url: String,
    },
    /// A URL holds a character browsers change before following it: a tab or line break
    /// (dropped), or a `\\` before the query of an `http(s):` or relative URL (read as `/`, so
    /// `/\\host/` names another host).
    RewrittenUrl {
        /// The refused URL.
        url: String,
        /// The character found: `\\`, `\t`, `\n` or `\r`.
        found: char,
    },
    /// [`TrustedUrl::with_schemes`](crate::TrustedUrl::with_schemes) was given a scheme that can run script, or that is not a scheme.
    ForbiddenScheme {
        /// The refused scheme.
        scheme: String,
    },
    /// A script contains a sequence that would end its `<script>` element early.
    ScriptBreakout {
        /// The sequence found.
        sequence: &'static str,
    },
    /// A style sheet contains a sequence that would end its `<style>` element early.
    StyleSheetBreakout {
        /// The sequence found.
        sequence: &'static str,
    },
    /// A script or style sheet ends in the start of a sequence that would end its element
    /// (`<`, `</scr`, `<!-`): the text written after it could complete the sequence.
    EndsInBreakoutStart {
        /// The sequence it could become.
        sequence: &'static str,
    },
    /// A style attribute's declarations contain something that can run script or load a
    /// refused URL, or that cannot be read with certainty (an unclosed string, a malformed
    /// `url(`, unbalanced brackets, …).
    UnsafeStyle {
        /// What was refused: a sequence such as `expression(`, `javascript:` or `url(` (the
        /// function holding a refused URL), or a construct such as `unclosed string`.
        sequence: &'static str,
    },
    /// A path segment given to [`TrustedResourceUrl::join`](crate::TrustedResourceUrl::join) is empty, `.` or `..`.
    InvalidSegment {
        /// The refused segment.
        segment: String,
    },
    /// [`TrustedResourceUrl::join`](crate::TrustedResourceUrl::join) or [`TrustedResourceUrl::with_query`](crate::TrustedResourceUrl::with_query) was called on a URL
    /// that already has a query or a fragment, where a path segment or parameter cannot go.
    UrlAlreadyEnded {
        /// The URL.
        url: String,
    },
}

impl fmt::Display for TrustedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnsafeUrl { url } => {
                write!(
                    f,
                    "the URL `{url}` has a scheme other than http, https, mailto or tel"
                )
            }
            Self::RewrittenUrl { url, found: '\\' } => {
                write!(
                    f,
                    "the URL `{url}` has a `\\` before its query, which browsers read as `/`; write `/`, or `%5C` for a backslash"
                )
            }
            Self::RewrittenUrl { url, .. } => {
                write!(
                    f,
                    "the URL `{}` holds a tab or line break, which browsers drop from URLs; remove it, or percent-encode it",
                    url.replace('\t', "\\t")
                        .replace('\n', "\\n")
                        .replace('\r', "\\r")
                )
            }
            Self::ForbiddenScheme { scheme } => {
                write!(
                    f,
                    "`{scheme}` cannot be allowed as a URL scheme: it is not a scheme, or it can run script"
                )
            }
            Self::ScriptBreakout { sequence } => {
                let ends = if *sequence == "</noscript" {
                    "an enclosing `<noscript>`"
                } else {
                    "its `<script>` element"
                };
                write!(
                    f,
                    "the script contains `{sequence}`, which would end {ends} early"
                )
            }
            Self::StyleSheetBreakout { sequence } => {
                let ends = if *sequence == "</noscript" {
                    "an enclosing `<noscript>`"
                } else {
                    "its `<style>` element"
                };
                write!(
                    f,
                    "the style sheet contains `{sequence}`, which would end {ends} early"
                )
            }
            Self::EndsInBreakoutStart { sequence } => {
                write!(
                    f,
                    "the text ends in the start of `{sequence}`, which the text written after it could complete, ending its element early"
                )
            }
            Self::UnsafeStyle { sequence } => f.write_str(match *sequence {
                "control character" => {
                    "the style contains a control character, which old browsers skipped inside names"
                }
                "unclosed comment" => "the style has a `/*` comment without its `*/`",
                "unclosed string" => "the style has a string without its closing quote",
                "line break in string" => {
                    "the style has a line break inside a string, which ends the string and makes the rest of the line declarations"
                }
                "unclosed url(" => "the style has a `url(` without its `)`",
                "malformed url(" => {
                    "the style has an unquoted `url(` holding a space, quote, `(`, control character or bad escape, which readers split differently"
                }
                "\\" => {
                    "the style has a CSS escape outside a string or `url(...)`, where escapes only spell names these checks refuse"
                }
                "escaped delimiter" => {
                    "the style escapes a quote, `\\`, parenthesis or whitespace inside a string or URL, where readers disagree on where it ends; use a hex escape such as `\\22 `"
                }
                "\\0" => {
                    "the style has a CSS escape of zero, a surrogate or a code point past U+10FFFF, which browsers replace with U+FFFD"
                }
                "non-ASCII function" => {
                    "the style calls a function whose name is not ASCII, a lookalike of a CSS function"
                }
                "parenthesis" => {
                    "the style has a `(` that opens no function, which old browsers read as a call"
                }
                "brace" => "the style has a `{` or `}`: a style attribute holds declarations, not rules",
                "unbalanced bracket" => {
                    "the style has a `(`, `[` or function without its closing bracket, or a closing bracket without its opening one"
                }
                "@" => "the style has an at-rule or `@`, which has no place among declarations",
                "string URL" => {
                    "the style has a string the URL policy refuses inside a function that may load it as a URL"
                }
                "url(" | "src(" | "image(" | "image-set(" | "-webkit-image-set(" => {
                    return write!(
                        f,
                        "the style has a `{sequence}...)` whose URL the media URL policy refuses"
                    );
                }
                sequence => {
                    return write!(
                        f,
                        "the style contains `{sequence}`, which can run script or load a refused URL"
                    );
                }
            }),
            Self::InvalidSegment { segment } => {
                write!(
                    f,
                    "the path segment `{segment}` is empty or a dot segment; give a plain name"
                )
            }
            Self::UrlAlreadyEnded { url } => {
                write!(
                    f,
                    "`{url}` already has a query or fragment; add path segments before parameters"
                )
            }
        }
    }
}

impl core::error::Error for TrustedError {}
