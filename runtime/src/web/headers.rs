//! Security headers for HTML responses: [`SecurityHeaders`], framework-neutral.
//!
//! [`SecurityHeaders::recommended`] is a strict set that suits a server-rendered site; each
//! header can be changed or dropped with a builder method, and [`SecurityHeaders::iter`] gives
//! the `(name, value)` pairs to write with any framework. A [`Page`](crate::Page) writes them
//! with a Content-Security-Policy that allows its own nonce.
//!
//! | header | recommended value | what it stops |
//! |---|---|---|
//! | `content-security-policy` | `script-src 'nonce-…' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'` (with a nonce), `default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'` (without) | injected markup running script, plugins, `<base>` hijacking, framing by other sites, forms posting elsewhere |
//! | `strict-transport-security` | `max-age=31536000; includeSubDomains` | SSL stripping: plain-HTTP requests a network attacker can read or change |
//! | `x-content-type-options` | `nosniff` | browsers guessing a type, e.g. running an upload as HTML |
//! | `x-frame-options` | `SAMEORIGIN` | clickjacking in browsers without `frame-ancestors` |
//! | `referrer-policy` | `strict-origin-when-cross-origin` | paths and query strings (with their tokens) leaking to other sites |
//! | `cross-origin-opener-policy` | `same-origin` | other sites' windows keeping a handle on this one (tabnabbing, cross-window leaks) |
//! | `permissions-policy` | `camera=(), microphone=(), geolocation=(), payment=(), usb=()` | injected or framed code asking for powerful features |
//! | `x-xss-protection` | `0` | the legacy XSS auditor, which attackers could use to switch off scripts or leak data |
//!
//! Public-Key-Pins (HPKP) and Expect-CT are never written: pinning could lock users out of a
//! site for months, and certificate transparency is enforced by browsers without asking.
//!
//! ```
//! use vetted::headers::{FrameOptions, SecurityHeaders};
//!
//! let headers = SecurityHeaders::recommended()
//!     .frame_options(FrameOptions::Deny)
//!     .without_permissions_policy();
//! let names: Vec<&str> = headers.iter().map(|(name, _)| name).collect();
//! assert_eq!(names, [
//!     "content-security-policy",
//!     "strict-transport-security",
//!     "x-content-type-options",
//!     "x-frame-options",
//!     "referrer-policy",
//!     "cross-origin-opener-policy",
//!     "x-xss-protection",
//! ]);
//! ```

use alloc::borrow::Cow;
use core::fmt;

use crate::csp::Nonce;

#[cfg(feature = "tower-0.5")]
pub use crate::integrations::tower::{
    SecurityHeadersFuture, SecurityHeadersLayer, SecurityHeadersService,
};

/// Where a custom Content-Security-Policy takes the response's nonce source (`'nonce-…'`).
const NONCE_PLACEHOLDER: &str = "{nonce}";

/// The recommended policy for a response without a nonce.
const CSP_WITHOUT_NONCE: &str = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

