//! HTML-safe JSON: data from any `serde::Serialize` value, written so it can sit in an HTML
//! attribute or a `<script>` element and still be read back as exactly that data.
//!
//! [`Json::new`] serializes a value with this module's own serializer, straight into one
//! `String` (no `serde_json`, no intermediate value, each string scanned once). The result is
//! what `serde_json::to_string` writes, except that five characters that mean something to an
//! HTML parser or to old JavaScript engines are escaped inside strings and keys:
//!
//! ```
//! use std::collections::BTreeMap;
//! use serde::ser::{Serialize, SerializeStruct, Serializer};
//! use vetted::{Json, html};
//!
//! // With serde's `derive` feature this is `#[derive(Serialize)]`; the impl it writes is hidden.
//! struct Todo {
//!     title: String,
//!     done: bool,
//!     tags: Vec<&'static str>,
//! }
//! # impl Serialize for Todo {
//! #     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//! #         let mut todo = serializer.serialize_struct("Todo", 3)?;
//! #         todo.serialize_field("title", &self.title)?;
//! #         todo.serialize_field("done", &self.done)?;
//! #         todo.serialize_field("tags", &self.tags)?;
//! #         todo.end()
//! #     }
//! # }
//!
//! let todo = Todo { title: "</script> & <!--".into(), done: false, tags: vec!["a\u{2028}b"] };
//! let json = Json::new(&todo)?;
//! assert_eq!(
//!     json.as_str(),
//!     r#"{"title":"\u003c/script\u003e \u0026 \u003c!--","done":false,"tags":["a\u2028b"]}"#,
//! );
//!
//! // As an attribute value: the attribute escaping turns `"` into `&#34;`, which the browser
//! // decodes back, so `element.dataset.state` is the JSON text exactly.
//! let page = html! { <div id="app" data-state={json}></div> };
//! assert_eq!(
//!     page.as_str(),
//!     concat!(
//!         r#"<div id="app" data-state="{&#34;title&#34;:&#34;\u003c/script\u003e \u0026 "#,
//!         r#"\u003c!--&#34;,&#34;done&#34;:false,&#34;tags&#34;:[&#34;a\u2028b&#34;]}">"#,
//!         "</div>",
//!     ),
//! );
//! # Ok::<(), vetted::JsonError>(())
//! ```
//!
//! The page reads it back with `JSON.parse`, getting the struct's fields with every character
//! as the Rust strings held them:
//!
//! ```js
//! // From the attribute written above:
//! const todo = JSON.parse(document.getElementById("app").dataset.state);
//! todo.title; // "</script> & <!--"
//! // From `<script type="application/json" id="d">` + the same text + `</script>`:
//! const same = JSON.parse(document.getElementById("d").textContent);
//! ```
//!
//! The same text is safe as the whole body of `<script type="application/json" id="d">` (read
//! with `JSON.parse(document.getElementById("d").textContent)`) or as an expression in a script
//! (`const d = {…};`): it holds no `<`, so nothing in it can close the element (`</script>`),
//! open a comment (`<!--`) or start a tag, and it is valid JavaScript as well as JSON. `html!`
//! accepts it in both places:
//!
//! ```
//! # use std::collections::BTreeMap;
//! let json = vetted::Json::new(&BTreeMap::from([("note", "</script>")]))?;
//! let page = vetted::html! {
//!     <script type="application/json" id="d">{json}</script>
//!     <script>"const d = " {json} ";"</script>
//! };
//! assert_eq!(
//!     page.as_str(),
//!     concat!(
//!         r#"<script type="application/json" id="d">{"note":"\u003c/script\u003e"}</script>"#,
//!         r#"<script>const d = {"note":"\u003c/script\u003e"};</script>"#,
//!     ),
//! );
//! # Ok::<(), vetted::JsonError>(())
//! ```
//!
//! # The canonical form
//!
//! Compact JSON, byte for byte what `serde_json::to_string` writes for the same value, apart
//! from the five escapes marked ★:
//!
//! - No whitespace between tokens. Object members in the order the `Serialize` impl writes
//!   them: declaration order for structs, iteration order for maps (sorted for `BTreeMap`).
//! - Strings and keys: `"` and `\` as `\"` and `\\`; U+0008, U+0009, U+000A, U+000C and
//!   U+000D as `\b`, `\t`, `\n`, `\f`, `\r`; the other characters below U+0020 as `\u00XX`
//!   with lowercase hex (`\u001f`); ★ `<`, `>`, `&` as `\u003c`, `\u003e`, `\u0026`;
//!   ★ U+2028 and U+2029 (line terminators inside string literals for JavaScript before
//!   ES2019) as `\u2028` and `\u2029`. Everything else is written as it is, in UTF-8,
//!   including `/`, `'`, U+007F and other control characters above U+001F.
//! - Integers (up to `i128` and `u128`) in decimal. Finite floats in the shortest form that
//!   reads back as the same value, with `.0` on whole numbers (`1.0`, `-0.0`) and an exponent
//!   outside `1e-5 ≤ |x| < 1e16`, signed: `1e-7`, `1e+16`, `1.5e+300`. An `f32` gets the
//!   shortest digits for an `f32` (`0.1_f32` is `0.1`).
//! - `true`, `false`; `None` and `()` as `null`; bytes as an array of numbers.
//! - Enums as serde writes them: `"Unit"`, `{"Newtype":…}`, `{"Tuple":[…]}`,
//!   `{"Struct":{…}}`; `#[serde(tag, content, untagged, flatten)]` work as with `serde_json`.
//!   Newtype structs and `Some` are written as the value inside.
//! - Structs as objects, except two of `serde_json`'s, which serialize as a struct with a
//!   private name holding JSON text and are written as that text, checked first (see
//!   [`JsonError::InvalidRawJson`] and [`JsonError::InvalidNumber`]):
//!   - raw JSON (`serde_json::value::RawValue`), read token by token and written again in this
//!     form: the whitespace between tokens dropped; numbers, `true`, `false`, `null` and the
//!     escapes in its strings kept as they are (`\u0041` stays `\u0041`); ★ `<`, `>`, `&`,
//!     U+2028 and U+2029 escaped where its strings and keys hold them unescaped.
//!   - an arbitrary-precision `serde_json::Number` (with `serde_json`'s `arbitrary_precision`
//!     feature, which any crate in a build can switch on for all): its digits as they are.
//!
//! ```
//! use std::collections::BTreeMap;
//! use serde::ser::{Serialize, SerializeStruct, Serializer};
//!
//! /// What `serde_json::value::RawValue` writes (with serde_json's `raw_value` feature, this
//! /// is `Box<RawValue>` made with `RawValue::from_string`).
//! struct Raw(&'static str);
//! impl Serialize for Raw {
//!     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//!         let name = "$serde_json::private::RawValue";
//!         let mut raw = serializer.serialize_struct(name, 1)?;
//!         raw.serialize_field(name, self.0)?;
//!         raw.end()
//!     }
//! }
//!
//! let cached = Raw(r#"{ "title": "</script>", "n": 1.50 }"#);
//! let json = vetted::Json::new(&BTreeMap::from([("cached", cached)]))?;
//! assert_eq!(json.as_str(), r#"{"cached":{"title":"\u003c/script\u003e","n":1.50}}"#);
//! # Ok::<(), vetted::JsonError>(())
//! ```
//!
//! # What is refused
//!
//! Each of these is a [`JsonError`], never a panic, and nothing is written:
//!
//! - A top-level value that is not a JSON object ([`JsonError::NotAnObject`]). Maps, structs,
//!   struct variants and the other data-holding variants (`{"Variant":…}`) are objects; `Some`
//!   and newtype structs around one of those are too, and raw JSON holding one.
//! - `NaN` and infinite floats anywhere ([`JsonError::NonFiniteFloat`]); `serde_json` writes
//!   `null` for them.
//! - A map key that JSON cannot spell as a string ([`JsonError::KeyNotString`]). As with
//!   `serde_json`, string, `char` and unit-variant keys are written as they are, and integer,
//!   finite float and `bool` keys as their JSON text in quotes (`{"1":…}`, `{"0.5":…}`,
//!   `{"true":…}`); `Some` and newtype structs around a key are looked through. Keys that
//!   are `None`, `()`, sequences, maps, structs or data-holding variants are refused. An
//!   arbitrary-precision `Number` key is its digits in quotes (where `serde_json` refuses
//!   it), and a raw JSON key is taken as the value it holds: a string, or a number or boolean
//!   in quotes.
//! - Arrays and objects nested more than [`MAX_DEPTH`] deep ([`JsonError::TooDeep`]),
//!   counting those inside raw JSON.
//! - Raw JSON that is not one valid JSON value ([`JsonError::InvalidRawJson`]), and an
//!   arbitrary-precision number that is not a JSON number ([`JsonError::InvalidNumber`]).
//!   `serde_json` checks what it makes, but these structs' names are no proof of that: any
//!   `Serialize` impl can use them, so their text is checked every time.
//! - A `Serialize` impl that breaks the map protocol, or uses one of `serde_json`'s private
//!   struct names for anything but one string field ([`JsonError::BrokenSerialize`]), or that
//!   fails on its own ([`JsonError::Custom`], with its message). The first error is reported
//!   even when an outer `Serialize` impl ignores it and carries on.

