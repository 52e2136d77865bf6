//! Trusted types: every constructor, every `TrustedError` variant and message, `join`/`with_query` encoding, and the literal macros.

use std::collections::HashSet;
use std::error::Error;

use vetted::{
    TrustedError, TrustedHtml, TrustedResourceUrl, TrustedScript, TrustedStyle, TrustedStyleSheet,
    TrustedUrl, html, trusted_resource_url, trusted_script, trusted_style, trusted_style_sheet,
    trusted_url,
};

// `TrustedError`: one message per variant.

#[test]
fn every_error_variant_has_its_message() {
    let cases = [
        (
            TrustedError::UnsafeUrl {
                url: "javascript:x".into(),
            },
            "the URL `javascript:x` has a scheme other than http, https, mailto or tel",
        ),
        (
            TrustedError::RewrittenUrl {
                url: "/\\evil.example/".into(),
                found: '\\',
            },
            "the URL `/\\evil.example/` has a `\\` before its query, which browsers read as `/`; write `/`, or `%5C` for a backslash",
        ),
        (
            TrustedError::RewrittenUrl {
                url: "/\t/evil.example/".into(),
                found: '\t',
            },
            "the URL `/\\t/evil.example/` holds a tab or line break, which browsers drop from URLs; remove it, or percent-encode it",
        ),
        (
            TrustedError::ForbiddenScheme {
                scheme: "vbscript".into(),
            },
            "`vbscript` cannot be allowed as a URL scheme: it is not a scheme, or it can run script",
        ),
        (
            TrustedError::ScriptBreakout {
                sequence: "</script",
            },
            "the script contains `</script`, which would end its `<script>` element early",
        ),
        (
            TrustedError::StyleSheetBreakout {
                sequence: "</style",
            },
            "the style sheet contains `</style`, which would end its `<style>` element early",
        ),
        (
            TrustedError::UnsafeStyle {
                sequence: "expression(",
            },
            "the style contains `expression(`, which can run script or load a refused URL",
        ),
        (
            TrustedError::InvalidSegment {
                segment: "..".into(),
            },
            "the path segment `..` is empty or a dot segment; give a plain name",
        ),
        (
            TrustedError::UrlAlreadyEnded {
                url: "/a?b=1".into(),
            },
            "`/a?b=1` already has a query or fragment; add path segments before parameters",
        ),
    ];
    for (error, message) in cases {
        assert_eq!(error.to_string(), message, "{error:?}");
        assert!(error.source().is_none());
    }
}

#[test]
fn errors_compare_and_clone() {
    let error = TrustedUrl::new("vbscript:x").unwrap_err();
    assert_eq!(error.clone(), error);
    assert_ne!(
        error,
        TrustedError::UnsafeUrl {
            url: "vbscript:y".into()
        }
    );
    let boxed: Box<dyn Error + Send + Sync> = Box::new(error);
    assert!(boxed.to_string().starts_with("the URL `vbscript:x`"));
}

// `TrustedUrl::new`: the navigational URL policy.

#[test]
fn trusted_url_new_accepts_the_allowed_schemes_and_relative_urls() {
    for url in [
        "https://example.com/",
        "HTTP://EXAMPLE.COM",
        "mailto:ada@example.com",
        "Tel:+1-555-0100",
        "/inbox?page=2",
        "//cdn.example/x",
        "?q=a:b",
        "#frag:x",
        "./javascript:x",
        "javascript",
        "javascript%3Aalert(1)",
        "",
    ] {
        let trusted = TrustedUrl::new(url).unwrap_or_else(|e| panic!("{url:?}: {e}"));
        assert_eq!(trusted.as_str(), url);
        assert_eq!(trusted.to_string(), url);
    }
}

#[test]
fn trusted_url_new_refuses_every_other_scheme_with_the_url() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\u{1}javascript:alert(1)",
        "java\tscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>",
        "data:image/png;base64,AAAA",
        "sms:+15550100",
        "blob:https://example.com/x",
        " https://example.com",
        "localhost:8080",
        ":",
    ] {
        assert_eq!(
            TrustedUrl::new(url),
            Err(TrustedError::UnsafeUrl {
                url: url.to_owned()
            }),
            "{url:?}"
        );
    }
}

