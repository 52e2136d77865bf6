//! Why a literal is refused: the message for each rule of the sink table's literal column, used
//! by the template checker and by the `trusted_*!` macros.

use vetted_rules::sink::Literal;
use vetted_rules::url::{self, Split};
use vetted_rules::{code, json};

/// Where a literal or value stands, for the placeholders of the table's messages.
#[derive(Clone, Copy)]
pub(crate) struct At<'a> {
    /// The attribute's name as written (empty in content).
    pub(crate) name: &'a str,
    /// The element's name.
    pub(crate) element: &'a str,
}

/// A message template of the sink table with `{name}` and `{element}` filled in.
pub(crate) fn fill(template: &str, at: At<'_>) -> String {
    template
        .replace("{name}", at.name)
        .replace("{element}", at.element)
}

/// Why `text`, a literal at `at`, breaks `rule`, or `None` when it may stand there.
pub(crate) fn problem(rule: Literal, text: &str, at: At<'_>) -> Option<String> {
    let name = at.name;
    match rule {
        Literal::Any => None,
        Literal::Urls { allowed, split } => {
            let mut problem = None;
            split.for_each_url(text, |candidate| {
                problem = problem.take().or_else(|| {
                    let refused = url_problem(candidate, name, allowed)?;
                    Some(if split == Split::SrcSet {
                        format!("the candidate `{candidate}`: {refused}")
                    } else {
                        refused
                    })
                });
            });
            problem
        }
        Literal::ResourceUrl => (!url::is_safe_resource_literal(text)).then(|| {
            format!(
                "`{name}` on `<{}>` loads code or a document: {}",
                at.element,
                resource_literal_problem(text)
            )
        }),
        Literal::RequestUrl => (!url::is_safe_request_literal(text)).then(|| {
            format!(
                "`{name}` is fetched and its response swapped into the page, scripts included: {}",
                request_literal_problem(text)
            )
        }),
        Literal::Style => code::style_problem(text, url::is_safe_media_url).map(style_message),
        Literal::Script => code::script_breakout(text).map(|sequence| {
            let fix = match sequence {
                "</script" => "write `<\\/script` (or `\\x3C/script`) inside JavaScript strings",
                "<!--" => "write `\\x3C!--` inside JavaScript strings",
                "</noscript" => {
                    return "`</noscript` inside a `<script>` literal would end an enclosing `<noscript>`, which holds raw text while scripting is on; write `<\\/noscript` (or `\\x3C/noscript`) inside JavaScript strings".to_owned();
                }
                _ => "write `\\x3Cscript` inside JavaScript strings",
            };
            format!(
                "`{sequence}` inside a `<script>` literal would change where the browser ends the element; {fix}"
            )
        }),
        Literal::Json => {
            if text.contains('<') {
                Some("`<` is not allowed in a JSON `<script>` literal; write it as `\\u003c` inside JSON strings".to_owned())
            } else {
                json::json_problem(text).map(|problem| {
                    format!(
                        "this JSON `<script>` literal is not valid JSON: expected {} at line {}, column {} of the JSON text, found {}",
                        problem.expected, problem.line, problem.column, problem.found
                    )
                })
            }
        }
        Literal::StyleSheet => code::style_sheet_breakout(text).map(|sequence| {
            if sequence == "</noscript" {
                return "`</noscript` inside a `<style>` literal would end an enclosing `<noscript>`, which holds raw text while scripting is on; write `\\3C/noscript` in CSS strings".to_owned();
            }
            format!(
                "`{sequence}` inside a `<style>` literal would end the element early; write `\\3C/style` in CSS strings"
            )
        }),
        Literal::Comment => code::comment_problem(text).map(|sequence| match sequence {
            ">" | "->" => format!(
                "comment text cannot start with `{sequence}`: the comment would end at once; add a space first"
            ),
            "<!-" => "comment text cannot end with `<!-`: with the closing `-->` it would open a nested comment; add a space after it".to_owned(),
            "</noscript" => "comment text cannot contain `</noscript`: inside a `<noscript>`, read as raw text while scripting is on, it would end that element; remove it from the text".to_owned(),
            _ => format!(
                "comment text cannot contain `{sequence}`: it would end or nest the comment early; remove it from the text"
            ),
        }),
        Literal::Never { message } => Some(fill(message, at)),
    }
}

