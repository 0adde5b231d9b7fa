//! Names of enum values: the string of a unit variant is read from its serde derive, so the
//! JSON form, the JSON Schema and [`variant_name`] come from one table and cannot disagree.
//! No enum of the model has a hand-written name match.

use serde::Serialize;
use serde::ser::{self, Impossible};

/// The serialized name of a unit enum variant (`FactorCategory::MarketAndCustomers` →
/// `"marketAndCustomers"`); `""` for anything else.
///
/// ```
/// use ecms::model::context::FactorCategory;
/// assert_eq!(ecms::names::variant_name(&FactorCategory::Competitors), "competitors");
/// assert_eq!(FactorCategory::Competitors.as_str(), "competitors");
/// ```
pub fn variant_name<T: Serialize + ?Sized>(value: &T) -> &'static str {
    value.serialize(NameOf).unwrap_or("")
}

/// Defines `as_str` (the serialized name) for enums whose variants are all unit variants.
macro_rules! serialized_names {
    ($($ty:ty),* $(,)?) => {
        $(
            impl $ty {
                /// The serialized name.
                pub fn as_str(&self) -> &'static str {
                    $crate::names::variant_name(self)
                }
            }
        )*
    };
}
pub(crate) use serialized_names;

struct NameOf;

#[derive(Debug)]
struct NotAName;

impl std::fmt::Display for NotAName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAName {}

impl ser::Error for NotAName {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotAName
    }
}

type No = Impossible<&'static str, NotAName>;

macro_rules! refuse {
    ($($m:ident($($t:ty),*)),* $(,)?) => {
        $(fn $m(self, $(_: $t),*) -> Result<&'static str, NotAName> { Err(NotAName) })*
    };
}

impl ser::Serializer for NameOf {
    type Ok = &'static str;
    type Error = NotAName;
    type SerializeSeq = No;
    type SerializeTuple = No;
    type SerializeTupleStruct = No;
    type SerializeTupleVariant = No;
    type SerializeMap = No;
    type SerializeStruct = No;
    type SerializeStructVariant = No;

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAName> {
        Ok(variant)
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple(self, _: usize) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<No, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<No, NotAName> {
        Err(NotAName)
    }
}
