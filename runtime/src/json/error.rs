//! [`JsonError`]: every way serializing a value as HTML-safe JSON can fail.

use alloc::string::String;
use core::fmt;

use super::MAX_DEPTH;

/// Why a value could not be written as HTML-safe JSON. Nothing is written when this is returned.
///
/// Each variant's `Display` is a lowercase message saying what went wrong and how to fix it.
///
/// ```
/// use vetted::{Json, JsonError};
///
/// let error = Json::new(&[1, 2, 3]).unwrap_err();
/// assert_eq!(error, JsonError::NotAnObject { found: "an array" });
/// assert_eq!(
///     error.to_string(),
///     "the top-level value is an array, not an object; wrap it in a struct or a map",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonError {
    /// The value does not serialize as a JSON object: only objects are accepted at the top
    /// level, so the JSON is a map of named fields that can grow without breaking readers.
    /// `found` says what it is instead: `"an array"`, `"a string"`, `"a number"`,
    /// `"a boolean"` or `"null"`.
    ///
    /// ```
    /// use vetted::{Json, JsonError};
    /// assert_eq!(Json::new("hi"), Err(JsonError::NotAnObject { found: "a string" }));
    /// assert_eq!(Json::new(&None::<u8>), Err(JsonError::NotAnObject { found: "null" }));
    /// ```
    NotAnObject {
        /// What the value serializes as.
        found: &'static str,
    },
    /// A float is `NaN` or infinite, which JSON cannot write (`serde_json` writes `null` in its
    /// place, silently changing the data). `value` is `"NaN"`, `"inf"` or `"-inf"`.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use vetted::{Json, JsonError};
    ///
    /// let ratio = BTreeMap::from([("ratio", f64::NAN)]);
    /// assert_eq!(Json::new(&ratio), Err(JsonError::NonFiniteFloat { value: "NaN" }));
    /// ```
    NonFiniteFloat {
        /// The float, as Rust writes it.
        value: &'static str,
    },
    /// A map key does not serialize as a string, an integer, a float, a `bool`, a `char` or a
    /// unit enum variant (the keys JSON can spell as strings). `found` says what it is:
    /// `"an array"`, `"an object"` or `"null"` (raw JSON as a key holds one of those).
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use vetted::{Json, JsonError};
    ///
    /// let by_pair = BTreeMap::from([((1, 2), "a")]);
    /// assert_eq!(Json::new(&by_pair), Err(JsonError::KeyNotString { found: "an array" }));
    /// ```
    KeyNotString {
        /// What the key serializes as.
        found: &'static str,
    },
    /// Arrays and objects are nested more than [`MAX_DEPTH`] deep.
    ///
    /// ```
    /// use serde::ser::{Serialize, SerializeMap, Serializer};
    /// use vetted::{Json, JsonError, json::MAX_DEPTH};
    ///
    /// /// `{"a":{"a":…{}…}}`, `self.0` objects deep.
    /// struct Nest(usize);
    ///
    /// impl Serialize for Nest {
    ///     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
    ///         let mut map = serializer.serialize_map(None)?;
    ///         if self.0 > 1 {
    ///             map.serialize_entry("a", &Nest(self.0 - 1))?;
    ///         }
    ///         map.end()
    ///     }
    /// }
    ///
    /// assert!(Json::new(&Nest(MAX_DEPTH)).is_ok());
    /// assert_eq!(Json::new(&Nest(MAX_DEPTH + 1)), Err(JsonError::TooDeep));
    /// ```
    TooDeep,
    /// A `Serialize` impl broke the map protocol: it wrote two keys in a row, a value without
    /// a key, or ended the map after a key without its value. `problem` says which, and how to
    /// fix it. (`serde_json` writes malformed JSON for such impls.)
    ///
    /// Also a struct that takes one of `serde_json`'s private names
    /// (`$serde_json::private::RawValue`, `$serde_json::private::Number`) with anything but
    /// the one string field of that name `serde_json` writes, including a `RawValue` inside an
    /// internally tagged enum (serde adds the tag as a field).
    ///
    /// ```
    /// use serde::ser::{Serialize, SerializeMap, Serializer};
    /// use vetted::{Json, JsonError};
    ///
    /// struct Stutter;
    /// impl Serialize for Stutter {
    ///     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
    ///         let mut map = serializer.serialize_map(None)?;
    ///         map.serialize_key("a")?;
    ///         map.serialize_key("b")?;
    ///         map.end()
    ///     }
    /// }
    /// assert!(matches!(Json::new(&Stutter), Err(JsonError::BrokenSerialize { .. })));
    /// ```
    BrokenSerialize {
        /// What the impl did wrong, and the fix.
        problem: &'static str,
    },
    /// `serde_json`'s raw JSON (`serde_json::value::RawValue`, which is written as the JSON it
    /// holds) is not one valid JSON value (RFC 8259). `problem` says what is wrong, at byte
    /// `at` of the raw text. Nothing of the text is written.
    ///
    /// A `RawValue` is checked when it is made, so this comes from a `Serialize` impl that uses
    /// `serde_json`'s private name for it with text of its own: vetted checks the text rather
    /// than trusting the name.
    ///
    /// ```
    /// use serde::ser::{Serialize, SerializeStruct, Serializer};
    /// use vetted::{Json, JsonError};
    ///
    /// /// Claims to be a `RawValue`.
    /// struct Fake(&'static str);
    /// impl Serialize for Fake {
    ///     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
    ///         let name = "$serde_json::private::RawValue";
    ///         let mut raw = serializer.serialize_struct(name, 1)?;
    ///         raw.serialize_field(name, self.0)?;
    ///         raw.end()
    ///     }
    /// }
    /// assert_eq!(Json::new(&Fake(r#"{"a":1}"#))?.as_str(), r#"{"a":1}"#);
    /// assert_eq!(
    ///     Json::new(&Fake("{}</script>")),
    ///     Err(JsonError::InvalidRawJson { problem: "more text after the value", at: 2 }),
    /// );
    /// # Ok::<(), JsonError>(())
    /// ```
    InvalidRawJson {
        /// What is wrong with the text.
        problem: &'static str,
        /// Where, as a byte offset into the raw text.
        at: usize,
    },
    /// An arbitrary-precision `serde_json::Number` (with `serde_json`'s `arbitrary_precision`
    /// feature, which any crate in the build can switch on, a number is written as its digits)
    /// holds text that is not a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    /// `problem` says what is wrong.
    ///
    /// Numbers `serde_json` parses or makes are valid; this comes from
    /// `Number::from_string_unchecked`, or from a `Serialize` impl that uses `serde_json`'s
    /// private name for numbers.
    ///
    /// ```
    /// use serde::ser::{Serialize, SerializeStruct, Serializer};
    /// use std::collections::BTreeMap;
    /// use vetted::{Json, JsonError};
    ///
    /// /// What an arbitrary-precision `serde_json::Number` writes.
    /// struct Digits(&'static str);
    /// impl Serialize for Digits {
    ///     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
    ///         let name = "$serde_json::private::Number";
    ///         let mut number = serializer.serialize_struct(name, 1)?;
    ///         number.serialize_field(name, self.0)?;
    ///         number.end()
    ///     }
    /// }
    /// let big = BTreeMap::from([("n", Digits("123456789012345678901234567890"))]);
    /// assert_eq!(Json::new(&big)?.as_str(), r#"{"n":123456789012345678901234567890}"#);
    /// assert_eq!(
    ///     Json::new(&BTreeMap::from([("n", Digits("NaN"))])),
    ///     Err(JsonError::InvalidNumber { problem: "expected `-` or a digit" }),
    /// );
    /// # Ok::<(), JsonError>(())
    /// ```
    InvalidNumber {
        /// What is wrong with the text.
        problem: &'static str,
    },
    /// A `Serialize` impl failed with this message (`serde::ser::Error::custom`), or a
    /// `Display` impl used for a string (`collect_str`) returned an error.
    ///
    /// ```
    /// use serde::{Serialize, Serializer, ser::Error};
    /// use vetted::{Json, JsonError};
    ///
    /// struct Locked;
    /// impl Serialize for Locked {
    ///     fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
    ///         Err(S::Error::custom("the mutex is poisoned"))
    ///     }
    /// }
    /// assert_eq!(Json::new(&Locked), Err(JsonError::Custom("the mutex is poisoned".into())));
    /// ```
    Custom(String),
}

