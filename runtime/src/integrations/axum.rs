//! axum 0.8 (through `axum-core` 0.5): `IntoResponse` for `Html`, `Page` and `Download`.

use alloc::string::String;
use alloc::vec::Vec;

use ::axum_core::body::Body;
use ::axum_core::response::{IntoResponse, Response};

use crate::download::Download;
use crate::{Html, Page};

impl IntoResponse for Html {
    /// A `200 OK` response with `content-type: text/html; charset=utf-8`.
    ///
    /// ```
    /// use axum_core::response::IntoResponse;
    ///
    /// let response = vetted::html! { <h1>"Hello"</h1> }.into_response();
    /// assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8");
    /// ```
    fn into_response(self) -> Response {
        ::http::Response::<String>::from(self).map(Body::from)
    }
}

impl IntoResponse for Page {
    /// A `200 OK` response with the page's [headers](Page::headers); wrap it as
    /// `(StatusCode::NOT_FOUND, page)` for another status.
    ///
    /// ```
    /// use axum_core::response::IntoResponse;
    ///
    /// async fn home() -> vetted::Page {
    ///     vetted::Page::new(|nonce| vetted::html! {
    ///         <!DOCTYPE html>
    ///         @nonce = nonce;
    ///         <html><body><script>{vetted::trusted_script!("start()")}</script></body></html>
    ///     })
    /// }
    ///
    /// let page = vetted::Page::new(|_| vetted::html! { <p>"hi"</p> });
    /// let response = (http::StatusCode::NOT_FOUND, page).into_response();
    /// assert_eq!(response.status(), 404);
    /// assert_eq!(response.headers()["cache-control"], "no-store");
    /// ```
    fn into_response(self) -> Response {
        ::http::Response::<String>::from(self).map(Body::from)
    }
}

impl IntoResponse for Download {
    /// A `200 OK` response with the download's [headers](Download::headers).
    ///
    /// ```
    /// use axum_core::response::IntoResponse;
    /// use vetted::download::{ContentType, Download};
    ///
    /// let response = Download::new("photo.png", ContentType::Png, vec![0x89, b'P']).into_response();
    /// assert_eq!(response.headers()["content-security-policy"], "default-src 'none'; sandbox");
    /// ```
    fn into_response(self) -> Response {
        ::http::Response::<Vec<u8>>::from(self).map(Body::from)
    }
}
