//! The vendor `extensions` map: JSON kept exactly as given.
//!
//! `serde_json::Value` would lose data here: integers beyond 64 bits become floats, `0.10`
//! becomes `0.1`, `1e2` becomes `100.0`, key order is sorted away and a duplicate key
//! silently drops the first value. [`Extensions`] keeps every number as its JSON text, keeps
//! members in the order given and refuses a duplicate key, so that a document read and
//! written again carries its vendor data unchanged.
//!
//! It is read from JSON only (through `serde_json`, the crate's format): the raw text of the
//! object is taken whole and parsed here. Written through `serde_json`, numbers come out
//! exactly as they came in.

use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::Error as _;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Objects nested deeper than this inside an extension are refused (the limit `serde_json`
/// applies to the rest of the document).
const MAX_DEPTH: usize = 128;

/// Vendor data that the standard does not model: a JSON object kept verbatim, never
/// interpreted. Members keep their order; keys are unique.
///
/// ```
/// let ext: ecms::common::Extensions =
///     serde_json::from_str(r#"{"b": 0.10, "a": 123456789012345678901234567890, "c": 1e2}"#)
///         .expect("valid");
/// assert_eq!(
///     serde_json::to_string(&ext).expect("serializable"),
///     r#"{"b":0.10,"a":123456789012345678901234567890,"c":1e2}"#
/// );
/// assert!(serde_json::from_str::<ecms::common::Extensions>(r#"{"a": 1, "a": 2}"#).is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Extensions {
    entries: Vec<(String, ExtValue)>,
}

/// One JSON value inside [`Extensions`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExtValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its JSON text.
    Number(ExtNumber),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<ExtValue>),
    /// An object (ordered, unique keys).
    Object(Extensions),
}

/// A JSON number kept as its text (`0.10`, `1e2` and 30-digit integers stay as written).
/// Two numbers are equal when their texts are.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ExtNumber(String);

impl ExtNumber {
    /// The number, when `text` is a JSON number (RFC 8259 grammar, nothing around it).
    pub fn new(text: &str) -> Option<Self> {
        is_json_number(text.as_bytes()).then(|| Self(text.to_owned()))
    }
    /// The JSON text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The value as an `i64`, when it is an integer written without fraction or exponent
    /// that fits.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }
    /// The value as a `u64`, under the same conditions.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.parse().ok()
    }
    /// The value as the nearest `f64` (may round).
    pub fn as_f64(&self) -> Option<f64> {
        self.0.parse().ok()
    }
}

impl fmt::Display for ExtNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_json_number(b: &[u8]) -> bool {
    let mut i = 0usize;
    let at = |i: usize| b.get(i).copied();
    if at(i) == Some(b'-') {
        i += 1;
    }
    match at(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            while matches!(at(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        _ => return false,
    }
    if at(i) == Some(b'.') {
        i += 1;
        if !matches!(at(i), Some(b'0'..=b'9')) {
            return false;
        }
        while matches!(at(i), Some(b'0'..=b'9')) {
            i += 1;
        }
    }
    if matches!(at(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(at(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !matches!(at(i), Some(b'0'..=b'9')) {
            return false;
        }
        while matches!(at(i), Some(b'0'..=b'9')) {
            i += 1;
        }
    }
    i == b.len()
}

impl Extensions {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }
    /// `true` when there are no members.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// The number of members.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// The value of a member.
    pub fn get(&self, key: &str) -> Option<&ExtValue> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// Sets a member: a new key goes last, an existing key keeps its place and gets the new
    /// value. Returns the old value.
    pub fn insert(&mut self, key: impl Into<String>, value: ExtValue) -> Option<ExtValue> {
        let key = key.into();
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }
    /// Removes a member, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<ExtValue> {
        let pos = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.remove(pos).1)
    }
    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ExtValue)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }
    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }
    /// Parses the JSON text of an object, keeping numbers, order and refusing duplicate keys.
    pub fn from_json(text: &str) -> Result<Self, ExtensionError> {
        let mut p = ExtParser {
            b: text.as_bytes(),
            i: 0,
        };
        p.ws();
        let v = p.value(0, &mut String::new())?;
        p.ws();
        if p.i != p.b.len() {
            return Err(p.err("", "unexpected text after the object"));
        }
        match v {
            ExtValue::Object(o) => Ok(o),
            _ => Err(ExtensionError {
                path: String::new(),
                message: "`extensions` must be a JSON object".into(),
            }),
        }
    }
}

impl<K: Into<String>> FromIterator<(K, ExtValue)> for Extensions {
    /// Collects members; a repeated key keeps its first place and its last value.
    fn from_iter<I: IntoIterator<Item = (K, ExtValue)>>(iter: I) -> Self {
        let mut e = Self::new();
        for (k, v) in iter {
            e.insert(k, v);
        }
        e
    }
}

impl From<serde_json::Value> for ExtValue {
    /// Converts a `serde_json` value (its numbers as `serde_json` prints them).
    fn from(v: serde_json::Value) -> Self {
        use serde_json::Value as V;
        match v {
            V::Null => Self::Null,
            V::Bool(b) => Self::Bool(b),
            V::Number(n) => Self::Number(ExtNumber(n.to_string())),
            V::String(s) => Self::String(s),
            V::Array(a) => Self::Array(a.into_iter().map(Self::from).collect()),
            V::Object(o) => Self::Object(o.into_iter().map(|(k, v)| (k, Self::from(v))).collect()),
        }
    }
}

