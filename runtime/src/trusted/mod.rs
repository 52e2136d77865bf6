//! Trusted types: values that may go where a plain string may not, because they were checked
//! when made or were made from a literal the macro checked at compile time.
//!
//! Each type has private contents and no `From<String>` or `Deserialize`. There are three ways
//! to make one:
//!
//! - a literal-only macro, checked at compile time: [`trusted_url!`](crate::trusted_url),
//!   [`trusted_resource_url!`](crate::trusted_resource_url), [`trusted_script!`](crate::trusted_script),
//!   [`trusted_style!`](crate::trusted_style), [`trusted_style_sheet!`](crate::trusted_style_sheet);
//! - a checked constructor returning a `Result` ([`TrustedUrl::new`], [`TrustedUrl::with_schemes`],
//!   [`TrustedResourceUrl::join`], [`TrustedStyle::new`]);
//! - a `dangerously_*` conversion, where the caller guarantees what no check can (sanitizer
//!   output, a script from a build step). Each use deserves an `// XSS SAFETY:` comment.
//!

#[allow(
    dead_code,
    reason = "shared with the macro, which also checks comments with it"
)]
pub(crate) mod checks;

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::url::{self, UrlComponent, scheme};
use crate::{Attribute, Html, Render, RenderAttribute};

/// Why a trusted value could not be made.
///
/// ```
/// let error = vetted::TrustedUrl::new("javascript:alert(1)").unwrap_err();
/// assert_eq!(error.to_string(), "the URL `javascript:alert(1)` has a scheme other than http, https, mailto or tel");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TrustedError {
    /// A URL has a scheme the policy does not allow.
    UnsafeUrl {
        /// The refused URL.
        url: String,
    },
    /// [`TrustedUrl::with_schemes`] was given a scheme that can run script, or that is not a scheme.
    ForbiddenScheme {
        /// The refused scheme.
        scheme: String,
    },
    /// A script contains a sequence that would end its `<script>` element early.
    ScriptBreakout {
        /// The sequence found.
        sequence: &'static str,
    },
    /// A style sheet contains a sequence that would end its `<style>` element early.
    StyleSheetBreakout {
        /// The sequence found.
        sequence: &'static str,
    },
    /// A style attribute's declarations contain something that can run script or load a
    /// refused URL.
    UnsafeStyle {
        /// The sequence found.
        sequence: &'static str,
    },
    /// A path segment given to [`TrustedResourceUrl::join`] is empty, `.` or `..`.
    InvalidSegment {
        /// The refused segment.
        segment: String,
    },
    /// [`TrustedResourceUrl::join`] or [`TrustedResourceUrl::with_query`] was called on a URL
    /// that already has a query or a fragment, where a path segment or parameter cannot go.
    UrlAlreadyEnded {
        /// The URL.
        url: String,
    },
}

impl fmt::Display for TrustedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnsafeUrl { url } => {
                write!(
                    f,
                    "the URL `{url}` has a scheme other than http, https, mailto or tel"
                )
            }
            Self::ForbiddenScheme { scheme } => {
                write!(
                    f,
                    "`{scheme}` cannot be allowed as a URL scheme: it is not a scheme, or it can run script"
                )
            }
            Self::ScriptBreakout { sequence } => {
                write!(
                    f,
                    "the script contains `{sequence}`, which would end its `<script>` element early"
                )
            }
            Self::StyleSheetBreakout { sequence } => {
                write!(
                    f,
                    "the style sheet contains `{sequence}`, which would end its `<style>` element early"
                )
            }
            Self::UnsafeStyle { sequence } => {
                write!(
                    f,
                    "the style contains `{sequence}`, which can run script or load a refused URL"
                )
            }
            Self::InvalidSegment { segment } => {
                write!(
                    f,
                    "the path segment `{segment}` is empty or a dot segment; give a plain name"
                )
            }
            Self::UrlAlreadyEnded { url } => {
                write!(
                    f,
                    "`{url}` already has a query or fragment; add path segments before parameters"
                )
            }
        }
    }
}

impl core::error::Error for TrustedError {}

