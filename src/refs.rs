//! The reference walker: every id in a document, with its kind and JSON pointer.
//!
//! It serializes the typed document into a recording serializer instead of JSON. Id
//! newtypes announce their kind through serde's newtype-struct name, field names come from
//! serde (so renames are honoured), and the walker tracks the path as it goes. An id in a
//! field named `id` *defines* an entity; an id anywhere else *refers* to one.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;
use serde::ser;
use uuid::Uuid;

use crate::ids::ID_NEWTYPE_PREFIX;
use crate::pointer::escape;

/// One id found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdOccurrence {
    /// Entity kind (`"supplier"`, see [`crate::ids::ID_KINDS`]).
    pub kind: &'static str,
    /// The id.
    pub id: Uuid,
    /// `true` when this is an entity's own `id` field, `false` for a reference.
    pub definition: bool,
}

/// All ids of a document, and an index of the defined ones.
#[derive(Debug, Clone, Default)]
pub struct IdIndex {
    /// Every occurrence, in document order.
    pub occurrences: Vec<IdOccurrence>,
    defined: HashMap<(&'static str, Uuid), usize>,
}

impl IdIndex {
    /// Walks a value (normally an [`crate::model::EcmsDocument`]).
    pub fn build<T: Serialize + ?Sized>(value: &T) -> Self {
        let mut w = Walker {
            path: Vec::with_capacity(16),
            out: Vec::new(),
            seen: 0,
            wanted: Vec::new(),
            paths: Vec::new(),
        };
        // The walker itself never fails; a custom Serialize impl in vendor code could, and
        // then the index simply holds what was found before it.
        let _ = value.serialize(&mut w);
        let mut defined = HashMap::with_capacity(w.out.len() / 2);
        for (i, o) in w.out.iter().enumerate() {
            if o.definition {
                defined.entry((o.kind, o.id)).or_insert(i);
            }
        }
        Self {
            occurrences: w.out,
            defined,
        }
    }

    /// Whether an entity of this kind with this id is defined.
    pub fn is_defined(&self, kind: &'static str, id: Uuid) -> bool {
        self.defined.contains_key(&(kind, id))
    }

    /// Position in [`IdIndex::occurrences`] of the first definition of an id.
    pub fn definition_of(&self, kind: &'static str, id: Uuid) -> Option<usize> {
        self.defined.get(&(kind, id)).copied()
    }

    /// Occurrences that define entities, with their positions.
    pub fn definitions(&self) -> impl Iterator<Item = (usize, &IdOccurrence)> {
        self.occurrences
            .iter()
            .enumerate()
            .filter(|(_, o)| o.definition)
    }

    /// Occurrences that refer to entities, with their positions.
    pub fn references(&self) -> impl Iterator<Item = (usize, &IdOccurrence)> {
        self.occurrences
            .iter()
            .enumerate()
            .filter(|(_, o)| !o.definition)
    }

    /// JSON pointers of the occurrences at the given positions (as numbered by
    /// [`IdIndex::occurrences`] of an index built from the same value), in the order asked.
    /// A position that does not exist gets an empty string.
    pub fn paths<T: Serialize + ?Sized>(value: &T, positions: &[usize]) -> Vec<String> {
        if positions.is_empty() {
            return Vec::new();
        }
        let mut wanted: Vec<usize> = positions.to_vec();
        wanted.sort_unstable();
        wanted.dedup();
        let mut w = Walker {
            path: Vec::with_capacity(16),
            out: Vec::new(),
            seen: 0,
            paths: Vec::with_capacity(wanted.len()),
            wanted,
        };
        let _ = value.serialize(&mut w);
        let found: HashMap<usize, String> = w.paths.into_iter().collect();
        positions
            .iter()
            .map(|p| found.get(p).cloned().unwrap_or_default())
            .collect()
    }
}

#[derive(Debug)]
struct WalkError(String);

impl fmt::Display for WalkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for WalkError {}
impl ser::Error for WalkError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        WalkError(msg.to_string())
    }
}

/// One step of the walker's path; struct field names are static, so most steps allocate
/// nothing.
enum Seg {
    Field(&'static str),
    Key(String),
    Index(usize),
}

struct Walker {
    path: Vec<Seg>,
    out: Vec<IdOccurrence>,
    /// Occurrences met so far.
    seen: usize,
    /// Sorted positions whose paths are wanted (second walk only).
    wanted: Vec<usize>,
    /// Rendered paths of wanted positions.
    paths: Vec<(usize, String)>,
}

type R = Result<(), WalkError>;

impl Walker {
    fn field<T: Serialize + ?Sized>(&mut self, seg: &'static str, v: &T) -> R {
        self.path.push(Seg::Field(seg));
        let r = v.serialize(&mut *self);
        self.path.pop();
        r
    }
    fn key<T: Serialize + ?Sized>(&mut self, seg: String, v: &T) -> R {
        self.path.push(Seg::Key(seg));
        let r = v.serialize(&mut *self);
        self.path.pop();
        r
    }
    fn index<T: Serialize + ?Sized>(&mut self, i: usize, v: &T) -> R {
        self.path.push(Seg::Index(i));
        let r = v.serialize(&mut *self);
        self.path.pop();
        r
    }
    fn pointer(&self) -> String {
        use std::fmt::Write;
        let mut s = String::with_capacity(self.path.len() * 12);
        for seg in &self.path {
            let _ = match seg {
                Seg::Field(f) => write!(s, "/{}", escape(f)),
                Seg::Key(k) => write!(s, "/{}", escape(k)),
                Seg::Index(i) => write!(s, "/{i}"),
            };
        }
        s
    }
    fn at_id_field(&self) -> bool {
        matches!(self.path.last(), Some(Seg::Field("id")))
    }
}

fn key_text<T: Serialize + ?Sized>(key: &T) -> String {
    match key.serialize(serde_json::value::Serializer) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::from("?"),
    }
}

