//! JSON Schema (Draft 2020-12) of the document and of the crate's outputs.
//!
//! Integrators in other languages never link this crate: they validate against these schemas.
//! So each schema is generated from the same types serde reads, then post-processed until it
//! is *exactly* the parser's contract and compiles unchanged in ajv's default strict mode and in
//! Python's `jsonschema` (Draft202012Validator):
//!
//! | name       | describes                                              | contract    |
//! |------------|--------------------------------------------------------|-------------|
//! | `document` | an input document ([`crate::EcmsDocument`]), as read by [`crate::parse_document`] | deserialize |
//! | `report`   | the check report ([`crate::conformity::ConformityReport`]) | deserialize |
//! | `obligations` | periodic obligations ([`crate::rules::obligations::ObligationEntry`] list) | deserialize |
//! | `rules`    | the rule catalog (array of [`crate::rules::RuleEntry`]) | serialize   |
//! | `catalog`  | the clause catalog (array of [`crate::catalog::Clause`]) | serialize |
//!
//! Every schema has `$schema` = `https://json-schema.org/draft/2020-12/schema`, an `$id`
//! ([`schema_id`]: `https://ecms.example/schema/<format version>/<name>.json`, an identifier,
//! not a download location), a title and a description; named entities live in `$defs`.
//!
//! What the post-processing does, and why ([`generator_settings`] installs the transforms):
//!
//! * **Integer formats** (`uint32`, `int64`, …) are not JSON Schema formats and strict ajv
//!   refuses them: they become `minimum`/`maximum` bounds ([`IntegerFormats`]).
//! * **Other non-standard formats** (`partial-date-time`, `partial-time`, …) become patterns
//!   or are removed ([`NonStandardFormats`]).
//! * **Syntax patterns**: `format` is only an annotation in Draft 2020-12 unless the
//!   validator is told to assert it, so dates, date-times and UUIDs also get a `pattern`; and
//!   every pattern's final `$` becomes `$(?!\n)`, because Python's `re.search` lets `$` match
//!   before a trailing newline that the parser refuses ([`StrictPatterns`]).
//! * **Value notes**: a field of a value type (exact decimal, interval, currency) keeps its
//!   field doc but gets a sentence on how serde reads the value ([`ValueTypeNotes`]).
//! * **Enums** list their values in `enum`, the per-value docs go into the description
//!   ([`EnumValues`]).
//! * **Nullable unions** `"type": [X, "null"]` become `anyOf: [{…X…}, {"type": "null"}]`,
//!   which strict ajv accepts without `allowUnionTypes` ([`SplitTypeUnions`]). `null` stays
//!   allowed where serde allows it: an `Option` field with `#[serde(default)]` reads JSON
//!   `null` as absent; a `Vec` or nested struct with `default` refuses `null`, and its
//!   schema has no `null` either.
//! * **Clause tags**: the clause(s) a type or field serves are read from its doc comment
//!   ([`clause_references`]) and written as `"$comment": "x-clause: 7.3.3.2, 7.3.3.2.f"`.
//!   A real `x-clause` keyword would be an unknown keyword, which ajv's default strict mode
//!   refuses; `$comment` is standard and accepted everywhere ([`ClauseTags`]).
//! * **Personal data**: a field whose doc comment carries [`PERSONAL_DATA_MARK`] (a person's
//!   name or pseudonym) gets [`PERSONAL_DATA_TAG`] in its `$comment`, so integrators can find,
//!   protect or strip personal data ([`PersonalDataTags`]).
//! * **Closed objects** (document only): the parser refuses unknown fields by default
//!   ([`crate::UnknownFieldPolicy::Reject`]), so every struct gets
//!   `additionalProperties: false`; `extensions` maps stay open ([`CloseStructs`]).
//!   The report is read by serde without that check, so its objects stay open.
//! * **Format version** (document only): `schemaVersion` lists the versions
//!   [`crate::parse_document`] reads ([`crate::parse::FORMAT_VERSIONS`]).
//!
//! The committed copies live in `docs/schema/<name>.json`, written by [`to_pretty_json`]
//! (which `ecms schema NAME` should print too); a test fails when they are stale
//! (`ECMS_BLESS=1 cargo test --test schema` rewrites them).

use schemars::generate::SchemaSettings;
use schemars::transform::{Transform, transform_subschemas};
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value, json};

use crate::catalog;
use crate::common::{CURRENCY_PATTERN, DECIMAL_PATTERN, INTERVAL_PATTERN};
use crate::conformity::ConformityReport;
use crate::model::{EcmsDocument, SCHEMA_VERSION};
use crate::rules::RuleEntry;
use crate::rules::obligations::ObligationEntry;

/// The schemas this crate publishes, in the order `ecms schema` lists them.
pub const SCHEMA_NAMES: &[&str] = &[
    "document",
    "report",
    "obligations",
    "rules",
    "catalog",
    "diff",
];

