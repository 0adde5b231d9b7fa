//! `ecms redact`: a copy of a document with personal data replaced by keyed pseudonyms.

use std::io::Write;
use std::path::Path;

use ecms::redact::{DEFAULT_KEY, RedactOptions};

use super::Outcome;
use super::input::{Source, load};
use super::term::{escape_controls, escape_inline};

/// The environment variable read for the key when `--key` is not given.
pub(crate) const KEY_ENV: &str = "ECMS_REDACT_KEY";

/// What `redact` was asked to do.
pub(crate) struct Options<'a> {
    /// The input: a path or `-`.
    pub file: &'a str,
    /// Where to write, or standard output.
    pub output: Option<&'a Path>,
    /// Overwrite `output` if it exists.
    pub force: bool,
    /// The key from `--key`.
    pub key: Option<&'a str>,
    /// `--alias ALIAS=NAME` pairs.
    pub aliases: &'a [(String, String)],
    /// Largest input accepted.
    pub max_bytes: u64,
}

/// `--alias`: `ALIAS=NAME`, both not empty.
pub(crate) fn parse_alias(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((a, n)) if !a.trim().is_empty() && !n.trim().is_empty() => {
            Ok((a.trim().to_owned(), n.trim().to_owned()))
        }
        _ => Err(format!("expected ALIAS=NAME, e.g. 小青=杨小青, not {s:?}")),
    }
}

/// Runs `redact`.
pub(crate) fn run(o: &Options<'_>, err: &mut dyn Write) -> Result<Outcome, String> {
    let parsed = match load(&Source::from_arg(o.file), o.max_bytes, false) {
        Ok(l) => l.parsed,
        Err(e) => {
            e.write_to(err);
            return Ok(Outcome {
                code: 2,
                stdout: Vec::new(),
            });
        }
    };
    let env_key = std::env::var_os(KEY_ENV).filter(|k| !k.is_empty());
    let key: Vec<u8> = match (o.key, &env_key) {
        (Some(k), _) => k.as_bytes().to_vec(),
        (None, Some(k)) => k.to_string_lossy().as_bytes().to_vec(),
        (None, None) => {
            let _ = writeln!(
                err,
                "warning: no --key and no {KEY_ENV}: the pseudonyms use the public default key, \
                 and the names behind them can be found by hashing candidate names"
            );
            DEFAULT_KEY.to_vec()
        }
    };
    let mut options = RedactOptions::new(&key);
    options.aliases = o.aliases.to_vec();
    let redacted = ecms::redact::redact_with(&parsed.document, &options)
        .map_err(|e| format!("{}: {e}", o.file))?;
    let mut text = serde_json::to_string_pretty(&redacted.document).map_err(|e| e.to_string())?;
    text.push('\n');

    let r = &redacted.replacements;
    let summary = format!(
        "redacted {} personal value(s): {} field(s), {} occurrence(s) in free text, {} in extensions",
        r.len(),
        r.iter().map(|x| x.fields).sum::<usize>(),
        r.iter().map(|x| x.in_text).sum::<usize>(),
        r.iter().map(|x| x.in_extensions).sum::<usize>(),
    );
    let Some(path) = o.output else {
        let _ = writeln!(err, "{summary}");
        return Ok(Outcome::ok(text.into_bytes()));
    };
    let shown = path.to_string_lossy();
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if o.force {
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
    // Only a regular file can be synced (`-o /dev/null` cannot).
    let regular = f.metadata().is_ok_and(|m| m.is_file());
    f.write_all(text.as_bytes())
        .and_then(|()| if regular { f.sync_all() } else { Ok(()) })
        .map_err(|e| format!("{shown}: cannot write: {e}"))?;
    let _ = writeln!(
        err,
        "{}; wrote {}",
        escape_controls(&summary),
        escape_inline(&shown)
    );
    Ok(Outcome::ok(Vec::new()))
}