mod error;
mod raw;
mod ser;
use crate::json_text as write;

use alloc::string::String;
use core::fmt;

use serde::Serialize;

pub use error::JsonError;

use crate::context::Sealed;
use crate::{
    Attribute, Html, Render, RenderAttribute, RenderJsonScript, RenderLibraryCode,
    RenderLibraryJson, RenderScript,
};

/// How deeply arrays and objects may nest: the top-level object is level 1, and a value
/// nested deeper than this is [`JsonError::TooDeep`]. A data-holding enum variant counts the
/// object around it (`{"Struct":{…}}` is two levels), and the arrays and objects inside raw
/// JSON (`serde_json`'s `RawValue`) count with the levels around it.
///
/// The limit keeps serializing hostile, deeply nested data from overflowing the stack. It is
/// the number `serde_json`'s reader counts down from, so that reader accepts one level less
/// (127); browsers' `JSON.parse` reads far deeper.
///
/// ```
/// use std::collections::BTreeMap;
/// use vetted::json::MAX_DEPTH;
///
/// let two_levels = BTreeMap::from([("list", vec![1, 2])]);
/// assert!(vetted::Json::new(&two_levels).is_ok());
/// assert_eq!(MAX_DEPTH, 128);
/// ```
pub const MAX_DEPTH: usize = 128;