/// The meta-schema every published schema declares.
pub const META_SCHEMA: &str = "https://json-schema.org/draft/2020-12/schema";

/// Prefix of every schema's `$id`; the format version and `<name>.json` follow.
pub const SCHEMA_ID_BASE: &str = "https://ecms.example/schema/";

/// Prefix of the clause tag inside a schema's `$comment`: `"x-clause: 3.1, 3.3.a"`.
pub const CLAUSE_TAG_PREFIX: &str = "x-clause: ";

/// The `$id` of a schema: `https://ecms.example/schema/1.0/document.json`. The URL is a
/// stable identifier for `$ref` resolution; nothing is served there.
pub fn schema_id(name: &str) -> String {
    format!("{SCHEMA_ID_BASE}{SCHEMA_VERSION}/{name}.json")
}

/// The settings every schema is generated with: explicitly Draft 2020-12 (`$defs`,
/// `$schema`), the **deserialize** contract (call `.for_serialize()` for output-only types),
/// and the post-processing transforms described in the [module docs](self), except the
/// document-only [`CloseStructs`].
pub fn generator_settings() -> SchemaSettings {
    SchemaSettings::draft2020_12()
        .for_deserialize()
        .with(|s| {
            s.meta_schema = Some(META_SCHEMA.into());
            s.definitions_path = "/$defs".into();
            s.inline_subschemas = false;
        })
        .with_transform(IntegerFormats)
        .with_transform(NonStandardFormats)
        .with_transform(ValueTypeNotes)
        .with_transform(StrictPatterns)
        .with_transform(EnumValues)
        .with_transform(SplitTypeUnions)
        .with_transform(ClauseTags::default())
        .with_transform(PersonalDataTags)
}

/// The mark in a model field's doc comment that the field holds personal data.
pub const PERSONAL_DATA_MARK: &str = "[personal data]";

/// The tag in a schema's `$comment` of a field that holds personal data:
/// `"x-clause: 6.1.2; x-personal-data"`.
pub const PERSONAL_DATA_TAG: &str = "x-personal-data";

/// Fields whose doc comment carries [`PERSONAL_DATA_MARK`] get [`PERSONAL_DATA_TAG`] in their
/// `$comment` (a standard annotation every validator accepts; integrators read it to find the
/// personal data in a document), and the mark leaves the description.
#[derive(Debug, Clone, Copy, Default)]
pub struct PersonalDataTags;

impl Transform for PersonalDataTags {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        let Some(obj) = obj_mut(schema) else { return };
        let Some(desc) = obj.get("description").and_then(Value::as_str) else {
            return;
        };
        if !desc.contains(PERSONAL_DATA_MARK) {
            return;
        }
        let cleaned = desc.replace(PERSONAL_DATA_MARK, "").trim().to_owned();
        obj.insert("description".into(), cleaned.into());
        let comment = match obj.get("$comment").and_then(Value::as_str) {
            Some(old) => format!("{old}; {PERSONAL_DATA_TAG}"),
            None => PERSONAL_DATA_TAG.to_owned(),
        };
        obj.insert("$comment".into(), comment.into());
    }
}

/// The finished schema called `name` (one of [`SCHEMA_NAMES`]), or `None` for an unknown
/// name.
///
/// ```
/// let s = ecms::schema::schema("document").expect("a known schema");
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert!(ecms::schema::schema("nonsense").is_none());
/// ```
pub fn schema(name: &str) -> Option<Value> {
    let (mut root, title, description) = match name {
        "document" => {
            let mut s = generator_settings()
                .into_generator()
                .into_root_schema_for::<EcmsDocument>();
            CloseStructs.transform(&mut s);
            pin_schema_version(&mut s);
            (
                s,
                "ecms document",
                "One organization's e-commerce management system under GB/T 36311—2018 \
                 (电子商务管理体系 要求), as read by `ecms check`. Unknown fields are refused; \
                 vendor data belongs in the `extensions` maps.",
            )
        }
        "report" => (
            generator_settings()
                .into_generator()
                .into_root_schema_for::<ConformityReport>(),
            "ecms check report",
            "The result of checking a document as of a date: findings, a status per clause and \
             item, and a summary (`ecms check --format json`).",
        ),
        "obligations" => (
            generator_settings()
                .into_generator()
                .into_root_schema_for::<Vec<ObligationEntry>>(),
            "ecms obligations",
            "Periodic obligations with their status as of a date \
             (`ecms obligations --format json`).",
        ),
        "rules" => (
            generator_settings()
                .for_serialize()
                .into_generator()
                .into_root_schema_for::<Vec<RuleEntry>>(),
            "ecms rule catalog",
            "Every built-in rule with its clause, severity, basis, grade, title and message \
             template (`ecms rules --format json`).",
        ),
        "catalog" => (
            generator_settings()
                .for_serialize()
                .into_generator()
                .into_root_schema_for::<Vec<catalog::Clause>>(),
            "GB/T 36311—2018 clause catalog",
            "Every chapter, clause, item and sub-item of GB/T 36311—2018 chapters 3–9 with its \
             stable id (`ecms catalog --format json`).",
        ),
        "diff" => (
            generator_settings()
                .for_serialize()
                .into_generator()
                .into_root_schema_for::<crate::diff::DiffReport>(),
            "ecms diff report",
            "Changes between two versions of a document that break the control of documented \
             information, GB/T 36311—2018 6.4.3 (`ecms diff --format json`).",
        ),
        _ => return None,
    };
    let obj = root.ensure_object();
    // Root keywords first, in a fixed order, for readable committed files.
    let mut ordered = Map::new();
    ordered.insert("$schema".into(), META_SCHEMA.into());
    ordered.insert("$id".into(), schema_id(name).into());
    ordered.insert("title".into(), title.into());
    ordered.insert("description".into(), description.into());
    for (k, v) in std::mem::take(obj) {
        if !ordered.contains_key(&k) {
            ordered.insert(k, v);
        }
    }
    Some(Value::Object(ordered))
}

