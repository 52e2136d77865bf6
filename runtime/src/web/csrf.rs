//! CSRF-checked forms.
//!
//! A `<form>` that changes state (its `method` is not a literal `get` or `dialog`, or a button
//! in it has `formmethod="post"`) must say how it is protected, or it does not compile:
//!
//! - `csrf={token}`: a [`CsrfField`] value; the form gets the hidden input as its first child.
//! - `csrf={vetted::csrf::FetchMetadata}`: the server rejects cross-site requests by their
//!   `Sec-Fetch-Site`/`Origin` headers (as tower-http's or your framework's CSRF layer does);
//!   nothing is written.
//! - `csrf=false`: a deliberate opt-out, visible in review.
//!
//! A token on a GET form (it would leak into URLs and logs) or on a form whose literal `action`
//! is an absolute URL (it would send the token to another site) is a compile error.
//!
//! The same holds for an element that sends a state-changing htmx request (`hx-post`,
//! `hx-put`, `hx-patch`, `hx-delete`, htmx 4's `hx-action` with a `hx-method` other than GET):
//! it takes `csrf={token}`, written as `hx-vals` so the token travels with the request as a
//! form field, `csrf={vetted::csrf::FetchMetadata}`, or `csrf=false`. Inside a form that
//! decided, nothing more is needed: htmx sends the form's fields, its token too, with every
//! request but GET. An element that sets `hx-vals` itself takes only `FetchMetadata`
//! ([`CheckedByServer`]).
//!
//! ```
//! use vetted::{csrf::CsrfToken, html};
//!
//! let token = CsrfToken::new("csrf_token", "k8Zy3");
//! let like = html! { <button hx-post="/like" hx-target="#likes" csrf={token}>"Like"</button> };
//! assert_eq!(
//!     like.as_str(),
//!     r##"<button hx-post="/like" hx-target="#likes" hx-vals="{&#34;csrf_token&#34;:&#34;k8Zy3&#34;}">Like</button>"##,
//! );
//! ```
//!
//! ```
//! use vetted::{csrf::CsrfToken, html};
//!
//! let token = CsrfToken::new("csrf_token", "k8Zy3…");
//! let form = html! {
//!     <form method="post" action="/comments" csrf={token}>
//!         <textarea name="body"></textarea>
//!         <button>"Send"</button>
//!     </form>
//! };
//! assert_eq!(
//!     form.as_str(),
//!     concat!(
//!         r#"<form method="post" action="/comments"><input type="hidden" name="csrf_token" value="k8Zy3…">"#,
//!         "<textarea name=\"body\">\n</textarea><button>Send</button></form>",
//!     ),
//! );
//! ```

use alloc::string::String;

use crate::Html;
use crate::context::csrf::sealed;

/// A value that provides a form's CSRF hidden field: the field's name and the token.
///
/// Implement it for the token type of your session or CSRF library, or use [`CsrfToken`].
///
/// ```
/// use vetted::csrf::CsrfField;
///
/// struct SessionToken(String);
///
/// impl CsrfField for SessionToken {
///     fn name_and_token(&self) -> (&str, &str) {
///         ("_csrf", &self.0)
///     }
/// }
///
/// let token = SessionToken("t0k".into());
/// let form = vetted::html! { <form method="post" csrf={token}></form> };
/// assert_eq!(form.as_str(), r#"<form method="post"><input type="hidden" name="_csrf" value="t0k"></form>"#);
/// ```
pub trait CsrfField {
    /// The hidden input's `name` and `value`, both escaped when written.
    ///
    /// ```
    /// use vetted::csrf::{CsrfField, CsrfToken};
    /// assert_eq!(CsrfToken::new("n", "v").name_and_token(), ("n", "v"));
    /// ```
    fn name_and_token(&self) -> (&str, &str);
}

/// A CSRF field from a name and a token made by your CSRF library.
///
/// ```
/// let token = vetted::csrf::CsrfToken::new("csrf", "abc");
/// assert_eq!(vetted::csrf::CsrfField::name_and_token(&token), ("csrf", "abc"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrfToken {
    name: String,
    token: String,
}

impl CsrfToken {
    /// The field `name` holding `token`.
    ///
    /// ```
    /// let token = vetted::csrf::CsrfToken::new("csrf", String::from("abc"));
    /// # let _ = token;
    /// ```
    pub fn new(name: impl Into<String>, token: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            token: token.into(),
        }
    }
}

impl CsrfField for CsrfToken {
    fn name_and_token(&self) -> (&str, &str) {
        (&self.name, &self.token)
    }
}

/// The form relies on the server rejecting cross-site requests by their `Sec-Fetch-Site` and
/// `Origin` headers; nothing is written into the form.
///
/// ```
/// let form = vetted::html! { <form method="post" csrf={vetted::csrf::FetchMetadata}></form> };
/// assert_eq!(form.as_str(), r#"<form method="post"></form>"#);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FetchMetadata;

pub use crate::context::csrf::{CheckedByServer, CsrfProtection};

impl sealed::Sealed for FetchMetadata {}

impl CsrfProtection for FetchMetadata {
    fn write_protection(&self, _: &mut Html) {}

    fn write_htmx_protection(&self, _: &[&str], _: &mut Html) {}
}

impl CheckedByServer for FetchMetadata {}

impl<T: CsrfField> sealed::Sealed for T {}

impl<T: CsrfField> CsrfProtection for T {
    fn write_protection(&self, out: &mut Html) {
        let (name, token) = self.name_and_token();
        out.push_trusted(r#"<input type="hidden" name=""#);
        crate::escape::attribute(name, out.buffer());
        out.push_trusted(r#"" value=""#);
        crate::escape::attribute(token, out.buffer());
        out.push_trusted(r#"">"#);
    }

    fn write_htmx_protection(&self, _: &[&str], out: &mut Html) {
        // `{"name":"token"}`: JSON strings (which cannot start with `js:`), attribute-escaped.
        let (name, token) = self.name_and_token();
        let mut vals = String::with_capacity(name.len() + token.len() + 7);
        vals.push('{');
        crate::json_text::string(name, &mut vals);
        vals.push(':');
        crate::json_text::string(token, &mut vals);
        vals.push('}');
        let out = out.buffer();
        out.push_str(r#" hx-vals=""#);
        crate::escape::attribute(&vals, out);
        out.push('"');
    }
}

impl<T: CsrfField + ?Sized> CsrfField for &T {
    fn name_and_token(&self) -> (&str, &str) {
        (**self).name_and_token()
    }
}
