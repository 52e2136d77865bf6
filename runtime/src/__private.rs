//! Used only by the code `html!` generates. Not public API: anything here may change in any release.

pub use vetted_macros::html;

use crate::{Attribute, Html, Render, RenderAttribute};

/// The output buffer, sized from the template's static markup.
#[inline]
#[must_use]
pub fn buffer(capacity: usize) -> Html {
    Html::with_capacity(capacity)
}

/// Appends markup the macro built and escaped at compile time.
#[inline]
pub fn push_static(out: &mut Html, markup: &'static str) {
    out.push_trusted(markup);
}

/// `{expr}` in element content.
#[inline]
pub fn text<T: Render + ?Sized>(value: &T, out: &mut Html) {
    value.render_to(out);
}

/// `{expr}` in `<title>` or `<textarea>`: text, and nested `Html` escaped as text too.
#[inline]
pub fn escapable_raw_text<T: Render + ?Sized>(value: &T, out: &mut Html) {
    let outer = out.set_text_only(true);
    value.render_to(out);
    out.set_text_only(outer);
}

/// `name={expr}` on an attribute that holds plain text; `name` is the checked name with its leading space.
#[inline]
pub fn attribute<T: RenderAttribute + ?Sized>(value: &T, name: &'static str, out: &mut Html) {
    value.render_attribute(Attribute::new(name, out));
}
