//! `#[derive(Component)]`: how a template builds a component from the props it was given.
//!
//! A tag `<Card title={t}>…</Card>` expands to
//! `Card::__vetted_props().title(t).children(…).__vetted_build()`. The derive writes that
//! builder: one slot per field, `__NameUnset` while unset and `[value]` once set, so the build step
//! knows at compile time which props were given. A required slot must be set (a trait per
//! required field, whose `on_unimplemented` message names the prop); an optional one (an
//! `Option<T>` field, or one marked `#[prop(default)]` / `#[prop(default = expr)]`) takes its
//! default when unset. Everything is moved once, straight into the struct: no allocation, no
//! run-time check.
//!
//! The output names nothing outside `core`, so it does not depend on the name the runtime
//! crate is used under.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::{Fields, GenericParam, Ident, ItemStruct, Type};

/// The derive's output, or the errors that explain why there is none.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let item = match syn::parse2::<syn::Item>(input) {
        Ok(syn::Item::Struct(item)) => Ok(item),
        Ok(item) => Err(syn::Error::new_spanned(
            item_keyword(&item),
            "a component is a struct whose named fields are its props; derive `Component` on a struct",
        )),
        Err(error) => Err(error),
    };
    match item.and_then(|item| derive(&item)) {
        Ok(tokens) => tokens,
        Err(errors) => errors.to_compile_error(),
    }
}

/// What a field's `#[prop(…)]` attributes say.
enum Fallback {
    /// No default: the template must pass the prop.
    Required,
    /// `Option<T>`: `None` when the prop is left out.
    None,
    /// `#[prop(default)]`: `Default::default()`.
    Trait,
    /// `#[prop(default = expr)]`.
    Expr(Box<syn::Expr>),
}

struct Prop<'a> {
    field: &'a syn::Field,
    name: &'a Ident,
    /// The builder's type parameter holding this prop's slot.
    slot: Ident,
    default: Fallback,
}

