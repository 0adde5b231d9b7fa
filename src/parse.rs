//! Reading a document from JSON text, with located errors.
//!
//! Syntax errors and values of the wrong shape (a bad date, UUID, decimal, interval or enum
//! value) are [`ParseError`]s carrying the line, column and JSON pointer of the problem.
//! Fields the model does not know are never dropped silently: they are returned as
//! [`UnknownField`]s, or refused, as the caller's [`UnknownFieldPolicy`] says.
//!
//! Every refusal carries a 1-based line and column — **columns count characters**
//! (Unicode scalar values), never bytes, in every kind of error — and the JSON pointer of
//! the value concerned, and says in words what was expected and what was found.
//!
//! Bytes from a file or a socket go to [`parse_bytes`], which reports invalid UTF-8 at its
//! line and column. A UTF-8 byte order mark (`EF BB BF`, or `U+FEFF` at the start of a
//! `&str`) is **accepted and skipped**: RFC 8259 allows a parser to ignore it, and editors
//! on Windows add it silently; it carries no data, so nothing is lost. Line 1, column 1 is
//! the first character after it. A UTF-16 or UTF-32 byte order mark is refused with a
//! message saying to save the file as UTF-8.
//!
//! Object keys are unique everywhere, `extensions` included: a key given twice is refused
//! at its second occurrence, with the location of the first in the message.

use serde::Deserialize;
use std::fmt;

use crate::locate::{WalkEnd, from_byte_column, full_walk, locate_all, location_at};
use crate::model::EcmsDocument;
use crate::pointer::Pointer;

/// What to do with fields the model does not know.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnknownFieldPolicy {
    /// Refuse the document: [`ParseError::UnknownFields`]. The default, because a
    /// misspelt field would otherwise look like a missing record.
    #[default]
    Reject,
    /// Accept the document and list the fields in [`Parsed::unknown_fields`] (they are
    /// not kept in the model; vendor data belongs in `extensions`).
    Report,
}

/// Options for [`parse_document_with`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Unknown-field policy.
    pub unknown_fields: UnknownFieldPolicy,
}

/// A field present in the input that the model does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField {
    /// JSON pointer of the field.
    pub path: String,
    /// 1-based line of the field's key, when it can be found.
    pub line: Option<usize>,
    /// 1-based column of the field's key, when it can be found.
    pub column: Option<usize>,
}

/// A document and what was noticed while reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The document.
    pub document: EcmsDocument,
    /// Fields that were not understood (only with [`UnknownFieldPolicy::Report`]).
    pub unknown_fields: Vec<UnknownField>,
}

/// Kind of a [`ParseError::Invalid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidKind {
    /// Not JSON at all (bad token, bad escape…).
    Syntax,
    /// The input ends too early.
    Eof,
    /// Valid JSON, but a value has the wrong type or format for its field.
    Data,
    /// The input could not be read.
    Io,
    /// The bytes are not UTF-8 text (see [`parse_bytes`]).
    Encoding,
    /// A key appears twice in one object.
    DuplicateKey,
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The text is not JSON, or a value has the wrong shape.
    #[error("line {line}, column {column}, at {}: {message}", display_path(path))]
    Invalid {
        /// What went wrong.
        kind: InvalidKind,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// JSON pointer of the value in error (`""` for the whole document).
        path: String,
        /// Explanation.
        message: String,
    },
    /// Fields the model does not know (with [`UnknownFieldPolicy::Reject`]).
    #[error("{} unknown field(s): {}", fields.len(), list_unknown(fields))]
    UnknownFields {
        /// The fields.
        fields: Vec<UnknownField>,
    },
    /// The document declares a format version this crate cannot read.
    #[error(
        "line {line}, column {column}, at {path}: unsupported schemaVersion {found:?} ({relation}): this version of ecms reads format versions {SUPPORTED_VERSIONS}"
    )]
    UnsupportedVersion {
        /// The declared version.
        found: String,
        /// Whether it is older or newer than the versions read, or not a version at all.
        relation: VersionRelation,
        /// 1-based line of the `schemaVersion` member.
        line: usize,
        /// 1-based column (in characters) of the `schemaVersion` member.
        column: usize,
        /// JSON pointer: always `/schemaVersion`.
        path: String,
    },
}

/// The format versions [`parse_document`] reads, in words.
pub const SUPPORTED_VERSIONS: &str = "1.0 and 1.1";

