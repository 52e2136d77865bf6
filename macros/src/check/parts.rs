//! Attribute values built from parts: URLs, `href=("/users/" {id} "/edit")`, whose literal
//! start must fix the scheme (or the origin), and plain text, `id=("item-" {id})`.

use vetted_rules::escape as table;
use vetted_rules::sink::{Fixed, Parts, Sink};
use vetted_rules::url;

use super::literal::{self, At};
use super::{Checker, dynamic};
use crate::ast::{Attr, ValuePart};
use crate::ir::{Args, Part};

impl Checker {
    // The literal start of a URL decides its scheme; if a dynamic part could still supply a
    // scheme (`("java" {rest})`), no run-time check of the parts could tell. So the first part
    // must be a literal that fixes the scheme or ends the scheme-able part with `/`, `?` or `#`,
    // and each dynamic part is then percent-encoded as one component where it sits.
    pub(super) fn built_value(
        &mut self,
        attr: &Attr,
        sink: Sink,
        parts: &[ValuePart],
        start: &mut String,
        out: &mut Vec<Part>,
    ) {
        let name = &attr.name.text;
        let at = At { name, element: "" };
        let fixed = match sink.parts() {
            Parts::Url { fixed } => fixed,
            Parts::Text => {
                self.text_parts(attr, parts, at, start, out);
                return;
            }
            Parts::Refused { message } => {
                self.diag
                    .error_spanned(attr.value_tokens(), literal::fill(message, at));
                return;
            }
        };
        let prefix: String = parts
            .iter()
            .map_while(|part| match part {
                ValuePart::Literal(lit) => Some(lit.value()),
                ValuePart::Splice(_) => None,
            })
            .collect();
        if !fixed.holds(&prefix) {
            let message = match fixed {
                Fixed::Scheme => scheme_message(&prefix, name),
                Fixed::Origin => origin_message(&prefix, name),
            };
            self.diag.error_spanned(attr.value_tokens(), message);
            return;
        }
        // The start fixes the scheme or origin; what the values could still reach past, read
        // with every value empty or anything percent-encoded where it sits.
        let texts: Vec<Option<String>> = parts
            .iter()
            .map(|part| match part {
                ValuePart::Literal(lit) => Some(lit.value()),
                ValuePart::Splice(_) => None,
            })
            .collect();
        let pieces: Vec<url::Piece<'_>> = texts
            .iter()
            .map(|text| {
                text.as_deref()
                    .map_or(url::Piece::Value, url::Piece::Literal)
            })
            .collect();
        if let Some(problem) = url::parts_problem(&pieces) {
            self.diag
                .error_spanned(attr.value_tokens(), parts_message(&problem, name));
            return;
        }
        start.push(' ');
        start.push_str(name);
        start.push_str("=\"");
        // Where each dynamic part sits: the sink of a part, after the literal text before it.
        let mut part_sink = Sink::UrlPath;
        for part in parts {
            match part {
                ValuePart::Literal(lit) => {
                    let text = lit.value();
                    if text.contains('#') {
                        part_sink = Sink::UrlFragment;
                    } else if text.contains('?') && part_sink == Sink::UrlPath {
                        part_sink = Sink::UrlQuery;
                    }
                    table::escape_with(&text, start, table::attribute_entity);
                }
                ValuePart::Splice(splice) => match dynamic(part_sink, splice, Args::None, at) {
                    Ok(value) => {
                        out.push(Part::Static(std::mem::take(start)));
                        out.push(value);
                    }
                    Err(message) => self.diag.error(splice.span, message),
                },
            }
        }
        start.push('"');
    }

    // A plain attribute takes its parts as text: every literal and every value is escaped for
    // the attribute, with nothing to fix first.
    fn text_parts(
        &mut self,
        attr: &Attr,
        parts: &[ValuePart],
        at: At<'_>,
        start: &mut String,
        out: &mut Vec<Part>,
    ) {
        start.push(' ');
        start.push_str(&attr.name.text);
        start.push_str("=\"");
        for part in parts {
            match part {
                ValuePart::Literal(lit) => {
                    table::escape_with(&lit.value(), start, table::attribute_entity);
                }
                ValuePart::Splice(splice) => {
                    match dynamic(Sink::AttributePart, splice, Args::None, at) {
                        Ok(value) => {
                            out.push(Part::Static(std::mem::take(start)));
                            out.push(value);
                        }
                        Err(message) => self.diag.error(splice.span, message),
                    }
                }
            }
        }
        start.push('"');
    }
}

