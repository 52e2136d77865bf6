//! `tower-0.5`: `SecurityHeadersLayer` driven through `ServiceExt::oneshot` on `service_fn` services.
#![cfg(feature = "tower-0.5")]

mod support;

use std::convert::Infallible;

use http::{HeaderValue, Request, Response, StatusCode};
use support::block_on;
use tower::{Layer, ServiceExt, service_fn};
use vetted::headers::{SecurityHeaders, SecurityHeadersLayer};
use vetted::{Page, html};

/// Sends one request through `layer` around a service answering `response`.
fn call<B>(layer: &SecurityHeadersLayer, response: Response<B>) -> Response<B> {
    let mut response = Some(response);
    let inner = service_fn(move |_: Request<()>| {
        let response = response.take().expect("one request per service");
        async move { Ok::<_, Infallible>(response) }
    });
    block_on(layer.layer(inner).oneshot(Request::new(()))).unwrap()
}

#[test]
fn adds_every_header_to_a_bare_response() {
    let response = call(&SecurityHeadersLayer::default(), Response::new("plain"));
    let expected: Vec<(&str, String)> = SecurityHeaders::recommended()
        .iter()
        .map(|(name, value)| (name, value.into_owned()))
        .collect();
    let actual: Vec<(&str, String)> = response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_str().unwrap().to_owned()))
        .collect();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    let mut actual_sorted = actual;
    actual_sorted.sort();
    assert_eq!(actual_sorted, expected_sorted);
    assert_eq!(*response.body(), "plain");
}

#[test]
fn keeps_each_header_the_response_already_has() {
    let mut response = Response::new(());
    response
        .headers_mut()
        .insert("x-frame-options", HeaderValue::from_static("DENY"));
    response
        .headers_mut()
        .insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    let response = call(&SecurityHeadersLayer::default(), response);
    assert_eq!(response.headers()["x-frame-options"], "DENY");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    assert_eq!(
        response.headers().get_all("x-frame-options").iter().count(),
        1
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
}

#[test]
fn keeps_a_page_policy_with_its_nonce() {
    let page = Page::new(|nonce| html! { @nonce = nonce; <style>"p{}"</style> });
    let nonce = page.nonce().source();
    let response = call(
        &SecurityHeadersLayer::default(),
        Response::<String>::from(page),
    );
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(csp.starts_with(&format!("script-src {nonce} ")), "{csp}");
    assert_eq!(
        response
            .headers()
            .get_all("content-security-policy")
            .iter()
            .count(),
        1
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
}

#[test]
fn adds_only_the_configured_headers_and_keeps_the_status() {
    let layer = SecurityHeadersLayer::new(
        SecurityHeaders::recommended()
            .without_hsts()
            .content_security_policy("script-src {nonce}")
            .unwrap(),
    );
    let mut response = Response::new(());
    *response.status_mut() = StatusCode::NOT_FOUND;
    let response = call(&layer, response);
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
    // No nonce for a plain response: the placeholder is dropped, so no script is allowed.
    assert_eq!(response.headers()["content-security-policy"], "script-src ");
}

#[test]
fn errors_pass_through_untouched() {
    let failing = service_fn(|_: Request<()>| async { Err::<Response<()>, _>("boom") });
    let service = SecurityHeadersLayer::default().layer(failing);
    assert_eq!(
        block_on(service.oneshot(Request::new(()))).unwrap_err(),
        "boom"
    );
}

/// The response's headers as sorted `(name, value)` pairs.
fn header_pairs<B>(response: &Response<B>) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = response
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect();
    pairs.sort();
    pairs
}

/// What a page with `nonce` is sent with under `security`, as sorted pairs.
fn page_headers(security: &SecurityHeaders, nonce: &vetted::csp::Nonce) -> Vec<(String, String)> {
    let mut expected: Vec<(String, String)> = security
        .iter_with_nonce(nonce)
        .map(|(name, value)| (name.to_owned(), value.into_owned()))
        .collect();
    expected.push(("cache-control".into(), "no-store".into()));
    expected.push(("content-type".into(), "text/html; charset=utf-8".into()));
    expected.sort();
    expected
}

#[test]
fn a_page_with_the_default_headers_gets_the_layers_for_its_nonce() {
    let layer = SecurityHeadersLayer::new(
        SecurityHeaders::recommended()
            .without_hsts()
            .content_security_policy("script-src {nonce}; style-src {nonce}")
            .unwrap(),
    );
    let page = Page::new(|nonce| html! { @nonce = nonce; <style>"p{}"</style> });
    let nonce = page.nonce().clone();
    let response = call(&layer, Response::<String>::from(page));
    let source = nonce.source();
    let mut expected = vec![
        ("cache-control".to_owned(), "no-store".to_owned()),
        (
            "content-security-policy".to_owned(),
            format!("script-src {source}; style-src {source}"),
        ),
        (
            "content-type".to_owned(),
            "text/html; charset=utf-8".to_owned(),
        ),
    ];
    for (name, value) in SecurityHeaders::recommended().without_hsts().iter() {
        if name != "content-security-policy" {
            expected.push((name.to_owned(), value.into_owned()));
        }
    }
    expected.sort();
    // Exactly the layer's headers: no HSTS (the page's default had it), one policy, and it
    // allows the nonce the markup was built with.
    assert_eq!(header_pairs(&response), expected);
    assert!(
        response
            .body()
            .contains(&format!(r#"<style nonce="{}">"#, nonce.as_str()))
    );
}

#[test]
fn a_page_that_chose_its_headers_keeps_them() {
    let layer = SecurityHeadersLayer::new(SecurityHeaders::recommended().without_hsts());
    let chosen = SecurityHeaders::recommended()
        .content_security_policy("default-src 'self'; script-src {nonce}")
        .unwrap();
    let page = Page::new(|_| html! { <p>"hi"</p> }).security_headers(chosen.clone());
    let nonce = page.nonce().clone();
    let response = call(&layer, Response::<String>::from(page));
    assert_eq!(header_pairs(&response), page_headers(&chosen, &nonce));
    assert!(response.headers().contains_key("strict-transport-security"));
}

#[test]
fn a_page_without_the_layer_has_the_recommended_headers() {
    let page = Page::new(|_| html! { <p>"hi"</p> });
    let nonce = page.nonce().clone();
    let response = Response::<String>::from(page);
    assert_eq!(
        header_pairs(&response),
        page_headers(&SecurityHeaders::recommended(), &nonce)
    );
}
