//! [`Page`]: an HTML response whose Content-Security-Policy allows exactly the nonce its
//! markup was built with.

use alloc::borrow::Cow;

use crate::Html;
use crate::csp::Nonce;
use crate::headers::SecurityHeaders;

/// The `content-type` of every HTML response.
pub(crate) const HTML_CONTENT_TYPE: &str = "text/html; charset=utf-8";

/// A whole HTML page with its nonce and its security headers: the response a handler returns.
///
/// The page is built by a closure that receives the nonce, so the markup stamps the very
/// nonce the `content-security-policy` header allows: the two cannot disagree, and there is no
/// way to change one without the other. Its [`headers`](Page::headers) are
/// `content-type: text/html; charset=utf-8`, `cache-control: no-store` (a page with a nonce
/// must not be served twice from a cache: the nonce would no longer be secret), and the
/// [`SecurityHeaders`] with a policy allowing the nonce.
///
/// With a framework feature it is a response: `IntoResponse` (`axum-0.8`), `Responder`
/// (`actix-web-4`), `http::Response<String>` (`http-1`). Without one, write
/// [`headers`](Page::headers) and [`html`](Page::html) with your framework's types.
///
/// ```
/// use vetted::{Page, html, trusted_script};
///
/// let page = Page::new(|nonce| html! {
///     <!DOCTYPE html>
///     @nonce = nonce;
///     <html><body><script>{trusted_script!("start()")}</script></body></html>
/// });
/// let nonce = page.nonce().as_str();
/// assert!(page.html().as_str().contains(&format!(r#"<script nonce="{nonce}">"#)));
///
/// let csp = page.headers().find(|(name, _)| *name == "content-security-policy").unwrap().1;
/// assert!(csp.starts_with(&format!("script-src 'nonce-{nonce}' 'strict-dynamic';")));
/// assert!(page.headers().any(|(name, value)| name == "cache-control" && value == "no-store"));
/// ```
#[derive(Debug)]
pub struct Page {
    html: Html,
    nonce: Nonce,
    security: SecurityHeaders,
    /// Whether [`Page::security_headers`] chose the headers; if not, a
    /// `SecurityHeadersLayer` around the handler replaces them with its own.
    chosen: bool,
}

impl Page {
    /// A page built by `build` with a fresh nonce, sent with the
    /// [recommended](SecurityHeaders::recommended) security headers.
    ///
    /// ```
    /// let page = vetted::Page::new(|_| vetted::html! { <p>"No scripts here"</p> });
    /// assert_eq!(page.html().as_str(), "<p>No scripts here</p>");
    /// assert_eq!(page.nonce().as_str().len(), 22);
    /// ```
    ///
    /// # Panics
    ///
    /// If the operating system cannot provide randomness for the nonce, as
    /// [`Nonce::generate`] does.
    #[cfg(feature = "std")]
    #[must_use]
    pub fn new(build: impl FnOnce(&Nonce) -> Html) -> Self {
        Self::with_nonce(Nonce::generate(), build)
    }

    /// A page built by `build` with `nonce`: one made elsewhere (by a proxy or middleware,
    /// through [`Nonce::try_from_external`]) or generated earlier for this response only.
    ///
    /// ```
    /// use vetted::{Page, csp::Nonce, html};
    ///
    /// let nonce = Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// let page = Page::with_nonce(nonce, |nonce| html! { <style nonce={nonce}>"p{}"</style> });
    /// assert_eq!(page.html().as_str(), r#"<style nonce="AAAAAAAAAAAAAAAAAAAAAA">p{}</style>"#);
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    #[must_use]
    pub fn with_nonce(nonce: Nonce, build: impl FnOnce(&Nonce) -> Html) -> Self {
        let html = build(&nonce);
        Self {
            html,
            nonce,
            security: SecurityHeaders::recommended(),
            chosen: false,
        }
    }

    /// Sends `headers` instead of the recommended ones; a custom Content-Security-Policy takes
    /// the page's nonce where it says `{nonce}`.
    ///
    /// Which headers a page is sent with, first match wins:
    ///
    /// 1. the ones given here, for this page only;
    /// 2. with `tower-0.5`, the ones of the `SecurityHeadersLayer` the response passes through
    ///    (its policy gets the page's nonce), so one configuration governs the whole app;
    /// 3. the [recommended](SecurityHeaders::recommended) ones.
    ///
    /// ```
    /// use vetted::{Page, headers::SecurityHeaders, html};
    ///
    /// let page = Page::new(|_| html! { <p>"hi"</p> })
    ///     .security_headers(SecurityHeaders::recommended().without_hsts());
    /// assert!(!page.headers().any(|(name, _)| name == "strict-transport-security"));
    /// ```
    #[must_use]
    pub fn security_headers(mut self, headers: SecurityHeaders) -> Self {
        self.security = headers;
        self.chosen = true;
        self
    }

    /// Whether [`Page::security_headers`] chose this page's headers.
    #[cfg(feature = "tower-0.5")]
    pub(crate) fn headers_chosen(&self) -> bool {
        self.chosen
    }

    /// The markup.
    ///
    /// ```
    /// let page = vetted::Page::new(|_| vetted::html! { <br> });
    /// assert_eq!(page.html().as_str(), "<br>");
    /// ```
    #[must_use]
    pub fn html(&self) -> &Html {
        &self.html
    }

    /// The nonce the markup was built with and the policy allows.
    ///
    /// ```
    /// let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// let page = vetted::Page::with_nonce(nonce.clone(), |_| vetted::html! {});
    /// assert_eq!(page.nonce(), &nonce);
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    #[must_use]
    pub fn nonce(&self) -> &Nonce {
        &self.nonce
    }

    /// The response headers as `(name, value)` pairs with lower-case names: content type,
    /// `cache-control: no-store`, then the security headers for the page's nonce.
    ///
    /// ```
    /// let page = vetted::Page::new(|_| vetted::html! {});
    /// let names: Vec<&str> = page.headers().map(|(name, _)| name).take(3).collect();
    /// assert_eq!(names, ["content-type", "cache-control", "content-security-policy"]);
    /// ```
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, Cow<'_, str>)> {
        [
            ("content-type", Cow::Borrowed(HTML_CONTENT_TYPE)),
            ("cache-control", Cow::Borrowed("no-store")),
        ]
        .into_iter()
        .chain(self.security.iter_with_nonce(&self.nonce))
    }

    /// The markup, for a framework this crate has no feature for.
    ///
    /// ```
    /// let page = vetted::Page::new(|_| vetted::html! { <hr> });
    /// assert_eq!(page.into_html().into_string(), "<hr>");
    /// ```
    #[must_use]
    pub fn into_html(self) -> Html {
        self.html
    }
}
