//! [`TrustedHtml`]: markup vouched for by the caller.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use crate::context::Sealed;
use crate::{Attribute, Html, Render, RenderAttribute, RenderSrcdoc};

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
pub struct TrustedHtml(pub(super) Cow<'static, str>);

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

impl<T: crate::ConvertsToMarkup> From<T> for TrustedHtml {
    /// Never callable: no type implements [`ConvertsToMarkup`](crate::ConvertsToMarkup).
    ///
    /// ```compile_fail
    /// let trusted = vetted::TrustedHtml::from(String::from("<b>x</b>"));
    /// ```
    fn from(value: T) -> Self {
        Self::from(value.into_markup())
    }
}

// Markup in element content (escaped where only text may stand); text in an attribute; the
// frame's document in `srcdoc`.

impl Render for TrustedHtml {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        out.push_markup(self.as_str());
    }
}

impl RenderAttribute for TrustedHtml {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl Sealed for TrustedHtml {}

impl RenderSrcdoc for TrustedHtml {
    #[inline]
    fn render_srcdoc(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}
