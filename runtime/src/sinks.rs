//! The sealed traits of the contexts where a plain string is not enough: URLs, resource URLs,
//! event handlers, styles, `srcdoc`, and `<script>`/`<style>` bodies. Each accepts only the
//! types that are safe there, and its `on_unimplemented` message names the type to use.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
#[cfg(target_has_atomic = "ptr")]
use alloc::sync::Arc;
use core::fmt;

use crate::url;
use crate::{
    Attribute, Display, Html, TrustedHtml, TrustedResourceUrl, TrustedScript, TrustedStyle,
    TrustedStyleSheet, TrustedUrl,
};

mod sealed {
    pub trait Sealed {}
}
use sealed::Sealed;

/// Which URL attribute a value goes into; each has its own policy.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlKind {
    /// A link or form target (`href`, `action`, `cite`, …).
    Navigation,
    /// Space-separated navigation URLs (`ping`).
    List,
    /// An image, audio or video (`img src`, `poster`, …): also raster `data:` images.
    Media,
    /// An image candidate list (`srcset`, `imagesrcset`).
    SrcSet,
}

/// A value for a URL attribute (`href`, `src` of media, `action`, `srcset`, `ping`, …).
///
/// A `&str` or `String` is checked at run time: `http:`, `https:`, `mailto:`, `tel:` and
/// scheme-less URLs are written percent-normalized; anything else is replaced, whole, by
/// [`url::INVALID_URL`](crate::url::INVALID_URL). Media attributes also accept base64 `data:`
/// URLs of raster images, and `srcset` is checked candidate by candidate. A [`TrustedUrl`] is
/// written as it is. `Option` leaves the attribute out when `None`.
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
    #[doc(hidden)]
    fn render_url(&self, attr: Attribute<'_>, kind: UrlKind);
}

/// A value for an attribute that loads code or a document: `<script src>`, `<iframe src>`,
/// `<link href>`, `<object data>`, `<embed src>`, `<base href>`, SVG `<use href>`. Only a
/// [`TrustedResourceUrl`] is accepted.
///
/// ```
/// let app = vetted::trusted_resource_url!("/static/app.js");
/// let page = vetted::html! { <script src={app} defer></script> };
/// assert_eq!(page.as_str(), r#"<script src="/static/app.js" defer></script>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as the URL of a script, frame, style sheet or other resource",
    label = "not a `vetted::TrustedResourceUrl`",
    note = "the page would load and run whatever this URL names; use a `vetted::TrustedResourceUrl`, e.g. `vetted::trusted_resource_url!(\"https://cdn.example/app.js\")`, extended with `.join(segment)`"
)]
pub trait RenderResourceUrl: Sealed {
    #[doc(hidden)]
    fn render_resource_url(&self, attr: Attribute<'_>);
}

/// A value for an `on*` event handler attribute: only a [`TrustedScript`].
///
/// ```
/// let handler = vetted::trusted_script!("this.select()");
/// let page = vetted::html! { <input onfocus={handler}> };
/// assert_eq!(page.as_str(), r#"<input onfocus="this.select()">"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in an event handler attribute",
    label = "event handlers run as JavaScript",
    note = "use a `vetted::TrustedScript` (e.g. `vetted::trusted_script!(\"...\")`), and pass data to the script in a `data-*` attribute"
)]
pub trait RenderEventHandler: Sealed {
    #[doc(hidden)]
    fn render_event_handler(&self, attr: Attribute<'_>);
}

/// A value for a `style` attribute: only a [`TrustedStyle`].
///
/// ```
/// let style = vetted::TrustedStyle::new("color: teal")?;
/// assert_eq!(vetted::html! { <p style={style}></p> }.as_str(), r#"<p style="color: teal"></p>"#);
/// # Ok::<(), vetted::TrustedError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in a `style` attribute",
    label = "CSS can load URLs and, in old browsers, run script",
    note = "use a `vetted::TrustedStyle` (checked by `vetted::TrustedStyle::new`), or toggle a `class` instead"
)]
pub trait RenderStyle: Sealed {
    #[doc(hidden)]
    fn render_style(&self, attr: Attribute<'_>);
}

/// A value for `<iframe srcdoc>`: [`Html`] or [`TrustedHtml`], escaped once as the attribute
/// value, so the frame's document is exactly that markup.
///
/// ```
/// let doc = vetted::html! { <p>"inside"</p> };
/// let page = vetted::html! { <iframe srcdoc={doc} sandbox></iframe> };
/// assert_eq!(page.as_str(), r#"<iframe srcdoc="&#60;p&#62;inside&#60;/p&#62;" sandbox></iframe>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in `srcdoc`",
    label = "`srcdoc` holds a whole HTML document",
    note = "build the document with `vetted::html!` (an `Html`), or use a `vetted::TrustedHtml`"
)]
pub trait RenderSrcdoc: Sealed {
    #[doc(hidden)]
    fn render_srcdoc(&self, attr: Attribute<'_>);
}

/// A value for a `<script>` body: a [`TrustedScript`], or HTML-safe JSON.
///
/// ```
/// let init = vetted::trusted_script!("start()");
/// assert_eq!(vetted::html! { <script>{init}</script> }.as_str(), "<script>start()</script>");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used inside `<script>`",
    label = "the value would run as JavaScript",
    note = "use a `vetted::TrustedScript` for code, or HTML-safe JSON (`vetted::Json`) for data"
)]
pub trait RenderScript: Sealed {
    #[doc(hidden)]
    fn render_script(&self, out: &mut Html);
}

