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
