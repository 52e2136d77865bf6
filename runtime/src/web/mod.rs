//! Framework-neutral web pieces: CSP nonces, CSRF-checked forms, security headers, pages and
//! safe downloads.

pub mod csp;
pub mod csrf;
pub mod download;
pub mod headers;
pub(crate) mod page;
