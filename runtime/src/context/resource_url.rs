//! Resource URLs: [`RenderResourceUrl`] for attributes that load code or a document, and its
//! entry point.

use super::Sealed;
use crate::{Attribute, Html};

/// A value for an attribute that loads code or a document: `<script src>`, `<iframe src>`,
/// `<link href>`, `<object data>`, `<embed src>`, `<base href>`, SVG `<use href>`. Only a
/// [`TrustedResourceUrl`](crate::TrustedResourceUrl) is accepted.
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
    /// Writes this URL as `attr`.
    #[doc(hidden)]
    fn render_resource_url(&self, attr: Attribute<'_>);
}

forward!(RenderResourceUrl::render_resource_url(attr: Attribute<'_>));

optional!(RenderResourceUrl::render_resource_url(attr: Attribute<'_>));

/// An attribute that loads code or a document (`<script src>`, `<iframe src>`, …)
/// ([`Sink::ResourceUrl`](vetted_rules::sink::Sink::ResourceUrl)).
#[inline]
pub fn resource_url<T: RenderResourceUrl + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_resource_url(Attribute::new(start, out));
}
