//! Properties: any string, in any context, parses back as exactly that data and adds no markup.
//!
//! Each string is rendered into a template, parsed with html5ever with scripting on and off, and
//! the tree must be the template's with the decoded text or value equal to the input, except
//! for what the HTML standard itself does to U+0000: dropped in text handled by the "in body"
//! rules (ordinary content, MathML text integration points such as `<mi>`), U+FFFD in attribute
//! values, RCDATA (`<title>`, `<textarea>`), raw text and foreign content.

use proptest::prelude::*;
use proptest::sample::select;
use vetted::{display, html};
use vetted_tests::{
    SCRIPTING, body_children, el, el_vec, head_children, nul_in_html_text, nul_replaced, text,
    texts,
};

/// Fragments chosen to break out of some context, mixed with arbitrary characters.
const PIECES: &[&str] = &[
    "\0",
    "\u{1}",
    "\u{1f}",
    "\u{7f}",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\u{c}",
    " ",
    "&",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#13;",
    "&#x3C;",
    "&notin",
    "&nbsp",
    "<",
    ">",
    "<!--",
    "-->",
    "--!>",
    "<!",
    "</",
    "</p",
    "</p>",
    "</title",
    "</title>",
    "</textarea",
    "</TEXTAREA>",
    "</noscript",
    "</noscript>",
    "</script",
    "</style",
    "</svg",
    "</math",
    "</mi>",
    "</text>",
    "<p>",
    "<svg>",
    "<math>",
    "<script>",
    "<img src=x onerror=alert(1)>",
    "\"",
    "'",
    "`",
    "=",
    "/>",
    "\u{a0}",
    "é",
    "🦀",
    "e\u{301}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "\u{fffd}",
    "\u{fffe}",
    "\u{202e}",
    "\u{80}",
    "\u{85}",
    "<![CDATA[",
    "]]>",
];

fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => select(PIECES).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-z ]{1,4}",
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_string_is_text_in_a_paragraph(s in hostile()) {
        let page = html! { <p>{s}</p><p>"a" {s} "b"</p> };
        let data = nul_in_html_text(&s);
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [
                    el_vec("p", &[], texts(&data)),
                    el("p", &[], [text(&format!("a{data}b"))]),
                ],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_display_value_is_text_in_a_paragraph(s in hostile()) {
        let page = html! { <p>{display(&s)}</p> };
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el_vec("p", &[], texts(&nul_in_html_text(&s)))],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_is_one_quoted_attribute_value(s in hostile()) {
        let page = html! { <p title={s} class="k" data-d={display(&s)}></p> };
        let value = nul_replaced(&s);
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el("p", &[("title", &value), ("class", "k"), ("data-d", &value)], [])],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_is_text_in_title(s in hostile()) {
        let page = html! { <title>{s}</title><meta charset="utf-8"> };
        for scripting in SCRIPTING {
            prop_assert_eq!(
                head_children(page.as_str(), scripting),
                [
                    el_vec("title", &[], texts(&nul_replaced(&s))),
                    el("meta", &[("charset", "utf-8")], []),
                ],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_is_text_in_textarea(s in hostile()) {
        let page = html! { <textarea>{s}</textarea><p>"after"</p> };
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [
                    el_vec("textarea", &[], texts(&nul_replaced(&s))),
                    el("p", &[], [text("after")]),
                ],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn nested_html_is_only_text_in_title_and_textarea(s in hostile()) {
        let inner = html! { <textarea>{s}</textarea><title>{s}</title><b title={s}>{s}</b> };
        let page = html! { <title>{inner}</title><textarea>{inner}</textarea><p>"after"</p> };
        // Both show the nested markup itself as their text, and neither ends early.
        let shown = nul_replaced(inner.as_str());
        for scripting in SCRIPTING {
            prop_assert_eq!(
                head_children(page.as_str(), scripting),
                [el("title", &[], [text(&shown)])],
                "scripting {}: {:?}", scripting, page
            );
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el("textarea", &[], [text(&shown)]), el("p", &[], [text("after")])],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_is_text_in_pre_even_with_a_leading_line_feed(s in hostile()) {
        let page = html! { <pre>{s}</pre> };
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el_vec("pre", &[], texts(&nul_in_html_text(&s)))],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_stays_inside_noscript(s in hostile()) {
        let page = html! {
            <div><noscript><p title={s}>{s}</p></noscript><p class="after">"after"</p></div>
        };
        let after = el("p", &[("class", "after")], [text("after")]);
        // Scripting off: the noscript holds the paragraph, with the data intact.
        prop_assert_eq!(
            body_children(page.as_str(), false),
            [el(
                "div",
                &[],
                [
                    el(
                        "noscript",
                        &[],
                        [el_vec("p", &[("title", &nul_replaced(&s))], texts(&nul_in_html_text(&s)))],
                    ),
                    after.clone(),
                ],
            )],
            "{:?}", page
        );
        // Scripting on: its content is raw text, which must run to the template's `</noscript>`.
        let inner = page
            .as_str()
            .strip_prefix("<div><noscript>")
            .and_then(|rest| rest.split_once("</noscript>"))
            .map(|(inner, _)| inner)
            .expect("the template's shape");
        prop_assert_eq!(
            body_children(page.as_str(), true),
            [el("div", &[], [el("noscript", &[], [text(&nul_replaced(inner))]), after])],
            "{:?}", page
        );
    }

    #[test]
    fn any_string_is_text_in_svg(s in hostile()) {
        let page = html! { <svg><text x="1">{s}</text><rect width="1" aria-label={s}/></svg> };
        let data = nul_replaced(&s);
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el(
                    "svg:svg",
                    &[],
                    [
                        el_vec("svg:text", &[("x", "1")], texts(&data)),
                        el("svg:rect", &[("width", "1"), ("aria-label", &data)], []),
                    ],
                )],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_is_text_in_mathml(s in hostile()) {
        let page = html! { <math><mi>{s}</mi><mrow>{s}</mrow><mn title={s}>"1"</mn></math> };
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el(
                    "math:math",
                    &[],
                    [
                        // `<mi>` is a text integration point: its text follows the HTML rules.
                        el_vec("math:mi", &[], texts(&nul_in_html_text(&s))),
                        el_vec("math:mrow", &[], texts(&nul_replaced(&s))),
                        el("math:mn", &[("title", &nul_replaced(&s))], [text("1")]),
                    ],
                )],
                "scripting {}: {:?}", scripting, page
            );
        }
    }

    #[test]
    fn any_string_in_svg_title_and_foreign_object_stays_put(s in hostile()) {
        let page = html! {
            <svg><title>{s}</title><foreignObject><p title={s}>{s}</p></foreignObject></svg>
            <p>"after"</p>
        };
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [
                    el(
                        "svg:svg",
                        &[],
                        [
                            // An HTML integration point: its text follows the HTML rules.
                            el_vec("svg:title", &[], texts(&nul_in_html_text(&s))),
                            el(
                                "svg:foreignObject",
                                &[],
                                [el_vec(
                                    "p",
                                    &[("title", &nul_replaced(&s))],
                                    texts(&nul_in_html_text(&s)),
                                )],
                            ),
                        ],
                    ),
                    el("p", &[], [text("after")]),
                ],
                "scripting {}: {:?}", scripting, page
            );
        }
    }
}
