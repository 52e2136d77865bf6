//! The attributes front-end libraries run as code (htmx, Alpine, Vue, AngularJS, Knockout,
//! _hyperscript, Datastar): their names parse in every spelling the libraries document, reach
//! the browser exactly as written, take the author's literal code and, at run time, only a
//! `TrustedScript` or `Json`; htmx's request URLs stay on the page's site.

use std::collections::BTreeMap;

use vetted::url::INVALID_URL;
use vetted::{
    AttributeError, Attributes, Json, TrustedResourceUrl, html, trusted_resource_url,
    trusted_script,
};
use vetted_tests::{assert_body, el, text};

/// Every spelling from the libraries' own references is one attribute, whose name the HTML
/// parser keeps exactly (lowercased, as the libraries read it).
#[test]
fn library_attribute_names_reach_the_browser_as_written() {
    let page = html! {
        <div
            x-data="{ open: false }"
            @click.outside="open = false"
            :class="{ shown: open }"
            x-on:keyup.enter="go()"
            x-bind:class="c"
            hx-on::after-request="done()"
            hx-on--before-request="start()"
            hx-on:htmx:config-request="cfg()"
            hx-on:click="a()"
            data-hx-post="/x"
            csrf=false
            v-on:click="b()"
            .inner-html="h"
            ng:click="c()"
            data-bind="text: t"
            _="on click toggle .x"
            data-on:click__debounce.500ms="$n++"
        ></div>
        <template #default="{ item }"></template>
    };
    let names = [
        "x-data",
        "@click.outside",
        ":class",
        "x-on:keyup.enter",
        "x-bind:class",
        "hx-on::after-request",
        "hx-on--before-request",
        "hx-on:htmx:config-request",
        "hx-on:click",
        "data-hx-post",
        "v-on:click",
        ".inner-html",
        "ng:click",
        "data-bind",
        "_",
        "data-on:click__debounce.500ms",
    ];
    let values = [
        "{ open: false }",
        "open = false",
        "{ shown: open }",
        "go()",
        "c",
        "done()",
        "start()",
        "cfg()",
        "a()",
        "/x",
        "b()",
        "h",
        "c()",
        "text: t",
        "on click toggle .x",
        "$n++",
    ];
    let attrs: Vec<(&str, &str)> = names.into_iter().zip(values).collect();
    assert_body(
        page.as_str(),
        &[
            el("div", &attrs, []),
            el("template", &[("#default", "{ item }")], []),
        ],
    );
}

/// A space ends a name: `x-data :class` is a flag and a binding, not `x-data:class`.
#[test]
fn a_space_ends_an_attribute_name() {
    let page = html! { <div x-data :class="c"></div><input disabled .value="v" hx-boost="true"> };
    assert_eq!(
        page.as_str(),
        r#"<div x-data :class="c"></div><input disabled .value="v" hx-boost="true">"#
    );
    assert_body(
        page.as_str(),
        &[
            el("div", &[("x-data", ""), (":class", "c")], []),
            el(
                "input",
                &[("disabled", ""), (".value", "v"), ("hx-boost", "true")],
                [],
            ),
        ],
    );
    // Without a space, `:` and `.` still join: namespaced and modified names stay whole.
    let page = html! { <svg><use xlink:href="#i"/></svg><b x-on:click.prevent="p()"></b> };
    assert!(page.as_str().contains(r##"xlink:href="#i""##), "{page}");
    assert!(
        page.as_str().contains(r#"x-on:click.prevent="p()""#),
        "{page}"
    );
}

/// Code attributes take a `TrustedScript` or `Json` at run time, written escaped.
#[test]
fn code_attributes_take_trusted_scripts_and_json() {
    let toggle = trusted_script!("open = !open && \"<b>\"");
    let data = Json::new(&BTreeMap::from([("name", "</script><b>\"x\"")])).unwrap();
    let page = html! {
        <div
            x-data={data}
            @click={toggle}
            hx-on:click={toggle}
            v-html={toggle}
            ng-click={toggle}
            data-bind={toggle}
            _={toggle}
            data-on:click={toggle}
            x-init={Some(&toggle)}
        ></div>
    };
    let code = r#"open = !open && "<b>""#;
    let json = r#"{"name":"\u003c/script\u003e\u003cb\u003e\"x\""}"#;
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[
                ("x-data", json),
                ("@click", code),
                ("hx-on:click", code),
                ("v-html", code),
                ("ng-click", code),
                ("data-bind", code),
                ("_", code),
                ("data-on:click", code),
                ("x-init", code),
            ],
            [],
        )],
    );
    let none: Option<vetted::TrustedScript> = None;
    assert_eq!(html! { <b x-show={none}></b> }.as_str(), "<b></b>");
}

