//! [`Key`]: map keys, written as JSON strings the way `serde_json` writes them.

use alloc::string::String;
use core::fmt;

use serde::ser::{self, Impossible, Serialize};

use super::{Compound, Error, Place, Private, Serializer, non_finite_name};
use crate::json::{JsonError, write};

/// A map key, written as a JSON string following `serde_json`'s rules: strings, `char`s and
/// unit variants as they are; integers, finite floats and `bool`s as their JSON text in
/// quotes (`"7"`, `"1.5"`, `"true"`); `Some` and newtype structs looked through; anything
/// else is [`JsonError::KeyNotString`]. `serde_json`'s private structs are written as the key
/// their text would be (see [`Place::Key`]), where `serde_json` refuses them.
pub(super) struct Key<'a, 'o>(pub(super) &'a mut Serializer<'o>);

impl Key<'_, '_> {
    fn not_a_string<T>(self, found: &'static str) -> Result<T, Error> {
        Err(self.0.refuse(JsonError::KeyNotString { found }))
    }

    #[inline]
    fn quoted(self, write: impl FnOnce(&mut String)) -> Result<(), Error> {
        self.0.out.push('"');
        write(self.0.out);
        self.0.out.push('"');
        Ok(())
    }
}

macro_rules! quoted_integers {
    ($($method:ident: $int:ty),* $(,)?) => {$(
        #[inline]
        fn $method(self, value: $int) -> Result<(), Error> {
            self.quoted(|out| write::integer(value, out))
        }
    )*};
}

macro_rules! refuse_key {
    ($found:literal: $($method:ident($($arg:ty),*)),* $(,)?) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), Error> {
            self.not_a_string($found)
        }
    )*};
}

impl<'a, 'o> ser::Serializer for Key<'a, 'o> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Compound<'a, 'o>;
    type SerializeStructVariant = Impossible<(), Error>;

    #[inline]
    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.quoted(|out| out.push_str(if value { "true" } else { "false" }))
    }

    quoted_integers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128,
    );

    #[inline]
    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        match non_finite_name(f64::from(value)) {
            Some(name) => Err(self.0.refuse(JsonError::NonFiniteFloat { value: name })),
            None => self.quoted(|out| write::finite_f32(value, out)),
        }
    }

    #[inline]
    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        match non_finite_name(value) {
            Some(name) => Err(self.0.refuse(JsonError::NonFiniteFloat { value: name })),
            None => self.quoted(|out| write::finite_f64(value, out)),
        }
    }

    #[inline]
    fn serialize_char(self, value: char) -> Result<(), Error> {
        ser::Serializer::serialize_char(self.0, value)
    }

    #[inline]
    fn serialize_str(self, value: &str) -> Result<(), Error> {
        ser::Serializer::serialize_str(self.0, value)
    }

    #[inline]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        ser::Serializer::serialize_str(self.0, variant)
    }

    #[inline]
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    refuse_key!("an array": serialize_bytes(&[u8]));
    refuse_key!("null": serialize_none(), serialize_unit(), serialize_unit_struct(&'static str));

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        self.not_a_string("an object")
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        self.not_a_string("an array")
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        self.not_a_string("an array")
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        self.not_a_string("an array")
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.not_a_string("an object")
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        self.not_a_string("an object")
    }

    /// Refused, except `serde_json`'s private structs: an arbitrary-precision number is
    /// written as its text in quotes, like other number keys, and raw JSON as the key its
    /// value would be.
    fn serialize_struct(
        self,
        name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        match Private::of(name) {
            Some(private) => Ok(Compound::private(self.0, private, Place::Key)),
            None => self.not_a_string("an object"),
        }
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.not_a_string("an object")
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.0.display(value)
    }
}
