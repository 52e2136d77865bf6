//! [`Sanitizer`]: HTML from users (comments, Markdown output) made safe with `ammonia`, under
//! vetted's own sink rules.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use std::collections::HashSet;
use std::sync::LazyLock;

use vetted_rules::attribute::sink_of;
use vetted_rules::sink::Sink;
use vetted_rules::url::{is_safe_url, rewritten_by_browsers};

use super::TrustedHtml;

/// Elements no policy keeps, whatever the `ammonia::Builder` allows: they run script, load
/// documents or code, change how the rest of the page is parsed or resolved, or submit data.
const NEVER_KEPT: &[&str] = &[
    "applet",
    "base",
    "basefont",
    "button",
    "embed",
    "form",
    "frame",
    "frameset",
    "iframe",
    "input",
    "isindex",
    "keygen",
    "link",
    "listing",
    "math",
    "meta",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "param",
    "plaintext",
    "portal",
    "script",
    "select",
    "slot",
    "style",
    "svg",
    "template",
    "textarea",
    "xmp",
];

/// Elements whose text is dropped with them (a `<script>`'s code is not turned into text).
const CONTENT_DROPPED: &[&str] = &["script", "style"];

/// What links in sanitized HTML get, so a user's link neither reaches the page that opened it
/// nor lends it the site's reputation.
const LINK_REL: &str = "noopener noreferrer nofollow ugc";

/// Turns HTML from users into a [`TrustedHtml`]: the `ammonia` crate parses it as a browser
/// would and keeps only an allowed list of elements and attributes, and vetted's sink table
/// decides every attribute again. The strict default ([`Sanitizer::new`],
/// [`TrustedHtml::sanitize`]) keeps text formatting, lists, tables, quotes and links:
///
/// - no `<script>`, `<style>`, frames, forms, `<svg>`, `<math>`, `<template>`, `<base>`,
///   `<meta>` or `<link>`, under any policy;
/// - no event handler, `style`, `srcdoc` or front-end library attribute (`hx-*`, `x-*`, `v-*`,
///   `data-bind`, …), under any policy: an attribute is kept only if its sink is text, or a URL
///   that passes vetted's URL policy (`http`, `https`, `mailto`, `tel` or no scheme);
/// - links get `rel="noopener noreferrer nofollow ugc"`;
/// - images only from the origins given to [`Sanitizer::images_from`]; by default none.
///
/// Text that a front-end library reads as a template (`{{ … }}` under Vue or AngularJS) is
/// still text: insert user HTML outside the elements such a library compiles.
///
/// ```
/// use vetted::{Sanitizer, html};
///
/// let sanitizer = Sanitizer::new();
/// let comment = sanitizer.sanitize(r#"<b onclick="steal()">hi</b> <a href="javascript:x">x</a><script>bad()</script>"#);
/// assert_eq!(
///     html! { <div>{comment}</div> }.as_str(),
///     r#"<div><b>hi</b> <a rel="noopener noreferrer nofollow ugc">x</a></div>"#
/// );
/// ```
#[derive(Clone)]
pub struct Sanitizer {
    images_from: Arc<[String]>,
    configure: Option<Arc<Configure>>,
    builder: Arc<ammonia::Builder<'static>>,
}

type Configure = dyn Fn(&mut ammonia::Builder<'static>) + Send + Sync;

impl fmt::Debug for Sanitizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sanitizer")
            .field("images_from", &self.images_from)
            .field("configured", &self.configure.is_some())
            .finish_non_exhaustive()
    }
}

impl Default for Sanitizer {
    /// The strict default policy, as [`Sanitizer::new`].
    ///
    /// ```
    /// let sanitizer = vetted::Sanitizer::default();
    /// assert_eq!(sanitizer.sanitize("<i>x</i><img src=/a.png>").as_str(), "<i>x</i>");
    /// ```
    fn default() -> Self {
        Self::new()
    }
}

impl Sanitizer {
    /// The strict default policy (see [`Sanitizer`]).
    ///
    /// ```
    /// let sanitizer = vetted::Sanitizer::new();
    /// assert_eq!(sanitizer.sanitize("<p style=\"color:red\">hi</p>").as_str(), "<p>hi</p>");
    /// ```
    #[must_use]
    pub fn new() -> Self {
        let images_from: Arc<[String]> = Arc::from(Vec::new());
        // The strict policy is consistent (a test checks it): only a caller's changes need
        // `consistent`.
        let builder = build(&images_from, None);
        Self {
            images_from,
            configure: None,
            builder: Arc::new(builder),
        }
    }

