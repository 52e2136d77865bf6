//! The URL policy for dynamic strings: scheme checks, percent-normalization, `srcset`, `ping` and URLs built from parts, judged by html5ever.

use std::panic::{self, AssertUnwindSafe};

use proptest::prelude::*;
use proptest::sample::select;
use vetted::{display, html};
use vetted_tests::{
    BLOCKED_URL, SCRIPTING, Tree, assert_body, body_children, browser_scheme, el, expected_srcset,
    expected_url, nul_replaced, percent_decoded, srcset_url_ranges, text,
};

/// A refused URL, spelled out in the tables.
const B: &str = "about:invalid#vetted";

/// `(dynamic value of <a href>, decoded attribute value)`, every expected value written by hand
/// from the policy: blocked values become exactly [`B`], allowed ones their percent-normalization.
const NAVIGATION: &[(&str, &str)] = &[
    // Allowed schemes, any ASCII case, at index 0.
    ("https://example.com/", "https://example.com/"),
    ("http://example.com/a?b=c#d", "http://example.com/a?b=c#d"),
    ("HTTPS://EXAMPLE.COM/", "HTTPS://EXAMPLE.COM/"),
    ("HtTp://example.com", "HtTp://example.com"),
    ("hTTpS://example.com", "hTTpS://example.com"),
    ("https:", "https:"),
    ("http:", "http:"),
    ("http:javascript:alert(1)", "http:javascript:alert(1)"),
    (
        "https://example.com/javascript:alert(1)",
        "https://example.com/javascript:alert(1)",
    ),
    (
        "https://user:pass@example.com:8443/p",
        "https://user:pass@example.com:8443/p",
    ),
    (
        "https://example.com/a{b}|c^d[e]~",
        "https://example.com/a{b}|c^d[e]~",
    ),
    (
        "https://example.com/?a=1&b=2",
        "https://example.com/?a=1&b=2",
    ),
    ("https://example.com/&amp;", "https://example.com/&amp;"),
    (
        "https://example.com/&lt;script&gt;",
        "https://example.com/&lt;script&gt;",
    ),
    // `http:` with odd content: normalized, never refused, never a character dropped.
    ("https://example.com/a b", "https://example.com/a%20b"),
    (
        "https://example.com/\"><script>alert(1)</script>",
        "https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    ),
    (
        "https://example.com/' onmouseover='alert(1)",
        "https://example.com/%27%20onmouseover=%27alert(1)",
    ),
    ("https://example.com/`x`", "https://example.com/%60x%60"),
    ("https://example.com/\\evil", "https://example.com/%5Cevil"),
    ("https:\\\\evil.example", "https:%5C%5Cevil.example"),
    ("http://example.com ", "http://example.com%20"),
    ("https://example.com/\t", "https://example.com/%09"),
    ("https://example.com/\n\r", "https://example.com/%0A%0D"),
    ("https://example.com/\0", "https://example.com/%00"),
    (
        "https://example.com/\u{1}\u{1f}",
        "https://example.com/%01%1F",
    ),
    ("https://example.com/\u{7f}", "https://example.com/%7F"),
    ("https://example.com/\u{85}", "https://example.com/%C2%85"),
    ("https://example.com/\u{a0}", "https://example.com/%C2%A0"),
    (
        "https://example.com/\u{2028}",
        "https://example.com/%E2%80%A8",
    ),
    (
        "https://example.com/\u{feff}",
        "https://example.com/%EF%BB%BF",
    ),
    (
        "https://example.com/caf\u{e9}",
        "https://example.com/caf%C3%A9",
    ),
    (
        "https://example.com/\u{1f980}",
        "https://example.com/%F0%9F%A6%80",
    ),
    (
        "https://\u{4f8b}\u{3048}.jp/",
        "https://%E4%BE%8B%E3%81%88.jp/",
    ),
    ("https://example.com/100%", "https://example.com/100%25"),
    (
        "https://example.com/%41%2f%7E",
        "https://example.com/%41%2f%7E",
    ),
    ("https://example.com/%zz", "https://example.com/%25zz"),
    ("https://example.com/%4", "https://example.com/%254"),
    ("https://example.com/%%41", "https://example.com/%25%41"),
    (
        "https://example.com/%\u{e9}",
        "https://example.com/%25%C3%A9",
    ),
    // mailto and tel.
    ("mailto:ada@example.com", "mailto:ada@example.com"),
    (
        "MAILTO:ada@example.com?subject=Hi there&body=<b>",
        "MAILTO:ada@example.com?subject=Hi%20there&body=%3Cb%3E",
    ),
    ("mailto:", "mailto:"),
    ("mailto:javascript:alert(1)", "mailto:javascript:alert(1)"),
    (
        "Mailto:\"a b\"@example.com",
        "Mailto:%22a%20b%22@example.com",
    ),
    ("tel:+1-555-0100", "tel:+1-555-0100"),
    ("TEL:+1 555 0100", "TEL:+1%20555%200100"),
    ("tel:", "tel:"),
    ("tel:%2B1", "tel:%2B1"),
    // `javascript:` in any case.
    ("javascript:alert(1)", B),
    ("JAVASCRIPT:alert(1)", B),
    ("JaVaScRiPt:alert(1)", B),
    ("javascript:", B),
    ("javascript://%0Aalert(1)", B),
    ("javascript:alert(document.domain)//https://", B),
    (
        "javascript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
        B,
    ),
    // Leading whitespace and C0 controls, which the browser strips before the scheme.
    (" javascript:alert(1)", B),
    ("  \t\n javascript:alert(1)", B),
    ("\tjavascript:alert(1)", B),
    ("\njavascript:alert(1)", B),
    ("\r\njavascript:alert(1)", B),
    ("\u{c}javascript:alert(1)", B),
    ("\0javascript:alert(1)", B),
    ("\u{1}javascript:alert(1)", B),
    ("\u{8}javascript:alert(1)", B),
    ("\u{1f}javascript:alert(1)", B),
    ("\u{7f}javascript:alert(1)", B),
    ("\u{a0}javascript:alert(1)", B),
    ("\u{feff}javascript:alert(1)", B),
    ("\u{2028}javascript:alert(1)", B),
    ("\u{3000}javascript:alert(1)", B),
    // Trailing whitespace.
    ("javascript:alert(1) ", B),
    ("javascript:alert(1)\0", B),
    // Tabs, newlines and NUL inside the scheme, which the browser removes or rejects.
    ("java\tscript:alert(1)", B),
    ("java\nscript:alert(1)", B),
    ("java\rscript:alert(1)", B),
    ("j\ta\tv\ta\ts\tc\tr\ti\tp\tt\t:alert(1)", B),
    ("java\0script:alert(1)", B),
    ("javascript\t:alert(1)", B),
    ("javascript :alert(1)", B),
    ("javascript\0:alert(1)", B),
    ("javascript\u{ad}:alert(1)", B),
    // Percent-encoding: encoded schemes are not schemes; encoded colons are not colons.
    ("%6Aavascript:alert(1)", B),
    ("java%09script:alert(1)", B),
    ("%20javascript:alert(1)", B),
    ("javascript%3Aalert(1)", "javascript%3Aalert(1)"),
    ("javascript%3aalert(1)", "javascript%3aalert(1)"),
    ("javascript%253Aalert(1)", "javascript%253Aalert(1)"),
    ("javascript%3alert(1)", "javascript%3alert(1)"),
    (
        "%6A%61%76%61script%3Aalert(1)",
        "%6A%61%76%61script%3Aalert(1)",
    ),
    // Character references in a Rust string are literal text: `&` is written `&amp;`.
    ("javascript&colon;alert(1)", "javascript&colon;alert(1)"),
    ("javascript&#58;alert(1)", "javascript&#58;alert(1)"),
    ("javascript&#x3A;alert(1)", "javascript&#x3A;alert(1)"),
    ("&#106;avascript:alert(1)", "&#106;avascript:alert(1)"),
    ("&#x6A;avascript:alert(1)", "&#x6A;avascript:alert(1)"),
    (
        "&#0000106&#0000097vascript:alert(1)",
        "&#0000106&#0000097vascript:alert(1)",
    ),
    ("jav&#x09;ascript:alert(1)", "jav&#x09;ascript:alert(1)"),
    ("javascript&#0;:alert(1)", "javascript&#0;:alert(1)"),
    (
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    ),
    ("java&Tab;script:alert(1)", B),
    ("javascript&NewLine;:alert(1)", B),
    ("&Tab;javascript:alert(1)", B),
    // Unicode look-alikes: only an ASCII `:` makes a scheme.
    ("javascript\u{ff1a}alert(1)", "javascript%EF%BC%9Aalert(1)"),
    ("javascript\u{fe13}alert(1)", "javascript%EF%B8%93alert(1)"),
    ("javascript\u{2236}alert(1)", "javascript%E2%88%B6alert(1)"),
    ("javascript\u{a789}alert(1)", "javascript%EA%9E%89alert(1)"),
    ("\u{ff4a}avascript:alert(1)", B),
    ("javascr\u{131}pt:alert(1)", B),
    ("java\u{17f}cript:alert(1)", B),
    ("\u{1d423}avascript:alert(1)", B),
    (
        "\u{ff4a}\u{ff41}\u{ff56}\u{ff41}\u{ff1a}x",
        "%EF%BD%8A%EF%BD%81%EF%BD%96%EF%BD%81%EF%BC%9Ax",
    ),
    (
        "\u{ff0f}\u{ff0f}evil.example",
        "%EF%BC%8F%EF%BC%8Fevil.example",
    ),
    // Other schemes that run script, carry a document, or reach outside the web.
    ("vbscript:msgbox(1)", B),
    ("VBScript:msgbox(1)", B),
    ("livescript:alert(1)", B),
    ("data:text/html,<script>alert(1)</script>", B),
    (
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        B,
    ),
    ("DATA:text/html,x", B),
    ("data:image/svg+xml;base64,PHN2Zz4=", B),
    ("data:image/png;base64,iVBORw0KGgo=", B),
    ("data:,hello", B),
    ("blob:https://example.com/0e1f", B),
    ("file:///etc/passwd", B),
    ("filesystem:https://example.com/temporary/x", B),
    ("intent://scan/#Intent;scheme=zxing;end", B),
    (
        "ms-its:mhtml:file://C:\\x.mht!http://evil.example/x.chm::/x.htm",
        B,
    ),
    ("jar:http://example.com/x.jar!/", B),
    ("ftp://example.com/", B),
    ("about:blank", B),
    ("about:invalid#vetted", B),
    ("chrome://settings", B),
    ("view-source:https://example.com", B),
    ("ws://example.com", B),
    ("wss://example.com", B),
    ("sms:+15550100", B),
    ("urn:isbn:0451450523", B),
    ("res://ieframe.dll/x", B),
    // Near misses of the allowed schemes.
    ("httpx://example.com", B),
    ("https\0://example.com", B),
    ("http ://example.com", B),
    ("ht\ttp://example.com", B),
    ("\thttps://example.com", B),
    (" https://example.com", B),
    ("\u{feff}https://example.com", B),
    ("mailtox:a@example.com", B),
    ("te l:+1", B),
    // Anything else with a `:` before its first `/`, `?` or `#`.
    ("x:", B),
    ("a:b", B),
    (":", B),
    (":foo", B),
    ("localhost:8080", B),
    ("example.com:443/path", B),
    ("C:\\Windows\\x", B),
    ("1http://example.com", B),
    ("+:x", B),
    // No scheme: relative references, kept.
    ("", ""),
    ("/", "/"),
    ("/path/to/page", "/path/to/page"),
    ("//evil.example", "//evil.example"),
    ("//evil.example/path:x", "//evil.example/path:x"),
    ("/path:with:colons", "/path:with:colons"),
    ("?q=a:b", "?q=a:b"),
    ("#frag:x", "#frag:x"),
    ("./javascript:x", "./javascript:x"),
    ("../javascript:alert(1)", "../javascript:alert(1)"),
    ("javascript", "javascript"),
    ("javascript/alert:1", "javascript/alert:1"),
    ("?javascript:alert(1)", "?javascript:alert(1)"),
    ("#javascript:alert(1)", "#javascript:alert(1)"),
    ("/a?b:c#d:e", "/a?b:c#d:e"),
    ("#", "#"),
    ("?", "?"),
    ("page.html", "page.html"),
    ("&", "&"),
    ("/a?b=1&c=2", "/a?b=1&c=2"),
    ("https//example.com", "https//example.com"),
    // Relative references with odd content: normalized.
    (" ", "%20"),
    ("/a b", "/a%20b"),
    (" /path", "%20/path"),
    ("/\t/evil.example", "/%09/evil.example"),
    ("/\\evil.example", "/%5Cevil.example"),
    ("\\\\evil.example", "%5C%5Cevil.example"),
    ("page.html?x=<y>", "page.html?x=%3Cy%3E"),
    ("/search?q=\"quoted\"", "/search?q=%22quoted%22"),
    ("/x'y", "/x%27y"),
    ("/\0", "/%00"),
    ("/caf\u{e9}", "/caf%C3%A9"),
    ("/\u{d55c}\u{ad6d}", "/%ED%95%9C%EA%B5%AD"),
    ("/x\u{1b}[31m", "/x%1B[31m"),
    ("/path#frag with space", "/path#frag%20with%20space"),
    ("/100%", "/100%25"),
    ("%", "%25"),
    ("%%", "%25%25"),
    ("%2", "%252"),
    ("%41", "%41"),
    ("%G1", "%25G1"),
    ("%1G", "%251G"),
    ("%c3%A9", "%c3%A9"),
    ("<", "%3C"),
    (">", "%3E"),
    ("/<!--", "/%3C!--"),
    ("/-->", "/--%3E"),
    ("/</a><script>", "/%3C/a%3E%3Cscript%3E"),
    ("/x?y=</script>", "/x?y=%3C/script%3E"),
    (
        "\"><script>alert(1)</script>",
        "%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    ),
    ("' onmouseover='alert(1)", "%27%20onmouseover=%27alert(1)"),
    ("\" onerror=\"alert(1)", "%22%20onerror=%22alert(1)"),
    ("`onmouseover=alert(1)", "%60onmouseover=alert(1)"),
    ("/\u{202e}gpj.exe", "/%E2%80%AEgpj.exe"),
];

/// `(dynamic value of <img src>, decoded attribute value)`: what media attributes add to the
/// navigational policy (raster `data:` images) and what they still refuse.
const MEDIA: &[(&str, &str)] = &[
    (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    ),
    (
        "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
        "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
    ),
    (
        "data:image/jpeg;base64,/9j/4AAQSkZJRg==",
        "data:image/jpeg;base64,/9j/4AAQSkZJRg==",
    ),
    (
        "data:image/webp;base64,UklGRg==",
        "data:image/webp;base64,UklGRg==",
    ),
    ("data:image/bmp;base64,Qk0=", "data:image/bmp;base64,Qk0="),
    (
        "data:image/x-icon;base64,AAABAA==",
        "data:image/x-icon;base64,AAABAA==",
    ),
    (
        "data:image/avif;base64,AAAAIGZ0eXA=",
        "data:image/avif;base64,AAAAIGZ0eXA=",
    ),
    ("data:image/webp;base64,+/=+", "data:image/webp;base64,+/=+"),
    ("data:image/png;base64,", "data:image/png;base64,"),
    ("DATA:IMAGE/PNG;base64,AAAA", "DATA:IMAGE/PNG;base64,AAAA"),
    ("data:image/PNG;base64,AAAA", "data:image/PNG;base64,AAAA"),
    (
        "Data:Image/X-Icon;base64,AAAA",
        "Data:Image/X-Icon;base64,AAAA",
    ),
    ("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", B),
    ("data:image/svg+xml,<svg onload=alert(1)>", B),
    ("data:image/SVG+XML;base64,PHN2Zz4=", B),
    ("data:image/png,rawbytes", B),
    ("data:image/png;base64,AA AA", B),
    ("data:image/png;base64,AAAA\"><script>", B),
    ("data:image/png;charset=utf-8;base64,AAAA", B),
    ("data:image/png;base64,AAAA#frag", B),
    ("data:image/png;base64,AAAA%3D", B),
    ("data:image/png;base64,AAAA\n", B),
    ("data:image/png;base64,AAAA;base64,", B),
    ("data:image/png ;base64,AAAA", B),
    ("data:image/pngx;base64,AAAA", B),
    ("data:image/jpg;base64,AAAA", B),
    ("data:image/tiff;base64,AAAA", B),
    ("data:image/;base64,AAAA", B),
    ("data:text/html;base64,PHNjcmlwdD4=", B),
    ("data:application/octet-stream;base64,AAAA", B),
    (" data:image/png;base64,AAAA", B),
    ("\tdata:image/png;base64,AAAA", B),
    ("da\tta:image/png;base64,AAAA", B),
    ("data:image/gif;base64,R0lG\0", B),
    ("https://example.com/a.png", "https://example.com/a.png"),
    ("/img/a b.png", "/img/a%20b.png"),
    ("javascript:alert(1)", B),
];

/// Every mismatch of `render(input)` against its expected decoded value, gathered so that one
/// failure lists every wrong case.
fn mismatches(
    cases: &[(&str, &str)],
    mut render: impl FnMut(&str) -> String,
    expected_tree: impl Fn(&str) -> Vec<Tree>,
) -> Vec<String> {
    let mut failures = Vec::new();
    for &(input, expected) in cases {
        // A panic is a failure of its own case; the others still run, so one report lists all.
        let page = match panic::catch_unwind(AssertUnwindSafe(|| render(input))) {
            Ok(page) => page,
            Err(payload) => {
                let message = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                failures.push(format!("input {input:?}\n  rendering panicked: {message}"));
                continue;
            }
        };
        for scripting in SCRIPTING {
            let actual = body_children(&page, scripting);
            let wanted = expected_tree(expected);
            if actual != wanted {
                failures.push(format!(
                    "input {input:?}\n  markup   {page:?}\n  expected {wanted:?}\n  actual   {actual:?}"
                ));
                break;
            }
        }
    }
    failures
}

#[track_caller]
fn assert_no_mismatches(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} case(s) wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_tables_hold_enough_cases() {
    assert!(NAVIGATION.len() >= 150, "{}", NAVIGATION.len());
    assert!(MEDIA.len() >= 30, "{}", MEDIA.len());
}

#[test]
fn the_replacement_is_about_invalid_vetted() {
    assert_eq!(vetted::url::INVALID_URL, B);
    assert_eq!(BLOCKED_URL, B);
}

#[test]
fn the_oracle_agrees_with_the_hand_written_tables() {
    // The property tests below compare against `expected_url`; it must say what the tables say.
    for &(input, expected) in NAVIGATION {
        assert_eq!(expected_url(input, false), expected, "{input:?}");
    }
    for &(input, expected) in MEDIA {
        assert_eq!(expected_url(input, true), expected, "{input:?}");
    }
}

#[test]
fn navigation_table_in_a_href() {
    let failures = mismatches(
        NAVIGATION,
        |url| html! { <a href={url}>"x"</a> }.into_string(),
        |href| vec![el("a", &[("href", href)], [text("x")])],
    );
    assert_no_mismatches(&failures);
}

#[test]
fn navigation_table_with_owned_strings() {
    let failures = mismatches(
        NAVIGATION,
        |url| {
            let owned = url.to_owned();
            let cow = std::borrow::Cow::Borrowed(url);
            html! { <a href={owned}>"x"</a><a href={cow}>"y"</a> }.into_string()
        },
        |href| {
            vec![
                el("a", &[("href", href)], [text("x")]),
                el("a", &[("href", href)], [text("y")]),
            ]
        },
    );
    assert_no_mismatches(&failures);
}

#[test]
fn navigation_table_in_every_navigational_attribute() {
    let failures = mismatches(
        NAVIGATION,
        |url| {
            html! {
                <map name="m"><area href={url} alt="a"></map>
                <form action={url}><button formaction={url}>"go"</button></form>
                <blockquote cite={url}>"q"</blockquote>
                <div data-link-url={url} data-href={url} data-src={url}></div>
                <svg><a href={url} xlink:href={url}><text>"t"</text></a></svg>
            }
            .into_string()
        },
        |v| {
            vec![
                el(
                    "map",
                    &[("name", "m")],
                    [el("area", &[("href", v), ("alt", "a")], [])],
                ),
                el(
                    "form",
                    &[("action", v)],
                    [el("button", &[("formaction", v)], [text("go")])],
                ),
                el("blockquote", &[("cite", v)], [text("q")]),
                el(
                    "div",
                    &[("data-link-url", v), ("data-href", v), ("data-src", v)],
                    [],
                ),
                el(
                    "svg:svg",
                    &[],
                    [el(
                        "svg:a",
                        &[("href", v), ("xlink:href", v)],
                        [el("svg:text", &[], [text("t")])],
                    )],
                ),
            ]
        },
    );
    assert_no_mismatches(&failures);
}

#[test]
fn navigation_table_holds_for_img_src_apart_from_data_urls() {
    let cases: Vec<(&str, &str)> = NAVIGATION
        .iter()
        .copied()
        .filter(|(input, _)| {
            !input
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("data:"))
        })
        .collect();
    let failures = mismatches(
        &cases,
        |url| html! { <img src={url} alt=""> }.into_string(),
        |src| vec![el("img", &[("src", src), ("alt", "")], [])],
    );
    assert_no_mismatches(&failures);
}

#[test]
fn media_table_in_img_src() {
    let failures = mismatches(
        MEDIA,
        |url| html! { <img src={url} alt=""> }.into_string(),
        |src| vec![el("img", &[("src", src), ("alt", "")], [])],
    );
    assert_no_mismatches(&failures);
}

#[test]
fn media_table_in_every_media_attribute() {
    let failures = mismatches(
        MEDIA,
        |url| {
            html! {
                <video poster={url} src={url}><source src={url}><track src={url}></video>
                <audio src={url}></audio>
                <input type="image" src={url} alt="i">
                <svg><image href={url}/></svg>
            }
            .into_string()
        },
        |v| {
            vec![
                el(
                    "video",
                    &[("poster", v), ("src", v)],
                    [
                        el("source", &[("src", v)], []),
                        el("track", &[("src", v)], []),
                    ],
                ),
                el("audio", &[("src", v)], []),
                el("input", &[("type", "image"), ("src", v), ("alt", "i")], []),
                el("svg:svg", &[], [el("svg:image", &[("href", v)], [])]),
            ]
        },
    );
    assert_no_mismatches(&failures);
}

#[test]
fn data_image_urls_are_refused_in_navigational_attributes() {
    let data: Vec<(&str, &str)> = MEDIA
        .iter()
        .map(|&(input, _)| (input, expected_url(input, false)))
        .filter(|(input, _)| {
            input
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("data:"))
        })
        .map(|(input, expected)| {
            assert_eq!(expected, B, "{input:?}");
            (input, B)
        })
        .collect();
    assert!(data.len() > 25);
    let failures = mismatches(
        &data,
        |url| html! { <a href={url}>"x"</a> }.into_string(),
        |href| vec![el("a", &[("href", href)], [text("x")])],
    );
    assert_no_mismatches(&failures);
}

