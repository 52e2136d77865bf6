//! Realistic templates fed hostile values, parsed by html5ever: the tree is exactly the template's.

use std::collections::BTreeSet;

use vetted::{Html, html};
use vetted_tests::{
    SCRIPTING, Tree, assert_body, body_children, el, el_vec, names, parse_document, text,
};

/// Values an attacker would try, each aimed at a different way out of its context.
const HOSTILE: &[&str] = &[
    "</title><script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)",
    "\" autofocus onfocus=\"alert(1)",
    "<!-- unterminated comment",
    "--> <!-- <script>",
    "</p></article></section></body></html><script>x</script>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "</textarea><script>alert(1)</script>",
    "&amp;&lt;&#x3C;&#60;&nbsp",
    "]]><![CDATA[<script>]]>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "line one\r\nline two\rline three",
    "\u{2028}\u{2029} 🦀 e\u{301} \u{202e}evil",
    "=x >y /> <",
];

struct Comment<'a> {
    id: usize,
    author: &'a str,
    body: &'a str,
}

fn blog_page(
    title: &str,
    author: &str,
    tags: &[&str],
    comments: &[Comment<'_>],
    draft: &str,
) -> Html {
    html! {
        <!DOCTYPE html>
        <html lang="en">
            <head><meta charset="utf-8"><title>{title} " | Blog"</title></head>
            <body class="post">
                <header><nav><a href="/">"Home"</a></nav></header>
                <main>
                    <article data-author={author}>
                        <h1 title={title}>{title}</h1>
                        <p class="byline">"by " <b>{author}</b></p>
                        <ul class="tags"> @for tag in tags { <li data-tag={tag}>{tag}</li> } </ul>
                    </article>
                    <section id="comments">
                        @for comment in comments {
                            <article id={comment.id} aria-label={comment.author}>
                                <h2>{comment.author}</h2>
                                <p>{comment.body}</p>
                            </article>
                        }
                    </section>
                    <form method="post" action="/comment" csrf={vetted::csrf::FetchMetadata}>
                        <input name="author" value={author}>
                        <textarea name="body">{draft}</textarea>
                        <button type="submit">"Send"</button>
                    </form>
                </main>
            </body>
        </html>
    }
}

fn expected_blog_page(
    title: &str,
    author: &str,
    tags: &[&str],
    comments: &[Comment<'_>],
    draft: &str,
) -> Vec<Tree> {
    let tag_items = tags
        .iter()
        .map(|tag| el("li", &[("data-tag", tag)], [text(tag)]))
        .collect();
    let comment_items = comments
        .iter()
        .map(|comment| {
            el(
                "article",
                &[
                    ("id", &comment.id.to_string()),
                    ("aria-label", comment.author),
                ],
                [
                    el("h2", &[], [text(comment.author)]),
                    el("p", &[], [text(comment.body)]),
                ],
            )
        })
        .collect();
    vec![
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
                        el("title", &[], [text(&format!("{title} | Blog"))]),
                    ],
                ),
                el(
                    "body",
                    &[("class", "post")],
                    [
                        el(
                            "header",
                            &[],
                            [el("nav", &[], [el("a", &[("href", "/")], [text("Home")])])],
                        ),
                        el(
                            "main",
                            &[],
                            [
                                el(
                                    "article",
                                    &[("data-author", author)],
                                    [
                                        el("h1", &[("title", title)], [text(title)]),
                                        el(
                                            "p",
                                            &[("class", "byline")],
                                            [text("by "), el("b", &[], [text(author)])],
                                        ),
                                        el_vec("ul", &[("class", "tags")], tag_items),
                                    ],
                                ),
                                el_vec("section", &[("id", "comments")], comment_items),
                                el(
                                    "form",
                                    &[("method", "post"), ("action", "/comment")],
                                    [
                                        el("input", &[("name", "author"), ("value", author)], []),
                                        el("textarea", &[("name", "body")], [text(draft)]),
                                        el("button", &[("type", "submit")], [text("Send")]),
                                    ],
                                ),
                            ],
                        ),
                    ],
                ),
            ],
        ),
    ]
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|&item| item.to_owned()).collect()
}

