//! `serde_json`'s private structs, [`RawValue`](raw::RAW_VALUE) and arbitrary-precision
//! [`Number`](raw::NUMBER): each is one field holding JSON text, written as that text (checked
//! and escaped by [`raw`]) instead of as an object.

use serde::ser::{self, Impossible, Serialize};

use super::{Error, Serializer};
use crate::json::raw::{self, Found};
use crate::json::{JsonError, MAX_DEPTH};

/// One of `serde_json`'s private struct names.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Private {
    RawValue,
    Number,
}

impl Private {
    /// Which private struct `name` is, if any: called once per struct, never per field.
    ///
    /// String equality compares lengths first, so an ordinary struct name (rarely 28 or 30
    /// bytes long) costs two integer comparisons and no byte is read.
    #[inline]
    pub(super) fn of(name: &str) -> Option<Self> {
        match name {
            raw::RAW_VALUE => Some(Self::RawValue),
            raw::NUMBER => Some(Self::Number),
            _ => None,
        }
    }

    /// The struct's name, which is also its one field's.
    fn name(self) -> &'static str {
        match self {
            Self::RawValue => raw::RAW_VALUE,
            Self::Number => raw::NUMBER,
        }
    }

    /// The error for a struct under this name that is not one string field of that name: a
    /// hand-written impl, or serde's internal tagging, which adds the tag as a first field.
    /// Nothing such a struct holds is written, not even as an ordinary object, so the name
    /// cannot be used to get text past the checks in any shape.
    #[cold]
    pub(super) fn misused(self) -> JsonError {
        JsonError::BrokenSerialize {
            problem: match self {
                Self::RawValue => {
                    "used `serde_json`'s private struct name `$serde_json::private::RawValue` \
                     with something other than one string field of that name; only `RawValue` \
                     may use it, and not inside an internally tagged enum"
                }
                Self::Number => {
                    "used `serde_json`'s private struct name `$serde_json::private::Number` \
                     with something other than one string field of that name; only `Number` \
                     may use it, and not inside an internally tagged enum"
                }
            },
        }
    }

    /// Whether `key` is the one field this struct may have.
    #[inline]
    pub(super) fn is_field(self, key: &str) -> bool {
        key == self.name()
    }
}

/// Where a private struct is written, which decides what its text may hold: the same values
/// as anything else written there.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// The top-level value: an object only ([`JsonError::NotAnObject`] otherwise).
    Root,
    /// Anywhere inside: any value.
    Value,
    /// A map key: a string as it is; a number or boolean as its text in quotes, as other number
    /// and `bool` keys are; anything else is [`JsonError::KeyNotString`].
    Key,
}

/// Serializes the one field of a private struct: only a string is accepted, the JSON text.
pub(super) struct Text<'a, 'o> {
    pub(super) ser: &'a mut Serializer<'o>,
    pub(super) private: Private,
    pub(super) place: Place,
}

impl Text<'_, '_> {
    #[cold]
    fn misused<T>(self) -> Result<T, Error> {
        Err(self.ser.refuse(self.private.misused()))
    }
}

macro_rules! misused {
    ($($method:ident($($arg:ty),*)),* $(,)?) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), Error> {
            self.misused()
        }
    )*};
}

impl ser::Serializer for Text<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    /// The JSON text: checked and written for the place ([`Place`]).
    fn serialize_str(self, text: &str) -> Result<(), Error> {
        let ser = self.ser;
        let start = ser.out.len();
        let written = match self.private {
            Private::RawValue => raw::write_raw(text, MAX_DEPTH.saturating_sub(ser.depth), ser.out),
            Private::Number => raw::write_number(text, ser.out).map(|()| Found::Number),
        };
        let found = written.map_err(|error| ser.refuse(error))?;
        match (self.place, found) {
            (Place::Value, _) | (Place::Root, Found::Object) | (Place::Key, Found::String) => {
                Ok(())
            }
            (Place::Root, found) => Err(ser.refuse(JsonError::NotAnObject {
                found: found.name(),
            })),
            (Place::Key, Found::Number | Found::Boolean) => {
                // A key is a string: the number or `true`/`false` in quotes (`start` is where
                // the text began, a character boundary). It is short ASCII, so the shift is
                // cheap.
                ser.out.insert(start, '"');
                ser.out.push('"');
                Ok(())
            }
            (Place::Key, found) => Err(ser.refuse(JsonError::KeyNotString {
                found: found.name(),
            })),
        }
    }

    misused!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        self.misused()
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        self.misused()
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        self.misused()
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        self.misused()
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        self.misused()
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        self.misused()
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.misused()
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        self.misused()
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        self.misused()
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.misused()
    }
}