#[test]
fn a_refused_url_is_written_exactly_as_the_replacement() {
    let url = "javascript:alert(1)";
    assert_eq!(
        html! { <a href={url}>"x"</a> }.as_str(),
        r#"<a href="about:invalid#vetted">x</a>"#
    );
}

#[test]
fn an_allowed_url_is_percent_normalized_then_attribute_escaped() {
    let url = "/a b?c=1&d=\"<>\"#é";
    assert_eq!(
        html! { <a href={url}>"x"</a> }.as_str(),
        r#"<a href="/a%20b?c=1&amp;d=%22%3C%3E%22#%C3%A9">x</a>"#
    );
}

#[test]
fn none_leaves_a_url_attribute_out_and_some_is_checked() {
    let (none, bad, good) = (None::<&str>, Some("javascript:x"), Some("/ok"));
    assert_eq!(
        html! { <a href={none}>"a"</a><a href={bad}>"b"</a><img src={good} alt=""> }.as_str(),
        r#"<a>a</a><a href="about:invalid#vetted">b</a><img src="/ok" alt="">"#
    );
}

// `srcset`: each candidate's URL is checked on its own, descriptors kept.

/// `(dynamic srcset, decoded attribute value)`, written by hand.
const SRCSET: &[(&str, &str)] = &[
    ("a.png 1x, b.png 2x", "a.png 1x, b.png 2x"),
    ("a.png", "a.png"),
    ("", ""),
    (",,,", ",,,"),
    (
        "javascript:alert(1) 1x, b.png 2x",
        "about:invalid#vetted 1x, b.png 2x",
    ),
    (
        "a.png 1x, javascript:alert(1) 2x",
        "a.png 1x, about:invalid#vetted 2x",
    ),
    (
        "a.png 1x,javascript:alert(1) 2x",
        "a.png 1x,about:invalid#vetted 2x",
    ),
    ("JAVASCRIPT:x 100w", "about:invalid#vetted 100w"),
    ("a.png,, javascript:x 2x", "a.png,, about:invalid#vetted 2x"),
    ("a.png,,javascript:x", "about:invalid#vetted"),
    ("a.png,javascript:x", "about:invalid#vetted"),
    (
        "data:image/png;base64,AAAA 1x, data:image/svg+xml;base64,PHN2Zz4= 2x",
        "data:image/png;base64,AAAA 1x, about:invalid#vetted 2x",
    ),
    ("data:image/png;base64,AAAA,", "data:image/png;base64,AAAA,"),
    (
        "data:image/png;base64,AAAA,javascript:x 1x",
        "about:invalid#vetted 1x",
    ),
    (" a.png 100w ,  b.png 200w ", " a.png 100w ,  b.png 200w "),
    ("\ta.png\n1x", "\ta.png\n1x"),
    ("a b.png 1x", "a b.png 1x"),
    ("java\tscript:x 1x", "java\tscript:x 1x"),
    ("a.png 1x\"onerror=alert(1)", "a.png 1x\"onerror=alert(1)"),
    (
        "a.png 1x, \"><script>alert(1)</script> 2x",
        "a.png 1x, %22%3E%3Cscript%3Ealert(1)%3C/script%3E 2x",
    ),
    ("/a b.png", "/a b.png"),
    ("caf\u{e9}.png 1x", "caf%C3%A9.png 1x"),
    // Parentheses group descriptors, so a `,` inside them separates nothing...
    (
        "a.png 1x(, javascript:alert(1)) 2x",
        "a.png 1x(, javascript:alert(1)) 2x",
    ),
    // ...but they do not nest: the first `)` ends the group (HTML's "in parens" state), so the
    // `,` after it starts a new candidate whose URL must be checked.
    (
        "a.png 1x((), javascript:alert(1) 2x",
        "a.png 1x((), about:invalid#vetted 2x",
    ),
    (
        "a.png (((x)), vbscript:x",
        "a.png (((x)), about:invalid#vetted",
    ),
];

