//! One run-time test per sink rule: each trusted type in its own context, with exact output and the tree html5ever reads.

use std::collections::BTreeMap;

use vetted::{
    Html, Json, TrustedHtml, TrustedResourceUrl, TrustedScript, TrustedStyle, TrustedStyleSheet,
    TrustedUrl, html, trusted_resource_url, trusted_script, trusted_style, trusted_style_sheet,
    trusted_url,
};
use vetted_tests::{Tree, assert_body, assert_head, el, parse_document, text};

fn json(pairs: &[(&str, &str)]) -> Json {
    Json::new(&pairs.iter().copied().collect::<BTreeMap<_, _>>()).unwrap()
}

// URL attributes: a `TrustedUrl` is written as it is, attribute-escaped, in every URL kind.

#[test]
fn trusted_url_is_written_as_it_is_in_href() {
    let sms = trusted_url!("sms:+15550100");
    let page = html! { <a href={sms}>"text"</a> };
    assert_eq!(page.as_str(), r#"<a href="sms:+15550100">text</a>"#);
    assert_body(
        page.as_str(),
        &[el("a", &[("href", "sms:+15550100")], [text("text")])],
    );
}

#[test]
fn trusted_url_is_attribute_escaped_but_not_percent_normalized() {
    let url = TrustedUrl::new("/a b?c=1&d=\"<é>\"").unwrap();
    let page = html! { <a href={url}>"x"</a> };
    assert_eq!(
        page.as_str(),
        r#"<a href="/a b?c=1&amp;d=&#34;&#60;é&#62;&#34;">x</a>"#
    );
    assert_body(
        page.as_str(),
        &[el("a", &[("href", "/a b?c=1&d=\"<é>\"")], [text("x")])],
    );
}

#[test]
fn trusted_url_goes_in_every_url_kind() {
    let blob = TrustedUrl::with_schemes("blob:https://example.com/0e1f", &["blob"]).unwrap();
    let page = html! {
        <img src={blob} srcset={blob} alt="">
        <a href="/" ping={blob}>"p"</a>
        <form action={blob}></form>
        <div data-src-url={blob}></div>
    };
    let b = "blob:https://example.com/0e1f";
    assert_eq!(
        page.as_str(),
        format!(
            r#"<img src="{b}" srcset="{b}" alt=""><a href="/" ping="{b}">p</a><form action="{b}"></form><div data-src-url="{b}"></div>"#
        )
    );
    assert_body(
        page.as_str(),
        &[
            el("img", &[("src", b), ("srcset", b), ("alt", "")], []),
            el("a", &[("href", "/"), ("ping", b)], [text("p")]),
            el("form", &[("action", b)], []),
            el("div", &[("data-src-url", b)], []),
        ],
    );
}

#[test]
fn a_string_in_href_is_checked_where_a_trusted_url_is_not() {
    let (plain, trusted) = ("sms:+15550100", trusted_url!("sms:+15550100"));
    assert_eq!(
        html! { <a href={plain}>"a"</a><a href={trusted}>"b"</a> }.as_str(),
        r#"<a href="about:invalid#vetted">a</a><a href="sms:+15550100">b</a>"#
    );
}

#[test]
fn references_and_smart_pointers_forward_url_sinks() {
    let url = trusted_url!("/r");
    let boxed: Box<str> = "/b".into();
    let rc = std::rc::Rc::new(String::from("/rc"));
    let arc = std::sync::Arc::new(trusted_url!("/arc"));
    let page = html! {
        <a href={&url}>"1"</a>
        <a href={boxed}>"2"</a>
        <a href={rc}>"3"</a>
        <a href={arc}>"4"</a>
    };
    assert_eq!(
        page.as_str(),
        r#"<a href="/r">1</a><a href="/b">2</a><a href="/rc">3</a><a href="/arc">4</a>"#
    );
}

// Resource URLs: only `TrustedResourceUrl`, in every attribute that loads code or a document.

#[test]
fn trusted_resource_url_in_every_resource_attribute() {
    let js = trusted_resource_url!("https://cdn.example/app.js");
    let frame = trusted_resource_url!("/embed/").join("a b").unwrap();
    let css = trusted_resource_url!("//cdn.example/site.css");
    let page = html! {
        <div>
            <script src={js}></script>
            <iframe src={frame}></iframe>
            <link rel="stylesheet" href={css}>
            <object data={frame}></object>
            <embed src={js}>
            <svg><use href={css}/></svg>
        </div>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<div><script src="https://cdn.example/app.js"></script><iframe src="/embed/a%20b"></iframe>"#,
            r#"<link rel="stylesheet" href="//cdn.example/site.css"><object data="/embed/a%20b"></object>"#,
            r#"<embed src="https://cdn.example/app.js"><svg><use href="//cdn.example/site.css"/></svg></div>"#,
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el("script", &[("src", "https://cdn.example/app.js")], []),
                el("iframe", &[("src", "/embed/a%20b")], []),
                el(
                    "link",
                    &[("rel", "stylesheet"), ("href", "//cdn.example/site.css")],
                    [],
                ),
                el("object", &[("data", "/embed/a%20b")], []),
                el("embed", &[("src", "https://cdn.example/app.js")], []),
                el(
                    "svg:svg",
                    &[],
                    [el("svg:use", &[("href", "//cdn.example/site.css")], [])],
                ),
            ],
        )],
    );
}

