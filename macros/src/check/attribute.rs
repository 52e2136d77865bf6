//! Rules for attributes: names, duplicates, and which values each attribute's sink accepts.

use vetted_rules::attribute::{self, NO_SPREAD_ELEMENTS};
use vetted_rules::escape as table;
use vetted_rules::library::htmx_attribute;
use vetted_rules::sink::{Sink, Spread};

use super::literal::{self, At};
use super::{Checker, dynamic};
use crate::ast::{Attr, AttrValue, Element};
use crate::ir::{Args, PageNonce, Part};

impl Checker {
    /// Appends the attributes to `start` (the start tag being built), flushing it into `out`
    /// before each dynamic value.
    pub(super) fn attributes(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let has_toggles = el.attrs.iter().any(Attr::is_class_toggle);
        let mut classes_written = false;
        for (index, attr) in el.attrs.iter().enumerate() {
            let name = &attr.name.text;
            self.attribute_name(attr);
            self.duplicate(attr, &el.attrs[..index]);
            if has_toggles && (attr.is_class_toggle() || name.eq_ignore_ascii_case("class")) {
                if !classes_written {
                    self.classes(el, start, out);
                    classes_written = true;
                }
                continue;
            }
            if name == "csrf" && (el.name.text == "form" || super::csrf::htmx_request(el).is_some())
            {
                continue; // read by the CSRF rules of forms and htmx requests, not an attribute
            }
            let sink = sink_of(el, name);
            let at = At {
                name,
                element: &el.name.text,
            };
            match &attr.value {
                AttrValue::Bool(lit) => self.literal_bool(name, lit.value, sink, start),
                AttrValue::Flag => {
                    start.push(' ');
                    start.push_str(name);
                }
                AttrValue::Literal(lit) => {
                    let value = lit.value();
                    // A literal is written by the template's author, but a literal
                    // `javascript:` URL or a script-loading style is still an injection sink a
                    // reviewer should not have to spot: each sink checks its literals with the
                    // rule it applies at run time.
                    if let Some(problem) = literal::problem(sink.row().literal, &value, at) {
                        self.diag.error_spanned(attr.value_tokens(), problem);
                    }
                    start.push(' ');
                    start.push_str(name);
                    start.push_str("=\"");
                    table::escape_with(&value, start, table::attribute_entity);
                    start.push('"');
                }
                AttrValue::Expr(splice) => {
                    // Each sink writes through its own entry point, whose trait admits only
                    // the types that are safe there; some take no dynamic value at all.
                    let args = Args::Start(format!(" {name}=\""));
                    match dynamic(sink, splice, args, at) {
                        Ok(value) => {
                            out.push(Part::Static(std::mem::take(start)));
                            out.push(value);
                        }
                        Err(message) => self.diag.error_spanned(&attr.name, message),
                    }
                }
                AttrValue::Parts(parts) => self.built_value(attr, sink, parts, start, out),
            }
        }
        self.spreads(el, start, out);
        self.htmx_csrf(el, start, out);
        self.stamp_nonce(el, start, out);
    }

