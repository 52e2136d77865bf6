//! `TrustedHtml::sanitize` and `Sanitizer`: user HTML through ammonia and vetted's sink rules.
//!
//! Every check parses the page the sanitized HTML lands in with html5ever, in both scripting
//! modes, and judges the tree: which elements exist, which attributes they carry, and where
//! each URL attribute would send the browser (by the WHATWG URL parser of the `url` crate,
//! independently of vetted's URL rule).

use proptest::prelude::*;
use vetted::{Sanitizer, SanitizerError, TrustedHtml, html};
use vetted_tests::{
    SANITIZED_ELEMENTS as STRICT_ELEMENTS, SCRIPTING, Tree, body_children, el, text,
};

/// Attributes that carry no code and no address, which the strict default may keep.
const TEXT_ATTRIBUTES: &[&str] = &[
    "abbr", "align", "alt", "axis", "char", "charoff", "colspan", "coords", "datetime", "dir",
    "headers", "height", "hreflang", "lang", "rel", "rowspan", "scope", "shape", "span", "start",
    "title", "type", "value", "width", "open", "reversed",
];

/// Attributes that hold an address the browser may follow.
const URL_ATTRIBUTES: &[&str] = &["href", "cite", "src"];

const LINK_REL: &str = "noopener noreferrer nofollow ugc";

/// Where a browser would go for `url` on a page at `https://site.example/page`, by scheme.
fn scheme_followed(url: &str) -> Option<String> {
    let base = url::Url::parse("https://site.example/page").expect("the base parses");
    url::Url::options()
        .base_url(Some(&base))
        .parse(url)
        .ok()
        .map(|parsed| parsed.scheme().to_owned())
}

/// Every problem in `trees` against the strict policy (plus `images`, the origins images may
/// come from): an element, attribute or address the policy does not allow.
fn violations(trees: &[Tree], images: &[&str]) -> Vec<String> {
    fn walk(tree: &Tree, images: &[&str], out: &mut Vec<String>) {
        let Tree::Element {
            name,
            attrs,
            children,
        } = tree
        else {
            return;
        };
        let image = name == "img" && !images.is_empty();
        if !STRICT_ELEMENTS.contains(&name.as_str()) && !image {
            out.push(format!("element <{name}>"));
        }
        for (attr, value) in attrs {
            if URL_ATTRIBUTES.contains(&attr.as_str()) {
                match scheme_followed(value).as_deref() {
                    Some("http" | "https" | "mailto" | "tel") => {}
                    other => out.push(format!("<{name} {attr}={value:?}> goes to {other:?}")),
                }
                let origin = |url: &str| url::Url::parse(url).ok().map(|url| url.origin());
                if attr == "src"
                    && !images.iter().any(|allowed| {
                        origin(allowed).is_some() && origin(allowed) == origin(value)
                    })
                {
                    out.push(format!("<{name} src={value:?}> from another origin"));
                }
            } else if !TEXT_ATTRIBUTES.contains(&attr.as_str()) {
                out.push(format!("<{name} {attr}={value:?}>"));
            }
        }
        if name == "a"
            && attrs.iter().any(|(attr, _)| attr == "href")
            && tree.attr("rel") != Some(LINK_REL)
        {
            out.push(format!("<a> with rel {:?}", tree.attr("rel")));
        }
        for child in children {
            walk(child, images, out);
        }
    }
    let mut out = Vec::new();
    for tree in trees {
        walk(tree, images, &mut out);
    }
    out
}

/// The sanitized `input` placed in a page, as the browser builds it in both scripting modes:
/// the `<div>` around it must be the body's only child, holding everything that survived.
fn placed(sanitized: &TrustedHtml) -> Vec<Vec<Tree>> {
    let page = html! { <div id="user">{sanitized}</div><p id="after">"end"</p> };
    SCRIPTING
        .iter()
        .map(|&scripting| {
            let body = body_children(page.as_str(), scripting);
            assert_eq!(body.len(), 2, "the user HTML left its <div>: {page}");
            assert_eq!(body[0].attr("id"), Some("user"), "{page}");
            assert_eq!(
                body[1],
                el("p", &[("id", "after")], [text("end")]),
                "{page}"
            );
            body[0].children().to_vec()
        })
        .collect()
}

fn assert_safe(input: &str, sanitizer: &Sanitizer, images: &[&str]) -> TrustedHtml {
    let sanitized = sanitizer.sanitize(input);
    for trees in placed(&sanitized) {
        let found = violations(&trees, images);
        assert!(found.is_empty(), "{input:?} → {sanitized}: {found:?}");
    }
    sanitized
}

