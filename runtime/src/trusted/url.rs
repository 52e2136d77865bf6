//! [`TrustedUrl`] and [`TrustedResourceUrl`]: URLs that may go where a plain string may not.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use vetted_rules::url as policy;

use super::TrustedError;
use crate::context::Sealed;
use crate::url::{self, UrlComponent};
use crate::{Attribute, RenderRequestUrl, RenderResourceUrl, RenderUrl, UrlPolicy};

/// A URL that may be followed as a link or form target even where a plain string would be
/// refused: checked by [`TrustedUrl::new`] or [`TrustedUrl::with_schemes`], or written as a
/// literal with [`trusted_url!`](crate::trusted_url).
///
/// ```
/// use vetted::{TrustedUrl, html};
///
/// let sms = TrustedUrl::with_schemes("sms:+15550100", &["sms"])?;
/// assert_eq!(html! { <a href={sms}>"text us"</a> }.as_str(), r#"<a href="sms:+15550100">text us</a>"#);
/// assert!(TrustedUrl::with_schemes("javascript:alert(1)", &["javascript"]).is_err());
/// # Ok::<(), vetted::TrustedError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedUrl(Cow<'static, str>);

trusted_type_basics!(TrustedUrl, "vetted::trusted_url!(\"https://example.com/\")");
literal_constructor!(TrustedUrl, super::url_literal);
unchecked_constructor!(TrustedUrl, "vetted::trusted_url!(\"https://example.com/\")");

impl TrustedUrl {
    /// Checks `url` against the URL policy: `http:`, `https:`, `mailto:`, `tel:`, or no scheme.
    /// A URL browsers would follow as another (a tab or line break anywhere, or a `\\` before
    /// the query of an `http(s):` or relative URL, which they read as `/`) is refused too.
    ///
    /// ```
    /// assert!(vetted::TrustedUrl::new("/inbox?page=2").is_ok());
    /// assert!(vetted::TrustedUrl::new("JavaScript:alert(1)").is_err());
    /// assert!(vetted::TrustedUrl::new("/\\evil.example/").is_err());
    /// ```
    pub fn new(url: impl Into<String>) -> Result<Self, TrustedError> {
        Self::with_schemes(url, &[])
    }

    /// Like [`new`](Self::new), also allowing the listed extra schemes (written without `:`,
    /// compared without ASCII case). Schemes that can run script (`javascript`, `vbscript`,
    /// `livescript`) or carry a document (`data`) cannot be listed.
    ///
    /// ```
    /// let url = vetted::TrustedUrl::with_schemes("ftp://files.example/a.txt", &["ftp", "sftp"])?;
    /// assert_eq!(url.as_str(), "ftp://files.example/a.txt");
    /// # Ok::<(), vetted::TrustedError>(())
    /// ```
    pub fn with_schemes(url: impl Into<String>, schemes: &[&str]) -> Result<Self, TrustedError> {
        for extra in schemes {
            let valid = extra
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic())
                && extra
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
            if !valid
                || policy::SCRIPT_SCHEMES
                    .iter()
                    .any(|script| script.eq_ignore_ascii_case(extra))
            {
                return Err(TrustedError::ForbiddenScheme {
                    scheme: String::from(*extra),
                });
            }
        }
        let url = url.into();
        let listed = url.split_once(':').is_some_and(|(scheme, _)| {
            policy::has_scheme(&url) && schemes.iter().any(|s| s.eq_ignore_ascii_case(scheme))
        });
        if !(policy::is_safe_url(&url) || listed) {
            Err(TrustedError::UnsafeUrl { url })
        } else if let Some(found) = policy::rewritten_by_browsers(&url) {
            Err(TrustedError::RewrittenUrl { url, found })
        } else {
            Ok(Self(Cow::Owned(url)))
        }
    }
}

/// The URL of code or a document the page loads (`<script src>`, `<iframe src>`,
/// `<link href>`, `<object data>`, `<base href>`, …), where a plain string is never accepted.
/// Made from a literal with [`trusted_resource_url!`](crate::trusted_resource_url), then
/// extended with escaped path segments and query parameters.
///
/// ```
/// use vetted::{html, trusted_resource_url};
///
/// let version = "1.2.0";
/// let script = trusted_resource_url!("https://cdn.example/app/").join(version)?.join("app.js")?;
/// let page = html! { <script src={script}></script> };
/// assert_eq!(page.as_str(), r#"<script src="https://cdn.example/app/1.2.0/app.js"></script>"#);
/// assert!(trusted_resource_url!("/static/").join("..").is_err());
/// # Ok::<(), vetted::TrustedError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedResourceUrl(Cow<'static, str>);

