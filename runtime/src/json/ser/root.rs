//! [`Root`]: the top-level value must be a JSON object.

use core::fmt;

use serde::ser::{self, Impossible, Serialize};

use super::{Compound, Error, Place, Serializer};
use crate::json::JsonError;

/// The top-level value: accepts what serializes as a JSON object and refuses the rest.
///
/// Maps, structs and enum variants holding data (`{"Variant":…}`) are objects; `Some` and
/// newtype structs are looked through, as `serde_json` does.
pub(in crate::json) struct Root<'a, 'o>(pub(in crate::json) &'a mut Serializer<'o>);

impl Root<'_, '_> {
    fn not_an_object<T>(self, found: &'static str) -> Result<T, Error> {
        Err(self.0.refuse(JsonError::NotAnObject { found }))
    }
}

macro_rules! refuse {
    ($found:literal: $($method:ident($($arg:ty),*)),* $(,)?) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), Error> {
            self.not_an_object($found)
        }
    )*};
}

impl<'a, 'o> ser::Serializer for Root<'a, 'o> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Compound<'a, 'o>;
    type SerializeMap = Compound<'a, 'o>;
    type SerializeStruct = Compound<'a, 'o>;
    type SerializeStructVariant = Compound<'a, 'o>;

    refuse!("a boolean": serialize_bool(bool));
    refuse!("a number":
        serialize_i8(i8), serialize_i16(i16), serialize_i32(i32), serialize_i64(i64),
        serialize_i128(i128), serialize_u8(u8), serialize_u16(u16), serialize_u32(u32),
        serialize_u64(u64), serialize_u128(u128), serialize_f32(f32), serialize_f64(f64),
    );
    refuse!("a string":
        serialize_char(char), serialize_str(&str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );
    refuse!("an array": serialize_bytes(&[u8]));
    refuse!("null": serialize_none(), serialize_unit(), serialize_unit_struct(&'static str));

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::Serializer::serialize_newtype_variant(self.0, name, index, variant, value)
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        self.not_an_object("an array")
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        self.not_an_object("an array")
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        self.not_an_object("an array")
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'o>, Error> {
        ser::Serializer::serialize_tuple_variant(self.0, name, index, variant, len)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a, 'o>, Error> {
        ser::Serializer::serialize_map(self.0, len)
    }

    /// An object; `serde_json`'s private structs only when their JSON text is one.
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Compound<'a, 'o>, Error> {
        self.0.open_struct(name, Place::Root)
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'o>, Error> {
        ser::Serializer::serialize_struct_variant(self.0, name, index, variant, len)
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, _value: &T) -> Result<(), Error> {
        self.not_an_object("a string")
    }
}