#[test]
fn srcset_table_checks_each_candidate() {
    let failures = mismatches(
        SRCSET,
        |set| {
            html! {
                <img srcset={set} alt="">
                <picture><source srcset={set}></picture>
                <link rel="preload" as="image" imagesrcset={set}>
            }
            .into_string()
        },
        |v| {
            vec![
                el("img", &[("srcset", v), ("alt", "")], []),
                el("picture", &[], [el("source", &[("srcset", v)], [])]),
                el(
                    "link",
                    &[("rel", "preload"), ("as", "image"), ("imagesrcset", v)],
                    [],
                ),
            ]
        },
    );
    assert_no_mismatches(&failures);
}

#[test]
fn srcset_oracle_agrees_with_the_hand_written_table() {
    for &(input, expected) in SRCSET {
        assert_eq!(expected_srcset(input), expected, "{input:?}");
    }
}

#[test]
fn srcset_candidates_with_nested_parentheses_are_split_as_browsers_split_them() {
    // Browsers (and the HTML standard) leave the parenthesized group at the first `)`: the
    // `javascript:` URL below is the second candidate's URL, not part of a descriptor.
    let set = "a.png 1x((), javascript:alert(1) 2x";
    let urls: Vec<&str> = srcset_url_ranges(set)
        .into_iter()
        .map(|r| &set[r])
        .collect();
    assert_eq!(urls, ["a.png", "javascript:alert(1)"]);
    let page = html! { <img srcset={set} alt=""> };
    assert_body(
        page.as_str(),
        &[el(
            "img",
            &[
                ("srcset", "a.png 1x((), about:invalid#vetted 2x"),
                ("alt", ""),
            ],
            [],
        )],
    );
}

