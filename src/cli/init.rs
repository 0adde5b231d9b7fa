//! `ecms init`: a starter document.
//!
//! The skeleton is generated from the model itself (a minimal document, serialized), so it
//! always parses and names every chapter section with its real field name.

use std::io::Write;
use std::path::Path;

use super::Outcome;

/// The minimal organization the skeleton starts from.
const MINIMAL: &str = r#"{
  "schemaVersion": "1.1",
  "organization": {
    "name": "Example Trading Co., Ltd.",
    "businessModels": ["b2c"]
  }
}"#;

/// The starter document, pretty JSON with a final newline.
pub(crate) fn skeleton() -> Result<String, String> {
    let parsed = ecms::parse_document(MINIMAL).map_err(|e| e.to_string())?;
    let mut s = serde_json::to_string_pretty(&parsed.document).map_err(|e| e.to_string())?;
    s.push('\n');
    Ok(s)
}

/// Writes the skeleton to `output` (refusing to overwrite unless `force`) or to standard
/// output.
pub(crate) fn run(
    output: Option<&Path>,
    force: bool,
    err: &mut dyn Write,
) -> Result<Outcome, String> {
    let text = skeleton()?;
    let Some(path) = output else {
        return Ok(Outcome::ok(text.into_bytes()));
    };
    let shown = path.to_string_lossy();
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if force {
        opts.create(true).truncate(true);
    } else {
        opts.create_new(true);
    }
    let mut f = opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!("{shown}: already exists (use --force to overwrite)")
        } else {
            format!("{shown}: cannot write: {e}")
        }
    })?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(|e| format!("{shown}: cannot write: {e}"))?;
    let _ = writeln!(
        err,
        "wrote {}; next: ecms check {} --as-of YYYY-MM-DD (see docs/getting-started.md)",
        super::term::escape_inline(&shown),
        super::term::escape_inline(&shown)
    );
    Ok(Outcome::ok(Vec::new()))
}
