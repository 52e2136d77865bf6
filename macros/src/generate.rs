//! `ir::Template` -> `TokenStream`. Mechanical: no HTML knowledge lives here, and each value is
//! written by the entry point its sink's row names.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{TokenStreamExt as _, quote, quote_spanned};
use vetted_rules::sink::{Dynamic, Pass, Sink};

use crate::ir::{Args, Component, Output, PageNonce, Part, Template};

pub(crate) fn generate(template: &Template) -> TokenStream {
    match template.output {
        Output::Own => own(template),
        Output::Lazy => lazy(template),
    }
}

/// The static markup of one invocation: chunks the generated code appends by index, declared
/// once as the constants of a type of its own (`StaticMarkup`), so the runtime's raw writer
/// takes only markup written into the program, never a string made at run time. It also
/// records whether a value is spliced (`Pass::Spliced`), which needs the two traits of
/// `__vetted_splice` in scope, imported once beside the constants.
struct Chunks {
    ty: Ident,
    chunks: RefCell<Vec<String>>,
    /// The index of each chunk, so a template with thousands of them is not searched through
    /// for each.
    indices: RefCell<HashMap<String, usize>>,
    spliced: Cell<bool>,
}

impl Chunks {
    fn new() -> Self {
        Chunks {
            ty: Ident::new("__VettedMarkup", Span::mixed_site()),
            chunks: RefCell::new(Vec::new()),
            indices: RefCell::new(HashMap::new()),
            spliced: Cell::new(false),
        }
    }

    /// The index of `markup` among the chunks, added if new.
    fn index(&self, markup: &str) -> usize {
        let mut indices = self.indices.borrow_mut();
        if let Some(&index) = indices.get(markup) {
            return index;
        }
        let mut chunks = self.chunks.borrow_mut();
        chunks.push(markup.to_owned());
        indices.insert(markup.to_owned(), chunks.len() - 1);
        chunks.len() - 1
    }

    /// The type and its constants, and the splice traits if a value needs them, declared
    /// before the code that uses them.
    fn declaration(&self, krate: &TokenStream) -> TokenStream {
        let ty = &self.ty;
        let chunks = self.chunks.borrow();
        let splice = self.spliced.get().then(|| {
            quote! { use #krate::__private::{Borrow as _, Splice as _}; }
        });
        if chunks.is_empty() {
            return quote! { #splice };
        }
        // `push` and `push_nested` are short names for the two writers, so each of the
        // thousands of calls a large template makes is a few tokens.
        quote! {
            #splice
            struct #ty;
            impl #krate::__private::StaticMarkup for #ty {
                const CHUNKS: &'static [&'static str] = &[#(#chunks),*];
            }
            #[allow(dead_code)]
            impl #ty {
                #[inline]
                fn push(out: &mut #krate::Html, index: ::core::primitive::usize) {
                    #krate::__private::push_static::<Self>(out, index);
                }
                #[inline]
                fn push_nested(out: &mut #krate::Html, index: ::core::primitive::usize) {
                    #krate::__private::push_static_nested::<Self>(out, index);
                }
            }
        }
    }
}

/// `lazy!`: a closure that writes the template into a caller's buffer when rendered.
fn lazy(template: &Template) -> TokenStream {
    let out = Ident::new("__vetted_out", Span::mixed_site());
    let krate = &template.krate;
    let chunks = Chunks::new();
    // The `&mut Html` itself: each call reborrows it.
    let body = Builder::new(krate, &chunks, &out, Buffer::Callers).parts(&template.parts);
    let declaration = chunks.declaration(krate);
    let alias = alias_declaration(krate);
    // Spanned where the macro was called (inside `vetted::lazy!`), not at the markup: rustc
    // would then suggest edits to the closure as if the user had written it.
    let body = Group::new(Delimiter::Brace, body);
    let closure = quote! {
        #krate::__private::Lazy::new(move |#out: &mut #krate::Html| #body)
    };
    quote! {{
        #alias
        #declaration
        #closure
    }}
}