// `ping`: a space-separated list, each URL checked.

#[test]
fn ping_checks_each_url_of_the_list() {
    let cases: &[(&str, &str)] = &[
        ("/a /b", "/a /b"),
        ("/track", "/track"),
        (
            "/a javascript:alert(1) https://x.example/p",
            "/a about:invalid#vetted https://x.example/p",
        ),
        ("JAVASCRIPT:x", B),
        ("  /a\t\n/b  ", "/a /b"),
        ("", ""),
        ("\"><x", "%22%3E%3Cx"),
        ("/a\u{a0}/b", "/a%C2%A0/b"),
        ("data:image/png;base64,AAAA", B),
        ("/a /b?c=d&e", "/a /b?c=d&e"),
        (
            "vbscript:x mailto:a@example.com",
            "about:invalid#vetted mailto:a@example.com",
        ),
    ];
    let failures = mismatches(
        cases,
        |list| {
            html! {
                <a href="/" ping={list}>"x"</a>
                <map name="m"><area href="/" ping={list} alt=""></map>
            }
            .into_string()
        },
        |v| {
            vec![
                el("a", &[("href", "/"), ("ping", v)], [text("x")]),
                el(
                    "map",
                    &[("name", "m")],
                    [el("area", &[("href", "/"), ("ping", v), ("alt", "")], [])],
                ),
            ]
        },
    );
    assert_no_mismatches(&failures);
}

// URLs built from parts: each dynamic part percent-encoded for where it sits.

#[test]
fn a_path_part_is_one_segment() {
    let id = "a/b?c#d%e f&g=h+i";
    let page = html! { <a href=("/users/" {id} "/edit")>"x"</a> };
    assert_eq!(
        page.as_str(),
        r#"<a href="/users/a%2Fb%3Fc%23d%25e%20f&amp;g=h+i/edit">x</a>"#
    );
    assert_body(
        page.as_str(),
        &[el(
            "a",
            &[("href", "/users/a%2Fb%3Fc%23d%25e%20f&g=h+i/edit")],
            [text("x")],
        )],
    );
}

#[test]
fn a_query_part_is_one_key_or_value() {
    let (q, n) = ("a&b=c+d#e/f?g h", 2);
    let page = html! { <a href=("/search?q=" {q} "&page=" {n})>"x"</a> };
    assert_body(
        page.as_str(),
        &[el(
            "a",
            &[("href", "/search?q=a%26b%3Dc%2Bd%23e/f?g%20h&page=2")],
            [text("x")],
        )],
    );
}

#[test]
fn a_query_key_part_is_encoded_like_a_value() {
    let (key, value) = ("k=&", "v#");
    let page = html! { <a href=("/s?" {key} "=" {value})>"x"</a> };
    assert_body(
        page.as_str(),
        &[el("a", &[("href", "/s?k%3D%26=v%23")], [text("x")])],
    );
}

#[test]
fn a_fragment_part_is_fragment_text() {
    let f = "a b#c/d?e&f=g+h%";
    let page = html! { <a href=("/doc#" {f})>"x"</a> };
    assert_body(
        page.as_str(),
        &[el(
            "a",
            &[("href", "/doc#a%20b%23c/d?e&f=g+h%25")],
            [text("x")],
        )],
    );
}

