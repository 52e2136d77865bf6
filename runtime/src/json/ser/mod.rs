//! The `serde::Serializer`s: [`Serializer`] for values inside the top-level object, with
//! [`Root`] for the top-level value (objects only) and [`Key`] for map keys. All three write
//! straight into the output `String`; `serde_json`'s private structs go through [`private`].

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use serde::ser::{self, Serialize};

use super::write;
use super::{JsonError, MAX_DEPTH};

mod key;
mod private;
mod root;

use key::Key;
use private::{Place, Private};
pub(super) use root::Root;

/// The error the serializers pass back: a [`JsonError`] behind one pointer.
///
/// Every `serialize_*` call returns a `Result<_, Error>`, so its size is paid on every value:
/// as one non-null pointer, `Result<(), Error>` comes back in a register and is checked with
/// one test, where `Result<(), JsonError>` (three words, for the `String` of
/// [`JsonError::Custom`]) comes back through memory. [`write_json`](super::write_json) unboxes
/// it at the API boundary.
pub(super) struct Error(Box<JsonError>);

impl Error {
    #[cold]
    #[inline(never)]
    fn new(error: JsonError) -> Self {
        Self(Box::new(error))
    }

    fn into_inner(self) -> JsonError {
        *self.0
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl core::error::Error for Error {}

impl ser::Error for Error {
    #[cold]
    fn custom<T: fmt::Display>(message: T) -> Self {
        Self::new(<JsonError as ser::Error>::custom(message))
    }
}

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
    pub(super) fn finish(self, result: Result<(), Error>) -> Result<(), JsonError> {
        match self.error {
            Some(error) => Err(error),
            None => result.map_err(Error::into_inner),
        }
    }

    /// Records `error` if it is the first, and gives it back.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: Error) -> Error {
        if self.error.is_none() {
            self.error = Some((*error.0).clone());
        }
        error
    }

    /// [`Self::fail`] with a new error.
    #[cold]
    #[inline(never)]
    fn refuse(&mut self, error: JsonError) -> Error {
        self.fail(Error::new(error))
    }

    /// Writes a nested value, remembering its error.
    ///
    /// (A `Serialize` impl cannot return `Ok` without writing exactly one value: it has no
    /// other way to make the `Ok` value than calling the serializer once, or `end`.)
    #[inline]
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        match value.serialize(&mut *self) {
            Ok(()) => Ok(()),
            Err(error) => Err(self.fail(error)),
        }
    }

    /// Writes a map key as a string, remembering its error.
    #[inline]
    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        match key.serialize(Key(&mut *self)) {
            Ok(()) => Ok(()),
            Err(error) => Err(self.fail(error)),
        }
    }

    /// Opens an array or object (inside `{"variant":` when `variant` is given) that `close`
    /// will end; each bracket in `close` is one level of nesting.
    #[inline]
    fn open<'a>(
        &'a mut self,
        variant: Option<&str>,
        close: Close,
    ) -> Result<Compound<'a, 'o>, Error> {
        let levels = close.levels();
        if self.depth + levels > MAX_DEPTH {
            return Err(self.refuse(JsonError::TooDeep));
        }
        self.depth += levels;
        if let Some(variant) = variant {
            self.out.push('{');
            write::string(variant, self.out);
            self.out.push(':');
        }
        self.out.push(close.open());
        Ok(Compound {
            ser: self,
            state: State::First,
            close,
        })
    }

    /// Opens a struct written at `place`: an object, or, for one of `serde_json`'s private
    /// names, a [`Compound`] awaiting the one field that holds its JSON text.
    ///
    /// The name is compared here, once per struct; its fields then only test the state.
    #[inline]
    fn open_struct<'a>(
        &'a mut self,
        name: &'static str,
        place: Place,
    ) -> Result<Compound<'a, 'o>, Error> {
        match Private::of(name) {
            None => self.open(None, Close::Object),
            Some(private) => Ok(Compound::private(self, private, place)),
        }
    }

    #[inline]
    fn float(&mut self, value: f64, finite: impl FnOnce(&mut String)) -> Result<(), Error> {
        match non_finite_name(value) {
            Some(name) => Err(self.refuse(JsonError::NonFiniteFloat { value: name })),
            None => {
                finite(self.out);
                Ok(())
            }
        }
    }

    fn display<T: fmt::Display + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.out.push('"');
        let written = fmt::write(
            &mut write::StringContents(self.out),
            format_args!("{value}"),
        );
        if written.is_err() {
            return Err(self.refuse(JsonError::Custom(DISPLAY_FAILED.into())));
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

#[inline]
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
        #[inline]
        fn $method(self, value: $int) -> Result<(), Error> {
            write::integer(value, self.out);
            Ok(())
        }
    )*};
}

