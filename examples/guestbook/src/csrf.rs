//! CSRF protection: a double-submit token, checked in constant time, plus Fetch Metadata.
//!
//! Every page with a form sends the visitor a random token twice: in an `HttpOnly`,
//! `SameSite=Strict` cookie and in the form's hidden field (written by vetted's
//! `csrf={token}`). A state-changing request is accepted only when
//!
//! 1. its `Sec-Fetch-Site` header, when the browser sends one, says `same-origin` or `none`
//!    (a cross-site or sibling-subdomain form post is refused outright), and
//! 2. the submitted field equals the cookie, compared with [`subtle::ConstantTimeEq`] so the
//!    time taken says nothing about how much of a guess was right.
//!
//! Another site can make the browser send the cookie, but it can neither read the cookie nor
//! the page that holds the field, so it cannot produce a matching pair. The token is 256 bits
//! from the operating system's random number generator (`getrandom`), base64url-encoded.
//!
//! Behind HTTPS, name the cookie `__Host-guestbook_csrf` and add `Secure`: the prefix stops a
//! sibling subdomain from planting its own token pair. On plain-HTTP loopback, where this
//! example runs, browsers would refuse such a cookie.

use axum::http::HeaderMap;
use axum::http::header::{COOKIE, HeaderValue};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use subtle::ConstantTimeEq as _;

/// The cookie that holds the token.
pub const COOKIE_NAME: &str = "guestbook_csrf";

/// The hidden form field that holds the token.
pub const FIELD_NAME: &str = "csrf";

/// Bytes of randomness in a token.
const TOKEN_BYTES: usize = 32;

/// Characters in a token: 32 bytes in unpadded base64.
const TOKEN_LEN: usize = 43;

/// A visitor's CSRF token.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

/// Why a form submission was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// `Sec-Fetch-Site` says the request came from another site.
    CrossSite,
    /// The request carried no token cookie (it expired, or cookies are off).
    MissingCookie,
    /// The form field is missing or differs from the cookie.
    Mismatch,
}

impl Token {
    /// A fresh token from the operating system's random number generator.
    ///
    /// # Panics
    ///
    /// If the operating system cannot provide randomness: a guessable token protects nothing.
    #[must_use]
    pub fn generate() -> Self {
        let mut bytes = [0_u8; TOKEN_BYTES];
        getrandom::fill(&mut bytes).expect("the operating system must provide randomness");
        Self(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The token in the request's cookie, if it has a well-formed one.
    #[must_use]
    pub fn from_cookie(headers: &HeaderMap) -> Option<Self> {
        headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE_NAME)
            .map(|(_, value)| value)
            .filter(|value| is_well_formed(value))
            .map(|value| Self(value.to_owned()))
    }

    /// The request's token, or a fresh one when it has none.
    #[must_use]
    pub fn from_cookie_or_new(headers: &HeaderMap) -> Self {
        Self::from_cookie(headers).unwrap_or_else(Self::generate)
    }

    /// The `Set-Cookie` value that gives the visitor this token: for this site only, never
    /// readable by scripts, and never sent with requests started by other sites.
    #[must_use]
    pub fn set_cookie(&self) -> HeaderValue {
        let cookie = format!(
            "{COOKIE_NAME}={}; Path=/; HttpOnly; SameSite=Strict",
            self.0
        );
        HeaderValue::try_from(cookie).expect("a base64url token is a valid header value")
    }

    /// The hidden field for vetted's `csrf={…}` form attribute.
    #[must_use]
    pub fn field(&self) -> vetted::csrf::CsrfToken {
        vetted::csrf::CsrfToken::new(FIELD_NAME, self.0.as_str())
    }
}

/// Checks a state-changing request: where it came from, and that its form field `submitted`
/// matches its cookie. Returns the visitor's token, to render the next form with.
///
/// # Errors
///
/// The [`Rejection`] that says why the request must not be processed.
pub fn verify(headers: &HeaderMap, submitted: Option<&str>) -> Result<Token, Rejection> {
    if let Some(site) = headers.get("sec-fetch-site")
        && !matches!(site.as_bytes(), b"same-origin" | b"none")
    {
        return Err(Rejection::CrossSite);
    }
    let cookie = Token::from_cookie(headers).ok_or(Rejection::MissingCookie)?;
    let submitted = submitted.unwrap_or_default();
    // Lengths are public (every token has 43 characters); the contents are compared in
    // constant time.
    if bool::from(submitted.as_bytes().ct_eq(cookie.0.as_bytes())) {
        Ok(cookie)
    } else {
        Err(Rejection::Mismatch)
    }
}

fn is_well_formed(value: &str) -> bool {
    value.len() == TOKEN_LEN
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn tokens_are_random_and_well_formed() {
        let (a, b) = (Token::generate(), Token::generate());
        assert_ne!(a, b);
        assert!(is_well_formed(&a.0), "{}", a.0);
    }

    #[test]
    fn the_cookie_is_found_among_others() {
        let token = Token::generate();
        let cookie = format!("theme=dark; {COOKIE_NAME}={}; other=1", token.0);
        let found = Token::from_cookie(&headers(&[("cookie", &cookie)]));
        assert_eq!(found, Some(token));
        let bad = format!("{COOKIE_NAME}=short");
        assert_eq!(Token::from_cookie(&headers(&[("cookie", &bad)])), None);
    }

    #[test]
    fn a_matching_pair_passes() {
        let token = Token::generate();
        let cookie = format!("{COOKIE_NAME}={}", token.0);
        let with_cookie = headers(&[("cookie", &cookie), ("sec-fetch-site", "same-origin")]);
        assert_eq!(verify(&with_cookie, Some(&token.0)), Ok(token.clone()));
        let no_metadata = headers(&[("cookie", &cookie)]);
        assert_eq!(verify(&no_metadata, Some(&token.0)), Ok(token));
    }

    #[test]
    fn everything_else_is_refused() {
        let token = Token::generate();
        let other = Token::generate();
        let cookie = format!("{COOKIE_NAME}={}", token.0);
        let with_cookie = headers(&[("cookie", &cookie)]);
        assert_eq!(
            verify(&with_cookie, Some(&other.0)),
            Err(Rejection::Mismatch)
        );
        assert_eq!(verify(&with_cookie, None), Err(Rejection::Mismatch));
        assert_eq!(verify(&with_cookie, Some("")), Err(Rejection::Mismatch));
        assert_eq!(
            verify(&HeaderMap::new(), Some(&token.0)),
            Err(Rejection::MissingCookie)
        );
        for site in ["cross-site", "same-site"] {
            let cross = headers(&[("cookie", &cookie), ("sec-fetch-site", site)]);
            assert_eq!(verify(&cross, Some(&token.0)), Err(Rejection::CrossSite));
        }
    }
}
