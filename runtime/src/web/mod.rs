//! Framework-neutral web pieces: CSP nonces and CSRF-checked forms.

pub mod csp;
pub mod csrf;
