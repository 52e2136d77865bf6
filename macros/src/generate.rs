//! `ir::Template` -> `TokenStream`. Mechanical: no HTML knowledge lives here.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::ir::{Ctx, Part, Template, UrlComponent, UrlKind};

pub(crate) fn generate(template: &Template) -> TokenStream {
    let out = Ident::new("__vetted_out", Span::mixed_site());
    let hint = Ident::new("__VETTED_SIZE_HINT", Span::mixed_site());
    let krate = &template.krate;
    let capacity = estimate(&template.parts);
    let body = Builder::new(krate, &out).parts(&template.parts);
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
        })
        .sum()
}

/// Emits parts in order, merging runs of static markup into one `push_static` each.
struct Builder<'a> {
    krate: &'a TokenStream,
    out: &'a Ident,
    pending: String,
    tokens: TokenStream,
}

impl<'a> Builder<'a> {
    fn new(krate: &'a TokenStream, out: &'a Ident) -> Self {
        Builder {
            krate,
            out,
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
        Builder::new(self.krate, self.out).parts(parts)
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let (krate, out) = (self.krate, self.out);
        let markup = std::mem::take(&mut self.pending);
        self.tokens
            .extend(quote! { #krate::__private::push_static(&mut #out, #markup); });
    }

    fn part(&mut self, part: &Part) {
        if let Part::Static(markup) = part {
            self.pending.push_str(markup);
            return;
        }
        self.flush();
        let (krate, out) = (self.krate, self.out);
        let tokens = match part {
            Part::Static(_) => unreachable!("handled above"),
            Part::Value { expr, ctx, span } => value(krate, out, expr, ctx, *span),
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
        };
        self.tokens.extend(tokens);
    }
}

/// The call that writes one dynamic value, spanned at the user's `{...}` so type errors point there.
fn value(krate: &TokenStream, out: &Ident, expr: &syn::Expr, ctx: &Ctx, span: Span) -> TokenStream {
    // Resolved where `$crate` was written, shown at the value: errors point at the user's code.
    let krate: TokenStream = krate
        .clone()
        .into_iter()
        .map(|mut token| {
            token.set_span(token.span().located_at(span));
            token
        })
        .collect();
    let private = quote_spanned!(span=> #krate::__private);
    let call = match ctx {
        Ctx::Text => quote_spanned!(span=> #private::text(&(#expr), &mut #out)),
        Ctx::EscapableRawText => {
            quote_spanned!(span=> #private::escapable_raw_text(&(#expr), &mut #out))
        }
        Ctx::Attribute { name } => {
            quote_spanned!(span=> #private::attribute(&(#expr), #name, &mut #out))
        }
        Ctx::Url { name, kind } => {
            let kind = match kind {
                UrlKind::Navigation => quote!(Navigation),
                UrlKind::List => quote!(List),
                UrlKind::Media => quote!(Media),
                UrlKind::SrcSet => quote!(SrcSet),
            };
            quote_spanned!(span=> #private::url(&(#expr), #name, #private::UrlKind::#kind, &mut #out))
        }
        Ctx::ResourceUrl { name } => {
            quote_spanned!(span=> #private::resource_url(&(#expr), #name, &mut #out))
        }
        Ctx::EventHandler { name } => {
            quote_spanned!(span=> #private::event_handler(&(#expr), #name, &mut #out))
        }
        Ctx::Style { name } => quote_spanned!(span=> #private::style(&(#expr), #name, &mut #out)),
        Ctx::Srcdoc { name } => quote_spanned!(span=> #private::srcdoc(&(#expr), #name, &mut #out)),
        Ctx::UrlPart { component } => {
            let component = match component {
                UrlComponent::Path => quote!(Path),
                UrlComponent::Query => quote!(Query),
                UrlComponent::Fragment => quote!(Fragment),
            };
            quote_spanned!(span=> #private::url_part(&(#expr), #private::UrlComponent::#component, &mut #out))
        }
        Ctx::Script => quote_spanned!(span=> #private::script(&(#expr), &mut #out)),
        Ctx::JsonScript => quote_spanned!(span=> #private::json_script(&(#expr), &mut #out)),
        Ctx::StyleSheet => quote_spanned!(span=> #private::style_sheet(&(#expr), &mut #out)),
    };
    quote_spanned!(span=> #call;)
}
