//! `trusted_url!` and friends: a trusted value from a literal, checked at compile time with the
//! same rules the runtime applies to values made at run time.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Error, Ident, LitStr, Token, parenthesized};

use crate::shared::{checks, scheme};

pub(crate) struct TrustedLiteral {
    krate: TokenStream,
    kind: Ident,
    literal: LitStr,
}

impl Parse for TrustedLiteral {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let krate;
        parenthesized!(krate in input);
        let krate: TokenStream = krate.parse()?;
        let kind: Ident = input.parse()?;
        let what = kind.to_string();
        let instead = match what.as_str() {
            "url" => "for a URL made at run time, use `vetted::TrustedUrl::new(url)?`",
            "style" => "for a style made at run time, use `vetted::TrustedStyle::new(style)?`",
            "resource_url" => {
                "start from a literal and add run-time parts with `.join(segment)?` or `.with_query(key, value)?`"
            }
            "script" => {
                "pass run-time data to a literal script in a `data-*` attribute or as `vetted::Json`"
            }
            _ => {
                "a style sheet is code: keep it a literal, and pass run-time choices as classes or custom properties"
            }
        };
        let literal = if input.peek(LitStr) {
            input.parse::<LitStr>()?
        } else {
            let span = if input.is_empty() {
                kind.span()
            } else {
                input.cursor().span()
            };
            return Err(Error::new(
                span,
                format!("`trusted_{what}!` takes one string literal; {instead}"),
            ));
        };
        input.parse::<Option<Token![,]>>()?;
        if !input.is_empty() {
            return Err(input.error(format!(
                "`trusted_{what}!` takes one string literal; {instead}"
            )));
        }
        Ok(TrustedLiteral {
            krate,
            kind,
            literal,
        })
    }
}

/// Schemes a literal `trusted_url!` can never have: they run script or carry a document.
const SCRIPT_SCHEMES: &[&str] = &["data", "javascript", "livescript", "vbscript"];

/// The scheme a browser would see in a literal URL: leading spaces and controls dropped, tabs
/// and newlines removed anywhere, lowercased.
pub(crate) fn browser_scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    scheme::has_scheme(&cleaned)
        .then(|| cleaned[..cleaned.find(':').unwrap_or(0)].to_ascii_lowercase())
}

pub(crate) fn expand(input: TrustedLiteral) -> syn::Result<TokenStream> {
    let TrustedLiteral {
        krate,
        kind,
        literal,
    } = input;
    let value = literal.value();
    let (ty, problem) = match kind.to_string().as_str() {
        "url" => (
            quote!(TrustedUrl),
            browser_scheme(&value)
                .filter(|s| SCRIPT_SCHEMES.contains(&s.as_str()))
                .map(|s| format!("`{s}:` URLs cannot be trusted: they run script or carry a whole document; link to an `https:` page instead")),
        ),
        "resource_url" => (
            quote!(TrustedResourceUrl),
            (!scheme::is_safe_resource_literal(&value)).then(|| crate::check::resource_literal_problem(&value)),
        ),
        "script" => (
            quote!(TrustedScript),
            checks::script_breakout(&value).map(|s| {
                format!("`{s}` inside a trusted script would change where the browser ends its `<script>` element; write `\\x3C` for `<` inside JavaScript strings")
            }),
        ),
        "style" => (
            quote!(TrustedStyle),
            checks::style_problem(&value, scheme::is_safe_media_url).map(style_message),
        ),
        "style_sheet" => (
            quote!(TrustedStyleSheet),
            checks::style_sheet_breakout(&value).map(|s| {
                format!("`{s}` inside a trusted style sheet would end its `<style>` element early; write `\\3C` for `<` in CSS strings")
            }),
        ),
        other => return Err(Error::new(kind.span(), format!("unknown trusted type `{other}`"))),
    };
    match problem {
        Some(message) => Err(Error::new(literal.span(), message)),
        None => Ok(quote! { #krate::#ty::__from_checked_literal(#literal) }),
    }
}

/// The message for a style that `checks::style_problem` refused because of `sequence`.
pub(crate) fn style_message(sequence: &str) -> String {
    let (problem, fix) = match sequence {
        "<" => (
            "`<` is not allowed in a style attribute: it could end an enclosing element",
            "move such rules into a style sheet (`vetted::trusted_style_sheet!`)",
        ),
        "\\" => (
            "`\\` is not allowed in a style: CSS escapes can spell what these checks refuse",
            "write the characters themselves",
        ),
        "url(" => (
            "a `url(...)` in this style has a URL the URL policy refuses",
            "use an https, relative or base64 raster `data:image/` URL",
        ),
        "javascript:" => (
            "`javascript:` is not allowed in a style: a `javascript:` URL runs script",
            "use an https or relative `url(...)`",
        ),
        "expression(" => (
            "`expression(` is not allowed in a style: old Internet Explorer runs it as script",
            "compute the value in Rust",
        ),
        "@import" => (
            "`@import` is not allowed in a style: it loads a whole style sheet from elsewhere",
            "use a `<link rel=\"stylesheet\">`",
        ),
        other => (
            if other == "behavior" {
                "`behavior` is not allowed in a style: it binds script to elements"
            } else {
                "`-moz-binding` is not allowed in a style: it binds script to elements"
            },
            "remove it",
        ),
    };
    format!("{problem}; {fix}")
}