#[test]
fn trusted_resource_url_in_base_href() {
    let base = trusted_resource_url!("https://example.com/app/");
    let page = html! { <base href={base}> };
    assert_eq!(page.as_str(), r#"<base href="https://example.com/app/">"#);
    assert_head(
        page.as_str(),
        &[el("base", &[("href", "https://example.com/app/")], [])],
    );
}

#[test]
fn trusted_resource_url_is_attribute_escaped() {
    // XSS SAFETY: a constant of this test, exercising the escaping only.
    let odd = TrustedResourceUrl::dangerously_from_string("/x?a=1&b=\"2\"");
    assert_eq!(
        html! { <script src={odd}></script> }.as_str(),
        r#"<script src="/x?a=1&amp;b=&#34;2&#34;"></script>"#
    );
}

// Event handlers, styles.

#[test]
fn trusted_script_in_an_event_handler_is_attribute_escaped() {
    let handler = trusted_script!("if (a < b && c) { go(\"x\") }");
    let page = html! { <button onclick={handler} type="button">"Go"</button> };
    assert_eq!(
        page.as_str(),
        r#"<button onclick="if (a &#60; b &amp;&amp; c) { go(&#34;x&#34;) }" type="button">Go</button>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "button",
            &[
                ("onclick", "if (a < b && c) { go(\"x\") }"),
                ("type", "button"),
            ],
            [text("Go")],
        )],
    );
}

#[test]
fn trusted_script_in_handlers_of_svg_and_custom_elements() {
    let handler = trusted_script!("this.dataset.n++");
    let page = html! { <svg onload={handler}></svg><my-widget onmadeup={handler}></my-widget> };
    assert_body(
        page.as_str(),
        &[
            el("svg:svg", &[("onload", "this.dataset.n++")], []),
            el("my-widget", &[("onmadeup", "this.dataset.n++")], []),
        ],
    );
}

#[test]
fn trusted_style_in_a_style_attribute_is_attribute_escaped() {
    let style =
        TrustedStyle::new("font-family: \"A&B\", serif; background: url('/bg.png')").unwrap();
    let page = html! { <p style={style}>"x"</p> };
    assert_eq!(
        page.as_str(),
        r#"<p style="font-family: &#34;A&amp;B&#34;, serif; background: url('/bg.png')">x</p>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "p",
            &[(
                "style",
                "font-family: \"A&B\", serif; background: url('/bg.png')",
            )],
            [text("x")],
        )],
    );
}

#[test]
fn trusted_style_literal_in_a_style_attribute() {
    let style = trusted_style!("display: grid; gap: 1rem");
    assert_eq!(
        html! { <div style={style}></div> }.as_str(),
        r#"<div style="display: grid; gap: 1rem"></div>"#
    );
}

// `Option` leaves every kind of attribute out when `None`.

