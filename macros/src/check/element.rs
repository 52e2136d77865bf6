//! Rules for elements: names, placement, self-closing and close tags.

use quote::quote;

use vetted_rules::code;
use vetted_rules::sink::Sink;

use super::{Checker, Mode, Namespace, Scope};
use crate::ast::Element;
use crate::elements::{self, Content};
use crate::ir::Part;

impl Checker {
    pub(super) fn element(&mut self, el: &Element, scope: Scope<'_>, out: &mut Vec<Part>) {
        if el.name.is_component() {
            self.placement(el, scope);
            self.component(el, scope, out);
            return;
        }
        let name = el.name.text.as_str();
        self.element_name(el);
        self.placement(el, scope);
        let mut inner = scope.enter(el);
        if matches!(inner.mode, Mode::Text(Sink::JsonData | Sink::BrowserJson))
            && el.children.len() > 1
        {
            self.diag.error_spanned(
                &el.open_tokens,
                "a JSON `<script>` holds one JSON text: one `vetted::Json` value or one literal; put everything into the value given to `vetted::Json::new`",
            );
            inner.mode = Mode::Closed;
        }
        if inner.mode == Mode::Text(Sink::Script) {
            self.raw_text_joins(&el.children, code::SCRIPT_BREAKOUTS, "script");
        } else if inner.mode == Mode::Text(Sink::StyleSheet) {
            self.raw_text_joins(&el.children, code::STYLE_SHEET_BREAKOUTS, "style");
        }
        let own = scope.namespace_of(name);
        self.foreign_breakout(el, scope, own);
        self.content(el, own);
        if inner.mode == Mode::Unsupported {
            self.unsupported_script(el);
        }

        let void = elements::content(name) == Content::Void;
        let self_closing = el.self_closing.is_some();
        if self_closing && !void {
            self.self_closing(el, scope, own);
        }

        let mut start = format!("<{name}");
        self.control_start_tag(el, scope.exits);
        self.attributes(el, &mut start, out);
        // Foreign elements keep their `/>`: there it closes the element. On a void HTML
        // element it means nothing, so it is dropped.
        start.push_str(if self_closing && own != Namespace::Html {
            "/>"
        } else {
            ">"
        });
        // The parser drops one line feed right after these start tags; writing one keeps
        // content that starts with a line feed intact.
        if own == Namespace::Html && matches!(name, "pre" | "textarea") {
            start.push('\n');
        }
        out.push(Part::Static(start));
        if name == "form" && own == Namespace::Html {
            self.form(el, out);
        }
        if void || self_closing {
            return;
        }
        self.open.push(el.name.text.clone());
        let protected = name == "form" && el.attrs.iter().any(|attr| attr.name.text == "csrf");
        self.protected_forms += usize::from(protected);
        // `@let` among the children binds only inside this element.
        if el
            .children
            .iter()
            .any(|child| matches!(child, crate::ast::Node::Let(_)))
        {
            let mut children = Vec::new();
            self.nodes(&el.children, inner, &mut children, false);
            out.push(Part::Scope(children));
        } else {
            self.nodes(&el.children, inner, out, false);
        }
        self.open.pop();
        self.protected_forms -= usize::from(protected);
        self.close_tag(el);
        out.push(Part::Static(format!("</{name}>")));
    }

    // An unknown name is almost always a typo, and the browser would build an inert unknown
    // element without a word; custom elements are told apart by their `-`.
    fn element_name(&mut self, el: &Element) {
        let name = el.name.text.as_str();
        if elements::is_known(name) {
            return;
        }
        if let Some(replacement) = elements::obsolete_replacement(name) {
            self.diag.error_spanned(
                &el.name,
                format!("`<{name}>` is obsolete HTML; {replacement}"),
            );
            return;
        }
        let message = match elements::suggest(name) {
            Some(known) => format!("unknown element `<{name}>`; did you mean `<{known}>`?"),
            None => format!(
                "unknown element `<{name}>`; use an HTML, SVG or MathML element, or a custom element name with a `-` such as `<{}-element>`",
                name.to_ascii_lowercase()
            ),
        };
        self.diag.error_spanned(&el.name, message);
    }

