//! `ecms check`: many files, checked in parallel on the machine's cores, reported in the
//! order given. The library stays thread-free; the threads live here.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use ecms::common::Date;
use ecms::conformity::{self, ConformityReport};
use ecms::rules::{Engine, Severity};

use super::input::{self, LoadError, Source};
use super::locate::locate_all;
use super::{CheckFormat, FailOn, Outcome, formats, json_to, text};

/// What `check` was asked to do.
pub(crate) struct Options {
    pub files: Vec<String>,
    pub as_of: Date,
    pub max_bytes: u64,
    pub format: CheckFormat,
    pub fail_on: FailOn,
    pub unknown_fields_warn: bool,
    pub zh: bool,
    pub color: bool,
    /// The embedder's parameters (`--param`, `--parameters`).
    pub parameters: ecms::params::Parameters,
}

/// One document checked.
pub(crate) struct Checked {
    /// The organization's name, from the document.
    pub organization: String,
    /// The conformity report.
    pub report: ConformityReport,
    /// Line and column of each finding's path, index for index.
    pub positions: Vec<Option<(usize, usize)>>,
    /// Warnings raised while reading (unknown fields read anyway).
    pub warnings: Vec<String>,
    /// Whether the findings reach `--fail-on`.
    pub failing: bool,
}

/// The result for one input.
pub(crate) struct FileResult {
    /// The name as given (`-` for standard input).
    pub name: String,
    /// The check, or why the input could not be read.
    pub outcome: Result<Checked, LoadError>,
}

fn failing(report: &ConformityReport, fail_on: FailOn) -> bool {
    match fail_on {
        FailOn::Never => false,
        FailOn::Warning => report
            .findings
            .iter()
            .any(|f| f.severity <= Severity::Warning),
        FailOn::Error => report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error),
    }
}

fn check_one(src: &Source, o: &Options, engine: &Engine) -> Result<Checked, LoadError> {
    let loaded = input::load(src, o.max_bytes, o.unknown_fields_warn)?;
    let doc = &loaded.parsed.document;
    let report = engine.evaluate(doc, o.as_of);
    let report = conformity::build(doc, engine, report);
    let paths: Vec<&str> = report.findings.iter().map(|f| f.path.as_str()).collect();
    let positions = locate_all(&loaded.text, &paths);
    Ok(Checked {
        organization: doc.organization.name.clone(),
        failing: failing(&report, o.fail_on),
        report,
        positions,
        warnings: loaded.warnings,
    })
}

/// Checks every input, in parallel, keeping the input order.
fn check_all(o: &Options) -> Vec<FileResult> {
    let sources = input::expand(&o.files);
    let mut engine = Engine::new();
    engine.set_parameters(o.parameters.clone());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(sources.len())
        .max(1);
    let work = || {
        let mut done: Vec<(usize, FileResult)> = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(src) = sources.get(i) else { break };
            let result = match src {
                Ok(s) => FileResult {
                    name: s.name(),
                    outcome: check_one(s, o, &engine),
                },
                Err(e) => FileResult {
                    name: String::new(),
                    outcome: Err(LoadError {
                        lines: e.lines.clone(),
                    }),
                },
            };
            done.push((i, result));
        }
        done
    };
    let mut slots: Vec<Option<FileResult>> = (0..sources.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
        for h in handles {
            // A worker cannot panic (the library does not); if one did, its files stay
            // empty slots and are reported as failures below.
            if let Ok(done) = h.join() {
                for (i, r) in done {
                    if let Some(slot) = slots.get_mut(i) {
                        *slot = Some(r);
                    }
                }
            }
        }
    });
    slots
        .into_iter()
        .zip(&sources)
        .map(|(slot, src)| {
            slot.unwrap_or_else(|| FileResult {
                name: src.as_ref().map(Source::name).unwrap_or_default(),
                outcome: Err(LoadError {
                    lines: vec!["error: internal failure while checking".to_owned()],
                }),
            })
        })
        .collect()
}

/// Runs `check`.
pub(crate) fn run(o: &Options, err: &mut dyn Write) -> Result<Outcome, String> {
    let results = check_all(o);
    // Standard error first, in input order: warnings and unreadable inputs.
    for r in &results {
        match &r.outcome {
            Ok(c) => {
                for w in &c.warnings {
                    let _ = writeln!(err, "{}", super::term::escape_controls(w));
                }
            }
            Err(e) => e.write_to(err),
        }
    }
    let code = if results.iter().any(|r| r.outcome.is_err()) {
        2
    } else if results
        .iter()
        .any(|r| r.outcome.as_ref().is_ok_and(|c| c.failing))
    {
        1
    } else {
        0
    };
    let mut out = Vec::new();
    match o.format {
        CheckFormat::Text => text::check_reports(&mut out, &results, o.zh, o.color),
        CheckFormat::Json => json(&mut out, &results)?,
        CheckFormat::Sarif => formats::sarif(&mut out, &results, o.zh)?,
        CheckFormat::Junit => formats::junit(&mut out, &results, o.zh),
        CheckFormat::Github => formats::github(&mut out, &results, o.zh),
    }
    Ok(Outcome { code, stdout: out })
}

/// One file: the report itself (docs/schema/report.json). Several: `{"files": [...]}`
/// with `{"file", "report"}` or `{"file", "error"}` per input.
fn json(out: &mut Vec<u8>, results: &[FileResult]) -> Result<(), String> {
    if let [one] = results {
        if let Ok(c) = &one.outcome {
            json_to(out, &c.report)?;
        }
        return Ok(());
    }
    let files: Vec<serde_json::Value> = results
        .iter()
        .map(|r| match &r.outcome {
            Ok(c) => serde_json::json!({ "file": r.name, "report": c.report }),
            Err(e) => serde_json::json!({ "file": r.name, "error": e.summary() }),
        })
        .collect();
    json_to(out, &serde_json::json!({ "files": files }))
}