#[test]
fn trusted_url_new_takes_owned_and_borrowed_strings() {
    let owned = TrustedUrl::new(String::from("/a")).unwrap();
    let borrowed = TrustedUrl::new("/a").unwrap();
    assert_eq!(owned, borrowed);
    let set: HashSet<TrustedUrl> = [owned, borrowed].into_iter().collect();
    assert_eq!(set.len(), 1);
}

// `TrustedUrl::with_schemes`: extra schemes, never script ones.

#[test]
fn with_schemes_allows_the_listed_schemes_without_case() {
    let cases: &[(&str, &[&str])] = &[
        ("sms:+15550100", &["sms"]),
        ("SMS:+15550100", &["sms"]),
        ("sms:+15550100", &["SMS"]),
        ("ftp://files.example/a.txt", &["ftp", "sftp"]),
        ("sftp://files.example/a.txt", &["ftp", "sftp"]),
        ("web+app:open", &["web+app"]),
        ("x-y.z:1", &["x-y.z"]),
        ("blob:https://example.com/0e1f", &["blob"]),
        // The policy's own URLs stay allowed.
        ("https://example.com/", &["sms"]),
        ("/relative", &["sms"]),
        ("/relative", &[]),
    ];
    for &(url, schemes) in cases {
        let trusted = TrustedUrl::with_schemes(url, schemes)
            .unwrap_or_else(|e| panic!("{url:?} with {schemes:?}: {e}"));
        assert_eq!(trusted.as_str(), url);
    }
}

#[test]
fn with_schemes_refuses_script_schemes_and_non_schemes_even_for_a_safe_url() {
    for scheme in [
        "javascript",
        "JavaScript",
        "vbscript",
        "VBSCRIPT",
        "livescript",
        "data",
        "Data",
        "",
        "sms:",
        "1sms",
        "-sms",
        "+sms",
        "java script",
        "java\tscript",
        "java\0script",
        "é",
        "sms/",
    ] {
        assert_eq!(
            TrustedUrl::with_schemes("/safe", &["ok", scheme]),
            Err(TrustedError::ForbiddenScheme {
                scheme: scheme.to_owned()
            }),
            "{scheme:?}"
        );
    }
}

#[test]
fn with_schemes_reports_the_first_forbidden_scheme() {
    assert_eq!(
        TrustedUrl::with_schemes("javascript:x", &["sms", "javascript", "data"]),
        Err(TrustedError::ForbiddenScheme {
            scheme: "javascript".into()
        })
    );
}

#[test]
fn with_schemes_refuses_urls_whose_scheme_is_not_listed() {
    let cases: &[(&str, &[&str])] = &[
        ("javascript:alert(1)", &["sms"]),
        (" sms:+1", &["sms"]),
        ("\tsms:+1", &["sms"]),
        ("sms\t:+1", &["sms"]),
        ("s\tms:+1", &["sms"]),
        ("smsx:1", &["sms"]),
        ("sm:1", &["sms"]),
        ("ftp://x", &["sftp"]),
        ("data:image/png;base64,AAAA", &["sms"]),
        ("sms:+1", &[]),
    ];
    for &(url, schemes) in cases {
        assert_eq!(
            TrustedUrl::with_schemes(url, schemes),
            Err(TrustedError::UnsafeUrl {
                url: url.to_owned()
            }),
            "{url:?} with {schemes:?}"
        );
    }
}

#[test]
fn an_extra_scheme_is_written_as_it_is_in_any_url_attribute() {
    let sms = TrustedUrl::with_schemes("sms:+1 555&body=hi", &["sms"]).unwrap();
    assert_eq!(
        html! { <a href={sms}>"x"</a> }.as_str(),
        r#"<a href="sms:+1 555&amp;body=hi">x</a>"#
    );
}

// `TrustedResourceUrl`: literals, `join` and `with_query`.