/// A schema as the committed files hold it: pretty-printed JSON (two-space indent) with a
/// trailing newline, schema keywords in a reading order (`$schema`, `$id`, `title`,
/// `description`, `type`, … , `properties`, `$defs` last), property and definition names
/// alphabetical.
pub fn to_pretty_json(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(&Ordered {
        value: schema,
        kind: Kind::Schema,
    })
    .unwrap_or_default();
    text.push('\n');
    text
}

/// Keywords printed first, in this order.
const KEYWORDS_FIRST: &[&str] = &[
    "$schema",
    "$id",
    "$ref",
    "$comment",
    "title",
    "description",
    "type",
    "enum",
    "const",
    "format",
    "pattern",
    "minimum",
    "maximum",
];
/// Keywords printed last, in this order.
const KEYWORDS_LAST: &[&str] = &[
    "anyOf",
    "oneOf",
    "allOf",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "default",
    "$defs",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A schema object (or an array of schemas): keywords in reading order.
    Schema,
    /// A map from names to schemas (`properties`, `$defs`): names alphabetical.
    NameMap,
    /// Instance data (`default`, `enum`, `const`, `examples`) or `required`: as is.
    Data,
}

struct Ordered<'a> {
    value: &'a Value,
    kind: Kind,
}

fn keyword_rank(key: &str) -> (usize, &str) {
    if let Some(i) = KEYWORDS_FIRST.iter().position(|k| *k == key) {
        (i, "")
    } else if let Some(i) = KEYWORDS_LAST.iter().position(|k| *k == key) {
        (KEYWORDS_FIRST.len() + 1 + i, "")
    } else {
        (KEYWORDS_FIRST.len(), key)
    }
}

fn child_kind(parent: Kind, key: &str) -> Kind {
    match parent {
        Kind::Data => Kind::Data,
        Kind::NameMap => Kind::Schema,
        Kind::Schema => match key {
            "properties" | "$defs" | "patternProperties" | "dependentSchemas" => Kind::NameMap,
            "default" | "examples" | "const" | "enum" | "required" | "dependentRequired" => {
                Kind::Data
            }
            _ => Kind::Schema,
        },
    }
}

impl serde::Serialize for Ordered<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self.value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                if self.kind == Kind::Schema {
                    keys.sort_by_key(|k| keyword_rank(k));
                }
                let mut m = s.serialize_map(Some(keys.len()))?;
                for k in keys {
                    if let Some(v) = map.get(k) {
                        let kind = child_kind(self.kind, k);
                        m.serialize_entry(k, &Ordered { value: v, kind })?;
                    }
                }
                m.end()
            }
            Value::Array(items) => {
                let mut q = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    q.serialize_element(&Ordered {
                        value: v,
                        kind: self.kind,
                    })?;
                }
                q.end()
            }
            other => other.serialize(s),
        }
    }
}