#[test]
fn blog_page_with_hostile_values_parses_to_the_template_tree() {
    for (i, &title) in HOSTILE.iter().enumerate() {
        let author = HOSTILE[(i + 1) % HOSTILE.len()];
        let tags = [
            HOSTILE[(i + 2) % HOSTILE.len()],
            HOSTILE[(i + 3) % HOSTILE.len()],
        ];
        let comments = [
            Comment {
                id: i,
                author: HOSTILE[(i + 4) % HOSTILE.len()],
                body: HOSTILE[(i + 5) % HOSTILE.len()],
            },
            Comment {
                id: i + 100,
                author: HOSTILE[(i + 6) % HOSTILE.len()],
                body: HOSTILE[(i + 7) % HOSTILE.len()],
            },
        ];
        let draft = HOSTILE[(i + 8) % HOSTILE.len()];
        let page = blog_page(title, author, &tags, &comments, draft);
        let expected = expected_blog_page(title, author, &tags, &comments, draft);
        for scripting in SCRIPTING {
            assert_eq!(
                parse_document(page.as_str(), scripting),
                expected,
                "scripting {scripting}: {page:?}"
            );
        }
    }
}

#[test]
fn blog_page_has_no_element_or_attribute_beyond_the_template() {
    let comments: Vec<Comment<'_>> = HOSTILE
        .iter()
        .enumerate()
        .map(|(id, &body)| Comment {
            id,
            author: body,
            body,
        })
        .collect();
    for &value in HOSTILE {
        let page = blog_page(value, value, HOSTILE, &comments, value);
        for scripting in SCRIPTING {
            let found = names(page.as_str(), scripting);
            assert_eq!(
                found.elements,
                set(&[
                    "a", "article", "b", "body", "button", "form", "h1", "h2", "head", "header",
                    "html", "input", "li", "main", "meta", "nav", "p", "section", "textarea",
                    "title", "ul",
                ]),
                "{value:?}"
            );
            assert_eq!(
                found.attributes,
                set(&[
                    "action",
                    "aria-label",
                    "charset",
                    "class",
                    "data-author",
                    "data-tag",
                    "href",
                    "id",
                    "lang",
                    "method",
                    "name",
                    "title",
                    "type",
                    "value",
                ]),
                "{value:?}"
            );
        }
    }
}

#[test]
fn table_cells_hold_hostile_values_as_text() {
    let rows: Vec<(&str, &str)> = HOSTILE.iter().map(|&v| (v, v)).collect();
    let page = html! {
        <table class="data">
            <thead><tr><th scope="col">"Key"</th><th scope="col">"Value"</th></tr></thead>
            <tbody>
                @for (key, value) in &rows {
                    <tr data-key={key}><td>{key}</td><td><code>{value}</code></td></tr>
                }
            </tbody>
        </table>
    };
    let body_rows = rows
        .iter()
        .map(|&(key, value)| {
            el(
                "tr",
                &[("data-key", key)],
                [
                    el("td", &[], [text(key)]),
                    el("td", &[], [el("code", &[], [text(value)])]),
                ],
            )
        })
        .collect();
    assert_body(
        page.as_str(),
        &[el(
            "table",
            &[("class", "data")],
            [
                el(
                    "thead",
                    &[],
                    [el(
                        "tr",
                        &[],
                        [
                            el("th", &[("scope", "col")], [text("Key")]),
                            el("th", &[("scope", "col")], [text("Value")]),
                        ],
                    )],
                ),
                el_vec("tbody", &[], body_rows),
            ],
        )],
    );
}