#[test]
fn none_leaves_out_every_kind_of_attribute() {
    let url: Option<&str> = None;
    let trusted: Option<TrustedUrl> = None;
    let resource: Option<TrustedResourceUrl> = None;
    let handler: Option<TrustedScript> = None;
    let style: Option<TrustedStyle> = None;
    let doc: Option<Html> = None;
    let title: Option<&str> = None;
    let page = html! {
        <a href={url} ping={url} title={title}>"a"</a>
        <img src={trusted} srcset={url} alt="">
        <script src={resource}></script>
        <button onclick={handler} style={style}>"b"</button>
        <iframe srcdoc={doc}></iframe>
    };
    assert_eq!(
        page.as_str(),
        r#"<a>a</a><img alt=""><script></script><button>b</button><iframe></iframe>"#
    );
}

#[test]
fn some_writes_every_kind_of_attribute() {
    let url = Some("/a b");
    let trusted = Some(trusted_url!("/t"));
    let resource = Some(trusted_resource_url!("/app.js"));
    let handler = Some(trusted_script!("go()"));
    let style = Some(trusted_style!("color: red"));
    let doc = Some(html! { <b>"x"</b> });
    let page = html! {
        <a href={url} ping={url}>"a"</a>
        <img src={trusted} srcset={url} alt="">
        <script src={resource}></script>
        <button onclick={handler} style={style}>"b"</button>
        <iframe srcdoc={doc}></iframe>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            // In `ping` and `srcset` the space separates: "/a" then "b" (a URL, a descriptor).
            r#"<a href="/a%20b" ping="/a b">a</a><img src="/t" srcset="/a b" alt="">"#,
            r#"<script src="/app.js"></script><button onclick="go()" style="color: red">b</button>"#,
            r#"<iframe srcdoc="&#60;b&#62;x&#60;/b&#62;"></iframe>"#,
        )
    );
}

// `srcdoc`: a whole document, escaped exactly once.

#[test]
fn html_in_srcdoc_is_escaped_once() {
    let doc = html! { <p title="q">"x & <y>"</p> };
    assert_eq!(doc.as_str(), r#"<p title="q">x &amp; &#60;y&#62;</p>"#);
    let page = html! { <iframe srcdoc={doc} sandbox></iframe> };
    assert_eq!(
        page.as_str(),
        r#"<iframe srcdoc="&#60;p title=&#34;q&#34;&#62;x &amp;amp; &amp;#60;y&amp;#62;&#60;/p&#62;" sandbox></iframe>"#
    );
    // The attribute the browser reads is exactly the inner document's markup...
    assert_body(
        page.as_str(),
        &[el(
            "iframe",
            &[("srcdoc", doc.as_str()), ("sandbox", "")],
            [],
        )],
    );
    // ...which is the paragraph with its text intact.
    assert_body(
        doc.as_str(),
        &[el("p", &[("title", "q")], [text("x & <y>")])],
    );
}

#[test]
fn trusted_html_in_srcdoc_is_escaped_once() {
    // XSS SAFETY: the frame is sandboxed and the markup is a constant of this test.
    let doc =
        TrustedHtml::dangerously_from_string("<script>parent.x = 1</script><p>\"hi\" & 'bye'</p>");
    let page = html! { <iframe srcdoc={doc} sandbox></iframe> };
    assert_eq!(
        page.as_str(),
        r#"<iframe srcdoc="&#60;script&#62;parent.x = 1&#60;/script&#62;&#60;p&#62;&#34;hi&#34; &amp; 'bye'&#60;/p&#62;" sandbox></iframe>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "iframe",
            &[("srcdoc", doc.as_str()), ("sandbox", "")],
            [],
        )],
    );
}

// `TrustedHtml` and `Html`: markup in content, text everywhere else.

#[test]
fn trusted_html_is_markup_in_content() {
    // XSS SAFETY: a constant of this test.
    let note = TrustedHtml::dangerously_from_string("<em>sanitized</em> &amp; kept");
    let page = html! { <p>{note}</p> };
    assert_eq!(page.as_str(), "<p><em>sanitized</em> &amp; kept</p>");
    assert_body(
        page.as_str(),
        &[el(
            "p",
            &[],
            [el("em", &[], [text("sanitized")]), text(" & kept")],
        )],
    );
}

