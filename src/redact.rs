//! Redaction: a copy of a document that is safe to hand to an external auditor.
//!
//! [`redact`] replaces every value of a field marked as personal data (the fields whose
//! schema `$comment` carries [`PERSONAL_DATA_TAG`]: today a person's `name` and
//! `pseudonym`) by a stable, keyed pseudonym, and replaces the same values where they occur
//! inside free text (notes, descriptions, titles, providers, remarks). Everything else stays
//! as it was, so the redacted copy evaluates to the same findings — same rule, clause,
//! reason and path — and the same conformity statuses as the original; only the names in
//! messages change.
//!
//! # Pseudonyms
//!
//! A value's pseudonym is [`PSEUDONYM_PREFIX`] followed by the first 8 hex digits of
//! SHA-256(len(key) ‖ key ‖ value) (the key's length as 8 bytes, big-endian, so that key and
//! value cannot run into each other). The same value gets the same pseudonym everywhere in
//! the document, so relations between records survive; in the rare document where two
//! values would share 8 digits, every pseudonym of that document gets more digits (12, 16,
//! …) until they differ.
//!
//! **Use a secret key.** Without one ([`DEFAULT_KEY`], public) anybody can hash a list of
//! common names and recognise them: a Chinese name has two or three characters, so the
//! pseudonyms of short names are easily brute-forced. With a secret key only its holder can
//! link a pseudonym to a name.
//!
//! # Free text
//!
//! Every string field the schema leaves free (no format, pattern or vocabulary) is searched
//! for the personal values, longest first, in one left-to-right pass (so a pseudonym just
//! written is never searched again). Chinese text has no word boundaries, so a value is
//! replaced wherever it occurs as a substring; a value that starts or ends with a Latin
//! letter or a digit is replaced only where it does not continue a word (`Li` is not
//! replaced in `Live`). A name written in two scripts (`Chen Wei 陈伟`) is also searched
//! for by each script's part (`Chen Wei`, `陈伟`), with the pseudonym of the whole name.
//! Values shorter than two characters are replaced in their own field only.
//!
//! Names that the document does not record as personal values — a given name alone
//! (`小青` for `杨小青`), a nickname — cannot be recognised; give them as aliases
//! ([`RedactOptions::aliases`]) so that they get the pseudonym of the full name.
//!
//! Typed strings — ids, dates, durations, vocabulary values — are never changed.
//!
//! # Vendor extensions
//!
//! `extensions` hold vendor data the model does not interpret. A string in them that
//! *equals* a personal value (or one of its parts, or an alias) is replaced by its
//! pseudonym; other strings, keys and numbers are kept exactly as they are. Personal data
//! written inside longer extension strings is **not** redacted: review vendor data before
//! handing a redacted copy out.
//!
//! ```
//! let json = r#"{
//!   "schemaVersion": "1.1",
//!   "organization": {
//!     "name": "Example Shop", "businessModels": ["b2c"], "sector": "茶叶零售，杨小青负责"
//!   },
//!   "support": { "people": [
//!     { "id": "61200000-0000-4000-8000-000000000001", "name": "杨小青" }
//!   ] }
//! }"#;
//! let doc = ecms::parse_document(json).expect("valid").document;
//! let redacted = ecms::redact::redact(&doc, b"a secret key").expect("redactable");
//! let text = serde_json::to_string(&redacted.document).expect("serializable");
//! assert!(!text.contains("杨小青"));
//! let pseudonym = ecms::redact::pseudonym(b"a secret key", "杨小青");
//! assert!(pseudonym.starts_with("人员-"));
//! assert!(text.contains(&format!("茶叶零售，{pseudonym}负责")));
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::model::EcmsDocument;
use crate::schema::PERSONAL_DATA_TAG;

/// The key used when the caller gives none. It is public: pseudonyms made with it can be
/// reversed by hashing candidate names. Real use needs a secret key.
pub const DEFAULT_KEY: &[u8] = b"ecms-redact-public-default-key";

/// The start of every pseudonym (人员 — "person").
pub const PSEUDONYM_PREFIX: &str = "人员-";

