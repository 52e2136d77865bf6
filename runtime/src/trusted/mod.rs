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

/// A string literal of the program, as the constant of a type: what the `trusted_*!` macros
/// hand to the literal constructors. A constant cannot hold a string made at run time, so
/// nothing computed at run time can reach those constructors.
pub trait StaticLiteral {
    /// The literal.
    const TEXT: &'static str;
}

/// The constructor the `trusted_*!` macros call, for a literal they checked: `accepts`, the
/// same rule as a `const fn`, checks it again at compile time, so a hand-written
/// [`StaticLiteral`] gains nothing either.
macro_rules! literal_constructor {
    ($ty:ident, $accepts:path) => {
        impl $ty {
            #[doc(hidden)]
            #[must_use]
            pub const fn __from_literal<L: crate::trusted::StaticLiteral>() -> Self {
                const {
                    assert!(
                        $accepts(L::TEXT),
                        concat!("this literal is refused as a `", stringify!($ty), "`")
                    );
                }
                Self(Cow::Borrowed(L::TEXT))
            }
        }
    };
    // The CSS rule (a tokenizer that allocates) is not a `const fn` yet: the macro's check at
    // compile time is the only one, and only a constant of the program can get here.
    ($ty:ident) => {
        impl $ty {
            #[doc(hidden)]
            #[must_use]
            pub const fn __from_literal<L: crate::trusted::StaticLiteral>() -> Self {
                Self(Cow::Borrowed(L::TEXT))
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
mod literal_checks;
#[cfg(feature = "ammonia-4")]
mod sanitize;
mod script;
mod style;
mod url;

pub use error::TrustedError;
pub use html::TrustedHtml;
pub(crate) use literal_checks::*;
#[cfg(feature = "ammonia-4")]
pub use sanitize::{Sanitizer, SanitizerError};
pub use script::TrustedScript;
pub use style::{TrustedStyle, TrustedStyleSheet};
pub use url::{TrustedResourceUrl, TrustedUrl};
