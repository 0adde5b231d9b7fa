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

// ---------------------------------------------------------------------------------------------
// Open vocabularies

/// The longest value outside a built-in list that an open vocabulary keeps, in characters.
pub const CUSTOM_VALUE_MAX_CHARS: usize = 200;

/// The JSON Schema pattern of a value outside an open vocabulary's built-in list: not empty,
/// no control characters, no space or control character at either end. [`check_custom_value`]
/// is the same test in Rust.
pub const CUSTOM_VALUE_PATTERN: &str = r"^[^\x00-\x20\x7f]([^\x00-\x1f\x7f]*[^\x00-\x20\x7f])?$";

/// Why a value outside an open vocabulary's built-in list was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CustomValueError {
    /// The value is empty.
    Empty,
    /// The value has more than [`CUSTOM_VALUE_MAX_CHARS`] characters.
    TooLong,
    /// The value contains a control character (line break, tab, NUL…).
    ControlCharacter,
    /// The value starts or ends with a space.
    SurroundingSpace,
    /// The value misspells a built-in value (letter case, `-`, `_` or a space); the built-in
    /// value is given.
    Misspelt(&'static str),
}

impl std::fmt::Display for CustomValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Empty => "the value is empty",
            Self::TooLong => "the value is longer than 200 characters",
            Self::ControlCharacter => "the value contains a control character",
            Self::SurroundingSpace => "the value starts or ends with a space",
            Self::Misspelt(known) => return write!(f, "did you mean `{known}`?"),
        })
    }
}

impl std::error::Error for CustomValueError {}

/// Whether `s` may be kept as a value outside an open vocabulary's built-in list (the same
/// test as [`CUSTOM_VALUE_PATTERN`] and `maxLength` [`CUSTOM_VALUE_MAX_CHARS`]; misspellings
/// of built-in values are refused by [`misspelt`] in addition).
///
/// ```
/// use ecms::names::{check_custom_value, CustomValueError};
/// assert!(check_custom_value("直播带货").is_ok());
/// assert!(check_custom_value("live shopping").is_ok());
/// assert_eq!(check_custom_value(""), Err(CustomValueError::Empty));
/// assert_eq!(check_custom_value(" b2b"), Err(CustomValueError::SurroundingSpace));
/// ```
pub fn check_custom_value(s: &str) -> Result<(), CustomValueError> {
    let is_control = |c: char| c <= '\u{1f}' || c == '\u{7f}';
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().next_back()) else {
        return Err(CustomValueError::Empty);
    };
    if s.chars().any(is_control) {
        return Err(CustomValueError::ControlCharacter);
    }
    if first == ' ' || last == ' ' {
        return Err(CustomValueError::SurroundingSpace);
    }
    if s.chars().count() > CUSTOM_VALUE_MAX_CHARS {
        return Err(CustomValueError::TooLong);
    }
    Ok(())
}

/// The built-in value that `s` misspells by letter case or by a separator (`-`, `_` or a
/// space) before a capital, e.g. `B2C` or `market_and_customers`; such a value is refused
/// rather than kept, because it is a typing error, not a new category. `s` equal to the
/// built-in value is not a misspelling.
pub fn misspelt<'a>(s: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known.into_iter().find(|k| *k != s && matches_loosely(s, k))
}

fn matches_loosely(s: &str, known: &str) -> bool {
    let mut rest = s.chars().peekable();
    for k in known.chars() {
        if k.is_ascii_uppercase() && rest.peek().is_some_and(|c| matches!(c, '-' | '_' | ' ')) {
            rest.next();
        }
        match rest.next() {
            Some(c) if c.eq_ignore_ascii_case(&k) => {}
            _ => return false,
        }
    }
    rest.next().is_none()
}

/// The regular expression of [`misspelt`] for one built-in value (ASCII letters and digits).
fn loose_pattern(known: &str) -> String {
    let mut out = String::new();
    for k in known.chars() {
        if k.is_ascii_uppercase() {
            out.push_str("[-_ ]?");
        }
        if k.is_ascii_alphabetic() {
            out.push('[');
            out.push(k.to_ascii_lowercase());
            out.push(k.to_ascii_uppercase());
            out.push(']');
        } else {
            out.push(k);
        }
    }
    out
}