#[test]
fn every_component_encodes_the_same_unsafe_characters_and_keeps_the_same_safe_ones() {
    let unsafe_chars = "\"'<>`\\[]{}|^ \t\n\r\0\u{7f}é🦀";
    let encoded = "%22%27%3C%3E%60%5C%5B%5D%7B%7D%7C%5E%20%09%0A%0D%00%7F%C3%A9%F0%9F%A6%80";
    let safe = "AZaz09-._~!$()*,;:@";
    let page = html! {
        <a href=("/p/" {unsafe_chars} "/" {safe})>"p"</a>
        <a href=("/q?k=" {unsafe_chars} "&s=" {safe})>"q"</a>
        <a href=("/f#" {unsafe_chars} "," {safe})>"f"</a>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "a",
                &[("href", &format!("/p/{encoded}/{safe}"))],
                [text("p")],
            ),
            el(
                "a",
                &[("href", &format!("/q?k={encoded}&s={safe}"))],
                [text("q")],
            ),
            el(
                "a",
                &[("href", &format!("/f#{encoded},{safe}"))],
                [text("f")],
            ),
        ],
    );
}

#[test]
fn url_parts_take_integers_chars_and_display_values() {
    let (n, neg, big, c, slash, ratio) = (7_u8, -3_i64, u128::MAX, 'é', '/', 1.5_f64);
    let label = "a/b c";
    let page = html! {
        <a href=("/n/" {n} "/" {neg} "/" {big})>"n"</a>
        <a href=("/c/" {c} "/" {slash})>"c"</a>
        <a href=("/d/" {display(&ratio)} "?l=" {display(&label)})>"d"</a>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "a",
                &[("href", "/n/7/-3/340282366920938463463374607431768211455")],
                [text("n")],
            ),
            el("a", &[("href", "/c/%C3%A9/%2F")], [text("c")]),
            el("a", &[("href", "/d/1.5?l=a/b%20c")], [text("d")]),
        ],
    );
}

#[test]
fn url_parts_cannot_change_the_scheme_or_the_host() {
    let (segment, host_hop, backslash, scheme) = (
        "javascript:alert(1)",
        "/evil.example",
        "\\evil.example",
        "javascript:alert(1)",
    );
    let page = html! {
        <a href=("https://example.com/" {segment})>"a"</a>
        <a href=("/" {host_hop})>"b"</a>
        <a href=("/" {backslash})>"c"</a>
        <a href=("?next=" {scheme})>"d"</a>
    };
    let expected = [
        el(
            "a",
            &[("href", "https://example.com/javascript:alert(1)")],
            [text("a")],
        ),
        el("a", &[("href", "/%2Fevil.example")], [text("b")]),
        el("a", &[("href", "/%5Cevil.example")], [text("c")]),
        el("a", &[("href", "?next=javascript:alert(1)")], [text("d")]),
    ];
    assert_body(page.as_str(), &expected);
    for tree in body_children(page.as_str(), true) {
        let href = tree.attr("href").unwrap();
        assert!(
            matches!(browser_scheme(href).as_deref(), None | Some("https")),
            "{href:?}"
        );
    }
}

#[test]
fn url_parts_work_in_media_and_data_url_attributes() {
    let (name, u) = ("ada lovelace", "https://x.example/?a=b&c");
    let page = html! {
        <img src=("/avatars/" {name} ".png") alt="">
        <div data-share-url=("/share?u=" {u})></div>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "img",
                &[("src", "/avatars/ada%20lovelace.png"), ("alt", "")],
                [],
            ),
            el(
                "div",
                &[("data-share-url", "/share?u=https://x.example/?a%3Db%26c")],
                [],
            ),
        ],
    );
}

#[test]
fn many_parts_switch_component_at_the_literal_question_mark_and_hash() {
    let (x, y, k, v, f) = ("x/1", "y?2", "k&", "v=", "f#");
    let page = html! { <a href=("/a/" {x} "/" {y} "?k=" {k} "&v=" {v} "#" {f})>"x"</a> };
    assert_body(
        page.as_str(),
        &[el(
            "a",
            &[("href", "/a/x%2F1/y%3F2?k=k%26&v=v%3D#f%23")],
            [text("x")],
        )],
    );
}

#[test]
fn an_empty_part_writes_nothing() {
    let empty = "";
    let page = html! { <a href=("/a/" {empty} "/b")>"x"</a> };
    assert_eq!(page.as_str(), r#"<a href="/a//b">x</a>"#);
}

/// A `Display` value written in several pieces, as `write!` with arguments does.
struct Pieces(&'static [&'static str]);

impl std::fmt::Display for Pieces {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|piece| f.write_str(piece))
    }
}

/// `.` and `..` have no encoding as a path segment that browsers would not read as dots again
/// (they read `%2e` as `.`), and as a whole segment they climb out of it: `/users/../edit` is
/// `/edit`. A path part that is one of them refuses the whole URL, with whatever the template
/// writes after it in the replacement's fragment (issue 17, item 8).
#[test]
fn a_path_part_that_is_a_dot_segment_refuses_the_whole_url() {
    for dots in [".", ".."] {
        let owned = dots.to_owned();
        let page = html! {
            <a href=("/users/" {dots} "/edit")>"a"</a>
            <a href=("https://example.com/" {owned} "?q=" {dots})>"b"</a>
            <button hx-get=("/items/" {dots})>"c"</button>
            <img src=("https://cdn.example/" {display(dots)} "/a.png") alt="">
            <a href=("/a/" {""} {dots} "/b/" {"c"})>"d"</a>
        };
        assert_body(
            page.as_str(),
            &[
                el("a", &[("href", &format!("{B}/edit"))], [text("a")]),
                el("a", &[("href", &format!("{B}?q={dots}"))], [text("b")]),
                el("button", &[("hx-get", B)], [text("c")]),
                el("img", &[("src", &format!("{B}/a.png")), ("alt", "")], []),
                el("a", &[("href", &format!("{B}/b/c"))], [text("d")]),
            ],
        );
    }
    // Two parts that are `.` each: refused at the first.
    let dot = '.';
    let page = html! { <a href=("/a/" {dot} {dot} "/b")>"x"</a> };
    assert_eq!(page.as_str(), format!(r#"<a href="{B}/b">x</a>"#));
    // A `Display` value is judged whole, not by the pieces it writes.
    let page = html! {
        <a href=("/v/" {display(Pieces(&["1", ".", "2"]))})>"a"</a>
        <a href=("/v/" {display(Pieces(&[".", "."]))})>"b"</a>
    };
    assert_body(
        page.as_str(),
        &[
            el("a", &[("href", "/v/1.2")], [text("a")]),
            el("a", &[("href", B)], [text("b")]),
        ],
    );
}

/// Dots with anything else, encoded dots, and dots in a query or fragment are no dot segment:
/// they are written as they are (the `%` encoded), and browsers keep them in place.
#[test]
fn other_dotted_parts_stay_in_their_segment() {
    for part in [
        "...", ".a", "a.", "%2e", "%2E%2e", ".%2E", "%2e.", ". ", ".\t",
    ] {
        let page = html! { <a href=("/users/" {part} "/edit?q=" {"."} "#" {".."})>"x"</a> };
        let tree = body_children(page.as_str(), true);
        let href = tree[0].attr("href").unwrap_or_default();
        let resolved = resolved(href).unwrap_or_else(|| panic!("{href:?}"));
        let segments: Vec<&str> = resolved.path_segments().into_iter().flatten().collect();
        assert_eq!(segments.len(), 3, "{href:?} is {resolved}");
        assert_eq!(
            (segments[0], percent_decoded(segments[1]), segments[2]),
            ("users", part.to_owned(), "edit"),
            "{href:?}"
        );
        assert_eq!(
            (resolved.query(), resolved.fragment()),
            (Some("q=."), Some("..")),
            "{href:?}"
        );
    }
}

// Properties.

/// Fragments biased towards schemes, separators, controls and non-ASCII.
const URL_PIECES: &[&str] = &[
    "javascript:",
    "JaVaScRiPt:",
    "java\tscript:",
    "java\nscript",
    "vbscript:",
    "data:",
    "data:image/png;base64,",
    "data:image/svg+xml;base64,",
    "http:",
    "https://",
    "HTTP:",
    "mailto:",
    "tel:",
    "about:",
    ":",
    "/",
    "//",
    "\\",
    "?",
    "#",
    "%",
    "%3A",
    "%3a",
    "%zz",
    "%4",
    "&",
    "&#58;",
    "&colon;",
    " ",
    "\t",
    "\n",
    "\r",
    "\0",
    "\u{1}",
    "\u{1f}",
    "\u{7f}",
    "\u{a0}",
    "\u{feff}",
    "\u{ff1a}",
    "\u{2028}",
    "é",
    "🦀",
    "\"",
    "'",
    "`",
    "<",
    ">",
    "=",
    ",",
    "(",
    ")",
    "1x",
    "AAAA",
    "alert(1)",
    "example.com",
];

fn url_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(URL_PIECES).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        2 => "[a-zA-Z0-9]{1,5}",
    ];
    let prefix = prop_oneof![
        select(
            &[
                "",
                "",
                "javascript:",
                "http:",
                "https://",
                "mailto:",
                "/",
                "//",
                " ",
                "\u{0}"
            ][..]
        ),
        select(URL_PIECES),
    ];
    (prefix, prop::collection::vec(piece, 0..10))
        .prop_map(|(prefix, pieces)| format!("{prefix}{}", pieces.concat()))
}