/// The recommended policy for a response with a nonce, after `script-src 'nonce-…'`.
const CSP_AFTER_NONCE: &str = " 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/// The security headers to send with HTML responses, built from strict defaults.
///
/// Start from [`recommended`](Self::recommended) (also the [`Default`]), change or drop single
/// headers with the builder methods, and write the pairs from [`iter`](Self::iter) (or
/// [`iter_with_nonce`](Self::iter_with_nonce) for a page with a nonce). With the framework
/// features, [`Page`](crate::Page) writes them for you, and the `tower-0.5` feature adds a
/// layer that adds them to every response that lacks them.
///
/// ```
/// use vetted::headers::SecurityHeaders;
///
/// let headers = SecurityHeaders::recommended();
/// let pairs: Vec<(&str, String)> =
///     headers.iter().map(|(name, value)| (name, value.into_owned())).collect();
/// assert!(pairs.contains(&("x-content-type-options", "nosniff".into())));
/// assert!(pairs.contains(&("strict-transport-security", "max-age=31536000; includeSubDomains".into())));
/// assert!(!pairs.iter().any(|(name, _)| *name == "public-key-pins" || *name == "expect-ct"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityHeaders {
    csp: Option<Policy>,
    hsts: Option<Hsts>,
    nosniff: bool,
    frame_options: Option<FrameOptions>,
    referrer_policy: Option<ReferrerPolicy>,
    opener_policy: Option<CrossOriginOpenerPolicy>,
    permissions_policy: Option<Cow<'static, str>>,
    xss_protection_off: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Policy {
    Recommended,
    Custom(Cow<'static, str>),
}

impl Default for SecurityHeaders {
    /// The [`recommended`](SecurityHeaders::recommended) headers.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// assert_eq!(SecurityHeaders::default(), SecurityHeaders::recommended());
    /// ```
    fn default() -> Self {
        Self::recommended()
    }
}

impl SecurityHeaders {
    /// The strict defaults listed in the [module docs](self): every header on, each with its
    /// safest value that does not break an ordinary server-rendered site.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    ///
    /// let headers = SecurityHeaders::recommended();
    /// assert_eq!(headers.iter().count(), 8);
    /// assert_eq!(
    ///     headers.get("content-security-policy").as_deref(),
    ///     Some("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'"),
    /// );
    /// ```
    #[must_use]
    pub const fn recommended() -> Self {
        Self {
            csp: Some(Policy::Recommended),
            hsts: Some(Hsts::recommended()),
            nosniff: true,
            frame_options: Some(FrameOptions::SameOrigin),
            referrer_policy: Some(ReferrerPolicy::StrictOriginWhenCrossOrigin),
            opener_policy: Some(CrossOriginOpenerPolicy::SameOrigin),
            permissions_policy: Some(Cow::Borrowed(PERMISSIONS_POLICY)),
            xss_protection_off: true,
        }
    }

    /// Replaces the recommended Content-Security-Policy with `policy`.
    ///
    /// Why: the policy decides which scripts, plugins, frames and form targets the page may
    /// use, so markup that slips in (from a `dangerously_*` conversion, a third-party widget,
    /// a browser extension's injection point) still cannot run script.
    ///
    /// Write `{nonce}` where the response's nonce source belongs: a [`Page`](crate::Page) puts
    /// its `'nonce-…'` there. A response without a nonce drops the placeholder, which leaves
    /// that directive without a nonce, so it fails closed (`script-src {nonce}` becomes a
    /// `script-src` that allows nothing).
    ///
    /// ```
    /// use vetted::{csp::Nonce, headers::SecurityHeaders};
    ///
    /// let headers = SecurityHeaders::recommended()
    ///     .content_security_policy("script-src {nonce}; img-src 'self' https://img.example")?;
    /// let nonce = Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// let with_nonce = headers.iter_with_nonce(&nonce).next().unwrap().1;
    /// assert_eq!(with_nonce, "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA'; img-src 'self' https://img.example");
    /// assert_eq!(headers.get("content-security-policy").as_deref(), Some("script-src ; img-src 'self' https://img.example"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// If `policy` holds a control or non-ASCII character, which could split or corrupt the
    /// header.
    pub fn content_security_policy(
        mut self,
        policy: impl Into<Cow<'static, str>>,
    ) -> Result<Self, HeaderValueError> {
        self.csp = Some(Policy::Custom(checked(
            policy.into(),
            "content-security-policy",
        )?));
        Ok(self)
    }

    /// Drops the Content-Security-Policy header, for an application that sets its own.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().without_content_security_policy();
    /// assert_eq!(headers.get("content-security-policy"), None);
    /// ```
    #[must_use]
    pub fn without_content_security_policy(mut self) -> Self {
        self.csp = None;
        self
    }

    /// Sets Strict-Transport-Security.
    ///
    /// Why: after one HTTPS visit the browser uses only HTTPS for this host (and, with
    /// `includeSubDomains`, its subdomains, which share its cookies) until `max-age` runs
    /// out, so a network attacker cannot strip TLS from later visits.
    ///
    /// ```
    /// use vetted::headers::{Hsts, SecurityHeaders};
    ///
    /// let headers = SecurityHeaders::recommended().hsts(Hsts::max_age(86_400).without_subdomains());
    /// assert_eq!(headers.get("strict-transport-security").as_deref(), Some("max-age=86400"));
    /// ```
    #[must_use]
    pub fn hsts(mut self, hsts: Hsts) -> Self {
        self.hsts = Some(hsts);
        self
    }

    /// Asks for HSTS preloading: adds `preload` (with `includeSubDomains` and a max-age of at
    /// least a year, which the browsers' preload lists require).
    ///
    /// Why it is opt-in: once a domain is on the lists shipped with browsers, every subdomain is
    /// HTTPS-only for every user, and leaving the lists takes months.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    ///
    /// let headers = SecurityHeaders::recommended().hsts_preload();
    /// assert_eq!(
    ///     headers.get("strict-transport-security").as_deref(),
    ///     Some("max-age=31536000; includeSubDomains; preload"),
    /// );
    /// ```
    #[must_use]
    pub fn hsts_preload(mut self) -> Self {
        self.hsts = Some(self.hsts.unwrap_or(Hsts::recommended()).preload());
        self
    }

    /// Drops Strict-Transport-Security, for a site served over plain HTTP on purpose (or
    /// whose proxy sets it).
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().without_hsts();
    /// assert_eq!(headers.get("strict-transport-security"), None);
    /// ```
    #[must_use]
    pub fn without_hsts(mut self) -> Self {
        self.hsts = None;
        self
    }

    /// Drops `X-Content-Type-Options: nosniff`.
    ///
    /// Why it is there: without it, browsers may guess a response's type from its bytes, so a
    /// user's upload served as `text/plain` or an image can be run as HTML or script, and a
    /// script or stylesheet served with the wrong type is still used. `nosniff` is its only
    /// value, so there is nothing else to set.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// assert_eq!(SecurityHeaders::recommended().get("x-content-type-options").as_deref(), Some("nosniff"));
    /// let headers = SecurityHeaders::recommended().without_content_type_options();
    /// assert_eq!(headers.get("x-content-type-options"), None);
    /// ```
    #[must_use]
    pub fn without_content_type_options(mut self) -> Self {
        self.nosniff = false;
        self
    }

    /// Sets X-Frame-Options.
    ///
    /// Why: another site could show this page in an invisible frame and trick users into
    /// clicking its buttons (clickjacking). CSP's `frame-ancestors` says the same to current
    /// browsers; this header covers older ones. Keep the two in agreement.
    ///
    /// ```
    /// use vetted::headers::{FrameOptions, SecurityHeaders};
    /// let headers = SecurityHeaders::recommended().frame_options(FrameOptions::Deny);
    /// assert_eq!(headers.get("x-frame-options").as_deref(), Some("DENY"));
    /// ```
    #[must_use]
    pub fn frame_options(mut self, frame_options: FrameOptions) -> Self {
        self.frame_options = Some(frame_options);
        self
    }

    /// Drops X-Frame-Options (for a page meant to be framed by other sites, with a matching
    /// `frame-ancestors` in the policy).
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().without_frame_options();
    /// assert_eq!(headers.get("x-frame-options"), None);
    /// ```
    #[must_use]
    pub fn without_frame_options(mut self) -> Self {
        self.frame_options = None;
        self
    }

    /// Sets Referrer-Policy.
    ///
    /// Why: by default a link or a subresource request can tell other sites the full URL the
    /// user came from, with the ids and tokens in its path and query string.
    ///
    /// ```
    /// use vetted::headers::{ReferrerPolicy, SecurityHeaders};
    /// let headers = SecurityHeaders::recommended().referrer_policy(ReferrerPolicy::NoReferrer);
    /// assert_eq!(headers.get("referrer-policy").as_deref(), Some("no-referrer"));
    /// ```
    #[must_use]
    pub fn referrer_policy(mut self, policy: ReferrerPolicy) -> Self {
        self.referrer_policy = Some(policy);
        self
    }

    /// Drops Referrer-Policy, leaving the browser's default.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().without_referrer_policy();
    /// assert_eq!(headers.get("referrer-policy"), None);
    /// ```
    #[must_use]
    pub fn without_referrer_policy(mut self) -> Self {
        self.referrer_policy = None;
        self
    }

    /// Sets Cross-Origin-Opener-Policy.
    ///
    /// Why: a page of another site that opened this one, or that this one opened, keeps a
    /// handle on its window: it can navigate it (tabnabbing) or measure it (cross-window
    /// leaks). `same-origin` puts the page in its own browsing context group.
    ///
    /// ```
    /// use vetted::headers::{CrossOriginOpenerPolicy, SecurityHeaders};
    /// let headers = SecurityHeaders::recommended()
    ///     .cross_origin_opener_policy(CrossOriginOpenerPolicy::SameOriginAllowPopups);
    /// assert_eq!(headers.get("cross-origin-opener-policy").as_deref(), Some("same-origin-allow-popups"));
    /// ```
    #[must_use]
    pub fn cross_origin_opener_policy(mut self, policy: CrossOriginOpenerPolicy) -> Self {
        self.opener_policy = Some(policy);
        self
    }

    /// Drops Cross-Origin-Opener-Policy (for a page whose OAuth or payment popups must talk
    /// back to it and cannot use [`CrossOriginOpenerPolicy::SameOriginAllowPopups`]).
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().without_cross_origin_opener_policy();
    /// assert_eq!(headers.get("cross-origin-opener-policy"), None);
    /// ```
    #[must_use]
    pub fn without_cross_origin_opener_policy(mut self) -> Self {
        self.opener_policy = None;
        self
    }

    /// Replaces the recommended Permissions-Policy with `policy`.
    ///
    /// Why: switching off the powerful features the site does not use means neither injected
    /// script nor a framed third party can ask the user for them.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().permissions_policy("camera=(self), microphone=()")?;
    /// assert_eq!(headers.get("permissions-policy").as_deref(), Some("camera=(self), microphone=()"));
    /// # Ok::<(), vetted::headers::HeaderValueError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// If `policy` holds a control or non-ASCII character, which could split or corrupt the
    /// header.
    pub fn permissions_policy(
        mut self,
        policy: impl Into<Cow<'static, str>>,
    ) -> Result<Self, HeaderValueError> {
        self.permissions_policy = Some(checked(policy.into(), "permissions-policy")?);
        Ok(self)
    }

    /// Drops Permissions-Policy, leaving the browser's defaults.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended().without_permissions_policy();
    /// assert_eq!(headers.get("permissions-policy"), None);
    /// ```
    #[must_use]
    pub fn without_permissions_policy(mut self) -> Self {
        self.permissions_policy = None;
        self
    }

    /// Drops `X-XSS-Protection: 0`.
    ///
    /// Why it is there: the XSS auditor of old browsers guessed which scripts were reflected
    /// from the request and blocked them, which let attackers switch off a page's own scripts
    /// or learn about its content; `0` turns it off, and current browsers have removed it.
    /// `0` is the only value worth sending, so there is nothing else to set.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// assert_eq!(SecurityHeaders::recommended().get("x-xss-protection").as_deref(), Some("0"));
    /// let headers = SecurityHeaders::recommended().without_xss_protection();
    /// assert_eq!(headers.get("x-xss-protection"), None);
    /// ```
    #[must_use]
    pub fn without_xss_protection(mut self) -> Self {
        self.xss_protection_off = false;
        self
    }

    /// The headers as `(name, value)` pairs for a response without a nonce, names in lower
    /// case (as HTTP/2 requires; HTTP/1 ignores case).
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    ///
    /// let mut response_headers = Vec::new();
    /// for (name, value) in SecurityHeaders::recommended().iter() {
    ///     response_headers.push(format!("{name}: {value}"));
    /// }
    /// assert!(response_headers.contains(&"x-frame-options: SAMEORIGIN".to_string()));
    /// ```
    ///
    /// With actix-web, its `DefaultHeaders` middleware adds them to the responses that lack
    /// them:
    ///
    /// ```
    /// # #[cfg(feature = "actix-web-4")] {
    /// use actix_web::{App, middleware::DefaultHeaders};
    /// use vetted::headers::SecurityHeaders;
    ///
    /// let defaults = SecurityHeaders::recommended()
    ///     .iter()
    ///     .fold(DefaultHeaders::new(), |defaults, (name, value)| defaults.add((name, value.as_ref())));
    /// let _app = App::new().wrap(defaults);
    /// # }
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Cow<'_, str>)> {
        self.pairs(None)
    }

    /// The headers as `(name, value)` pairs for a response whose page uses `nonce`: the
    /// Content-Security-Policy allows it.
    ///
    /// ```
    /// use vetted::{csp::Nonce, headers::SecurityHeaders};
    ///
    /// let nonce = Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// let headers = SecurityHeaders::recommended();
    /// let (name, csp) = headers.iter_with_nonce(&nonce).next().unwrap();
    /// assert_eq!(name, "content-security-policy");
    /// assert_eq!(
    ///     csp,
    ///     "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA' 'strict-dynamic'; object-src 'none'; \
    ///      base-uri 'none'; frame-ancestors 'self'; form-action 'self'",
    /// );
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    pub fn iter_with_nonce<'a>(
        &'a self,
        nonce: &Nonce,
    ) -> impl Iterator<Item = (&'static str, Cow<'a, str>)> + use<'a> {
        self.pairs(Some(nonce))
    }

    /// The value of header `name` (lower case) for a response without a nonce, if it is set.
    ///
    /// ```
    /// use vetted::headers::SecurityHeaders;
    /// let headers = SecurityHeaders::recommended();
    /// assert_eq!(headers.get("referrer-policy").as_deref(), Some("strict-origin-when-cross-origin"));
    /// assert_eq!(headers.get("expect-ct"), None);
    /// ```
    #[must_use]
    pub fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        self.iter()
            .find(|(header, _)| *header == name)
            .map(|(_, value)| value)
    }

    fn pairs<'a>(
        &'a self,
        nonce: Option<&Nonce>,
    ) -> impl Iterator<Item = (&'static str, Cow<'a, str>)> + use<'a> {
        let csp = self.csp.as_ref().map(|policy| {
            let value = match (policy, nonce) {
                (Policy::Recommended, None) => Cow::Borrowed(CSP_WITHOUT_NONCE),
                (Policy::Recommended, Some(nonce)) => Cow::Owned(alloc::format!(
                    "script-src {}{CSP_AFTER_NONCE}",
                    nonce.source()
                )),
                (Policy::Custom(policy), _) if !policy.contains(NONCE_PLACEHOLDER) => {
                    Cow::Borrowed(&**policy)
                }
                (Policy::Custom(policy), nonce) => Cow::Owned(policy.replace(
                    NONCE_PLACEHOLDER,
                    &nonce.map(Nonce::source).unwrap_or_default(),
                )),
            };
            ("content-security-policy", value)
        });
        let hsts = self.hsts.map(|hsts| {
            let value = if hsts == Hsts::recommended() {
                Cow::Borrowed("max-age=31536000; includeSubDomains")
            } else {
                Cow::Owned(alloc::format!("{hsts}"))
            };
            ("strict-transport-security", value)
        });
        let fixed = |on: bool, name: &'static str, value: &'static str| {
            on.then_some((name, Cow::Borrowed(value)))
        };
        [
            csp,
            hsts,
            fixed(self.nosniff, "x-content-type-options", "nosniff"),
            self.frame_options
                .map(|value| ("x-frame-options", Cow::Borrowed(value.as_str()))),
            self.referrer_policy
                .map(|value| ("referrer-policy", Cow::Borrowed(value.as_str()))),
            self.opener_policy
                .map(|value| ("cross-origin-opener-policy", Cow::Borrowed(value.as_str()))),
            self.permissions_policy
                .as_deref()
                .map(|value| ("permissions-policy", Cow::Borrowed(value))),
            fixed(self.xss_protection_off, "x-xss-protection", "0"),
        ]
        .into_iter()
        .flatten()
    }
}