impl<'a, 'o> ser::Serializer for &'a mut Serializer<'o> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'o>;
    type SerializeTuple = Compound<'a, 'o>;
    type SerializeTupleStruct = Compound<'a, 'o>;
    type SerializeTupleVariant = Compound<'a, 'o>;
    type SerializeMap = Compound<'a, 'o>;
    type SerializeStruct = Compound<'a, 'o>;
    type SerializeStructVariant = Compound<'a, 'o>;

    #[inline]
    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.out.push_str(if value { "true" } else { "false" });
        Ok(())
    }

    integers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128,
    );

    #[inline]
    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        self.float(f64::from(value), |out| write::finite_f32(value, out))
    }

    #[inline]
    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        self.float(value, |out| write::finite_f64(value, out))
    }

    #[inline]
    fn serialize_char(self, value: char) -> Result<(), Error> {
        write::string(value.encode_utf8(&mut [0; 4]), self.out);
        Ok(())
    }

    #[inline]
    fn serialize_str(self, value: &str) -> Result<(), Error> {
        write::string(value, self.out);
        Ok(())
    }

    /// An array of numbers, as `serde_json` writes bytes.
    fn serialize_bytes(self, value: &[u8]) -> Result<(), Error> {
        let array = self.open(None, Close::Array)?;
        for (i, byte) in value.iter().enumerate() {
            if i > 0 {
                array.ser.out.push(',');
            }
            write::integer(*byte, array.ser.out);
        }
        ser::SerializeSeq::end(array)
    }

    #[inline]
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    #[inline]
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }

    #[inline]
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    #[inline]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    #[inline]
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let object = self.open(None, Close::Object)?;
        write::string(variant, object.ser.out);
        object.ser.out.push(':');
        object.ser.value(value)?;
        object.finish()
    }

    #[inline]
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'o>, Error> {
        self.open(None, Close::Array)
    }

    #[inline]
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a, 'o>, Error> {
        self.open(None, Close::Array)
    }

    #[inline]
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, Error> {
        self.open(None, Close::Array)
    }

    #[inline]
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, Error> {
        self.open(Some(variant), Close::ArrayInVariant)
    }

    #[inline]
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'o>, Error> {
        self.open(None, Close::Object)
    }

    /// An object, except `serde_json`'s `RawValue` and arbitrary-precision `Number`, written
    /// as the JSON text they hold once it is checked (see [`private`]).
    #[inline]
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Compound<'a, 'o>, Error> {
        self.open_struct(name, Place::Value)
    }

    #[inline]
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'o>, Error> {
        self.open(Some(variant), Close::ObjectInVariant)
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.display(value)
    }
}

/// How an array or object ends: its bracket, and the `}` of the `{"variant":…}` around it
/// for tuple and struct variants. Each bracket is one level of nesting.
#[derive(Clone, Copy)]
enum Close {
    Array,
    Object,
    ArrayInVariant,
    ObjectInVariant,
}

impl Close {
    #[inline]
    fn open(self) -> char {
        match self {
            Self::Array | Self::ArrayInVariant => '[',
            Self::Object | Self::ObjectInVariant => '{',
        }
    }

    #[inline]
    fn text(self) -> &'static str {
        match self {
            Self::Array => "]",
            Self::Object => "}",
            Self::ArrayInVariant => "]}",
            Self::ObjectInVariant => "}}",
        }
    }

    #[inline]
    fn levels(self) -> usize {
        self.text().len()
    }
}

