//! Literals escaped by the macro at compile time and values escaped at run time give the same bytes.

use vetted::{escape, html};
use vetted_tests::{assert_body, el_vec, nul_in_html_text, nul_replaced, texts};

/// For each string literal: renders it written in the template and interpolated as a value, in
/// every context, and asserts the bytes are the same; returns how many literals it checked.
macro_rules! compare_literals {
    ($($lit:tt)*) => {{
        let mut checked = 0_usize;
        $(
            let value: &str = $lit;
            let contexts = [
                ("text", html! { <p>$lit</p> }, html! { <p>{value}</p> }),
                ("attribute", html! { <p title=$lit></p> }, html! { <p title={value}></p> }),
                ("title", html! { <title>$lit</title> }, html! { <title>{value}</title> }),
                ("textarea", html! { <textarea>$lit</textarea> }, html! { <textarea>{value}</textarea> }),
                ("pre", html! { <pre>$lit</pre> }, html! { <pre>{value}</pre> }),
                ("svg text", html! { <svg><text>$lit</text></svg> }, html! { <svg><text>{value}</text></svg> }),
                ("svg attribute", html! { <svg aria-label=$lit></svg> }, html! { <svg aria-label={value}></svg> }),
                ("top level", html! { $lit }, html! { {value} }),
            ];
            for (context, literal, dynamic) in contexts {
                assert_eq!(literal.as_str(), dynamic.as_str(), "{context} of {value:?}");
            }
            checked += 1;
        )*
        checked
    }};
}

/// At least 40 strings that are hard to escape: every ASCII character, references, comment and
/// close-tag openers, quotes, line ends, NUL, non-ASCII, bidi controls.
macro_rules! tricky_strings {
    ($callback:ident) => {
        $callback! {
            ""
            "plain text"
            "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
            "&"
            "&amp;"
            "&amp;amp;"
            "&lt;script&gt;"
            "&#60;&#x3C;&#X3c;&#0;&#13;"
            "&copy &copy; &notin; &not"
            "<"
            ">"
            "<!--"
            "-->"
            "<!-- comment -->"
            "</p"
            "</p>"
            "</title>"
            "</textarea>"
            "</noscript>"
            "</script><script>alert(1)</script>"
            "<svg onload=alert(1)>"
            "\""
            "'"
            "\" onmouseover=\"alert(1)"
            "' onmouseover='alert(1)"
            "= > /> />"
            "`backticks`"
            "\r"
            "\r\n"
            "a\rb\r\nc\n"
            "\n"
            "\n\nleading line feeds"
            "\0"
            "a\0b"
            "\t\x0c \u{a0}"
            "🦀 crab"
            "e\u{301} combining acute"
            "\u{202e}reversed\u{202c}"
            "مرحبا עולם"
            "\u{2028}\u{2029}"
            "\u{feff}bom"
            "\u{fffd}\u{ffff}"
            "\u{80}\u{85}\u{9f}"
            "]]> <![CDATA[x]]>"
            "<?xml version=\"1.0\"?>"
            "{{ template }} ${js}"
            "\\ backslash \\\\"
            "&&&<<<>>>\"\"\"'''"
            r#"raw "string" with <tags> & stuff"#
        }
    };
}

macro_rules! count {
    ($($lit:tt)*) => { [$($lit),*].len() };
}

macro_rules! list {
    ($($lit:tt)*) => { [$($lit),*] };
}

#[test]
fn literals_and_values_render_the_same_bytes_in_every_context() {
    let checked = tricky_strings!(compare_literals);
    assert!(checked >= 40, "only {checked} strings");
    assert_eq!(checked, tricky_strings!(count));
}

#[test]
fn value_in_text_is_exactly_the_text_escaper_output() {
    for value in tricky_strings!(list) {
        let mut expected = String::new();
        escape::text(value, &mut expected);
        assert_eq!(html! { {value} }.as_str(), expected, "{value:?}");
        assert_eq!(
            html! { <p>{value}</p> }.as_str(),
            format!("<p>{expected}</p>"),
            "{value:?}"
        );
    }
}

#[test]
fn value_in_attribute_is_exactly_the_attribute_escaper_output() {
    for value in tricky_strings!(list) {
        let mut expected = String::new();
        escape::attribute(value, &mut expected);
        assert_eq!(
            html! { <p title={value}></p> }.as_str(),
            format!("<p title=\"{expected}\"></p>"),
            "{value:?}"
        );
    }
}

#[test]
fn every_tricky_string_parses_back_to_itself() {
    for value in tricky_strings!(list) {
        let page = html! { <p title={value}>{value}</p> };
        assert_body(
            page.as_str(),
            &[el_vec(
                "p",
                &[("title", &nul_replaced(value))],
                texts(&nul_in_html_text(value)),
            )],
        );
    }
}

#[test]
fn fixed_literals_match_values_and_the_expected_bytes() {
    let (title, body) = ("a&b\"<>", "a&b<>\r");
    let literal = html! { <p title="a&b\"<>">"a&b<>\r"</p> };
    let dynamic = html! { <p title={title}>{body}</p> };
    assert_eq!(literal.as_str(), dynamic.as_str());
    assert_eq!(
        literal.as_str(),
        r#"<p title="a&amp;b&#34;&#60;&#62;">a&amp;b&#60;&#62;&#13;</p>"#
    );

    let value = "'single' \"double\" &amp;";
    let literal =
        html! { <input value="'single' \"double\" &amp;"><b>"'single' \"double\" &amp;"</b> };
    let dynamic = html! { <input value={value}><b>{value}</b> };
    assert_eq!(literal.as_str(), dynamic.as_str());
    assert_eq!(
        literal.as_str(),
        r#"<input value="'single' &#34;double&#34; &amp;amp;"><b>'single' "double" &amp;amp;</b>"#
    );

    let value = "</title><!--\r";
    let literal = html! { <title>"</title><!--\r"</title><textarea>"</title><!--\r"</textarea> };
    let dynamic = html! { <title>{value}</title><textarea>{value}</textarea> };
    assert_eq!(literal.as_str(), dynamic.as_str());
    assert_eq!(
        literal.as_str(),
        "<title>&#60;/title&#62;&#60;!--&#13;</title><textarea>\n&#60;/title&#62;&#60;!--&#13;</textarea>"
    );
}

#[test]
fn raw_string_literals_escape_like_plain_ones() {
    let raw = html! { <p class=r#"a"b"#>r#"<"&">"#</p> };
    let plain = html! { <p class="a\"b">"<\"&\">"</p> };
    assert_eq!(raw.as_str(), plain.as_str());
    assert_eq!(raw.as_str(), r#"<p class="a&#34;b">&#60;"&amp;"&#62;</p>"#);
}