/// Every header name [`SecurityHeaders`] can write: what a [`SecurityHeadersLayer`]
/// replaces on a page that kept the default headers.
#[cfg(feature = "tower-0.5")]
pub(crate) const NAMES: [&str; 8] = [
    "content-security-policy",
    "strict-transport-security",
    "x-content-type-options",
    "x-frame-options",
    "referrer-policy",
    "cross-origin-opener-policy",
    "permissions-policy",
    "x-xss-protection",
];

/// A configured header value was refused: it holds a control or non-ASCII character, which
/// could end the header or smuggle another one.
///
/// ```
/// use vetted::headers::SecurityHeaders;
/// let error = SecurityHeaders::recommended().permissions_policy("camera=()\r\nX: y").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "the `permissions-policy` value has a control or non-ASCII character at byte 9; use printable ASCII only",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderValueError {
    header: &'static str,
    at: usize,
}

impl core::fmt::Display for HeaderValueError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "the `{}` value has a control or non-ASCII character at byte {}; use printable ASCII only",
            self.header, self.at
        )
    }
}

impl core::error::Error for HeaderValueError {}

/// Refuses a configured header value that could end the header or smuggle another one.
fn checked(
    value: Cow<'static, str>,
    header: &'static str,
) -> Result<Cow<'static, str>, HeaderValueError> {
    match value
        .bytes()
        .position(|b| !(b.is_ascii_graphic() || b == b' ' || b == b'\t'))
    {
        Some(at) => Err(HeaderValueError { header, at }),
        None => Ok(value),
    }
}

