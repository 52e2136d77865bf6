//! `ir::Template` -> `TokenStream`. Mechanical: no HTML knowledge lives here.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::ir::{Component, Ctx, Part, Template, UrlComponent, UrlKind};

/// `lazy!`: a closure that writes the template into a caller's buffer when rendered.
pub(crate) fn generate_lazy(template: &Template) -> TokenStream {
    let out = Ident::new("__vetted_out", Span::mixed_site());
    let krate = &template.krate;
    let buf = quote!(&mut *#out);
    let body = Builder::new(krate, &buf, Buffer::Callers).parts(&template.parts);
    quote! {
        #krate::__private::Lazy::new(move |#out: &mut #krate::Html| { #body })
    }
}

pub(crate) fn generate(template: &Template) -> TokenStream {
    let out = Ident::new("__vetted_out", Span::mixed_site());
    let hint = Ident::new("__VETTED_SIZE_HINT", Span::mixed_site());
    let krate = &template.krate;
    let capacity = estimate(&template.parts);
    let buf = quote!(&mut #out);
    let body = Builder::new(krate, &buf, Buffer::Own).parts(&template.parts);
    // Each invocation remembers how long its last output was, so the next render allocates
    // once even when loops make it far longer than the static markup.
    quote! {{
        static #hint: #krate::__private::SizeHint = #krate::__private::SizeHint::new(#capacity);
        let mut #out = #hint.buffer();
        #body
        #hint.learn(&#out);
        #out
    }}
}

/// A first guess at the output's size: the static markup plus a little for each value.
fn estimate(parts: &[Part]) -> usize {
    parts
        .iter()
        .map(|part| match part {
            Part::Static(markup) => markup.len(),
            Part::Value { .. } => 8,
            Part::If {
                then, otherwise, ..
            } => estimate(then).max(otherwise.as_deref().map_or(0, estimate)),
            Part::For { body, .. } | Part::While { body, .. } => estimate(body),
            Part::Match { arms, .. } => arms
                .iter()
                .map(|arm| estimate(&arm.body))
                .max()
                .unwrap_or(0),
            Part::Let(_) => 0,
            Part::Scope(parts) => estimate(parts),
            Part::Component(component) => component.children.as_deref().map_or(16, estimate),
        })
        .sum()
}

/// Whose buffer the generated code writes into.
#[derive(Clone, Copy)]
enum Buffer {
    /// The one `html!` made: never text-only where its markup is written.
    Own,
    /// A caller's (`lazy!`, component children), which may be rendering inside `<title>`.
    Callers,
}

/// Emits parts in order, merging runs of static markup into one `push_static` each.
struct Builder<'a> {
    krate: &'a TokenStream,
    /// The `&mut Html` expression parts are written to.
    buf: &'a TokenStream,
    buffer: Buffer,
    pending: String,
    tokens: TokenStream,
}

impl<'a> Builder<'a> {
    fn new(krate: &'a TokenStream, buf: &'a TokenStream, buffer: Buffer) -> Self {
        Builder {
            krate,
            buf,
            buffer,
            pending: String::new(),
            tokens: TokenStream::new(),
        }
    }

    /// The statement appending static `markup`.
    fn push(&self, markup: &str) -> TokenStream {
        let (krate, buf) = (self.krate, self.buf);
        match self.buffer {
            Buffer::Own => quote! { #krate::__private::push_static(#buf, #markup); },
            Buffer::Callers => quote! { #krate::__private::push_static_nested(#buf, #markup); },
        }
    }

    fn parts(mut self, parts: &[Part]) -> TokenStream {
        for part in parts {
            self.part(part);
        }
        self.flush();
        self.tokens
    }

    fn nested(&self, parts: &[Part]) -> TokenStream {
        Builder::new(self.krate, self.buf, self.buffer).parts(parts)
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let markup = std::mem::take(&mut self.pending);
        let push = self.push(&markup);
        self.tokens.extend(push);
    }

    fn part(&mut self, part: &Part) {
        if let Part::Static(markup) = part {
            self.pending.push_str(markup);
            return;
        }
        self.flush();
        let (krate, buf) = (self.krate, self.buf);
        let tokens = match part {
            Part::Static(_) => unreachable!("handled above"),
            Part::Value { expr, ctx, span } => value(krate, buf, expr, ctx, *span),
            Part::If {
                if_span,
                cond,
                then,
                otherwise,
            } => {
                let then = self.nested(then);
                let if_token = quote_spanned!(*if_span=> if);
                match otherwise {
                    Some(otherwise) => {
                        let otherwise = self.nested(otherwise);
                        quote! { #if_token #cond { #then } else { #otherwise } }
                    }
                    None => quote! { #if_token #cond { #then } },
                }
            }
            Part::For {
                for_span,
                pat,
                expr,
                body,
                exits_early,
            } => match static_ends(body).filter(|_| !exits_early) {
                // A `break` or `continue` would skip markup the merged loop writes in the
                // next iteration or after the loop.
                Some(ends) => self.merged_for(*for_span, pat, expr, &ends),
                None => {
                    let body = self.nested(body);
                    let for_token = quote_spanned!(*for_span=> for);
                    quote! { #for_token #pat in #expr { #body } }
                }
            },
            Part::While {
                while_span,
                cond,
                body,
            } => {
                let body = self.nested(body);
                let while_token = quote_spanned!(*while_span=> while);
                quote! { #while_token #cond { #body } }
            }
            Part::Match {
                match_span,
                expr,
                arms,
            } => {
                let match_token = quote_spanned!(*match_span=> match);
                let arms = arms.iter().map(|arm| {
                    let pat = &arm.pat;
                    let guard = arm.guard.as_ref().map(|guard| quote!(if #guard));
                    let body = self.nested(&arm.body);
                    quote! { #pat #guard => { #body } }
                });
                quote! { #match_token #expr { #(#arms)* } }
            }
            Part::Let(local) => quote! { #local },
            Part::Scope(parts) => {
                let parts = self.nested(parts);
                quote! { { #parts } }
            }
            Part::Component(component) => component_call(krate, buf, component),
        };
        self.tokens.extend(tokens);
    }

    /// `@for` over a body that starts with markup `first` and ends with `last`: between two
    /// iterations `last` and `first` are written as one piece, so a table row costs one copy
    /// of `</td><td>` rather than two. Each piece has a fixed length (a copy of known size);
    /// the flag that picks one is a branch the predictor learns (or the compiler peels off).
    fn merged_for(
        &self,
        for_span: Span,
        pat: &syn::Pat,
        expr: &syn::Expr,
        ends: &StaticEnds<'_>,
    ) -> TokenStream {
        let first_item = Ident::new("__vetted_first", Span::mixed_site());
        let first = self.push(&ends.first);
        let between = self.push(&format!("{}{}", ends.last, ends.first));
        let last = self.push(&ends.last);
        let middle = self.nested(ends.middle);
        let for_token = quote_spanned!(for_span=> for);
        quote! {
            let mut #first_item = true;
            #for_token #pat in #expr {
                if #first_item {
                    #first_item = false;
                    #first
                } else {
                    #between
                }
                #middle
            }
            if !#first_item {
                #last
            }
        }
    }
}

/// A loop body that starts and ends with static markup, split there.
struct StaticEnds<'a> {
    first: String,
    middle: &'a [Part],
    last: String,
}

/// The static markup a loop body starts and ends with, when both are there.
fn static_ends(body: &[Part]) -> Option<StaticEnds<'_>> {
    let leading = body
        .iter()
        .take_while(|part| matches!(part, Part::Static(_)))
        .count();
    let trailing = body[leading..]
        .iter()
        .rev()
        .take_while(|part| matches!(part, Part::Static(_)))
        .count();
    if leading == 0 || trailing == 0 || leading == body.len() {
        return None;
    }
    let markup = |parts: &[Part]| -> String {
        parts
            .iter()
            .map(|part| match part {
                Part::Static(markup) => markup.as_str(),
                _ => "",
            })
            .collect()
    };
    Some(StaticEnds {
        first: markup(&body[..leading]),
        middle: &body[leading..body.len() - trailing],
        last: markup(&body[body.len() - trailing..]),
    })
}

/// The call that writes one dynamic value, spanned at the user's `{...}` so type errors point there.
fn value(
    krate: &TokenStream,
    buf: &TokenStream,
    expr: &syn::Expr,
    ctx: &Ctx,
    span: Span,
) -> TokenStream {
    let krate = located(krate, span);
    let private = quote_spanned!(span=> #krate::__private);
    // Attribute sinks get the attribute's start, ` name="`, to write with one copy.
    let start = match ctx {
        Ctx::Attribute { name }
        | Ctx::Url { name, .. }
        | Ctx::ResourceUrl { name }
        | Ctx::EventHandler { name }
        | Ctx::Style { name }
        | Ctx::Srcdoc { name }
        | Ctx::Nonce { name } => format!("{name}=\""),
        _ => String::new(),
    };
    let call = match ctx {
        Ctx::Text => quote_spanned!(span=> #private::text(&(#expr), #buf)),
        Ctx::EscapableRawText => {
            quote_spanned!(span=> #private::escapable_raw_text(&(#expr), #buf))
        }
        Ctx::Attribute { .. } => {
            quote_spanned!(span=> #private::attribute(&(#expr), #start, #buf))
        }
        Ctx::Url { kind, .. } => {
            let kind = match kind {
                UrlKind::Navigation => quote!(Navigation),
                UrlKind::List => quote!(List),
                UrlKind::Media => quote!(Media),
                UrlKind::SrcSet => quote!(SrcSet),
            };
            quote_spanned!(span=> #private::url(&(#expr), #start, #private::UrlKind::#kind, #buf))
        }
        Ctx::ResourceUrl { .. } => {
            quote_spanned!(span=> #private::resource_url(&(#expr), #start, #buf))
        }
        Ctx::EventHandler { .. } => {
            quote_spanned!(span=> #private::event_handler(&(#expr), #start, #buf))
        }
        Ctx::Style { .. } => quote_spanned!(span=> #private::style(&(#expr), #start, #buf)),
        Ctx::Srcdoc { .. } => quote_spanned!(span=> #private::srcdoc(&(#expr), #start, #buf)),
        Ctx::Nonce { .. } => quote_spanned!(span=> #private::nonce(&(#expr), #start, #buf)),
        Ctx::Csrf => quote_spanned!(span=> #private::csrf(&(#expr), #buf)),
        Ctx::UrlPart { component } => {
            let component = match component {
                UrlComponent::Path => quote!(Path),
                UrlComponent::Query => quote!(Query),
                UrlComponent::Fragment => quote!(Fragment),
            };
            quote_spanned!(span=> #private::url_part(&(#expr), #private::UrlComponent::#component, #buf))
        }
        Ctx::Script => quote_spanned!(span=> #private::script(&(#expr), #buf)),
        Ctx::JsonScript => quote_spanned!(span=> #private::json_script(&(#expr), #buf)),
        Ctx::StyleSheet => quote_spanned!(span=> #private::style_sheet(&(#expr), #buf)),
        Ctx::Spread { written } => {
            quote_spanned!(span=> #private::spread(&(#expr), &[#(#written),*], #buf))
        }
    };
    quote_spanned!(span=> #call;)
}

/// Builds a component from its props (its children as a lazy template borrowing the caller's
/// values) and renders it in the text context.
fn component_call(krate: &TokenStream, buf: &TokenStream, component: &Component) -> TokenStream {
    let span = component.span;
    let path = &component.path;
    // `user={user}` becomes the shorthand `user`, so the expansion passes clippy's
    // `redundant_field_names` in the caller's crate.
    let fields = component.props.iter().map(|(field, value)| {
        if *field == value.to_string() {
            quote!(#value,)
        } else {
            quote!(#field: #value,)
        }
    });
    let children = component.children.as_ref().map(|parts| {
        let inner = Ident::new("__vetted_children_out", Span::mixed_site());
        let inner_buf = quote!(&mut *#inner);
        let body = Builder::new(krate, &inner_buf, Buffer::Callers).parts(parts);
        let field = Ident::new("children", span);
        quote!(#field: #krate::__private::Lazy::new(|#inner: &mut #krate::Html| { #body }),)
    });
    let value = quote_spanned!(span=> #path { #(#fields)* #children });
    let private = located(krate, span);
    quote_spanned!(span=> #private::__private::text(&(#value), #buf);)
}

/// `krate` resolved where `$crate` was written but shown at `span`, so errors point at the
/// user's code.
fn located(krate: &TokenStream, span: Span) -> TokenStream {
    krate
        .clone()
        .into_iter()
        .map(|mut token| {
            token.set_span(token.span().located_at(span));
            token
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use quote::quote;

    /// The `html!` expansion of `template`.
    fn expand(template: proc_macro2::TokenStream) -> String {
        let template: crate::ast::Template = syn::parse2(template).unwrap();
        super::generate(&crate::check::check(template).unwrap()).to_string()
    }

    /// The expansion of a typical template: one `push_static` per run of static markup, one call
    /// per value, nothing else.
    #[test]
    fn static_markup_is_coalesced_and_values_are_direct_calls() {
        let expansion = expand(quote! {
            (::vetted)
            <ul class="items">
                @for item in items {
                    <li title={item.name}>{item.name} " (" {item.count} ")"</li>
                }
            </ul>
        });
        println!("{expansion}");
        // `<ul class="items">`, `<li` (before the first item), `>`, ` (`, `)</li><li` (between
        // two items), `)</li>` (after the last), `</ul>`: the runs between values, with the
        // loop's closing and opening markup merged into one piece between items.
        assert_eq!(expansion.matches("push_static").count(), 7, "{expansion}");
        assert!(expansion.contains(r#"")</li><li")"#), "{expansion}");
        // The attribute's start is one piece.
        assert!(expansion.contains(r#"" title=\"""#), "{expansion}");
        assert_eq!(expansion.matches(":: text (").count(), 2, "{expansion}");
        assert_eq!(
            expansion.matches(":: attribute (").count(),
            1,
            "{expansion}"
        );
        assert!(
            expansion.contains(r#""<ul class=\"items\">""#),
            "{expansion}"
        );
        assert!(expansion.contains(r#"")</li>")"#), "{expansion}");
    }

    /// A `break` or `continue` that ends an iteration keeps the plain `for`: merged markup would
    /// be written for an iteration the body skipped or ended.
    #[test]
    fn loops_with_break_or_continue_are_not_merged() {
        for body in [
            quote!(<li>{n}</li> {if *n > 2 { continue } else { n }} <b>{n}</b>),
            quote!(<li>{n}</li> @if { if *n > 2 { break } else { true } } { "x" } <b>{n}</b>),
            quote!(<li>{n}</li> @let Some(m) = n.checked_sub(1) else { continue }; <b>{m}</b>),
        ] {
            let expansion = expand(quote!((::vetted) @for n in ns { #body }));
            assert!(!expansion.contains("__vetted_first"), "{expansion}");
            assert!(expansion.contains("for n in ns"), "{expansion}");
        }
        // Without them the same loop is merged, also when a `break` ends a loop of the
        // expression's own, not the template's.
        for body in [
            quote!(<li>{n}</li>),
            quote!(<li>@if { loop { break true } } { "x" }</li>),
        ] {
            let expansion = expand(quote!((::vetted) @for n in ns { #body }));
            assert!(expansion.contains("__vetted_first"), "{expansion}");
            assert!(expansion.contains(r#""</li><li>""#), "{expansion}");
        }
    }

    /// A body that does not both start and end with markup has nothing to merge.
    #[test]
    fn loops_without_markup_at_both_ends_are_not_merged() {
        for body in [
            quote!({n} "</li>"),
            quote!("<li>" {n}),
            quote!({ n }),
            quote!("<hr>"),
        ] {
            let expansion = expand(quote!((::vetted) @for n in ns { #body }));
            assert!(!expansion.contains("__vetted_first"), "{expansion}");
        }
    }
}
