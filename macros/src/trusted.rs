//! `trusted_url!` and friends: a trusted value from a literal, checked at compile time with the
//! same rules the runtime applies to values made at run time.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::{ParseStream, Parser};
use syn::{Error, Ident, LitStr, Token, parenthesized};
use vetted_rules::{code, url};

use crate::check::literal::{resource_literal_problem, rewritten_problem, style_message};

/// The trusted types a literal macro makes.
#[derive(Clone, Copy)]
enum Kind {
    Url,
    ResourceUrl,
    Script,
    Style,
    StyleSheet,
}

impl Kind {
    fn of(ident: &Ident) -> syn::Result<Kind> {
        Ok(match ident.to_string().as_str() {
            "url" => Kind::Url,
            "resource_url" => Kind::ResourceUrl,
            "script" => Kind::Script,
            "style" => Kind::Style,
            "style_sheet" => Kind::StyleSheet,
            other => {
                return Err(Error::new(
                    ident.span(),
                    format!("unknown trusted type `{other}`"),
                ));
            }
        })
    }

    fn ty(self) -> TokenStream {
        match self {
            Kind::Url => quote!(TrustedUrl),
            Kind::ResourceUrl => quote!(TrustedResourceUrl),
            Kind::Script => quote!(TrustedScript),
            Kind::Style => quote!(TrustedStyle),
            Kind::StyleSheet => quote!(TrustedStyleSheet),
        }
    }

    /// The macro's name without `trusted_`.
    fn name(self) -> &'static str {
        match self {
            Kind::Url => "url",
            Kind::ResourceUrl => "resource_url",
            Kind::Script => "script",
            Kind::Style => "style",
            Kind::StyleSheet => "style_sheet",
        }
    }

    /// What to use instead of a value that is not one literal.
    fn instead(self) -> &'static str {
        match self {
            Kind::Url => "for a URL made at run time, use `vetted::TrustedUrl::new(url)?`",
            Kind::Style => "for a style made at run time, use `vetted::TrustedStyle::new(style)?`",
            Kind::ResourceUrl => {
                "start from a literal and add run-time parts with `.join(segment)?` or `.with_query(key, value)?`"
            }
            Kind::Script => {
                "pass run-time data to a literal script in a `data-*` attribute or as `vetted::Json`"
            }
            Kind::StyleSheet => {
                "a style sheet is code: keep it a literal, and pass run-time choices as classes or custom properties"
            }
        }
    }

    /// Why `value` cannot be this trusted type, or `None` when it can.
    fn problem(self, value: &str) -> Option<String> {
        match self {
            Kind::Url => (!url::is_trusted_url_literal(value)).then(|| {
                let scheme = url::browser_scheme(value).unwrap_or_default();
                match url::rewritten_by_browsers(value) {
                    Some(found) if !url::SCRIPT_SCHEMES.contains(&scheme.as_str()) => {
                        rewritten_problem(value, found)
                    }
                    _ => format!("`{scheme}:` URLs cannot be trusted: they run script or carry a whole document; link to an `https:` page instead"),
                }
            }),
            Kind::ResourceUrl => (!url::is_safe_resource_literal(value))
                .then(|| resource_literal_problem(value)),
            Kind::Script => code::script_breakout(value).map(|sequence| {
                let ends = if sequence == "</noscript" {
                    "an enclosing `<noscript>` (raw text while scripting is on)"
                } else {
                    "its `<script>` element"
                };
                format!("`{sequence}` inside a trusted script would change where the browser ends {ends}; write `\\x3C` for `<` inside JavaScript strings")
            }).or_else(|| code::script_open_end(value).map(|sequence| {
                format!("a trusted script cannot end in the start of `{sequence}`: the text written after it could complete it and end its `<script>` element early; write `\\x3C` for `<` inside JavaScript strings")
            })),
            Kind::Style => code::style_problem(value, url::is_safe_media_url).map(style_message),
            Kind::StyleSheet => code::style_sheet_breakout(value).map(|sequence| {
                let ends = if sequence == "</noscript" {
                    "an enclosing `<noscript>` (raw text while scripting is on)"
                } else {
                    "its `<style>` element"
                };
                format!("`{sequence}` inside a trusted style sheet would end {ends} early; write `\\3C` for `<` in CSS strings")
            }).or_else(|| code::style_sheet_open_end(value).map(|sequence| {
                format!("a trusted style sheet cannot end in the start of `{sequence}`: the text written after it could complete it and end its `<style>` element early; write `\\3C` for `<` in CSS strings")
            })),
        }
    }

    /// A literal every check of this kind accepts, for the placeholder written after an error.
    fn placeholder(self) -> &'static str {
        match self {
            Kind::ResourceUrl => "#",
            Kind::Url | Kind::Script | Kind::Style | Kind::StyleSheet => "",
        }
    }
}