/// A Strict-Transport-Security value: how long browsers must use only HTTPS, and for what.
///
/// ```
/// use vetted::headers::Hsts;
///
/// assert_eq!(Hsts::recommended().to_string(), "max-age=31536000; includeSubDomains");
/// assert_eq!(Hsts::max_age(600).to_string(), "max-age=600; includeSubDomains");
/// assert_eq!(Hsts::max_age(600).preload().to_string(), "max-age=31536000; includeSubDomains; preload");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hsts {
    max_age: u64,
    include_subdomains: bool,
    preload: bool,
}

impl Hsts {
    /// One year, the least the preload lists accept and the common recommendation.
    const ONE_YEAR: u64 = 31_536_000;

    /// One year, subdomains included, not preloaded.
    ///
    /// ```
    /// assert_eq!(vetted::headers::Hsts::recommended(), vetted::headers::Hsts::max_age(31_536_000));
    /// ```
    #[must_use]
    pub const fn recommended() -> Self {
        Self::max_age(Self::ONE_YEAR)
    }

    /// `seconds` of HTTPS only, subdomains included. Start low (a few minutes) on a site that
    /// has not served everything over HTTPS before, then raise it.
    ///
    /// ```
    /// assert_eq!(vetted::headers::Hsts::max_age(300).to_string(), "max-age=300; includeSubDomains");
    /// ```
    #[must_use]
    pub const fn max_age(seconds: u64) -> Self {
        Self {
            max_age: seconds,
            include_subdomains: true,
            preload: false,
        }
    }