/// Hex digits of a pseudonym, unless two values of a document would share them.
pub const PSEUDONYM_HEX_DIGITS: usize = 8;

/// Values shorter than this many characters are replaced in their own field only, never
/// inside free text.
pub const MIN_TEXT_CHARS: usize = 2;

/// The schema of a value inside a personal-data field the schema does not describe.
static NULL: Value = Value::Null;

/// How deep `$ref`s are followed before a schema counts as unknown.
const MAX_REF_DEPTH: usize = 64;

/// What to redact with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedactOptions {
    /// The secret key of the pseudonyms.
    pub key: Vec<u8>,
    /// Other forms of a personal value to replace in free text, as (alias, full value):
    /// `("小青", "杨小青")` replaces `小青` by the pseudonym of `杨小青`.
    pub aliases: Vec<(String, String)>,
}

impl RedactOptions {
    /// Options with a key and no aliases.
    pub fn new(key: &[u8]) -> Self {
        Self {
            key: key.to_vec(),
            aliases: Vec::new(),
        }
    }

    /// Adds an alias: `alias` in free text gets the pseudonym of `full`.
    #[must_use]
    pub fn alias(mut self, alias: impl Into<String>, full: impl Into<String>) -> Self {
        self.aliases.push((alias.into(), full.into()));
        self
    }
}

impl Default for RedactOptions {
    /// Options with [`DEFAULT_KEY`] (public: not for real use).
    fn default() -> Self {
        Self::new(DEFAULT_KEY)
    }
}

/// One personal value and what became of it. It holds the original value: keep it with
/// the key, never hand it out with the redacted copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// The original value.
    pub original: String,
    /// Its pseudonym.
    pub pseudonym: String,
    /// How many personal-data fields held it.
    pub fields: usize,
    /// How many times it (or one of its parts or aliases) was replaced inside free text.
    pub in_text: usize,
    /// How many extension strings equal to it (or a part or alias) were replaced.
    pub in_extensions: usize,
}

/// A redacted document.
#[derive(Debug, Clone, PartialEq)]
pub struct Redacted {
    /// The redacted copy.
    pub document: EcmsDocument,
    /// Every personal value found, in document order, with its pseudonym.
    pub replacements: Vec<Replacement>,
}

/// Why a document could not be redacted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RedactError {
    /// The document could not be written as JSON (a value JSON cannot hold).
    #[error("cannot serialize the document: {0}")]
    Serialize(String),
    /// A personal-data field whose values must keep a format or pattern: a pseudonym
    /// would make the copy invalid, so nothing is produced.
    #[error("personal-data field {0} has a format or pattern a pseudonym cannot keep")]
    UnsupportedField(String),
    /// The redacted copy did not read back as a document (a bug: please report it).
    #[error("the redacted copy does not read back: {0}")]
    Reparse(String),
}

/// The pseudonym of `value` under `key`, with [`PSEUDONYM_HEX_DIGITS`] hex digits (the form
/// [`redact`] uses unless two values of the document would share it).
pub fn pseudonym(key: &[u8], value: &str) -> String {
    let hex = digest_hex(key, value);
    format!(
        "{PSEUDONYM_PREFIX}{}",
        hex.get(..PSEUDONYM_HEX_DIGITS).unwrap_or(&hex)
    )
}