/// The format versions [`parse_document`] reads. Format 1.1 only adds optional fields and
/// open vocabularies to 1.0, so a 1.0 document is read as it is (its migration is the
/// identity) and keeps its declared version when written back.
pub const FORMAT_VERSIONS: &[&str] = &["1.0", "1.1"];

/// How an unsupported format version relates to the versions this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VersionRelation {
    /// Older than every version read (e.g. `0.9`): written before format 1.0 was published.
    Older,
    /// Newer than every version read (e.g. `1.2`, `2.0`): written for a later release of
    /// ecms, whose fields this one may not know.
    Newer,
    /// Not a version number of the form `MAJOR.MINOR`.
    NotAVersion,
}

impl fmt::Display for VersionRelation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Older => "older than the versions this ecms reads",
            Self::Newer => "newer than the versions this ecms reads; upgrade ecms",
            Self::NotAVersion => "not a format version such as \"1.1\"",
        })
    }
}

/// How `found` relates to [`FORMAT_VERSIONS`]; `None` when it is one of them.
pub fn version_relation(found: &str) -> Option<VersionRelation> {
    if FORMAT_VERSIONS.contains(&found) {
        return None;
    }
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let parsed = found
        .split_once('.')
        .and_then(|(a, b)| Some((number(a)?, number(b)?)));
    Some(match parsed {
        None => VersionRelation::NotAVersion,
        Some(v) if v < (1, 0) => VersionRelation::Older,
        Some(v) if v > (1, 1) => VersionRelation::Newer,
        // 1.0 written as 1.00 and the like.
        Some(_) => VersionRelation::NotAVersion,
    })
}

fn display_path(p: &str) -> &str {
    if p.is_empty() { "the document root" } else { p }
}

fn list_unknown(fields: &[UnknownField]) -> String {
    fields
        .iter()
        .map(|f| match (f.line, f.column) {
            (Some(l), Some(c)) => format!("{} (line {l}, column {c})", f.path),
            _ => f.path.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses a document, refusing unknown fields; errors name line, column and JSON path.
///
/// ```
/// let ok = ecms::parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "Shop"}}"#)?;
/// assert_eq!(ok.document.organization.name, "Shop");
///
/// // A misspelt field is refused rather than dropped.
/// let text = r#"{"schemaVersion": "1.0", "organization": {"name": "Shop"}, "organisation": {}}"#;
/// let err = ecms::parse_document(text).unwrap_err();
/// assert!(err.to_string().contains("/organisation"), "{err}");
/// # Ok::<(), ecms::parse::ParseError>(())
/// ```
pub fn parse_document(text: &str) -> Result<Parsed, ParseError> {
    parse_document_with(text, ParseOptions::default())
}

/// Parses a document from bytes (a file's content), refusing unknown fields.
///
/// Bytes that are not UTF-8 are refused with [`InvalidKind::Encoding`] at the line and
/// column of the first bad byte (columns count the characters before it), with the JSON
/// pointer of the value it falls in. A UTF-8 byte order mark is skipped; a UTF-16 or
/// UTF-32 one is refused. Everything else is as [`parse_document`].
///
/// ```
/// let err = ecms::parse_bytes(b"{\"schemaVersion\": \"1.0\",\n \"organization\": {\"name\": \"\xff\"}}")
///     .expect_err("not UTF-8");
/// assert_eq!(
///     err.to_string(),
///     "line 2, column 28, at /organization/name: invalid UTF-8: byte 0xFF cannot appear in UTF-8 text; save the file as UTF-8"
/// );
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ParseError> {
    parse_bytes_with(bytes, ParseOptions::default())
}

/// [`parse_bytes`] with options.
pub fn parse_bytes_with(bytes: &[u8], options: ParseOptions) -> Result<Parsed, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    for (bom, name) in [
        (&b"\x00\x00\xFE\xFF"[..], "UTF-32 (big-endian)"),
        (&b"\xFF\xFE\x00\x00"[..], "UTF-32 (little-endian)"),
        (&b"\xFE\xFF"[..], "UTF-16 (big-endian)"),
        (&b"\xFF\xFE"[..], "UTF-16 (little-endian)"),
    ] {
        if bytes.starts_with(bom) {
            return Err(ParseError::Invalid {
                kind: InvalidKind::Encoding,
                line: 1,
                column: 1,
                path: String::new(),
                message: format!(
                    "the file starts with a {name} byte order mark: ecms reads UTF-8 only; save the file as UTF-8"
                ),
            });
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_document_with(text, options),
        Err(e) => Err(utf8_error(bytes, &e)),
    }
}

fn utf8_error(bytes: &[u8], e: &std::str::Utf8Error) -> ParseError {
    let good = e.valid_up_to();
    let prefix = bytes
        .get(..good)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("");
    let at = location_at(prefix, good);
    let path = match full_walk(prefix.as_bytes()) {
        WalkEnd::Eof(p) => p,
        _ => String::new(),
    };
    let bad: Vec<String> = bytes
        .get(good..good.saturating_add(e.error_len().unwrap_or(1).max(1)))
        .unwrap_or(&[])
        .iter()
        .map(|b| format!("0x{b:02X}"))
        .collect();
    let message = match e.error_len() {
        None => format!(
            "invalid UTF-8: the text ends inside a character (bytes {}); save the file as UTF-8",
            bad.join(" ")
        ),
        Some(1) => format!(
            "invalid UTF-8: byte {} cannot appear in UTF-8 text; save the file as UTF-8",
            bad.join(" ")
        ),
        Some(_) => format!(
            "invalid UTF-8: bytes {} do not form a character; save the file as UTF-8",
            bad.join(" ")
        ),
    };
    ParseError::Invalid {
        kind: InvalidKind::Encoding,
        line: at.line,
        column: at.column,
        path,
        message,
    }
}

/// The `schemaVersion` string of a JSON object, when the text is JSON and has one.
fn declared_version(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(rename = "schemaVersion")]
        schema_version: Option<serde_json::Value>,
    }
    match serde_json::from_str::<Head>(text).ok()?.schema_version? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    }
}

