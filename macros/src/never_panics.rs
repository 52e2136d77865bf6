//! The macro's entry points on random input: every token stream gives tokens (code or
//! `compile_error!`s), never a panic, whatever names, literals and punctuation it holds.

use std::str::FromStr as _;

use proc_macro2::TokenStream;
use proptest::prelude::*;

use crate::ir::Output;

/// Pieces of templates, well-formed and not: tags, names with every separator and non-ASCII
/// letters, literals of every kind, splices, control flow, punctuation.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "<",
        ">",
        "</",
        "/>",
        "/",
        "=",
        "<!--",
        "-->",
        "<!DOCTYPE html>",
        "..",
        "@",
        ":",
        "::",
        ".",
        "#",
        "-",
        "--",
        "{x}",
        "{}",
        "{ x + }",
        "(\"/a/\" {x})",
        "(\"\" {x} \"\")",
        "@if x",
        "@else",
        "@for x in y",
        "@while x",
        "@match x",
        "@let x = 1;",
        "@nonce = n;",
        "{ <p> }",
        "=>",
        "_",
        "true",
        "false",
        "1",
        "1.5",
        "'c'",
        "b\"x\"",
        "r#\"a\"#",
        "div",
        "p",
        "a",
        "script",
        "style",
        "title",
        "textarea",
        "svg",
        "math",
        "annotation-xml",
        "foreignObject",
        "noscript",
        "iframe",
        "form",
        "meta",
        "base",
        "link",
        "template",
        "Card",
        "ui::Card",
        "href",
        "src",
        "srcset",
        "style",
        "onclick",
        "class",
        "class:x",
        "csrf",
        "nonce",
        "http-equiv",
        "content",
        "hx-post",
        "hx-on",
        "x-data",
        "type",
        "abcdeé",
        "é",
        "ünïcödé",
        "\"\"",
        "\"</script>\"",
        "\"<!--\"",
        "\"javascript:x\"",
        "\"0;ab€\"",
        "\"0 €\"",
        "\"€€€€€\"",
        "\"refresh\"",
        "\"application/json\"",
        "\"{\\\"a\\\":1}\"",
        "\"{\\\"é\\\": [1,\\n 2,]}\"",
        "\"[1e400, \\\"\\\\ud800\\\"]\"",
        "\"\\u{0}\"",
        "\"a\\nb\"",
        "\"\\\\\"",
        "'",
        "$",
        "?",
        "!",
        ";",
        ",",
        "%",
        "&",
        "*",
        "+",
        "|",
        "^",
        "~",
    ])
    .prop_map(str::to_owned);
    let literal = "\\PC{0,12}".prop_map(|text: String| format!("{text:?}"));
    let name = "[a-zA-Z_\u{e9}\u{20ac}][a-zA-Z0-9_\u{e9}-]{0,12}";
    prop_oneof![6 => fixed, 2 => literal, 2 => name]
}

/// A token soup: pieces in any order.
fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.join(" "))
}

/// An attribute: a name (known, random, non-ASCII, prefixed like a class toggle or a
/// library's shorthand) and any kind of value.
fn attribute() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        prop::sample::select(vec![
            "href",
            "src",
            "srcset",
            "ping",
            "style",
            "onclick",
            "class",
            "id",
            "title",
            "csrf",
            "nonce",
            "content",
            "http-equiv",
            "type",
            "encoding",
            "rel",
            "action",
            "method",
            "formaction",
            "hx-post",
            "hx-get",
            "hx-on:click",
            "hx-vals",
            "hx-nonce",
            "x-data",
            "@click",
            ":class",
            "data-bind",
            "_",
            "srcdoc",
            "values",
            "attributeName",
        ])
        .prop_map(str::to_owned),
        "(class:|x-|hx-|data-|@|:)?[a-zA-Z\u{e9}\u{20ac}][a-zA-Z0-9\u{e9}\u{20ac}_.:-]{0,10}",
    ];
    let value = prop_oneof![
        Just(String::new()),
        "\\PC{0,12}".prop_map(|text: String| format!("={text:?}")),
        Just("={x}".to_owned()),
        Just("=(\"/a/\" {x})".to_owned()),
        "\\PC{0,8}".prop_map(|text: String| format!("=({text:?} {{x}} {text:?})")),
        Just("=true".to_owned()),
        Just("=false".to_owned()),
    ];
    (name, value).prop_map(|(name, value)| format!("{name}{value}"))
}

/// A tree of elements with attributes, text, values and stray pieces.
fn tree() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "div",
        "p",
        "a",
        "img",
        "script",
        "style",
        "title",
        "textarea",
        "svg",
        "math",
        "mi",
        "annotation-xml",
        "foreignObject",
        "noscript",
        "iframe",
        "form",
        "meta",
        "base",
        "link",
        "template",
        "button",
        "input",
        "br",
        "use",
        "animate",
        "Card",
        "my-el",
    ]);
    let leaf = prop_oneof![
        "\\PC{0,12}".prop_map(|text: String| format!("{text:?}")),
        Just("{x}".to_owned()),
        piece(),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        (
            tag.clone(),
            prop::collection::vec(attribute(), 0..5),
            prop::collection::vec(inner, 0..5),
            any::<bool>(),
        )
            .prop_map(|(tag, attributes, children, closed)| {
                let close = if closed {
                    format!("</{tag}>")
                } else {
                    String::new()
                };
                format!(
                    "<{tag} {}>{}{close}",
                    attributes.join(" "),
                    children.join(" ")
                )
            })
    })
}

fn template() -> impl Strategy<Value = String> {
    prop_oneof![soup(), tree()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_macros_never_panic_on_any_input(markup in template()) {
        // Text that does not lex as Rust is rejected by the compiler before any macro runs.
        if let Ok(markup) = TokenStream::from_str(&markup) {
            let input = quote::quote!((::vetted) #markup);
            let _ = crate::expand(input.clone(), Output::Own);
            let _ = crate::expand(input, Output::Lazy);
            let _ = crate::trusted::expand(quote::quote!((::vetted) url #markup));
            let _ = crate::trusted::expand(quote::quote!((::vetted) style #markup));
        }
    }
}