    /// Only this host, not its subdomains (and so not preloaded either).
    ///
    /// ```
    /// let hsts = vetted::headers::Hsts::recommended().preload().without_subdomains();
    /// assert_eq!(hsts.to_string(), "max-age=31536000");
    /// ```
    #[must_use]
    pub const fn without_subdomains(self) -> Self {
        Self {
            include_subdomains: false,
            preload: false,
            ..self
        }
    }

    /// Marked for the browsers' preload lists, with what they require: subdomains included
    /// and a max-age of at least a year.
    ///
    /// ```
    /// let hsts = vetted::headers::Hsts::max_age(60).preload();
    /// assert_eq!(hsts.to_string(), "max-age=31536000; includeSubDomains; preload");
    /// ```
    #[must_use]
    pub const fn preload(self) -> Self {
        Self {
            max_age: if self.max_age < Self::ONE_YEAR {
                Self::ONE_YEAR
            } else {
                self.max_age
            },
            include_subdomains: true,
            preload: true,
        }
    }
}

impl fmt::Display for Hsts {
    /// The header value.
    ///
    /// ```
    /// assert_eq!(format!("{}", vetted::headers::Hsts::max_age(5).without_subdomains()), "max-age=5");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "max-age={}", self.max_age)?;
        if self.include_subdomains {
            f.write_str("; includeSubDomains")?;
        }
        if self.preload {
            f.write_str("; preload")?;
        }
        Ok(())
    }
}

