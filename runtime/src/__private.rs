//! Used only by the code `html!` generates. Not public API: anything here may change in any
//! release.
//!
//! The entry points are named by the sink table (`vetted_rules::sink::Sink::row`); each is
//! defined with its trait in `context/`.

pub use crate::buffer::{SizeHint, StaticMarkup, buffer, push_static, push_static_nested};
pub use crate::component::{NotAComponent, NotDerived};
pub use crate::context::attribute::{
    attribute, on_off_attribute, true_false_attribute, yes_no_attribute,
};
pub use crate::context::csrf::{
    csrf, csrf_checked_by_server, htmx_csrf, htmx_csrf_checked_by_server,
};
pub use crate::context::library::{
    alpine_code, alpine_or_vue_code, angular_code, datastar_code, htmx_code, htmx_json,
    hyperscript_code, knockout_code, vue_code,
};
pub use crate::context::nonce::{declare_nonce, nonce, page_nonce};
pub use crate::context::part::{attribute_part, url_fragment, url_path, url_query};
pub use crate::context::resource_url::resource_url;
pub use crate::context::script::{event_handler, json_script, script};
pub use crate::context::spread::spread;
pub use crate::context::srcdoc::srcdoc;
pub use crate::context::style::{style, style_sheet};
pub use crate::context::text::{Borrow, Borrowed, Splice, escapable_raw_text, text};
pub use crate::context::url::{media_url, request_url, srcset, url, url_list};
pub use crate::lazy::Lazy;
pub use crate::trusted::StaticLiteral;
pub use vetted_macros::{html, lazy, trusted};