trusted_type_basics!(
    TrustedResourceUrl,
    "vetted::trusted_resource_url!(\"https://cdn.example/app.js\")"
);
literal_constructor!(TrustedResourceUrl, super::resource_url_literal);
unchecked_constructor!(
    TrustedResourceUrl,
    "vetted::trusted_resource_url!(\"https://cdn.example/app.js\")"
);

impl TrustedResourceUrl {
    /// This URL with one more path segment, percent-encoded so it stays one segment (`/`, `?`,
    /// `#` and `%` are encoded). Empty, `.` and `..` segments are refused, as is a URL that
    /// already has a query or fragment.
    ///
    /// ```
    /// let url = vetted::trusted_resource_url!("/avatars").join("ada lovelace.png")?;
    /// assert_eq!(url.as_str(), "/avatars/ada%20lovelace.png");
    /// # Ok::<(), vetted::TrustedError>(())
    /// ```
    pub fn join(&self, segment: &str) -> Result<Self, TrustedError> {
        if matches!(segment, "" | "." | "..") {
            return Err(TrustedError::InvalidSegment {
                segment: String::from(segment),
            });
        }
        if self.0.contains(['?', '#']) {
            return Err(TrustedError::UrlAlreadyEnded {
                url: String::from(self.as_str()),
            });
        }
        let mut joined = String::with_capacity(self.0.len() + segment.len() + 1);
        joined.push_str(&self.0);
        if !joined.ends_with('/') {
            joined.push('/');
        }
        url::write_component(segment, UrlComponent::Path, false, &mut joined);
        Ok(Self(Cow::Owned(joined)))
    }

    /// This URL with a query parameter added, key and value percent-encoded. Refused on a URL
    /// with a fragment.
    ///
    /// ```
    /// let url = vetted::trusted_resource_url!("https://maps.example/embed")
    ///     .with_query("q", "Café & Bar")?
    ///     .with_query("zoom", "3")?;
    /// assert_eq!(url.as_str(), "https://maps.example/embed?q=Caf%C3%A9%20%26%20Bar&zoom=3");
    /// # Ok::<(), vetted::TrustedError>(())
    /// ```
    pub fn with_query(&self, key: &str, value: &str) -> Result<Self, TrustedError> {
        if self.0.contains('#') {
            return Err(TrustedError::UrlAlreadyEnded {
                url: String::from(self.as_str()),
            });
        }
        let mut url = String::with_capacity(self.0.len() + key.len() + value.len() + 2);
        url.push_str(&self.0);
        if !self.0.contains('?') {
            url.push('?');
        } else if !self.0.ends_with(['?', '&']) {
            url.push('&');
        }
        url::write_component(key, UrlComponent::Query, false, &mut url);
        url.push('=');
        url::write_component(value, UrlComponent::Query, false, &mut url);
        Ok(Self(Cow::Owned(url)))
    }
}

shown_as_text!(TrustedUrl);
shown_as_text!(TrustedResourceUrl);

impl Sealed for TrustedUrl {}

impl RenderUrl for TrustedUrl {
    #[inline]
    fn render_url(&self, attr: Attribute<'_>, policy: UrlPolicy) {
        policy.write_trusted(self.as_str(), attr);
    }
}

impl Sealed for TrustedResourceUrl {}

impl RenderUrl for TrustedResourceUrl {
    #[inline]
    fn render_url(&self, attr: Attribute<'_>, policy: UrlPolicy) {
        // Its literal start is `https://`, `//host/`, `/` or `#`: it passes every URL policy,
        // but in a list it is checked URL by URL where it has whitespace, like a `TrustedUrl`.
        policy.write_trusted(self.as_str(), attr);
    }
}

impl RenderResourceUrl for TrustedResourceUrl {
    #[inline]
    fn render_resource_url(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl RenderRequestUrl for TrustedResourceUrl {
    #[inline]
    fn render_request_url(&self, attr: Attribute<'_>) {
        // Its literal start fixes the origin, as a request to another site needs.
        attr.value(self.as_str());
    }
}