/// The schema of any type, generated with [`generator_settings`] (deserialize contract), as a
/// root schema. Useful for value types such as [`crate::common::ExactDecimal`] that have no
/// `$defs` entry of their own.
pub fn schema_for<T: JsonSchema>() -> Value {
    generator_settings()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// The parser reads the format versions [`crate::parse::FORMAT_VERSIONS`].
fn pin_schema_version(root: &mut Schema) {
    if let Some(v) = root
        .get_mut("properties")
        .and_then(|p| p.get_mut("schemaVersion"))
        .and_then(Value::as_object_mut)
    {
        v.insert("enum".into(), json!(crate::parse::FORMAT_VERSIONS));
    }
}

// ---------------------------------------------------------------------------------------------
// Transforms

fn obj_mut(schema: &mut Schema) -> Option<&mut Map<String, Value>> {
    schema.as_object_mut()
}

/// Replaces schemars' integer formats (`uint8` … `uint64`, `int8` … `int64`, `uint`, `int`)
/// by `minimum`/`maximum` bounds, and drops the float formats (`float`, `double`): none of
/// them is a JSON Schema format, and strict ajv refuses unknown formats.
#[derive(Debug, Clone, Copy, Default)]
pub struct IntegerFormats;

fn integer_bounds(format: &str) -> Option<(Value, Value)> {
    Some(match format {
        "uint8" => (json!(0), json!(u8::MAX)),
        "uint16" => (json!(0), json!(u16::MAX)),
        "uint32" => (json!(0), json!(u32::MAX)),
        "uint64" | "uint" => (json!(0), json!(u64::MAX)),
        "uint128" => (json!(0), json!(u128::MAX)),
        "int8" => (json!(i8::MIN), json!(i8::MAX)),
        "int16" => (json!(i16::MIN), json!(i16::MAX)),
        "int32" => (json!(i32::MIN), json!(i32::MAX)),
        "int64" | "int" => (json!(i64::MIN), json!(i64::MAX)),
        "int128" => (json!(i128::MIN), json!(i128::MAX)),
        _ => return None,
    })
}

impl Transform for IntegerFormats {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = obj_mut(schema) {
            let format = obj.get("format").and_then(Value::as_str).map(str::to_owned);
            if let Some(format) = format {
                if let Some((min, max)) = integer_bounds(&format) {
                    obj.remove("format");
                    // Keep a tighter bound schemars or the type already set (NonZero, …).
                    let tighter_min = obj
                        .get("minimum")
                        .and_then(Value::as_f64)
                        .zip(min.as_f64())
                        .is_some_and(|(have, new)| have > new);
                    if !tighter_min {
                        obj.insert("minimum".into(), min);
                    }
                    let tighter_max = obj
                        .get("maximum")
                        .and_then(Value::as_f64)
                        .zip(max.as_f64())
                        .is_some_and(|(have, new)| have < new);
                    if !tighter_max {
                        obj.insert("maximum".into(), max);
                    }
                } else if format == "float" || format == "double" {
                    obj.remove("format");
                }
            }
        }
        transform_subschemas(self, schema);
    }
}

/// Formats defined by JSON Schema Draft 2020-12 (and known to ajv-formats and Python's
/// `jsonschema`); any other format is replaced or removed by [`NonStandardFormats`].
pub const STANDARD_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// What chrono reads as a `NaiveDateTime` (schemars says `partial-date-time`).
pub const NAIVE_DATE_TIME_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?$";
/// What chrono reads as a `NaiveTime` (schemars says `partial-time`).
pub const NAIVE_TIME_PATTERN: &str = r"^[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?$";

/// Replaces the non-standard formats schemars emits for chrono's naive types
/// (`partial-date-time`, `partial-time`) by a pattern, and removes any other format that
/// is not in [`STANDARD_FORMATS`] (strict ajv refuses unknown formats).
#[derive(Debug, Clone, Copy, Default)]
pub struct NonStandardFormats;

impl Transform for NonStandardFormats {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = obj_mut(schema) {
            let format = obj.get("format").and_then(Value::as_str).map(str::to_owned);
            if let Some(format) = format
                && !STANDARD_FORMATS.contains(&format.as_str())
            {
                obj.remove("format");
                let pattern = match format.as_str() {
                    "partial-date-time" => Some(NAIVE_DATE_TIME_PATTERN),
                    "partial-time" => Some(NAIVE_TIME_PATTERN),
                    _ => None,
                };
                if let Some(p) = pattern
                    && !obj.contains_key("pattern")
                {
                    obj.insert("pattern".into(), p.into());
                }
            }
        }
        transform_subschemas(self, schema);
    }
}

/// Pattern added to `format: date` strings: RFC 3339 full-date syntax, years 0001–9999
/// (Python's date check refuses year 0).
pub const DATE_PATTERN: &str = "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// Pattern added to `format: date-time` strings: RFC 3339 date-time syntax as serialized.
pub const DATE_TIME_PATTERN: &str = r"^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})$";
/// Pattern added to `format: uuid` strings: the hyphenated form, either case.
pub const UUID_PATTERN: &str =
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/// Adds a syntax `pattern` next to `format: date`, `date-time` and `uuid` (a format is only
/// an annotation in Draft 2020-12 unless the validator asserts formats), and makes every
/// pattern's closing `$` strict with `$(?!\n)`: ECMA-262 and Rust read `$` as end of input,
/// but Python's `re` also matches it before a final newline, which serde refuses.
#[derive(Debug, Clone, Copy, Default)]
pub struct StrictPatterns;

/// `pattern` with its final unescaped `$` anchored strictly: `$(?!\n)`.
pub fn strict_end_anchor(pattern: &str) -> String {
    if pattern.ends_with("$(?!\\n)") {
        return pattern.to_owned();
    }
    match pattern.strip_suffix('$') {
        Some(body) if body.chars().rev().take_while(|c| *c == '\\').count() % 2 == 0 => {
            format!("{body}$(?!\\n)")
        }
        _ => pattern.to_owned(),
    }
}

