//! CSP nonces: [`RenderNonce`] for `nonce` attributes, and its entry point. The one value it
//! takes, [`Nonce`](crate::csp::Nonce), implements it where it is defined.

use super::Sealed;
use crate::csp::Nonce;
use crate::{Attribute, Html};

/// What a `nonce` attribute accepts: only a [`Nonce`](crate::csp::Nonce) (or a reference to
/// one).
///
/// ```
/// let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
/// let page = vetted::html! { <style nonce={nonce}>"p { margin: 0 }"</style> };
/// assert_eq!(page.as_str(), r#"<style nonce="AAAAAAAAAAAAAAAAAAAAAA">p { margin: 0 }</style>"#);
/// # Ok::<(), vetted::csp::NonceError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a CSP nonce",
    label = "not a `vetted::csp::Nonce`",
    note = "a nonce must be fresh, random and match the response's CSP header: use `vetted::csp::Nonce::generate()` once per response"
)]
pub trait RenderNonce: Sealed {
    /// The nonce.
    #[doc(hidden)]
    fn as_nonce(&self) -> &Nonce;
}

impl<T: RenderNonce + ?Sized> RenderNonce for &T {
    fn as_nonce(&self) -> &Nonce {
        (**self).as_nonce()
    }
}

/// `nonce={value}`, or the nonce `@nonce` stamps ([`Sink::Nonce`](vetted_rules::sink::Sink::Nonce)).
#[inline]
pub fn nonce<T: RenderNonce + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    Attribute::new(start, out).value(value.as_nonce().as_str());
}

/// `@nonce = value;`: the page's nonce, carried by the buffer from here on, so templates
/// rendered into it later (`lazy!` values, components' children) stamp it too.
#[inline]
pub fn declare_nonce<T: RenderNonce + ?Sized>(value: &T, out: &mut Html) {
    out.set_nonce(value.as_nonce());
}

/// The attribute `start` (` nonce="` or ` hx-nonce="`) with the nonce the buffer carries, on
/// an element of a template that declares none (a `lazy!` value, a component's children);
/// nothing when the page declared none.
#[inline]
pub fn page_nonce(start: &'static str, out: &mut Html) {
    out.push_nonce_attribute(start);
}
