//! CSP nonces: [`RenderNonce`] for `nonce` attributes, and its entry point. The one value it
//! takes, [`Nonce`](crate::csp::Nonce), implements it where it is defined.

use super::Sealed;
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
    /// Writes this nonce as `attr`.
    #[doc(hidden)]
    fn render_nonce(&self, attr: Attribute<'_>);
}

impl<T: RenderNonce + ?Sized> RenderNonce for &T {
    fn render_nonce(&self, attr: Attribute<'_>) {
        (**self).render_nonce(attr);
    }
}

/// `nonce={value}`, or the nonce `@nonce` stamps ([`Sink::Nonce`](vetted_rules::sink::Sink::Nonce)).
#[inline]
pub fn nonce<T: RenderNonce + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_nonce(Attribute::new(start, out));
}
