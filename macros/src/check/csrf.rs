//! CSRF-checked requests: a form, or an element sending an htmx request, that changes state
//! says how it is protected.

use vetted_rules::library::{htmx_attribute, htmx_method};
use vetted_rules::sink::Sink;
use vetted_rules::url;

use super::literal::{self, At};
use super::{Checker, dynamic};
use crate::ast::{Attr, AttrValue, Element, Node, ValuePart};
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
            || posts_from_a_button(&el.children)
            || htmx_request(el).is_some_and(|(_, method)| method != "GET");
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
                // Every address the form's fields, its token among them, can be sent to: its
                // `action` and htmx request, and inside it each `formaction` and each htmx
                // request but GET (htmx sends the enclosing form's fields with those).
                let mut targets: Vec<&Attr> = el
                    .attrs
                    .iter()
                    .filter(|attr| {
                        attr.name.text.eq_ignore_ascii_case("action") || is_htmx_target(attr)
                    })
                    .collect();
                targets_inside(&el.children, &mut targets);
                let mut run_time = false;
                for attr in targets {
                    match target(attr) {
                        Target::ThisSite => {}
                        Target::RunTime => run_time = true,
                        Target::OtherSite(url) => {
                            self.diag.error_spanned(
                                csrf.value_tokens(),
                                format!("this `<form>` sends its fields to `{url}` (`{}`), which is not a path on this site, so that site would receive the CSRF token; send them to a path on this site (`action=\"/...\"`), or use `csrf=false` if the other site has its own protection", attr.name.text),
                            );
                            return;
                        }
                    }
                }
                // An address chosen at run time could be anywhere: no token may follow it.
                let sink = if run_time {
                    Sink::CsrfCheckedByServer
                } else {
                    Sink::CsrfField
                };
                match dynamic(sink, splice, Args::None, at) {
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

impl Checker {
    // htmx sends a request from any element, and one that changes state needs the same decision
    // as a form. The token travels as `hx-vals`; inside a form that decided, htmx sends the
    // form's fields (its token too) with every request but GET, so nothing more is needed.
    pub(super) fn htmx_csrf(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        if el.name.text == "form" {
            return; // the form's rule
        }
        let Some((request, method)) = htmx_request(el) else {
            return;
        };
        let request = &request.name.text;
        let Some(csrf) = el.attrs.iter().find(|attr| attr.name.text == "csrf") else {
            if method != "GET" && self.protected_forms == 0 {
                self.diag.error_spanned(
                    &el.open_tokens,
                    format!("this element sends a {method} request (`{request}`), which changes state, and has no CSRF protection; add `csrf={{token}}` (a `vetted::csrf::CsrfField`, sent with the request in `hx-vals`), `csrf={{vetted::csrf::FetchMetadata}}` if the server checks Sec-Fetch-Site/Origin, or `csrf=false` to opt out"),
                );
            }
            return;
        };
        let at = At {
            name: "csrf",
            element: &el.name.text,
        };
        match &csrf.value {
            AttrValue::Bool(lit) if !lit.value => {}
            AttrValue::Expr(_) if method == "GET" => self.diag.error_spanned(
                csrf.value_tokens(),
                format!("this element sends a GET request (`{request}`), so a CSRF token would leak into URLs, logs and `Referer` headers; remove `csrf`, or send the request with `hx-post`"),
            ),
            AttrValue::Expr(splice) => {
                // Where the element sets `hx-vals`, no token field fits: only the server's own
                // check, which the entry point's type admits.
                let sets_vals = el
                    .attrs
                    .iter()
                    .any(|attr| htmx_attribute(&attr.name.text).as_deref() == Some("vals"));
                let mut run_time = false;
                for attr in el.attrs.iter().filter(|attr| is_htmx_target(attr)) {
                    match target(attr) {
                        Target::ThisSite => {}
                        Target::RunTime => run_time = true,
                        Target::OtherSite(url) => {
                            self.diag.error_spanned(
                                csrf.value_tokens(),
                                format!("this element sends its request to `{url}`, which is not a path on this site, so that site would receive the CSRF token; send it to a path on this site, or use `csrf=false` if the other site has its own protection"),
                            );
                            return;
                        }
                    }
                }
                // An address chosen at run time could be anywhere: no token may follow it.
                let sink = if sets_vals || run_time {
                    Sink::HtmxCsrfCheckedByServer
                } else {
                    Sink::HtmxCsrf
                };
                let written = el.attrs.iter().map(|attr| attr.name.text.clone()).collect();
                match dynamic(sink, splice, Args::Written(written), at) {
                    Ok(value) => {
                        out.push(Part::Static(std::mem::take(start)));
                        out.push(value);
                    }
                    Err(message) => self.diag.error(splice.span, message),
                }
            }
            AttrValue::Flag | AttrValue::Literal(_) | AttrValue::Bool(_) | AttrValue::Parts(_) => {
                if let Some(problem) = literal::problem(Sink::HtmxCsrf.row().literal, "", at) {
                    self.diag.error_spanned(csrf.value_tokens(), problem);
                }
            }
        }
    }
}

/// The attribute that makes `el` send an htmx request, and the request's method: `hx-get`,
/// `hx-post`, `hx-put`, `hx-patch`, `hx-delete`, or htmx 4's `hx-action` with the method of
/// its `hx-method` (GET when there is none; a dynamic one is taken to change state).
pub(super) fn htmx_request(el: &Element) -> Option<(&Attr, &'static str)> {
    // An element with two verbs (which htmx picks is its own business) is judged by the one that
    // changes state.
    let verbs = || {
        el.attrs
            .iter()
            .filter_map(|attr| htmx_method(&attr.name.text).map(|method| (attr, method)))
    };
    if let Some(found) = verbs()
        .find(|(_, method)| *method != "GET")
        .or_else(|| verbs().next())
    {
        return Some(found);
    }
    let named = |wanted: &str| {
        el.attrs
            .iter()
            .find(|attr| htmx_attribute(&attr.name.text).as_deref() == Some(wanted))
    };
    let action = named("action")?;
    let method = named("method");
    let method = match method.map(|attr| &attr.value) {
        None => "GET",
        Some(AttrValue::Literal(lit)) if lit.value().trim().eq_ignore_ascii_case("get") => "GET",
        Some(_) => "POST",
    };
    Some((action, method))
}

/// Where a request sent by way of an attribute goes, as far as the template tells.
enum Target {
    /// A path, query or fragment on this site (or no address: the page's own).
    ThisSite,
    /// Another site, or no place a request goes: the literal address, for the message.
    OtherSite(String),
    /// An address chosen at run time, which could be anywhere.
    RunTime,
}

/// Where the address in `attr` (`action`, `formaction`, `hx-post`, …) sends a request. A
/// literal is on this site when browsers resolve it against the page's own origin
/// ([`url::is_same_origin_reference`]: not `//host`, `/\\host`, a scheme, or anything with
/// the tabs and newlines browsers drop); an address built from parts when its literal start
/// is such a reference and fixes the origin.
fn target(attr: &Attr) -> Target {
    match &attr.value {
        AttrValue::Flag | AttrValue::Bool(_) => Target::ThisSite,
        AttrValue::Literal(lit) => {
            let address = lit.value();
            if url::is_same_origin_reference(&address) {
                Target::ThisSite
            } else {
                Target::OtherSite(address)
            }
        }
        AttrValue::Parts(parts) => match parts.first() {
            Some(ValuePart::Literal(lit)) => {
                let prefix = lit.value();
                match (
                    url::is_same_origin_reference(&prefix),
                    url::fixes_origin(&prefix),
                ) {
                    (true, true) => Target::ThisSite,
                    // A scheme, `//` or `/\`: another site, whatever the values add.
                    (false, _) => Target::OtherSite(format!("{prefix}...")),
                    (true, false) => Target::RunTime,
                }
            }
            Some(ValuePart::Splice(_)) | None => Target::RunTime,
        },
        AttrValue::Expr(_) => Target::RunTime,
    }
}

/// Whether `attr` names where an htmx request goes: `hx-get`, `hx-post`, …, or htmx 4's
/// `hx-action`.
fn is_htmx_target(attr: &Attr) -> bool {
    htmx_method(&attr.name.text).is_some()
        || htmx_attribute(&attr.name.text).as_deref() == Some("action")
}

/// The attributes among `nodes`, at any depth, that send the enclosing form's fields somewhere:
/// each `formaction`, and the target of each htmx request but GET.
fn targets_inside<'a>(nodes: &'a [Node], targets: &mut Vec<&'a Attr>) {
    for node in nodes {
        if let Node::Element(el) = node {
            targets.extend(
                el.attrs
                    .iter()
                    .filter(|attr| attr.name.text.eq_ignore_ascii_case("formaction")),
            );
            if htmx_request(el).is_some_and(|(_, method)| method != "GET") {
                targets.extend(el.attrs.iter().filter(|attr| is_htmx_target(attr)));
            }
        }
        for block in node.blocks() {
            targets_inside(block, targets);
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
