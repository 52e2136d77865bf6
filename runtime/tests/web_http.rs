//! `http-1`: `Html`, `Page` and `Download` as `http::Response`s, and `SecurityHeaders::insert_missing`.
#![cfg(feature = "http-1")]

use http::{HeaderMap, HeaderValue, Response, StatusCode};
use vetted::download::{ContentType, Download};
use vetted::headers::SecurityHeaders;
use vetted::{Page, html, trusted_script};

#[test]
fn html_is_a_200_with_an_html_content_type_and_nothing_else() {
    let response = Response::<String>::from(html! { <p>"a < b"</p> });
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers().len(), 1);
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
    assert_eq!(response.body(), "<p>a &#60; b</p>");
}

#[test]
fn a_page_response_carries_its_nonce_in_the_policy_and_the_body() {
    let page =
        Page::new(|nonce| html! { @nonce = nonce; <script>{trusted_script!("run()")}</script> });
    let nonce = page.nonce().clone();
    let response: Response<String> = page.into();
    let headers = response.headers();
    assert_eq!(headers.len(), 10);
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with(&format!("script-src {} 'strict-dynamic';", nonce.source()))
    );
    assert_eq!(headers["x-frame-options"], "SAMEORIGIN");
    assert_eq!(
        response.body(),
        &format!(r#"<script nonce="{}">run()</script>"#, nonce.as_str())
    );
}

#[test]
fn a_download_response_is_an_attachment_that_cannot_run() {
    let download = Download::new("日本語.txt", ContentType::PlainText, "こんにちは");
    let response: Response<Vec<u8>> = download.into();
    let headers = response.headers();
    assert_eq!(headers.len(), 4);
    assert_eq!(headers["content-type"], "text/plain; charset=utf-8");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"___.txt\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.txt"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; sandbox"
    );
    assert_eq!(response.body(), "こんにちは".as_bytes());
}

#[test]
fn insert_missing_keeps_what_the_response_already_set() {
    let mut headers = HeaderMap::new();
    headers.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'none'"),
    );
    headers.insert("X-Frame-Options", HeaderValue::from_static("DENY"));
    SecurityHeaders::recommended().insert_missing(&mut headers);
    assert_eq!(headers.len(), 8);
    assert_eq!(headers["content-security-policy"], "default-src 'none'");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["x-xss-protection"], "0");
    assert_eq!(headers.get_all("x-frame-options").iter().count(), 1);
}
