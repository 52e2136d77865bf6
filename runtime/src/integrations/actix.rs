//! actix-web 4: `Responder` for `Html`, `Page` and `Download`.

use alloc::string::String;
use alloc::vec::Vec;

use ::actix_web::http::StatusCode;
use ::actix_web::http::header::{HeaderName, HeaderValue};
use ::actix_web::{HttpRequest, HttpResponse, Responder};

use crate::download::Download;
use crate::web::page::HTML_CONTENT_TYPE;
use crate::{Html, Page};

/// A `200 OK` response with `body` and the given headers.
fn response<B, V: AsRef<str>>(
    body: B,
    headers: impl IntoIterator<Item = (&'static str, V)>,
) -> HttpResponse<B> {
    let mut response = HttpResponse::with_body(StatusCode::OK, body);
    let map = response.headers_mut();
    for (name, value) in headers {
        // Printable ASCII by construction (checked configuration, base64 nonces, sanitized
        // file names), so the conversion cannot fail.
        let value = HeaderValue::from_str(value.as_ref())
            .expect("vetted writes header values in printable ASCII only");
        map.insert(HeaderName::from_static(name), value);
    }
    response
}

impl Responder for Html {
    type Body = String;

    /// A `200 OK` response with `content-type: text/html; charset=utf-8`.
    ///
    /// ```
    /// use actix_web::{Responder, test::TestRequest};
    ///
    /// let response = vetted::html! { <p>"hi"</p> }.respond_to(&TestRequest::default().to_http_request());
    /// assert_eq!(response.headers().get("content-type").unwrap(), "text/html; charset=utf-8");
    /// assert_eq!(response.body(), "<p>hi</p>");
    /// ```
    fn respond_to(self, _: &HttpRequest) -> HttpResponse<String> {
        response(self.into_string(), [("content-type", HTML_CONTENT_TYPE)])
    }
}

impl Responder for Page {
    type Body = String;

    /// A `200 OK` response with the page's [headers](Page::headers); use
    /// `page.customize().with_status(…)` for another status.
    ///
    /// ```
    /// use actix_web::{Responder, http::StatusCode, test::TestRequest};
    ///
    /// async fn home() -> vetted::Page {
    ///     vetted::Page::new(|nonce| vetted::html! {
    ///         @nonce = nonce;
    ///         <script>{vetted::trusted_script!("start()")}</script>
    ///     })
    /// }
    ///
    /// let page = vetted::Page::new(|_| vetted::html! { <p>"gone"</p> });
    /// let request = TestRequest::default().to_http_request();
    /// let response = page.customize().with_status(StatusCode::GONE).respond_to(&request);
    /// assert_eq!(response.status(), StatusCode::GONE);
    /// assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
    /// ```
    fn respond_to(self, _: &HttpRequest) -> HttpResponse<String> {
        let head = response((), self.headers());
        head.set_body(self.into_html().into_string())
    }
}

impl Responder for Download {
    type Body = Vec<u8>;

    /// A `200 OK` response with the download's [headers](Download::headers).
    ///
    /// ```
    /// use actix_web::{Responder, test::TestRequest};
    /// use vetted::download::{ContentType, Download};
    ///
    /// let download = Download::new("data.json", ContentType::Json, "{}");
    /// let response = download.respond_to(&TestRequest::default().to_http_request());
    /// assert_eq!(response.headers().get("content-type").unwrap(), "application/json");
    /// ```
    fn respond_to(self, _: &HttpRequest) -> HttpResponse<Vec<u8>> {
        let head = response((), self.headers());
        head.set_body(self.into_body())
    }
}