/// The keyword that says what kind of item `item` is, for the error on it.
fn item_keyword(item: &syn::Item) -> TokenStream {
    match item {
        syn::Item::Enum(item) => {
            let token = &item.enum_token;
            quote!(#token)
        }
        syn::Item::Union(item) => {
            let token = &item.union_token;
            quote!(#token)
        }
        other => quote!(#other),
    }
}

fn derive(input: &ItemStruct) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let fields = match &input.fields {
        Fields::Named(fields) => fields.named.iter().collect::<Vec<_>>(),
        Fields::Unit => Vec::new(),
        Fields::Unnamed(_) => {
            return Err(syn::Error::new(
                name.span(),
                format!(
                    "a component's props are named fields; give `{name}` named fields, as in `struct {name} {{ title: String }}`"
                ),
            ));
        }
    };
    let mut errors = Vec::new();
    let props: Vec<Prop<'_>> = fields
        .iter()
        .filter_map(|field| {
            let name = field.ident.as_ref()?;
            let default = match prop_default(field) {
                Ok(default) => default,
                Err(error) => {
                    errors.push(error);
                    Fallback::Required
                }
            };
            Some(Prop {
                field,
                name,
                slot: format_ident!("__{}", name.to_string().trim_start_matches("r#")),
                default,
            })
        })
        .collect();
    if let Some(mut error) = errors.pop() {
        for other in errors {
            error.combine(other);
        }
        return Err(error);
    }
    Ok(builder(input, &props))
}

/// The field's default, from its `#[prop(…)]` attributes or its type.
fn prop_default(field: &syn::Field) -> syn::Result<Fallback> {
    let mut default = None;
    for attr in field
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("prop"))
    {
        attr.parse_nested_meta(|meta| {
            if !meta.path.is_ident("default") {
                return Err(meta.error(
                    "unknown prop option; write `#[prop(default)]` or `#[prop(default = expr)]`",
                ));
            }
            if default.is_some() {
                return Err(meta.error("the prop's default is given twice; keep one"));
            }
            default = Some(if meta.input.peek(syn::Token![=]) {
                Fallback::Expr(Box::new(meta.value()?.parse()?))
            } else {
                Fallback::Trait
            });
            Ok(())
        })?;
    }
    Ok(default.unwrap_or_else(|| {
        if is_option(&field.ty) {
            Fallback::None
        } else {
            Fallback::Required
        }
    }))
}

/// `Option<T>`, written as `Option`, `core::option::Option` or `std::option::Option`.
fn is_option(ty: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    if path.qself.is_some() {
        return false;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let last = path.path.segments.last();
    let one_arg = last.is_some_and(|last| {
        matches!(&last.arguments, syn::PathArguments::AngleBracketed(args) if args.args.len() == 1)
    });
    one_arg
        && matches!(
            segments.iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["Option"] | ["core" | "std", "option", "Option"]
        )
}

fn builder(input: &ItemStruct, props: &[Prop<'_>]) -> TokenStream {
    let name = &input.ident;
    let vis = &input.vis;
    let props_type = format_ident!("__{}Props", name);
    let slot_trait = format_ident!("__{}Slot", name);
    let unset_type = format_ident!("__{}Unset", name);

    // The struct's parameters without bounds or defaults, for the builder's definition, and
    // with their bounds, for the impls (whose types must be well-formed).
    let written = |form: ParamForm| -> Vec<TokenStream> {
        input
            .generics
            .params
            .iter()
            .map(|param| written_param(param, form))
            .collect()
    };
    let params = written(ParamForm::Definition);
    let args = written(ParamForm::Use);
    let bounded = written(ParamForm::Bounded);
    let where_clause = &input.generics.where_clause;
    // Lifetimes and types of the struct, so the builder uses each of its parameters.
    let marker: Vec<TokenStream> = input
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Lifetime(lt) => {
                let lt = &lt.lifetime;
                Some(quote!(&#lt ()))
            }
            GenericParam::Type(ty) => {
                let ident = &ty.ident;
                Some(quote!(#ident))
            }
            GenericParam::Const(_) => None,
        })
        .collect();
    let slots: Vec<&Ident> = props.iter().map(|prop| &prop.slot).collect();
    let unset: Vec<&Ident> = props.iter().map(|_| &unset_type).collect();
    let unset_values = &unset;

    let setters = props.iter().enumerate().map(|(index, prop)| {
        let (field, ty, setter_vis) = (prop.name, &prop.field.ty, &prop.field.vis);
        let bindings: Vec<Ident> = (0..props.len())
            .map(|i| format_ident!("__slot{}", i))
            .collect();
        let kept = bindings.iter().enumerate().map(|(i, binding)| {
            if i == index {
                quote!(_)
            } else {
                quote!(#binding)
            }
        });
        let rebuilt = bindings.iter().enumerate().map(|(i, binding)| {
            if i == index {
                quote!([#field])
            } else {
                quote!(#binding)
            }
        });
        let state = slots.iter().enumerate().map(|(i, slot)| {
            if i == index {
                quote!([#ty; 1])
            } else {
                quote!(#slot)
            }
        });
        quote! {
            #[inline]
            #setter_vis fn #field(self, #field: #ty) -> #props_type<#(#args,)* #(#state),*> {
                let (#(#kept,)*) = self.__slots;
                #props_type { __slots: (#(#rebuilt,)*), __marker: ::core::marker::PhantomData }
            }
        }
    });

    let mut needs = Vec::new();
    let mut bounds = Vec::new();
    let mut values = Vec::new();
    for (index, prop) in props.iter().enumerate() {
        let (field, ty, slot) = (prop.name, &prop.field.ty, &prop.slot);
        let binding = format_ident!("__slot{}", index);
        let value = match &prop.default {
            Fallback::Required => {
                let needs_trait = format_ident!(
                    "__{}Needs_{}",
                    name,
                    slot.to_string().trim_start_matches("__"),
                    span = field.span()
                );
                let prop_name = field.to_string();
                let prop_name = prop_name.trim_start_matches("r#");
                let (message, label) = if prop_name == "children" {
                    (
                        format!("`<{name}>` needs children"),
                        format!("write them between `<{name}>` and `</{name}>`"),
                    )
                } else {
                    (
                        format!("`<{name}>` is missing the prop `{prop_name}`"),
                        format!("`<{name}>` needs `{prop_name}={{...}}`"),
                    )
                };
                let note = format!(
                    "`{prop_name}` is required: only `Option` fields and fields marked `#[prop(default)]` may be left out"
                );
                let span = field.span();
                needs.push(quote! {
                    #[doc(hidden)]
                    #[allow(non_camel_case_types)]
                    #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                    #vis trait #needs_trait<T> {
                        fn __vetted_take(self) -> T;
                    }
                    #[diagnostic::do_not_recommend]
                    impl<T> #needs_trait<T> for [T; 1] {
                        #[inline]
                        fn __vetted_take(self) -> T {
                            let [value] = self;
                            value
                        }
                    }
                });
                let slot = Ident::new(&slot.to_string(), span);
                bounds.push(quote_spanned!(span=> #slot: #needs_trait<#ty>));
                quote!(#needs_trait::__vetted_take(#binding))
            }
            default => {
                let default = match default {
                    Fallback::None => quote!(::core::option::Option::None),
                    Fallback::Trait => quote!(::core::default::Default::default()),
                    Fallback::Expr(expr) => quote!(#expr),
                    Fallback::Required => quote!(),
                };
                bounds.push(quote!(#slot: #slot_trait<#ty>));
                quote!(#slot_trait::__vetted_or(#binding, || #default))
            }
        };
        values.push(quote!(#field: #value));
    }
    let bindings = (0..props.len()).map(|i| format_ident!("__slot{}", i));
    let extra_where = where_clause
        .as_ref()
        .map(|clause| {
            let predicates = &clause.predicates;
            quote!(#predicates,)
        })
        .unwrap_or_default();
    let slot_helper = props
        .iter()
        .any(|prop| !matches!(prop.default, Fallback::Required))
        .then(|| {
            quote! {
                #[doc(hidden)]
                #vis trait #slot_trait<T> {
                    fn __vetted_or(self, default: impl ::core::ops::FnOnce() -> T) -> T;
                }
                impl<T> #slot_trait<T> for #unset_type {
                    #[inline]
                    fn __vetted_or(self, default: impl ::core::ops::FnOnce() -> T) -> T {
                        default()
                    }
                }
                impl<T> #slot_trait<T> for [T; 1] {
                    #[inline]
                    fn __vetted_or(self, _: impl ::core::ops::FnOnce() -> T) -> T {
                        let [value] = self;
                        value
                    }
                }
            }
        });

    quote! {
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #vis struct #unset_type;

        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #vis struct #props_type<#(#params,)* #(#slots),*> {
            __slots: (#(#slots,)*),
            __marker: ::core::marker::PhantomData<fn() -> (#(#marker,)*)>,
        }

        #slot_helper
        #(#needs)*

        #[allow(dead_code)]
        impl<#(#bounded),*> #name<#(#args),*> #where_clause {
            #[doc(hidden)]
            #[inline]
            #vis fn __vetted_props() -> #props_type<#(#args,)* #(#unset),*> {
                #props_type { __slots: (#(#unset_values,)*), __marker: ::core::marker::PhantomData }
            }
        }

        #[allow(dead_code, non_camel_case_types, clippy::type_complexity)]
        impl<#(#bounded,)* #(#slots),*> #props_type<#(#args,)* #(#slots),*> #where_clause {
            #(#setters)*

            #[doc(hidden)]
            #[inline]
            #vis fn __vetted_build(self) -> #name<#(#args),*>
            where
                #extra_where
                #(#bounds,)*
            {
                let (#(#bindings,)*) = self.__slots;
                #name { #(#values,)* }
            }
        }
    }
}

/// Where a generic parameter of the struct is written in the derive's output.
#[derive(Clone, Copy)]
enum ParamForm {
    /// In the builder's definition: no bounds (`'a`, `T`, `const N: usize`).
    Definition,
    /// As an argument: the name only (`'a`, `T`, `N`).
    Use,
    /// In an impl's parameters: with the struct's bounds.
    Bounded,
}

/// `param` as `form` writes it.
fn written_param(param: &GenericParam, form: ParamForm) -> TokenStream {
    match (param, form) {
        (GenericParam::Lifetime(lt), ParamForm::Bounded) => quote!(#lt),
        (GenericParam::Lifetime(lt), _) => {
            let lt = &lt.lifetime;
            quote!(#lt)
        }
        (GenericParam::Type(ty), ParamForm::Bounded) if !ty.bounds.is_empty() => {
            let (ident, bounds) = (&ty.ident, &ty.bounds);
            quote!(#ident: #bounds)
        }
        (GenericParam::Type(ty), _) => {
            let ident = &ty.ident;
            quote!(#ident)
        }
        (GenericParam::Const(c), ParamForm::Use) => {
            let ident = &c.ident;
            quote!(#ident)
        }
        (GenericParam::Const(c), _) => {
            let (ident, ty) = (&c.ident, &c.ty);
            quote!(const #ident: #ty)
        }
    }
}