    // `@nonce = nonce;` (or, in a template that declares none, the nonce the buffer carries)
    // puts the nonce on every element a nonce-based CSP lets load or run code or styles, and
    // as `hx-nonce` on every element htmx reads, unless the element sets its own.
    fn stamp_nonce(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let name = el.name.text.as_str();
        let loads = match name {
            "script" | "style" => true,
            "link" => el.attrs.iter().any(|attr| {
                attr.name.text.eq_ignore_ascii_case("rel")
                    && matches!(&attr.value, AttrValue::Literal(lit) if lit.value().split_ascii_whitespace().any(|rel| {
                        ["stylesheet", "preload", "modulepreload"].iter().any(|wanted| rel.eq_ignore_ascii_case(wanted))
                    }))
            }),
            _ => false,
        };
        // htmx 4's `hx-csp` extension processes only the elements whose `hx-nonce` is the
        // page's nonce, so an injected element gets nothing from htmx.
        let htmx = el
            .attrs
            .iter()
            .any(|attr| htmx_attribute(&attr.name.text).is_some());
        let has_own = |names: &[&str]| {
            el.attrs.iter().any(|attr| {
                names
                    .iter()
                    .any(|own| attr.name.text.eq_ignore_ascii_case(own))
            })
        };
        let stamps = [
            ("nonce", loads && !has_own(&["nonce"])),
            (
                "hx-nonce",
                htmx && !el
                    .attrs
                    .iter()
                    .any(|attr| htmx_attribute(&attr.name.text).as_deref() == Some("nonce")),
            ),
        ];
        // The nonce is the page's, which the buffer carries: declared by this template's
        // `@nonce`, or by the page a `lazy!` value or a component's children render into.
        let declared = self.nonce.is_some();
        for (attribute, stamped) in stamps {
            if stamped {
                out.push(Part::Static(std::mem::take(start)));
                out.push(Part::PageNonce(PageNonce::Stamp {
                    start: format!(" {attribute}=\""),
                    declared,
                }));
            }
        }
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
            let at = At {
                name: "",
                element: name,
            };
            let args = Args::Written(written.collect());
            match dynamic(Sink::Spread, splice, args, at) {
                Ok(value) => {
                    out.push(Part::Static(std::mem::take(start)));
                    out.push(value);
                }
                Err(message) => self.diag.error(splice.span, message),
            }
        }
    }

    // `name=true` / `name=false` write what a `bool` value does: the bare name or nothing,
    // except on an enumerated attribute where leaving it out is not "off" (`aria-*`,
    // `draggable`, `translate`, …), which takes its keyword.
    fn literal_bool(&mut self, name: &str, on: bool, sink: Sink, start: &mut String) {
        match (sink.spread(), on) {
            (Spread::Keywords([keyword, _]), true) | (Spread::Keywords([_, keyword]), false) => {
                start.push(' ');
                start.push_str(name);
                start.push_str("=\"");
                start.push_str(keyword);
                start.push('"');
            }
            (Spread::Text | Spread::TrustedUrl | Spread::Refused { .. }, true) => {
                start.push(' ');
                start.push_str(name);
            }
            (Spread::Text | Spread::TrustedUrl | Spread::Refused { .. }, false) => {}
        }
    }

    // `class="btn" class:active={on}`: the literal classes, then each toggled class whose
    // `bool` is true, in one `class` attribute, one space between classes. With no literal
    // class, no `class` is written when every toggle is false. A dynamic `class` cannot be
    // merged with toggles inside one quoted value, so toggles join only a literal.
    fn classes(&mut self, el: &Element, start: &mut String, out: &mut Vec<Part>) {
        let mut literal = String::new();
        for attr in &el.attrs {
            if !attr.name.text.eq_ignore_ascii_case("class") {
                continue;
            }
            match &attr.value {
                AttrValue::Literal(lit) => literal = lit.value(),
                AttrValue::Flag | AttrValue::Bool(_) => {}
                AttrValue::Expr(_) | AttrValue::Parts(_) => self.diag.error_spanned(
                    attr.value_tokens(),
                    "class toggles join a literal `class`; write the fixed classes as `class=\"...\"` and each optional one as `class:name={on}`",
                ),
            }
        }
        let mut toggles = Vec::new();
        for attr in el.attrs.iter().filter(|attr| attr.is_class_toggle()) {
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
            let mut escaped = String::new();
            table::escape_with(class, &mut escaped, table::attribute_entity);
            toggles.push((escaped, splice));
        }
        let literal = literal.trim_matches(|c: char| c.is_ascii_whitespace());
        if !literal.is_empty() {
            start.push_str(" class=\"");
            table::escape_with(literal, start, table::attribute_entity);
            for (class, splice) in toggles {
                out.push(Part::Static(std::mem::take(start)));
                out.push(Part::If {
                    if_span: splice.span,
                    cond: splice.expr.clone(),
                    then: vec![Part::Static(format!(" {class}"))],
                    otherwise: None,
                });
            }
            start.push('"');
            return;
        }
        out.push(Part::Static(std::mem::take(start)));
        if let [(class, splice)] = toggles.as_slice() {
            out.push(Part::If {
                if_span: splice.span,
                cond: splice.expr.clone(),
                then: vec![Part::Static(format!(" class=\"{class}\""))],
                otherwise: None,
            });
            return;
        }
        // Each condition once, in order, then the attribute if any holds; a class is preceded
        // by a space when one before it is on.
        let mut names: Vec<syn::Expr> = Vec::new();
        let mut inside = vec![Part::Static(" class=\"".to_owned())];
        for (index, (class, splice)) in toggles.iter().enumerate() {
            let ident = proc_macro2::Ident::new(
                &format!("__vetted_class_{index}"),
                proc_macro2::Span::mixed_site(),
            );
            let cond = &splice.expr;
            let bound =
                quote::quote_spanned!(splice.span=> let #ident: ::core::primitive::bool = #cond;);
            if let Ok(syn::Stmt::Local(local)) = syn::parse2::<syn::Stmt>(bound) {
                out.push(Part::Let(local));
            }
            let mut then = Vec::new();
            if let Some(any_before) = any_of(&names) {
                then.push(Part::If {
                    if_span: splice.span,
                    cond: any_before,
                    then: vec![Part::Static(" ".to_owned())],
                    otherwise: None,
                });
            }
            then.push(Part::Static(class.clone()));
            inside.push(Part::If {
                if_span: splice.span,
                cond: syn::parse_quote!(#ident),
                then,
                otherwise: None,
            });
            names.push(syn::parse_quote!(#ident));
        }
        inside.push(Part::Static("\"".to_owned()));
        if let Some(any) = any_of(&names) {
            out.push(Part::If {
                if_span: proc_macro2::Span::mixed_site(),
                cond: any,
                then: inside,
                otherwise: None,
            });
        }
    }

    // Names are restricted to ASCII letters, digits, `-`, `_`, `:` and `.`: every browser and
    // every XML tool reads such a name the same way (the spread builder checks its names with
    // the same rule).
    fn attribute_name(&mut self, attr: &Attr) {
        let name = &attr.name.text;
        if !attribute::is_valid_name(name) {
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
}

/// The sink of the attribute `name` on `el`, refined by the element's other literal
/// attributes where they decide what a value means.
fn sink_of(el: &Element, name: &str) -> Sink {
    let element = el.name.text.as_str();
    match (element, attribute::sink_of(element, name)) {
        // `<link href>` loads a resource, except for relations that only name a page.
        ("link", Sink::ResourceUrl) if name.eq_ignore_ascii_case("href") && links_to_a_page(el) => {
            Sink::Url
        }
        // With `http-equiv="refresh"`, `content` holds the URL the page redirects to.
        ("meta", Sink::LiteralOnly) if name.eq_ignore_ascii_case("content") && refreshes(el) => {
            Sink::Refresh
        }
        (_, sink) => sink,
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

/// `a || b || …`, or `None` for no operands.
fn any_of(operands: &[syn::Expr]) -> Option<syn::Expr> {
    let (first, rest) = operands.split_first()?;
    Some(
        rest.iter()
            .fold(first.clone(), |any, next| syn::parse_quote!(#any || #next)),
    )
}
