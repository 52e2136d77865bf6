//! Property tests: for generated templates (any layout, comments between children) and for
//! arbitrary token soup, formatting never panics, keeps every token, keeps the comments, and
//! formatting twice gives what formatting once gives.

use proptest::prelude::*;
use vetted_fmt::{Config, format_source, macro_tokens, tokens};

#[derive(Clone, Debug)]
enum Gen {
    Text(&'static str),
    Splice(&'static str),
    Comment(&'static str),
    Let,
    Element {
        name: &'static str,
        attrs: Vec<&'static str>,
        children: Option<Vec<Gen>>,
    },
    If(Vec<Gen>, Option<Vec<Gen>>),
    For(Vec<Gen>),
    Match(Vec<Gen>, Vec<Gen>),
}

const TEXTS: &[&str] = &[
    "\"text\"",
    "\"\"",
    "\"a longer sentence of text that takes up a good part of a line\"",
    "\"two\nlines\"",
    "r#\"raw \"quoted\"\"#",
];
const SPLICES: &[&str] = &[
    "{x}",
    "{a + b}",
    "{items\n        .iter()\n        .count()}",
    "{f(\"<p>\", 1)}",
    "{ name /* why */ }",
];
const COMMENTS: &[&str] = &[
    "// a line comment\n",
    "/* a block */",
    "/* two\n   lines */",
];
const NAMES: &[&str] = &["div", "p", "span", "ui::Card", "my-el", "Card"];
const VOIDS: &[&str] = &["br", "input", "img"];
const ATTRS: &[&str] = &[
    "class=\"a\"",
    "id={x}",
    "disabled",
    "data-x={1}",
    "href=(\"/u/\" {id} \"/edit\")",
    "..{attrs}",
    "@click=\"go()\"",
    ":class=\"c\"",
    "class:on={on}",
    "hx-on--after-request=\"y()\"",
    "title=\"a long attribute value that takes up a part of the line\"",
    "value={\n    some.call()\n}",
];
const SEPS: &[&str] = &[" ", "\n", "\n\n", "\n            ", "   ", "\n\n\n  "];

fn leaf() -> impl Strategy<Value = Gen> {
    prop_oneof![
        prop::sample::select(TEXTS).prop_map(Gen::Text),
        prop::sample::select(SPLICES).prop_map(Gen::Splice),
        prop::sample::select(COMMENTS).prop_map(Gen::Comment),
        Just(Gen::Let),
        (
            prop::sample::select(VOIDS),
            prop::collection::vec(prop::sample::select(ATTRS), 0..4)
        )
            .prop_map(|(name, attrs)| Gen::Element {
                name,
                attrs,
                children: None
            }),
    ]
}

fn node() -> impl Strategy<Value = Gen> {
    leaf().prop_recursive(4, 48, 5, |inner| {
        let children = prop::collection::vec(inner, 0..5);
        prop_oneof![
            (
                prop::sample::select(NAMES),
                prop::collection::vec(prop::sample::select(ATTRS), 0..6),
                children.clone()
            )
                .prop_map(|(name, attrs, children)| Gen::Element {
                    name,
                    attrs,
                    children: Some(children)
                }),
            (children.clone(), prop::option::of(children.clone()))
                .prop_map(|(then, otherwise)| Gen::If(then, otherwise)),
            children.clone().prop_map(Gen::For),
            (children.clone(), children).prop_map(|(a, b)| Gen::Match(a, b)),
        ]
    })
}

/// Writes `node`, taking the whitespace between pieces from `seps` in turn.
fn render(node: &Gen, seps: &[usize], next: &mut usize, out: &mut String) {
    let sep = |next: &mut usize, out: &mut String| {
        let i = seps.get(*next % seps.len().max(1)).copied().unwrap_or(0);
        *next += 1;
        out.push_str(SEPS[i % SEPS.len()]);
    };
    let list = |children: &[Gen], next: &mut usize, out: &mut String| {
        for child in children {
            let i = seps.get(*next % seps.len().max(1)).copied().unwrap_or(0);
            *next += 1;
            out.push_str(SEPS[i % SEPS.len()]);
            render(child, seps, next, out);
        }
        out.push(' ');
    };
    match node {
        Gen::Text(text) => out.push_str(text),
        Gen::Splice(splice) => out.push_str(splice),
        Gen::Comment(comment) => out.push_str(comment),
        Gen::Let => out.push_str("@let y = x + 1;"),
        Gen::Element {
            name,
            attrs,
            children,
        } => {
            out.push('<');
            out.push_str(name);
            for attr in attrs {
                sep(next, out);
                out.push_str(attr);
            }
            match children {
                None if name.starts_with(char::is_uppercase) || *name == "my-el" => {
                    out.push_str("/>")
                }
                None => out.push('>'),
                Some(children) => {
                    out.push('>');
                    list(children, next, out);
                    out.push_str("</");
                    out.push_str(name);
                    out.push('>');
                }
            }
        }
        Gen::If(then, otherwise) => {
            out.push_str("@if let Some(S { a }) = x.get(1) {");
            list(then, next, out);
            out.push('}');
            if let Some(otherwise) = otherwise {
                sep(next, out);
                out.push_str("@else if a > 1 {");
                list(otherwise, next, out);
                out.push_str("} @else {");
                list(otherwise, next, out);
                out.push('}');
            }
        }
        Gen::For(body) => {
            out.push_str("@for (i, x) in xs.iter().enumerate() {");
            list(body, next, out);
            out.push('}');
        }
        Gen::Match(a, b) => {
            out.push_str("@match v {");
            sep(next, out);
            out.push_str("Some(1) | None => {");
            list(a, next, out);
            out.push('}');
            sep(next, out);
            out.push_str("_ if v.is_some() => {");
            list(b, next, out);
            out.push_str("},");
            out.push('}');
        }
    }
}

fn file(body: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    format!("fn page() -> Html {{\n{pad}let page = html! {{{body}}};\n{pad}page\n}}\n")
}

fn check(src: &str, width: usize) -> Result<(), TestCaseError> {
    let config = Config { max_width: width };
    let once =
        format_source(src, &config).map_err(|e| TestCaseError::fail(format!("{e}\n{src}")))?;
    prop_assert!(once.notes.is_empty(), "{:?}\n{}", once.notes, src);
    prop_assert_eq!(tokens(src), tokens(&once.text));
    prop_assert_eq!(macro_tokens(src), macro_tokens(&once.text));
    prop_assert_eq!(
        src.matches("//").count() + src.matches("/*").count(),
        once.text.matches("//").count() + once.text.matches("/*").count()
    );
    let twice =
        format_source(&once.text, &config).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&twice.text, &once.text, "not idempotent; input:\n{}", src);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_templates_keep_tokens_and_are_idempotent(
        nodes in prop::collection::vec(node(), 0..6),
        seps in prop::collection::vec(0usize..SEPS.len(), 1..40),
        indent in 0usize..12,
        width in prop::sample::select(vec![40usize, 80, 100]),
    ) {
        let mut body = String::new();
        let mut next = 0;
        for node in &nodes {
            let i = seps[next % seps.len()];
            next += 1;
            body.push_str(SEPS[i]);
            render(node, &seps, &mut next, &mut body);
        }
        body.push(' ');
        check(&file(&body, indent), width)?;
    }

    #[test]
    fn token_soup_never_panics_and_keeps_tokens(
        words in prop::collection::vec(prop::sample::select(vec![
            "<", ">", "/", "div", "p", "\"t\"", "{x}", "@", "if", "else", "for", "in", "match",
            "let", "=>", "=", ";", "{", "}", "-", ":", ".", "..", "// c\n", "/* c */", " ",
            "\n", "x", "br", "(", ")", ",", "_", "\"\n\"",
        ]), 0..40),
    ) {
        let body: String = words.concat();
        let src = file(&body, 4);
        if let Ok(once) = format_source(&src, &Config::default()) {
            prop_assert_eq!(tokens(&src), tokens(&once.text));
            let twice = format_source(&once.text, &Config::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&twice.text, &once.text, "not idempotent; input:\n{}", src);
        }
    }
}
