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

#[cfg(test)]
mod tests {
    use super::*;

    /// The re-checks refuse what the macros refuse (the trybuild case
    /// `trusted-value-from-a-hand-written-constant` shows them firing at compile time); here
    /// each one is held to both halves of its rule.
    #[test]
    fn each_re_check_refuses_what_its_macro_refuses() {
        assert!(script_literal("start()"));
        assert!(!script_literal("a = '</script>'"));
        assert!(!script_literal("if (a <"));
        assert!(style_sheet_literal("p { color: red }"));
        assert!(!style_sheet_literal("p{}</style>"));
        assert!(!style_sheet_literal("p{}</st"));
        assert!(url_literal("/inbox"));
        assert!(!url_literal("javascript:alert(1)"));
        assert!(resource_url_literal("https://cdn.example/app.js"));
        assert!(!resource_url_literal("//evil.example"));
    }
}