#[test]
fn trusted_html_is_escaped_in_an_attribute() {
    // XSS SAFETY: a constant of this test.
    let note = TrustedHtml::dangerously_from_string("<em title=\"t\">x</em>");
    let page = html! { <p title={note} data-html={note}></p> };
    assert_eq!(
        page.as_str(),
        r#"<p title="&#60;em title=&#34;t&#34;&#62;x&#60;/em&#62;" data-html="&#60;em title=&#34;t&#34;&#62;x&#60;/em&#62;"></p>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "p",
            &[("title", note.as_str()), ("data-html", note.as_str())],
            [],
        )],
    );
}

#[test]
fn trusted_html_is_escaped_in_title_and_textarea() {
    // XSS SAFETY: a constant of this test.
    let note = TrustedHtml::dangerously_from_string("</title></textarea><b>x</b>");
    let head = html! { <title>{note}</title> };
    assert_eq!(
        head.as_str(),
        "<title>&#60;/title&#62;&#60;/textarea&#62;&#60;b&#62;x&#60;/b&#62;</title>"
    );
    assert_head(head.as_str(), &[el("title", &[], [text(note.as_str())])]);
    let body = html! { <textarea>{note}</textarea> };
    assert_eq!(
        body.as_str(),
        "<textarea>\n&#60;/title&#62;&#60;/textarea&#62;&#60;b&#62;x&#60;/b&#62;</textarea>"
    );
    assert_body(body.as_str(), &[el("textarea", &[], [text(note.as_str())])]);
}

#[test]
fn html_is_markup_in_content_and_text_in_attributes_title_and_textarea() {
    let inner = html! { <b class="c">"x < y"</b> };
    let page = html! { <div title={inner}>{inner} <textarea>{inner}</textarea></div> };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<div title="&#60;b class=&#34;c&#34;&#62;x &amp;#60; y&#60;/b&#62;"><b class="c">x &#60; y</b>"#,
            "<textarea>\n&#60;b class=\"c\"&#62;x &amp;#60; y&#60;/b&#62;</textarea></div>",
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[("title", inner.as_str())],
            [
                el("b", &[("class", "c")], [text("x < y")]),
                el("textarea", &[], [text(inner.as_str())]),
            ],
        )],
    );
    let head = html! { <title>{inner}</title> };
    assert_head(head.as_str(), &[el("title", &[], [text(inner.as_str())])]);
}

#[test]
fn trusted_html_nested_in_html_is_still_text_in_title() {
    // XSS SAFETY: a constant of this test.
    let raw = TrustedHtml::dangerously_from_string("<i>x</i>");
    let inner = html! { <b>{raw}</b> };
    assert_eq!(inner.as_str(), "<b><i>x</i></b>");
    let head = html! { <title>{inner}</title> };
    assert_eq!(
        head.as_str(),
        "<title>&#60;b&#62;&#60;i&#62;x&#60;/i&#62;&#60;/b&#62;</title>"
    );
}

#[test]
fn html_converts_to_trusted_html_unchanged() {
    let inner = html! { <i>"a & b"</i> };
    let trusted = TrustedHtml::from(inner.clone());
    assert_eq!(trusted.as_str(), inner.as_str());
    assert_eq!(
        html! { <p>{trusted}</p> }.as_str(),
        "<p><i>a &amp; b</i></p>"
    );
}

// Trusted types other than `TrustedHtml` are only text outside their own context.

#[test]
fn other_trusted_types_are_text_in_content_and_plain_attributes() {
    let url = trusted_url!("/a?b=1&c=2");
    let script = trusted_script!("a < b");
    let style = trusted_style!("content: 'x'");
    let sheet = trusted_style_sheet!("p > a { color: teal }");
    let resource = trusted_resource_url!("/x&y");
    let page = html! {
        <p title={url} data-js={script} data-css={style}>
            {url} " " {script} " " {sheet} " " {resource}
        </p>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<p title="/a?b=1&amp;c=2" data-js="a &#60; b" data-css="content: 'x'">"#,
            "/a?b=1&amp;c=2 a &#60; b p &#62; a { color: teal } /x&amp;y</p>",
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "p",
            &[
                ("title", "/a?b=1&c=2"),
                ("data-js", "a < b"),
                ("data-css", "content: 'x'"),
            ],
            [text("/a?b=1&c=2 a < b p > a { color: teal } /x&y")],
        )],
    );
}