impl Transform for StrictPatterns {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = obj_mut(schema) {
            let format = obj.get("format").and_then(Value::as_str);
            let syntax = match format {
                Some("date") => Some(DATE_PATTERN),
                Some("date-time") => Some(DATE_TIME_PATTERN),
                Some("uuid") => Some(UUID_PATTERN),
                _ => None,
            };
            if let Some(p) = syntax
                && !obj.contains_key("pattern")
            {
                obj.insert("pattern".into(), p.into());
            }
            if let Some(p) = obj.get("pattern").and_then(Value::as_str) {
                let strict = strict_end_anchor(p);
                obj.insert("pattern".into(), strict.into());
            }
        }
        transform_subschemas(self, schema);
    }
}

/// Appends to the description of a field of a value type how serde reads the value, when
/// the field's own doc (which replaces the type's) does not say it: exact decimals are JSON
/// strings, intervals one-unit ISO 8601 durations, currencies ISO 4217 codes.
#[derive(Debug, Clone, Copy, Default)]
pub struct ValueTypeNotes;

fn value_note(pattern: &str) -> Option<(&'static str, &'static str)> {
    // (word that shows the description already explains it, note to add)
    if pattern == DECIMAL_PATTERN {
        Some((
            "string",
            "Exact decimal written as a JSON string, e.g. \"1234.50\": optional '-', 1–16 \
             integer digits without leading zeros, optional '.' and 1–12 decimals. JSON \
             numbers are refused.",
        ))
    } else if pattern == INTERVAL_PATTERN {
        Some((
            "ISO 8601",
            "One-unit ISO 8601 duration: P<n>D, P<n>W, P<n>M or P<n>Y, n from 1 to 9999.",
        ))
    } else if pattern == CURRENCY_PATTERN {
        Some((
            "ISO 4217",
            "ISO 4217 alphabetic currency code, e.g. \"CNY\".",
        ))
    } else {
        None
    }
}

impl Transform for ValueTypeNotes {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = obj_mut(schema) {
            let note = obj
                .get("pattern")
                .and_then(Value::as_str)
                .and_then(value_note);
            if let Some((marker, note)) = note {
                let desc = obj.get("description").and_then(Value::as_str).unwrap_or("");
                if !desc.contains(marker) {
                    let new = if desc.is_empty() {
                        note.to_owned()
                    } else {
                        format!("{desc} {note}")
                    };
                    obj.insert("description".into(), new.into());
                }
            }
        }
        transform_subschemas(self, schema);
    }
}

/// Heading of the per-value docs that [`EnumValues`] appends to an enum's description.
const VALUES_HEADING: &str = "\n\nValues:\n";

/// Turns schemars' `oneOf` of documented `const` strings (a unit enum) into
/// `{"type": "string", "enum": [...]}`, so every tool lists the values; each value's doc is
/// kept as a line of the description.
#[derive(Debug, Clone, Copy, Default)]
pub struct EnumValues;

impl Transform for EnumValues {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        let Some(obj) = obj_mut(schema) else { return };
        let Some(branches) = obj.get("oneOf").and_then(Value::as_array) else {
            return;
        };
        let mut values = Vec::new();
        let mut docs = Vec::new();
        for b in branches {
            let Some(b) = b.as_object() else { return };
            let plain = b
                .keys()
                .all(|k| matches!(k.as_str(), "type" | "const" | "enum" | "description"));
            let ty_ok = b.get("type").is_none_or(|t| t == "string");
            let consts: Vec<&Value> = match (b.get("const"), b.get("enum")) {
                (Some(c), None) => vec![c],
                (None, Some(Value::Array(vs))) => vs.iter().collect(),
                _ => return,
            };
            if !plain || !ty_ok || !consts.iter().all(|c| c.is_string()) {
                return;
            }
            for c in consts {
                if let (Some(d), Some(v)) =
                    (b.get("description").and_then(Value::as_str), c.as_str())
                {
                    docs.push(format!("- `{v}`: {}", d.replace('\n', " ")));
                }
                values.push(c.clone());
            }
        }
        obj.remove("oneOf");
        obj.insert("type".into(), "string".into());
        obj.insert("enum".into(), Value::Array(values));
        if !docs.is_empty() {
            let head = obj.get("description").and_then(Value::as_str).unwrap_or("");
            let text = if head.is_empty() {
                format!("{}{}", VALUES_HEADING.trim_start(), docs.join("\n"))
            } else {
                format!("{head}{VALUES_HEADING}{}", docs.join("\n"))
            };
            obj.insert("description".into(), text.into());
        }
    }
}

