//! Classic XSS payloads in every context that takes a string, parsed by html5ever: the tree is exactly the template's.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};

use vetted::{Json, html};
use vetted_tests::{
    SCRIPTING, Tree, body_children, browser_scheme, el, el_vec, expected_srcset, expected_url,
    names, nul_in_html_text, nul_replaced, parse_document, percent_decoded, srcset_url_ranges,
    text, texts,
};

/// Payloads from the OWASP XSS filter evasion cheat sheet's families, mutation XSS and our own.
const PAYLOADS: &[&str] = &[
    // Script tags, any case, any shape.
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//evil.example/x.js></script>",
    "<SCRIPT/XSS SRC=\"http://evil.example/xss.js\"></SCRIPT>",
    "<<script>alert(1);//<</script>",
    "<script>alert(1)//",
    "<script\n>alert(1)</script\n>",
    "<scr\0ipt>alert(1)</scr\0ipt>",
    "\0<script>alert(1)</script>",
    // Images and event handlers.
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<img src=x onerror=alert(1)",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "<body onload=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<a href=x onclick=alert(1)//",
    // Entities and encodings, which must stay literal text.
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;script&#x3E;",
    "&amp;lt;script&amp;gt;",
    "&NotANamedEntity; &#x110000; &#0; &#13; &notin &nbsp",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\u{ff1c}script\u{ff1e}alert(1)\u{ff1c}/script\u{ff1e}",
    "\u{feff}<script>alert(1)</script>",
    "alert(1)\u{2028}<script>\u{2029}",
    "\r\n\r\n<script>alert(1)</script>\r",
    // Attribute breakouts.
    "\"><script>alert(1)</script>",
    "' onmouseover='alert(1)",
    "\" onmouseover=\"alert(1)",
    "\" autofocus onfocus=\"alert(1)",
    "` onmouseover=alert(1) `",
    "'';!--\"<XSS>=&{()}",
    "x\" /><img src=x onerror=alert(1)>",
    // Element breakouts.
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</TEXTAREA><img src=x onerror=alert(1)>",
    "</style><script>alert(1)</script>",
    "</noscript><script>alert(1)</script>",
    "</p></div></body></html><script>alert(1)</script>",
    "</svg><img src=x onerror=alert(1)>",
    "</mi></math><img src=x onerror=alert(1)>",
    "</text></svg><script>alert(1)</script>",
    "<p title=\"</p><script>alert(1)</script>\">",
    // Comments and CDATA.
    "--><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<!-- <img src=x onerror=alert(1)> -->",
    "<!--",
    "--!><img src=x onerror=alert(1)>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "]]><script>alert(1)</script>",
    "<?xml version=\"1.0\"?><script>alert(1)</script>",
    // Mutation XSS: nestings that make parsers disagree.
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    "<table><td><svg><foreignObject><script>alert(1)</script>",
    "<template><script>alert(1)</script></template>",
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext>",
    "<frameset onload=alert(1)>",
    // Other loaders.
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"javascript:alert(1)\">",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<style>@import 'http://evil.example/x.css';</style>",
    // `javascript:` and friends, aimed at URL contexts.
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\u{1}javascript:alert(1)",
    " javascript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "javascript%3Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "vbscript:msgbox(1)",
    "//evil.example/x.js",
    "x.png 1x, javascript:alert(1) 2x",
    // Template injection for other engines: plain text here.
    "{{constructor.constructor('alert(1)')()}}",
    "<%= 7*7 %>${7*7}",
    // Fragments.
    "<",
    "</",
    "<!",
    "&",
    "\"",
    "'",
    "",
];

/// A whole document: `<html>` with the given head and body children.
fn document(head: Vec<Tree>, body: Vec<Tree>) -> Vec<Tree> {
    vec![el(
        "html",
        &[],
        [el_vec("head", &[], head), el_vec("body", &[], body)],
    )]
}

