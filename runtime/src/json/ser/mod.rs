//! The `serde::Serializer`s: [`Serializer`] for values inside the top-level object, with
//! [`Root`] for the top-level value (objects only) and [`Key`] for map keys. All three write
//! straight into the output `String`.

use alloc::string::String;
use core::fmt;

use serde::ser::{self, Serialize};

use super::write;
use super::{JsonError, MAX_DEPTH};

mod key;
mod root;

use key::Key;
pub(super) use root::Root;

/// Writes values into `out`, counting how deep arrays and objects nest and remembering the
/// first error, so an error a `Serialize` impl swallows still fails the whole value.
pub(super) struct Serializer<'o> {
    out: &'o mut String,
    depth: usize,
    error: Option<JsonError>,
}

impl<'o> Serializer<'o> {
    pub(super) fn new(out: &'o mut String) -> Self {
        Self {
            out,
            depth: 0,
            error: None,
        }
    }

    /// The verdict on a whole top-level value, given what its `Serialize` impl returned: the
    /// first error seen, even one the impl swallowed.
    pub(super) fn finish(self, result: Result<(), JsonError>) -> Result<(), JsonError> {
        match self.error {
            Some(error) => Err(error),
            None => result,
        }
    }

    /// Records `error` if it is the first, and gives it back.
    fn fail(&mut self, error: JsonError) -> JsonError {
        if self.error.is_none() {
            self.error = Some(error.clone());
        }
        error
    }

    /// Writes a nested value, remembering its error.
    ///
    /// (A `Serialize` impl cannot return `Ok` without writing exactly one value: it has no
    /// other way to make the `Ok` value than calling the serializer once, or `end`.)
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        value
            .serialize(&mut *self)
            .map_err(|error| self.fail(error))
    }

    /// Writes a map key as a string, remembering its error.
    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), JsonError> {
        key.serialize(Key(&mut *self))
            .map_err(|error| self.fail(error))
    }

    /// Opens an array or object (inside `{"variant":` when `variant` is given) that `close`
    /// will end; each bracket in `close` is one level of nesting.
    fn open<'a>(
        &'a mut self,
        variant: Option<&str>,
        open: char,
        close: &'static str,
    ) -> Result<Compound<'a, 'o>, JsonError> {
        if self.depth + close.len() > MAX_DEPTH {
            return Err(self.fail(JsonError::TooDeep));
        }
        self.depth += close.len();
        if let Some(variant) = variant {
            self.out.push('{');
            write::string(variant, self.out);
            self.out.push(':');
        }
        self.out.push(open);
        Ok(Compound {
            ser: self,
            first: true,
            close,
            awaiting_value: false,
        })
    }

    fn float(&mut self, value: f64, finite: impl FnOnce(&mut String)) -> Result<(), JsonError> {
        match non_finite_name(value) {
            Some(name) => Err(self.fail(JsonError::NonFiniteFloat { value: name })),
            None => {
                finite(self.out);
                Ok(())
            }
        }
    }

    fn display<T: fmt::Display + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.out.push('"');
        let written = fmt::write(
            &mut write::StringContents(self.out),
            format_args!("{value}"),
        );
        if written.is_err() {
            return Err(self.fail(JsonError::Custom(DISPLAY_FAILED.into())));
        }
        self.out.push('"');
        Ok(())
    }
}

const KEY_TWICE: &str = "wrote two map keys in a row; call `serialize_value` after each key";
const KEY_WITHOUT_VALUE: &str =
    "ended a map after a key without its value; call `serialize_value` after each key";
const VALUE_WITHOUT_KEY: &str = "wrote a map value without a key; call `serialize_key` first";
const DISPLAY_FAILED: &str = "a `Display` impl returned an error while being written as a string";

fn misuse(problem: &'static str) -> JsonError {
    JsonError::BrokenSerialize { problem }
}

fn non_finite_name(value: f64) -> Option<&'static str> {
    if value.is_nan() {
        Some("NaN")
    } else if value == f64::INFINITY {
        Some("inf")
    } else if value == f64::NEG_INFINITY {
        Some("-inf")
    } else {
        None
    }
}