impl fmt::Display for JsonError {
    /// ```
    /// let error = vetted::JsonError::TooDeep;
    /// assert!(error.to_string().starts_with("arrays and objects are nested more than 128 deep"));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAnObject { found } => write!(
                f,
                "the top-level value is {found}, not an object; wrap it in a struct or a map",
            ),
            Self::NonFiniteFloat { value } => write!(
                f,
                "the float `{value}` has no JSON form; use an `Option` (`null`) or a string for it",
            ),
            Self::KeyNotString { found } => write!(
                f,
                "a map key is {found}, not a string; use string, integer, float, `bool`, `char` \
                 or unit enum variant keys",
            ),
            Self::TooDeep => write!(
                f,
                "arrays and objects are nested more than {MAX_DEPTH} deep; flatten the data",
            ),
            Self::BrokenSerialize { problem } => write!(f, "a `Serialize` impl {problem}"),
            Self::InvalidRawJson { problem, at } => write!(
                f,
                "raw JSON (a `serde_json` `RawValue`) is not valid JSON: {problem} at byte {at}; \
                 make it with `RawValue::from_string`, which checks it",
            ),
            Self::InvalidNumber { problem } => write!(
                f,
                "an arbitrary-precision `serde_json::Number` is not a JSON number: {problem}; \
                 make it by parsing JSON or with `Number::from_f64`",
            ),
            Self::Custom(message) => f.write_str(message),
        }
    }
}

impl core::error::Error for JsonError {}

impl serde::ser::Error for JsonError {
    /// ```
    /// use serde::ser::Error;
    /// let error = vetted::JsonError::custom(format_args!("bad id {}", 7));
    /// assert_eq!(error.to_string(), "bad id 7");
    /// ```
    fn custom<T: fmt::Display>(message: T) -> Self {
        let mut text = String::new();
        // `String` never fails to grow; a failing `Display` keeps what it wrote.
        let _ = fmt::write(&mut text, format_args!("{message}"));
        Self::Custom(text)
    }
}