/// Payloads that run script, load code, break out, or reach another origin in some browser or
/// front-end library, each of which the sanitizer must disarm.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=\"javascript:alert(1)\">x</math>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\" \u{1}javascript:alert(1)\">x</a>",
    "<a href=\"java\nscript:alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"/\\evil.example/\">x</a>",
    "<a href=\"https://ok.example/\" rel=\"opener\" target=_blank>x</a>",
    "<a href=\"https://ok.example/\" ping=\"https://evil.example/\">x</a>",
    "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<p style=\"background:url(javascript:alert(1))\">x</p>",
    "<template><img src=x onerror=alert(1)></template>",
    "<form action=\"https://evil.example/\"><form><input name=csrf></form></form>",
    "<button formaction=\"javascript:alert(1)\">x</button>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<object data=\"https://evil.example/x.swf\"></object>",
    "<embed src=\"https://evil.example/x.swf\">",
    "<base href=\"https://evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=\"https://evil.example/x.css\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<textarea></textarea><img src=x onerror=alert(1)>",
    "<title></title><img src=x onerror=alert(1)>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<plaintext><img src=x onerror=alert(1)>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<img src=x onerror=alert(1)>]]>",
    "<details open ontoggle=alert(1)>x</details>",
    "<div hx-get=\"/admin/delete\" hx-trigger=\"load\">x</div>",
    "<div x-data x-init=\"alert(1)\">x</div>",
    "<div v-html=\"payload\">x</div>",
    "<p :class=\"alert(1)\" @click=\"alert(1)\">x</p>",
    "<a data-bind=\"click: alert\">x</a>",
    "<div ng-init=\"alert(1)\">x</div>",
    "<div _=\"on load call alert(1)\">x</div>",
    "<div data-on:load=\"alert(1)\">x</div>",
    "<p id=\"user\" name=\"csrf\">clobber</p>",
    "<select><style><img src=x onerror=alert(1)></style></select>",
    "<table><tr><td><img src=x onerror=alert(1)>",
    "</div><script>alert(1)</script>",
    "<div>unclosed <b>tags <i>here",
    "<img srcset=\"x 1x, javascript:alert(1) 2x\">",
    "<video poster=\"javascript:alert(1)\"></video>",
    "<a href=\"https://ok.example/\" style=\"position:fixed;inset:0\">overlay</a>",
];

#[test]
fn hostile_markup_keeps_nothing_executable() {
    let strict = Sanitizer::new();
    for input in HOSTILE {
        assert_safe(input, &strict, &[]);
        // The shortcut uses the same policy.
        assert_eq!(
            TrustedHtml::sanitize(input),
            strict.sanitize(input),
            "{input}"
        );
    }
}

#[test]
fn hostile_markup_under_a_permissive_builder_still_follows_the_sink_rules() {
    // A policy that asks ammonia for everything dangerous it can be asked for.
    let loose = Sanitizer::new()
        .configure(|builder| {
            builder
                .add_tags([
                    "script", "style", "iframe", "form", "svg", "math", "template", "input",
                    "button",
                ])
                .add_generic_attributes([
                    "onclick",
                    "onerror",
                    "onload",
                    "style",
                    "srcdoc",
                    "formaction",
                    "hx-get",
                    "hx-trigger",
                    "x-init",
                    "v-html",
                    "data-bind",
                    "ng-init",
                    "_",
                    "ping",
                ])
                .add_generic_attribute_prefixes(["data-", "x-", "hx-", "on"])
                .add_url_schemes(["javascript", "data", "vbscript"])
                .rm_clean_content_tags(["script", "style"]);
        })
        .expect("the permissive policy is consistent");
    for input in HOSTILE {
        assert_safe(input, &loose, &[]);
    }
}

#[test]
fn formatting_links_and_tables_are_kept() {
    let input = "<h2>Title</h2><p>Some <b>bold</b>, <em>em</em> and <code>x &lt; y</code>.</p>\
                 <ul><li>one</li><li><a href=\"https://example.com/a?b=1\" title=\"t\">link</a></li></ul>\
                 <blockquote>quote</blockquote><table><tbody><tr><td>1</td></tr></tbody></table>";
    let sanitized = assert_safe(input, &Sanitizer::new(), &[]);
    for trees in placed(&sanitized) {
        assert_eq!(
            trees,
            [
                el("h2", &[], [text("Title")]),
                el(
                    "p",
                    &[],
                    [
                        text("Some "),
                        el("b", &[], [text("bold")]),
                        text(", "),
                        el("em", &[], [text("em")]),
                        text(" and "),
                        el("code", &[], [text("x < y")]),
                        text("."),
                    ]
                ),
                el(
                    "ul",
                    &[],
                    [
                        el("li", &[], [text("one")]),
                        el(
                            "li",
                            &[],
                            [el(
                                "a",
                                &[
                                    ("href", "https://example.com/a?b=1"),
                                    ("title", "t"),
                                    ("rel", LINK_REL)
                                ],
                                [text("link")]
                            )]
                        ),
                    ]
                ),
                el("blockquote", &[], [text("quote")]),
                el(
                    "table",
                    &[],
                    [el(
                        "tbody",
                        &[],
                        [el("tr", &[], [el("td", &[], [text("1")])])]
                    )]
                ),
            ]
        );
    }
}

