//! Front-end libraries: [`RenderLibraryCode`] for the attributes htmx, Alpine, Vue, AngularJS,
//! Knockout, _hyperscript and Datastar run as code, [`RenderLibraryJson`] for htmx's JSON
//! attributes, and their entry points. Which attributes these are is decided by the sink table
//! (`vetted_rules`' `library.rs`); [`crate::library`] lists them.

use super::Sealed;
use crate::library::{Alpine, AlpineOrVue, AngularJS, Datastar, Htmx, Hyperscript, Knockout, Vue};
use crate::{Attribute, Html};

/// A value for an attribute that the front-end library `L` runs as JavaScript (`hx-on:click`,
/// `x-data`, `@click`, `v-html`, `ng-click`, `data-bind`, `_`, `data-on:click`, …): a
/// [`TrustedScript`](crate::TrustedScript), or HTML-safe [`Json`](crate::Json), which is data
/// in any expression. Strings never are: the library would run them.
///
/// ```
/// let open = vetted::trusted_script!("open = !open");
/// let page = vetted::html! { <button @click={open} hx-on::after-request={vetted::trusted_script!("done()")}>"x"</button> };
/// assert_eq!(page.as_str(), r#"<button @click="open = !open" hx-on::after-request="done()">x</button>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in an attribute that `{L}` runs as code",
    label = "`{L}` would run this value",
    note = "use a `vetted::TrustedScript` (e.g. `vetted::trusted_script!(\"...\")`) for code, and pass data in a `data-*` attribute or as `vetted::Json`"
)]
pub trait RenderLibraryCode<L>: Sealed {
    /// Writes this code as `attr`.
    #[doc(hidden)]
    fn render_library_code(&self, attr: Attribute<'_>);
}

/// A value for an attribute that the front-end library `L` reads as JSON, and runs as
/// JavaScript when it starts with `js:` (htmx's `hx-vals`, `hx-headers`): only HTML-safe
/// [`Json`](crate::Json), an object, which can never start with `js:`.
///
/// ```
/// # #[cfg(feature = "json")] {
/// let vals = vetted::Json::new(&std::collections::BTreeMap::from([("id", 7)])).unwrap();
/// let page = vetted::html! {
///     <button hx-post="/like" hx-vals={vals} csrf={vetted::csrf::FetchMetadata}>"Like"</button>
/// };
/// assert_eq!(page.as_str(), r#"<button hx-post="/like" hx-vals="{&#34;id&#34;:7}">Like</button>"#);
/// # }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in an attribute that `{L}` reads as JSON",
    label = "`{L}` would run this value as JavaScript if it started with `js:`",
    note = "serialize the data with `vetted::Json::new(&value)`: a JSON object never starts with `js:`"
)]
pub trait RenderLibraryJson<L>: Sealed {
    /// Writes this JSON as `attr`.
    #[doc(hidden)]
    fn render_library_json(&self, attr: Attribute<'_>);
}

forward!(RenderLibraryCode<L>::render_library_code(attr: Attribute<'_>));
optional!(RenderLibraryCode<L>::render_library_code(attr: Attribute<'_>));
forward!(RenderLibraryJson<L>::render_library_json(attr: Attribute<'_>));
optional!(RenderLibraryJson<L>::render_library_json(attr: Attribute<'_>));

// Entry points, one per library, so each error names the library that reads the attribute.

/// An attribute htmx runs as JavaScript ([`Sink::HtmxCode`](vetted_rules::sink::Sink::HtmxCode)).
#[inline]
pub fn htmx_code<T: RenderLibraryCode<Htmx> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// An Alpine directive ([`Sink::AlpineCode`](vetted_rules::sink::Sink::AlpineCode)).
#[inline]
pub fn alpine_code<T: RenderLibraryCode<Alpine> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// `@event` or `:attribute`, the shorthands of Alpine and Vue
/// ([`Sink::AlpineOrVueCode`](vetted_rules::sink::Sink::AlpineOrVueCode)).
#[inline]
pub fn alpine_or_vue_code<T: RenderLibraryCode<AlpineOrVue> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// A Vue or petite-vue directive ([`Sink::VueCode`](vetted_rules::sink::Sink::VueCode)).
#[inline]
pub fn vue_code<T: RenderLibraryCode<Vue> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// An AngularJS directive ([`Sink::AngularCode`](vetted_rules::sink::Sink::AngularCode)).
#[inline]
pub fn angular_code<T: RenderLibraryCode<AngularJS> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// Knockout's `data-bind` or a component's `params`
/// ([`Sink::KnockoutCode`](vetted_rules::sink::Sink::KnockoutCode)).
#[inline]
pub fn knockout_code<T: RenderLibraryCode<Knockout> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// A _hyperscript attribute ([`Sink::HyperscriptCode`](vetted_rules::sink::Sink::HyperscriptCode)).
#[inline]
pub fn hyperscript_code<T: RenderLibraryCode<Hyperscript> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// A Datastar plugin attribute ([`Sink::DatastarCode`](vetted_rules::sink::Sink::DatastarCode)).
#[inline]
pub fn datastar_code<T: RenderLibraryCode<Datastar> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_code(Attribute::new(start, out));
}

/// htmx's `hx-vals` or `hx-headers` ([`Sink::HtmxJson`](vetted_rules::sink::Sink::HtmxJson)).
#[inline]
pub fn htmx_json<T: RenderLibraryJson<Htmx> + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_library_json(Attribute::new(start, out));
}
