//! Content-Security-Policy nonces: [`Nonce`].
//!
//! A nonce lets exactly the page's own inline scripts and styles run under a strict policy.
//! The `nonce` attribute of `html!` accepts only a [`Nonce`], and `@nonce = value;` at the
//! start of a template stamps it on every `<script>`, `<style>` and
//! `<link rel="stylesheet|preload|modulepreload">` in it.

use alloc::string::String;
use core::fmt;

use crate::context::Sealed;

/// 128 random bits, base64-encoded: the value of a CSP `'nonce-…'` source and of the `nonce`
/// attributes that match it. Make a new one for every response.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use vetted::{csp::Nonce, html, trusted_script};
///
/// let nonce = Nonce::generate();
/// let page = html! {
///     @nonce = nonce;
///     <script>{trusted_script!("start()")}</script>
/// };
/// assert_eq!(page.as_str(), format!(r#"<script nonce="{}">start()</script>"#, nonce.as_str()));
/// assert_eq!(nonce.source(), format!("'nonce-{}'", nonce.as_str()));
/// # }
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Nonce(String);

/// Why [`Nonce::try_from_external`] refused a value.
///
/// ```
/// assert!(vetted::csp::Nonce::try_from_external("too short").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NonceError;

impl fmt::Display for NonceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CSP nonce must be 22 to 64 base64 characters (at least 128 bits)")
    }
}

impl core::error::Error for NonceError {}

impl Nonce {
    /// A fresh nonce from the operating system's random number generator.
    ///
    /// ```
    /// let (a, b) = (vetted::csp::Nonce::generate(), vetted::csp::Nonce::generate());
    /// assert_ne!(a, b);
    /// assert_eq!(a.as_str().len(), 22);
    /// ```
    ///
    /// # Panics
    ///
    /// If the operating system cannot provide randomness, which leaves no safe way to go on.
    #[cfg(feature = "std")]
    #[must_use]
    pub fn generate() -> Self {
        use base64::Engine as _;
        let mut bytes = [0_u8; 16];
        // Without randomness a nonce is guessable and the policy worthless: refuse to go on.
        getrandom::fill(&mut bytes)
            .expect("the operating system must provide randomness for CSP nonces");
        Self(base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes))
    }

    /// A nonce made elsewhere (by a proxy or another middleware), checked: 22 to 64 characters
    /// of base64 (standard or URL-safe, padding allowed), so it cannot break out of the
    /// attribute or the header.
    ///
    /// ```
    /// let nonce = vetted::csp::Nonce::try_from_external("rAnd0m+Base64/Value/AB==")?;
    /// assert_eq!(nonce.as_str(), "rAnd0m+Base64/Value/AB==");
    /// assert!(vetted::csp::Nonce::try_from_external("'; script-src *").is_err());
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    pub fn try_from_external(value: &str) -> Result<Self, NonceError> {
        let base64 = value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_' | b'='));
        if base64 && (22..=64).contains(&value.len()) {
            Ok(Self(String::from(value)))
        } else {
            Err(NonceError)
        }
    }

    /// The nonce's text.
    ///
    /// ```
    /// let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// assert_eq!(nonce.as_str(), "AAAAAAAAAAAAAAAAAAAAAA");
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The CSP source expression that allows this nonce: `'nonce-…'`.
    ///
    /// ```
    /// let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// assert_eq!(nonce.source(), "'nonce-AAAAAAAAAAAAAAAAAAAAAA'");
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    #[must_use]
    pub fn source(&self) -> String {
        alloc::format!("'nonce-{}'", self.0)
    }
}

impl fmt::Debug for Nonce {
    /// Shows the nonce: it is public in the page anyway.
    ///
    /// ```
    /// let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA")?;
    /// assert_eq!(format!("{nonce:?}"), "Nonce(AAAAAAAAAAAAAAAAAAAAAA)");
    /// # Ok::<(), vetted::csp::NonceError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nonce({})", self.0)
    }
}

pub use crate::context::nonce::RenderNonce;

impl Sealed for Nonce {}

impl RenderNonce for Nonce {
    fn as_nonce(&self) -> &Nonce {
        self
    }
}