    /// Keeps `<img src alt width height>` whose `src` is on one of `origins`, each written as
    /// `https://host` or `https://host:port` (or `http://`), without a path. Other images
    /// lose their `src`.
    ///
    /// # Errors
    ///
    /// [`SanitizerError::InvalidOrigin`] for an origin that is not a scheme and a host.
    ///
    /// ```
    /// let sanitizer = vetted::Sanitizer::new().images_from(["https://img.example"])?;
    /// assert_eq!(
    ///     sanitizer.sanitize(r#"<img src="https://img.example/cat.png" alt="cat"><img src="https://evil.example/t.gif">"#).as_str(),
    ///     r#"<img src="https://img.example/cat.png" alt="cat"><img>"#
    /// );
    /// assert!(vetted::Sanitizer::new().images_from(["https://img.example/path"]).is_err());
    /// # Ok::<(), vetted::SanitizerError>(())
    /// ```
    pub fn images_from<I, S>(self, origins: I) -> Result<Self, SanitizerError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut images_from: Vec<String> = Vec::new();
        for origin in origins {
            let origin = origin.into();
            if !is_origin(&origin) {
                return Err(SanitizerError::InvalidOrigin { origin });
            }
            images_from.push(origin);
        }
        let images_from: Arc<[String]> = Arc::from(images_from);
        let builder = build(&images_from, self.configure.as_deref());
        consistent(&builder)?;
        Ok(Self {
            images_from,
            configure: self.configure,
            builder: Arc::new(builder),
        })
    }

    /// A policy of your own: `configure` gets the strict default's `ammonia::Builder` and may
    /// allow more elements, attributes and classes (or fewer). vetted then applies its own
    /// rules again: the elements listed on [`Sanitizer`] are removed, and every attribute
    /// still has to pass the sink rules, whatever the builder allows.
    ///
    /// # Errors
    ///
    /// [`SanitizerError::Inconsistent`] when the builder breaks a rule `ammonia` would
    /// otherwise panic on (such as `rel` allowed on links while link `rel` is set), or uses a
    /// custom relative-URL rewriter, whose output vetted cannot check.
    ///
    /// # Panics
    ///
    /// If `configure` sets an attribute filter: vetted's is already set, and `ammonia` takes one.
    ///
    /// ```
    /// let sanitizer = vetted::Sanitizer::new().configure(|builder| {
    ///     builder.add_generic_attributes(["class", "onclick"]).add_tags(["script", "mark"]);
    /// })?;
    /// assert_eq!(
    ///     sanitizer.sanitize(r#"<mark class="hl" onclick="x()">a</mark><script>x()</script>"#).as_str(),
    ///     r#"<mark class="hl">a</mark>"#
    /// );
    /// # Ok::<(), vetted::SanitizerError>(())
    /// ```
    pub fn configure(
        self,
        configure: impl Fn(&mut ammonia::Builder<'static>) + Send + Sync + 'static,
    ) -> Result<Self, SanitizerError> {
        let configure: Arc<Configure> = Arc::new(configure);
        let builder = build(&self.images_from, Some(&*configure));
        consistent(&builder)?;
        Ok(Self {
            images_from: self.images_from,
            configure: Some(configure),
            builder: Arc::new(builder),
        })
    }

    /// `html` with everything outside the policy removed, as a [`TrustedHtml`].
    ///
    /// ```
    /// let sanitizer = vetted::Sanitizer::new();
    /// assert_eq!(sanitizer.sanitize("<em>fine</em><iframe src=//evil.example>").as_str(), "<em>fine</em>");
    /// ```
    #[must_use]
    pub fn sanitize(&self, html: &str) -> TrustedHtml {
        TrustedHtml(Cow::Owned(self.builder.clean(html).to_string()))
    }
}

impl TrustedHtml {
    /// `html` sanitized with the strict default policy of [`Sanitizer`]: what users write
    /// (comments, rendered Markdown) can go into a page.
    ///
    /// ```
    /// use vetted::{TrustedHtml, html};
    ///
    /// let comment = TrustedHtml::sanitize("<p>hi <img src=x onerror=alert(1)></p>");
    /// assert_eq!(html! { <article>{comment}</article> }.as_str(), "<article><p>hi </p></article>");
    /// ```
    #[must_use]
    pub fn sanitize(html: &str) -> Self {
        static STRICT: LazyLock<Sanitizer> = LazyLock::new(Sanitizer::new);
        STRICT.sanitize(html)
    }
}

/// Why a [`Sanitizer`] could not be made.
///
/// ```
/// let error = vetted::Sanitizer::new().images_from(["img.example"]).unwrap_err();
/// assert_eq!(error.to_string(), "`img.example` is not an origin: write `https://host` or `https://host:port`, without a path");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SanitizerError {
    /// An image origin is not `scheme://host[:port]`.
    InvalidOrigin {
        /// The refused origin.
        origin: String,
    },
    /// The configured `ammonia::Builder` breaks one of its own consistency rules, or uses a
    /// rewriter vetted cannot check.
    Inconsistent {
        /// What is wrong.
        reason: String,
    },
}

impl fmt::Display for SanitizerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidOrigin { origin } => write!(
                f,
                "`{origin}` is not an origin: write `https://host` or `https://host:port`, without a path"
            ),
            Self::Inconsistent { reason } => {
                write!(f, "the sanitizer policy is inconsistent: {reason}")
            }
        }
    }
}

impl std::error::Error for SanitizerError {}

