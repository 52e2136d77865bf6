//! The sink table and the rules that both halves of `vetted` apply: the `html!` macro to
//! literals at compile time, the runtime to values at run time. Keeping them in one crate
//! both depend on means each rule is written once and both sides give the same answer.
//!
//! Not meant to be used directly: depend on `vetted`. This crate follows `vetted`'s version
//! exactly and its items may change in any release.
//!
//! - [`sink`]: every place a value can land in a page ([`sink::Sink`]) and, in one table, what
//!   may go there;
//! - [`attribute`]: which sink an attribute is, by its name and element (including the
//!   attributes front-end libraries such as htmx and Alpine run as code), and which names are
//!   valid;
//! - [`library`]: the attributes front-end libraries read (through [`attribute`]), and the
//!   method of an htmx request;
//! - [`escape`]: the character references for text and attribute values;
//! - [`url`]: the URL policies;
//! - [`code`]: the checks that keep script, style and comment text inside its element;
//! - [`json`]: whether the literal body of a JSON `<script>` is valid JSON, and where not.
//!
//! ```
//! use vetted_rules::{attribute::sink_of, sink::{Dynamic, Sink}};
//!
//! let sink = sink_of("a", "href");
//! assert_eq!(sink, Sink::Url);
//! assert!(matches!(sink.row().dynamic, Dynamic::Entry { function: "url", .. }));
//! ```

#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

pub mod attribute;
mod bytes;
pub mod code;
mod css;
pub mod escape;
pub mod json;
pub mod library;
pub mod sink;
pub mod url;
