//! Spreads: [`RenderSpread`] for `..{attrs}` in a start tag, and its entry point. Its value,
//! [`Attributes`](crate::Attributes), implements it where it is defined.

use super::Sealed;
use crate::Html;

/// What `..{value}` spreads: [`Attributes`](crate::Attributes), a reference to them, or an
/// `Option` of them.
///
/// ```
/// let none: Option<vetted::Attributes> = None;
/// assert_eq!(vetted::html! { <p ..{none}></p> }.as_str(), "<p></p>");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be spread onto an element",
    label = "not `vetted::Attributes`",
    note = "build the attributes with `vetted::Attributes::new()` and `set`, which checks each name"
)]
pub trait RenderSpread: Sealed {
    /// Writes these attributes, but those named in `written`.
    #[doc(hidden)]
    fn render_spread(&self, written: &[&str], out: &mut Html);
}

impl<T: RenderSpread + ?Sized> RenderSpread for &T {
    fn render_spread(&self, written: &[&str], out: &mut Html) {
        (**self).render_spread(written, out);
    }
}

impl<T: RenderSpread> RenderSpread for Option<T> {
    fn render_spread(&self, written: &[&str], out: &mut Html) {
        if let Some(value) = self {
            value.render_spread(written, out);
        }
    }
}

/// `..{attrs}` on an element whose literal attributes are `written`
/// ([`Sink::Spread`](vetted_rules::sink::Sink::Spread)).
#[inline]
pub fn spread<T: RenderSpread + ?Sized>(value: &T, written: &[&str], out: &mut Html) {
    value.render_spread(written, out);
}