impl ExtValue {
    /// The member `key` of an object value.
    pub fn get(&self, key: &str) -> Option<&ExtValue> {
        match self {
            Self::Object(o) => o.get(key),
            _ => None,
        }
    }
}

/// Why an `extensions` object was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at {} inside extensions)", if path.is_empty() { "the top" } else { path.as_str() })]
pub struct ExtensionError {
    /// JSON pointer, relative to the `extensions` object.
    pub path: String,
    /// Explanation.
    pub message: String,
}

struct ExtParser<'a> {
    b: &'a [u8],
    i: usize,
}

impl ExtParser<'_> {
    fn err(&self, path: &str, message: &str) -> ExtensionError {
        ExtensionError {
            path: path.to_owned(),
            message: message.to_owned(),
        }
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn literal(&mut self, word: &[u8], path: &str) -> Result<(), ExtensionError> {
        if self.b.get(self.i..self.i.saturating_add(word.len())) == Some(word) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.err(path, "expected a JSON value"))
        }
    }
    fn string(&mut self, path: &str) -> Result<String, ExtensionError> {
        let start = self.i;
        self.i += 1;
        let mut simple = true;
        loop {
            match self.peek() {
                None => return Err(self.err(path, "unterminated string")),
                Some(b'"') => break,
                Some(b'\\') => {
                    simple = false;
                    self.i += 2;
                }
                Some(_) => self.i += 1,
            }
        }
        self.i += 1;
        let quoted = self
            .b
            .get(start..self.i)
            .ok_or_else(|| self.err(path, "unterminated string"))?;
        if simple {
            let inner = quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or(&[]);
            return std::str::from_utf8(inner)
                .map(str::to_owned)
                .map_err(|_| self.err(path, "invalid UTF-8 in a string"));
        }
        serde_json::from_slice::<String>(quoted).map_err(|e| self.err(path, &e.to_string()))
    }
    fn value(&mut self, depth: usize, path: &mut String) -> Result<ExtValue, ExtensionError> {
        if depth > MAX_DEPTH {
            return Err(self.err(path, "nested more than 128 levels deep"));
        }
        match self.peek() {
            None => Err(self.err(path, "expected a JSON value, found the end")),
            Some(b'n') => self.literal(b"null", path).map(|()| ExtValue::Null),
            Some(b't') => self.literal(b"true", path).map(|()| ExtValue::Bool(true)),
            Some(b'f') => self.literal(b"false", path).map(|()| ExtValue::Bool(false)),
            Some(b'"') => self.string(path).map(ExtValue::String),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(ExtValue::Array(items));
                }
                loop {
                    self.ws();
                    let len = path.len();
                    path.push('/');
                    path.push_str(&items.len().to_string());
                    let v = self.value(depth + 1, path)?;
                    path.truncate(len);
                    items.push(v);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(ExtValue::Array(items));
                        }
                        _ => return Err(self.err(path, "expected `,` or `]`")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut entries: Vec<(String, ExtValue)> = Vec::new();
                let mut seen = std::collections::HashSet::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(ExtValue::Object(Extensions { entries }));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err(path, "expected a key in double quotes"));
                    }
                    let key = self.string(path)?;
                    let len = path.len();
                    path.push('/');
                    path.push_str(&crate::pointer::escape(&key));
                    if !seen.insert(key.clone()) {
                        return Err(self.err(
                            path,
                            &format!("duplicate key {key:?}: each key may appear only once"),
                        ));
                    }
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.err(path, "expected `:`"));
                    }
                    self.i += 1;
                    self.ws();
                    let v = self.value(depth + 1, path)?;
                    path.truncate(len);
                    entries.push((key, v));
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(ExtValue::Object(Extensions { entries }));
                        }
                        _ => return Err(self.err(path, "expected `,` or `}`")),
                    }
                }
            }
            Some(_) => {
                let start = self.i;
                while matches!(
                    self.peek(),
                    Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                ) {
                    self.i += 1;
                }
                let text = self.b.get(start..self.i).unwrap_or(&[]);
                if !is_json_number(text) {
                    return Err(self.err(path, "expected a JSON value"));
                }
                Ok(ExtValue::Number(ExtNumber(
                    String::from_utf8_lossy(text).into_owned(),
                )))
            }
        }
    }
}

impl Serialize for ExtNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if let Some(n) = self.as_u64().filter(|n| n.to_string() == self.0) {
            return s.serialize_u64(n);
        }
        if let Some(n) = self.as_i64().filter(|n| n.to_string() == self.0) {
            return s.serialize_i64(n);
        }
        // Anything else goes out as its exact text (serde_json's raw value).
        let raw = RawValue::from_string(self.0.clone()).map_err(serde::ser::Error::custom)?;
        raw.serialize(s)
    }
}

impl Serialize for ExtValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Null => s.serialize_unit(),
            Self::Bool(b) => s.serialize_bool(*b),
            Self::Number(n) => n.serialize(s),
            Self::String(t) => s.serialize_str(t),
            Self::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Self::Object(o) => o.serialize(s),
        }
    }
}

impl Serialize for Extensions {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extensions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        Extensions::from_json(raw.get()).map_err(D::Error::custom)
    }
}

impl JsonSchema for Extensions {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<String, serde_json::Value> as JsonSchema>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, serde_json::Value> as JsonSchema>::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        <std::collections::BTreeMap<String, serde_json::Value> as JsonSchema>::json_schema(
            generator,
        )
    }
}