macro_rules! trusted_type_basics {
    ($ty:ident, $example:literal) => {
        impl $ty {
            /// The value as text.
            ///
            /// ```
            #[doc = concat!("let value = ", $example, ";")]
            /// assert!(!value.as_str().is_empty());
            /// ```
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            #[doc(hidden)]
            #[must_use]
            pub const fn __from_checked_literal(literal: &'static str) -> Self {
                Self(Cow::Borrowed(literal))
            }
        }

        impl fmt::Display for $ty {
            /// ```
            #[doc = concat!("assert_eq!(", $example, ".to_string(), ", $example, ".as_str());")]
            /// ```
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

macro_rules! unchecked_constructor {
    ($ty:ident, $example:literal) => {
        impl $ty {
            /// The caller guarantees that `value` is safe where this type may stand; nothing is
            /// checked. Meant for output of a sanitizer or a build step, with an
            /// `// XSS SAFETY:` comment at the call saying why.
            ///
            /// ```
            #[doc = concat!("let value = vetted::", stringify!($ty), "::dangerously_from_string(", $example, ".as_str().to_owned());")]
            #[doc = concat!("assert_eq!(value.as_str(), ", $example, ".as_str());")]
            /// ```
            #[must_use]
            pub fn dangerously_from_string(value: impl Into<String>) -> Self {
                Self(Cow::Owned(value.into()))
            }
        }
    };
}

/// HTML vouched for by the caller, such as a sanitizer's output: in element content it is
/// appended as markup. In an attribute (`srcdoc`, `title`, …), `<title>` or `<textarea>` it is
/// escaped like any text.
///
/// ```
/// use vetted::{TrustedHtml, html};
///
/// // XSS SAFETY: the string is a constant of ours.
/// let note = TrustedHtml::dangerously_from_string("<em>sanitized</em>");
/// assert_eq!(html! { <p>{note}</p> }.as_str(), "<p><em>sanitized</em></p>");
/// assert_eq!(html! { <p title={note}></p> }.as_str(), r#"<p title="&#60;em&#62;sanitized&#60;/em&#62;"></p>"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedHtml(Cow<'static, str>);

trusted_type_basics!(
    TrustedHtml,
    "vetted::TrustedHtml::from(vetted::html! { <b>\"x\"</b> })"
);
unchecked_constructor!(
    TrustedHtml,
    "vetted::TrustedHtml::from(vetted::html! { <b>\"x\"</b> })"
);

impl From<Html> for TrustedHtml {
    /// `Html` is safe by construction, so it is trusted as it is.
    ///
    /// ```
    /// let trusted = vetted::TrustedHtml::from(vetted::html! { <i>"x"</i> });
    /// assert_eq!(trusted.as_str(), "<i>x</i>");
    /// ```
    fn from(html: Html) -> Self {
        Self(Cow::Owned(html.into_string()))
    }
}

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
unchecked_constructor!(TrustedUrl, "vetted::trusted_url!(\"https://example.com/\")");

/// Schemes that can run script or carry a whole document, never allowed by
/// [`TrustedUrl::with_schemes`].
const SCRIPT_SCHEMES: &[&str] = &["data", "javascript", "livescript", "vbscript"];

impl TrustedUrl {
    /// Checks `url` against the URL policy: `http:`, `https:`, `mailto:`, `tel:`, or no scheme.
    ///
    /// ```
    /// assert!(vetted::TrustedUrl::new("/inbox?page=2").is_ok());
    /// assert!(vetted::TrustedUrl::new("JavaScript:alert(1)").is_err());
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
                || SCRIPT_SCHEMES
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
            scheme::has_scheme(&url) && schemes.iter().any(|s| s.eq_ignore_ascii_case(scheme))
        });
        if scheme::is_safe_url(&url) || listed {
            Ok(Self(Cow::Owned(url)))
        } else {
            Err(TrustedError::UnsafeUrl { url })
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

/// JavaScript for a `<script>` body or an `on*` handler. Made from a literal with
/// [`trusted_script!`](crate::trusted_script), or with
/// [`dangerously_from_string`](Self::dangerously_from_string), which cannot check the code but
/// refuses text that would end its `<script>` early.
///
/// ```
/// use vetted::{html, trusted_script};
///
/// let handler = trusted_script!("history.back()");
/// let page = html! { <button onclick={handler}>"Back"</button> };
/// assert_eq!(page.as_str(), r#"<button onclick="history.back()">Back</button>"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedScript(Cow<'static, str>);

trusted_type_basics!(TrustedScript, "vetted::trusted_script!(\"void 0\")");

impl TrustedScript {
    /// The caller guarantees `script` is code it means to run (from a build step, say); this
    /// only refuses text containing `</script`, `<!--` or `<script` (any case), which would let
    /// the rest of the page be read as script.
    ///
    /// ```
    /// // XSS SAFETY: bundled by our build, not user input.
    /// let script = vetted::TrustedScript::dangerously_from_string(String::from("init()"))?;
    /// assert_eq!(script.as_str(), "init()");
    /// assert!(vetted::TrustedScript::dangerously_from_string("'</SCRIPT>'").is_err());
    /// # Ok::<(), vetted::TrustedError>(())
    /// ```
    pub fn dangerously_from_string(script: impl Into<String>) -> Result<Self, TrustedError> {
        let script = script.into();
        match checks::script_breakout(&script) {
            Some(sequence) => Err(TrustedError::ScriptBreakout { sequence }),
            None => Ok(Self(Cow::Owned(script))),
        }
    }
}

/// CSS declarations for a `style` attribute: checked by [`TrustedStyle::new`] or written as a
/// literal with [`trusted_style!`](crate::trusted_style).
///
/// ```
/// use vetted::{TrustedStyle, html};
///
/// let width = 40;
/// let style = TrustedStyle::new(format!("width: {width}%"))?;
/// assert_eq!(html! { <div style={style}></div> }.as_str(), r#"<div style="width: 40%"></div>"#);
/// assert!(TrustedStyle::new("background: url(javascript:alert(1))").is_err());
/// # Ok::<(), vetted::TrustedError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedStyle(Cow<'static, str>);

trusted_type_basics!(TrustedStyle, "vetted::trusted_style!(\"color: red\")");
unchecked_constructor!(TrustedStyle, "vetted::trusted_style!(\"color: red\")");

impl TrustedStyle {
    /// Checks `style`: no `<`, `\`, `expression(`, `-moz-binding`, `behavior`, `@import` or
    /// `javascript:`, and every `url(...)` passes the media URL policy.
    ///
    /// ```
    /// assert!(vetted::TrustedStyle::new("color: rebeccapurple").is_ok());
    /// assert!(vetted::TrustedStyle::new("color: expression(alert(1))").is_err());
    /// ```
    pub fn new(style: impl Into<String>) -> Result<Self, TrustedError> {
        let style = style.into();
        match checks::style_problem(&style, scheme::is_safe_media_url) {
            Some(sequence) => Err(TrustedError::UnsafeStyle { sequence }),
            None => Ok(Self(Cow::Owned(style))),
        }
    }
}

/// A style sheet for a `<style>` body: written as a literal with
/// [`trusted_style_sheet!`](crate::trusted_style_sheet), or made with
/// [`dangerously_from_string`](Self::dangerously_from_string).
///
/// ```
/// use vetted::{html, trusted_style_sheet};
///
/// let sheet = trusted_style_sheet!("p > a { color: teal }");
/// assert_eq!(html! { <style>{sheet}</style> }.as_str(), "<style>p > a { color: teal }</style>");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedStyleSheet(Cow<'static, str>);

trusted_type_basics!(
    TrustedStyleSheet,
    "vetted::trusted_style_sheet!(\"p { margin: 0 }\")"
);

impl TrustedStyleSheet {
    /// The caller guarantees `css` is a style sheet it means to apply; this only refuses text
    /// containing `</style` (any case), which would let the rest of the page escape the sheet.
    ///
    /// ```
    /// // XSS SAFETY: generated by our theme builder from constants.
    /// let sheet = vetted::TrustedStyleSheet::dangerously_from_string(":root { --accent: teal }")?;
    /// assert!(vetted::TrustedStyleSheet::dangerously_from_string("</style><script>").is_err());
    /// # Ok::<(), vetted::TrustedError>(())
    /// ```
    pub fn dangerously_from_string(css: impl Into<String>) -> Result<Self, TrustedError> {
        let css = css.into();
        match checks::style_sheet_breakout(&css) {
            Some(sequence) => Err(TrustedError::StyleSheetBreakout { sequence }),
            None => Ok(Self(Cow::Owned(css))),
        }
    }
}

// As text or as a plain attribute value, every trusted type is only text; `TrustedHtml` alone
// is markup in element content.

impl Render for TrustedHtml {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        out.push_markup(self.as_str());
    }
}

macro_rules! shown_as_text {
    ($($ty:ident)*) => {$(
        impl Render for $ty {
            #[inline]
            fn render_to(&self, out: &mut Html) {
                out.push_text(self.as_str());
            }
        }
    )*};
}

shown_as_text!(TrustedUrl TrustedResourceUrl TrustedScript TrustedStyle TrustedStyleSheet);

macro_rules! attribute_as_text {
    ($($ty:ident)*) => {$(
        impl RenderAttribute for $ty {
            #[inline]
            fn render_attribute(&self, attr: Attribute<'_>) {
                attr.value(self.as_str());
            }
        }
    )*};
}

attribute_as_text!(TrustedHtml TrustedUrl TrustedResourceUrl TrustedScript TrustedStyle TrustedStyleSheet);
