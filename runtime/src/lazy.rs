//! [`Lazy`]: a template that writes itself into the caller's buffer when rendered.

use crate::{Html, Render, RenderOnce};

/// A template made by [`lazy!`](crate::lazy): nothing is rendered until it is interpolated or
/// rendered, and then it writes straight into the caller's buffer. Components take their
/// children as one, and functions can return one to compose pages without intermediate
/// `String`s.
///
/// Every `Lazy` is [`RenderOnce`]: `{template}` in content moves it into the page. One that
/// moves nothing out of what it captured is also [`Render`], so it can be rendered again, by
/// reference: `{&template}`. One that moves a value it owns into a component (`lazy! {
/// <Tags tags={tags}/> }`) renders once; rendering it twice is a "use of moved value" error.
/// A function returns the first kind as `impl Render` and either kind as
/// `Lazy<impl FnOnce(&mut Html)>`.
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

// No bound here: a closure handed to a function that asks for `FnOnce` would be made `FnOnce`,
// so one that moves nothing would lose `Fn`; without a bound, its body decides.
impl<F> Lazy<F> {
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

impl<F: FnOnce(&mut Html)> RenderOnce for Lazy<F> {
    #[inline]
    fn render_once(self, out: &mut Html) {
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
