//! Reading a document from JSON text, with located errors.
//!
//! Syntax errors and values of the wrong shape (a bad date, UUID, decimal, interval or enum
//! value) are [`ParseError`]s carrying the line, column and JSON pointer of the problem.
//! Fields the model does not know are never dropped silently: they are returned as
//! [`UnknownField`]s, or refused, as the caller's [`UnknownFieldPolicy`] says.

use serde::Deserialize;

use crate::locate::locate;
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
        /// 1-based column.
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
        "unsupported schemaVersion {found:?} at /schemaVersion: this version of ecms reads 1.x"
    )]
    UnsupportedVersion {
        /// The declared version.
        found: String,
    },
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

/// Parses a document, refusing unknown fields.
pub fn parse_document(text: &str) -> Result<Parsed, ParseError> {
    parse_document_with(text, ParseOptions::default())
}

/// Parses a document with options.
pub fn parse_document_with(text: &str, options: ParseOptions) -> Result<Parsed, ParseError> {
    let (document, unknown_fields) = deserialize_tracked::<EcmsDocument>(text)?;
    let major = document.schema_version.split('.').next().unwrap_or("");
    if major != "1" {
        return Err(ParseError::UnsupportedVersion {
            found: document.schema_version.clone(),
        });
    }
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
        from_json_error(e.inner(), path)
    })?;
    de.end().map_err(|e| from_json_error(&e, String::new()))?;
    let fields = unknown_paths
        .into_iter()
        .map(|path| {
            let pos = locate(text, &path);
            UnknownField {
                line: pos.map(|p| p.0),
                column: pos.map(|p| p.1),
                path,
            }
        })
        .collect();
    Ok((value, fields))
}

fn from_json_error(e: &serde_json::Error, path: String) -> ParseError {
    use serde_json::error::Category;
    let kind = match e.classify() {
        Category::Io => InvalidKind::Io,
        Category::Syntax => InvalidKind::Syntax,
        Category::Eof => InvalidKind::Eof,
        Category::Data => InvalidKind::Data,
    };
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full.get(..i).unwrap_or(&full).to_owned(),
        None => full,
    };
    ParseError::Invalid {
        kind,
        line: e.line().max(1),
        column: e.column().max(1),
        path,
        message,
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