/// Where an array or object being written is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Nothing written yet: no comma before the next element or member.
    First,
    /// After an element or a member: a comma comes first.
    Rest,
    /// A map key was written and its value was not.
    AwaitingValue,
    /// One of `serde_json`'s private structs, written at the place given: its one field, the
    /// JSON text, is next. Nothing was written for the struct itself.
    Private(Private, Place),
    /// The same after its field: nothing more may come.
    PrivateDone(Private),
}

/// An array or object being written; `close` ends it.
///
/// Two words (the serializer and two one-byte enums), so the `Result` that opens one comes
/// back in registers.
pub(super) struct Compound<'a, 'o> {
    ser: &'a mut Serializer<'o>,
    state: State,
    close: Close,
}

impl<'a, 'o> Compound<'a, 'o> {
    /// A private struct of `serde_json`'s, before its field. Its `close` is never used.
    fn private(ser: &'a mut Serializer<'o>, private: Private, place: Place) -> Self {
        Self {
            ser,
            state: State::Private(private, place),
            close: Close::Object,
        }
    }

    /// Writes the field of a private struct: its JSON text, if this is the one field it may
    /// have. Kept out of line, as ordinary structs never come here.
    #[cold]
    #[inline(never)]
    fn private_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        match self.state {
            State::Private(private, place) if private.is_field(key) => {
                self.state = State::PrivateDone(private);
                let text = private::Text {
                    ser: &mut *self.ser,
                    private,
                    place,
                };
                match value.serialize(text) {
                    Ok(()) => Ok(()),
                    Err(error) => Err(self.ser.fail(error)),
                }
            }
            State::Private(private, _) | State::PrivateDone(private) => {
                Err(self.ser.refuse(private.misused()))
            }
            State::First | State::Rest | State::AwaitingValue => self.field(key, value),
        }
    }

    /// Writes the comma before an element or member, if one came before it.
    #[inline]
    fn comma(&mut self) {
        if self.state != State::First {
            self.ser.out.push(',');
        }
    }

    #[inline]
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        self.state = State::Rest;
        write::string(key, self.ser.out);
        self.ser.out.push(':');
        self.ser.value(value)
    }

    #[inline]
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        self.state = State::Rest;
        self.ser.value(value)
    }

    #[inline]
    fn finish(self) -> Result<(), Error> {
        if self.state == State::AwaitingValue {
            return Err(self.ser.refuse(misuse(KEY_WITHOUT_VALUE)));
        }
        self.ser.out.push_str(self.close.text());
        self.ser.depth -= self.close.levels();
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        if self.state == State::AwaitingValue {
            return Err(self.ser.refuse(misuse(KEY_TWICE)));
        }
        self.comma();
        // A key that fails leaves the map as it was after its last value.
        self.state = State::Rest;
        self.ser.key(key)?;
        self.ser.out.push(':');
        self.state = State::AwaitingValue;
        Ok(())
    }

    #[inline]
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if self.state != State::AwaitingValue {
            return Err(self.ser.refuse(misuse(VALUE_WITHOUT_KEY)));
        }
        self.state = State::Rest;
        self.ser.value(value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        match self.state {
            State::Private(..) | State::PrivateDone(_) => self.private_field(key, value),
            State::First | State::Rest | State::AwaitingValue => self.field(key, value),
        }
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        match self.state {
            // The private struct's text is all it writes: no bracket to close, no level.
            State::PrivateDone(_) => Ok(()),
            State::Private(private, _) => Err(self.ser.refuse(private.misused())),
            State::First | State::Rest | State::AwaitingValue => self.finish(),
        }
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    #[inline]
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::size_of;

    /// The results passed back through every value stay small enough for registers.
    #[test]
    fn results_fit_in_registers() {
        assert_eq!(size_of::<Result<(), Error>>(), size_of::<usize>());
        assert_eq!(
            size_of::<Result<Compound<'_, '_>, Error>>(),
            2 * size_of::<usize>()
        );
        assert!(size_of::<Result<(), JsonError>>() > 2 * size_of::<usize>());
    }
}