/// Why a resource URL literal does not fix where the resource comes from, and the fix.
pub(crate) fn resource_literal_problem(value: &str) -> String {
    if let Some(found) = url::rewritten_by_browsers(value) {
        return rewritten_problem(value, found);
    }
    let problem = match url::browser_scheme(value).as_deref() {
        Some("http") => "plain `http:` can be changed in transit".to_owned(),
        Some(scheme) if !scheme.is_empty() => {
            format!("`{scheme}:` does not name a place to load code from")
        }
        _ => "a relative URL depends on the page's address".to_owned(),
    };
    format!(
        "`{value}` does not fix where the resource comes from ({problem}); start it with `https://`, `//host/`, `/` or `#`"
    )
}

/// Why a URL whose `found` character browsers rewrite cannot be vouched for, and the fix.
pub(crate) fn rewritten_problem(value: &str, found: char) -> String {
    // Controls shown as escapes, everything else as written.
    let shown: String = value
        .chars()
        .map(|c| match c {
            '\t' => "\\t".to_owned(),
            '\n' => "\\n".to_owned(),
            '\r' => "\\r".to_owned(),
            c => c.to_string(),
        })
        .collect();
    if found == '\\' {
        format!(
            "`{shown}` has a `\\` before its query, which browsers read as `/` (so `/\\host/` names another host); write `/`, or `%5C` for a backslash"
        )
    } else {
        format!(
            "`{shown}` holds a tab or line break, which browsers drop from URLs (so `/\\t/host/` names another host); remove it, or write `%09`, `%0A` or `%0D`"
        )
    }
}

/// Why a literal request URL could send the request to another site, and the fix.
pub(crate) fn request_literal_problem(value: &str) -> String {
    let problem = match url::browser_scheme(value).as_deref() {
        Some("http") => "plain `http:` can be changed in transit".to_owned(),
        Some("js" | "javascript") => "htmx 4 runs a `js:` URL as JavaScript".to_owned(),
        Some("https") => "an `https://` URL needs a host, and no control characters".to_owned(),
        Some(scheme) if !scheme.is_empty() => {
            format!("`{scheme}:` does not name a place to fetch markup from")
        }
        _ => "browsers read it as another host".to_owned(),
    };
    format!(
        "`{value}` does not stay on this site ({problem}); write a path (`/items`), or an `https://` URL for another origin"
    )
}

/// The error for a literal URL in `name` that `allowed` refuses.
pub(crate) fn url_problem(url: &str, name: &str, allowed: fn(&str) -> bool) -> Option<String> {
    if allowed(url) {
        return None;
    }
    let scheme = url::browser_scheme(url).unwrap_or_default();
    Some(match scheme.as_str() {
        "data" if allowed("data:image/png;base64,") => format!(
            "this `data:` URL is not allowed in `{name}`: only base64 raster images are (SVG can hold script); write `data:image/png;base64,...` (or jpeg, gif, webp, avif, bmp, x-icon), or use an https or relative URL"
        ),
        "" => format!(
            "`{url}` is not allowed in `{name}`: it is read as having a scheme; use a relative or https URL"
        ),
        scheme => format!(
            "`{scheme}:` URLs are not allowed in `{name}`; use a relative or https URL, or a `vetted::TrustedUrl` (`vetted::trusted_url!(\"...\")` for other safe schemes)"
        ),
    })
}