/// A JSON object in the [canonical form](self#the-canonical-form), safe in HTML: made only by
/// serializing a value, so it never holds `<`, `>`, `&`, U+2028 or U+2029 outside an escape.
///
/// In element content it renders as text, in an attribute as the attribute's value (the
/// browser decodes the attribute back to exactly this JSON).
///
/// ```
/// use std::collections::BTreeMap;
/// use vetted::{Json, html};
///
/// let state = Json::new(&BTreeMap::from([("user", "<Ada>")]))?;
/// let page = html! { <main data-state={state}>{state}</main> };
/// assert_eq!(
///     page.as_str(),
///     r#"<main data-state="{&#34;user&#34;:&#34;\u003cAda\u003e&#34;}">{"user":"\u003cAda\u003e"}</main>"#,
/// );
/// # Ok::<(), vetted::JsonError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Json {
    text: String,
}

impl Json {
    /// Serializes `value`, which must serialize as a JSON object.
    ///
    /// # Errors
    ///
    /// Any [`JsonError`]: see [what is refused](self#what-is-refused).
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use vetted::{Json, JsonError};
    ///
    /// let scores = BTreeMap::from([(2, 0.5), (1, 1e21)]);
    /// assert_eq!(Json::new(&scores)?.as_str(), r#"{"1":1e+21,"2":0.5}"#);
    /// assert_eq!(Json::new(&42), Err(JsonError::NotAnObject { found: "a number" }));
    /// # Ok::<(), JsonError>(())
    /// ```
    pub fn new<T: Serialize + ?Sized>(value: &T) -> Result<Self, JsonError> {
        // `serde_json::to_string` starts with the same: most small objects fit without growing.
        let mut text = String::with_capacity(128);
        write_json(value, &mut text)?;
        Ok(Self { text })
    }

    /// The JSON text.
    ///
    /// ```
    /// let json = vetted::Json::new(&std::collections::BTreeMap::from([("a", [1, 2])]))?;
    /// assert_eq!(json.as_str(), r#"{"a":[1,2]}"#);
    /// # Ok::<(), vetted::JsonError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The JSON text as an owned `String`, without copying.
    ///
    /// ```
    /// let json = vetted::Json::new(&std::collections::BTreeMap::from([("ok", true)]))?;
    /// let text: String = json.into_string();
    /// assert_eq!(text, r#"{"ok":true}"#);
    /// # Ok::<(), vetted::JsonError>(())
    /// ```
    #[must_use]
    pub fn into_string(self) -> String {
        self.text
    }

