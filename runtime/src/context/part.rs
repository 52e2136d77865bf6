//! Values built from parts: [`RenderPart`] for each dynamic part of `href=("/users/" {id})` or
//! `id=("item-" {id})`, its impls for the standard types, and the entry points that encode a
//! part for where it sits.

use alloc::borrow::Cow;
use alloc::string::String;

use super::Sealed;
use crate::{Html, url};

/// A value spliced into an attribute value built from parts, as in
/// `href=("/users/" {id} "/posts")` or `id=("item-" {id})`: strings, `char`, integers and
/// [`display`](crate::display) values. In a URL each part is percent-encoded for where it sits
/// (one path segment, one query key or value, or fragment text); in a plain attribute it is
/// escaped.
///
/// A path part that is `.` or `..` has no encoding (browsers read `%2e` as a dot too) and
/// would climb out of its segment, so it is refused: the whole URL is written as
/// [`INVALID_URL`](crate::url::INVALID_URL), with what follows it in the template after its
/// `#`.
///
/// ```
/// let name = "Ada & Grace/2";
/// let page = vetted::html! { <a id=("user-" {7}) href=("/search?q=" {name} "#top")>"find"</a> };
/// assert_eq!(page.as_str(), r#"<a id="user-7" href="/search?q=Ada%20%26%20Grace/2#top">find</a>"#);
///
/// let id = "..";
/// let edit = vetted::html! { <a href=("/users/" {id} "/edit")>"edit"</a> };
/// assert_eq!(edit.as_str(), r#"<a href="about:invalid#vetted/edit">edit</a>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be part of an attribute value built from parts",
    label = "not a string, character or number",
    note = "parts take `&str`, `String`, `char`, integers, or `vetted::display(&value)`; in a URL each is percent-encoded where it sits"
)]
pub trait RenderPart: Sealed {
    /// Writes this part through `encode`: the percent-encoder of where it sits in a URL, or
    /// the attribute escaper.
    #[doc(hidden)]
    fn render_part(&self, encode: PartEncoding, out: &mut Html);
}

/// How a part is written where it sits, which the entry points hand to [`RenderPart`]: the
/// percent-encoder of a URL's path, query or fragment, or the attribute escaper. Only this
/// crate makes one, so no caller can hand a part a writer of its own.
///
/// ```compile_fail
/// // Not constructible outside vetted: its field is private.
/// let raw = vetted::PartEncoding(|part: &str, out: &mut String| out.push_str(part));
/// ```
#[derive(Clone, Copy)]
pub struct PartEncoding(fn(&str, &mut String));

impl PartEncoding {
    const PATH: Self = Self(url::encode_path);
    const QUERY: Self = Self(url::encode_query);
    const FRAGMENT: Self = Self(url::encode_fragment);
    const ATTRIBUTE: Self = Self(crate::escape::attribute);

    /// Appends `part`, encoded.
    #[inline]
    pub(crate) fn write(self, part: &str, out: &mut String) {
        (self.0)(part, out);
    }

    /// The encoder, for writers that hand it pieces (`Display` values).
    #[inline]
    pub(crate) fn function(self) -> fn(&str, &mut String) {
        self.0
    }
}

/// The former name of [`RenderPart`], from when only URLs could be built from parts: every
/// `RenderPart` type is one.
///
/// ```
/// #[allow(deprecated)]
/// fn takes<T: vetted::RenderUrlPart>(_: T) {}
/// #[allow(deprecated)]
/// takes(7);
/// ```
#[deprecated(
    since = "0.1.0",
    note = "renamed `RenderPart`: plain attributes can be built from parts too"
)]
pub trait RenderUrlPart: RenderPart {}

#[allow(deprecated)]
impl<T: RenderPart + ?Sized> RenderUrlPart for T {}

macro_rules! strings {
    ($($ty:ty),*) => {$(
        impl RenderPart for $ty {
            #[inline]
            fn render_part(&self, encode: PartEncoding, out: &mut Html) {
                encode.write(self, out.buffer());
            }
        }
    )*};
}

strings!(str, String, Cow<'_, str>);

impl RenderPart for char {
    #[inline]
    fn render_part(&self, encode: PartEncoding, out: &mut Html) {
        encode.write(self.encode_utf8(&mut [0; 4]), out.buffer());
    }
}

macro_rules! integers {
    ($($int:ty)*) => {$(
        impl RenderPart for $int {
            #[inline]
            fn render_part(&self, _: PartEncoding, out: &mut Html) {
                // Digits and a sign need no percent-encoding nor escaping.
                crate::integer::write(*self, out.buffer());
            }
        }
    )*};
}

integers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

// References and smart pointers forward. Parts take no `Option`: an absent part is better
// written with `@if let`.
forward!(RenderPart::render_part(encode: PartEncoding, out: &mut Html));

// Entry points, one per place a part can sit.

/// A dynamic part of a URL built from parts, before any `?` or `#`
/// ([`Sink::UrlPath`](vetted_rules::sink::Sink::UrlPath)). A part that is `.` or `..` is
/// refused: the whole URL becomes [`INVALID_URL`](url::INVALID_URL) (see [`RenderPart`]).
#[inline]
pub fn url_path<T: RenderPart + ?Sized>(value: &T, out: &mut Html) {
    let start = out.len();
    value.render_part(PartEncoding::PATH, out);
    url::refuse_dot_part(start, out.buffer());
}

/// A dynamic part of a URL built from parts, after a `?`
/// ([`Sink::UrlQuery`](vetted_rules::sink::Sink::UrlQuery)).
#[inline]
pub fn url_query<T: RenderPart + ?Sized>(value: &T, out: &mut Html) {
    value.render_part(PartEncoding::QUERY, out);
}

/// A dynamic part of a URL built from parts, after a `#`
/// ([`Sink::UrlFragment`](vetted_rules::sink::Sink::UrlFragment)).
#[inline]
pub fn url_fragment<T: RenderPart + ?Sized>(value: &T, out: &mut Html) {
    value.render_part(PartEncoding::FRAGMENT, out);
}

/// A dynamic part of a plain attribute built from parts, escaped
/// ([`Sink::AttributePart`](vetted_rules::sink::Sink::AttributePart)).
#[inline]
pub fn attribute_part<T: RenderPart + ?Sized>(value: &T, out: &mut Html) {
    value.render_part(PartEncoding::ATTRIBUTE, out);
}