/// Image candidate lists: URLs (hostile or not), descriptors, separators and parentheses.
fn srcset_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(
            &[
                "a.png", "/b c.png", "javascript:alert(1)", "vbscript:x", "data:image/png;base64,AAAA",
                "data:image/svg+xml;base64,PHN2Zz4=", "JaVa\tScRiPt:x", "1x", "2x", "100w", "1.5x",
                " ", "  ", "\t", "\n", ",", ", ", ",,", "(", ")", "((", "))", "(1x", "2x)", "1x((),", " 1x(a(b)c), ",
            ][..]
        )
        .prop_map(str::to_owned),
        1 => url_like(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Whether a browser reading `url` would use a scheme the policy allows, or none.
fn scheme_is_allowed(url: &str, media: bool) -> bool {
    match browser_scheme(url).as_deref() {
        None | Some("http" | "https" | "mailto" | "tel") => true,
        Some("about") => url == B,
        Some("data") => media && vetted_tests::is_raster_data_url(url),
        Some(_) => false,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_string_in_href_is_refused_whole_or_normalized(url in url_like()) {
        let page = html! { <a href={url}>"x"</a> };
        let tree = body_children(page.as_str(), true);
        // Exactly one `a` with one `href`, whatever the value.
        prop_assert_eq!(tree.len(), 1, "{:?}", page);
        let href = tree[0].attr("href").unwrap_or_default().to_owned();
        // What a browser would read: a scheme only from the allowed set.
        prop_assert!(scheme_is_allowed(&href, false), "{:?} from {:?}", href, url);
        if href != B {
            // Nothing added or dropped: every byte printable, every `%` an escape, the same
            // `:`s as the input, and decoding gives the input back wherever it had no `%`.
            prop_assert!(href.bytes().all(|b| b.is_ascii_graphic()), "{:?}", href);
            prop_assert_eq!(href.matches(':').count(), url.matches(':').count());
            if !url.contains('%') {
                prop_assert_eq!(percent_decoded(&href), url.clone());
            }
        }
        let expected = expected_url(&url, false);
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el("a", &[("href", &expected)], [text("x")])],
                "{:?}", page
            );
        }
    }

    #[test]
    fn any_string_in_img_src_follows_the_media_policy(url in url_like()) {
        let page = html! { <img src={url} alt=""> };
        let expected = expected_url(&url, true);
        for scripting in SCRIPTING {
            prop_assert_eq!(
                body_children(page.as_str(), scripting),
                [el("img", &[("src", &expected), ("alt", "")], [])],
                "{:?}", page
            );
        }
        prop_assert!(scheme_is_allowed(&expected, true), "{:?}", expected);
    }

    #[test]
    fn any_string_in_srcset_is_checked_candidate_by_candidate(set in srcset_like()) {
        let page = html! { <img srcset={set} alt=""> };
        let tree = body_children(page.as_str(), true);
        prop_assert_eq!(tree.len(), 1, "{:?}", page);
        let written = tree[0].attr("srcset").unwrap_or_default().to_owned();
        // Safety first: every URL a browser finds in the written list is allowed for media.
        for range in srcset_url_ranges(&written) {
            let candidate = &written[range];
            prop_assert!(scheme_is_allowed(candidate, true), "candidate {:?} in {:?}", candidate, page);
        }
        prop_assert_eq!(
            tree,
            // Descriptors are only attribute-escaped, so the parser turns a NUL in them into U+FFFD.
            [el("img", &[("srcset", &nul_replaced(&expected_srcset(&set))), ("alt", "")], [])],
            "{:?}", page
        );
    }

    #[test]
    fn any_string_in_ping_is_checked_url_by_url(list in url_like()) {
        let page = html! { <a href="/" ping={list}>"x"</a> };
        let expected: Vec<String> = list
            .split_ascii_whitespace()
            .map(|url| expected_url(url, false))
            .collect();
        prop_assert_eq!(
            body_children(page.as_str(), false),
            [el("a", &[("href", "/"), ("ping", &expected.join(" "))], [text("x")])],
            "{:?}", page
        );
    }

    #[test]
    fn any_string_is_one_path_segment(part in url_like()) {
        let page = html! { <a href=("/u/" {part} "/edit")>"x"</a> };
        let tree = body_children(page.as_str(), true);
        prop_assert_eq!(tree.len(), 1);
        let href = tree[0].attr("href").unwrap_or_default();
        // The two values with no encoding as a segment refuse the URL instead.
        if matches!(part.as_str(), "." | "..") {
            prop_assert_eq!(href, format!("{B}/edit"));
            return Ok(());
        }
        let segment = href.strip_prefix("/u/").and_then(|rest| rest.strip_suffix("/edit"));
        prop_assert!(segment.is_some(), "{:?}", href);
        let segment = segment.unwrap_or_default();
        prop_assert!(!segment.contains(['/', '?', '#']), "{:?}", href);
        prop_assert!(segment.bytes().all(|b| b.is_ascii_graphic()), "{:?}", href);
        prop_assert_eq!(percent_decoded(segment), part);
    }

    #[test]
    fn any_string_is_one_query_value(part in url_like()) {
        let page = html! { <a href=("/s?q=" {part} "&n=1")>"x"</a> };
        let tree = body_children(page.as_str(), true);
        let href = tree[0].attr("href").unwrap_or_default();
        let value = href.strip_prefix("/s?q=").and_then(|rest| rest.strip_suffix("&n=1"));
        prop_assert!(value.is_some(), "{:?}", href);
        let value = value.unwrap_or_default();
        prop_assert!(!value.contains(['&', '=', '+', '#']), "{:?}", href);
        prop_assert!(value.bytes().all(|b| b.is_ascii_graphic()), "{:?}", href);
        prop_assert_eq!(percent_decoded(value), part);
    }

    #[test]
    fn any_string_is_fragment_text(part in url_like()) {
        let page = html! { <a href=("/d#" {part})>"x"</a> };
        let tree = body_children(page.as_str(), true);
        let href = tree[0].attr("href").unwrap_or_default();
        let fragment = href.strip_prefix("/d#");
        prop_assert!(fragment.is_some(), "{:?}", href);
        let fragment = fragment.unwrap_or_default();
        prop_assert!(!fragment.contains('#'), "{:?}", href);
        prop_assert!(fragment.bytes().all(|b| b.is_ascii_graphic()), "{:?}", href);
        prop_assert_eq!(percent_decoded(fragment), part);
    }
}

#[test]
fn base64_marker_of_data_images_is_case_insensitive() {
    let url = "data:image/png;BASE64,iVBORw0KGgo=";
    let page = vetted::html! { <img src={url} alt=""> };
    assert_eq!(
        page.as_str(),
        r#"<img src="data:image/png;BASE64,iVBORw0KGgo=" alt="">"#
    );
}

/// Strings a browser might read as a path on this site or as another host: slashes both
/// ways, the tab and line breaks URL parsing drops, dots, `@`, `%` and a host-like word.
fn path_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        select(
            &[
                "/",
                "\\",
                "\t",
                "\n",
                "\r",
                ".",
                "..",
                "@",
                ":",
                "%2f",
                "%5c",
                "?",
                "#",
                "evil.example",
                "a",
                " ",
            ][..],
        ),
        0..8,
    )
    .prop_map(|pieces| pieces.concat())
}