/// `hx-vals` and `hx-headers` take `Json`: an object, which htmx can never read as `js:`.
#[test]
fn htmx_json_attributes_take_json_objects() {
    let vals = Json::new(&BTreeMap::from([("note", "js:alert(1)")])).unwrap();
    let page = html! {
        <button
            hx-post="/like"
            hx-vals={vals}
            data-hx-headers={&vals}
            csrf={vetted::csrf::FetchMetadata}
        >
            "Like"
        </button>
    };
    let json = r#"{"note":"js:alert(1)"}"#;
    assert_body(
        page.as_str(),
        &[el(
            "button",
            &[
                ("hx-post", "/like"),
                ("hx-vals", json),
                ("data-hx-headers", json),
            ],
            [text("Like")],
        )],
    );
    assert!(json.starts_with('{'));
}

fn request(url: &str) -> String {
    let page = html! { <button hx-get={url}>"x"</button> };
    let page = page.into_string();
    page["<button hx-get=\"".len()..page.len() - "\">x</button>".len()].to_owned()
}

/// A dynamic request URL must be a path, query or fragment on the page's own site.
#[test]
fn dynamic_request_urls_stay_on_the_site() {
    for (url, written) in [
        ("/items/7", "/items/7"),
        ("/items/7?edit=1#top", "/items/7?edit=1#top"),
        ("?page=2", "?page=2"),
        ("#here", "#here"),
        ("items/7", "items/7"),
        ("/a b/é", "/a%20b/%C3%A9"),
        ("/a?x=1&y=2", "/a?x=1&amp;y=2"),
        ("", ""),
        ("\\items", "%5Citems"),
    ] {
        assert_eq!(request(url), written, "{url:?}");
    }
}

/// Everything a browser could read as another site or a script is replaced, whole.
#[test]
fn dynamic_request_urls_to_other_sites_are_refused() {
    for url in [
        "https://evil.example/x",
        "http://evil.example/x",
        "HTTPS://evil.example/",
        "//evil.example/x",
        "/\\evil.example/x",
        "\\/evil.example/x",
        "\\\\evil.example/x",
        "/\t/evil.example/x",
        "/\n/evil.example/x",
        "/\r/evil.example/x",
        " //evil.example/x",
        "\u{0}//evil.example",
        "\t//evil.example",
        "javascript:alert(1)",
        "js:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "mailto:a@b.example",
        " /x",
    ] {
        assert_eq!(request(url), INVALID_URL, "{url:?}");
    }
}

/// Another origin takes a `TrustedResourceUrl`; a built URL's literal start fixes the origin.
#[test]
fn trusted_resource_urls_and_urls_from_parts_for_requests() {
    let api = trusted_resource_url!("https://api.example/v1/")
        .join("items")
        .unwrap();
    let id = "7/../../x?y#z";
    let page = html! {
        <button hx-get={api} hx-delete=("/items/" {id}) hx-post=("?id=" {id}) csrf=false>
            "x"
        </button>
    };
    assert_body(
        page.as_str(),
        &[el(
            "button",
            &[
                ("hx-get", "https://api.example/v1/items"),
                ("hx-delete", "/items/7%2F..%2F..%2Fx%3Fy%23z"),
                ("hx-post", "?id=7/../../x?y%23z"),
            ],
            [text("x")],
        )],
    );
    let none: Option<TrustedResourceUrl> = None;
    assert_eq!(
        html! { <b hx-put={none} csrf=false></b> }.as_str(),
        "<b></b>"
    );
}

