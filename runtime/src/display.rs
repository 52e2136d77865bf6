//! [`Display`]: any `fmt::Display` value, escaped for where it is written.

use core::fmt;

use crate::context::Sealed;
use crate::{Attribute, Html, PartEncoding, Render, RenderAttribute, RenderPart};

/// Renders any [`Display`](fmt::Display) value as escaped text (or as an escaped attribute value),
/// streaming it into the output without a temporary `String`.
///
/// If the value's `Display` impl returns an error part-way, what it wrote until then stays
/// (`Display` impls that fail on their own are bugs: `ToString` panics on them).
///
/// ```
/// use std::net::Ipv4Addr;
/// use vetted::{display, html};
///
/// let ip = Ipv4Addr::new(127, 0, 0, 1);
/// let error = std::fmt::Error;
/// let page = html! { <p title={display(ip)}>{display(&error)} " <ok>"</p> };
/// assert_eq!(page.as_str(), r#"<p title="127.0.0.1">an error occurred when formatting an argument &#60;ok&#62;</p>"#);
/// ```
pub fn display<T: fmt::Display>(value: T) -> Display<T> {
    Display(value)
}

/// A `Display` value rendered escaped; made by [`display`].
///
/// ```
/// let shown = vetted::display(3.5);
/// assert_eq!(vetted::html! { <b>{shown}</b> }.as_str(), "<b>3.5</b>");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Display<T>(T);

impl<T: fmt::Display> Render for Display<T> {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        crate::escape::display(&self.0, out.buffer(), crate::escape::text);
    }
}

impl<T: fmt::Display> RenderAttribute for Display<T> {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value_with(|value| value.push_display(&self.0));
    }
}

impl<T: fmt::Display> Sealed for Display<T> {}

impl<T: fmt::Display> RenderPart for Display<T> {
    #[inline]
    fn render_part(&self, encode: PartEncoding, out: &mut Html) {
        crate::escape::display(&self.0, out.buffer(), encode.function());
    }
}