/// Why `prefix`, the literal start of the URL `name` built from parts, leaves its scheme open.
fn scheme_message(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        format!(
            "`{name}` starts with a value, which could supply any scheme (`javascript:`); start with a literal such as `\"/users/\"` or `\"https://example.com/\"`"
        )
    } else if let Some(problem) = literal::url_problem(prefix, name, url::is_safe_url) {
        format!("{problem}; a URL built from parts must start with an allowed scheme or a path")
    } else {
        format!(
            "`\"{prefix}\"` does not fix the scheme of `{name}`: the next part could complete it as `javascript:`; start with a path (`\"/{prefix}\"`) or a full `https://` URL"
        )
    }
}

/// Why `prefix`, the literal start of the request URL `name` built from parts, leaves its
/// origin open.
fn origin_message(prefix: &str, name: &str) -> String {
    let shown = if prefix.is_empty() {
        "a value".to_owned()
    } else {
        format!("`\"{prefix}\"`")
    };
    format!(
        "`{name}` is fetched and its response swapped into the page, and it starts with {shown}, which leaves open which site it goes to; start with a path on this site (`\"/items/\"`) or a full `https://host/` URL"
    )
}

/// Why the URL `name` built from parts could let a value reach past its own component, and
/// the fix.
fn parts_message(problem: &url::PartsProblem, name: &str) -> String {
    match problem {
        url::PartsProblem::Rewritten { literals, found } => {
            format!(
                "the literal text of `{name}`, read as one URL: {}",
                literal::rewritten_problem(literals, *found)
            )
        }
        url::PartsProblem::InHost { before, host } if host.is_empty() => format!(
            "`{name}` has a value where the host goes (after `\"{before}\"`), so the value would choose the site, and its `@`, `:` or `.` would be read as parts of a host; write the host literally and end it with `/` (`\"https://example.com/\"`), or pass the whole URL as one value, `{name}={{url}}`"
        ),
        url::PartsProblem::InHost { before, host } => {
            // A host alone can be ended where it is; after a `@` or `:` the value is in the
            // user name, password or port, which only a literal can fill.
            let fix = if host.contains(['@', ':']) {
                "write the whole host literally and end it with `/` (`\"https://example.com/\"`), or pass the whole URL as one value".to_owned()
            } else {
                format!("end the host with `/`: `\"{before}/\"`")
            };
            format!(
                "`{name}` has a value right after `\"{before}\"`, before the host has ended, so it would be read as part of the host (`@evil.example` or `.evil.example` names another site); {fix}"
            )
        }
        url::PartsProblem::SlashAfterValues { before, next } => {
            let fix = if before.ends_with(['/', '\\']) {
                "start with a literal first segment (`\"/pages/\"`) so the value is not first"
                    .to_owned()
            } else {
                format!("put literal text between `\"{before}\"` and the value")
            };
            format!(
                "`{name}` starts with `\"{before}\"`, then a value, then `\"{next}\"`: when the value is empty the URL is `{before}{next}`, whose `//` browsers read as the start of a host; {fix}"
            )
        }
        url::PartsProblem::UnfinishedEscape { before } => format!(
            "`{name}` has a value right after `\"{before}\"`, which ends in an unfinished `%` escape: the value's first characters would finish it, and not be read as the value (`2e` would make `%2e`, a dot); write a percent sign as `%25`"
        ),
        url::PartsProblem::OnlyDots { dots } => format!(
            "`{name}` has a value in a path segment whose only literal text is `\"{dots}\"`: with the value `.` or an empty one the segment is `.` or `..`, which browsers resolve by leaving it (`/a/..` is `/`); add other literal text to the segment, or pass the whole segment as one value, which is refused when it is `.` or `..`"
        ),
    }
}
