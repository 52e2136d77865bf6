//! The `html!` macro of the `vetted` crate. Depend on `vetted` and use `vetted::html!`: this
//! crate's entry point expects the runtime's path as its first token, which `vetted::html!` passes.
//!
//! The pipeline is `expand`: parse (`parse.rs` into `ast.rs`), check (`check/`, every safety
//! decision, into `ir.rs`), generate (`generate.rs`). Where a value may go is decided by the sink
//! table of `vetted-rules`; see `ARCHITECTURE.md` at the repository's root.

extern crate proc_macro;

mod ast;
mod check;
mod derive;
mod diag;
mod elements;
mod generate;
mod ir;
mod parse;
mod recover;
mod trusted;

use proc_macro::TokenStream;
use quote::quote;

use ir::Output;

/// Expands `html!`; called by `vetted::html!` as `html!(($crate) markup...)`.
#[proc_macro]
pub fn html(input: TokenStream) -> TokenStream {
    expand(input.into(), Output::Own).into()
}

/// Expands `lazy!`; called by `vetted::lazy!` as `lazy!(($crate) markup...)`.
#[proc_macro]
pub fn lazy(input: TokenStream) -> TokenStream {
    expand(input.into(), Output::Lazy).into()
}

/// Expands `trusted_url!` and its siblings; called as `trusted!(($crate) kind "literal")`.
#[proc_macro]
pub fn trusted(input: TokenStream) -> TokenStream {
    trusted::expand(input.into()).into()
}

/// Expands `#[derive(vetted::Component)]`: the builder a template's `<Name …>` tag calls.
#[proc_macro_derive(Component, attributes(prop))]
pub fn component(input: TokenStream) -> TokenStream {
    derive::expand(input.into()).into()
}

/// Parse, check, generate. On errors: the errors, then a value of the normal type, so code
/// using the result reports nothing more.
///
/// A syntax error inside a value or a control-flow header, or a start tag missing its `>`, does
/// not stop the parse (`recover.rs`): the rest of the template is still checked, and generated
/// when the check finds nothing, so one mistake gives one error and an editor still sees the
/// template's code.
fn expand(input: proc_macro2::TokenStream, output: Output) -> proc_macro2::TokenStream {
    let krate = krate_of(&input);
    let parsed = syn::parse2::<ast::Template>(input);
    let recovered = recover::take();
    let loose = recovered.loose.iter().map(syn::Error::to_compile_error);
    match parsed.and_then(|template| check::check(template, output)) {
        // The stand-ins in the code report the errors they carry.
        Ok(template) => {
            let code = generate::generate(&template);
            quote! {{ #(#loose)* #code }}
        }
        Err(errors) => {
            let carried = recovered.carried.iter().map(syn::Error::to_compile_error);
            let errors = errors.to_compile_error();
            let placeholder = match output {
                Output::Own => quote!(#krate::__private::buffer(0)),
                Output::Lazy => quote!(#krate::__private::Lazy::new(|_: &mut #krate::Html| {})),
            };
            quote! {{ #(#carried)* #(#loose)* #errors #placeholder }}
        }
    }
}

/// The runtime's path from the `($crate)` group that opens the input.
fn krate_of(input: &proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    match input.clone().into_iter().next() {
        Some(proc_macro2::TokenTree::Group(group)) => group.stream(),
        _ => quote!(::vetted),
    }
}

#[cfg(test)]
mod never_panics;
