//! Recovery from Rust that does not parse inside a template: a `{…}` value or a control-flow
//! header (`@if`, `@for … in`, `@while`, `@match`) that is empty or half-written, as it is
//! while someone types `{item.}`.
//!
//! The parser records one error for the mistake and keeps going, so the rest of the template
//! is still checked and generated. In the expansion the broken expression becomes a *stand-in*:
//! the longest start of it that parses (`item` for `item.`), combined by `+` with the
//! `compile_error!` that reports the mistake. The stand-in parses for rustc, and its type is an
//! error, so rustc reports nothing else about it (no trait or type errors on the value, no
//! cascade). The start the user wrote sits exactly where the finished expression would, in
//! the same call, so an editor expanding the macro finds `item` at the same place in both the
//! expansion of the unfinished template and the one with its completion marker typed in
//! (`item.marker`), and completes `item`'s fields.

use std::cell::RefCell;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;
use syn::parse::{ParseStream, Parser};
use syn::{Error, Expr};

/// The syntax errors the parser read past in one template.
#[derive(Default)]
pub(crate) struct Recovered {
    /// Errors a stand-in carries: the generated code reports them where the stand-in stands.
    pub(crate) carried: Vec<Error>,
    /// Errors no stand-in carries (a start tag missing its `>`): reported beside the code.
    pub(crate) loose: Vec<Error>,
}

thread_local! {
    /// The errors recovered from while parsing the current template. The parser's `Parse`
    /// impls cannot take a context, and one expansion parses one template at a time.
    static RECOVERED: RefCell<Recovered> = RefCell::default();
}

/// Forgets the errors of any earlier template: called when a template starts.
pub(crate) fn start() {
    drop(take());
}

/// The errors recovered from since `start`.
pub(crate) fn take() -> Recovered {
    RECOVERED.with(|recovered| std::mem::take(&mut *recovered.borrow_mut()))
}

/// Records `error`, which no stand-in carries.
pub(crate) fn report(error: Error) {
    RECOVERED.with(|recovered| recovered.borrow_mut().loose.push(error));
}

/// Records `error` and returns the stand-in for the broken expression `tokens`.
pub(crate) fn stand_in(tokens: TokenStream, error: Error, in_header: bool) -> Expr {
    let report = error.to_compile_error();
    RECOVERED.with(|recovered| recovered.borrow_mut().carried.push(error));
    match longest_start(tokens, in_header) {
        // A tuple: a type that holds an error is one rustc reports nothing more about (no
        // unmet trait bound, no mismatched type), whatever the start's own type.
        Some(start) => syn::parse2(quote!((#start, #report))).unwrap_or(Expr::Verbatim(report)),
        None => Expr::Verbatim(report),
    }
}

/// Records `error` for an expression the user has not written yet: the stand-in is only the
/// error.
pub(crate) fn missing(error: Error) -> Expr {
    stand_in(TokenStream::new(), error, false)
}

/// The longest run of `tokens` from the start that parses as one whole expression.
fn longest_start(tokens: TokenStream, in_header: bool) -> Option<Expr> {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    // A splice is a few tokens; the bound keeps a pathological one cheap.
    let shortest = tokens.len().saturating_sub(32);
    (shortest.max(1)..=tokens.len()).rev().find_map(|len| {
        let start: TokenStream = tokens[..len].iter().cloned().collect();
        let whole = |input: ParseStream<'_>| {
            let expr = if in_header {
                Expr::parse_without_eager_brace(input)?
            } else {
                input.parse()?
            };
            if input.is_empty() {
                Ok(expr)
            } else {
                Err(input.error("more follows"))
            }
        };
        whole.parse2(start).ok()
    })
}

/// The error for `tokens`, which do not parse as one expression: syn's, with its span moved
/// from the end of the input to the last token, and a clearer message for the usual
/// unfinished forms.
pub(crate) fn incomplete(tokens: &TokenStream, error: Error, in_header: bool) -> Error {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    if !error.to_string().starts_with("unexpected end of input") {
        return error;
    }
    // The operator the tokens end with: its characters, joined to the next one.
    let mut operator = Vec::new();
    for token in tokens.iter().rev() {
        match token {
            TokenTree::Punct(punct)
                if operator.is_empty() || punct.spacing() == proc_macro2::Spacing::Joint =>
            {
                operator.insert(0, punct.clone());
            }
            _ => break,
        }
    }
    let written: String = operator.iter().map(proc_macro2::Punct::as_char).collect();
    match (written.as_str(), tokens.last()) {
        (".", _) => Error::new_spanned(
            &operator[0],
            format!(
                "expected a field or method name after `.`; finish the expression, as in `{}`",
                if in_header {
                    "item.name"
                } else {
                    "{item.name}"
                }
            ),
        ),
        ("", Some(last)) => Error::new_spanned(last, format!("{error}; finish the expression")),
        ("", None) => error,
        (_, _) => Error::new_spanned(
            quote!(#(#operator)*),
            format!(
                "expected an expression after `{written}`; finish the expression or remove the `{written}`"
            ),
        ),
    }
}