/// `html!`: a buffer of its own, sized by what the invocation wrote last time.
fn own(template: &Template) -> TokenStream {
    let out = Ident::new("__vetted_out", Span::mixed_site());
    let hint = Ident::new("__VETTED_SIZE_HINT", Span::mixed_site());
    let krate = &template.krate;
    let capacity = estimate(&template.parts);
    // The calls take `__vetted_out`, a `&mut` to the buffer `__vetted_html`: one token each.
    let html = Ident::new("__vetted_html", Span::mixed_site());
    let chunks = Chunks::new();
    let body = Builder::new(krate, &chunks, &out, Buffer::Own).parts(&template.parts);
    let declaration = chunks.declaration(krate);
    let alias = alias_declaration(krate);
    // Each invocation remembers how long its last output was, so the next render allocates
    // once even when loops make it far longer than the static markup.
    let mut block = quote! {
        #alias
        #declaration
        static #hint: #krate::__private::SizeHint = #krate::__private::SizeHint::new(#capacity);
        let mut #html = #hint.buffer();
        let #out = &mut #html;
    };
    // The body is moved in, not interpolated: `#body` would copy its tokens.
    block.extend(body);
    block.extend(quote! {
        #hint.learn(&#html);
        #html
    });
    TokenTree::Group(Group::new(Delimiter::Brace, block)).into()
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
            Part::Let(_) | Part::PageNonce(_) => 0,
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

/// Emits parts in order, merging runs of static markup into one `push` (`push_static`) each.
///
/// The statements of static markup and values, thousands in a large template, are pushed onto
/// `tokens` token by token. A `quote!` block built apart and then appended would cost several
/// calls across the proc-macro bridge to the compiler each (its stream made real, joined,
/// dropped, and every interpolated stream copied); single tokens stay on the macro's side until
/// the whole body is handed over.
struct Builder<'a> {
    krate: &'a TokenStream,
    chunks: &'a Chunks,
    /// The `&mut Html` binding parts are written to.
    buf: &'a Ident,
    buffer: Buffer,
    pending: String,
    tokens: TokenStream,
}

impl<'a> Builder<'a> {
    fn new(krate: &'a TokenStream, chunks: &'a Chunks, buf: &'a Ident, buffer: Buffer) -> Self {
        Builder {
            krate,
            chunks,
            buf,
            buffer,
            pending: String::new(),
            tokens: TokenStream::new(),
        }
    }

    /// The statement appending static `markup`.
    fn push(&self, markup: &str) -> TokenStream {
        let mut tokens = TokenStream::new();
        self.push_into(&mut tokens, markup);
        tokens
    }

    /// Appends `__VettedMarkup::push(__vetted_out, index);` (`push_nested` for a caller's
    /// buffer) for static `markup` to `tokens`.
    fn push_into(&self, tokens: &mut TokenStream, markup: &str) {
        let index = self.chunks.index(markup);
        let method = match self.buffer {
            Buffer::Own => "push",
            Buffer::Callers => "push_nested",
        };
        let span = Span::call_site();
        let mut args = TokenStream::new();
        args.append(self.buf.clone());
        args.append(Punct::new(',', Spacing::Alone));
        args.append(Literal::usize_suffixed(index));
        tokens.append(self.chunks.ty.clone());
        path_separator(tokens, span);
        tokens.append(Ident::new(method, span));
        tokens.append(Group::new(Delimiter::Parenthesis, args));
        tokens.append(Punct::new(';', Spacing::Alone));
    }

    fn parts(mut self, parts: &[Part]) -> TokenStream {
        for part in parts {
            self.part(part);
        }
        self.flush();
        self.tokens
    }

    fn nested(&self, parts: &[Part]) -> TokenStream {
        Builder::new(self.krate, self.chunks, self.buf, self.buffer).parts(parts)
    }

    /// `{ parts }`, the tokens moved into the group rather than copied by `quote!`.
    fn block(&self, parts: &[Part]) -> Group {
        Group::new(Delimiter::Brace, self.nested(parts))
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let markup = std::mem::take(&mut self.pending);
        let mut tokens = std::mem::take(&mut self.tokens);
        self.push_into(&mut tokens, &markup);
        self.tokens = tokens;
    }

