//! Frame documents: [`RenderSrcdoc`] for `<iframe srcdoc>`, its impl for [`Html`], and its
//! entry point.

use super::Sealed;
use crate::{Attribute, Html};

/// A value for `<iframe srcdoc>`: [`Html`] or [`TrustedHtml`](crate::TrustedHtml), escaped
/// once as the attribute value, so the frame's document is exactly that markup.
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
    /// Writes this document as `attr`.
    #[doc(hidden)]
    fn render_srcdoc(&self, attr: Attribute<'_>);
}

impl RenderSrcdoc for Html {
    #[inline]
    fn render_srcdoc(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

forward!(RenderSrcdoc::render_srcdoc(attr: Attribute<'_>));

optional!(RenderSrcdoc::render_srcdoc(attr: Attribute<'_>));

/// An `srcdoc` attribute ([`Sink::Srcdoc`](vetted_rules::sink::Sink::Srcdoc)).
#[inline]
pub fn srcdoc<T: RenderSrcdoc + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_srcdoc(Attribute::new(start, out));
}