/// SHA-256(len(key) ‖ key ‖ value), lower-case hex.
fn digest_hex(key: &[u8], value: &str) -> String {
    let mut h = Sha256::new();
    h.update((key.len() as u64).to_be_bytes());
    h.update(key);
    h.update(value.as_bytes());
    let mut out = String::with_capacity(64);
    for b in h.finalize() {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Redacts `doc` with `key` (see the [module documentation](self)).
pub fn redact(doc: &EcmsDocument, key: &[u8]) -> Result<Redacted, RedactError> {
    redact_with(doc, &RedactOptions::new(key))
}

/// Redacts `doc` with options: a key and aliases.
pub fn redact_with(doc: &EcmsDocument, options: &RedactOptions) -> Result<Redacted, RedactError> {
    let text = serde_json::to_string(doc).map_err(|e| RedactError::Serialize(e.to_string()))?;
    let root: &RawValue =
        serde_json::from_str(&text).map_err(|e| RedactError::Serialize(e.to_string()))?;
    let schema = crate::schema::schema("document").unwrap_or(Value::Null);
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);

    // Pass 1: the personal values, in document order.
    let mut collect = Walker {
        defs,
        table: None,
        found: Vec::new(),
        path: String::new(),
    };
    collect.walk(root, Node::Schema(&schema), &mut String::new())?;

    // The table of values, their parts and aliases, and their pseudonyms.
    let mut table = Table::build(&collect.found, options);

    // Pass 2: the copy.
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut rewrite = Walker {
        defs,
        table: Some(&mut table),
        found: Vec::new(),
        path: String::new(),
    };
    rewrite.walk(root, Node::Schema(&schema), &mut out)?;

    let parsed = crate::parse_document(&out).map_err(|e| RedactError::Reparse(e.to_string()))?;
    Ok(Redacted {
        document: parsed.document,
        replacements: table.entries,
    })
}

/// The personal values of a document, the strings to look for and their pseudonyms.
struct Table {
    /// One entry per distinct value (and per ambiguous part, which gets its own).
    entries: Vec<Replacement>,
    /// Index of each value in `entries`.
    index: BTreeMap<String, usize>,
    /// What to look for in text, longest first.
    patterns: Vec<Pattern>,
}

/// A string to replace in free text.
struct Pattern {
    /// The text searched.
    text: String,
    /// Index of the entry whose pseudonym replaces it.
    entry: usize,
    /// Whether a match must not continue a word before it (starts with a Latin letter or
    /// digit).
    word_start: bool,
    /// Whether a match must not continue a word after it.
    word_end: bool,
}

impl Table {
    fn build(found: &[String], options: &RedactOptions) -> Self {
        let mut entries: Vec<Replacement> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        let mut add = |entries: &mut Vec<Replacement>, v: &str| -> usize {
            if let Some(i) = index.get(v) {
                return *i;
            }
            entries.push(Replacement {
                original: v.to_owned(),
                pseudonym: String::new(),
                fields: 0,
                in_text: 0,
                in_extensions: 0,
            });
            index.insert(v.to_owned(), entries.len() - 1);
            entries.len() - 1
        };
        for v in found {
            add(&mut entries, v);
        }
        // Searched strings: the values themselves first, then explicit aliases, then the
        // parts of names written in two scripts (a part claimed by two names gets its own
        // pseudonym).
        let mut search: BTreeMap<String, usize> = BTreeMap::new();
        let full_values: Vec<(String, usize)> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.original.trim().to_owned(), i))
            .collect();
        for (t, i) in &full_values {
            search.entry(t.clone()).or_insert(*i);
        }
        for (alias, full) in &options.aliases {
            let alias = alias.trim();
            if alias.is_empty() || search.contains_key(alias) {
                continue;
            }
            let i = add(&mut entries, full.trim());
            search.insert(alias.to_owned(), i);
        }
        let mut parts: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (t, i) in &full_values {
            for p in script_parts(t) {
                if !search.contains_key(&p) {
                    let owners = parts.entry(p).or_default();
                    if !owners.contains(i) {
                        owners.push(*i);
                    }
                }
            }
        }
        for (p, owners) in parts {
            let i = match owners.as_slice() {
                [one] => *one,
                _ => add(&mut entries, &p),
            };
            search.insert(p, i);
        }

        // Pseudonyms: 8 hex digits, more if two values of this document would share them.
        let digests: Vec<String> = entries
            .iter()
            .map(|e| digest_hex(&options.key, &e.original))
            .collect();
        let mut digits = PSEUDONYM_HEX_DIGITS;
        while digits < 64 {
            let mut seen = std::collections::BTreeSet::new();
            if digests.iter().all(|d| seen.insert(d.get(..digits))) {
                break;
            }
            digits += 4;
        }
        for (e, d) in entries.iter_mut().zip(&digests) {
            e.pseudonym = format!("{PSEUDONYM_PREFIX}{}", d.get(..digits).unwrap_or(d));
        }

        let mut patterns: Vec<Pattern> = search
            .into_iter()
            .filter(|(t, _)| t.chars().count() >= MIN_TEXT_CHARS)
            .map(|(text, entry)| Pattern {
                word_start: text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric()),
                word_end: text
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphanumeric()),
                text,
                entry,
            })
            .collect();
        patterns.sort_by(|a, b| b.text.len().cmp(&a.text.len()).then(a.text.cmp(&b.text)));
        Self {
            entries,
            index,
            patterns,
        }
    }

    /// `s` with every pattern replaced, longest first, left to right.
    fn substitute(&mut self, s: &str) -> String {
        if !self.patterns.iter().any(|p| s.contains(&p.text)) {
            return s.to_owned();
        }
        let mut out = String::with_capacity(s.len() + 16);
        let mut i = 0;
        'scan: while let Some(rest) = s.get(i..) {
            let Some(c) = rest.chars().next() else { break };
            for p in &self.patterns {
                let end = i + p.text.len();
                if rest.starts_with(&p.text)
                    && !(p.word_start && word_char_before(s, i))
                    && !(p.word_end && word_char_at(s, end))
                {
                    if let Some(e) = self.entries.get_mut(p.entry) {
                        out.push_str(&e.pseudonym);
                        e.in_text += 1;
                    }
                    i = end;
                    continue 'scan;
                }
            }
            out.push(c);
            i += c.len_utf8();
        }
        out
    }

    /// The pseudonym of a string equal to a searched pattern, counted as an extension
    /// replacement.
    fn whole(&mut self, s: &str) -> Option<String> {
        let t = s.trim();
        let p = self.patterns.iter().find(|p| p.text == t)?;
        let e = self.entries.get_mut(p.entry)?;
        e.in_extensions += 1;
        Some(e.pseudonym.clone())
    }
}