macro_rules! integers {
    ($($method:ident: $int:ty),* $(,)?) => {$(
        fn $method(self, value: $int) -> Result<(), JsonError> {
            write::integer(value, self.out);
            Ok(())
        }
    )*};
}

impl<'a, 'o> ser::Serializer for &'a mut Serializer<'o> {
    type Ok = ();
    type Error = JsonError;
    type SerializeSeq = Compound<'a, 'o>;
    type SerializeTuple = Compound<'a, 'o>;
    type SerializeTupleStruct = Compound<'a, 'o>;
    type SerializeTupleVariant = Compound<'a, 'o>;
    type SerializeMap = Compound<'a, 'o>;
    type SerializeStruct = Compound<'a, 'o>;
    type SerializeStructVariant = Compound<'a, 'o>;

    fn serialize_bool(self, value: bool) -> Result<(), JsonError> {
        self.out.push_str(if value { "true" } else { "false" });
        Ok(())
    }

    integers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128,
    );

    fn serialize_f32(self, value: f32) -> Result<(), JsonError> {
        self.float(f64::from(value), |out| write::finite_float(value, out))
    }

    fn serialize_f64(self, value: f64) -> Result<(), JsonError> {
        self.float(value, |out| write::finite_float(value, out))
    }

    fn serialize_char(self, value: char) -> Result<(), JsonError> {
        write::string(value.encode_utf8(&mut [0; 4]), self.out);
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Result<(), JsonError> {
        write::string(value, self.out);
        Ok(())
    }

    /// An array of numbers, as `serde_json` writes bytes.
    fn serialize_bytes(self, value: &[u8]) -> Result<(), JsonError> {
        let array = self.open(None, '[', "]")?;
        for (i, byte) in value.iter().enumerate() {
            if i > 0 {
                array.ser.out.push(',');
            }
            write::integer(*byte, array.ser.out);
        }
        ser::SerializeSeq::end(array)
    }

    fn serialize_none(self) -> Result<(), JsonError> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), JsonError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), JsonError> {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), JsonError> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), JsonError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), JsonError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), JsonError> {
        let object = self.open(None, '{', "}")?;
        write::string(variant, object.ser.out);
        object.ser.out.push(':');
        object.ser.value(value)?;
        object.finish()
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(None, '[', "]")
    }

    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(None, '[', "]")
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(None, '[', "]")
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(Some(variant), '[', "]}")
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(None, '{', "}")
    }

    /// Every struct is an ordinary object, whatever its name: `serde_json`'s private names
    /// (`RawValue`, arbitrary-precision numbers) get no special treatment, so nothing is
    /// ever copied into the output unescaped.
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(None, '{', "}")
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, JsonError> {
        self.open(Some(variant), '{', "}}")
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), JsonError> {
        self.display(value)
    }
}

/// An array or object being written; `close` ends it.
pub(super) struct Compound<'a, 'o> {
    ser: &'a mut Serializer<'o>,
    first: bool,
    close: &'static str,
    /// A map key was written and its value was not.
    awaiting_value: bool,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.ser.out.push(',');
        }
        self.first = false;
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), JsonError> {
        self.comma();
        write::string(key, self.ser.out);
        self.ser.out.push(':');
        self.ser.value(value)
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.comma();
        self.ser.value(value)
    }

    fn finish(self) -> Result<(), JsonError> {
        if self.awaiting_value {
            return Err(self.ser.fail(misuse(KEY_WITHOUT_VALUE)));
        }
        self.ser.out.push_str(self.close);
        self.ser.depth -= self.close.len();
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.element(value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.element(value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.element(value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        self.element(value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), JsonError> {
        if self.awaiting_value {
            return Err(self.ser.fail(misuse(KEY_TWICE)));
        }
        self.comma();
        self.ser.key(key)?;
        self.ser.out.push(':');
        self.awaiting_value = true;
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonError> {
        if !self.awaiting_value {
            return Err(self.ser.fail(misuse(VALUE_WITHOUT_KEY)));
        }
        self.awaiting_value = false;
        self.ser.value(value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsonError> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsonError> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), JsonError> {
        self.finish()
    }
}