/// What a browser on `https://site.example/dir/page` makes of `reference`, per the WHATWG URL
/// parser (the `url` crate): `None` if it is no URL at all.
fn resolved(reference: &str) -> Option<url::Url> {
    let base = url::Url::parse("https://site.example/dir/page").expect("a valid base");
    base.join(reference).ok()
}

/// Where a browser on `https://site.example/dir/page` sends `reference`: `None` if it is no
/// URL at all.
fn host_of(reference: &str) -> Option<String> {
    resolved(reference).map(|resolved| resolved.host_str().unwrap_or_default().to_owned())
}

proptest! {
    #![proptest_config(config())]

    /// A resource literal that reads as a path (`/` then not `/`) loads from this site, and one
    /// that reads as `//host/` loads from that host, however the browser rewrites it
    /// (issue 17, item 6).
    #[test]
    fn resource_literals_load_from_the_host_they_show(rest in path_like()) {
        // `/` + a `rest` starting with `/` shows a host of its own: only the second form.
        let path = (!rest.starts_with('/')).then(|| (format!("/{rest}"), "site.example"));
        let host = Some((format!("//cdn.example/{rest}"), "cdn.example"));
        for (literal, shown) in path.into_iter().chain(host) {
            if !vetted_rules::url::is_safe_resource_literal(&literal) {
                continue;
            }
            if let Some(host) = host_of(&literal) {
                prop_assert_eq!(host, shown, "{:?}", literal);
            }
        }
    }

    /// A `TrustedUrl` that reads as a path stays on this site.
    #[test]
    fn trusted_urls_that_read_as_paths_stay_on_this_site(rest in path_like()) {
        prop_assume!(!rest.starts_with('/'));
        let path = format!("/{rest}");
        if let Ok(trusted) = vetted::TrustedUrl::new(path.as_str())
            && let Some(host) = host_of(trusted.as_str())
        {
            prop_assert_eq!(host, "site.example", "{:?}", path);
        }
    }
}

#[test]
fn rewritten_urls_are_refused_with_what_browsers_do() {
    for (url, found) in [
        ("/\\evil.example/", '\\'),
        ("/\t/evil.example/", '\t'),
        ("https://site.example\\@evil.example/", '\\'),
        ("/a\nb", '\n'),
    ] {
        assert_eq!(
            vetted::TrustedUrl::new(url),
            Err(vetted::TrustedError::RewrittenUrl {
                url: url.to_owned(),
                found
            }),
            "{url:?}"
        );
    }
    assert!(vetted::TrustedUrl::new("/search?q=a\\b").is_ok());
    assert!(vetted::TrustedUrl::new("mailto:a\\b@example.com").is_ok());
}

proptest! {
    #![proptest_config(config())]

    /// A `TrustedUrl` vouches for one URL; in `srcset` and `ping` the browser splits the text
    /// at whitespace into several, so there each is checked by the list's policy, as a
    /// string's would be (issue 17, item 7).
    #[test]
    fn a_trusted_url_in_a_list_is_checked_url_by_url(set in srcset_like()) {
        prop_assume!(vetted::TrustedUrl::new(set.as_str()).is_ok());
        let trusted = vetted::TrustedUrl::new(set.as_str()).expect("assumed");
        let page = html! { <img srcset={&trusted} alt=""><a href="/" ping={&trusted}>"x"</a> };
        let tree = body_children(page.as_str(), true);
        prop_assert_eq!(tree.len(), 2, "{:?}", page);
        let written = tree[0].attr("srcset").unwrap_or_default().to_owned();
        for range in srcset_url_ranges(&written) {
            let candidate = &written[range];
            prop_assert!(scheme_is_allowed(candidate, true), "candidate {:?} in {:?}", candidate, page);
        }
        let pings = tree[1].attr("ping").unwrap_or_default().to_owned();
        for url in pings.split_ascii_whitespace() {
            prop_assert!(scheme_is_allowed(url, false), "ping {:?} in {:?}", url, page);
        }
        // Where one URL stands, it is written as it is.
        let link = html! { <a href={&trusted}>"x"</a> };
        let href = body_children(link.as_str(), true)[0].attr("href").map(str::to_owned);
        prop_assert_eq!(href, Some(nul_replaced(&set)), "{:?}", link);
    }
}

#[test]
fn a_trusted_url_in_a_list_cannot_smuggle_a_second_url() {
    let trusted = vetted::TrustedUrl::new("/a.png 1x, javascript:alert(1) 2x").expect("no scheme");
    let page = html! { <img srcset={&trusted} alt=""> };
    assert_body(
        page.as_str(),
        &[el(
            "img",
            &[
                ("srcset", "/a.png 1x, about:invalid#vetted 2x"),
                ("alt", ""),
            ],
            [],
        )],
    );
    // Without whitespace it is one URL, written as it is, with the scheme it was trusted for;
    // with whitespace, each URL is checked, and one of a scheme only trusted whole is not.
    let blob =
        vetted::TrustedUrl::with_schemes("blob:https://a.example/1", &["blob"]).expect("listed");
    let two =
        vetted::TrustedUrl::with_schemes("blob:https://a.example/1 https://b.example/", &["blob"])
            .expect("listed");
    let page = html! { <a href="/" ping={&blob}>"x"</a><a href="/" ping={&two}>"y"</a> };
    assert_body(
        page.as_str(),
        &[
            el(
                "a",
                &[("href", "/"), ("ping", "blob:https://a.example/1")],
                [text("x")],
            ),
            el(
                "a",
                &[
                    ("href", "/"),
                    ("ping", "about:invalid#vetted https://b.example/"),
                ],
                [text("y")],
            ),
        ],
    );
}

// URLs built from parts, judged by the WHATWG URL parser (issue 17, item 8): whatever the
// values, a URL keeps the host its literals show, and each value stays in its own segment,
// query value or fragment.

/// Values biased towards what could climb out of a segment or into a host: dots, encoded
/// dots, slashes both ways, `@`, `:`, `?`, `#`, `%`, what browsers drop, and non-ASCII; a
/// quarter of them a lone `.`, `..` or nothing.
fn part_like() -> impl Strategy<Value = String> {
    let piece = select(
        &[
            ".",
            "..",
            "%2e",
            "%2E",
            "%",
            "/",
            "\\",
            "@",
            ":",
            "?",
            "#",
            "&",
            "=",
            "\t",
            "\n",
            "\r",
            " ",
            "\u{0}",
            "é",
            "🦀",
            "a",
            "evil.example",
            ".evil.example",
        ][..],
    );
    prop_oneof![
        1 => select(&[".", "..", ""][..]).prop_map(str::to_owned),
        3 => prop::collection::vec(piece, 1..5).prop_map(|pieces| pieces.concat()),
    ]
}

/// The path segments of `href` as a browser on `https://site.example/dir/page` resolves it,
/// after html5ever read it from `page`'s one element; or `None` for the refused URL.
fn resolved_href(page: &str, name: &str) -> Option<(String, Vec<String>, url::Url)> {
    let tree = body_children(page, true);
    assert_eq!(tree.len(), 1, "{page:?}");
    let href = tree[0].attr(name).unwrap_or_default();
    if href.starts_with(B) {
        return None;
    }
    let resolved = resolved(href).unwrap_or_else(|| panic!("{href:?} is no URL"));
    let segments = resolved
        .path_segments()
        .into_iter()
        .flatten()
        .map(percent_decoded)
        .collect();
    Some((
        resolved.host_str().unwrap_or_default().to_owned(),
        segments,
        resolved,
    ))
}