#[test]
fn links_follow_the_url_policy() {
    let strict = Sanitizer::new();
    for (href, kept) in [
        ("https://example.com/", true),
        ("http://example.com/", true),
        ("mailto:a@example.com", true),
        ("tel:+1555", true),
        ("/relative/path", true),
        ("#fragment", true),
        ("javascript:alert(1)", false),
        ("data:text/html,x", false),
        ("ftp://example.com/", false),
        ("/\\evil.example/", false),
    ] {
        let sanitized = strict.sanitize(&format!("<a href=\"{href}\">x</a>"));
        for trees in placed(&sanitized) {
            assert_eq!(
                trees[0].attr("href"),
                kept.then_some(href),
                "{href}: {sanitized}"
            );
            assert_eq!(trees[0].attr("rel"), Some(LINK_REL));
        }
    }
}

#[test]
fn images_only_from_allowed_origins() {
    let strict = Sanitizer::new();
    let input = "<img src=\"https://img.example/cat.png\" alt=\"cat\">";
    let sanitized = assert_safe(input, &strict, &[]);
    for trees in placed(&sanitized) {
        assert_eq!(trees, []);
    }

    let origins = ["https://img.example", "https://cdn.example:8443"];
    let images = Sanitizer::new().images_from(origins).expect("origins");
    for (src, kept) in [
        ("https://img.example/cat.png", true),
        ("HTTPS://IMG.EXAMPLE/cat.png", true),
        ("https://cdn.example:8443/a.png", true),
        ("https://img.example.evil.example/x.png", false),
        ("https://img.example@evil.example/x.png", false),
        ("https://img.example\\@evil.example/x.png", false),
        ("https://evil.example/https://img.example/x.png", false),
        ("https://cdn.example/a.png", false),
        ("/local.png", false),
        ("data:image/png;base64,iVBORw0K", false),
        ("javascript:alert(1)", false),
    ] {
        let input = format!("<img src=\"{src}\" alt=\"a\" onerror=\"alert(1)\">");
        let sanitized = assert_safe(&input, &images, &origins);
        for trees in placed(&sanitized) {
            assert_eq!(trees[0].name(), Some("img"), "{src}");
            assert_eq!(
                trees[0].attr("src"),
                kept.then_some(src),
                "{src}: {sanitized}"
            );
            assert_eq!(trees[0].attr("alt"), Some("a"));
        }
    }
}

/// What ammonia accepts is accepted: classes as a generic attribute, or filtered per element.
#[test]
fn consistent_policies_are_made() {
    let classes = Sanitizer::new()
        .configure(|builder| {
            builder.add_generic_attributes(["class"]);
        })
        .expect("class as a generic attribute");
    assert_eq!(
        classes.sanitize("<p class=\"a b\">x</p>").as_str(),
        "<p class=\"a b\">x</p>"
    );
    let filtered = Sanitizer::new()
        .configure(|builder| {
            builder.add_allowed_classes("p", ["a"]);
        })
        .expect("classes filtered on <p>");
    assert_eq!(
        filtered.sanitize("<p class=\"a b\">x</p>").as_str(),
        "<p class=\"a\">x</p>"
    );
}

#[test]
fn policies_that_cannot_work_are_refused_when_made() {
    for origin in [
        "img.example",
        "https://",
        "https://img.example/",
        "https://a/b",
        "https://a:",
        "https://a:x",
        "javascript://a",
        "https://.a",
        "https://a@b",
    ] {
        assert_eq!(
            Sanitizer::new().images_from([origin]).unwrap_err(),
            SanitizerError::InvalidOrigin {
                origin: origin.into()
            }
        );
    }
    let rel = Sanitizer::new().configure(|builder| {
        builder.add_generic_attributes(["rel"]);
    });
    assert!(
        matches!(rel, Err(SanitizerError::Inconsistent { .. })),
        "{rel:?}"
    );
    let classes = Sanitizer::new().configure(|builder| {
        builder
            .add_generic_attributes(["class"])
            .add_allowed_classes("p", ["x"]);
    });
    assert!(
        matches!(classes, Err(SanitizerError::Inconsistent { .. })),
        "{classes:?}"
    );
    let kept_and_cleaned = Sanitizer::new().configure(|builder| {
        builder.add_clean_content_tags(["p"]);
    });
    assert!(matches!(
        kept_and_cleaned,
        Err(SanitizerError::Inconsistent { .. })
    ));
    let rewriter = Sanitizer::new().configure(|builder| {
        fn rewrite(_: &str) -> Option<std::borrow::Cow<'_, str>> {
            Some("javascript:alert(1)".into())
        }
        builder.url_relative(ammonia::UrlRelative::Custom(Box::new(rewrite)));
    });
    assert!(matches!(rewriter, Err(SanitizerError::Inconsistent { .. })));
}