/// The message for a style that `code::style_problem` refused because of `sequence`.
pub(crate) fn style_message(sequence: &str) -> String {
    let (problem, fix) = match sequence {
        "<" => (
            "`<` is not allowed in a style attribute: it could end an enclosing element",
            "move such rules into a style sheet (`vetted::trusted_style_sheet!`)",
        ),
        "control character" => (
            "control characters are not allowed in a style: old browsers skipped them inside names",
            "remove it, or write a hex escape such as `\\9 ` inside a string",
        ),
        "\\" => (
            "`\\` is allowed in a style only inside strings and `url(...)`: elsewhere a CSS escape spells a name these checks refuse",
            "write the characters themselves",
        ),
        "escaped delimiter" => (
            "an escaped quote, `\\`, parenthesis or whitespace is not allowed inside a CSS string or URL: readers that get escapes wrong end the value there",
            "write a hex escape such as `\\22 ` for `\"`, or use the other quote",
        ),
        "\\0" => (
            "a CSS escape of zero, a surrogate or a code point past U+10FFFF is not allowed in a style: browsers read U+FFFD, old ones something else",
            "write the character you mean",
        ),
        "unclosed comment" => (
            "this style has a `/*` comment without its `*/`",
            "close the comment",
        ),
        "unclosed string" => (
            "this style has a string without its closing quote",
            "close the string",
        ),
        "line break in string" => (
            "a line break inside a CSS string ends the string, and the rest of the line is read as declarations",
            "write `\\A ` for a line break inside a string",
        ),
        "unclosed url(" => ("this style has a `url(` without its `)`", "close it"),
        "malformed url(" => (
            "this unquoted `url(` holds a space, quote, `(`, comment, control character or bad escape: browsers skip it and other readers split it differently",
            "quote the URL: `url(\"...\")`",
        ),
        "unbalanced bracket" => (
            "this style has a `(`, `[` or function without its closing bracket, or a closing bracket without its opening one",
            "balance the brackets",
        ),
        "parenthesis" => (
            "a `(` that opens no function is not allowed in a style: old Internet Explorer read `name (...)` as a call",
            "remove it, or use `calc(...)`",
        ),
        "brace" => (
            "`{` and `}` are not allowed in a style attribute: it holds declarations, not rules",
            "move rules into a style sheet (`vetted::trusted_style_sheet!`)",
        ),
        "non-ASCII function" => (
            "a function whose name is not ASCII is not a CSS function, only a lookalike of one",
            "use the function's ASCII name",
        ),
        "url(" => (
            "a `url(...)` in this style has a URL the URL policy refuses",
            "use an https, relative or base64 raster `data:image/` URL",
        ),
        "src(" | "image(" | "image-set(" | "-webkit-image-set(" => {
            return format!(
                "a URL in `{sequence}...)` in this style is one the URL policy refuses; use an https, relative or base64 raster `data:image/` URL"
            );
        }
        "string URL" => (
            "a string inside a function this check does not know is one the URL policy refuses as a URL, which that function may load",
            "use `url(...)` with an https, relative or base64 raster `data:image/` URL",
        ),
        "javascript:" => (
            "`javascript:` is not allowed in a style: a `javascript:` URL runs script",
            "use an https or relative `url(...)`",
        ),
        "expression(" => (
            "`expression(` is not allowed in a style: old Internet Explorer runs it as script",
            "compute the value in Rust",
        ),
        "@import" => (
            "`@import` is not allowed in a style: it loads a whole style sheet from elsewhere",
            "use a `<link rel=\"stylesheet\">`",
        ),
        "@" => (
            "at-rules and `@` are not allowed in a style attribute: it holds declarations only",
            "move at-rules into a style sheet (`vetted::trusted_style_sheet!`)",
        ),
        "behavior" => (
            "`behavior` is not allowed in a style: it binds script to elements",
            "remove it",
        ),
        "-moz-binding" => (
            "`-moz-binding` is not allowed in a style: it binds script to elements",
            "remove it",
        ),
        other => {
            return format!("`{other}` is not allowed in a style");
        }
    };
    format!("{problem}; {fix}")
}
