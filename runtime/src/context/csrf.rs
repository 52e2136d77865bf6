//! CSRF protection: [`CsrfProtection`] for `csrf={…}` on a `<form>`, and its entry point. Its
//! values, [`CsrfField`](crate::csrf::CsrfField) types and
//! [`FetchMetadata`](crate::csrf::FetchMetadata), implement it where they are defined.

use crate::Html;

/// Sealed apart from the other contexts: every [`CsrfField`](crate::csrf::CsrfField) type is
/// [`CsrfProtection`], a blanket impl that would overlap theirs.
pub(crate) mod sealed {
    pub trait Sealed {}
}

/// What `csrf={…}` on a `<form>` accepts: a [`CsrfField`](crate::csrf::CsrfField) or
/// [`FetchMetadata`](crate::csrf::FetchMetadata).
///
/// ```
/// let token = vetted::csrf::CsrfToken::new("c", "1");
/// let form = vetted::html! { <form method="post" csrf={&token}></form> };
/// assert!(form.as_str().contains(r#"name="c" value="1""#));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot protect a form against CSRF",
    label = "not a `vetted::csrf::CsrfField`",
    note = "pass your CSRF library's token wrapped as `vetted::csrf::CsrfToken::new(name, token)` (or a type implementing `CsrfField`), or `vetted::csrf::FetchMetadata` when the server checks Sec-Fetch-Site/Origin"
)]
pub trait CsrfProtection: sealed::Sealed {
    /// Appends the form's hidden field, if it has one.
    #[doc(hidden)]
    fn write_protection(&self, out: &mut Html);
}

/// `csrf={value}` on a `<form>`: the hidden field, as the form's first child
/// ([`Sink::CsrfField`](vetted_rules::sink::Sink::CsrfField)).
#[inline]
pub fn csrf<T: CsrfProtection + ?Sized>(value: &T, out: &mut Html) {
    value.write_protection(out);
}
