//! Framework adapters, one file per versioned feature: thin layers over the framework-neutral
//! pieces in `web/`, which say what each response carries.

#[cfg(feature = "actix-web-4")]
mod actix;
#[cfg(feature = "axum-0.8")]
mod axum;
#[cfg(feature = "http-1")]
mod http;
#[cfg(feature = "tower-0.5")]
pub(crate) mod tower;
