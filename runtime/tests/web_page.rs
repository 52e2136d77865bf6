//! `Page`: the body's nonces and the header's policy come from one nonce, and the headers a page response carries.

use vetted::csp::Nonce;
use vetted::headers::SecurityHeaders;
use vetted::{Page, html, trusted_script};

fn header<'a>(page: &'a Page, name: &str) -> Option<std::borrow::Cow<'a, str>> {
    page.headers()
        .find(|(header, _)| *header == name)
        .map(|(_, value)| value)
}

fn page() -> Page {
    Page::new(|nonce| {
        html! {
            <!DOCTYPE html>
            @nonce = nonce;
            <html>
                <head><style>"body { margin: 0 }"</style></head>
                <body><script>{trusted_script!("start()")}</script></body>
            </html>
        }
    })
}

#[test]
fn the_policy_allows_exactly_the_nonce_stamped_in_the_body() {
    let page = page();
    let nonce = page.nonce().as_str().to_owned();
    let body = page.html().as_str();
    assert_eq!(body.matches(&format!(r#" nonce="{nonce}""#)).count(), 2);
    assert_eq!(body.matches(" nonce=").count(), 2);
    let csp = header(&page, "content-security-policy").unwrap();
    assert_eq!(
        csp,
        format!(
            "script-src 'nonce-{nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'"
        )
    );
}

#[test]
fn each_page_gets_a_fresh_nonce() {
    let (a, b) = (page(), page());
    assert_ne!(a.nonce(), b.nonce());
    assert_ne!(
        header(&a, "content-security-policy"),
        header(&b, "content-security-policy")
    );
}

#[test]
fn a_page_is_html_that_no_cache_may_store() {
    let page = page();
    let names: Vec<&str> = page.headers().map(|(name, _)| name).collect();
    assert_eq!(
        names,
        [
            "content-type",
            "cache-control",
            "content-security-policy",
            "strict-transport-security",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "cross-origin-opener-policy",
            "permissions-policy",
            "x-xss-protection",
        ]
    );
    assert_eq!(
        header(&page, "content-type").unwrap(),
        "text/html; charset=utf-8"
    );
    assert_eq!(header(&page, "cache-control").unwrap(), "no-store");
}

#[test]
fn an_external_nonce_is_the_one_used() {
    let nonce = Nonce::try_from_external("ZXh0ZXJuYWwtbm9uY2UtMTIz").unwrap();
    let page = Page::with_nonce(
        nonce,
        |nonce| html! { <script nonce={nonce}>{trusted_script!("go()")}</script> },
    );
    assert_eq!(
        page.html().as_str(),
        r#"<script nonce="ZXh0ZXJuYWwtbm9uY2UtMTIz">go()</script>"#
    );
    assert!(
        header(&page, "content-security-policy")
            .unwrap()
            .contains("'nonce-ZXh0ZXJuYWwtbm9uY2UtMTIz'")
    );
}

#[test]
fn custom_security_headers_take_the_page_nonce() {
    let page = page().security_headers(
        SecurityHeaders::recommended()
            .content_security_policy("script-src {nonce}; img-src 'self'")
            .unwrap()
            .without_permissions_policy(),
    );
    let nonce = page.nonce().source();
    assert_eq!(
        header(&page, "content-security-policy").unwrap(),
        format!("script-src {nonce}; img-src 'self'")
    );
    assert_eq!(header(&page, "permissions-policy"), None);
    // The page's own headers stay.
    assert_eq!(header(&page, "cache-control").unwrap(), "no-store");
}

#[test]
fn without_a_policy_the_page_still_says_no_store() {
    let page =
        page().security_headers(SecurityHeaders::recommended().without_content_security_policy());
    assert_eq!(header(&page, "content-security-policy"), None);
    assert_eq!(header(&page, "cache-control").unwrap(), "no-store");
    assert!(
        page.into_html()
            .into_string()
            .starts_with("<!DOCTYPE html>")
    );
}