/// The builder for a policy: the strict default, the caller's changes, then vetted's rules.
fn build(images_from: &Arc<[String]>, configure: Option<&Configure>) -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::default();
    builder
        .rm_tags(["img"])
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(Some(LINK_REL));
    if !images_from.is_empty() {
        builder
            .add_tags(["img"])
            .add_tag_attributes("img", ["src", "alt", "width", "height"]);
    }
    let images = Arc::clone(images_from);
    builder.attribute_filter(move |element, name, value| keep(element, name, value, &images));
    if let Some(configure) = configure {
        configure(&mut builder);
    }
    builder.rm_tags(NEVER_KEPT);
    let mut attributes = builder.clone_tag_attributes();
    attributes.retain(|element, _| !NEVER_KEPT.contains(element));
    builder.tag_attributes(attributes);
    builder.add_clean_content_tags(CONTENT_DROPPED);
    builder
}

/// The rules `ammonia::Builder::clean` asserts, checked here so a policy is refused when it
/// is made instead of panicking on every call.
fn consistent(builder: &ammonia::Builder<'static>) -> Result<(), SanitizerError> {
    let inconsistent = |reason: String| Err(SanitizerError::Inconsistent { reason });
    if builder.is_url_relative_custom() {
        return inconsistent("a custom relative-URL rewriter's output would not be checked".into());
    }
    let generic = builder.clone_generic_attributes();
    let per_tag = builder.clone_tag_attributes();
    let allowed_on = |tag: &str, attribute: &str| {
        per_tag
            .get(tag)
            .is_some_and(|attributes| attributes.contains(attribute))
    };
    if builder.get_link_rel().is_some() && (generic.contains("rel") || allowed_on("a", "rel")) {
        return inconsistent("`rel` is allowed on links while `link_rel` sets it".into());
    }
    let classes = builder.clone_allowed_classes();
    if !classes.is_empty() && generic.contains("class") {
        return inconsistent(
            "`class` is a generic attribute while `allowed_classes` filters it".into(),
        );
    }
    if let Some(tag) = classes.keys().find(|tag| allowed_on(tag, "class")) {
        return inconsistent(alloc::format!(
            "`class` is allowed on `{tag}` while `allowed_classes` filters it"
        ));
    }
    let tags = builder.clone_tags();
    if let Some(tag) = builder
        .clone_clean_content_tags()
        .into_iter()
        .find(|tag| tags.contains(tag) || per_tag.contains_key(tag))
    {
        return inconsistent(alloc::format!(
            "`{tag}` is both kept and removed with its content (`clean_content_tags`)"
        ));
    }
    Ok(())
}

/// vetted's rule for one attribute the builder allowed: kept when its sink takes text, or a
/// URL that passes the URL policy; image sources only from the allowed origins.
fn keep<'v>(element: &str, name: &str, value: &'v str, images: &[String]) -> Option<Cow<'v, str>> {
    let kept = match sink_of(element, name) {
        Sink::Attribute
        | Sink::TrueFalseAttribute
        | Sink::YesNoAttribute
        | Sink::OnOffAttribute => true,
        Sink::Url => is_safe_url(value) && rewritten_by_browsers(value).is_none(),
        Sink::MediaUrl => images.iter().any(|origin| on_origin(value, origin)),
        _ => false,
    };
    kept.then_some(Cow::Borrowed(value))
}

/// Whether `url` is on `origin`: the origin, then `/`, with nothing a browser would rewrite.
fn on_origin(url: &str, origin: &str) -> bool {
    url.len() > origin.len()
        && url.is_char_boundary(origin.len())
        && url[..origin.len()].eq_ignore_ascii_case(origin)
        && url[origin.len()..].starts_with('/')
        && rewritten_by_browsers(url).is_none()
}

/// `http(s)://host[:port]`: a host of letters, digits, `-` and `.`, no user, path or `/`.
fn is_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    !host.is_empty()
        && !host.starts_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
        && port.is_none_or(|port| {
            !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error messages, and a `Debug` that says which policy a sanitizer has.
    #[test]
    fn messages() {
        let inconsistent = SanitizerError::Inconsistent {
            reason: "`rel` twice".into(),
        };
        assert_eq!(
            inconsistent.to_string(),
            "the sanitizer policy is inconsistent: `rel` twice"
        );
        let origin = SanitizerError::InvalidOrigin { origin: "x".into() };
        assert!(origin.to_string().starts_with("`x` is not an origin"));
        let debug = alloc::format!("{:?}", Sanitizer::new());
        assert_eq!(
            debug,
            "Sanitizer { images_from: [], configured: false, .. }"
        );
    }

    /// `Sanitizer::new` skips `consistent`: the strict policy, with or without images, must
    /// pass it.
    #[test]
    fn the_strict_policy_is_consistent() {
        let none: Arc<[String]> = Arc::from(Vec::new());
        assert_eq!(consistent(&build(&none, None)), Ok(()));
        let images: Arc<[String]> = Arc::from(alloc::vec![String::from("https://img.example")]);
        assert_eq!(consistent(&build(&images, None)), Ok(()));
    }
}