/// Renders every payload with `render` and compares the whole parsed document (scripting on and
/// off) with `expected`; every mismatch and every panic is listed in one failure.
#[track_caller]
fn check_every_payload(
    render: impl Fn(&str) -> String,
    expected: impl Fn(&str, bool) -> Vec<Tree>,
) {
    let mut failures = Vec::new();
    for &payload in PAYLOADS {
        let page = match panic::catch_unwind(AssertUnwindSafe(|| render(payload))) {
            Ok(page) => page,
            Err(cause) => {
                let message = cause
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| cause.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                failures.push(format!(
                    "payload {payload:?}\n  rendering panicked: {message}"
                ));
                continue;
            }
        };
        for scripting in SCRIPTING {
            let actual = parse_document(&page, scripting);
            let wanted = expected(payload, scripting);
            if actual != wanted {
                failures.push(format!(
                    "payload {payload:?} (scripting {scripting})\n  markup   {page:?}\n  expected {wanted:?}\n  actual   {actual:?}"
                ));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} payloads wrong:\n{}",
        failures.len(),
        PAYLOADS.len(),
        failures.join("\n")
    );
}

#[test]
fn there_are_enough_payloads() {
    assert!(PAYLOADS.len() >= 60, "{}", PAYLOADS.len());
}

#[test]
fn payloads_are_text_in_a_paragraph() {
    check_every_payload(
        |s| html! { <p>{s}</p><p>"a" {s} "b"</p> }.into_string(),
        |s, _| {
            let data = nul_in_html_text(s);
            document(
                vec![],
                vec![
                    el_vec("p", &[], texts(&data)),
                    el("p", &[], [text(&format!("a{data}b"))]),
                ],
            )
        },
    );
}

#[test]
fn payloads_are_text_in_title() {
    check_every_payload(
        |s| html! { <title>{s}</title><meta charset="utf-8"> }.into_string(),
        |s, _| {
            document(
                vec![
                    el_vec("title", &[], texts(&nul_replaced(s))),
                    el("meta", &[("charset", "utf-8")], []),
                ],
                vec![],
            )
        },
    );
}

#[test]
fn payloads_are_text_in_textarea() {
    check_every_payload(
        |s| html! { <textarea name="t">{s}</textarea><p>"after"</p> }.into_string(),
        |s, _| {
            document(
                vec![],
                vec![
                    el_vec("textarea", &[("name", "t")], texts(&nul_replaced(s))),
                    el("p", &[], [text("after")]),
                ],
            )
        },
    );
}

#[test]
fn payloads_are_one_quoted_attribute_value() {
    check_every_payload(
        |s| html! { <p title={s} data-note={s} class="k">"q"</p> }.into_string(),
        |s, _| {
            let value = nul_replaced(s);
            document(
                vec![],
                vec![el(
                    "p",
                    &[("title", &value), ("data-note", &value), ("class", "k")],
                    [text("q")],
                )],
            )
        },
    );
}

#[test]
fn payloads_stay_inside_a_noscript_attribute() {
    let after = el("p", &[("class", "after")], [text("after")]);
    check_every_payload(
        |s| {
            html! { <div><noscript><p title={s}></p></noscript><p class="after">"after"</p></div> }
                .into_string()
        },
        |s, scripting| {
            let inner = el("p", &[("title", &nul_replaced(s))], []);
            let noscript = if scripting {
                // Raw text up to the template's own `</noscript>`: re-read as markup, it is
                // the paragraph again, with the same title.
                let page = html! { <p title={s}></p> };
                el("noscript", &[], [text(&nul_replaced(page.as_str()))])
            } else {
                el("noscript", &[], [inner])
            };
            document(vec![], vec![el("div", &[], [noscript, after.clone()])])
        },
    );
    // And the raw text itself reads back as exactly the paragraph.
    for &s in PAYLOADS {
        let page = html! { <p title={s}></p> };
        assert_eq!(
            body_children(page.as_str(), true),
            [el("p", &[("title", &nul_replaced(s))], [])],
            "{s:?}"
        );
    }
}

#[test]
fn payloads_are_text_inside_svg_text() {
    check_every_payload(
        |s| {
            html! { <svg viewBox="0 0 10 10"><text x="1">{s}</text></svg><p>"after"</p> }
                .into_string()
        },
        |s, _| {
            document(
                vec![],
                vec![
                    el(
                        "svg:svg",
                        &[("viewBox", "0 0 10 10")],
                        [el_vec("svg:text", &[("x", "1")], texts(&nul_replaced(s)))],
                    ),
                    el("p", &[], [text("after")]),
                ],
            )
        },
    );
}

#[test]
fn payloads_are_text_inside_mathml_mi() {
    check_every_payload(
        |s| html! { <math><mi>{s}</mi></math><p>"after"</p> }.into_string(),
        |s, _| {
            document(
                vec![],
                vec![
                    el(
                        "math:math",
                        &[],
                        [el_vec("math:mi", &[], texts(&nul_in_html_text(s)))],
                    ),
                    el("p", &[], [text("after")]),
                ],
            )
        },
    );
}

#[test]
fn payloads_in_href_are_refused_or_normalized() {
    check_every_payload(
        |s| html! { <a href={s} data-url={s}>"x"</a> }.into_string(),
        |s, _| {
            let url = expected_url(s, false);
            document(
                vec![],
                vec![el("a", &[("href", &url), ("data-url", &url)], [text("x")])],
            )
        },
    );
}

#[test]
fn payloads_in_img_src_are_refused_or_normalized() {
    check_every_payload(
        |s| html! { <img src={s} alt="i"> }.into_string(),
        |s, _| {
            document(
                vec![],
                vec![el(
                    "img",
                    &[("src", &expected_url(s, true)), ("alt", "i")],
                    [],
                )],
            )
        },
    );
}

#[test]
fn payloads_in_srcset_are_checked_candidate_by_candidate() {
    check_every_payload(
        |s| html! { <img srcset={s} alt="i"> }.into_string(),
        |s, _| {
            document(
                vec![],
                vec![el(
                    "img",
                    &[("srcset", &nul_replaced(&expected_srcset(s))), ("alt", "i")],
                    [],
                )],
            )
        },
    );
}

#[test]
fn payloads_in_srcset_never_leave_a_refused_scheme_for_the_browser() {
    for &s in PAYLOADS {
        let Ok(page) = panic::catch_unwind(|| html! { <img srcset={s} alt="i"> }) else {
            continue; // reported by the test above
        };
        let tree = body_children(page.as_str(), true);
        let srcset = tree[0].attr("srcset").unwrap_or_default();
        for range in srcset_url_ranges(srcset) {
            let url = &srcset[range];
            let scheme = browser_scheme(url);
            assert!(
                matches!(
                    scheme.as_deref(),
                    None | Some("http" | "https" | "mailto" | "tel")
                ) || url == "about:invalid#vetted"
                    || (scheme.as_deref() == Some("data") && vetted_tests::is_raster_data_url(url)),
                "{s:?} left {url:?} in {page:?}"
            );
        }
    }
}

#[test]
fn payloads_in_a_url_part_decode_back_to_themselves() {
    for &s in PAYLOADS {
        let page =
            html! { <a href=("/search?q=" {s} "&page=1")>"x"</a><a href=("/tags/" {s})>"y"</a> };
        for scripting in SCRIPTING {
            let tree = body_children(page.as_str(), scripting);
            // Two links, each with its one attribute and its text: nothing added.
            assert_eq!(tree.len(), 2, "{s:?}: {page:?}");
            let query = tree[0].attr("href").unwrap_or_default();
            let path = tree[1].attr("href").unwrap_or_default();
            assert_eq!(
                tree,
                [
                    el("a", &[("href", query)], [text("x")]),
                    el("a", &[("href", path)], [text("y")]),
                ],
                "{s:?}"
            );
            let value = query
                .strip_prefix("/search?q=")
                .and_then(|rest| rest.strip_suffix("&page=1"))
                .unwrap_or_else(|| panic!("{query:?}"));
            assert!(!value.contains(['&', '=', '#', '+']), "{value:?}");
            assert!(value.bytes().all(|b| b.is_ascii_graphic()), "{value:?}");
            assert_eq!(percent_decoded(value), s);
            let segment = path
                .strip_prefix("/tags/")
                .unwrap_or_else(|| panic!("{path:?}"));
            assert!(!segment.contains(['/', '?', '#']), "{segment:?}");
            assert!(segment.bytes().all(|b| b.is_ascii_graphic()), "{segment:?}");
            assert_eq!(percent_decoded(segment), s);
        }
    }
}

#[test]
fn every_context_at_once_adds_no_element_and_no_attribute() {
    let expected_names = |scripting: bool| {
        names(
            &html! {
                <title>"t"</title>
                <div id="t">
                    <p title="x" data-note="x">"x"</p>
                    <noscript><p title="x"></p></noscript>
                    <svg><text>"x"</text></svg>
                    <math><mi>"x"</mi></math>
                    <textarea>"x"</textarea>
                    <a href="/" data-url="/">"x"</a>
                    <img src="/" srcset="/" alt="">
                </div>
            }
            .into_string(),
            scripting,
        )
    };
    for &s in PAYLOADS {
        if !s.is_ascii() {
            continue; // URL contexts with non-ASCII are covered, and reported, above
        }
        let page = html! {
            <title>{s}</title>
            <div id="t">
                <p title={s} data-note={s}>{s}</p>
                <noscript><p title={s}></p></noscript>
                <svg><text>{s}</text></svg>
                <math><mi>{s}</mi></math>
                <textarea>{s}</textarea>
                <a href={s} data-url={s}>{s}</a>
                <img src={s} srcset={s} alt="">
            </div>
        };
        for scripting in SCRIPTING {
            let found = names(page.as_str(), scripting);
            assert_eq!(
                found,
                expected_names(scripting),
                "{s:?} with scripting {scripting}: {page:?}"
            );
            assert!(!found.elements.contains("script"), "{s:?}");
            assert!(
                !found.attributes.iter().any(|a| a.starts_with("on")),
                "{s:?}"
            );
        }
    }
}

// JSON in `<script>`: the element holds exactly the JSON, and the markup after it stays markup.

fn hostile_data(s: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("payload".to_owned(), s.to_owned()),
        (s.to_owned(), "as a key".to_owned()),
        ("fixed".to_owned(), "</script><!--<script>".to_owned()),
    ])
}