    fn part(&mut self, part: &Part) {
        let (krate, buf) = (self.krate, self.buf);
        // Static markup waits to be merged with what follows; everything else flushes it first.
        if !matches!(part, Part::Static(_)) {
            self.flush();
        }
        let tokens = match part {
            Part::Static(markup) => {
                self.pending.push_str(markup);
                return;
            }
            Part::Value {
                expr,
                sink,
                args,
                span,
            } => {
                value_of(self.chunks, &mut self.tokens, buf, expr, *sink, args, *span);
                return;
            }
            Part::If {
                if_span,
                cond,
                then,
                otherwise,
            } => {
                let then = self.block(then);
                let if_token = quote_spanned!(*if_span=> if);
                match otherwise {
                    Some(otherwise) => {
                        let otherwise = self.block(otherwise);
                        quote! { #if_token #cond #then else #otherwise }
                    }
                    None => quote! { #if_token #cond #then },
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
                    let body = self.block(body);
                    let for_token = quote_spanned!(*for_span=> for);
                    quote! { #for_token #pat in #expr #body }
                }
            },
            Part::While {
                while_span,
                cond,
                body,
            } => {
                let body = self.block(body);
                let while_token = quote_spanned!(*while_span=> while);
                quote! { #while_token #cond #body }
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
                    let body = self.block(&arm.body);
                    quote! { #pat #guard => #body }
                });
                quote! { #match_token #expr { #(#arms)* } }
            }
            Part::Let(local) => quote! { #local },
            Part::PageNonce(PageNonce::Declare(nonce, span)) => {
                let private = private(*span);
                let mut nonce = nonce.clone();
                nonce.set_span(nonce.span().located_at(*span));
                quote_spanned! {*span=> #private::declare_nonce(#nonce, #buf); }
            }
            // A buffer `html!` made for itself carries no nonce it did not declare.
            Part::PageNonce(PageNonce::Stamp { start, declared }) => {
                match (self.buffer, declared) {
                    (Buffer::Own, false) => TokenStream::new(),
                    (Buffer::Own, true) | (Buffer::Callers, _) => {
                        let private = private(Span::mixed_site());
                        quote! { #private::page_nonce(#start, #buf); }
                    }
                }
            }
            Part::Scope(parts) => {
                let block = self.block(parts);
                quote! { #block }
            }
            Part::Component(component) => component_call(krate, self.chunks, buf, component),
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

/// Appends the call writing the user's expression as a value of `sink` to `tokens`. A tuple is
/// handed over as it is, `&(a, b)` or `(a, b).__vetted_splice()`, without parentheses of its
/// own: the start of a broken expression's stand-in (`recover.rs`) then stands exactly where
/// the finished expression would, so an editor finds it there.
fn value_of(
    chunks: &Chunks,
    tokens: &mut TokenStream,
    buf: &Ident,
    expr: &syn::Expr,
    sink: Sink,
    args: &Args,
    span: Span,
) {
    let mut value = TokenStream::new();
    match expr {
        syn::Expr::Tuple(tuple) => quote::ToTokens::to_tokens(tuple, &mut value),
        _ => value.append(parenthesized(expr, span)),
    }
    call(chunks, tokens, buf, value, sink, args, span);
}

/// `(expr)`, spanned at `span`.
fn parenthesized(expr: &impl quote::ToTokens, span: Span) -> Group {
    let mut group = Group::new(Delimiter::Parenthesis, expr.to_token_stream());
    group.set_span(span);
    group
}

/// Appends the call that writes one dynamic value to `tokens`: the entry point of its sink's
/// row, spanned at the user's `{...}` so type errors point there, given the value borrowed
/// (`&(value)`), or through `__vetted_splice`, which moves a value that renders by value and
/// borrows any other (`vetted::__private::Splice`).
fn call(
    chunks: &Chunks,
    tokens: &mut TokenStream,
    buf: &Ident,
    value: TokenStream,
    sink: Sink,
    args: &Args,
    span: Span,
) {
    let Dynamic::Entry { function, pass, .. } = sink.row().dynamic else {
        // The checker makes values only of sinks that have an entry point.
        let message = format!("vetted: no entry point writes a value into {sink:?}");
        tokens.extend(quote_spanned!(span=> ::core::compile_error!(#message);));
        return;
    };
    let punct = |c: char, spacing: Spacing| {
        let mut punct = Punct::new(c, spacing);
        punct.set_span(span);
        punct
    };
    let mut inner = TokenStream::new();
    if pass == Pass::Spliced {
        chunks.spliced.set(true);
        inner.extend(value);
        inner.append(punct('.', Spacing::Alone));
        inner.append(Ident::new("__vetted_splice", span));
        let mut no_arguments = Group::new(Delimiter::Parenthesis, TokenStream::new());
        no_arguments.set_span(span);
        inner.append(no_arguments);
    } else {
        inner.append(punct('&', Spacing::Alone));
        inner.extend(value);
    }
    inner.append(punct(',', Spacing::Alone));
    match args {
        Args::None => {}
        Args::Start(start) => inner.extend(quote!(#start,)),
        Args::Written(names) => inner.extend(quote!(&[#(#names),*],)),
    }
    inner.append(buf.clone());
    let mut arguments = Group::new(Delimiter::Parenthesis, inner);
    arguments.set_span(span);
    tokens.append(private(span));
    path_separator(tokens, span);
    tokens.append(Ident::new(function, span));
    tokens.append(arguments);
    tokens.append(punct(';', Spacing::Alone));
}

/// `::`, spanned at `span`.
fn path_separator(tokens: &mut TokenStream, span: Span) {
    let mut first = Punct::new(':', Spacing::Joint);
    first.set_span(span);
    let mut second = Punct::new(':', Spacing::Alone);
    second.set_span(span);
    tokens.append(first);
    tokens.append(second);
}

/// Builds a component through the builder `#[derive(Component)]` wrote (each prop set by name,
/// then the build step, which fills the props left out and names a missing required one),
/// its children as a lazy template borrowing the caller's values, and renders it in the text
/// context. A struct without the derive finds the fallback `__vetted_props` of `__private`,
/// whose bound says to derive it.
fn component_call(
    krate: &TokenStream,
    chunks: &Chunks,
    buf: &Ident,
    component: &Component,
) -> TokenStream {
    let span = component.span;
    let path = &component.path;
    let setters = component
        .props
        .iter()
        .map(|(field, value)| quote!(.#field(#value)));
    let children = component.children.as_ref().map(|parts| {
        let inner = Ident::new("__vetted_children_out", Span::mixed_site());
        let body = Builder::new(krate, chunks, &inner, Buffer::Callers).parts(parts);
        let mut body = Group::new(Delimiter::Brace, body);
        body.set_span(span);
        let field = Ident::new("children", span);
        // The closure is spanned at the tag: an error about it (a component that renders its
        // children by reference, given children that move a value) points there.
        quote_spanned!(span=> .#field(#krate::__private::Lazy::new(|#inner: &mut #krate::Html| #body)))
    });
    let located_krate = located(krate, span);
    let props = Ident::new("__vetted_props", span);
    let build = Ident::new("__vetted_build", span);
    // The builder is bound to a name at the tag, so an error of the build step (a missing
    // prop) points at the tag rather than at the whole template.
    let builder = Ident::new("__vetted_builder", span);
    let component = quote_spanned! {span=> {
        use #located_krate::__private::NotAComponent as _;
        let #builder = #path::#props() #(#setters)* #children;
        #builder.#build()
    }};
    let mut tokens = TokenStream::new();
    let value = TokenStream::from(TokenTree::Group(parenthesized(&component, span)));
    call(
        chunks,
        &mut tokens,
        buf,
        value,
        Sink::Text,
        &Args::None,
        span,
    );
    tokens
}

/// The name the generated code calls the runtime's `__private` by, declared once per
/// invocation (`alias_declaration`): one token per call instead of the crate's path, which a
/// template with thousands of values would otherwise repeat (and the compiler resolve) for
/// each. Located at `span`, so an error about the call points at the user's code.
fn private(span: Span) -> Ident {
    Ident::new("__vetted_private", Span::mixed_site().located_at(span))
}

fn alias_declaration(krate: &TokenStream) -> TokenStream {
    let alias = private(Span::mixed_site());
    quote! {
        #[allow(unused_imports)]
        use #krate::__private as #alias;
    }
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
        super::generate(&crate::check::check(template, crate::ir::Output::Own).unwrap()).to_string()
    }

    /// The expansion of a typical template: one `push` per run of static markup, one call per
    /// value, nothing else.
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
        assert_eq!(
            expansion.matches("__VettedMarkup :: push (").count(),
            7,
            "{expansion}"
        );
        // Each piece is a constant of the invocation's `StaticMarkup` type, declared once.
        assert_eq!(expansion.matches("const CHUNKS").count(), 1, "{expansion}");
        assert!(expansion.contains(r#"")</li><li""#), "{expansion}");
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
        assert!(expansion.contains(r#"")</li>""#), "{expansion}");
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

    /// Each value is written by the entry point its sink's row names, with the arguments its
    /// site gives: the attribute's start, the literal names a spread leaves alone, or nothing.
    #[test]
    fn values_are_written_by_the_entry_point_of_their_sink() {
        use vetted_rules::sink::{Dynamic, Pass, Sink};

        use crate::ir::{Args, Part};

        let template: crate::ast::Template = syn::parse2(quote! {
            (::vetted)
            @nonce = n;
            <a href={u} ping={u} title={t} onclick={h} style={s}>{t}</a>
            <img src={u} srcset={u} alt="">
            <a href=("/u/" {id} "?q=" {q} "#" {f})>"x"</a>
            <script src={r}></script><script>{j}</script>
            <script type="application/json">{j}</script><style>{c}</style>
            <title>{t}</title><iframe srcdoc={d}></iframe>
            <form method="post" csrf={token}><input class="x" ..{attrs}></form>
        })
        .unwrap();
        let checked = crate::check::check(template, crate::ir::Output::Own).unwrap();
        let expansion = super::generate(&checked).to_string();
        fn values(parts: &[Part], out: &mut Vec<(Sink, String)>) {
            for part in parts {
                match part {
                    Part::Value { sink, args, .. } => {
                        let args = match args {
                            Args::None => String::new(),
                            Args::Start(start) => format!("{:?} ,", start),
                            Args::Written(names) => format!("& [{:?}] ,", names.join("\", \"")),
                        };
                        out.push((*sink, args));
                    }
                    Part::If { then, .. } => values(then, out),
                    _ => {}
                }
            }
        }
        // `@nonce` puts the nonce on the buffer, and each script and style takes it from
        // there: four stamps after one declaration.
        assert_eq!(
            expansion
                .matches("__vetted_private :: declare_nonce (")
                .count(),
            1,
            "{expansion}"
        );
        assert_eq!(
            expansion
                .matches("__vetted_private :: page_nonce (")
                .count(),
            4,
            "{expansion}"
        );
        let mut found = Vec::new();
        values(&checked.parts, &mut found);
        let sinks: Vec<Sink> = found.iter().map(|(sink, _)| *sink).collect();
        assert_eq!(
            sinks,
            [
                Sink::Url,
                Sink::UrlList,
                Sink::Attribute,
                Sink::EventHandler,
                Sink::Style,
                Sink::Text,
                Sink::MediaUrl,
                Sink::SrcSet,
                Sink::UrlPath,
                Sink::UrlQuery,
                Sink::UrlFragment,
                Sink::ResourceUrl,
                Sink::Script,
                Sink::JsonData,
                Sink::StyleSheet,
                Sink::EscapableRawText,
                Sink::Srcdoc,
                Sink::CsrfField,
                Sink::Spread,
            ]
        );
        for (sink, args) in found {
            let Dynamic::Entry { function, pass, .. } = sink.row().dynamic else {
                panic!("{sink:?} has no entry point");
            };
            let call = match pass {
                Pass::Borrowed => format!("__vetted_private :: {function} (& ("),
                Pass::Spliced => {
                    format!("__vetted_private :: {function} ((t) . __vetted_splice () ,")
                }
            };
            assert!(
                expansion.contains(&call),
                "{sink:?}: no `{call}` in {expansion}"
            );
            if !args.is_empty() {
                assert!(
                    expansion.contains(&args),
                    "{sink:?}: no `{args}` in {expansion}"
                );
            }
        }
    }

    /// A value that does not parse is still written by its entry point, with what parses of it
    /// first and in the value's place (`&(item, …)`, where `{item.name}` gives `&(item.name)`),
    /// so an editor types `item` there; the error rides along in the same tuple, and the rest
    /// of the template is generated as usual.
    #[test]
    fn unfinished_values_keep_their_place() {
        let finished = expand(quote!((::vetted) <p>{item.name}</p> <b>{n}</b>));
        let unfinished = expand(quote!((::vetted) <p>{item.}</p> <b>{n}</b>));
        assert!(
            finished.contains(":: text ((item . name) . __vetted_splice () ,"),
            "{finished}"
        );
        assert!(
            unfinished.contains(":: text ((item , :: core :: compile_error !"),
            "{unfinished}"
        );
        assert!(
            unfinished.contains(":: text ((n) . __vetted_splice () ,"),
            "{unfinished}"
        );
        let before = |expansion: &str| expansion[..expansion.find("item").unwrap()].to_owned();
        assert_eq!(before(&finished), before(&unfinished));
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