    /// The text, for a `<script>` body: it holds no `<`, so it cannot end the element or open
    /// a comment there, and it is a valid JavaScript expression.
    pub(crate) fn script_text(&self) -> &str {
        &self.text
    }
}

/// Serializes `value` as a JSON object and appends it to `out`; on error, `out` holds exactly
/// what it held before (its capacity may have grown).
///
/// This is [`Json::new`] for a buffer the caller already has (a page being built, a response
/// body), with no second allocation.
///
/// # Errors
///
/// Any [`JsonError`]: see [what is refused](self#what-is-refused).
///
/// ```
/// use std::collections::BTreeMap;
/// use vetted::json::write_json;
///
/// let mut out = String::from("const d = ");
/// write_json(&BTreeMap::from([("n", 1)]), &mut out)?;
/// assert_eq!(out, r#"const d = {"n":1}"#);
///
/// assert!(write_json(&BTreeMap::from([("n", f64::INFINITY)]), &mut out).is_err());
/// assert_eq!(out, r#"const d = {"n":1}"#);
/// # Ok::<(), vetted::JsonError>(())
/// ```
pub fn write_json<T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result<(), JsonError> {
    let start = out.len();
    let mut serializer = ser::Serializer::new(out);
    let result = value.serialize(ser::Root(&mut serializer));
    let result = serializer.finish(result);
    if result.is_err() {
        out.truncate(start);
    }
    result
}

impl fmt::Debug for Json {
    /// ```
    /// let json = vetted::Json::new(&std::collections::BTreeMap::from([("a", 1)]))?;
    /// assert_eq!(format!("{json:?}"), r#"Json("{\"a\":1}")"#);
    /// # Ok::<(), vetted::JsonError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Json").field(&self.text).finish()
    }
}

impl fmt::Display for Json {
    /// Writes the JSON text as it is.
    ///
    /// ```
    /// let json = vetted::Json::new(&std::collections::BTreeMap::from([("a", "<")]))?;
    /// assert_eq!(json.to_string(), r#"{"a":"\u003c"}"#);
    /// # Ok::<(), vetted::JsonError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Render for Json {
    /// Appends the JSON as text (escaping changes nothing: it holds no `&`, `<`, `>` or CR).
    ///
    /// ```
    /// let json = vetted::Json::new(&std::collections::BTreeMap::from([("a", "&")]))?;
    /// assert_eq!(vetted::html! { <pre>{json}</pre> }.as_str(), "<pre>\n{\"a\":\"\\u0026\"}</pre>");
    /// # Ok::<(), vetted::JsonError>(())
    /// ```
    fn render_to(&self, out: &mut Html) {
        out.push_text(&self.text);
    }
}

impl RenderAttribute for Json {
    /// Writes the JSON as the attribute's value, its quotes escaped as `&#34;`.
    ///
    /// ```
    /// let json = vetted::Json::new(&std::collections::BTreeMap::from([("a", 1)]))?;
    /// assert_eq!(
    ///     vetted::html! { <i data-json={json}></i> }.as_str(),
    ///     r#"<i data-json="{&#34;a&#34;:1}"></i>"#,
    /// );
    /// # Ok::<(), vetted::JsonError>(())
    /// ```
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value(&self.text);
    }
}

impl Sealed for Json {}

impl RenderScript for Json {
    #[inline]
    fn render_script(&self, out: &mut Html) {
        // HTML-safe JSON holds no `<`, `>` or `&`: it cannot end the element or open a comment,
        // and it is a JavaScript expression.
        out.push_trusted(self.script_text());
    }
}

impl RenderJsonScript for Json {
    #[inline]
    fn render_json_script(&self, out: &mut Html) {
        out.push_trusted(self.script_text());
    }
}

impl<L> RenderLibraryCode<L> for Json {
    /// An object literal: data in any expression a front-end library evaluates.
    #[inline]
    fn render_library_code(&self, attr: Attribute<'_>) {
        attr.value(&self.text);
    }
}

impl<L> RenderLibraryJson<L> for Json {
    /// An object, which never starts with `js:`.
    #[inline]
    fn render_library_json(&self, attr: Attribute<'_>) {
        attr.value(&self.text);
    }
}