#[test]
fn payloads_in_a_json_data_block_stay_json() {
    for &s in PAYLOADS {
        let data = hostile_data(s);
        let json = Json::new(&data).unwrap();
        let page = html! {
            <div><script type="application/json" id="d">{json}</script><p>"after"</p></div>
        };
        for scripting in SCRIPTING {
            let tree = body_children(page.as_str(), scripting);
            assert_eq!(
                tree,
                [el(
                    "div",
                    &[],
                    [
                        el(
                            "script",
                            &[("type", "application/json"), ("id", "d")],
                            [text(json.as_str())]
                        ),
                        el("p", &[], [text("after")]),
                    ],
                )],
                "{s:?}"
            );
            let read: BTreeMap<String, String> =
                serde_json::from_str(&tree[0].children()[0].text_content()).unwrap();
            assert_eq!(read, data, "{s:?}");
        }
    }
}

#[test]
fn a_json_data_block_at_the_top_goes_to_head_and_the_paragraph_to_body() {
    for &s in PAYLOADS {
        let json = Json::new(&hostile_data(s)).unwrap();
        let page = html! { <script type="application/json" id="d">{json}</script><p>"after"</p> };
        for scripting in SCRIPTING {
            assert_eq!(
                parse_document(page.as_str(), scripting),
                document(
                    vec![el(
                        "script",
                        &[("type", "application/json"), ("id", "d")],
                        [text(json.as_str())],
                    )],
                    vec![el("p", &[], [text("after")])],
                ),
                "{s:?}"
            );
        }
    }
}