    // Elements inside an element that holds only text would be shown, or run, as that text.
    fn placement(&mut self, el: &Element, scope: Scope<'_>) {
        let Some(parent) = scope.parent else { return };
        let name = &el.name.text;
        match scope.mode {
            Mode::Text(_) | Mode::Unsupported => self.diag.error_spanned(
                &el.open_tokens,
                format!("`<{name}>` cannot go inside `<{parent}>`, which holds only text; write text as a string literal"),
            ),
            Mode::Markup | Mode::Closed => {}
        }
    }

    // In SVG or MathML content, the parser ends the `<svg>` or `<math>` before these HTML
    // elements, so they would not sit where the template puts them.
    fn foreign_breakout(&mut self, el: &Element, scope: Scope<'_>, own: Namespace) {
        let name = &el.name.text;
        if own != Namespace::Html && elements::breaks_out_of_foreign_content(name) {
            let parent = scope.parent.unwrap_or_default();
            let (root, inside) = if own == Namespace::Svg {
                ("svg", "<foreignObject>")
            } else {
                ("math", "<mtext>")
            };
            self.diag.error_spanned(
                &el.open_tokens,
                format!("`<{name}>` cannot go inside `<{parent}>`: the browser ends the `<{root}>` before it; put HTML inside `{inside}`, or after the `</{root}>`"),
            );
        }
    }

    // Obsolete raw-text elements and `<iframe>` make the parser read what follows as text.
    fn content(&mut self, el: &Element, namespace: Namespace) {
        if namespace != Namespace::Html {
            return;
        }
        let name = &el.name.text;
        match elements::content(name) {
            Content::Obsolete => {
                let fix = match name.as_str() {
                    "xmp" | "plaintext" => "use `<pre>` with text written as string literals",
                    "noembed" => "put fallback content inside `<object>` instead",
                    _ => "remove it: no browser renders frames any more",
                };
                self.diag.error_spanned(
                    &el.open_tokens,
                    format!("`<{name}>` is obsolete and browsers read its content as raw text; {fix}"),
                );
            }
            Content::Opaque if !el.children.is_empty() => self.diag.error_spanned(
                &el.open_tokens,
                format!("`<{name}>` cannot have children: browsers read its content as text; give it a `src` URL instead"),
            ),
            _ => {}
        }
    }

    // Browsers do not run a script of another type, and the templating libraries that read such
    // blocks (`text/template`, `text/x-handlebars`) parse their text as markup: an injection
    // sink no escaping here can close.
    fn unsupported_script(&mut self, el: &Element) {
        let declared = el
            .attrs
            .iter()
            .find(|attr| attr.name.text.eq_ignore_ascii_case("type"));
        if let Some(attr) = declared {
            let shown = match &attr.value {
                crate::ast::AttrValue::Literal(lit) => lit.value(),
                _ => String::new(),
            };
            self.diag.error_spanned(
                attr.value_tokens(),
                format!("`type=\"{shown}\"` is not supported: browsers do not run it and template libraries read it as markup; use JavaScript (no `type`, `module`), `application/json`, `application/ld+json`, `importmap` or `speculationrules`, and put markup in a `<template>`"),
            );
        }
    }

    // On an HTML element `/>` is ignored: `<div/>` opens a `<div>` that swallows what follows.
    fn self_closing(&mut self, el: &Element, scope: Scope<'_>, namespace: Namespace) {
        let name = &el.name.text;
        if namespace == Namespace::Html && !elements::may_self_close(name) {
            let message = match scope.parent {
                Some(parent) if scope.integration_point => format!(
                    "`<{name}/>` does not close `<{name}>`: inside `<{parent}>` the content is HTML again, where only void elements self-close; write `<{name}></{name}>`"
                ),
                _ => format!(
                    "`<{name}/>` does not close `<{name}>`: only void, SVG and MathML elements can self-close; write `<{name}></{name}>`"
                ),
            };
            self.diag.error_spanned(&el.open_tokens, message);
        }
    }

    pub(super) fn close_tag(&mut self, el: &Element) {
        let name = &el.name.text;
        match &el.close {
            None => self.diag.error_spanned(
                &el.open_tokens,
                format!("unclosed element `<{name}>`; close it with `</{name}>`"),
            ),
            Some(close) if close.name.text != *name => {
                let found = &close.name.text;
                self.diag.error_spanned(
                    &close.tokens,
                    format!("mismatched close tag `</{found}>`; the open element is `<{name}>`, close it with `</{name}>`"),
                );
                let open = &el.open_tokens;
                self.diag
                    .error_spanned(quote!(#open), format!("`<{name}>` is opened here"));
            }
            Some(_) => {}
        }
    }
}