#[test]
fn json_is_text_in_content_and_an_attribute_value() {
    let state = json(&[("user", "<Ada & \"Grace\">")]);
    let page = html! { <main data-state={state}>{state}</main> };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<main data-state="{&#34;user&#34;:&#34;\u003cAda \u0026 \&#34;Grace\&#34;\u003e&#34;}">"#,
            r#"{"user":"\u003cAda \u0026 \"Grace\"\u003e"}</main>"#,
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "main",
            &[("data-state", state.as_str())],
            [text(state.as_str())],
        )],
    );
}

// `<script>` and `<style>` bodies.

#[test]
fn trusted_script_in_a_script_body_is_written_as_it_is() {
    let init = trusted_script!("if (a < b && c > d) { start('&amp;') }");
    let page = html! { <div><script>{init}</script></div> };
    assert_eq!(
        page.as_str(),
        "<div><script>if (a < b && c > d) { start('&amp;') }</script></div>"
    );
    assert_body(
        page.as_str(),
        &[el("div", &[], [el("script", &[], [text(init.as_str())])])],
    );
}

#[test]
fn a_checked_dynamic_script_in_a_script_body() {
    // XSS SAFETY: a constant of this test; the check refuses what could end the element.
    let code = TrustedScript::dangerously_from_string(String::from("let s = '<\\/script>'; x--;"))
        .unwrap();
    let page = html! { <div><script>{code}</script><p>"after"</p></div> };
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el("script", &[], [text("let s = '<\\/script>'; x--;")]),
                el("p", &[], [text("after")]),
            ],
        )],
    );
}

#[test]
fn every_javascript_script_type_takes_a_trusted_script() {
    let code = trusted_script!("run()");
    let page = html! {
        <div>
            <script type="module">{code}</script>
            <script type="text/javascript">{code}</script>
            <script type="application/javascript">{code}</script>
            <script type="">{code}</script>
        </div>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<div><script type="module">run()</script><script type="text/javascript">run()</script>"#,
            r#"<script type="application/javascript">run()</script><script type="">run()</script></div>"#,
        )
    );
}

#[test]
fn json_in_a_classic_script_mixed_with_literals() {
    let data = json(&[("note", "</script><!--")]);
    let page = html! { <div><script>"window.d = " {data} ";"</script><p>"after"</p></div> };
    assert_eq!(
        page.as_str(),
        r#"<div><script>window.d = {"note":"\u003c/script\u003e\u003c!--"};</script><p>after</p></div>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el(
                    "script",
                    &[],
                    [text(&format!("window.d = {};", data.as_str()))],
                ),
                el("p", &[], [text("after")]),
            ],
        )],
    );
}

#[test]
fn json_in_json_and_ld_json_data_blocks() {
    let data = json(&[("@type", "Person"), ("name", "</script>")]);
    let page = html! {
        <div>
            <script type="application/json" id="d">{data}</script>
            <script type="application/ld+json">{data}</script>
            <script type="APPLICATION/JSON">{data}</script>
        </div>
    };
    let j = data.as_str();
    assert_eq!(
        page.as_str(),
        format!(
            r#"<div><script type="application/json" id="d">{j}</script><script type="application/ld+json">{j}</script><script type="APPLICATION/JSON">{j}</script></div>"#
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el(
                    "script",
                    &[("type", "application/json"), ("id", "d")],
                    [text(j)],
                ),
                el("script", &[("type", "application/ld+json")], [text(j)]),
                el("script", &[("type", "APPLICATION/JSON")], [text(j)]),
            ],
        )],
    );
}