/// Whether the character before byte `i` is a Latin letter or digit.
fn word_char_before(s: &str, i: usize) -> bool {
    s.get(..i)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Whether the character at byte `i` is a Latin letter or digit.
fn word_char_at(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|b| b.chars().next())
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Whether a character is written in Chinese, Japanese or Korean script (or is the
/// interpunct of transliterated names, `约翰·史密斯`).
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'   // kana
        | '\u{3400}'..='\u{4dbf}' // extension A
        | '\u{4e00}'..='\u{9fff}' // unified ideographs
        | '\u{ac00}'..='\u{d7af}' // hangul
        | '\u{f900}'..='\u{faff}' // compatibility ideographs
        | '\u{20000}'..='\u{3134f}' // extensions B–G
        | '·')
}

/// The parts of a name written in two scripts (`Chen Wei 陈伟` → `Chen Wei`, `陈伟`):
/// runs of CJK and of other characters, trimmed of spaces and punctuation. Empty for a
/// name in one script.
fn script_parts(name: &str) -> Vec<String> {
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in name.chars() {
        let cjk = is_cjk(c);
        match runs.last_mut() {
            Some((k, run)) if *k == cjk || c.is_whitespace() => run.push(c),
            _ => runs.push((cjk, c.to_string())),
        }
    }
    let parts: Vec<String> = runs
        .into_iter()
        .map(|(_, r)| {
            r.trim_matches(|c: char| !c.is_alphanumeric() && c != '·' && c != '・')
                .to_owned()
        })
        .filter(|r| r.chars().any(char::is_alphanumeric))
        .collect();
    if parts.len() < 2 { Vec::new() } else { parts }
}

/// What a value is, for the walk.
#[derive(Clone, Copy)]
enum Node<'s> {
    /// Described by a schema.
    Schema(&'s Value),
    /// Inside a personal-data field, described by a schema.
    Personal(&'s Value),
    /// Vendor data, or a place the schema does not describe.
    Opaque,
}

/// One walk over the JSON text of a document, guided by the document schema.
struct Walker<'s, 't> {
    /// The schema's `$defs`.
    defs: &'s Map<String, Value>,
    /// `None` while collecting personal values; the table while rewriting.
    table: Option<&'t mut Table>,
    /// Personal values found (collecting pass).
    found: Vec<String>,
    /// JSON pointer of the current value (for errors).
    path: String,
}

/// An object's members in document order.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut v = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    let raw: &'de RawValue = map.next_value()?;
                    v.push((k, raw));
                }
                Ok(Members(v))
            }
        }
        d.deserialize_map(V)
    }
}