#[test]
fn markdown_rendered_then_sanitized() {
    let markdown = "# Hello\n\nSome *emphasis*, a [link](https://example.com/) and \
                    a [bad one](javascript:alert(1)).\n\n<script>alert(1)</script>\n\n\
                    <img src=x onerror=alert(1)>\n\n- item\n\n```\nlet x = 1 < 2;\n```\n";
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(&mut rendered, pulldown_cmark::Parser::new(markdown));
    assert!(
        rendered.contains("<script>"),
        "the Markdown renderer passes raw HTML on: {rendered}"
    );
    let sanitized = assert_safe(&rendered, &Sanitizer::new(), &[]);
    for trees in placed(&sanitized) {
        let trees: Vec<&Tree> = trees.iter().filter(|tree| tree.name().is_some()).collect();
        let kept: Vec<&str> = trees.iter().filter_map(|tree| tree.name()).collect();
        assert_eq!(kept, ["h1", "p", "ul", "pre"], "{sanitized}");
        assert_eq!(*trees[0], el("h1", &[], [text("Hello")]));
        let paragraph = trees[1];
        let links: Vec<_> = paragraph
            .children()
            .iter()
            .filter(|c| c.name() == Some("a"))
            .collect();
        assert_eq!(links.len(), 2);
        assert_eq!(links[0].attr("href"), Some("https://example.com/"));
        assert_eq!(links[1].attr("href"), None, "{sanitized}");
        assert_eq!(links[1].text_content(), "bad one");
        assert_eq!(trees[3].text_content(), "let x = 1 < 2;\n");
    }
}

/// Pieces hostile markup is made of, combined at random.
fn piece() -> impl Strategy<Value = String> {
    let tags = prop::sample::select(vec![
        "a",
        "b",
        "p",
        "div",
        "img",
        "svg",
        "math",
        "script",
        "style",
        "iframe",
        "form",
        "table",
        "td",
        "template",
        "noscript",
        "textarea",
        "title",
        "select",
        "option",
        "mglyph",
        "mtext",
        "foreignObject",
        "annotation-xml",
        "desc",
        "xmp",
        "object",
        "base",
        "meta",
        "animate",
        "set",
        "use",
        "image",
        "details",
        "input",
    ]);
    let attributes = prop::sample::select(vec![
        "href",
        "src",
        "onerror",
        "onload",
        "style",
        "xlink:href",
        "srcdoc",
        "action",
        "formaction",
        "attributeName",
        "values",
        "to",
        "from",
        "encoding",
        "hx-get",
        "x-init",
        "data-bind",
        "title",
        "alt",
        "cite",
        "ping",
        "srcset",
        "poster",
        "background",
    ]);
    let values = prop::sample::select(vec![
        "javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        " javascript:x",
        "data:text/html,x",
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "x",
        "href",
        "text/html",
        "</noscript><img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "alert(1)",
    ]);
    prop_oneof![
        (
            tags.clone(),
            prop::collection::vec((attributes, values), 0..3)
        )
            .prop_map(|(tag, attrs)| {
                let attrs: String = attrs.iter().map(|(a, v)| format!(" {a}=\"{v}\"")).collect();
                format!("<{tag}{attrs}>")
            }),
        tags.prop_map(|tag| format!("</{tag}>")),
        prop::sample::select(vec![
            "text",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&lt;",
            "<",
            ">",
            "\"",
            "'",
            "`"
        ])
        .prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever the input, the sanitized HTML stays inside its element and parses to a tree
    /// with no element, attribute or address outside the policy.
    #[test]
    fn sanitized_output_stays_inside_the_policy(pieces in prop::collection::vec(piece(), 0..24)) {
        let input: String = pieces.concat();
        assert_safe(&input, &Sanitizer::new(), &[]);
    }

    /// The same under a policy that allows images from one origin.
    #[test]
    fn sanitized_output_with_images_stays_inside_the_policy(pieces in prop::collection::vec(piece(), 0..24)) {
        let input: String = pieces.concat();
        let origins = ["https://img.example"];
        let images = Sanitizer::new().images_from(origins).expect("origin");
        assert_safe(&input, &images, &origins);
    }
}