/// Keywords that describe rather than constrain; they stay on the outer schema when a type
/// union is split.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "default",
    "examples",
    "$comment",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$id",
    "$schema",
    "$anchor",
    "$defs",
];

fn applies_to(keyword: &str, ty: &str) -> bool {
    match keyword {
        "minLength" | "maxLength" | "pattern" | "contentEncoding" | "contentMediaType"
        | "contentSchema" => ty == "string",
        "format" => matches!(ty, "string" | "number" | "integer"),
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
            matches!(ty, "number" | "integer")
        }
        "items" | "prefixItems" | "contains" | "minContains" | "maxContains" | "minItems"
        | "maxItems" | "uniqueItems" | "unevaluatedItems" => ty == "array",
        "properties"
        | "patternProperties"
        | "additionalProperties"
        | "required"
        | "propertyNames"
        | "minProperties"
        | "maxProperties"
        | "dependentRequired"
        | "dependentSchemas"
        | "unevaluatedProperties" => ty == "object",
        _ => false,
    }
}

fn json_type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn value_has_type(v: &Value, ty: &str) -> bool {
    let t = json_type_of(v);
    t == ty || (ty == "number" && t == "integer")
}

/// Replaces a type union such as `"type": ["string", "null"]` (schemars' `Option<T>`) by
/// `anyOf` with one branch per type, each carrying the keywords that apply to that type;
/// strict ajv refuses union types unless `allowUnionTypes` is set.
#[derive(Debug, Clone, Copy, Default)]
pub struct SplitTypeUnions;

impl Transform for SplitTypeUnions {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        let Some(obj) = obj_mut(schema) else { return };
        let types: Vec<String> = match obj.get("type") {
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            _ => return,
        };
        obj.remove("type");
        if let [single] = types.as_slice() {
            obj.insert("type".into(), single.clone().into());
            return;
        }
        let enum_values = obj.remove("enum");
        let const_value = obj.remove("const");
        let mut constraints = Map::new();
        for key in obj.keys().cloned().collect::<Vec<_>>() {
            if !ANNOTATIONS.contains(&key.as_str())
                && let Some(v) = obj.remove(&key)
            {
                constraints.insert(key, v);
            }
        }
        let mut branches = Vec::new();
        for ty in &types {
            let mut b = Map::new();
            b.insert("type".into(), ty.clone().into());
            if let Some(Value::Array(vs)) = &enum_values {
                let mine: Vec<Value> = vs
                    .iter()
                    .filter(|v| value_has_type(v, ty))
                    .cloned()
                    .collect();
                if mine.is_empty() {
                    continue;
                }
                if ty != "null" {
                    b.insert("enum".into(), Value::Array(mine));
                }
            }
            if let Some(c) = &const_value {
                if !value_has_type(c, ty) {
                    continue;
                }
                if ty != "null" {
                    b.insert("const".into(), c.clone());
                }
            }
            for (k, v) in &constraints {
                if applies_to(k, ty) {
                    b.insert(k.clone(), v.clone());
                }
            }
            branches.push(Value::Object(b));
        }
        // Constraints that apply to no type in particular (allOf, not, $ref…) stay outside.
        for (k, v) in constraints {
            if !types.iter().any(|t| applies_to(&k, t)) {
                obj.insert(k, v);
            }
        }
        match branches.len() {
            0 => {
                obj.insert("not".into(), json!({}));
            }
            1 => {
                if let Some(Value::Object(b)) = branches.pop() {
                    obj.extend(b);
                }
            }
            _ => {
                obj.insert("anyOf".into(), Value::Array(branches));
            }
        }
    }
}

/// Adds `additionalProperties: false` to every struct schema (an object with `properties`
/// and no `additionalProperties`/`patternProperties`/`unevaluatedProperties` of its own), to
/// match the parser's default refusal of unknown fields. Maps (`extensions`, which schemars
/// gives `additionalProperties: true`) stay open.
#[derive(Debug, Clone, Copy, Default)]
pub struct CloseStructs;

impl Transform for CloseStructs {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = obj_mut(schema) {
            let is_struct = obj.contains_key("properties")
                && !obj.contains_key("additionalProperties")
                && !obj.contains_key("patternProperties")
                && !obj.contains_key("unevaluatedProperties");
            if is_struct {
                obj.insert("additionalProperties".into(), false.into());
            }
        }
        transform_subschemas(self, schema);
    }
}

/// Writes the clauses a schema serves, read from its description by
/// [`clause_references`], as `"$comment": "x-clause: 3.1, 3.3.a"`.
///
/// A property whose doc names no clause inherits the clauses of the struct it belongs to
/// (except `extensions`, which by definition serves none). Ids that the catalog
/// ([`crate::catalog::clause`]) does not know are dropped.
#[derive(Debug, Clone, Default)]
pub struct ClauseTags {
    inherited: Vec<&'static str>,
}