#[test]
fn resource_url_literals_fix_the_origin() {
    for (url, text) in [
        (
            trusted_resource_url!("https://cdn.example/app.js"),
            "https://cdn.example/app.js",
        ),
        (
            trusted_resource_url!("HTTPS://CDN.EXAMPLE/app.js"),
            "HTTPS://CDN.EXAMPLE/app.js",
        ),
        (
            trusted_resource_url!("//cdn.example/app.js"),
            "//cdn.example/app.js",
        ),
        (trusted_resource_url!("/static/app.js"), "/static/app.js"),
        (trusted_resource_url!("/"), "/"),
        (trusted_resource_url!(r"/raw"), "/raw"),
        (trusted_resource_url!("/trailing-comma",), "/trailing-comma"),
    ] {
        assert_eq!(url.as_str(), text);
        assert_eq!(url.to_string(), text);
    }
}

/// A resource URL also goes where any URL may: a link to the script it names.
#[test]
fn a_resource_url_is_written_in_a_link() {
    let url = trusted_resource_url!("https://cdn.example/app.js?v=1&x=2");
    let page = html! { <a href={url}>"source"</a> };
    assert_eq!(
        page.as_str(),
        r#"<a href="https://cdn.example/app.js?v=1&amp;x=2">source</a>"#
    );
}

#[test]
fn join_adds_one_percent_encoded_segment() {
    let base = trusted_resource_url!("/avatars");
    assert_eq!(
        base.join("ada lovelace.png").unwrap().as_str(),
        "/avatars/ada%20lovelace.png"
    );
    assert_eq!(
        trusted_resource_url!("/static/")
            .join("a")
            .unwrap()
            .as_str(),
        "/static/a"
    );
    assert_eq!(
        trusted_resource_url!("https://cdn.example")
            .join("v1")
            .unwrap()
            .as_str(),
        "https://cdn.example/v1"
    );
    let cases = [
        ("a/b?c#d%e", "a%2Fb%3Fc%23d%25e"),
        ("a&b=c+d", "a&b=c+d"),
        ("-._~!$()*,;:@", "-._~!$()*,;:@"),
        ("\"'<>`\\[]{}|^", "%22%27%3C%3E%60%5C%5B%5D%7B%7D%7C%5E"),
        (" \t\n\0\u{7f}", "%20%09%0A%00%7F"),
        ("é🦀", "%C3%A9%F0%9F%A6%80"),
        ("...", "..."),
        (".hidden", ".hidden"),
        ("a..b", "a..b"),
        ("%2e%2e", "%252e%252e"),
        (".%2e", ".%252e"),
        ("javascript:alert(1)", "javascript:alert(1)"),
    ];
    for (segment, encoded) in cases {
        assert_eq!(
            base.join(segment).unwrap().as_str(),
            format!("/avatars/{encoded}"),
            "{segment:?}"
        );
    }
}

#[test]
fn join_chains() {
    let url = trusted_resource_url!("https://cdn.example/app/")
        .join("1.2.0")
        .and_then(|u| u.join("app.js"))
        .unwrap();
    assert_eq!(url.as_str(), "https://cdn.example/app/1.2.0/app.js");
}

#[test]
fn join_refuses_empty_and_dot_segments() {
    let base = trusted_resource_url!("/static/");
    for segment in ["", ".", ".."] {
        let error = base.join(segment).unwrap_err();
        assert_eq!(
            error,
            TrustedError::InvalidSegment {
                segment: segment.to_owned()
            }
        );
        assert_eq!(
            error.to_string(),
            format!("the path segment `{segment}` is empty or a dot segment; give a plain name")
        );
    }
}

#[test]
fn join_refuses_a_url_that_already_has_a_query_or_fragment() {
    let with_query = trusted_resource_url!("/x").with_query("a", "1").unwrap();
    assert_eq!(
        with_query.join("y"),
        Err(TrustedError::UrlAlreadyEnded {
            url: "/x?a=1".into()
        })
    );
    let with_fragment = trusted_resource_url!("/x#top");
    assert_eq!(
        with_fragment.join("y"),
        Err(TrustedError::UrlAlreadyEnded {
            url: "/x#top".into()
        })
    );
    assert_eq!(
        trusted_resource_url!("/x?")
            .join("y")
            .unwrap_err()
            .to_string(),
        "`/x?` already has a query or fragment; add path segments before parameters"
    );
}