/// An X-Frame-Options value: who may show the page in a frame.
///
/// ```
/// assert_eq!(vetted::headers::FrameOptions::SameOrigin.as_str(), "SAMEORIGIN");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FrameOptions {
    /// No one, not even this site (`DENY`).
    Deny,
    /// Only pages of this origin (`SAMEORIGIN`).
    SameOrigin,
}

impl FrameOptions {
    /// The header value.
    ///
    /// ```
    /// assert_eq!(vetted::headers::FrameOptions::Deny.as_str(), "DENY");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Deny => "DENY",
            Self::SameOrigin => "SAMEORIGIN",
        }
    }
}

/// A Referrer-Policy value: how much of this page's URL other requests may carry.
///
/// ```
/// use vetted::headers::ReferrerPolicy;
/// assert_eq!(ReferrerPolicy::StrictOriginWhenCrossOrigin.as_str(), "strict-origin-when-cross-origin");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferrerPolicy {
    /// Never send a referrer.
    NoReferrer,
    /// The full URL, except from HTTPS to HTTP; leaks paths and query strings to other sites.
    NoReferrerWhenDowngrade,
    /// Only the origin, everywhere.
    Origin,
    /// The full URL within the origin, only the origin elsewhere, even from HTTPS to HTTP.
    OriginWhenCrossOrigin,
    /// The full URL within the origin, nothing elsewhere.
    SameOrigin,
    /// Only the origin, and nothing from HTTPS to HTTP.
    StrictOrigin,
    /// The full URL within the origin, the origin elsewhere, nothing from HTTPS to HTTP: the
    /// recommended value.
    StrictOriginWhenCrossOrigin,
    /// The full URL everywhere, even from HTTPS to HTTP: leaks everything, avoid.
    UnsafeUrl,
}