fn set_clause_comment(obj: &mut Map<String, Value>, clauses: &[&str]) {
    if clauses.is_empty() {
        return;
    }
    let tag = format!("{CLAUSE_TAG_PREFIX}{}", clauses.join(", "));
    let comment = match obj.get("$comment").and_then(Value::as_str) {
        Some(old) if old.contains(CLAUSE_TAG_PREFIX) => return,
        Some(old) => format!("{old}; {tag}"),
        None => tag,
    };
    obj.insert("$comment".into(), comment.into());
}

impl Transform for ClauseTags {
    fn transform(&mut self, schema: &mut Schema) {
        let inherited = std::mem::take(&mut self.inherited);
        let Some(obj) = obj_mut(schema) else { return };
        // The per-value docs that [`EnumValues`] appends may mention other clauses.
        let own = obj
            .get("description")
            .and_then(Value::as_str)
            .map(|d| d.split(VALUES_HEADING).next().unwrap_or(d))
            .map(clause_references)
            .unwrap_or_default();
        let effective = if own.is_empty() { inherited } else { own };
        set_clause_comment(obj, &effective);
        for (key, value) in obj.iter_mut() {
            match key.as_str() {
                "properties" => {
                    if let Some(props) = value.as_object_mut() {
                        for (name, prop) in props.iter_mut() {
                            if let Ok(sub) = <&mut Schema>::try_from(prop) {
                                self.inherited = if name == "extensions" {
                                    Vec::new()
                                } else {
                                    effective.clone()
                                };
                                self.transform(sub);
                            }
                        }
                    }
                }
                "$defs" => {
                    if let Some(defs) = value.as_object_mut() {
                        for def in defs.values_mut() {
                            if let Ok(sub) = <&mut Schema>::try_from(def) {
                                self.inherited = Vec::new();
                                self.transform(sub);
                            }
                        }
                    }
                }
                // Other subschemas (items, anyOf branches…) are described by their parent.
                _ => {}
            }
        }
        self.inherited = Vec::new();
    }
}

// ---------------------------------------------------------------------------------------------
// Clause references in doc text

/// The catalog ids (see [`crate::catalog`]) that a doc text names, in order of first
/// appearance, each checked against the catalog.
///
/// Recognised forms (the doc-comment convention):
///
/// * a clause number with at least one dot: `3.1`, `7.3.3.2`, as in
///   `— GB/T 36311—2018, 7.3.3.2` or `(6.1.2, 6.2)`;
/// * a lettered item after a clause number, with an optional space: `3.3 a)`, `7.3.3.2 f)`;
///   a range of items `3.1 a)–d)` (en dash or hyphen) names each item;
/// * a numbered sub-item after an item: `8.3.2 c) 7)`;
/// * a chapter: `Chapter 7` (capital or small c).
///
/// Not counted: text in `` `code` `` spans (example values such as `` `7.3.5` ``), and a
/// reference right after "e.g." or "for example" (it illustrates, it is not the clause
/// served). An item the catalog lacks falls back to its clause; numbers that are no catalog
/// id (`2.2`, `1234.50`) are dropped.
pub fn clause_references(text: &str) -> Vec<&'static str> {
    let cleaned = strip_code_spans(text);
    let chars: Vec<char> = cleaned.chars().collect();
    let mut out: Vec<&'static str> = Vec::new();
    let mut push = |id: &str| {
        if let Some(c) = catalog::clause(id)
            && !out.contains(&c.id)
        {
            out.push(c.id);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars.get(i).is_some_and(char::is_ascii_digit)
            && !i
                .checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '_');
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i;
        // digits ( '.' digits )*
        let mut end = i;
        loop {
            while chars.get(end).is_some_and(char::is_ascii_digit) {
                end += 1;
            }
            if chars.get(end) == Some(&'.') && chars.get(end + 1).is_some_and(char::is_ascii_digit)
            {
                end += 1;
            } else {
                break;
            }
        }
        let number: String = chars.get(start..end).unwrap_or_default().iter().collect();
        let before: String = chars.get(..start).unwrap_or_default().iter().collect();
        let before = before.trim_end();
        i = end;
        // A number glued to a letter or digit ("3.1a", "P1Y") is no reference.
        if chars.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let is_chapter = before.ends_with("Chapter") || before.ends_with("chapter");
        if !number.contains('.') && !is_chapter {
            continue;
        }
        let lower = before.to_ascii_lowercase();
        let example = lower.ends_with("e.g.")
            || lower.ends_with("e.g.,")
            || lower.ends_with("for example")
            || lower.ends_with("for example,");
        // Optional item `a)`, range `a)–d)`, sub-item `7)`.
        let mut items: Vec<String> = Vec::new();
        let mut j = end;
        if chars.get(j) == Some(&' ') {
            j += 1;
        }
        let letter_at = |k: usize| {
            chars
                .get(k)
                .filter(|c| c.is_ascii_lowercase())
                .filter(|_| chars.get(k + 1) == Some(&')'))
                .copied()
        };
        if let Some(first) = letter_at(j) {
            j += 2;
            let mut last = first;
            if matches!(chars.get(j), Some('–' | '-' | '—'))
                && let Some(l) = letter_at(j + 1)
                && l > first
            {
                last = l;
                j += 3;
            }
            for letter in first..=last {
                items.push(format!("{number}.{letter}"));
            }
            // Sub-item `7)` after a single item.
            if first == last {
                let mut k = j;
                if chars.get(k) == Some(&' ') {
                    k += 1;
                }
                let digits_end = (k..chars.len())
                    .find(|&x| !chars.get(x).is_some_and(char::is_ascii_digit))
                    .unwrap_or(chars.len());
                if digits_end > k && chars.get(digits_end) == Some(&')') {
                    let sub: String = chars
                        .get(k..digits_end)
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    items = vec![format!("{number}.{first}.{sub}")];
                    j = digits_end + 1;
                }
            }
            i = j;
        }
        if example {
            continue;
        }
        if items.is_empty() {
            push(&number);
        } else {
            for item in items {
                if catalog::clause(&item).is_some() {
                    push(&item);
                } else {
                    // Unknown sub-item: its item; unknown item: its clause.
                    let parent = item.rsplit_once('.').map(|(p, _)| p).unwrap_or(&number);
                    if catalog::clause(parent).is_some() {
                        push(parent);
                    } else {
                        push(&number);
                    }
                }
            }
        }
    }
    out
}