/// The pattern a value outside the built-in list must match: [`CUSTOM_VALUE_PATTERN`], and not
/// a misspelling of a built-in value ([`misspelt`]).
pub fn custom_value_pattern(known: &[&str]) -> String {
    let alternatives: Vec<String> = known.iter().map(|k| loose_pattern(k)).collect();
    format!(
        "^(?!(?:{})$){}",
        alternatives.join("|"),
        CUSTOM_VALUE_PATTERN.trim_start_matches('^')
    )
}

/// The JSON Schema of an open vocabulary: a string that is one of the built-in values (listed
/// in `enum`, each documented in the description) or any other value matching
/// [`custom_value_pattern`].
#[doc(hidden)]
pub fn open_vocabulary_schema(doc: &[&str], known: &[(&str, &[&str])]) -> schemars::Schema {
    let head = join_doc(doc);
    let values: Vec<String> = known
        .iter()
        .map(|(v, d)| format!("- `{v}`: {}", join_doc(d)))
        .collect();
    let description = format!(
        "{head}\n\nValues:\n{}\n\nAn open vocabulary: any other value (not empty, no control \
         characters, no space at either end, at most {CUSTOM_VALUE_MAX_CHARS} characters) is \
         kept verbatim and judged neutrally; a built-in value in other letter case or with `-`, `_` \
         or a space before a capital (`B2C`, `market_and_customers`) is refused as a misspelling.",
        values.join("\n")
    );
    let names: Vec<&str> = known.iter().map(|(v, _)| *v).collect();
    schemars::json_schema!({
        "description": description,
        "type": "string",
        "anyOf": [
            { "type": "string", "enum": names },
            {
                "type": "string",
                "pattern": custom_value_pattern(&names),
                "maxLength": CUSTOM_VALUE_MAX_CHARS
            }
        ]
    })
}

fn join_doc(lines: &[&str]) -> String {
    let mut out = String::new();
    for l in lines {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(l);
    }
    out
}

/// Defines an open vocabulary: an enum whose built-in values are typed variants and whose
/// every other (valid) value is kept verbatim in `Custom(String)`. Serialized as a plain
/// string; its JSON Schema lists the built-in values and allows others by a pattern.
macro_rules! open_vocabulary {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $( $(#[doc = $vdoc:literal])* $variant:ident = $value:literal, )*
        }
    ) => {
        $(#[doc = $doc])*
        ///
        /// An open vocabulary: a value outside the built-in list is kept verbatim as
        /// `Custom` and judged neutrally by the rules (see [`crate::names`]).
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* $variant, )*
            /// A value outside the built-in list, kept verbatim. Build it with
            #[doc = concat!("[`", stringify!($name), "::from_name`]")]
            /// so that a built-in value is never wrapped here.
            Custom(String),
        }

        impl $name {
            /// The built-in values and their documentation, in order.
            pub const KNOWN: &'static [(&'static str, &'static [&'static str])] =
                &[$(($value, &[$($vdoc),*])),*];

            /// The serialized name: the built-in name or the custom value.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Custom(s) => s,
                }
            }

            /// The value of this name: a built-in variant when the name is built in, else
            /// `Custom`, if the name may be kept.
            pub fn from_name(name: &str) -> Result<Self, $crate::names::CustomValueError> {
                match name {
                    $($value => Ok(Self::$variant),)*
                    other => {
                        $crate::names::check_custom_value(other)?;
                        if let Some(k) =
                            $crate::names::misspelt(other, Self::KNOWN.iter().map(|(k, _)| *k))
                        {
                            return Err($crate::names::CustomValueError::Misspelt(k));
                        }
                        Ok(Self::Custom(other.to_owned()))
                    }
                }
            }

            /// Whether the value is outside the built-in list.
            pub fn is_custom(&self) -> bool {
                matches!(self, Self::Custom(_))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::names::CustomValueError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::from_name(s)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string: one of ")?;
                        for (n, (v, _)) in $name::KNOWN.iter().enumerate() {
                            if n > 0 {
                                f.write_str(", ")?;
                            }
                            write!(f, "`{v}`")?;
                        }
                        f.write_str(", or another name")
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$name, E> {
                        $name::from_name(s).map_err(|e| {
                            E::custom(format_args!(
                                "invalid value {s:?} for {}: {e}",
                                stringify!($name)
                            ))
                        })
                    }
                }
                d.deserialize_str(V)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $crate::names::open_vocabulary_schema(&[$($doc),*], Self::KNOWN)
            }
        }
    };
}
pub(crate) use open_vocabulary;
