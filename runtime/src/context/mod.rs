//! The runtime half of the sink table (`vetted_rules::sink`): one file per family of sinks,
//! each with its trait (whose `on_unimplemented` message names the safe type to use), the
//! trait's impls for the standard types and [`Html`](crate::Html), and the entry points the
//! generated code calls, one per sink. `__private` re-exports the entry points by the names
//! the table gives them.
//!
//! The library's own value types (trusted types, [`Json`](crate::Json), nonces, CSRF fields,
//! [`Attributes`](crate::Attributes), [`Display`](crate::Display)) implement these traits
//! where they are defined, so each file here lists what any value must satisfy and each
//! value's file lists where it may go.
//!
//! Every trait but [`RenderAttribute`](attribute::RenderAttribute) and
//! [`Render`](text::Render), whose impls can only write escaped text, is sealed: only this
//! crate decides what may reach a URL, a script or a style.

/// Implements `$trait` (with its type parameter, if any) for references and smart pointers to
/// a `$trait` value, each forwarding `$method` to the value.
macro_rules! forward {
    ($trait:ident $(<$param:ident>)? :: $method:ident ($($arg:ident : $ty:ty),*)) => {
        forward!(@impl $trait [$($param)?] $method ($($arg: $ty),*) &T);
        forward!(@impl $trait [$($param)?] $method ($($arg: $ty),*) &mut T);
        forward!(@impl $trait [$($param)?] $method ($($arg: $ty),*) alloc::boxed::Box<T>);
        forward!(@impl $trait [$($param)?] $method ($($arg: $ty),*) alloc::rc::Rc<T>);
        #[cfg(target_has_atomic = "ptr")]
        forward!(@impl $trait [$($param)?] $method ($($arg: $ty),*) alloc::sync::Arc<T>);
    };
    (@impl $trait:ident [$($param:ident)?] $method:ident ($($arg:ident : $ty:ty),*) $wrapper:ty) => {
        impl<$($param,)? T: $trait $(<$param>)? + ?Sized> $trait $(<$param>)? for $wrapper {
            #[inline]
            fn $method(&self, $($arg: $ty),*) {
                (**self).$method($($arg),*);
            }
        }
    };
}

/// Implements `$trait` for `Option` of a `$trait` value: `None` leaves the attribute out.
macro_rules! optional {
    ($trait:ident $(<$param:ident>)? :: $method:ident ($($arg:ident : $ty:ty),*)) => {
        impl<$($param,)? T: $trait $(<$param>)?> $trait $(<$param>)? for Option<T> {
            #[inline]
            fn $method(&self, $($arg: $ty),*) {
                if let Some(value) = self {
                    value.$method($($arg),*);
                }
            }
        }
    };
}

pub(crate) mod attribute;
pub(crate) mod csrf;
pub(crate) mod library;
pub(crate) mod nonce;
pub(crate) mod part;
pub(crate) mod resource_url;
pub(crate) mod script;
pub(crate) mod spread;
pub(crate) mod srcdoc;
pub(crate) mod style;
pub(crate) mod text;
pub(crate) mod url;

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
#[cfg(target_has_atomic = "ptr")]
use alloc::sync::Arc;

mod sealed {
    pub trait Sealed {}
}

/// The supertrait of the sealed context traits: implemented only in this crate.
pub(crate) use sealed::Sealed;

// The standard types that some sealed context takes, and the wrappers that forward them.
impl Sealed for str {}
impl Sealed for String {}
impl Sealed for Cow<'_, str> {}
impl Sealed for char {}
impl Sealed for crate::Html {}

macro_rules! sealed_integers {
    ($($int:ty)*) => {$(impl Sealed for $int {})*};
}

sealed_integers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl<T: Sealed + ?Sized> Sealed for &T {}
impl<T: Sealed + ?Sized> Sealed for &mut T {}
impl<T: Sealed + ?Sized> Sealed for Box<T> {}
impl<T: Sealed + ?Sized> Sealed for Rc<T> {}
#[cfg(target_has_atomic = "ptr")]
impl<T: Sealed + ?Sized> Sealed for Arc<T> {}
impl<T: Sealed> Sealed for Option<T> {}

#[cfg(test)]
mod tests {
    use alloc::format;
    use vetted_rules::sink::{Dynamic, Pass, Sink, Site};

    /// Every file of this folder, for the test below.
    const SOURCES: &[&str] = &[
        include_str!("attribute.rs"),
        include_str!("csrf.rs"),
        include_str!("library.rs"),
        include_str!("nonce.rs"),
        include_str!("part.rs"),
        include_str!("resource_url.rs"),
        include_str!("script.rs"),
        include_str!("spread.rs"),
        include_str!("srcdoc.rs"),
        include_str!("style.rs"),
        include_str!("text.rs"),
        include_str!("url.rs"),
    ];

    /// The generator calls the function a row names with the arguments its site gives: the
    /// table and this folder must agree on each entry point's name, bound and parameters, and
    /// `__private` must re-export it.
    #[test]
    fn each_entry_point_of_the_sink_table_is_here_with_its_bound_and_parameters() {
        let private = include_str!("../__private.rs");
        for sink in Sink::ALL {
            let row = sink.row();
            let Dynamic::Entry {
                function,
                bound,
                pass,
            } = row.dynamic
            else {
                continue;
            };
            let parameters = match row.site {
                Site::Content | Site::Part => "(value: &T, out: &mut Html)",
                Site::Attribute { .. } => "(value: &T, start: &'static str, out: &mut Html)",
                Site::StartTag => "(value: &T, written: &[&str], out: &mut Html)",
            };
            let signature = match pass {
                Pass::Borrowed => format!("pub fn {function}<T: {bound} + ?Sized>{parameters}"),
                // What `__vetted_splice` returns, by value: only in content.
                Pass::Spliced => {
                    assert!(matches!(row.site, Site::Content), "{sink:?}");
                    format!("pub fn {function}<T: {bound}>(value: T, out: &mut Html)")
                }
            };
            // rustfmt may wrap the parameters one per line.
            let found = SOURCES.iter().any(|source| {
                let flat: alloc::string::String = source
                    .split('\n')
                    .map(str::trim)
                    .collect::<alloc::vec::Vec<_>>()
                    .join(" ")
                    .replace("( ", "(")
                    .replace(", )", ")");
                flat.contains(&signature)
            });
            assert!(found, "{sink:?}: no `{signature}` in runtime/src/context/");
            let reexported = private
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|word| word == function);
            assert!(
                reexported,
                "{sink:?}: `__private` does not re-export `{function}`"
            );
        }
    }
}
