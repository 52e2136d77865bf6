//! URLs: [`RenderUrl`] for attributes that hold URLs (links and form targets, media, `srcset`,
//! `ping`) and [`RenderRequestUrl`] for the URLs front-end libraries fetch into the page, with
//! their impls for the standard types and their entry points.

use alloc::borrow::Cow;
use alloc::string::String;

use super::Sealed;
use crate::{Attribute, Html, url};

/// A value for a URL attribute (`href`, `src` of media, `action`, `srcset`, `ping`, …).
///
/// A `&str` or `String` is checked at run time: `http:`, `https:`, `mailto:`, `tel:` and
/// scheme-less URLs are written percent-normalized; anything else is replaced, whole, by
/// [`url::INVALID_URL`](crate::url::INVALID_URL). Media attributes also accept base64 `data:`
/// URLs of raster images, and `srcset` is checked candidate by candidate. A
/// [`TrustedUrl`](crate::TrustedUrl) is written as it is, except one with whitespace in
/// `ping` and `srcset`, which is checked URL by URL like a string: the browser splits those
/// lists at whitespace, so the one URL it vouches for would be read as several. `Option` leaves the
/// attribute out when `None`.
///
/// ```
/// use vetted::html;
///
/// let (home, evil) = ("/home page", "javascript:alert(1)");
/// let page = html! { <a href={home}>"ok"</a><a href={evil}>"no"</a> };
/// assert_eq!(page.as_str(), r#"<a href="/home%20page">ok</a><a href="about:invalid#vetted">no</a>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a URL",
    label = "not a URL",
    note = "URL attributes take a `&str` or `String` (checked when rendered) or a `vetted::TrustedUrl`; build one from parts with `href=(\"/users/\" {{id}})`"
)]
pub trait RenderUrl: Sealed {
    /// Writes this URL as `attr`; a string goes through `policy`, the attribute's URL policy.
    #[doc(hidden)]
    fn render_url(&self, attr: Attribute<'_>, policy: UrlPolicy);
}

/// The URL policy of an attribute, which the entry points hand to [`RenderUrl`]: how a
/// string is checked and written, and whether the attribute holds a list of URLs. Only this
/// crate makes one, so no caller can hand a URL to an attribute through a writer of its own.
///
/// ```compile_fail
/// // Not constructible outside vetted: its fields are private.
/// let policy = vetted::UrlPolicy { write: |url: &str, out: &mut String| out.push_str(url), list: false };
/// ```
#[derive(Clone, Copy)]
pub struct UrlPolicy {
    /// Checks a string and writes it, percent-normalized and attribute-safe.
    write: fn(&str, &mut String),
    /// Whether the attribute holds several URLs (`ping`, `srcset`), which a browser splits
    /// out of the text at whitespace: a [`TrustedUrl`](crate::TrustedUrl) with whitespace is
    /// checked like a string there, as the one URL it vouches for would be read as several.
    list: bool,
}

impl UrlPolicy {
    const LINK: Self = Self {
        write: url::write_url,
        list: false,
    };
    const MEDIA: Self = Self {
        write: url::write_media_url,
        list: false,
    };
    const LIST: Self = Self {
        write: url::write_url_list,
        list: true,
    };
    const SRCSET: Self = Self {
        write: url::write_srcset,
        list: true,
    };

    /// Writes `url`, a string, through the policy.
    #[inline]
    pub(crate) fn write(self, url: &str, attr: Attribute<'_>) {
        attr.raw_value(|out| (self.write)(url, out));
    }

