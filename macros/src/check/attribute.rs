//! Rules for attributes: names, duplicates, and which values each kind of attribute accepts.

use super::Checker;
use crate::ast::{Attr, AttrValue, Element};
use crate::ir::{Ctx, Part, UrlKind};
use crate::rules::attributes::{AttrKind, NO_SPREAD_ELEMENTS, attr_kind};
use crate::shared::{checks, scheme, table};
use crate::trusted::style_message;

impl Checker {
    /// Appends the attributes to `start` (the start tag being built), flushing it into `out`
    /// before each dynamic value.
    pub(super) fn attributes(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let has_toggles = el.attrs.iter().any(is_class_toggle);
        let mut classes_written = false;
        for (index, attr) in el.attrs.iter().enumerate() {
            let name = &attr.name.text;
            self.attribute_name(attr);
            self.duplicate(attr, &el.attrs[..index]);
            if has_toggles && (is_class_toggle(attr) || name.eq_ignore_ascii_case("class")) {
                if !classes_written {
                    self.classes(el, start, out);
                    classes_written = true;
                }
                continue;
            }
            if el.name.text == "form" && name == "csrf" {
                continue; // read by `csrf`: a rule of the form, not an attribute
            }
            let kind = kind_of(el, name);
            match &attr.value {
                AttrValue::Bool(lit) if !lit.value => {}
                AttrValue::Flag | AttrValue::Bool(_) => {
                    start.push(' ');
                    start.push_str(name);
                }
                AttrValue::Literal(lit) => {
                    self.literal_value(attr, &lit.value(), kind, el);
                    start.push(' ');
                    start.push_str(name);
                    start.push_str("=\"");
                    table::escape_with(&lit.value(), start, table::attribute_entity);
                    start.push('"');
                }
                AttrValue::Expr(splice) => {
                    if let Some(ctx) = self.dynamic_context(&el.name.text, attr, kind) {
                        out.push(Part::Static(std::mem::take(start)));
                        out.push(Part::Value {
                            expr: splice.expr.clone(),
                            ctx,
                            span: splice.span,
                        });
                    }
                }
                AttrValue::Parts(parts) => self.url_parts(attr, kind, parts, start, out),
            }
        }
        self.spreads(el, start, out);
        self.stamp_nonce(el, start, out);
    }