/// A value for a `<script type="application/json">` (or `ld+json`) data block: only HTML-safe
/// JSON ([`Json`](crate::Json), with the default `json` feature).
///
/// ```
/// # #[cfg(feature = "json")] {
/// let data = vetted::Json::new(&std::collections::BTreeMap::from([("note", "</script>")])).unwrap();
/// let page = vetted::html! { <script type="application/json" id="d">{data}</script> };
/// assert_eq!(page.as_str(), r#"<script type="application/json" id="d">{"note":"\u003c/script\u003e"}</script>"#);
/// # }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used inside a JSON `<script>` data block",
    label = "not HTML-safe JSON",
    note = "serialize the data with `vetted::Json::new(&value)`"
)]
pub trait RenderJsonScript: Sealed {
    #[doc(hidden)]
    fn render_json_script(&self, out: &mut Html);
}

/// A value for a `<style>` body: only a [`TrustedStyleSheet`].
///
/// ```
/// let sheet = vetted::trusted_style_sheet!("body { margin: 0 }");
/// assert_eq!(vetted::html! { <style>{sheet}</style> }.as_str(), "<style>body { margin: 0 }</style>");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used inside `<style>`",
    label = "a style sheet can load URLs and read the page",
    note = "use a `vetted::TrustedStyleSheet` (e.g. `vetted::trusted_style_sheet!(\"...\")`)"
)]
pub trait RenderStyleSheet: Sealed {
    #[doc(hidden)]
    fn render_style_sheet(&self, out: &mut Html);
}

/// A value spliced into a URL built from parts, as in `href=("/users/" {id} "/posts")`: strings,
/// `char`, integers and [`display`](crate::display) values, percent-encoded for where they sit
/// (one path segment, one query key or value, or fragment text).
///
/// ```
/// let name = "Ada & Grace/2";
/// let page = vetted::html! { <a href=("/search?q=" {name} "#top")>"find"</a> };
/// assert_eq!(page.as_str(), r#"<a href="/search?q=Ada%20%26%20Grace/2#top">find</a>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be part of a URL",
    label = "not a string, character or number",
    note = "URL parts take `&str`, `String`, `char`, integers, or `vetted::display(&value)`"
)]
pub trait RenderUrlPart: Sealed {
    #[doc(hidden)]
    fn render_url_part(&self, component: UrlComponent, out: &mut Html);
}

/// Where in a URL a dynamic part sits, which decides what must be encoded in it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlComponent {
    /// Before any `?` or `#`: `/`, `?`, `#` and `%` are encoded, so a part is one path segment.
    Path,
    /// After `?`: `&`, `=`, `+`, `#` and `%` are encoded, so a part is one key or value.
    Query,
    /// After `#`: `%` and `#` are encoded.
    Fragment,
}

// Strings: URLs checked by policy, and URL parts.

