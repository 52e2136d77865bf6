//! [`Html`], the value `html!` produces and the buffer every [`Render`] impl writes into.

use alloc::string::String;
use core::fmt;
use core::hash::{Hash, Hasher};

use crate::Render;
use crate::csp::Nonce;

/// A string of HTML that is safe to send to a browser: every piece of it came from checked
/// template markup or was escaped on the way in.
///
/// `html!` returns one, and [`Render`] impls append to one. Nothing outside this crate can
/// append unescaped text to it: [`push_text`](Html::push_text) escapes, and
/// [`push`](Html::push) goes through [`Render`].
///
/// ```
/// use vetted::{Html, html};
///
/// let name = "<Ada>";
/// let greeting: Html = html! { <p>"Hello, " {name}</p> };
/// assert_eq!(greeting.as_str(), "<p>Hello, &#60;Ada&#62;</p>");
/// assert_eq!(greeting.to_string(), greeting.into_string());
/// ```
#[derive(Clone, Default)]
pub struct Html {
    markup: String,
    /// Set while rendering into `<title>` or `<textarea>`, whose content the browser reads as
    /// text up to the close tag: there, nested `Html` is escaped instead of appended.
    text_only: bool,
    /// The page's CSP nonce, once a template declared it with `@nonce`: templates rendered
    /// into this buffer later stamp it on their scripts and styles.
    nonce: Option<Nonce>,
}

/// Two `Html` are equal when their markup is: the rendering state they carry is not content.
impl PartialEq for Html {
    /// ```
    /// assert_eq!(vetted::html! { <p>"a"</p> }, vetted::html! { <p>"a"</p> });
    /// ```
    fn eq(&self, other: &Self) -> bool {
        self.markup == other.markup
    }
}

impl Eq for Html {}

impl Hash for Html {
    /// ```
    /// use std::collections::HashSet;
    /// let set: HashSet<vetted::Html> = [vetted::html! { <br> }, vetted::html! { <br> }].into();
    /// assert_eq!(set.len(), 1);
    /// ```
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.markup.hash(state);
    }
}

impl Html {
    /// An empty `Html`.
    ///
    /// ```
    /// assert!(vetted::Html::new().is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self {
            markup: String::new(),
            text_only: false,
            nonce: None,
        }
    }

    /// An empty `Html` with room for `capacity` bytes, to render into without reallocating.
    ///
    /// ```
    /// let mut out = vetted::Html::with_capacity(64);
    /// out.push_text("ready");
    /// assert_eq!(out.as_str(), "ready");
    /// ```
    #[inline]
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            markup: String::with_capacity(capacity),
            text_only: false,
            nonce: None,
        }
    }

    /// Appends `text` escaped as HTML text: it shows as exactly these characters.
    ///
    /// ```
    /// let mut out = vetted::Html::new();
    /// out.push_text("1 < 2 & 3 > 2");
    /// assert_eq!(out.as_str(), "1 &#60; 2 &amp; 3 &#62; 2");
    /// ```
    #[inline]
    pub fn push_text(&mut self, text: &str) {
        crate::escape::text(text, &mut self.markup);
    }

    /// Appends any [`Render`] value in the text context.
    ///
    /// ```
    /// let mut out = vetted::Html::new();
    /// out.push(&42_u8);
    /// out.push(&" & more");
    /// assert_eq!(out.as_str(), "42 &amp; more");
    /// ```
    #[inline]
    pub fn push<T: Render + ?Sized>(&mut self, value: &T) {
        value.render_to(self);
    }

    /// The markup.
    ///
    /// ```
    /// let page = vetted::html! { <br> };
    /// assert_eq!(page.as_str(), "<br>");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.markup
    }

    /// The markup as an owned `String`, without copying.
    ///
    /// ```
    /// let page: String = vetted::html! { <hr> }.into_string();
    /// assert_eq!(page, "<hr>");
    /// ```
    #[must_use]
    pub fn into_string(self) -> String {
        self.markup
    }

    /// The length of the markup in bytes.
    ///
    /// ```
    /// assert_eq!(vetted::html! { <b>"x"</b> }.len(), 8);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.markup.len()
    }

    /// Whether the markup is empty.
    ///
    /// ```
    /// assert!(vetted::html! {}.is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.markup.is_empty()
    }

    /// Appends markup the caller vouches for: only the macro's generated code and this crate
    /// call it. Inside `<title>` or `<textarea>` it is escaped like everything else, so nothing
    /// rendered there (a lazy template's markup, a script body) can end the element.
    #[inline]
    pub(crate) fn push_trusted(&mut self, markup: &str) {
        self.push_markup(markup);
    }

    /// Appends other `Html`: as markup, or escaped where only text may stand.
    #[inline]
    pub(crate) fn push_html(&mut self, html: &Html) {
        self.push_markup(&html.markup);
    }

    /// Appends trusted markup: as it is, or escaped where only text may stand.
    #[inline]
    pub(crate) fn push_markup(&mut self, markup: &str) {
        if self.text_only {
            self.push_text(markup);
        } else {
            self.markup.push_str(markup);
        }
    }

    /// Switches text-only rendering on or off, giving back the previous setting.
    #[inline]
    pub(crate) fn set_text_only(&mut self, text_only: bool) -> bool {
        core::mem::replace(&mut self.text_only, text_only)
    }

    /// Whether rendering is text-only (inside `<title>` or `<textarea>`).
    #[inline]
    pub(crate) fn is_text_only(&self) -> bool {
        self.text_only
    }

    /// The buffer, for escapers that write into it directly.
    #[inline]
    pub(crate) fn set_nonce(&mut self, nonce: &Nonce) {
        self.nonce = Some(nonce.clone());
    }

    /// Appends the attribute that starts with `start` (` nonce="`) holding the nonce this
    /// buffer carries, if it carries one.
    pub(crate) fn push_nonce_attribute(&mut self, start: &str) {
        if let Some(nonce) = &self.nonce {
            self.markup.push_str(start);
            crate::escape::attribute(nonce.as_str(), &mut self.markup);
            self.markup.push('"');
        }
    }

    pub(crate) fn buffer(&mut self) -> &mut String {
        &mut self.markup
    }
}

