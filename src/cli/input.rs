//! Reading documents: files, directories and standard input, with errors a person can act
//! on — one line each, located where possible, control characters escaped.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use ecms::parse::{ParseOptions, UnknownFieldPolicy};

use super::term::escape_controls;

/// Where a document comes from.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// `-` is standard input; anything else a path.
    pub(crate) fn from_arg(arg: &str) -> Self {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// The name used in messages and reports: the path as given, or `-`.
    pub(crate) fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// A document read and parsed.
pub(crate) struct Loaded {
    /// The text (for line and column lookup).
    pub text: String,
    /// The parsed document.
    pub parsed: ecms::Parsed,
    /// Warnings for standard error (unknown fields read anyway).
    pub warnings: Vec<String>,
}

/// Why a document could not be used: lines for standard error.
#[derive(Debug)]
pub(crate) struct LoadError {
    /// One line per problem, without the trailing newline.
    pub lines: Vec<String>,
}

impl LoadError {
    fn one(line: String) -> Self {
        Self { lines: vec![line] }
    }

    /// A one-line summary (for reports that carry the error, e.g. SARIF, JUnit).
    pub(crate) fn summary(&self) -> String {
        self.lines.join("; ")
    }

    /// Writes the lines to standard error.
    pub(crate) fn write_to(&self, err: &mut dyn Write) {
        for l in &self.lines {
            let _ = writeln!(err, "{}", escape_controls(l));
        }
    }
}

/// Reads at most `max_bytes`; more is an error.
fn read_bytes(src: &Source, name: &str, max_bytes: u64) -> Result<Vec<u8>, LoadError> {
    let too_large = || {
        LoadError::one(format!(
            "{name}: error: larger than --max-bytes ({max_bytes} bytes); raise --max-bytes if this really is one document"
        ))
    };
    let mut bytes = Vec::new();
    let limit = max_bytes.saturating_add(1);
    match src {
        Source::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| {
                    LoadError::one(format!("-: error: cannot read standard input: {e}"))
                })?;
        }
        Source::File(p) => {
            let f = std::fs::File::open(p)
                .map_err(|e| LoadError::one(format!("{name}: error: cannot read: {e}")))?;
            if let Ok(m) = f.metadata() {
                if m.is_dir() {
                    return Err(LoadError::one(format!("{name}: error: is a directory")));
                }
                if m.len() > max_bytes {
                    return Err(too_large());
                }
            }
            f.take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| LoadError::one(format!("{name}: error: cannot read: {e}")))?;
        }
    }
    if bytes.len() as u64 > max_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

/// 1-based line and column (in characters) of a byte offset in valid UTF-8 text.
fn line_col_of(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Decodes UTF-8, locating the first invalid byte.
fn decode(bytes: Vec<u8>, name: &str) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let valid = std::str::from_utf8(bytes.get(..at).unwrap_or(&[])).unwrap_or("");
        let (l, c) = line_col_of(valid, valid.len());
        let byte = bytes.get(at).copied().unwrap_or(0);
        LoadError::one(format!(
            "{name}:{l}:{c}: error: not UTF-8 text (byte 0x{byte:02X} at offset {at}); save the file as UTF-8"
        ))
    })
}

/// Refuses empty input and top-level arrays with a message that says what to do.
fn shape(text: &str, name: &str) -> Result<(), LoadError> {
    let start = text
        .char_indices()
        .find(|(_, c)| !matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{feff}'));
    match start {
        None => Err(LoadError::one(format!(
            "{name}:1:1: error: empty input: expected one JSON object (`ecms init` writes a starter document)"
        ))),
        Some((i, '[')) => {
            let (l, c) = line_col_of(text, i);
            Err(LoadError::one(format!(
                "{name}:{l}:{c}: error: the input is a JSON array; an ecms document is one JSON object (to check several documents, give several files)"
            )))
        }
        Some(_) => Ok(()),
    }
}

/// Reads and parses one document.
pub(crate) fn load(src: &Source, max_bytes: u64, warn_unknown: bool) -> Result<Loaded, LoadError> {
    let name = src.name();
    let bytes = read_bytes(src, &name, max_bytes)?;
    let text = decode(bytes, &name)?;
    shape(&text, &name)?;
    let policy = if warn_unknown {
        UnknownFieldPolicy::Report
    } else {
        UnknownFieldPolicy::Reject
    };
    let parsed = ecms::parse_document_with(
        &text,
        ParseOptions {
            unknown_fields: policy,
        },
    )
    .map_err(|e| parse_error(&e, &name))?;
    let warnings = parsed
        .unknown_fields
        .iter()
        .map(|f| match (f.line, f.column) {
            (Some(l), Some(c)) => {
                format!("{name}:{l}:{c}: warning: unknown field {} ignored", f.path)
            }
            _ => format!("{name}: warning: unknown field {} ignored", f.path),
        })
        .collect();
    Ok(Loaded {
        text,
        parsed,
        warnings,
    })
}

fn parse_error(e: &ecms::ParseError, name: &str) -> LoadError {
    match e {
        ecms::ParseError::UnknownFields { fields } => {
            let mut lines: Vec<String> = fields
                .iter()
                .map(|f| match (f.line, f.column) {
                    (Some(l), Some(c)) => {
                        format!("{name}:{l}:{c}: error: unknown field {}", f.path)
                    }
                    _ => format!("{name}: error: unknown field {}", f.path),
                })
                .collect();
            lines.push(format!(
                "{name}: refused: the model does not know these fields (vendor data belongs in an `extensions` object; --unknown-fields warn reads the file anyway)"
            ));
            LoadError { lines }
        }
        ecms::ParseError::Invalid {
            line,
            column,
            path,
            message,
            ..
        } => {
            let at = if path.is_empty() { "/" } else { path.as_str() };
            LoadError::one(format!("{name}:{line}:{column}: error at {at}: {message}"))
        }
        other => LoadError::one(format!("{name}: error: {other}")),
    }
}

/// Expands the command line's inputs: directories become every `*.json` file below them,
/// in name order. Directories that cannot be listed are errors in place.
pub(crate) fn expand(args: &[String]) -> Vec<Result<Source, LoadError>> {
    let mut out = Vec::new();
    for a in args {
        let src = Source::from_arg(a);
        match &src {
            Source::File(p) if p.is_dir() => walk(p, &mut out, 0),
            _ => out.push(Ok(src)),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Source, LoadError>>, depth: usize) {
    let name = dir.to_string_lossy().into_owned();
    if depth > 64 {
        out.push(Err(LoadError::one(format!(
            "{name}: error: directories nested more than 64 deep"
        ))));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Err(LoadError::one(format!(
                "{name}: error: cannot list: {e}"
            ))));
            return;
        }
    };
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            // Symbolic links to directories are not followed (no cycles).
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            (e.path(), is_dir)
        })
        .collect();
    paths.sort();
    for (p, is_dir) in paths {
        if is_dir {
            walk(&p, out, depth + 1);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(Ok(Source::File(p)));
        }
    }
}