/// The JSON type name of a raw value, from its first character.
fn raw_type(raw: &RawValue) -> &'static str {
    match raw.get().trim_start().chars().next() {
        Some('{') => "object",
        Some('[') => "array",
        Some('"') => "string",
        Some('n') => "null",
        Some('t' | 'f') => "boolean",
        _ => "number",
    }
}

fn ser_err(e: serde_json::Error) -> RedactError {
    RedactError::Serialize(e.to_string())
}

impl<'s> Walker<'s, '_> {
    /// Follows `$ref`s, and `anyOf` when exactly one branch has the value's type.
    fn resolve(&self, mut schema: &'s Value, ty: &str) -> Option<&'s Value> {
        for _ in 0..MAX_REF_DEPTH {
            if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
                schema = self.defs.get(r.strip_prefix("#/$defs/")?)?;
                continue;
            }
            if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
                let mut fitting = branches.iter().filter(|b| self.type_of(b) == Some(ty));
                if let (Some(one), None) = (fitting.next(), fitting.next()) {
                    schema = one;
                    continue;
                }
            }
            return Some(schema);
        }
        None
    }

    /// The `type` of a schema, through `$ref`s.
    fn type_of(&self, mut schema: &'s Value) -> Option<&'s str> {
        for _ in 0..MAX_REF_DEPTH {
            if let Some(t) = schema.get("type").and_then(Value::as_str) {
                return Some(t);
            }
            let r = schema.get("$ref").and_then(Value::as_str)?;
            schema = self.defs.get(r.strip_prefix("#/$defs/")?)?;
        }
        None
    }

    /// Writes `raw`, redacted, to `out`.
    fn walk(
        &mut self,
        raw: &RawValue,
        node: Node<'s>,
        out: &mut String,
    ) -> Result<(), RedactError> {
        let ty = raw_type(raw);
        let resolved = match node {
            Node::Schema(s) | Node::Personal(s) => self.resolve(s, ty),
            Node::Opaque => None,
        };
        let personal = matches!(node, Node::Personal(_));
        let child = |s: &'s Value| {
            if personal {
                Node::Personal(s)
            } else {
                Node::Schema(s)
            }
        };
        match ty {
            "object" => {
                let members: Members<'_> = serde_json::from_str(raw.get()).map_err(ser_err)?;
                let props = resolved
                    .and_then(|s| s.get("properties"))
                    .and_then(Value::as_object);
                out.push('{');
                for (n, (k, v)) in members.0.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(k).map_err(ser_err)?);
                    out.push(':');
                    let sub = match props.and_then(|p| p.get(k)) {
                        Some(s) if is_tagged(s) => Node::Personal(s),
                        Some(s) => child(s),
                        None if personal => Node::Personal(&NULL),
                        None => Node::Opaque,
                    };
                    let len = self.path.len();
                    self.path.push('/');
                    self.path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    self.walk(v, sub, out)?;
                    self.path.truncate(len);
                }
                out.push('}');
            }
            "array" => {
                let items: Vec<&RawValue> = serde_json::from_str(raw.get()).map_err(ser_err)?;
                let item_schema = resolved.and_then(|s| s.get("items"));
                out.push('[');
                for (n, v) in items.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    let sub = match item_schema {
                        Some(s) => child(s),
                        None if personal => Node::Personal(&NULL),
                        None => Node::Opaque,
                    };
                    let len = self.path.len();
                    let _ = write!(self.path, "/{n}");
                    self.walk(v, sub, out)?;
                    self.path.truncate(len);
                }
                out.push(']');
            }
            "string" => {
                let s: String = serde_json::from_str(raw.get()).map_err(ser_err)?;
                let new = self.string(&s, node, resolved)?;
                match new {
                    Some(n) => out.push_str(&serde_json::to_string(&n).map_err(ser_err)?),
                    None => out.push_str(raw.get()),
                }
            }
            _ => out.push_str(raw.get()),
        }
        Ok(())
    }

    /// The new text of a string, or `None` to keep it.
    fn string(
        &mut self,
        s: &str,
        node: Node<'s>,
        resolved: Option<&'s Value>,
    ) -> Result<Option<String>, RedactError> {
        let constrained = resolved.is_some_and(|r| {
            ["format", "pattern", "enum", "const", "anyOf"]
                .iter()
                .any(|k| r.get(k).is_some())
        });
        match node {
            Node::Personal(_) => {
                if constrained {
                    return Err(RedactError::UnsupportedField(self.path.clone()));
                }
                if s.trim().is_empty() {
                    return Ok(None);
                }
                match self.table.as_deref_mut() {
                    None => {
                        self.found.push(s.to_owned());
                        Ok(None)
                    }
                    Some(t) => {
                        let Some(e) = t.index.get(s).and_then(|i| t.entries.get_mut(*i)) else {
                            return Ok(None);
                        };
                        e.fields += 1;
                        Ok(Some(e.pseudonym.clone()))
                    }
                }
            }
            Node::Schema(_) => {
                let free = !constrained
                    && resolved.and_then(|r| r.get("type")).and_then(Value::as_str)
                        == Some("string");
                match self.table.as_deref_mut() {
                    Some(t) if free => Ok(Some(t.substitute(s))),
                    Some(t) if resolved.is_none() => Ok(t.whole(s)),
                    _ => Ok(None),
                }
            }
            Node::Opaque => Ok(self.table.as_deref_mut().and_then(|t| t.whole(s))),
        }
    }
}