#[test]
fn svg_and_mathml_hold_hostile_values_as_text() {
    for &value in HOSTILE {
        let page = html! {
            <figure>
                <svg viewBox="0 0 100 20" role="img" aria-label={value}>
                    <title>{value}</title>
                    <g class={value}><text x="0" y="15">{value}</text></g>
                    <foreignObject><p title={value}>{value}</p></foreignObject>
                </svg>
                <math><mi>{value}</mi><mo>"="</mo><mtext>{value}</mtext></math>
                <figcaption>{value}</figcaption>
            </figure>
        };
        assert_body(
            page.as_str(),
            &[el(
                "figure",
                &[],
                [
                    el(
                        "svg:svg",
                        &[
                            ("viewBox", "0 0 100 20"),
                            ("role", "img"),
                            ("aria-label", value),
                        ],
                        [
                            el("svg:title", &[], [text(value)]),
                            el(
                                "svg:g",
                                &[("class", value)],
                                [el("svg:text", &[("x", "0"), ("y", "15")], [text(value)])],
                            ),
                            el(
                                "svg:foreignObject",
                                &[],
                                [el("p", &[("title", value)], [text(value)])],
                            ),
                        ],
                    ),
                    el(
                        "math:math",
                        &[],
                        [
                            el("math:mi", &[], [text(value)]),
                            el("math:mo", &[], [text("=")]),
                            el("math:mtext", &[], [text(value)]),
                        ],
                    ),
                    el("figcaption", &[], [text(value)]),
                ],
            )],
        );
    }
}

/// The parser starts SVG for an `<svg>` inside a MathML `<annotation-xml>` (HTML §13.2.6,
/// the tree builder's dispatcher), so the template's SVG rules hold there: `<foreignObject>`
/// and `<title>` read HTML, and a `<script>` under them is an HTML script whose literal is
/// written as code, not escaped as foreign text (issue 17, item 10).
#[test]
fn svg_inside_annotation_xml_is_svg() {
    for &value in HOSTILE {
        let page = html! {
            <math>
                <annotation-xml>
                    <svg>
                        <foreignObject><p>{value}</p></foreignObject>
                        <title><script>"if (1 < 2) { window.ran = true; }"</script></title>
                    </svg>
                </annotation-xml>
                <annotation-xml encoding="text/html">
                    <svg><desc>{value}</desc></svg>
                </annotation-xml>
            </math>
        };
        let expected = [el(
            "math:math",
            &[],
            [
                el(
                    "math:annotation-xml",
                    &[],
                    [el(
                        "svg:svg",
                        &[],
                        [
                            el("svg:foreignObject", &[], [el("p", &[], [text(value)])]),
                            el(
                                "svg:title",
                                &[],
                                [el(
                                    "script",
                                    &[],
                                    [text("if (1 < 2) { window.ran = true; }")],
                                )],
                            ),
                        ],
                    )],
                ),
                el(
                    "math:annotation-xml",
                    &[("encoding", "text/html")],
                    [el("svg:svg", &[], [el("svg:desc", &[], [text(value)])])],
                ),
            ],
        )];
        for scripting in [true, false] {
            assert_eq!(
                body_children(page.as_str(), scripting),
                expected,
                "{page:?}"
            );
        }
    }
}

#[test]
fn noscript_content_stays_inside_noscript_in_both_scripting_modes() {
    for &value in HOSTILE {
        let page = html! {
            <div><noscript><p title={value}>{value}</p></noscript><p class="after">"after"</p></div>
        };
        let after = el("p", &[("class", "after")], [text("after")]);
        // Scripting off: the noscript content is markup.
        assert_eq!(
            body_children(page.as_str(), false),
            [el(
                "div",
                &[],
                [
                    el(
                        "noscript",
                        &[],
                        [el("p", &[("title", value)], [text(value)])]
                    ),
                    after.clone(),
                ],
            )],
            "{page:?}"
        );
        // Scripting on: the noscript content is one raw text node, and nothing escapes it.
        let inner = page
            .as_str()
            .strip_prefix("<div><noscript>")
            .and_then(|rest| rest.split_once("</noscript>"))
            .map(|(inner, _)| inner)
            .expect("the template's shape");
        assert_eq!(
            body_children(page.as_str(), true),
            [el("div", &[], [el("noscript", &[], [text(inner)]), after])],
            "{page:?}"
        );
    }
}