/// Selectors and keywords htmx only reads stay plain attributes; `hx-push-url` is a link.
#[test]
fn inert_htmx_attributes_are_text_and_push_url_is_a_url() {
    let (target, push) = ("#item-<7>", "javascript:alert(1)");
    let page = html! { <div hx-target={target} hx-swap={"outerHTML"} hx-push-url={push}></div> };
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[
                ("hx-target", target),
                ("hx-swap", "outerHTML"),
                ("hx-push-url", INVALID_URL),
            ],
            [],
        )],
    );
}

/// A spread refuses every attribute a library runs, naming the library.
#[test]
fn spreads_refuse_library_code_naming_the_library() {
    for (name, library) in [
        ("hx-on:click", "htmx"),
        ("hx-on::after-request", "htmx"),
        ("data-hx-trigger", "htmx"),
        ("HX-CONFIRM", "htmx"),
        ("x-data", "Alpine"),
        ("@click", "Alpine and Vue"),
        (":href", "Alpine and Vue"),
        ("v-html", "Vue"),
        ("#default", "Vue"),
        ("ng-bind-html", "AngularJS"),
        ("data-ng-click", "AngularJS"),
        ("data-bind", "Knockout"),
        ("params", "Knockout"),
        ("_", "_hyperscript"),
        ("data-on:click", "Datastar"),
        ("data-signals", "Datastar"),
    ] {
        let error = Attributes::new()
            .set(name, "alert(1)")
            .map(|_| ())
            .unwrap_err();
        let AttributeError::NotSpreadable { reason, .. } = &error else {
            panic!("{name}: {error:?}");
        };
        assert!(reason.starts_with(library), "{name}: {reason}");
    }
    let error = Attributes::new()
        .set("hx-vals", "{}")
        .map(|_| ())
        .unwrap_err();
    assert!(error.to_string().contains("`vetted::Json`"), "{error}");
    let error = Attributes::new()
        .set_url("hx-get", vetted::TrustedUrl::new("/x").unwrap())
        .map(|_| ())
        .unwrap_err();
    assert!(error.to_string().contains("htmx fetches it"), "{error}");
    // Inert names spread as text.
    let mut inert = Attributes::new();
    inert
        .set("hx-target", "#list")
        .unwrap()
        .set("x-cloak", "")
        .unwrap();
    assert_eq!(
        html! { <div ..{inert}></div> }.as_str(),
        r##"<div hx-target="#list" x-cloak=""></div>"##
    );
}

/// Plain attributes can be built from parts: each part is escaped, nothing is encoded, and the
/// value reads back as written.
#[test]
fn plain_attributes_are_built_from_escaped_parts() {
    let (id, name) = (7, "Ada \"<b>\" & co");
    let page = html! {
        <li
            id=("item-" {id})
            hx-target=("#item-" {id})
            title=("Hello, " {name} "!")
            data-x=({'x'} {vetted::display(1.5)})
        >
            "x"
        </li>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r##"<li id="item-7" hx-target="#item-7" title="Hello, Ada &#34;&#60;b&#62;&#34; &amp; co!""##,
            r#" data-x="x1.5">x</li>"#
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "li",
            &[
                ("id", "item-7"),
                ("hx-target", "#item-7"),
                ("title", "Hello, Ada \"<b>\" & co!"),
                ("data-x", "x1.5"),
            ],
            [text("x")],
        )],
    );
}

