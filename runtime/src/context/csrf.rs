//! CSRF protection: [`CsrfProtection`] for `csrf={…}` on a `<form>`, and its entry point. Its
//! values, [`CsrfField`](crate::csrf::CsrfField) types and
//! [`FetchMetadata`](crate::csrf::FetchMetadata), implement it where they are defined.

use crate::Html;

/// Sealed apart from the other contexts: every [`CsrfField`](crate::csrf::CsrfField) type is
/// [`CsrfProtection`], a blanket impl that would overlap theirs.
pub(crate) mod sealed {
    pub trait Sealed {}
}

/// What `csrf={…}` on a `<form>`, or on an element that sends a state-changing htmx request,
/// accepts: a [`CsrfField`](crate::csrf::CsrfField) or
/// [`FetchMetadata`](crate::csrf::FetchMetadata).
///
/// ```
/// let token = vetted::csrf::CsrfToken::new("c", "1");
/// let form = vetted::html! { <form method="post" csrf={&token}></form> };
/// assert!(form.as_str().contains(r#"name="c" value="1""#));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot protect a form or an htmx request against CSRF",
    label = "not a `vetted::csrf::CsrfField`",
    note = "pass your CSRF library's token wrapped as `vetted::csrf::CsrfToken::new(name, token)` (or a type implementing `CsrfField`), or `vetted::csrf::FetchMetadata` when the server checks Sec-Fetch-Site/Origin"
)]
pub trait CsrfProtection: sealed::Sealed {
    /// Appends the form's hidden field, if it has one.
    #[doc(hidden)]
    fn write_protection(&self, out: &mut Html);

    /// Appends, in the start tag of an element that sends an htmx request, the attribute that
    /// sends the token with it, if there is one. `written` are the element's own attributes.
    #[doc(hidden)]
    fn write_htmx_protection(&self, written: &[&str], out: &mut Html);
}

/// `csrf={value}` on a `<form>`: the hidden field, as the form's first child
/// ([`Sink::CsrfField`](vetted_rules::sink::Sink::CsrfField)).
#[inline]
pub fn csrf<T: CsrfProtection + ?Sized>(value: &T, out: &mut Html) {
    value.write_protection(out);
}

/// `csrf={value}` on an element that sends a state-changing htmx request: the token as
/// `hx-vals`, in its start tag ([`Sink::HtmxCsrf`](vetted_rules::sink::Sink::HtmxCsrf)).
#[inline]
pub fn htmx_csrf<T: CsrfProtection + ?Sized>(value: &T, written: &[&str], out: &mut Html) {
    value.write_htmx_protection(written, out);
}

/// What `csrf={…}` accepts where a token may not go, so only the server's own check fits:
/// [`FetchMetadata`](crate::csrf::FetchMetadata). That is on an element that sends a
/// state-changing htmx request and sets `hx-vals` itself, where no token field fits, and on a
/// form (or htmx request) whose fields go to an address chosen at run time, which a token
/// would follow.
///
/// ```
/// # #[cfg(feature = "json")] {
/// let vals = vetted::Json::new(&std::collections::BTreeMap::from([("id", 7)])).unwrap();
/// let button = vetted::html! {
///     <button hx-post="/like" hx-vals={vals} csrf={vetted::csrf::FetchMetadata}>"Like"</button>
/// };
/// assert_eq!(button.as_str(), r#"<button hx-post="/like" hx-vals="{&#34;id&#34;:7}">Like</button>"#);
/// # }
/// let next = "/done";
/// let form = vetted::html! { <form method="post" action={next} csrf={vetted::csrf::FetchMetadata}></form> };
/// assert_eq!(form.as_str(), r#"<form method="post" action="/done"></form>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` would send the CSRF token where it may not go",
    label = "only the server's own check fits here",
    note = "a token field cannot go beside an `hx-vals` the element sets itself (put the token's field into that `vetted::Json`), nor to an address chosen at run time (write the address as a path on this site: `action=\"/...\"`, or `action=(\"/items/\" {{id}})`); `vetted::csrf::FetchMetadata` fits both when the server checks Sec-Fetch-Site/Origin"
)]
pub trait CheckedByServer: sealed::Sealed {}

/// `csrf={value}` on an element that sends a state-changing htmx request where no token may
/// go: nothing is written
/// ([`Sink::HtmxCsrfCheckedByServer`](vetted_rules::sink::Sink::HtmxCsrfCheckedByServer)).
#[inline]
pub fn htmx_csrf_checked_by_server<T: CheckedByServer + ?Sized>(
    value: &T,
    written: &[&str],
    out: &mut Html,
) {
    let _ = (value, written, out);
}

/// `csrf={value}` on a `<form>` whose fields go to an address chosen at run time: nothing is
/// written ([`Sink::CsrfCheckedByServer`](vetted_rules::sink::Sink::CsrfCheckedByServer)).
#[inline]
pub fn csrf_checked_by_server<T: CheckedByServer + ?Sized>(value: &T, out: &mut Html) {
    let _ = (value, out);
}