impl fmt::Display for Html {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.markup)
    }
}

impl fmt::Debug for Html {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Html").field(&self.markup).finish()
    }
}

impl From<Html> for String {
    /// ```
    /// let s = String::from(vetted::html! { <i>"x"</i> });
    /// assert_eq!(s, "<i>x</i>");
    /// ```
    fn from(html: Html) -> Self {
        html.markup
    }
}

impl AsRef<str> for Html {
    /// ```
    /// fn len_of(s: impl AsRef<str>) -> usize { s.as_ref().len() }
    /// assert_eq!(len_of(vetted::html! { <p></p> }), 7);
    /// ```
    fn as_ref(&self) -> &str {
        &self.markup
    }
}

/// Strings do not become markup by conversion: `Html::from(string)`,
/// `TrustedHtml::from(string)` and `string.into()` do not compile, and the error names the
/// ways that do. No type implements this trait, and none can (it is sealed).
///
/// ```compile_fail
/// let user_input = String::from("<img src=x onerror=alert(1)>");
/// let html = vetted::Html::from(user_input);
/// ```
///
/// What to write instead:
///
/// ```
/// use vetted::{TrustedHtml, html};
/// let user_input = String::from("<b>hi</b>");
/// // As text, escaped:
/// assert_eq!(html! { <p>{&user_input}</p> }.as_str(), "<p>&#60;b&#62;hi&#60;/b&#62;</p>");
/// // As HTML you vouch for (sanitizer output, a build step):
/// // XSS SAFETY: a constant of ours.
/// let vouched = TrustedHtml::dangerously_from_string(user_input);
/// assert_eq!(html! { <p>{vouched}</p> }.as_str(), "<p><b>hi</b></p>");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not markup: vetted does not turn strings into `Html` or `TrustedHtml`",
    label = "a string cannot become markup by conversion",
    note = "to show it as text, write `{{value}}` inside `html!`, which escapes it",
    note = "for HTML from users, use `vetted::TrustedHtml::sanitize(&value)` (feature `ammonia-4`)",
    note = "for HTML you vouch for (a build step's output), use `vetted::TrustedHtml::dangerously_from_string(value)`"
)]
pub trait ConvertsToMarkup: seal::NeverImplemented {
    /// The markup.
    ///
    /// No type has it: see the trait.
    #[doc(hidden)]
    fn into_markup(self) -> Html;
}

mod seal {
    /// The seal of [`ConvertsToMarkup`](super::ConvertsToMarkup): unnameable outside, and
    /// implemented for nothing.
    pub trait NeverImplemented {}
}

impl<T: ConvertsToMarkup> From<T> for Html {
    /// Never callable: no type implements [`ConvertsToMarkup`].
    ///
    /// ```compile_fail
    /// let html: vetted::Html = "<b>x</b>".into();
    /// ```
    fn from(value: T) -> Self {
        value.into_markup()
    }
}