#[test]
fn with_query_encodes_keys_and_values() {
    let url = trusted_resource_url!("https://maps.example/embed")
        .with_query("q", "Café & Bar")
        .and_then(|u| u.with_query("zoom", "3"))
        .unwrap();
    assert_eq!(
        url.as_str(),
        "https://maps.example/embed?q=Caf%C3%A9%20%26%20Bar&zoom=3"
    );
    let base = trusted_resource_url!("/s");
    let cases = [
        (("a=b&c", "d+e#f"), "/s?a%3Db%26c=d%2Be%23f"),
        (("next", "/a?b"), "/s?next=/a?b"),
        (("", ""), "/s?="),
        (("k", "100%"), "/s?k=100%25"),
        (("k", "\"<>'`\\ "), "/s?k=%22%3C%3E%27%60%5C%20"),
        (("k", "-._~!$()*,;:@"), "/s?k=-._~!$()*,;:@"),
    ];
    for ((key, value), expected) in cases {
        assert_eq!(
            base.with_query(key, value).unwrap().as_str(),
            expected,
            "{key:?}={value:?}"
        );
    }
}

#[test]
fn with_query_appends_to_an_existing_query() {
    assert_eq!(
        trusted_resource_url!("/x?a=1")
            .with_query("b", "2")
            .unwrap()
            .as_str(),
        "/x?a=1&b=2"
    );
}

#[test]
fn with_query_refuses_a_url_with_a_fragment() {
    assert_eq!(
        trusted_resource_url!("/x#top").with_query("a", "1"),
        Err(TrustedError::UrlAlreadyEnded {
            url: "/x#top".into()
        })
    );
}

#[test]
fn a_joined_resource_url_is_attribute_escaped_in_its_attribute() {
    let src = trusted_resource_url!("/js")
        .join("a&b")
        .and_then(|u| u.with_query("v", "1&2"))
        .unwrap();
    assert_eq!(src.as_str(), "/js/a&b?v=1%262");
    assert_eq!(
        html! { <script src={src}></script> }.as_str(),
        r#"<script src="/js/a&amp;b?v=1%262"></script>"#
    );
}

// `TrustedScript`: the literal macro, and the one check at run time.

