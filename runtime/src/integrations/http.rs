//! `http` 1: `Html`, `Page` and `Download` as `http::Response`s, and `SecurityHeaders` into an
//! `http::HeaderMap`.

use alloc::string::String;
use alloc::vec::Vec;

use ::http::Response;
use ::http::header::{HeaderMap, HeaderName, HeaderValue};

use crate::download::Download;
use crate::headers::SecurityHeaders;
use crate::web::page::HTML_CONTENT_TYPE;
use crate::{Html, Page};

/// A header value this crate wrote: printable ASCII by construction (checked configuration,
/// base64 nonces, sanitized file names), so the conversion cannot fail.
pub(crate) fn header_value(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).expect("vetted writes header values in printable ASCII only")
}

/// A response with `body`, status 200 and the given headers.
fn response<B, V: AsRef<str>>(
    body: B,
    headers: impl IntoIterator<Item = (&'static str, V)>,
) -> Response<B> {
    let mut response = Response::new(body);
    let map = response.headers_mut();
    for (name, value) in headers {
        map.insert(HeaderName::from_static(name), header_value(value.as_ref()));
    }
    response
}

impl From<Html> for Response<String> {
    /// A `200 OK` response with `content-type: text/html; charset=utf-8`.
    ///
    /// ```
    /// let response = http::Response::from(vetted::html! { <p>"hi"</p> });
    /// assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8");
    /// assert_eq!(response.body(), "<p>hi</p>");
    /// ```
    fn from(html: Html) -> Self {
        response(html.into_string(), [("content-type", HTML_CONTENT_TYPE)])
    }
}

impl From<Page> for Response<String> {
    /// A `200 OK` response with the page's [headers](Page::headers).
    ///
    /// ```
    /// let page = vetted::Page::new(|nonce| vetted::html! { @nonce = nonce; <style>"p{}"</style> });
    /// let nonce = page.nonce().clone();
    /// let response = http::Response::from(page);
    /// assert_eq!(response.headers()["cache-control"], "no-store");
    /// let csp = response.headers()["content-security-policy"].to_str().unwrap();
    /// assert!(csp.contains(&nonce.source()));
    /// assert!(response.body().contains(&format!(r#"nonce="{}""#, nonce.as_str())));
    /// ```
    fn from(page: Page) -> Self {
        let head = response((), page.headers());
        // A page that kept the default headers takes a `SecurityHeadersLayer`'s instead.
        #[cfg(feature = "tower-0.5")]
        let head = if page.headers_chosen() {
            head
        } else {
            let mut head = head;
            head.extensions_mut()
                .insert(super::tower::DefaultPageHeaders(page.nonce().clone()));
            head
        };
        head.map(|()| page.into_html().into_string())
    }
}

impl From<Download> for Response<Vec<u8>> {
    /// A `200 OK` response with the download's [headers](Download::headers).
    ///
    /// ```
    /// use vetted::download::{ContentType, Download};
    /// let response = http::Response::from(Download::new("a.txt", ContentType::PlainText, "x"));
    /// assert_eq!(response.headers()["content-disposition"], r#"attachment; filename="a.txt""#);
    /// assert_eq!(response.body(), b"x");
    /// ```
    fn from(download: Download) -> Self {
        let head = response((), download.headers());
        head.map(|()| download.into_body())
    }
}

impl SecurityHeaders {
    /// Inserts each of these headers that `headers` does not have yet (for a response without
    /// a nonce), leaving the ones the response set itself.
    ///
    /// ```
    /// use http::{HeaderMap, HeaderValue};
    /// use vetted::headers::SecurityHeaders;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    /// SecurityHeaders::recommended().insert_missing(&mut headers);
    /// assert_eq!(headers["x-frame-options"], "DENY");
    /// assert_eq!(headers["x-content-type-options"], "nosniff");
    /// ```
    pub fn insert_missing(&self, headers: &mut HeaderMap) {
        for (name, value) in self.iter() {
            if !headers.contains_key(name) {
                headers.insert(HeaderName::from_static(name), header_value(&value));
            }
        }
    }
}
