//! `axum-0.8`: `IntoResponse` for `Html`, `Page` and `Download`, driven through `oneshot` on `service_fn` handlers and read back with axum-core's own extractors.
#![cfg(feature = "axum-0.8")]

mod support;

use std::convert::Infallible;

use axum_core::body::Body;
use axum_core::extract::FromRequest;
use axum_core::response::{IntoResponse, Response};
use http::{Request, StatusCode};
use support::block_on;
use tower::{ServiceExt, service_fn};
use vetted::download::{ContentType, Download};
use vetted::headers::SecurityHeaders;
use vetted::{Html, Page, html, trusted_script};

/// Serves one request with `handler`, as axum serves a handler: its output `into_response()`.
fn serve<R: IntoResponse>(handler: impl FnOnce() -> R) -> Response {
    let mut handler = Some(handler);
    let app = service_fn(move |_: Request<Body>| {
        let output = handler.take().expect("one request")();
        async move { Ok::<_, Infallible>(output.into_response()) }
    });
    block_on(app.oneshot(Request::new(Body::empty()))).unwrap()
}

/// The body, read back with axum-core's `String` extractor.
fn body(response: Response) -> String {
    block_on(String::from_request(
        Request::new(response.into_body()),
        &(),
    ))
    .unwrap()
}

#[test]
fn html_handler_gives_an_html_200() {
    fn handler() -> Html {
        let name = "<Ada>";
        html! { <h1>"Hello, " {name}</h1> }
    }
    let response = serve(handler);
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
    assert_eq!(body(response), "<h1>Hello, &#60;Ada&#62;</h1>");
}

#[test]
fn page_handler_sends_its_nonce_in_the_policy_and_the_body() {
    let response = serve(|| {
        Page::new(|nonce| html! { @nonce = nonce; <script>{trusted_script!("boot()")}</script> })
    });
    let headers = response.headers().clone();
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let csp = headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let body = body(response);
    let nonce = body
        .strip_prefix(r#"<script nonce=""#)
        .and_then(|rest| rest.strip_suffix(r#"">boot()</script>"#))
        .unwrap();
    assert!(
        csp.starts_with(&format!("script-src 'nonce-{nonce}' 'strict-dynamic';")),
        "{csp}"
    );
}

#[test]
fn page_status_and_headers_compose_with_axum_tuples() {
    let response = serve(|| {
        let page = Page::new(|_| html! { <p>"Not found"</p> })
            .security_headers(SecurityHeaders::recommended().without_hsts());
        (StatusCode::NOT_FOUND, [("x-request-id", "42")], page)
    });
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(response.headers()["x-request-id"], "42");
    assert!(
        response
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
    assert_eq!(body(response), "<p>Not found</p>");
}

#[test]
fn download_handler_sends_a_safe_attachment() {
    let response = serve(|| Download::new("a\"b.txt", ContentType::PlainText, "hello"));
    let headers = response.headers();
    assert_eq!(headers["content-type"], "text/plain; charset=utf-8");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; sandbox"
    );
    assert_eq!(body(response), "hello");
}