fn check_version(text: &str, found: String) -> Result<(), ParseError> {
    let Some(relation) = version_relation(&found) else {
        return Ok(());
    };
    let at = locate_all(text, &["/schemaVersion"])
        .pop()
        .flatten()
        .unwrap_or_else(|| location_at(text, 0));
    Err(ParseError::UnsupportedVersion {
        found,
        relation,
        line: at.line,
        column: at.column,
        path: "/schemaVersion".into(),
    })
}

/// Parses a document with options.
pub fn parse_document_with(text: &str, options: ParseOptions) -> Result<Parsed, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The version first: a document of another format version gets an error naming its
    // version, not whatever its other fields would cause.
    if let Some(found) = declared_version(text) {
        check_version(text, found)?;
    }
    let (document, unknown_fields) = deserialize_tracked::<EcmsDocument>(text)?;
    check_version(text, document.schema_version.clone())?;
    if !unknown_fields.is_empty() && options.unknown_fields == UnknownFieldPolicy::Reject {
        return Err(ParseError::UnknownFields {
            fields: unknown_fields,
        });
    }
    Ok(Parsed {
        document,
        unknown_fields,
    })
}

/// Parses any model type (a fragment such as one supplier) with the same located errors.
/// Unknown fields are refused.
pub fn parse_value<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (value, fields) = deserialize_tracked::<T>(text)?;
    if !fields.is_empty() {
        return Err(ParseError::UnknownFields { fields });
    }
    Ok(value)
}

/// Deserializes with path tracking, collecting the fields the model ignored.
fn deserialize_tracked<T: for<'de> Deserialize<'de>>(
    text: &str,
) -> Result<(T, Vec<UnknownField>), ParseError> {
    let mut unknown_paths: Vec<String> = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<T, _> = {
        let mut record = |p: serde_ignored::Path<'_>| unknown_paths.push(ignored_to_pointer(&p));
        let ignoring =
            serde_ignored::Deserializer::new(crate::strict::Strict(&mut de), &mut record);
        serde_path_to_error::deserialize(ignoring)
    };
    let value = result.map_err(|e| {
        let path = tracked_to_pointer(e.path());
        from_json_error(text, e.inner(), path)
    })?;
    de.end()
        .map_err(|e| from_json_error(text, &e, String::new()))?;
    // One pass over the text locates every unknown field, however many there are.
    let pointers: Vec<&str> = unknown_paths.iter().map(String::as_str).collect();
    let locations = locate_all(text, &pointers);
    let fields = unknown_paths
        .iter()
        .zip(locations)
        .map(|(path, at)| UnknownField {
            line: at.map(|l| l.line),
            column: at.map(|l| l.column),
            path: path.clone(),
        })
        .collect();
    Ok((value, fields))
}

