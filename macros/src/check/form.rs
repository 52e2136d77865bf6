//! CSRF-checked forms: a form that changes state says how it is protected.

use vetted_rules::sink::Sink;

use super::literal::{self, At};
use super::{Checker, dynamic};
use crate::ast::{AttrValue, Element, Node};
use crate::ir::{Args, Part};

impl Checker {
    // A state-changing form without CSRF protection is found in production as a 403, or never;
    // here it does not compile. The protection is one of: a token field, the server's
    // Fetch-Metadata/Origin check, or an explicit `csrf=false`. A token is refused where it
    // would leak: in a GET form's URL, or in a form posting to an absolute (other-site) URL.
    pub(super) fn form(&mut self, el: &Element, out: &mut Vec<Part>) {
        let csrf = el.attrs.iter().find(|attr| attr.name.text == "csrf");
        let method = el
            .attrs
            .iter()
            .find(|attr| attr.name.text.eq_ignore_ascii_case("method"));
        let changes_state = method.is_some_and(|attr| changes_state(&attr.value))
            || posts_from_a_button(&el.children);
        let Some(csrf) = csrf else {
            if changes_state {
                self.diag.error_spanned(
                    &el.open_tokens,
                    "this `<form>` changes state and has no CSRF protection; add `csrf={token}` (a `vetted::csrf::CsrfField`), `csrf={vetted::csrf::FetchMetadata}` if the server checks Sec-Fetch-Site/Origin, or `csrf=false` to opt out",
                );
            }
            return;
        };
        let at = At {
            name: "csrf",
            element: "form",
        };
        match &csrf.value {
            AttrValue::Bool(lit) if !lit.value => {}
            AttrValue::Expr(_) if !changes_state => self.diag.error_spanned(
                csrf.value_tokens(),
                "this `<form>` uses GET, so a CSRF token would leak into URLs, logs and `Referer` headers; remove `csrf`, or submit with `method=\"post\"`",
            ),
            AttrValue::Expr(splice) => {
                let absolute = el.attrs.iter().find(|attr| attr.name.text.eq_ignore_ascii_case("action")).and_then(|attr| match &attr.value {
                    AttrValue::Literal(lit) => {
                        let action = lit.value();
                        let lower = action.trim_start().to_ascii_lowercase();
                        (lower.starts_with("//") || lower.contains("://")).then_some(action)
                    }
                    _ => None,
                });
                if let Some(action) = absolute {
                    self.diag.error_spanned(
                        csrf.value_tokens(),
                        format!("this `<form>` posts to `{action}`, another site, which would receive the CSRF token; post to a path on this site (`action=\"/...\"`), or use `csrf=false` if the other site has its own protection"),
                    );
                    return;
                }
                match dynamic(Sink::CsrfField, splice, Args::None, at) {
                    Ok(value) => out.push(value),
                    Err(message) => self.diag.error(splice.span, message),
                }
            }
            AttrValue::Flag | AttrValue::Literal(_) | AttrValue::Bool(_) | AttrValue::Parts(_) => {
                // The sink takes no literal: its row says what to write instead.
                if let Some(problem) = literal::problem(Sink::CsrfField.row().literal, "", at) {
                    self.diag.error_spanned(csrf.value_tokens(), problem);
                }
            }
        }
    }
}

/// Whether a `method` or `formmethod` value submits with something other than GET or dialog.
fn changes_state(value: &AttrValue) -> bool {
    match value {
        AttrValue::Literal(lit) => !matches!(
            lit.value().trim().to_ascii_lowercase().as_str(),
            "get" | "dialog" | ""
        ),
        AttrValue::Flag | AttrValue::Bool(_) => false,
        AttrValue::Expr(_) | AttrValue::Parts(_) => true,
    }
}

/// Whether a button or input among `nodes` submits the form with a state-changing `formmethod`.
fn posts_from_a_button(nodes: &[Node]) -> bool {
    nodes.iter().any(|node| {
        let posts = matches!(node, Node::Element(el) if el.attrs.iter().any(|attr| {
            attr.name.text.eq_ignore_ascii_case("formmethod") && changes_state(&attr.value)
        }));
        posts || node.blocks().into_iter().any(posts_from_a_button)
    })
}