/// Whether a path part of `value` is refused: `.` and `..` only.
fn refused(value: &str) -> bool {
    matches!(value, "." | "..")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_path_part_keeps_the_host_and_the_segments_around_it(x in part_like(), y in part_like()) {
        let cases = [
            (html! { <a href=("/users/" {x} "/edit")>"x"</a> }, "href", refused(&x), "site.example", vec!["users".to_owned(), x.clone(), "edit".to_owned()]),
            (html! { <a href=("/a/" {x} {y} "/b")>"x"</a> }, "href", refused(&x) || refused(&y), "site.example", vec!["a".to_owned(), format!("{x}{y}"), "b".to_owned()]),
            (html! { <a href=("/" {x})>"x"</a> }, "href", refused(&x), "site.example", vec![x.clone()]),
            (html! { <a href=("./" {x} "/" {y})>"x"</a> }, "href", refused(&x) || refused(&y), "site.example", vec!["dir".to_owned(), x.clone(), y.clone()]),
            (html! { <a href=("/files/" {x} ".txt")>"x"</a> }, "href", refused(&x), "site.example", vec!["files".to_owned(), format!("{x}.txt")]),
            (html! { <a href=("https://example.com/" {x})>"x"</a> }, "href", refused(&x), "example.com", vec![x.clone()]),
            (html! { <img src=("https://cdn.example/" {x} "/a.js")> }, "src", refused(&x), "cdn.example", vec![x.clone(), "a.js".to_owned()]),
            (html! { <button hx-get=("/items/" {x})></button> }, "hx-get", refused(&x), "site.example", vec!["items".to_owned(), x.clone()]),
        ];
        for (page, name, refused, host, segments) in cases {
            match resolved_href(page.as_str(), name) {
                None => prop_assert!(refused, "{:?} refused", page),
                Some((resolved_host, resolved_segments, url)) => {
                    prop_assert!(!refused, "{:?} is {}", page, url);
                    prop_assert_eq!(resolved_host, host, "{:?} is {}", page, url);
                    prop_assert_eq!(resolved_segments, segments, "{:?} is {}", page, url);
                    prop_assert_eq!(url.query(), None);
                }
            }
        }
    }

    #[test]
    fn a_query_or_fragment_part_keeps_the_host_and_the_path(x in part_like(), y in part_like()) {
        let cases = [
            (html! { <a href=("https://example.com/?q=" {x} "#" {y})>"x"</a> }, "example.com", "/"),
            (html! { <a href=("?q=" {x} "#" {y})>"x"</a> }, "site.example", "/dir/page"),
            (html! { <button hx-get=("/search?q=" {x} "#" {y})></button> }, "site.example", "/search"),
        ];
        for (page, host, path) in cases {
            let tree = body_children(page.as_str(), true);
            let href = tree[0].attr("href").or_else(|| tree[0].attr("hx-get")).unwrap_or_default();
            let url = resolved(href);
            prop_assert!(url.is_some(), "{:?}", href);
            let url = url.unwrap_or_else(|| unreachable!());
            prop_assert_eq!(url.host_str(), Some(host), "{}", url);
            prop_assert_eq!(url.path(), path, "{}", url);
            let query = url.query().and_then(|query| query.strip_prefix("q="));
            prop_assert_eq!(query.map(percent_decoded), Some(x.clone()), "{}", url);
            prop_assert_eq!(url.fragment().map(percent_decoded), Some(y.clone()), "{}", url);
        }
    }
}

/// Literal text for URL templates: starts that fix the scheme or not, hosts ended or not,
/// lone and double slashes, dots, encoded dots, unfinished escapes, and what browsers rewrite.
const LITERAL_PIECES: &[&str] = &[
    "/",
    "/",
    "/",
    "//",
    "/a/",
    "a/",
    "b",
    ".",
    "..",
    "./",
    "/.",
    "%2e",
    "%2E",
    "%2",
    "%",
    "%41",
    "https://",
    "https://example.com",
    "https://example.com/",
    "https:",
    "http://h.example/",
    "mailto:",
    "?",
    "#",
    "?q=",
    "@",
    ":",
    " ",
    "\\",
    "/\\",
    "\t",
    "/\t",
];

/// A URL template: a literal start, then values (`None`) and more literal text.
fn template_like() -> impl Strategy<Value = Vec<Option<String>>> {
    let literal =
        || prop::collection::vec(select(LITERAL_PIECES), 1..3).prop_map(|pieces| pieces.concat());
    let piece = prop_oneof![1 => Just(None), 1 => literal().prop_map(Some)];
    (literal(), prop::collection::vec(piece, 1..5)).prop_map(|(start, rest)| {
        let mut template = vec![Some(start)];
        template.extend(rest);
        template
    })
}

/// What `html!` writes for `value` where it sits (decoded as browsers read the attribute):
/// `None` for a path part it refuses.
fn encoded(value: &str, sits: &str) -> Option<String> {
    let page = match sits {
        "path" => html! { <a href=("/p/" {value})>"x"</a> },
        "query" => html! { <a href=("/p?" {value})>"x"</a> },
        _ => html! { <a href=("/p#" {value})>"x"</a> },
    };
    let tree = body_children(page.as_str(), true);
    let href = tree[0].attr("href").unwrap_or_default();
    // After `/p` and the `/`, `?` or `#` before the value.
    (!href.starts_with(B)).then(|| href["/p/".len()..].to_owned())
}

/// Values for templates: empty ones more often, since they join the literals around them, and
/// the letters that finish an unfinished `%2` escape as a dot.
fn value_like() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        select(&["e", "2e", "E."][..]).prop_map(str::to_owned),
        part_like(),
    ]
}

/// The URL `template` makes with `values` (cycled), each written as `html!` writes it where it
/// sits; `None` when a part refuses the URL.
fn instantiate(template: &[Option<String>], values: &[String]) -> Option<String> {
    let mut url = String::new();
    let mut sits = "path";
    for (piece, value) in template.iter().zip(values.iter().cycle()) {
        match piece {
            Some(literal) => {
                if literal.contains('#') {
                    sits = "fragment";
                } else if literal.contains('?') && sits == "path" {
                    sits = "query";
                }
                url.push_str(literal);
            }
            None => url.push_str(&encoded(value, sits)?),
        }
    }
    Some(url)
}

/// What must not change with the values, once the URL resolves.
#[derive(Debug, PartialEq)]
struct Shape {
    host: Option<String>,
    query: bool,
    fragment: bool,
    /// How many path segments, `None` for an opaque path (`mailto:v/x`, which `mailto:` and an
    /// empty value turn into the path `/x`: no host, nothing fetched, so not compared).
    segments: Option<usize>,
}

fn shape(reference: &str) -> Option<Shape> {
    let url = resolved(reference)?;
    Some(Shape {
        host: url.host_str().map(str::to_owned),
        query: url.query().is_some(),
        fragment: url.fragment().is_some(),
        segments: url.path_segments().map(Iterator::count),
    })
}

/// Whether two shapes agree, leaving out the segments where either path is opaque.
fn same_shape(a: Option<Shape>, b: Option<Shape>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            (&a.host, a.query, a.fragment) == (&b.host, b.query, b.fragment)
                && (a.segments.is_none() || b.segments.is_none() || a.segments == b.segments)
        }
        (a, b) => a.is_none() && b.is_none(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..config() })]

    /// The macro's rules for a URL built from parts (`fixes_scheme`, then `parts_problem`)
    /// against the WHATWG URL parser: a template they accept has the shape of the URL its
    /// literals make with a plain value (`v`), whatever the values, or is refused whole.
    #[test]
    fn accepted_templates_keep_their_shape_whatever_the_values(
        template in template_like(),
        values in prop::collection::vec(value_like(), 4),
    ) {
        use vetted_rules::url::{Piece, fixes_scheme, parts_problem};
        let prefix: String = template.iter().map_while(Option::as_deref).collect();
        let pieces: Vec<Piece<'_>> = template
            .iter()
            .map(|piece| piece.as_deref().map_or(Piece::Value, Piece::Literal))
            .collect();
        // Refused templates do not compile: only accepted ones are checked.
        if !fixes_scheme(&prefix) || parts_problem(&pieces).is_some() {
            return Ok(());
        }
        let plain = instantiate(&template, &["v".to_owned()]);
        prop_assert!(plain.is_some());
        let plain = plain.unwrap_or_default();
        if let Some(url) = instantiate(&template, &values) {
            prop_assert!(
                same_shape(shape(&url), shape(&plain)),
                "{:?} is {:?}, {:?} is {:?}: from {:?} with {:?}",
                url, shape(&url), plain, shape(&plain), template, values
            );
        }
    }
}