#[test]
fn trusted_script_literals_are_kept_as_written() {
    for (script, text) in [
        (
            trusted_script!("document.body.dataset.ready = '1'"),
            "document.body.dataset.ready = '1'",
        ),
        (
            trusted_script!("if (a < b && c > d) {}"),
            "if (a < b && c > d) {}",
        ),
        (trusted_script!("'<\\/script>'"), "'<\\/script>'"),
        (trusted_script!("x --> y"), "x --> y"),
        (trusted_script!(r#"say("hi")"#), "say(\"hi\")"),
        (trusted_script!(""), ""),
    ] {
        assert_eq!(script.as_str(), text);
    }
}

#[test]
fn dangerously_from_string_script_accepts_code_that_stays_inside_its_element() {
    for code in [
        "init()",
        "a < b",
        "'<\\/script>'",
        "x-- > 0",
        "'<scrip' + 't'",
        "'</scrip' + x",
        "'<!-' + '-'",
        "< script",
        "</ script>",
        "\\x3Cscript",
    ] {
        let script = TrustedScript::dangerously_from_string(code)
            .unwrap_or_else(|e| panic!("{code:?}: {e}"));
        assert_eq!(script.as_str(), code);
    }
    let owned = TrustedScript::dangerously_from_string(String::from("go()")).unwrap();
    assert_eq!(owned.as_str(), "go()");
}

#[test]
fn dangerously_from_string_script_refuses_breakouts_in_any_case() {
    let cases = [
        ("</script>", "</script"),
        ("'</SCRIPT>'", "</script"),
        ("x</ScRiPt", "</script"),
        ("a</script\n>", "</script"),
        ("<!--", "<!--"),
        ("if (a<!--b) {}", "<!--"),
        ("<script>", "<script"),
        ("document.write('<SCRIPT src=x>')", "<script"),
        ("<!-- then </script>", "<!--"),
        ("</script> then <!--", "</script"),
        ("'</noscript><img src=x onerror=alert(1)>'", "</noscript"),
        ("x</NoScRiPt", "</noscript"),
    ];
    for (code, sequence) in cases {
        let error = TrustedScript::dangerously_from_string(code).unwrap_err();
        assert_eq!(error, TrustedError::ScriptBreakout { sequence }, "{code:?}");
        assert_eq!(
            error.to_string(),
            if sequence == "</noscript" {
                "the script contains `</noscript`, which would end an enclosing `<noscript>` early"
                    .to_owned()
            } else {
                format!(
                    "the script contains `{sequence}`, which would end its `<script>` element early"
                )
            }
        );
    }
}

// `TrustedStyleSheet`.

#[test]
fn trusted_style_sheet_literals_are_kept_as_written() {
    assert_eq!(
        trusted_style_sheet!("main { max-width: 60ch }").as_str(),
        "main { max-width: 60ch }"
    );
    assert_eq!(
        trusted_style_sheet!("a > b::after { content: '<!--' }").as_str(),
        "a > b::after { content: '<!--' }"
    );
}

/// Text written after a trusted script or style sheet could complete a sequence its end
/// starts, `"</scr"` then `"ipt>"`, so neither may end in one (issue 17, item 2).
#[test]
fn trusted_code_cannot_end_in_the_start_of_a_breakout() {
    for (code, sequence) in [
        ("x = '<", "</script"),
        ("x = '</SCR", "</script"),
        ("if (a <!-", "<!--"),
        ("s = '<scrip", "<script"),
        ("'</noscrip", "</noscript"),
    ] {
        let error = TrustedScript::dangerously_from_string(code).unwrap_err();
        assert_eq!(
            error,
            TrustedError::EndsInBreakoutStart { sequence },
            "{code:?}"
        );
        assert_eq!(
            error.to_string(),
            format!(
                "the text ends in the start of `{sequence}`, which the text written after it could complete, ending its element early"
            )
        );
    }
    for (css, sequence) in [
        ("p{}</sty", "</style"),
        ("p{}<", "</style"),
        ("</NoScr", "</noscript"),
    ] {
        assert_eq!(
            TrustedStyleSheet::dangerously_from_string(css).unwrap_err(),
            TrustedError::EndsInBreakoutStart { sequence },
            "{css:?}"
        );
    }
}

#[test]
fn dangerously_from_string_style_sheet_refuses_only_the_end_tag() {
    for css in [
        ":root { --accent: teal }",
        "p > a { }",
        "a::before { content: '<b>' }",
        "a::before { content: '</styl' }",
        "< /style>",
    ] {
        let sheet = TrustedStyleSheet::dangerously_from_string(css)
            .unwrap_or_else(|e| panic!("{css:?}: {e}"));
        assert_eq!(sheet.as_str(), css);
    }
    for css in ["</style>", "</STYLE", "p{}</StYlE><script>", "a</style"] {
        let error = TrustedStyleSheet::dangerously_from_string(css).unwrap_err();
        assert_eq!(
            error,
            TrustedError::StyleSheetBreakout {
                sequence: "</style"
            },
            "{css:?}"
        );
        assert_eq!(
            error.to_string(),
            "the style sheet contains `</style`, which would end its `<style>` element early"
        );
    }
    for css in [
        "p{content:'</noscript><img src=x onerror=alert(1)>'}",
        "</NOSCRIPT",
    ] {
        assert_eq!(
            TrustedStyleSheet::dangerously_from_string(css).unwrap_err(),
            TrustedError::StyleSheetBreakout {
                sequence: "</noscript"
            },
            "{css:?}"
        );
        assert_eq!(
            TrustedStyleSheet::dangerously_from_string(css)
                .unwrap_err()
                .to_string(),
            "the style sheet contains `</noscript`, which would end an enclosing `<noscript>` early"
        );
    }
}

// `TrustedStyle::new`.

#[test]
fn trusted_style_new_accepts_plain_declarations_and_safe_urls() {
    for style in [
        "color: rebeccapurple",
        "width: 40%; height: calc(100% - 2rem)",
        "background: url(/bg.png)",
        "background: url('https://cdn.example/a.png') no-repeat",
        "background-image: url(\"data:image/png;base64,AAAA\")",
        "background: url(DATA:IMAGE/PNG;base64,AAAA)",
        "background: url()",
        "background: url(a.png), url(//cdn.example/b.png)",
        "content: 'x > y'",
        "font-family: \"A&B\", serif",
        "",
    ] {
        let trusted = TrustedStyle::new(style).unwrap_or_else(|e| panic!("{style:?}: {e}"));
        assert_eq!(trusted.as_str(), style);
    }
}

#[test]
fn trusted_style_new_refuses_each_hazard() {
    let cases = [
        ("font-family: '<b>'", "<"),
        ("</style><script>", "<"),
        ("background: u\\rl(javascript:x)", "javascript:"),
        ("width: expression(alert(1))", "expression("),
        ("width: EXPRESSION (alert(1))", "expression("),
        ("width: expr/**/ession(alert(1))", "expression("),
        ("width: expression\t(alert(1))", "expression("),
        ("width: e\\78pression(alert(1))", "expression("),
        ("-moz-binding: url(x.xml#x)", "-moz-binding"),
        ("-MOZ-BINDING: url(x.xml#x)", "-moz-binding"),
        ("behavior: url(x.htc)", "behavior"),
        ("BEHAVIOR: url(x.htc)", "behavior"),
        ("-ms-behavior: url(x.htc)", "behavior"),
        ("color: red behavior: url(x.htc)", "behavior"),
        ("@import 'x.css'", "@import"),
        ("@IMPORT url(x.css)", "@import"),
        ("background: url(javascript:alert(1))", "javascript:"),
        ("background: url(JAVA SCRIPT:alert(1))", "javascript:"),
        ("background: url(java/**/script:alert(1))", "javascript:"),
        ("background: url( javascript:x )", "javascript:"),
        ("background: url(\"javascript:x\")", "javascript:"),
        ("background: url(\\6a avascript:x)", "javascript:"),
        ("background: url('\\6a avascript:x')", "javascript:"),
        ("background: image-set(\"javascript:x\" 1x)", "javascript:"),
    ];
    for (style, sequence) in cases {
        let error = TrustedStyle::new(style).unwrap_err();
        assert_eq!(error, TrustedError::UnsafeStyle { sequence }, "{style:?}");
        assert_eq!(
            error.to_string(),
            format!("the style contains `{sequence}`, which can run script or load a refused URL")
        );
    }
}

#[test]
fn trusted_style_new_refuses_urls_the_media_policy_refuses() {
    let cases = [
        ("background: url(vbscript:x)", "url("),
        (
            "background: url('data:image/svg+xml;base64,PHN2Zz4=')",
            "url(",
        ),
        ("background: url(data:text/html,x)", "url("),
        ("background: url(about:blank)", "url("),
        ("background: url( \"ftp://x/a.png\" )", "url("),
        ("background: URL(file:///etc/passwd)", "url("),
        ("background: url(/ok.png), url(blob:x)", "url("),
        ("background: url(ms-its:x", "url("),
        (
            "background: image-set(\"/a.png\" 1x, \"vbscript:x\" 2x)",
            "image-set(",
        ),
        (
            "background: -webkit-image-set('about:blank' 1x)",
            "-webkit-image-set(",
        ),
        ("background: image(\"ftp://x/a.png\")", "image("),
        ("background: src(\"data:text/html,x\")", "src("),
    ];
    for (style, sequence) in cases {
        let error = TrustedStyle::new(style).unwrap_err();
        assert_eq!(error, TrustedError::UnsafeStyle { sequence }, "{style:?}");
        assert_eq!(
            error.to_string(),
            format!("the style has a `{sequence}...)` whose URL the media URL policy refuses")
        );
    }
}

/// A `/*` inside a CSS string opens no comment, so it hides nothing from the checks; before,
/// everything up to the next `*/` (here inside another string) went unchecked.
#[test]
fn trusted_style_new_reads_strings_and_comments_as_css() {
    for (style, sequence) in [
        (
            r#"content: "/*"; background: url(javascript:alert(1)); content: "*/""#,
            "javascript:",
        ),
        (
            r"content: '/*'; background: url(javascript:alert(1)); content: '*/'",
            "javascript:",
        ),
        (
            r#"content: '/*'; background: url(/a.png), url(data:text/html,x); content: "*/""#,
            "url(",
        ),
        (
            r#"content: "/*"; width: expression(alert(1)); content: "*/""#,
            "expression(",
        ),
        (
            r"content: '/*'; behavior: url(x.htc); content: '*/'",
            "behavior",
        ),
    ] {
        assert_eq!(
            TrustedStyle::new(style),
            Err(TrustedError::UnsafeStyle { sequence }),
            "{style:?}"
        );
    }
    for style in [
        r#"content: "/*"; color: red; content: "*/""#,
        "color: red /* url(javascript:x) */",
        "content: 'a;b'; font-family: \"Helvetica Neue\", sans-serif",
        "content: \"\\201C\"",
        "content: 'behavior'",
        "scroll-behavior: smooth",
    ] {
        let trusted = TrustedStyle::new(style).unwrap_or_else(|e| panic!("{style:?}: {e}"));
        assert_eq!(trusted.as_str(), style);
    }
}

#[test]
fn trusted_style_new_refuses_what_it_cannot_read_with_its_reason() {
    let cases = [
        (
            "color: red\u{0}",
            "control character",
            "the style contains a control character, which old browsers skipped inside names",
        ),
        (
            "color: red /* x",
            "unclosed comment",
            "the style has a `/*` comment without its `*/`",
        ),
        (
            "content: 'x",
            "unclosed string",
            "the style has a string without its closing quote",
        ),
        (
            "content: 'x\n'; b: c",
            "line break in string",
            "the style has a line break inside a string, which ends the string and makes the rest of the line declarations",
        ),
        (
            "background: url(/a.png",
            "unclosed url(",
            "the style has a `url(` without its `)`",
        ),
        (
            "background: url(/a b.png)",
            "malformed url(",
            "the style has an unquoted `url(` holding a space, quote, `(`, control character or bad escape, which readers split differently",
        ),
        (
            "colo\\72: red",
            "\\",
            "the style has a CSS escape outside a string or `url(...)`, where escapes only spell names these checks refuse",
        ),
        (
            "content: 'it\\'s'",
            "escaped delimiter",
            "the style escapes a quote, `\\`, parenthesis or whitespace inside a string or URL, where readers disagree on where it ends; use a hex escape such as `\\22 `",
        ),
        (
            "content: '\\0'",
            "\\0",
            "the style has a CSS escape of zero, a surrogate or a code point past U+10FFFF, which browsers replace with U+FFFD",
        ),
        (
            "width: \u{192}(1px)",
            "non-ASCII function",
            "the style calls a function whose name is not ASCII, a lookalike of a CSS function",
        ),
        (
            "width: (1px)",
            "parenthesis",
            "the style has a `(` that opens no function, which old browsers read as a call",
        ),
        (
            "color: red; p { color: blue }",
            "brace",
            "the style has a `{` or `}`: a style attribute holds declarations, not rules",
        ),
        (
            "width: calc(1px + 2px",
            "unbalanced bracket",
            "the style has a `(`, `[` or function without its closing bracket, or a closing bracket without its opening one",
        ),
        (
            "@ import 'x.css'",
            "@",
            "the style has an at-rule or `@`, which has no place among declarations",
        ),
        (
            "background: new-image(\"vbscript:x\")",
            "string URL",
            "the style has a string the URL policy refuses inside a function that may load it as a URL",
        ),
    ];
    for (style, sequence, message) in cases {
        let error = TrustedStyle::new(style).unwrap_err();
        assert_eq!(error, TrustedError::UnsafeStyle { sequence }, "{style:?}");
        assert_eq!(error.to_string(), message, "{style:?}");
    }
}

#[test]
fn trusted_style_new_takes_a_formatted_string() {
    let width = 40;
    let style = TrustedStyle::new(format!("width: {width}%")).unwrap();
    assert_eq!(
        html! { <div style={style}></div> }.as_str(),
        r#"<div style="width: 40%"></div>"#
    );
}

#[test]
fn trusted_style_literals_are_kept_as_written() {
    assert_eq!(
        trusted_style!("display: grid; gap: 1rem").as_str(),
        "display: grid; gap: 1rem"
    );
    assert_eq!(
        trusted_style!("background: url(/a.png)").as_str(),
        "background: url(/a.png)"
    );
}

// `trusted_url!`: any scheme that neither runs script nor carries a document.

#[test]
fn trusted_url_literals_are_kept_as_written() {
    for (url, text) in [
        (trusted_url!("sms:+15550100"), "sms:+15550100"),
        (
            trusted_url!("ftp://files.example/a.txt"),
            "ftp://files.example/a.txt",
        ),
        (trusted_url!("https://example.com/"), "https://example.com/"),
        (trusted_url!("/relative path"), "/relative path"),
        (trusted_url!("#javascript:x"), "#javascript:x"),
        (trusted_url!("javascript"), "javascript"),
        (trusted_url!("about:blank"), "about:blank"),
        (trusted_url!(r"/raw"), "/raw"),
        (trusted_url!("/comma",), "/comma"),
    ] {
        assert_eq!(url.as_str(), text);
    }
}

// The unchecked conversions: nothing checked, the text kept.

#[test]
fn dangerously_from_string_keeps_the_text_of_unchecked_types() {
    // XSS SAFETY: constants of this test, never rendered.
    let html = TrustedHtml::dangerously_from_string("<script>alert(1)</script>");
    let url = TrustedUrl::dangerously_from_string("javascript:void(0)");
    let resource =
        TrustedResourceUrl::dangerously_from_string(String::from("http://insecure.example/x.js"));
    let style = TrustedStyle::dangerously_from_string("width: expression(1)");
    assert_eq!(html.as_str(), "<script>alert(1)</script>");
    assert_eq!(url.as_str(), "javascript:void(0)");
    assert_eq!(resource.as_str(), "http://insecure.example/x.js");
    assert_eq!(style.as_str(), "width: expression(1)");
}

#[test]
fn trusted_html_from_html_keeps_the_markup() {
    let page = html! { <p class="x">"a & b"</p> };
    let trusted = TrustedHtml::from(page);
    assert_eq!(trusted.as_str(), r#"<p class="x">a &amp; b</p>"#);
    assert_eq!(trusted.to_string(), trusted.as_str());
}

#[test]
fn trusted_types_are_values() {
    let a = trusted_url!("/a");
    assert_eq!(a.clone(), a);
    assert_eq!(
        format!("{a:?}"),
        format!("{:?}", TrustedUrl::new("/a").unwrap())
    );
    let scripts: HashSet<TrustedScript> = [
        trusted_script!("x()"),
        TrustedScript::dangerously_from_string("x()").unwrap(),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        scripts.len(),
        1,
        "a literal and a checked string of the same text are equal"
    );
    assert_eq!(trusted_style!("a: b"), TrustedStyle::new("a: b").unwrap());
    assert_eq!(
        trusted_style_sheet!("a{}"),
        TrustedStyleSheet::dangerously_from_string("a{}").unwrap()
    );
    assert_eq!(
        trusted_resource_url!("/r"),
        TrustedResourceUrl::dangerously_from_string("/r")
    );
}

#[test]
fn style_names_that_merely_end_in_a_hazard_are_allowed() {
    assert!(
        vetted::TrustedStyle::new("scroll-behavior: smooth; overscroll-behavior: contain").is_ok()
    );
    assert!(vetted::TrustedStyle::new("behavior: url(x.htc)").is_err());
    assert!(vetted::TrustedStyle::new("color: red; behavior: url(x.htc)").is_err());
}

#[test]
fn with_query_after_a_bare_question_mark_adds_no_empty_parameter() {
    let url = vetted::trusted_resource_url!("/search?")
        .with_query("q", "a b")
        .unwrap();
    assert_eq!(url.as_str(), "/search?q=a%20b");
}

#[test]
fn join_keeps_ampersands_as_they_are_until_rendered() {
    let url = vetted::trusted_resource_url!("/js").join("a&b").unwrap();
    assert_eq!(url.as_str(), "/js/a&b");
    let page = vetted::html! { <script src={url}></script> };
    assert_eq!(page.as_str(), r#"<script src="/js/a&amp;b"></script>"#);
}