/// Whether a property's schema is tagged as personal data.
fn is_tagged(schema: &Value) -> bool {
    schema
        .get("$comment")
        .and_then(Value::as_str)
        .is_some_and(|c| c.split(';').any(|t| t.trim() == PERSONAL_DATA_TAG))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_names_in_two_scripts() {
        assert_eq!(script_parts("Chen Wei 陈伟"), ["Chen Wei", "陈伟"]);
        assert_eq!(script_parts("陈伟（Chen Wei）"), ["陈伟", "Chen Wei"]);
        assert!(script_parts("陈伟").is_empty());
        assert!(script_parts("Anna Müller").is_empty());
        assert!(script_parts("约翰·史密斯").is_empty());
    }

    #[test]
    fn pseudonyms_are_keyed_and_stable() {
        assert_eq!(pseudonym(b"k", "陈伟"), pseudonym(b"k", "陈伟"));
        assert_ne!(pseudonym(b"k", "陈伟"), pseudonym(b"l", "陈伟"));
        assert_ne!(pseudonym(b"k", "陈伟"), pseudonym(b"k", "李娜"));
        // The key's length is hashed: key and value cannot run into each other.
        assert_ne!(pseudonym(b"ab", "c"), pseudonym(b"a", "bc"));
        assert_eq!(
            pseudonym(b"k", "x").chars().count(),
            PSEUDONYM_PREFIX.chars().count() + 8
        );
    }

    #[test]
    fn text_substitution() {
        let found = vec!["Li Na 李娜".to_owned(), "Li".to_owned(), "段建".to_owned()];
        let mut t = Table::build(&found, &RedactOptions::new(b"k").alias("小段", "段建"));
        let p = |v: &str| t_ps(&t, v);
        let (li_na, li, duan) = (p("Li Na 李娜"), p("Li"), p("段建"));
        assert_eq!(
            t.substitute("Li Na and Li, not Live; 李娜与段建、小段"),
            format!("{li_na} and {li}, not Live; {li_na}与{duan}、{duan}")
        );
        assert_eq!(t.substitute("no names here"), "no names here");
        let e = t
            .entries
            .iter()
            .find(|e| e.original == "段建")
            .map(|e| e.in_text);
        assert_eq!(e, Some(2));
    }

    fn t_ps(t: &Table, v: &str) -> String {
        t.entries
            .iter()
            .find(|e| e.original == v)
            .map(|e| e.pseudonym.clone())
            .unwrap_or_default()
    }
}