fn strip_code_spans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for c in text.chars() {
        if c == '`' {
            in_code = !in_code;
            out.push(' ');
        } else if in_code {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn clause_reference_forms() {
        let r = clause_references;
        assert_eq!(
            r("An interested party (相关方) and its requirements — GB/T 36311—2018, 3.2."),
            ["3.2"]
        );
        assert_eq!(
            r("A person — GB/T 36311—2018, 6.1.2, 6.2."),
            ["6.1.2", "6.2"]
        );
        assert_eq!(r("Context factors considered (3.3 a))."), ["3.3.a"]);
        assert_eq!(
            r("Which of 3.1 a)–d) the factor informs."),
            ["3.1.a", "3.1.b", "3.1.c", "3.1.d"]
        );
        assert_eq!(r("Approval (6.4.2 c))."), ["6.4.2.c"]);
        assert_eq!(r("Chapter 7: operation."), ["7"]);
        assert_eq!(r("Sub-item 8.3.2 c) 7) here"), ["8.3.2.c.7"]);
        assert_eq!(r("Catalog id, e.g. `7.3.5`."), Vec::<&str>::new());
        assert_eq!(
            r("Used for things (e.g. 4.1.1 d), promoting the process approach)."),
            Vec::<&str>::new()
        );
        assert_eq!(r("Business model (2.2 note 1)."), Vec::<&str>::new());
        assert_eq!(
            r("Exact decimal, \"1234.50\", P1Y, version 1.0"),
            Vec::<&str>::new()
        );
        assert_eq!(r("Supplier review yearly, 7.3.3.2 f)"), ["7.3.3.2.f"]);
    }

    #[test]
    fn end_anchor() {
        assert_eq!(strict_end_anchor("^a$"), "^a$(?!\\n)");
        assert_eq!(strict_end_anchor("^a\\$"), "^a\\$");
        assert_eq!(strict_end_anchor("^a$(?!\\n)"), "^a$(?!\\n)");
        assert_eq!(strict_end_anchor("^a"), "^a");
    }

    #[test]
    fn unions_split_with_their_keywords() {
        let mut s: Schema = serde_json::from_value(json!({
            "description": "d",
            "type": ["string", "null"],
            "format": "uuid",
            "pattern": "^x$"
        }))
        .unwrap();
        SplitTypeUnions.transform(&mut s);
        assert_eq!(
            s.to_value(),
            json!({
                "description": "d",
                "anyOf": [
                    {"type": "string", "format": "uuid", "pattern": "^x$"},
                    {"type": "null"}
                ]
            })
        );
        let mut s: Schema =
            serde_json::from_value(json!({"type": ["string", "null"], "enum": ["a", null]}))
                .unwrap();
        SplitTypeUnions.transform(&mut s);
        assert_eq!(
            s.to_value(),
            json!({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]})
        );
    }

    #[test]
    fn integer_formats_become_bounds() {
        let s = schema_for::<Option<u32>>();
        let text = s.to_string();
        assert!(!text.contains("\"format\""), "{text}");
        assert!(text.contains("4294967295"), "{text}");
        let s = schema_for::<i64>().to_string();
        assert!(
            s.contains("-9223372036854775808") && !s.contains("\"format\""),
            "{s}"
        );
        let s = schema_for::<chrono::NaiveDateTime>().to_string();
        assert!(
            !s.contains("partial-date-time") && s.contains("pattern"),
            "{s}"
        );
    }
}
