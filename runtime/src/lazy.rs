//! [`Lazy`]: a template that writes itself into the caller's buffer when rendered.

use crate::{Html, Render};

/// A template made by [`lazy!`](crate::lazy): nothing is rendered until it is interpolated or
/// rendered, and then it writes straight into the caller's buffer. Components take their
/// children as one, and functions can return one to compose pages without intermediate
/// `String`s.
///
/// ```
/// use vetted::{Render, html, lazy};
///
/// fn badge(label: &str) -> impl Render + '_ {
///     lazy! { <span class="badge">{label}</span> }
/// }
///
/// let page = html! { <p>"New: " {badge("<beta>")}</p> };
/// assert_eq!(page.as_str(), r#"<p>New: <span class="badge">&#60;beta&#62;</span></p>"#);
/// ```
#[derive(Clone, Copy)]
pub struct Lazy<F>(F);

impl<F: Fn(&mut Html)> Lazy<F> {
    #[doc(hidden)]
    pub const fn new(write: F) -> Self {
        Self(write)
    }
}

impl<F: Fn(&mut Html)> Render for Lazy<F> {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        (self.0)(out);
    }
}

impl<F> core::fmt::Debug for Lazy<F> {
    /// ```
    /// assert_eq!(format!("{:?}", vetted::lazy! { <br> }), "Lazy(..)");
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Lazy(..)")
    }
}
