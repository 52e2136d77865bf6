//! CSS: [`RenderStyle`] for `style` attributes and [`RenderStyleSheet`] for `<style>` bodies,
//! and their entry points.

use super::Sealed;
use crate::{Attribute, Html};

/// A value for a `style` attribute: only a [`TrustedStyle`](crate::TrustedStyle).
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
    /// Writes these declarations as `attr`.
    #[doc(hidden)]
    fn render_style(&self, attr: Attribute<'_>);
}

/// A value for a `<style>` body: only a [`TrustedStyleSheet`](crate::TrustedStyleSheet).
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
    /// Appends this style sheet as the body of a `<style>`.
    #[doc(hidden)]
    fn render_style_sheet(&self, out: &mut Html);
}

forward!(RenderStyle::render_style(attr: Attribute<'_>));
forward!(RenderStyleSheet::render_style_sheet(out: &mut Html));

// `Option` leaves an attribute out when `None`; a `<style>` body takes no `Option`.
optional!(RenderStyle::render_style(attr: Attribute<'_>));

/// A `style` attribute ([`Sink::Style`](vetted_rules::sink::Sink::Style)).
#[inline]
pub fn style<T: RenderStyle + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_style(Attribute::new(start, out));
}

/// A `<style>` body ([`Sink::StyleSheet`](vetted_rules::sink::Sink::StyleSheet)).
#[inline]
pub fn style_sheet<T: RenderStyleSheet + ?Sized>(value: &T, out: &mut Html) {
    value.render_style_sheet(out);
}
