//! `actix-web-4`: `Responder` for `Html`, `Page` and `Download`, served by an actix `App` through `actix_web::test`.
#![cfg(feature = "actix-web-4")]

use actix_web::http::StatusCode;
use actix_web::{App, Responder, rt, test, web};
use vetted::download::{ContentType, Download};
use vetted::{Html, Page, html, trusted_script};

async fn html_handler() -> Html {
    let name = "<Ada>";
    html! { <p>"Hi " {name}</p> }
}

async fn page_handler() -> Page {
    Page::new(|nonce| html! { @nonce = nonce; <script>{trusted_script!("boot()")}</script> })
}

async fn gone_handler() -> impl Responder {
    Page::new(|_| html! { <p>"Gone"</p> })
        .customize()
        .with_status(StatusCode::GONE)
}

async fn download_handler() -> Download {
    Download::new("50%20off.pdf", ContentType::Pdf, b"%PDF-1.7".to_vec())
}

/// Serves `GET path` with an app routing each handler above, giving status, headers and body.
fn get(path: &str) -> (StatusCode, actix_web::http::header::HeaderMap, Vec<u8>) {
    rt::System::new().block_on(async {
        let app = test::init_service(
            App::new()
                .route("/html", web::get().to(html_handler))
                .route("/page", web::get().to(page_handler))
                .route("/gone", web::get().to(gone_handler))
                .route("/download", web::get().to(download_handler)),
        )
        .await;
        let response =
            test::call_service(&app, test::TestRequest::get().uri(path).to_request()).await;
        let status = response.status();
        let headers = response.headers().clone();
        let body = test::read_body(response).await.to_vec();
        (status, headers, body)
    })
}

#[test]
fn html_is_an_html_200() {
    let (status, headers, body) = get("/html");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers.get("content-type").unwrap(),
        "text/html; charset=utf-8"
    );
    assert_eq!(body, b"<p>Hi &#60;Ada&#62;</p>");
}

#[test]
fn a_page_sends_its_nonce_in_the_policy_and_the_body() {
    let (status, headers, body) = get("/page");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("cache-control").unwrap(), "no-store");
    assert_eq!(headers.get("x-frame-options").unwrap(), "SAMEORIGIN");
    let body = String::from_utf8(body).unwrap();
    let nonce = body
        .strip_prefix(r#"<script nonce=""#)
        .and_then(|rest| rest.strip_suffix(r#"">boot()</script>"#))
        .unwrap();
    let csp = headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        csp.starts_with(&format!("script-src 'nonce-{nonce}' 'strict-dynamic';")),
        "{csp}"
    );
}

#[test]
fn a_page_keeps_its_headers_with_another_status() {
    let (status, headers, body) = get("/gone");
    assert_eq!(status, StatusCode::GONE);
    assert_eq!(headers.get("cache-control").unwrap(), "no-store");
    assert_eq!(body, b"<p>Gone</p>");
}

#[test]
fn a_download_is_a_safe_attachment() {
    let (status, headers, body) = get("/download");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.get("content-type").unwrap(), "application/pdf");
    assert_eq!(
        headers.get("content-disposition").unwrap(),
        "attachment; filename=\"50_20off.pdf\"; filename*=UTF-8''50%2520off.pdf"
    );
    assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(
        headers.get("content-security-policy").unwrap(),
        "default-src 'none'; sandbox"
    );
    assert_eq!(body, b"%PDF-1.7");
}