fn write_policy_url(value: &str, attr: Attribute<'_>, kind: UrlKind) {
    attr.raw_value(|out| match kind {
        UrlKind::Navigation => url::write_url(value, out),
        UrlKind::Media => url::write_media_url(value, out),
        UrlKind::SrcSet => url::write_srcset(value, out),
        UrlKind::List => {
            for (i, item) in value.split_ascii_whitespace().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                url::write_url(item, out);
            }
        }
    });
}

macro_rules! string_sinks {
    ($($ty:ty),*) => {$(
        impl Sealed for $ty {}

        impl RenderUrl for $ty {
            #[inline]
            fn render_url(&self, attr: Attribute<'_>, kind: UrlKind) {
                write_policy_url(self, attr, kind);
            }
        }

        impl RenderUrlPart for $ty {
            #[inline]
            fn render_url_part(&self, component: UrlComponent, out: &mut Html) {
                url::write_component(self, component, true, out.buffer());
            }
        }
    )*};
}

string_sinks!(str, String, Cow<'_, str>);

impl Sealed for char {}

impl RenderUrlPart for char {
    #[inline]
    fn render_url_part(&self, component: UrlComponent, out: &mut Html) {
        url::write_component(self.encode_utf8(&mut [0; 4]), component, true, out.buffer());
    }
}

macro_rules! integer_url_parts {
    ($($int:ty)*) => {$(
        impl Sealed for $int {}

        impl RenderUrlPart for $int {
            #[inline]
            fn render_url_part(&self, _: UrlComponent, out: &mut Html) {
                // Digits and a sign need no percent-encoding nor escaping.
                crate::integer::write(*self, out.buffer());
            }
        }
    )*};
}

integer_url_parts!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl<T: fmt::Display> Sealed for Display<T> {}

impl<T: fmt::Display> RenderUrlPart for Display<T> {
    #[inline]
    fn render_url_part(&self, component: UrlComponent, out: &mut Html) {
        self.write_escaped(out.buffer(), |text, out| {
            url::write_component(text, component, true, out)
        });
    }
}

// Trusted types: each in its own context, written as it is (attribute-escaped in attributes).

impl Sealed for TrustedUrl {}

impl RenderUrl for TrustedUrl {
    #[inline]
    fn render_url(&self, attr: Attribute<'_>, _: UrlKind) {
        attr.value(self.as_str());
    }
}

impl Sealed for TrustedResourceUrl {}

impl RenderUrl for TrustedResourceUrl {
    #[inline]
    fn render_url(&self, attr: Attribute<'_>, _: UrlKind) {
        // Its literal start is `https://`, `//host/`, `/` or `#`: it passes every URL policy.
        attr.value(self.as_str());
    }
}

impl RenderResourceUrl for TrustedResourceUrl {
    #[inline]
    fn render_resource_url(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl Sealed for TrustedScript {}

impl RenderEventHandler for TrustedScript {
    #[inline]
    fn render_event_handler(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl RenderScript for TrustedScript {
    #[inline]
    fn render_script(&self, out: &mut Html) {
        // Made from a checked literal or refused at construction if it holds `</script`,
        // `<!--` or `<script`: it cannot leave the element.
        out.push_trusted(self.as_str());
    }
}

impl Sealed for TrustedStyle {}

impl RenderStyle for TrustedStyle {
    #[inline]
    fn render_style(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl Sealed for TrustedStyleSheet {}

impl RenderStyleSheet for TrustedStyleSheet {
    #[inline]
    fn render_style_sheet(&self, out: &mut Html) {
        // Made from a checked literal or refused at construction if it holds `</style`.
        out.push_trusted(self.as_str());
    }
}

impl Sealed for TrustedHtml {}

impl RenderSrcdoc for TrustedHtml {
    #[inline]
    fn render_srcdoc(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl Sealed for Html {}

impl RenderSrcdoc for Html {
    #[inline]
    fn render_srcdoc(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

#[cfg(feature = "json")]
impl Sealed for crate::Json {}

#[cfg(feature = "json")]
impl RenderScript for crate::Json {
    #[inline]
    fn render_script(&self, out: &mut Html) {
        // HTML-safe JSON holds no `<`, `>` or `&`: it cannot end the element or open a comment,
        // and it is a JavaScript expression.
        out.push_trusted(self.script_text());
    }
}

#[cfg(feature = "json")]
impl RenderJsonScript for crate::Json {
    #[inline]
    fn render_json_script(&self, out: &mut Html) {
        out.push_trusted(self.script_text());
    }
}

// References, smart pointers and `Option` forward every sink.

macro_rules! forward_sinks {
    ($($wrapper:ty),*) => {$(
        impl<T: Sealed + ?Sized> Sealed for $wrapper {}

        impl<T: RenderUrl + ?Sized> RenderUrl for $wrapper {
            #[inline]
            fn render_url(&self, attr: Attribute<'_>, kind: UrlKind) {
                (**self).render_url(attr, kind);
            }
        }
        impl<T: RenderResourceUrl + ?Sized> RenderResourceUrl for $wrapper {
            #[inline]
            fn render_resource_url(&self, attr: Attribute<'_>) {
                (**self).render_resource_url(attr);
            }
        }
        impl<T: RenderEventHandler + ?Sized> RenderEventHandler for $wrapper {
            #[inline]
            fn render_event_handler(&self, attr: Attribute<'_>) {
                (**self).render_event_handler(attr);
            }
        }
        impl<T: RenderStyle + ?Sized> RenderStyle for $wrapper {
            #[inline]
            fn render_style(&self, attr: Attribute<'_>) {
                (**self).render_style(attr);
            }
        }
        impl<T: RenderSrcdoc + ?Sized> RenderSrcdoc for $wrapper {
            #[inline]
            fn render_srcdoc(&self, attr: Attribute<'_>) {
                (**self).render_srcdoc(attr);
            }
        }
        impl<T: RenderScript + ?Sized> RenderScript for $wrapper {
            #[inline]
            fn render_script(&self, out: &mut Html) {
                (**self).render_script(out);
            }
        }
        impl<T: RenderJsonScript + ?Sized> RenderJsonScript for $wrapper {
            #[inline]
            fn render_json_script(&self, out: &mut Html) {
                (**self).render_json_script(out);
            }
        }
        impl<T: RenderStyleSheet + ?Sized> RenderStyleSheet for $wrapper {
            #[inline]
            fn render_style_sheet(&self, out: &mut Html) {
                (**self).render_style_sheet(out);
            }
        }
        impl<T: RenderUrlPart + ?Sized> RenderUrlPart for $wrapper {
            #[inline]
            fn render_url_part(&self, component: UrlComponent, out: &mut Html) {
                (**self).render_url_part(component, out);
            }
        }
    )*};
}

forward_sinks!(&T, &mut T, Box<T>, Rc<T>);
#[cfg(target_has_atomic = "ptr")]
forward_sinks!(Arc<T>);

// `Option` leaves an attribute out when `None`. Bodies and URL parts take no `Option`: an
// absent script or part is better written with `@if let`.
impl<T: Sealed> Sealed for Option<T> {}

impl<T: RenderUrl> RenderUrl for Option<T> {
    #[inline]
    fn render_url(&self, attr: Attribute<'_>, kind: UrlKind) {
        if let Some(value) = self {
            value.render_url(attr, kind);
        }
    }
}
impl<T: RenderResourceUrl> RenderResourceUrl for Option<T> {
    #[inline]
    fn render_resource_url(&self, attr: Attribute<'_>) {
        if let Some(value) = self {
            value.render_resource_url(attr);
        }
    }
}
impl<T: RenderEventHandler> RenderEventHandler for Option<T> {
    #[inline]
    fn render_event_handler(&self, attr: Attribute<'_>) {
        if let Some(value) = self {
            value.render_event_handler(attr);
        }
    }
}
impl<T: RenderStyle> RenderStyle for Option<T> {
    #[inline]
    fn render_style(&self, attr: Attribute<'_>) {
        if let Some(value) = self {
            value.render_style(attr);
        }
    }
}
impl<T: RenderSrcdoc> RenderSrcdoc for Option<T> {
    #[inline]
    fn render_srcdoc(&self, attr: Attribute<'_>) {
        if let Some(value) = self {
            value.render_srcdoc(attr);
        }
    }
}