#[test]
fn literal_json_in_importmap_and_speculationrules() {
    let page = html! {
        <script type="importmap">r#"{"imports":{"app":"/app.js"}}"#</script>
        <script type="speculationrules">r#"{"prerender":[{"urls":["/next"]}]}"#</script>
    };
    assert_head(
        page.as_str(),
        &[
            el(
                "script",
                &[("type", "importmap")],
                [text(r#"{"imports":{"app":"/app.js"}}"#)],
            ),
            el(
                "script",
                &[("type", "speculationrules")],
                [text(r#"{"prerender":[{"urls":["/next"]}]}"#)],
            ),
        ],
    );
}

#[test]
fn trusted_style_sheet_in_a_style_body() {
    let sheet = trusted_style_sheet!("p > a[href^='http'] { color: teal } /* <b> & */");
    let page = html! { <div><style>{sheet}</style><p>"after"</p></div> };
    assert_eq!(
        page.as_str(),
        "<div><style>p > a[href^='http'] { color: teal } /* <b> & */</style><p>after</p></div>"
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                el("style", &[], [text(sheet.as_str())]),
                el("p", &[], [text("after")]),
            ],
        )],
    );
}

#[test]
fn a_checked_dynamic_style_sheet_in_a_style_body() {
    // XSS SAFETY: a constant of this test; the check refuses what could end the element.
    let sheet =
        TrustedStyleSheet::dangerously_from_string(format!(":root {{ --w: {}px }}", 40)).unwrap();
    let page = html! { <style>"body { margin: 0 } " {sheet}</style> };
    assert_eq!(
        page.as_str(),
        "<style>body { margin: 0 } :root { --w: 40px }</style>"
    );
    assert_head(
        page.as_str(),
        &[el(
            "style",
            &[],
            [text("body { margin: 0 } :root { --w: 40px }")],
        )],
    );
}

// Comments.

#[test]
fn a_literal_comment_is_written_as_a_comment() {
    let page = html! { <div><!-- "x" --><!-- " a note " --><p>"after"</p></div> };
    assert_eq!(
        page.as_str(),
        "<div><!--x--><!-- a note --><p>after</p></div>"
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[],
            [
                Tree::Comment("x".into()),
                Tree::Comment(" a note ".into()),
                el("p", &[], [text("after")]),
            ],
        )],
    );
}

#[test]
fn a_comment_may_hold_markup_like_text_that_cannot_end_it() {
    let page = html! { <!-- "<b>not bold</b> - -> -!>" --><p>"p"</p> };
    assert_eq!(page.as_str(), "<!--<b>not bold</b> - -> -!>--><p>p</p>");
    let document = parse_document(page.as_str(), true);
    assert_eq!(
        document[0],
        Tree::Comment("<b>not bold</b> - -> -!>".into())
    );
}

// `@let`, including `let ... else`.

#[test]
fn let_else_binds_or_diverges() {
    fn card(user: Option<&str>) -> Html {
        html! {
            @let Some(name) = user else { return html! { <p class="anon">"nobody"</p> }; };
            <p>"Hi " {name}</p>
        }
    }
    assert_eq!(card(Some("<Ada>")).as_str(), "<p>Hi &#60;Ada&#62;</p>");
    assert_eq!(card(None).as_str(), r#"<p class="anon">nobody</p>"#);
}

#[test]
fn let_binds_urls_and_trusted_values_for_later_attributes() {
    let id = 7;
    let page = html! {
        @let profile = format!("/users/{id} me");
        @let style = TrustedStyle::new(format!("width: {}%", id * 10)).unwrap();
        <a href={profile} style={style}>"me"</a>
    };
    assert_eq!(
        page.as_str(),
        r#"<a href="/users/7%20me" style="width: 70%">me</a>"#
    );
}

#[test]
fn let_inside_an_element_is_scoped_to_it() {
    let items = ["a", "b"];
    let page = html! {
        <ul>
            @let count = items.len();
            <li data-count={count}>{items[0]}</li>
        </ul>
        <p>"after"</p>
    };
    assert_eq!(
        page.as_str(),
        r#"<ul><li data-count="2">a</li></ul><p>after</p>"#
    );
}

#[test]
fn the_expected_tree_helper_sees_foreign_use_elements() {
    // Guard for the resource-URL test above: SVG `use` is a foreign element, not HTML.
    let page = html! { <svg><use href={trusted_resource_url!("/sprite.svg")}/></svg> };
    assert_body(
        page.as_str(),
        &[el(
            "svg:svg",
            &[],
            [el("svg:use", &[("href", "/sprite.svg")], [])],
        )],
    );
}