impl<'a> ser::Serializer for &'a mut Walker {
    type Ok = ();
    type Error = WalkError;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = &'a mut Walker;
    type SerializeStructVariant = &'a mut Walker;

    fn serialize_bool(self, _: bool) -> R {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> R {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> R {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> R {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> R {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> R {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> R {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> R {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> R {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> R {
        Ok(())
    }
    fn serialize_char(self, _: char) -> R {
        Ok(())
    }
    fn serialize_str(self, _: &str) -> R {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Ok(())
    }
    fn serialize_none(self) -> R {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, v: &T) -> R {
        if let Some(kind) = name.strip_prefix(ID_NEWTYPE_PREFIX) {
            if let Ok(id) = v.serialize(UuidCapture) {
                let n = self.seen;
                self.seen += 1;
                if self.wanted.is_empty() {
                    let definition = self.at_id_field();
                    self.out.push(IdOccurrence {
                        kind,
                        id,
                        definition,
                    });
                } else if self.wanted.binary_search(&n).is_ok() {
                    let p = self.pointer();
                    self.paths.push((n, p));
                }
            }
            return Ok(());
        }
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        self.field(variant, v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, WalkError> {
        Ok(Seq {
            w: self,
            i: 0,
            variant: false,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, WalkError> {
        Ok(Seq {
            w: self,
            i: 0,
            variant: false,
        })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, WalkError> {
        Ok(Seq {
            w: self,
            i: 0,
            variant: false,
        })
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, WalkError> {
        self.path.push(Seg::Field(variant));
        Ok(Seq {
            w: self,
            i: 0,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'a>, WalkError> {
        Ok(Map { w: self, key: None })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, WalkError> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, WalkError> {
        self.path.push(Seg::Field(variant));
        Ok(self)
    }
}

struct Seq<'a> {
    w: &'a mut Walker,
    i: usize,
    variant: bool,
}

impl Seq<'_> {
    fn elem<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        let r = self.w.index(self.i, v);
        self.i += 1;
        r
    }
    fn finish(self) -> R {
        if self.variant {
            self.w.path.pop();
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.elem(v)
    }
    fn end(self) -> R {
        self.finish()
    }
}
impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.elem(v)
    }
    fn end(self) -> R {
        self.finish()
    }
}
impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.elem(v)
    }
    fn end(self) -> R {
        self.finish()
    }
}
impl ser::SerializeTupleVariant for Seq<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        self.elem(v)
    }
    fn end(self) -> R {
        self.finish()
    }
}

struct Map<'a> {
    w: &'a mut Walker,
    key: Option<String>,
}

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> R {
        self.key = Some(key_text(k));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        let k = self.key.take().unwrap_or_default();
        self.w.key(k, v)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Walker {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, k: &'static str, v: &T) -> R {
        self.field(k, v)
    }
    fn end(self) -> R {
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut Walker {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, k: &'static str, v: &T) -> R {
        self.field(k, v)
    }
    fn end(self) -> R {
        self.path.pop();
        Ok(())
    }
}

/// Reads the UUID an id newtype wraps (uuid serializes as a string in human-readable form).
struct UuidCapture;

type Nope = ser::Impossible<Uuid, WalkError>;

fn nope() -> Result<Uuid, WalkError> {
    Err(WalkError(String::from("not a uuid")))
}

impl ser::Serializer for UuidCapture {
    type Ok = Uuid;
    type Error = WalkError;
    type SerializeSeq = Nope;
    type SerializeTuple = Nope;
    type SerializeTupleStruct = Nope;
    type SerializeTupleVariant = Nope;
    type SerializeMap = Nope;
    type SerializeStruct = Nope;
    type SerializeStructVariant = Nope;

    fn serialize_str(self, v: &str) -> Result<Uuid, WalkError> {
        Uuid::parse_str(v).map_err(|e| WalkError(e.to_string()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Uuid, WalkError> {
        Uuid::from_slice(v).map_err(|e| WalkError(e.to_string()))
    }
    fn serialize_bool(self, _: bool) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_i8(self, _: i8) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_i16(self, _: i16) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_i32(self, _: i32) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_i64(self, _: i64) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_u8(self, _: u8) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_u16(self, _: u16) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_u32(self, _: u32) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_u64(self, _: u64) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_f32(self, _: f32) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_f64(self, _: f64) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_char(self, _: char) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_none(self) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Uuid, WalkError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Uuid, WalkError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Uuid, WalkError> {
        nope()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
    fn serialize_tuple(self, _: usize) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Nope, WalkError> {
        Err(WalkError(String::from("not a uuid")))
    }
}
