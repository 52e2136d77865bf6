//! Components: `<Card title={t} compact>children</Card>` builds a `Card` from its props (through
//! the builder its `#[derive(Component)]` writes) and renders it; its children become a lazy
//! template the component places where it likes.

use proc_macro2::Span;
use quote::{ToTokens, quote};

use super::control::{Exits, Root};
use super::{Checker, Scope};
use crate::ast::{AttrValue, Element};
use crate::ir::{self, Part};

impl Checker {
    // Props are set through the builder `#[derive(Component)]` writes: rustc reports an unknown
    // prop on its span with the names it knows, and the derive's bounds a missing one; the
    // checks here are the ones rustc cannot word well.
    pub(super) fn component(&mut self, el: &Element, scope: Scope<'_>, out: &mut Vec<Part>) {
        let name = &el.name.text;
        let path: syn::Path = match syn::parse2(el.name.tokens.clone()) {
            Ok(path) => path,
            Err(_) => {
                self.diag.error_spanned(&el.name, format!("`{name}` is not a Rust path; a component tag names its struct, as in `<Card>` or `<ui::Card>`"));
                return;
            }
        };
        if el.self_closing.is_none() {
            self.close_tag(el);
        }
        for splice in &el.spreads {
            self.diag.error(splice.span, format!("a component takes props, not spread attributes; pass the `Attributes` as a prop of `{name}`"));
        }
        let mut props = Vec::new();
        for (index, attr) in el.attrs.iter().enumerate() {
            let prop = &attr.name.text;
            let Ok(field) = syn::parse_str::<syn::Ident>(prop) else {
                self.diag.error_spanned(
                    &attr.name,
                    if prop.starts_with("class:") {
                        format!("a component takes no class toggles; give `{name}` a `bool` prop and toggle the class inside it")
                    } else if prop.starts_with(['@', ':', '.', '#']) {
                        format!("a component takes props, its Rust fields, not a front-end library's `{prop}`; write `{prop}` on an element inside `{name}`, or give `{name}` a prop for it")
                    } else {
                        format!("`{prop}` is not a prop name: props are the component's Rust fields; write `{}`", prop.replace(['-', ':', '.'], "_"))
                    },
                );
                continue;
            };
            if el.attrs[..index]
                .iter()
                .any(|other| other.name.text == *prop)
            {
                self.diag.error_spanned(
                    &attr.name,
                    format!("prop `{prop}` is given twice; remove one"),
                );
                continue;
            }
            let field = syn::Ident::new(
                &field.to_string(),
                attr.name
                    .tokens
                    .clone()
                    .into_iter()
                    .next()
                    .map_or_else(Span::call_site, |t| t.span()),
            );
            let value = match &attr.value {
                AttrValue::Flag => quote!(true),
                AttrValue::Literal(lit) => lit.to_token_stream(),
                AttrValue::Bool(lit) => lit.to_token_stream(),
                AttrValue::Expr(splice) => {
                    // Props are evaluated before the component writes anything.
                    self.control(&splice.expr, scope.exits);
                    splice.expr.to_token_stream()
                }
                AttrValue::Parts(_) => {
                    self.diag.error_spanned(
                        attr.value_tokens(),
                        format!("a prop cannot be built from parts; pass one value of the field's type: `{prop}={{value}}`"),
                    );
                    continue;
                }
            };
            props.push((field, value));
        }
        let children = (!el.children.is_empty()).then(|| {
            let mut parts = Vec::new();
            self.open.push(name.clone());
            // A closure writing into the component's output: jumps start afresh in it.
            let scope = Scope {
                exits: Exits::root(Root::Children(name)),
                ..scope
            };
            self.nodes(&el.children, scope, &mut parts, false);
            self.open.pop();
            parts
        });
        let span = el
            .open_tokens
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span());
        out.push(Part::Component(ir::Component {
            path,
            props,
            children,
            span,
        }));
    }
}
