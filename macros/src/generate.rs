//! `ir::Template` -> `TokenStream`. Mechanical: no HTML knowledge lives here.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::ir::{Component, Ctx, Part, Template, UrlComponent, UrlKind};

/// `lazy!`: a closure that writes the template into a caller's buffer when rendered.
pub(crate) fn generate_lazy(template: &Template) -> TokenStream {
    let out = Ident::new("__vetted_out", Span::mixed_site());
    let krate = &template.krate;
    let buf = quote!(&mut *#out);
    let body = Builder::new(krate, &buf).parts(&template.parts);
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
    let body = Builder::new(krate, &buf).parts(&template.parts);
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

/// Emits parts in order, merging runs of static markup into one `push_static` each.
struct Builder<'a> {
    krate: &'a TokenStream,
    /// The `&mut Html` expression parts are written to.
    buf: &'a TokenStream,
    pending: String,
    tokens: TokenStream,
}

impl<'a> Builder<'a> {
    fn new(krate: &'a TokenStream, buf: &'a TokenStream) -> Self {
        Builder {
            krate,
            buf,
            pending: String::new(),
            tokens: TokenStream::new(),
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
        Builder::new(self.krate, self.buf).parts(parts)
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let (krate, buf) = (self.krate, self.buf);
        let markup = std::mem::take(&mut self.pending);
        self.tokens
            .extend(quote! { #krate::__private::push_static(#buf, #markup); });
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
            } => {
                let body = self.nested(body);
                let for_token = quote_spanned!(*for_span=> for);
                quote! { #for_token #pat in #expr { #body } }
            }
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
    let call = match ctx {
        Ctx::Text => quote_spanned!(span=> #private::text(&(#expr), #buf)),
        Ctx::EscapableRawText => {
            quote_spanned!(span=> #private::escapable_raw_text(&(#expr), #buf))
        }
        Ctx::Attribute { name } => {
            quote_spanned!(span=> #private::attribute(&(#expr), #name, #buf))
        }
        Ctx::Url { name, kind } => {
            let kind = match kind {
                UrlKind::Navigation => quote!(Navigation),
                UrlKind::List => quote!(List),
                UrlKind::Media => quote!(Media),
                UrlKind::SrcSet => quote!(SrcSet),
            };
            quote_spanned!(span=> #private::url(&(#expr), #name, #private::UrlKind::#kind, #buf))
        }
        Ctx::ResourceUrl { name } => {
            quote_spanned!(span=> #private::resource_url(&(#expr), #name, #buf))
        }
        Ctx::EventHandler { name } => {
            quote_spanned!(span=> #private::event_handler(&(#expr), #name, #buf))
        }
        Ctx::Style { name } => quote_spanned!(span=> #private::style(&(#expr), #name, #buf)),
        Ctx::Srcdoc { name } => quote_spanned!(span=> #private::srcdoc(&(#expr), #name, #buf)),
        Ctx::Nonce { name } => quote_spanned!(span=> #private::nonce(&(#expr), #name, #buf)),
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
        let body = Builder::new(krate, &inner_buf).parts(parts);
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

    /// The expansion of a typical template: one `push_static` per run of static markup, one call
    /// per value, nothing else.
    #[test]
    fn static_markup_is_coalesced_and_values_are_direct_calls() {
        let template: crate::ast::Template = syn::parse2(quote! {
            (::vetted)
            <ul class="items">
                @for item in items {
                    <li title={item.name}>{item.name} " (" {item.count} ")"</li>
                }
            </ul>
        })
        .unwrap();
        let expansion = super::generate(&crate::check::check(template).unwrap()).to_string();
        println!("{expansion}");
        // `<ul class="items">`, `<li`, `>`, ` (`, `)</li>`, `</ul>`: the runs between values.
        assert_eq!(expansion.matches("push_static").count(), 6, "{expansion}");
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
}