    /// Writes `url`, vouched for as one URL: as it is, unless the attribute is a list and
    /// `url` has the ASCII whitespace that separates its items, where a browser would read it
    /// as several URLs; then through the policy, each checked like a string's.
    #[inline]
    pub(crate) fn write_trusted(self, url: &str, attr: Attribute<'_>) {
        if self.list && url.bytes().any(|b| b.is_ascii_whitespace()) {
            self.write(url, attr);
        } else {
            attr.value(url);
        }
    }
}

/// A value for a URL that a front-end library fetches and whose response it swaps into the
/// page, scripts included (htmx's `hx-get`, `hx-post`, `hx-put`, `hx-patch`, `hx-delete`,
/// `hx-action`): stricter than a link.
///
/// A `&str` or `String` is checked at run time: a path, query or fragment on the page's own
/// site is written percent-normalized; anything else (a scheme, `//host`, `/\host`, a leading
/// space, a tab or newline anywhere) is replaced, whole, by
/// [`url::INVALID_URL`](crate::url::INVALID_URL). Another origin takes a
/// [`TrustedResourceUrl`](crate::TrustedResourceUrl).
///
/// ```
/// let (item, evil) = ("/items/7", "//evil.example/x");
/// let page = vetted::html! { <button hx-get={item}>"a"</button><button hx-get={evil}>"b"</button> };
/// assert_eq!(
///     page.as_str(),
///     r#"<button hx-get="/items/7">a</button><button hx-get="about:invalid#vetted">b</button>"#,
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a URL that htmx fetches into the page",
    label = "not a URL",
    note = "request URLs take a `&str` or `String` on this site (checked when rendered), or a `vetted::TrustedResourceUrl` for another origin; build one from parts with `hx-get=(\"/items/\" {{id}})`"
)]
pub trait RenderRequestUrl: Sealed {
    /// Writes this URL as `attr`.
    #[doc(hidden)]
    fn render_request_url(&self, attr: Attribute<'_>);
}

macro_rules! strings {
    ($($ty:ty),*) => {$(
        impl RenderUrl for $ty {
            #[inline]
            fn render_url(&self, attr: Attribute<'_>, policy: UrlPolicy) {
                policy.write(self, attr);
            }
        }

        impl RenderRequestUrl for $ty {
            #[inline]
            fn render_request_url(&self, attr: Attribute<'_>) {
                attr.raw_value(|out| url::write_request_url(self, out));
            }
        }
    )*};
}

strings!(str, String, Cow<'_, str>);

// References and smart pointers forward; `Option` leaves the attribute out when `None`.

forward!(RenderUrl::render_url(attr: Attribute<'_>, policy: UrlPolicy));

optional!(RenderUrl::render_url(attr: Attribute<'_>, policy: UrlPolicy));
forward!(RenderRequestUrl::render_request_url(attr: Attribute<'_>));
optional!(RenderRequestUrl::render_request_url(attr: Attribute<'_>));

// Entry points, one per sink.

/// A URL followed or submitted to: `href`, `action`, `formaction`, `cite`, …
/// ([`Sink::Url`](vetted_rules::sink::Sink::Url), [`Sink::FormAction`](vetted_rules::sink::Sink::FormAction)).
#[inline]
pub fn url<T: RenderUrl + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_url(Attribute::new(start, out), UrlPolicy::LINK);
}

/// Space-separated URLs: `ping` ([`Sink::UrlList`](vetted_rules::sink::Sink::UrlList)).
#[inline]
pub fn url_list<T: RenderUrl + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_url(Attribute::new(start, out), UrlPolicy::LIST);
}

/// A URL loaded as media: `img src`, `poster`, …
/// ([`Sink::MediaUrl`](vetted_rules::sink::Sink::MediaUrl)).
#[inline]
pub fn media_url<T: RenderUrl + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_url(Attribute::new(start, out), UrlPolicy::MEDIA);
}

/// An image candidate list: `srcset`, `imagesrcset`
/// ([`Sink::SrcSet`](vetted_rules::sink::Sink::SrcSet)).
#[inline]
pub fn srcset<T: RenderUrl + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_url(Attribute::new(start, out), UrlPolicy::SRCSET);
}

/// A URL htmx fetches into the page: `hx-get`, `hx-post`, …
/// ([`Sink::RequestUrl`](vetted_rules::sink::Sink::RequestUrl)).
#[inline]
pub fn request_url<T: RenderRequestUrl + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_request_url(Attribute::new(start, out));
}
