//! Trusted types: values that may go where a plain string may not, because they were checked
//! when made or were made from a literal the macro checked at compile time.
//!
//! Each type has private contents and no `From<String>` or `Deserialize`. There are three ways
//! to make one:
//!
//! - a literal-only macro, checked at compile time: [`trusted_url!`](crate::trusted_url),
//!   [`trusted_resource_url!`](crate::trusted_resource_url), [`trusted_script!`](crate::trusted_script),
//!   [`trusted_style!`](crate::trusted_style), [`trusted_style_sheet!`](crate::trusted_style_sheet);
//! - a checked constructor returning a `Result` ([`TrustedUrl::new`], [`TrustedUrl::with_schemes`],
//!   [`TrustedResourceUrl::join`], [`TrustedStyle::new`]);
//! - a `dangerously_*` conversion, where the caller guarantees what no check can (sanitizer
//!   output, a script from a build step). Each use deserves an `// XSS SAFETY:` comment.
//!

/// The accessors every trusted type has, and its literal constructor for the macro.
macro_rules! trusted_type_basics {
    ($ty:ident, $example:literal) => {
        impl $ty {
            /// The value as text.
            ///
            /// ```
            #[doc = concat!("let value = ", $example, ";")]
            /// assert!(!value.as_str().is_empty());
            /// ```
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            #[doc(hidden)]
            #[must_use]
            pub const fn __from_checked_literal(literal: &'static str) -> Self {
                Self(Cow::Borrowed(literal))
            }
        }

        impl fmt::Display for $ty {
            /// ```
            #[doc = concat!("assert_eq!(", $example, ".to_string(), ", $example, ".as_str());")]
            /// ```
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// `dangerously_from_string` for the types whose content no check can vouch for.
macro_rules! unchecked_constructor {
    ($ty:ident, $example:literal) => {
        impl $ty {
            /// The caller guarantees that `value` is safe where this type may stand; nothing is
            /// checked. Meant for output of a sanitizer or a build step, with an
            /// `// XSS SAFETY:` comment at the call saying why.
            ///
            /// ```
            #[doc = concat!("let value = vetted::", stringify!($ty), "::dangerously_from_string(", $example, ".as_str().to_owned());")]
            #[doc = concat!("assert_eq!(value.as_str(), ", $example, ".as_str());")]
            /// ```
            #[must_use]
            pub fn dangerously_from_string(value: impl Into<String>) -> Self {
                Self(Cow::Owned(value.into()))
            }
        }
    };
}

/// `Render` and `RenderAttribute` as text: outside its own sinks, a trusted value is only text.
macro_rules! shown_as_text {
    ($ty:ident) => {
        impl crate::Render for $ty {
            #[inline]
            fn render_to(&self, out: &mut crate::Html) {
                out.push_text(self.as_str());
            }
        }

        impl crate::RenderAttribute for $ty {
            #[inline]
            fn render_attribute(&self, attr: crate::Attribute<'_>) {
                attr.value(self.as_str());
            }
        }
    };
}

mod error;
mod html;
mod script;
mod style;
mod url;

pub use error::TrustedError;
pub use html::TrustedHtml;
pub use script::TrustedScript;
pub use style::{TrustedStyle, TrustedStyleSheet};
pub use url::{TrustedResourceUrl, TrustedUrl};