    // `@nonce = nonce;` puts the nonce on every element a nonce-based CSP lets load or run
    // code or styles, unless the element sets its own.
    fn stamp_nonce(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let Some((nonce, span)) = self.nonce.clone() else {
            return;
        };
        let name = el.name.text.as_str();
        let stamped = match name {
            "script" | "style" => true,
            "link" => el.attrs.iter().any(|attr| {
                attr.name.text.eq_ignore_ascii_case("rel")
                    && matches!(&attr.value, AttrValue::Literal(lit) if lit.value().split_ascii_whitespace().any(|rel| {
                        ["stylesheet", "preload", "modulepreload"].iter().any(|wanted| rel.eq_ignore_ascii_case(wanted))
                    }))
            }),
            _ => false,
        };
        if !stamped
            || el
                .attrs
                .iter()
                .any(|attr| attr.name.text.eq_ignore_ascii_case("nonce"))
        {
            return;
        }
        let mut nonce = nonce;
        nonce.set_span(nonce.span().located_at(span));
        let expr: syn::Expr = syn::parse_quote!(#nonce);
        out.push(Part::Static(std::mem::take(start)));
        out.push(Part::Value {
            expr,
            ctx: Ctx::Nonce {
                name: " nonce".to_owned(),
            },
            span,
        });
    }

    // A spread's names are checked when they are added to `Attributes`; here only where it may
    // stand. Literal attributes win over spread ones of the same name.
    fn spreads(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let name = &el.name.text;
        for (index, splice) in el.spreads.iter().enumerate() {
            if el.name.is_component() || NO_SPREAD_ELEMENTS.contains(&name.as_str()) {
                self.diag.error(
                    splice.span,
                    format!("`<{name}>` takes no spread attributes: its attributes load code, submit data or change how the page reads; write each attribute literally"),
                );
                continue;
            }
            if index > 0 {
                self.diag.error(
                    splice.span,
                    "an element takes one spread; merge the `Attributes` into one value",
                );
                continue;
            }
            let written = el
                .attrs
                .iter()
                .map(|attr| match attr.name.text.split_once(':') {
                    Some((class, _)) if class.eq_ignore_ascii_case("class") => "class".to_owned(),
                    _ => attr.name.text.clone(),
                });
            out.push(Part::Static(std::mem::take(start)));
            out.push(Part::Value {
                expr: splice.expr.clone(),
                ctx: Ctx::Spread {
                    written: written.collect(),
                },
                span: splice.span,
            });
        }
    }

    // `class="btn" class:active={on}`: the literal classes, then each toggled class whose
    // `bool` is true, in one `class` attribute. A dynamic `class` cannot be merged with
    // toggles inside one quoted value, so toggles join only a literal.
    fn classes(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let mut literal = None;
        for attr in &el.attrs {
            if !attr.name.text.eq_ignore_ascii_case("class") {
                continue;
            }
            match &attr.value {
                AttrValue::Literal(lit) => literal = Some(lit.value()),
                AttrValue::Flag | AttrValue::Bool(_) => literal = Some(String::new()),
                AttrValue::Expr(_) | AttrValue::Parts(_) => self.diag.error_spanned(
                    attr.value_tokens(),
                    "class toggles join a literal `class`; write the fixed classes as `class=\"...\"` and each optional one as `class:name={on}`",
                ),
            }
        }
        start.push_str(" class=\"");
        if let Some(literal) = &literal {
            table::escape_with(literal, start, table::attribute_entity);
        }
        for attr in el.attrs.iter().filter(|attr| is_class_toggle(attr)) {
            let class = &attr.name.text["class:".len()..];
            let AttrValue::Expr(splice) = &attr.value else {
                self.diag.error_spanned(
                    attr.value_tokens(),
                    format!(
                        "a class toggle takes a `bool` value; write `class:{class}={{condition}}`"
                    ),
                );
                continue;
            };
            let mut toggled = String::from(" ");
            table::escape_with(class, &mut toggled, table::attribute_entity);
            out.push(Part::Static(std::mem::take(start)));
            out.push(Part::If {
                if_span: splice.span,
                cond: splice.expr.clone(),
                then: vec![Part::Static(toggled)],
                otherwise: None,
            });
        }
        start.push('"');
    }

    // Names are restricted to ASCII letters, digits, `-`, `_`, `:` and `.`: every browser and
    // every XML tool reads such a name the same way.
    fn attribute_name(&mut self, attr: &Attr) {
        let name = &attr.name.text;
        let valid = name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'));
        if !valid {
            self.diag.error_spanned(
                &attr.name,
                format!("invalid attribute name `{name}`; attribute names use only ASCII letters, digits, `-`, `_`, `:` and `.`"),
            );
        }
    }

    // Browsers keep the first of two attributes with the same name (compared without case) and
    // drop the second, so a duplicate is always a mistake.
    fn duplicate(&mut self, attr: &Attr, before: &[Attr]) {
        let name = &attr.name.text;
        if let Some(first) = before
            .iter()
            .find(|other| other.name.text.eq_ignore_ascii_case(name))
        {
            let first = &first.name.text;
            let message = match name.get(.."class:".len()) {
                Some(prefix) if prefix.eq_ignore_ascii_case("class:") => format!(
                    "class `{}` is toggled twice; combine the conditions into one `{name}={{a || b}}`",
                    &name["class:".len()..]
                ),
                _ => format!(
                    "duplicate attribute `{name}`: `{first}` is already set on this element and browsers ignore the second; remove one"
                ),
            };
            self.diag.error_spanned(&attr.name, message);
        }
    }

    // A literal is written by the template's author, but a literal `javascript:` URL or a
    // script-loading style is still an injection sink a reviewer should not have to spot: each
    // kind of attribute checks its literals with the rule it applies at run time.
    fn literal_value(&mut self, attr: &Attr, value: &str, kind: AttrKind, el: &Element) {
        let name = &attr.name.text;
        let element = el.name.text.as_str();
        let problem = match kind {
            AttrKind::Url => url_problem(value, name, scheme::is_safe_url),
            AttrKind::UrlList => value
                .split_ascii_whitespace()
                .find_map(|url| url_problem(url, name, scheme::is_safe_url)),
            AttrKind::MediaUrl => url_problem(value, name, scheme::is_safe_media_url),
            AttrKind::SrcSet => {
                let mut problem = None;
                scheme::for_each_srcset_url(value, |start, end| {
                    let candidate = &value[start..end];
                    problem = problem.take().or_else(|| {
                        url_problem(candidate, name, scheme::is_safe_media_url)
                            .map(|problem| format!("the candidate `{candidate}`: {problem}"))
                    });
                });
                problem
            }
            AttrKind::ResourceUrl => (!scheme::is_safe_resource_literal(value)).then(|| {
                format!(
                    "`{name}` on `<{element}>` loads code or a document: {}",
                    resource_literal_problem(value)
                )
            }),
            AttrKind::AnimationValues => value
                .split(';')
                .find_map(|item| url_problem(item.trim(), name, scheme::is_safe_url)),
            AttrKind::Style => {
                checks::style_problem(value, scheme::is_safe_media_url).map(style_message)
            }
            AttrKind::LiteralOnly if name.eq_ignore_ascii_case("content") && refreshes(el) => {
                refresh_url(value).and_then(|url| url_problem(url, "content", scheme::is_safe_url))
            }
            AttrKind::Nonce => Some(format!(
                "a literal `{name}` is the same on every response, so an attacker can copy it; pass a fresh `vetted::csp::Nonce` as `{name}={{nonce}}`, or stamp one with `@nonce = nonce;`"
            )),
            AttrKind::Plain | AttrKind::EventHandler | AttrKind::Srcdoc | AttrKind::LiteralOnly => {
                None
            }
        };
        if let Some(problem) = problem {
            self.diag.error_spanned(attr.value_tokens(), problem);
        }
    }

    // Each kind of attribute has its own runtime entry point, whose trait admits only the
    // types that are safe there. Values that change how the rest of the page is read have no
    // safe dynamic form at all.
    fn dynamic_context(&mut self, element: &str, attr: &Attr, kind: AttrKind) -> Option<Ctx> {
        let name = format!(" {}", attr.name.text);
        let ctx = match kind {
            AttrKind::Plain => Ctx::Attribute { name },
            AttrKind::Url => Ctx::Url {
                name,
                kind: UrlKind::Navigation,
            },
            AttrKind::UrlList => Ctx::Url {
                name,
                kind: UrlKind::List,
            },
            AttrKind::MediaUrl => Ctx::Url {
                name,
                kind: UrlKind::Media,
            },
            AttrKind::SrcSet => Ctx::Url {
                name,
                kind: UrlKind::SrcSet,
            },
            AttrKind::ResourceUrl => Ctx::ResourceUrl { name },
            AttrKind::EventHandler => Ctx::EventHandler { name },
            AttrKind::Style => Ctx::Style { name },
            AttrKind::Srcdoc => Ctx::Srcdoc { name },
            AttrKind::Nonce => Ctx::Nonce { name },
            AttrKind::LiteralOnly | AttrKind::AnimationValues => {
                let name = &attr.name.text;
                let message = if kind == AttrKind::AnimationValues {
                    format!(
                        "`{name}` of an SVG animation can set an `href` to each of its items, so it takes only a literal; write the list as a string literal"
                    )
                } else if element == "base" {
                    format!(
                        "`<base>` changes how every URL on the page resolves, so `{name}` takes only a literal value; write it as a string literal"
                    )
                } else {
                    format!(
                        "`{name}` takes only a literal value: it changes how the browser reads the page; write the value as a string literal"
                    )
                };
                self.diag.error_spanned(&attr.name, message);
                return None;
            }
        };
        Some(ctx)
    }
}

/// Whether `attr` toggles a class, as `class:active={on}`.
pub(super) fn is_class_toggle(attr: &Attr) -> bool {
    let name = &attr.name.text;
    name.len() > "class:".len() && name[.."class:".len()].eq_ignore_ascii_case("class:")
}

/// The attribute's kind, refined by the element's other literal attributes where they decide
/// what a value means.
fn kind_of(el: &Element, name: &str) -> AttrKind {
    let element = el.name.text.as_str();
    match (element, attr_kind(element, name)) {
        ("base", AttrKind::ResourceUrl) => AttrKind::ResourceUrl,
        // Every attribute of `<base>` changes how the page's URLs resolve.
        ("base", _) => AttrKind::LiteralOnly,
        // `<link href>` loads a resource, except for relations that only name a page.
        ("link", AttrKind::ResourceUrl)
            if name.eq_ignore_ascii_case("href") && links_to_a_page(el) =>
        {
            AttrKind::Url
        }
        (_, kind) => kind,
    }
}

/// Link relations (HTML §4.6.7) that name a page without loading anything from it.
const PAGE_RELATIONS: &[&str] = &[
    "alternate",
    "author",
    "bookmark",
    "canonical",
    "external",
    "help",
    "license",
    "me",
    "next",
    "nofollow",
    "noopener",
    "noreferrer",
    "opener",
    "prev",
    "search",
    "tag",
];

/// Whether a `<link>`'s literal `rel` holds only page relations.
fn links_to_a_page(el: &Element) -> bool {
    el.attrs.iter().any(|attr| {
        attr.name.text.eq_ignore_ascii_case("rel")
            && matches!(&attr.value, AttrValue::Literal(lit) if {
                let rel = lit.value().to_ascii_lowercase();
                rel.split_ascii_whitespace().next().is_some()
                    && rel.split_ascii_whitespace().all(|token| PAGE_RELATIONS.contains(&token))
            })
    })
}

/// Whether a `<meta>` has `http-equiv="refresh"`, which makes its `content` a redirect.
fn refreshes(el: &Element) -> bool {
    el.name.text == "meta"
        && el.attrs.iter().any(|attr| {
            attr.name.text.eq_ignore_ascii_case("http-equiv")
                && matches!(&attr.value, AttrValue::Literal(lit) if lit.value().trim().eq_ignore_ascii_case("refresh"))
        })
}

/// The URL a `<meta http-equiv="refresh">` literal `content` redirects to, if any: the part
/// after `;`, with an optional `url=` and quotes (HTML §4.2.5.3).
fn refresh_url(content: &str) -> Option<&str> {
    let (_, rest) = content.split_once([';', ','])?;
    let rest = rest.trim_start();
    let rest = if rest.len() >= 4 && rest[..4].eq_ignore_ascii_case("url=") {
        &rest[4..]
    } else {
        rest
    };
    Some(rest.trim().trim_matches(|c| c == '"' || c == '\''))
}

/// Why a resource URL literal does not fix where the resource comes from, and the fix.
pub(crate) fn resource_literal_problem(value: &str) -> String {
    let problem = match crate::trusted::browser_scheme(value).as_deref() {
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

/// The error for a literal URL in `name` that `allowed` refuses.
pub(super) fn url_problem(url: &str, name: &str, allowed: fn(&str) -> bool) -> Option<String> {
    if allowed(url) {
        return None;
    }
    let scheme = crate::trusted::browser_scheme(url).unwrap_or_default();
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