#[test]
fn payloads_in_ld_json_stay_json() {
    for &s in PAYLOADS {
        let json = Json::new(&hostile_data(s)).unwrap();
        let page =
            html! { <div><script type="application/ld+json">{json}</script><p>"after"</p></div> };
        assert_eq!(
            body_children(page.as_str(), true),
            [el(
                "div",
                &[],
                [
                    el(
                        "script",
                        &[("type", "application/ld+json")],
                        [text(json.as_str())]
                    ),
                    el("p", &[], [text("after")]),
                ],
            )],
            "{s:?}"
        );
    }
}

#[test]
fn payloads_in_json_inside_a_classic_script_stay_one_expression() {
    for &s in PAYLOADS {
        let data = hostile_data(s);
        let json = Json::new(&data).unwrap();
        let page = html! { <div><script>"const d = " {json} ";"</script><p>"after"</p></div> };
        let script = format!("const d = {};", json.as_str());
        for scripting in SCRIPTING {
            let tree = body_children(page.as_str(), scripting);
            assert_eq!(
                tree,
                [el(
                    "div",
                    &[],
                    [
                        el("script", &[], [text(&script)]),
                        el("p", &[], [text("after")])
                    ],
                )],
                "{s:?}"
            );
        }
        // The expression is the JSON, which reads back as the data.
        let body = script
            .strip_prefix("const d = ")
            .and_then(|rest| rest.strip_suffix(';'));
        let read: BTreeMap<String, String> = serde_json::from_str(body.unwrap()).unwrap();
        assert_eq!(read, data);
        // Nothing in it can end the script or change how its end is found.
        let lower = json.as_str().to_ascii_lowercase();
        for sequence in ["</script", "<!--", "<script", "-->"] {
            assert!(!lower.contains(sequence), "{s:?}");
        }
        assert!(
            !json
                .as_str()
                .contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
            "{s:?}"
        );
    }
}
