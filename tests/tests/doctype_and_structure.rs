//! The doctype, void and self-closing elements, foreign (SVG, MathML) and custom elements.

use vetted::html;
use vetted_tests::{
    SCRIPTING, Tree, assert_body, assert_head, body_children, el, names, parse_document, text,
};

#[test]
fn writes_the_doctype_first() {
    let title = "T";
    let page = html! {
        <!DOCTYPE html>
        <html lang="en">
            <head><meta charset="utf-8"><title>{title}</title></head>
            <body><p>"x"</p></body>
        </html>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head>"#,
            "<body><p>x</p></body></html>"
        )
    );
    for scripting in [true, false] {
        assert_eq!(
            parse_document(page.as_str(), scripting),
            [
                Tree::Doctype("html".into()),
                el(
                    "html",
                    &[("lang", "en")],
                    [
                        el(
                            "head",
                            &[],
                            [
                                el("meta", &[("charset", "utf-8")], []),
                                el("title", &[], [text("T")]),
                            ],
                        ),
                        el("body", &[], [el("p", &[], [text("x")])]),
                    ],
                ),
            ]
        );
    }
}

#[test]
fn normalises_the_doctype_spelling() {
    assert_eq!(html! { <!doctype html> }.as_str(), "<!DOCTYPE html>");
    assert_eq!(html! { <!DocType HTML> }.as_str(), "<!DOCTYPE html>");
}

#[test]
fn void_elements_with_or_without_slash_emit_no_slash_and_no_close_tag() {
    assert_eq!(html! { <br> }.as_str(), "<br>");
    assert_eq!(html! { <br/> }.as_str(), "<br>");
    assert_eq!(
        html! { <hr/><img src="a.png" alt=""/><input value="v"><wbr/> }.as_str(),
        r#"<hr><img src="a.png" alt=""><input value="v"><wbr>"#
    );
}

#[test]
fn every_void_element_is_written_without_a_close_tag() {
    let page = html! {
        <area>
        <base>
        <br>
        <col>
        <embed>
        <hr>
        <img>
        <input>
        <link>
        <meta>
        <source>
        <track>
        <wbr>
    };
    assert_eq!(
        page.as_str(),
        "<area><base><br><col><embed><hr><img><input><link><meta><source><track><wbr>"
    );
}

#[test]
fn void_element_does_not_swallow_its_siblings() {
    let page = html! { <p>"a" <br/> "b" <img alt="i"> "c"</p> };
    assert_body(
        page.as_str(),
        &[el(
            "p",
            &[],
            [
                text("a"),
                el("br", &[], []),
                text("b"),
                el("img", &[("alt", "i")], []),
                text("c"),
            ],
        )],
    );
}

#[test]
fn svg_children_keep_their_self_closing_slash() {
    let page = html! { <svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><circle r="1"/></svg> };
    assert_eq!(
        page.as_str(),
        r#"<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><circle r="1"/></svg>"#
    );
    // Each self-closed element really closed: the circle is the path's sibling, not its child.
    assert_body(
        page.as_str(),
        &[el(
            "svg:svg",
            &[("viewBox", "0 0 10 10")],
            [
                el("svg:path", &[("d", "M0 0L10 10")], []),
                el("svg:circle", &[("r", "1")], []),
            ],
        )],
    );
}

#[test]
fn self_closed_svg_and_math_roots_leave_following_content_outside() {
    // In HTML content the parser honours `/>` on `<svg>` and `<math>` (they are foreign
    // elements), so the slash must stay, or what follows becomes part of the SVG.
    let page = html! { <div><svg/> "after" <my-widget></my-widget><math/> "end"</div> };
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el("svg:svg", &[], []),
                text("after"),
                el("my-widget", &[], []),
                el("math:math", &[], []),
                text("end"),
            ],
        )],
    );
    assert_eq!(
        page.as_str(),
        "<div><svg/>after<my-widget></my-widget><math/>end</div>"
    );
}

#[test]
fn script_after_a_self_closed_svg_is_still_an_html_script() {
    // The macro reads this `<script>` as HTML raw text and lets its literal through as it is;
    // the parser must agree, or the literal is parsed as markup.
    let page = html! {
        <div><svg/><script>"var t = '<img src=x onerror=alert(1)>';"</script></div>
    };
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el("svg:svg", &[], []),
                el(
                    "script",
                    &[],
                    [text("var t = '<img src=x onerror=alert(1)>';")],
                ),
            ],
        )],
    );
}

#[test]
fn mathml_children_keep_their_self_closing_slash() {
    let page = html! { <math><mi>"x"</mi><mspace width="1em"/><mn>"2"</mn></math> };
    assert_eq!(
        page.as_str(),
        r#"<math><mi>x</mi><mspace width="1em"/><mn>2</mn></math>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "math:math",
            &[],
            [
                el("math:mi", &[], [text("x")]),
                el("math:mspace", &[("width", "1em")], []),
                el("math:mn", &[], [text("2")]),
            ],
        )],
    );
}

