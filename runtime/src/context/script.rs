//! JavaScript and JSON: [`RenderEventHandler`] for `on*` attributes, [`RenderScript`] for
//! `<script>` bodies and [`RenderJsonScript`] for JSON data blocks, and their entry points.

use super::Sealed;
use crate::{Attribute, Html};

/// A value for an `on*` event handler attribute: only a [`TrustedScript`](crate::TrustedScript).
///
/// ```
/// let handler = vetted::trusted_script!("this.select()");
/// let page = vetted::html! { <input onfocus={handler}> };
/// assert_eq!(page.as_str(), r#"<input onfocus="this.select()">"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in an event handler attribute",
    label = "event handlers run as JavaScript",
    note = "use a `vetted::TrustedScript` (e.g. `vetted::trusted_script!(\"...\")`), and pass data to the script in a `data-*` attribute"
)]
pub trait RenderEventHandler: Sealed {
    /// Writes this script as `attr`.
    #[doc(hidden)]
    fn render_event_handler(&self, attr: Attribute<'_>);
}

/// A value for a `<script>` body: a [`TrustedScript`](crate::TrustedScript), or HTML-safe JSON.
///
/// ```
/// let init = vetted::trusted_script!("start()");
/// assert_eq!(vetted::html! { <script>{init}</script> }.as_str(), "<script>start()</script>");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used inside `<script>`",
    label = "the value would run as JavaScript",
    note = "use a `vetted::TrustedScript` for code, or HTML-safe JSON (`vetted::Json`) for data"
)]
pub trait RenderScript: Sealed {
    /// Appends this script as the body of a `<script>`.
    #[doc(hidden)]
    fn render_script(&self, out: &mut Html);
}

/// A value for a `<script type="application/json">` (or `ld+json`) data block: only HTML-safe
/// JSON ([`Json`](crate::Json), with the default `json` feature).
///
/// ```
/// # #[cfg(feature = "json")] {
/// let data = vetted::Json::new(&std::collections::BTreeMap::from([("note", "</script>")])).unwrap();
/// let page = vetted::html! { <script type="application/json" id="d">{data}</script> };
/// assert_eq!(page.as_str(), r#"<script type="application/json" id="d">{"note":"\u003c/script\u003e"}</script>"#);
/// # }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used inside a JSON `<script>` data block",
    label = "not HTML-safe JSON",
    note = "serialize the data with `vetted::Json::new(&value)`"
)]
pub trait RenderJsonScript: Sealed {
    /// Appends this JSON as the body of a data block.
    #[doc(hidden)]
    fn render_json_script(&self, out: &mut Html);
}

forward!(RenderEventHandler::render_event_handler(attr: Attribute<'_>));
forward!(RenderScript::render_script(out: &mut Html));
forward!(RenderJsonScript::render_json_script(out: &mut Html));

// `Option` leaves an attribute out when `None`. Bodies take no `Option`: an absent script is
// better written with `@if let`.
optional!(RenderEventHandler::render_event_handler(attr: Attribute<'_>));

/// An `on*` event handler attribute
/// ([`Sink::EventHandler`](vetted_rules::sink::Sink::EventHandler)).
#[inline]
pub fn event_handler<T: RenderEventHandler + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_event_handler(Attribute::new(start, out));
}

/// A JavaScript `<script>` body ([`Sink::Script`](vetted_rules::sink::Sink::Script)).
#[inline]
pub fn script<T: RenderScript + ?Sized>(value: &T, out: &mut Html) {
    value.render_script(out);
}

/// A JSON `<script>` data block ([`Sink::JsonData`](vetted_rules::sink::Sink::JsonData)).
#[inline]
pub fn json_script<T: RenderJsonScript + ?Sized>(value: &T, out: &mut Html) {
    value.render_json_script(out);
}