impl ReferrerPolicy {
    /// The header value.
    ///
    /// ```
    /// assert_eq!(vetted::headers::ReferrerPolicy::SameOrigin.as_str(), "same-origin");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NoReferrer => "no-referrer",
            Self::NoReferrerWhenDowngrade => "no-referrer-when-downgrade",
            Self::Origin => "origin",
            Self::OriginWhenCrossOrigin => "origin-when-cross-origin",
            Self::SameOrigin => "same-origin",
            Self::StrictOrigin => "strict-origin",
            Self::StrictOriginWhenCrossOrigin => "strict-origin-when-cross-origin",
            Self::UnsafeUrl => "unsafe-url",
        }
    }
}

/// A Cross-Origin-Opener-Policy value: whether windows of other origins keep a handle on this
/// page's window.
///
/// ```
/// assert_eq!(vetted::headers::CrossOriginOpenerPolicy::SameOrigin.as_str(), "same-origin");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CrossOriginOpenerPolicy {
    /// Only same-origin documents share the page's browsing context group.
    SameOrigin,
    /// As `SameOrigin`, but popups this page opens keep their handle on it (OAuth, payments).
    SameOriginAllowPopups,
    /// The browser's default: any opener or popup keeps its handle.
    UnsafeNone,
}

impl CrossOriginOpenerPolicy {
    /// The header value.
    ///
    /// ```
    /// use vetted::headers::CrossOriginOpenerPolicy;
    /// assert_eq!(CrossOriginOpenerPolicy::UnsafeNone.as_str(), "unsafe-none");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SameOrigin => "same-origin",
            Self::SameOriginAllowPopups => "same-origin-allow-popups",
            Self::UnsafeNone => "unsafe-none",
        }
    }
}
