//! The rules of the `trusted_*!` macros as `const fn`s returning whether a literal passes, for
//! the literal constructors to run again at compile time.

use vetted_rules::{code, url};

/// [`code::script_breakout`] and [`code::script_open_end`] find nothing.
pub(crate) const fn script_literal(script: &str) -> bool {
    code::script_breakout(script).is_none() && code::script_open_end(script).is_none()
}

/// [`code::style_sheet_breakout`] and [`code::style_sheet_open_end`] find nothing.
pub(crate) const fn style_sheet_literal(sheet: &str) -> bool {
    code::style_sheet_breakout(sheet).is_none() && code::style_sheet_open_end(sheet).is_none()
}

/// [`url::is_trusted_url_literal`].
pub(crate) const fn url_literal(address: &str) -> bool {
    url::is_trusted_url_literal(address)
}

/// [`url::is_safe_resource_literal`].
pub(crate) const fn resource_url_literal(address: &str) -> bool {
    url::is_safe_resource_literal(address)
}