/// Expands `trusted!(($crate) kind "literal")`. On an error: the error, then a value of the
/// type, so code using the result reports nothing more and editors still know its type.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut head = None;
    let parsed = (|input: ParseStream<'_>| {
        let krate;
        parenthesized!(krate in input);
        let krate: TokenStream = krate.parse()?;
        let ident: Ident = input.parse()?;
        let kind = Kind::of(&ident)?;
        head = Some((krate, kind));
        literal(input, kind, ident.span())
    })
    .parse2(input);
    let Some((krate, kind)) = head else {
        return parsed.map_or_else(|error| error.to_compile_error(), |_| TokenStream::new());
    };
    let ty = kind.ty();
    let checked = parsed.and_then(|literal| match kind.problem(&literal.value()) {
        Some(message) => Err(Error::new(literal.span(), message)),
        None => Ok(literal),
    });
    let (error, literal) = match checked {
        Ok(literal) => (TokenStream::new(), quote!(#literal)),
        Err(error) => {
            let placeholder = kind.placeholder();
            (error.to_compile_error(), quote!(#placeholder))
        }
    };
    // The literal becomes a constant of a type of its own, which the constructor takes: only
    // text written into the program can become a trusted value this way.
    let holder = proc_macro2::Ident::new("__VettedLiteral", Span::mixed_site());
    quote! {{
        #error
        struct #holder;
        impl #krate::__private::StaticLiteral for #holder {
            const TEXT: &'static str = #literal;
        }
        #krate::#ty::__from_literal::<#holder>()
    }}
}

/// The one string literal that follows the kind.
fn literal(input: ParseStream<'_>, kind: Kind, kind_span: Span) -> syn::Result<LitStr> {
    let message = format!(
        "`trusted_{}!` takes one string literal; {}",
        kind.name(),
        kind.instead()
    );
    if !input.peek(LitStr) {
        let span = if input.is_empty() {
            kind_span
        } else {
            input.cursor().span()
        };
        return Err(Error::new(span, message));
    }
    let literal: LitStr = input.parse()?;
    input.parse::<Option<Token![,]>>()?;
    if !input.is_empty() {
        return Err(input.error(message));
    }
    Ok(literal)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::{Kind, expand};

    const KINDS: [Kind; 5] = [
        Kind::Url,
        Kind::ResourceUrl,
        Kind::Script,
        Kind::Style,
        Kind::StyleSheet,
    ];

    /// The value written after an error is one the type's own check accepts.
    #[test]
    fn placeholders_pass_their_checks() {
        for kind in KINDS {
            assert_eq!(kind.problem(kind.placeholder()), None, "{}", kind.name());
        }
    }

    /// A refused or missing literal expands to the error and a value of the macro's type, so
    /// code using the result reports nothing more and editors keep its type.
    #[test]
    fn errors_come_with_a_value_of_the_type() {
        for input in [
            quote!((::vetted) url "javascript:alert(1)"),
            quote!((::vetted) url),
            quote!((::vetted) url "/a", "/b"),
        ] {
            let expansion = expand(input).to_string();
            assert!(expansion.contains("compile_error"), "{expansion}");
            assert!(
                expansion.contains("const TEXT : & 'static str = \"\" ;"),
                "{expansion}"
            );
            assert!(
                expansion.contains(":: vetted :: TrustedUrl :: __from_literal :: <"),
                "{expansion}"
            );
            assert!(!expansion.contains("alert"), "{expansion}");
        }
        let unknown = expand(quote!((::vetted) html "x")).to_string();
        assert!(unknown.contains("unknown trusted type"), "{unknown}");
        assert!(!unknown.contains("__from_checked_literal"), "{unknown}");
    }
}