/// An element sending a state-changing htmx request decides its CSRF protection, as a form
/// does: a token travels as `hx-vals`, JSON-escaped and attribute-escaped.
#[test]
fn htmx_requests_that_change_state_send_the_csrf_token() {
    let token = vetted::csrf::CsrfToken::new("csrf\"<", "t0k\"&<>");
    let page = html! { <button hx-post="/like" hx-target="#n" csrf={token}>"Like"</button> };
    let vals = r#"{"csrf\"\u003c":"t0k\"\u0026\u003c\u003e"}"#;
    assert_body(
        page.as_str(),
        &[el(
            "button",
            &[("hx-post", "/like"), ("hx-target", "#n"), ("hx-vals", vals)],
            [text("Like")],
        )],
    );
    // Inside a form that decided, htmx sends the form's own field with the request.
    let token = vetted::csrf::CsrfToken::new("csrf", "t");
    let page = html! {
        <form method="post" action="/a" csrf={token}><button hx-delete="/item">"x"</button></form>
    };
    assert_body(
        page.as_str(),
        &[el(
            "form",
            &[("method", "post"), ("action", "/a")],
            [
                el(
                    "input",
                    &[("type", "hidden"), ("name", "csrf"), ("value", "t")],
                    [],
                ),
                el("button", &[("hx-delete", "/item")], [text("x")]),
            ],
        )],
    );
    // A form that htmx posts is a form that changes state: its token is a hidden field.
    let token = vetted::csrf::CsrfToken::new("csrf", "t");
    let page = html! { <form hx-post="/a" csrf={token}></form> };
    assert_eq!(
        page.as_str(),
        r#"<form hx-post="/a"><input type="hidden" name="csrf" value="t"></form>"#
    );
    // `FetchMetadata` and `false` write nothing.
    let page = html! {
        <b hx-put="/a" csrf={vetted::csrf::FetchMetadata}></b>
        <b hx-patch="/a" csrf=false></b>
        <b hx-get="/a"></b>
    };
    assert_eq!(
        page.as_str(),
        r#"<b hx-put="/a"></b><b hx-patch="/a"></b><b hx-get="/a"></b>"#
    );
}

/// `@nonce` stamps `hx-nonce` on every element htmx reads, for htmx 4's `hx-csp` extension,
/// which processes only the elements that carry the page's nonce; `hx-nonce` takes only a
/// `Nonce`.
#[test]
fn the_page_nonce_is_stamped_on_every_element_htmx_reads() {
    let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA").unwrap();
    let other = vetted::csp::Nonce::try_from_external("BBBBBBBBBBBBBBBBBBBBBB").unwrap();
    let page = html! {
        @nonce = nonce;
        <button hx-get="/a" hx-target="#t">"a"</button>
        <div data-hx-trigger="load" data-hx-get="/b"></div>
        <span hx-get="/c" hx-nonce={other}></span>
        <p x-data="{}">"Alpine is not htmx"</p>
        <script src="/htmx.js" hx-preserve="true"></script>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "button",
                &[
                    ("hx-get", "/a"),
                    ("hx-target", "#t"),
                    ("hx-nonce", "AAAAAAAAAAAAAAAAAAAAAA"),
                ],
                [text("a")],
            ),
            el(
                "div",
                &[
                    ("data-hx-trigger", "load"),
                    ("data-hx-get", "/b"),
                    ("hx-nonce", "AAAAAAAAAAAAAAAAAAAAAA"),
                ],
                [],
            ),
            el(
                "span",
                &[("hx-get", "/c"), ("hx-nonce", "BBBBBBBBBBBBBBBBBBBBBB")],
                [],
            ),
            el("p", &[("x-data", "{}")], [text("Alpine is not htmx")]),
            el(
                "script",
                &[
                    ("src", "/htmx.js"),
                    ("hx-preserve", "true"),
                    ("nonce", "AAAAAAAAAAAAAAAAAAAAAA"),
                    ("hx-nonce", "AAAAAAAAAAAAAAAAAAAAAA"),
                ],
                [],
            ),
        ],
    );
}
