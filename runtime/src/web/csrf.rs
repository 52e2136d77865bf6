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

pub use crate::context::csrf::CsrfProtection;

impl sealed::Sealed for FetchMetadata {}

impl CsrfProtection for FetchMetadata {
    fn write_protection(&self, _: &mut Html) {}
}

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
}

impl<T: CsrfField + ?Sized> CsrfField for &T {
    fn name_and_token(&self) -> (&str, &str) {
        (**self).name_and_token()
    }
}
