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
    /// `"an array"`, `"an object"` or `"null"`.
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
