//! The `html!` macro of the `vetted` crate. Depend on `vetted` and use `vetted::html!`: this
//! crate's entry point expects the runtime's path as its first token, which `vetted::html!` passes.

extern crate alloc;
extern crate proc_macro;

mod ast;
mod check;
mod diag;
mod generate;
mod ir;
mod parse;
mod rules;
mod shared {
    //! Files shared with the runtime, so both sides apply the same rules with the same code.
    #[allow(dead_code, unreachable_pub)]
    pub(crate) mod checks;
    #[allow(dead_code, unreachable_pub)]
    pub(crate) mod scheme;
    #[allow(dead_code, unreachable_pub)]
    pub(crate) mod table;
}
mod trusted;

use proc_macro::TokenStream;
use quote::quote;

/// Expands `html!`; called by `vetted::html!` as `html!(($crate) markup...)`.
#[proc_macro]
pub fn html(input: TokenStream) -> TokenStream {
    expand(input.into()).into()
}

/// Expands `trusted_url!` and its siblings; called as `trusted!(($crate) kind "literal")`.
#[proc_macro]
pub fn trusted(input: TokenStream) -> TokenStream {
    match syn::parse2(input.into()).and_then(trusted::expand) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// Expands `lazy!`; called by `vetted::lazy!` as `lazy!(($crate) markup...)`.
#[proc_macro]
pub fn lazy(input: TokenStream) -> TokenStream {
    let input: proc_macro2::TokenStream = input.into();
    let krate = krate_of(&input);
    match syn::parse2::<ast::Template>(input).and_then(check::check_lazy) {
        Ok(template) => generate::generate_lazy(&template).into(),
        Err(errors) => {
            let errors = errors.to_compile_error();
            quote! {{ #errors #krate::__private::Lazy::new(|_: &mut #krate::Html| {}) }}.into()
        }
    }
}

fn expand(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let krate = krate_of(&input);
    match syn::parse2::<ast::Template>(input).and_then(check::check) {
        Ok(template) => generate::generate(&template),
        // The errors, then a value of the normal type, so code using the result reports nothing more.
        Err(errors) => {
            let errors = errors.to_compile_error();
            quote! {{ #errors #krate::__private::buffer(0) }}
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