fn from_json_error(text: &str, e: &serde_json::Error, path: String) -> ParseError {
    use serde_json::error::Category;
    let kind = match e.classify() {
        Category::Io => InvalidKind::Io,
        Category::Syntax => InvalidKind::Syntax,
        Category::Eof => InvalidKind::Eof,
        Category::Data => InvalidKind::Data,
    };
    let full = e.to_string();
    let bare = match full.rfind(" at line ") {
        Some(i) => full.get(..i).unwrap_or(&full).to_owned(),
        None => full,
    };
    // A duplicate key: locate its second occurrence exactly (one pass over the text).
    if kind == InvalidKind::Data
        && bare.contains("duplicate")
        && let WalkEnd::Duplicate(d) = full_walk(text.as_bytes())
    {
        let first = location_at(text, d.first);
        let at = location_at(text, d.offset);
        let key = crate::pointer::Pointer::parse(&d.pointer)
            .and_then(|p| p.last().map(str::to_owned))
            .unwrap_or_default();
        return ParseError::Invalid {
            kind: InvalidKind::DuplicateKey,
            line: at.line,
            column: at.column,
            path: d.pointer,
            message: format!(
                "duplicate key {key:?}: it is already given at line {}, column {}; each key may appear only once in an object",
                first.line, first.column
            ),
        };
    }
    // serde_json counts columns in bytes; ecms counts characters everywhere.
    let at = from_byte_column(text, e.line().max(1), e.column());
    let found = describe_found(text, at.offset);
    let message = explain(kind, &bare, &found);
    ParseError::Invalid {
        kind,
        line: at.line,
        column: at.column,
        path,
        message,
    }
}

/// What is at a byte offset, in words.
fn describe_found(text: &str, offset: usize) -> String {
    match text.get(offset..).and_then(|t| t.chars().next()) {
        None => "the end of the text".into(),
        Some(c) if c.is_control() || c.is_whitespace() => format!("{:?}", c),
        Some(c) => format!("`{c}`"),
    }
}

/// serde_json's terse syntax messages, said in words with what was found.
fn explain(kind: InvalidKind, bare: &str, found: &str) -> String {
    const VALUE: &str = "a JSON value (an object, array, string, number, true, false or null)";
    match kind {
        InvalidKind::Syntax => match bare {
            "expected value" => format!("expected {VALUE}, found {found}"),
            "expected ident" => format!("expected `true`, `false` or `null`, found {found}"),
            "key must be a string" => {
                format!("expected an object key in double quotes, found {found}")
            }
            "trailing comma" => "a comma before a closing bracket: remove the trailing `,`".into(),
            "trailing characters" => {
                format!("expected the end of the text after the document, found {found}")
            }
            "recursion limit exceeded" => {
                "values nested more than 128 levels deep are refused".into()
            }
            other if other.starts_with("expected `") => format!("{other}, found {found}"),
            other => other.to_owned(),
        },
        InvalidKind::Eof => format!(
            "the text ends too early ({bare}): the document is incomplete — is the file truncated?"
        ),
        _ => bare.to_owned(),
    }
}

fn tracked_to_pointer(path: &serde_path_to_error::Path) -> String {
    let mut p = Pointer::root();
    for seg in path {
        match seg {
            serde_path_to_error::Segment::Seq { index } => p.push_index(*index),
            serde_path_to_error::Segment::Map { key } => p.push(key),
            serde_path_to_error::Segment::Enum { variant } => p.push(variant),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    p.to_string()
}

fn ignored_to_pointer(path: &serde_ignored::Path<'_>) -> String {
    fn walk(path: &serde_ignored::Path<'_>, p: &mut Pointer) {
        use serde_ignored::Path as P;
        match path {
            P::Root => {}
            P::Seq { parent, index } => {
                walk(parent, p);
                p.push_index(*index);
            }
            P::Map { parent, key } => {
                walk(parent, p);
                p.push(key);
            }
            P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
                walk(parent, p)
            }
        }
    }
    let mut p = Pointer::root();
    walk(path, &mut p);
    p.to_string()
}