#[test]
fn mglyph_inside_a_text_integration_point_keeps_its_slash() {
    // Inside `<mi>` the parser reads HTML, except that `<mglyph>` stays a MathML element, which
    // honours `/>`: without the slash what follows would become its child.
    let page = html! { <math><mi><mglyph/> "x"</mi></math> };
    assert_body(
        page.as_str(),
        &[el(
            "math:math",
            &[],
            [el("math:mi", &[], [el("math:mglyph", &[], []), text("x")])],
        )],
    );
}

#[test]
fn script_literal_inside_mglyph_is_not_parsed_as_markup() {
    // `<mglyph>` and `<malignmark>` stay MathML inside `<mi>`, so a `<script>` or `<style>`
    // in them is foreign content, where the parser reads tags in the text.
    let pages = [
        html! {
            <math>
                <mi><mglyph><script>"var t = '<img src=x onerror=alert(1)>';"</script></mglyph></mi>
            </math>
        },
        html! {
            <math>
                <mi><malignmark><style>"a{} <img src=x onerror=alert(1)>"</style></malignmark></mi>
            </math>
        },
    ];
    for page in pages {
        for scripting in SCRIPTING {
            let found = names(page.as_str(), scripting);
            assert!(
                !found.elements.contains("img") && !found.attributes.contains("onerror"),
                "{page:?} parses to {:?}",
                body_children(page.as_str(), scripting)
            );
        }
    }
}

#[test]
fn html_inside_svg_title_and_mathml_tokens_is_html() {
    let value = "\nv";
    let page = html! {
        <svg><title><b>"t"</b></title><desc><pre>{value}</pre></desc></svg>
        <math><mtext><i>"m"</i></mtext></math>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "svg:svg",
                &[],
                [
                    el("svg:title", &[], [el("b", &[], [text("t")])]),
                    el("svg:desc", &[], [el("pre", &[], [text(value)])]),
                ],
            ),
            el(
                "math:math",
                &[],
                [el("math:mtext", &[], [el("i", &[], [text("m")])])],
            ),
        ],
    );
}

#[test]
fn keeps_camel_case_svg_names() {
    let page = html! {
        <svg>
            <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
            <foreignObject><p>"html again"</p></foreignObject>
        </svg>
    };
    assert_body(
        page.as_str(),
        &[el(
            "svg:svg",
            &[],
            [
                el(
                    "svg:defs",
                    &[],
                    [el(
                        "svg:linearGradient",
                        &[("id", "g")],
                        [el("svg:stop", &[("offset", "0")], [])],
                    )],
                ),
                el(
                    "svg:foreignObject",
                    &[],
                    [el("p", &[], [text("html again")])],
                ),
            ],
        )],
    );
}

#[test]
fn writes_custom_elements_with_their_attributes() {
    let label = "<x>";
    let page = html! {
        <my-widget aria-label="x"></my-widget>
        <user-card data-id={7} aria-label={label}><span>"a"</span></user-card>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<my-widget aria-label="x"></my-widget>"#,
            r#"<user-card data-id="7" aria-label="&#60;x&#62;"><span>a</span></user-card>"#
        )
    );
    assert_body(
        page.as_str(),
        &[
            el("my-widget", &[("aria-label", "x")], []),
            el(
                "user-card",
                &[("data-id", "7"), ("aria-label", label)],
                [el("span", &[], [text("a")])],
            ),
        ],
    );
}

#[test]
fn nested_elements_close_in_order() {
    let page = html! {
        <main><section><h1>"T"</h1><ul><li><a href="/x">"x"</a></li></ul></section></main>
    };
    assert_eq!(
        page.as_str(),
        r#"<main><section><h1>T</h1><ul><li><a href="/x">x</a></li></ul></section></main>"#
    );
}

#[test]
fn head_elements_land_in_the_head() {
    let page = html! {
        <meta charset="utf-8">
        <title>"a < b"</title>
        <link rel="stylesheet" href="/s.css">
    };
    assert_head(
        page.as_str(),
        &[
            el("meta", &[("charset", "utf-8")], []),
            el("title", &[], [text("a < b")]),
            el("link", &[("rel", "stylesheet"), ("href", "/s.css")], []),
        ],
    );
}

#[test]
fn template_contents_hold_the_children() {
    let value = "<v>";
    let page = html! { <template><p>{value}</p></template> };
    assert_eq!(page.as_str(), "<template><p>&#60;v&#62;</p></template>");
    assert_head(
        page.as_str(),
        &[el("template", &[], [el("p", &[], [text(value)])])],
    );
}