/// Comments, scripts and style sheets are raw text inside a `<noscript>` read with scripting on;
/// `</noscript` in any of them is a compile error (see the ui test
/// `comments/comment-that-ends-a-noscript`), and the spellings its messages suggest keep the
/// whole body inside the `<noscript>`.
#[test]
fn raw_text_written_inside_noscript_cannot_end_it() {
    let page = html! {
        <div>
            <noscript>
                <!-- " no script here: < /noscript " -->
                <script>"var end = '<\\/noscript><img src=x onerror=alert(1)>';"</script>
                <style>"p::after { content: '\\3C/noscript>' }"</style>
            </noscript>
            <p class="after">"after"</p>
        </div>
    };
    let inner = page
        .as_str()
        .strip_prefix("<div><noscript>")
        .and_then(|rest| rest.split_once("</noscript>"))
        .map(|(inner, _)| inner)
        .expect("the template's shape");
    assert!(inner.contains("onerror"), "{page:?}");
    assert_eq!(
        body_children(page.as_str(), true),
        [el(
            "div",
            &[],
            [
                el("noscript", &[], [text(inner)]),
                el("p", &[("class", "after")], [text("after")]),
            ],
        )],
        "{page:?}"
    );
}

/// A `<script>` body made of several literals and values stays one script element: the
/// checker refuses any join that would form `</script` (issue 17, item 2), and what it accepts
/// is read by the parser as exactly the text the template wrote.
#[test]
fn script_bodies_of_many_pieces_stay_one_element() {
    let code = vetted::trusted_script!("init('\\x3C/script>')");
    for on in [false, true] {
        let page = html! {
            <div>
                <script>
                    "var a = '<\\/scr"
                    "ipt>'; "
                    @if on { "var b = 1 < " } @else { "var b = 2 < " }
                    {code}
                    "; /* </ */ </ 'x'"
                </script>
                <p>"after"</p>
            </div>
        };
        let body = page
            .as_str()
            .strip_prefix("<div><script>")
            .and_then(|rest| rest.strip_suffix("</script><p>after</p></div>"))
            .expect("the template's shape");
        assert_eq!(
            body_children(page.as_str(), true),
            [el(
                "div",
                &[],
                [
                    el("script", &[], [text(body)]),
                    el("p", &[], [text("after")])
                ]
            )],
            "{page:?}"
        );
    }
}

#[test]
fn form_controls_keep_hostile_values() {
    for &value in HOSTILE {
        let selected = value.len() % 2 == 0;
        let page = html! {
            <form>
                <label for="q">{value}</label>
                <input id="q" name="q" value={value} placeholder={value} required={selected}>
                <select name="s">
                    <option value={value} selected={selected}>{value}</option>
                    <option value="other">"other"</option>
                </select>
                <textarea name="t" placeholder={value}>{value}</textarea>
                <details open={!selected}><summary>{value}</summary> {value}</details>
            </form>
        };
        let mut input_attrs = vec![
            ("id", "q"),
            ("name", "q"),
            ("value", value),
            ("placeholder", value),
        ];
        let mut option_attrs = vec![("value", value)];
        let mut details_attrs = vec![];
        if selected {
            input_attrs.push(("required", ""));
            option_attrs.push(("selected", ""));
        } else {
            details_attrs.push(("open", ""));
        }
        assert_body(
            page.as_str(),
            &[el(
                "form",
                &[],
                [
                    el("label", &[("for", "q")], [text(value)]),
                    el("input", &input_attrs, []),
                    el(
                        "select",
                        &[("name", "s")],
                        [
                            el("option", &option_attrs, [text(value)]),
                            el("option", &[("value", "other")], [text("other")]),
                        ],
                    ),
                    el(
                        "textarea",
                        &[("name", "t"), ("placeholder", value)],
                        [text(value)],
                    ),
                    el(
                        "details",
                        &details_attrs,
                        [el("summary", &[], [text(value)]), text(value)],
                    ),
                ],
            )],
        );
    }
}

#[test]
fn custom_elements_and_templates_keep_hostile_values() {
    for &value in HOSTILE {
        let page = html! {
            <user-card data-name={value} aria-description={value}>
                <span slot="name">{value}</span>
            </user-card>
            <template><li class="row">{value}</li></template>
        };
        assert_body(
            page.as_str(),
            &[
                el(
                    "user-card",
                    &[("data-name", value), ("aria-description", value)],
                    [el("span", &[("slot", "name")], [text(value)])],
                ),
                el(
                    "template",
                    &[],
                    [el("li", &[("class", "row")], [text(value)])],
                ),
            ],
        );
    }
}
