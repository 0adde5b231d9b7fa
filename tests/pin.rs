//! Pins every message the rules can produce on the bundled dataset and its fault-injected
//! variants, so that a refactoring of the rule layer provably changes no output.
//!
//! One node of each shape of the dataset (its pointer with array indexes replaced by `*`;
//! the first occurrence) is removed, and a string is also emptied; each variant that still
//! parses is evaluated and every distinct
//! finding (rule, clause, severity, grade, path, English and Chinese text) is collected. The
//! clean dataset is also evaluated at later dates so that time rules speak.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use std::collections::BTreeSet;

use common::*;
use ecms::rules::evaluate;
use serde_json::Value;

fn lines(doc: &ecms::EcmsDocument, as_of: chrono::NaiveDate, out: &mut BTreeSet<String>) {
    let serialized = serde_json::to_value(doc).unwrap();
    for f in evaluate(doc, as_of).findings {
        // Paths are right where they are emitted: the engine does not repair them.
        if serialized.pointer(&f.path).is_none() {
            out.insert(format!(
                "UNRESOLVED PATH\t{}\t{}\t{}",
                f.rule_id, f.reason, f.path
            ));
        }
        out.insert(format!(
            "{}\t{}\t{}\t{:?}\t{}\t{}\t{}",
            f.rule_id,
            f.clause,
            f.severity.as_str(),
            f.grade,
            f.path,
            f.message.en,
            f.message.zh
        ));
    }
}

fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                let p = format!("{here}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                let p = format!("{here}/{i}");
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        _ => {}
    }
}

fn remove(v: &mut Value, pointer: &str) -> bool {
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    let last = last.replace("~1", "/").replace("~0", "~");
    match v.pointer_mut(parent) {
        Some(Value::Object(m)) => m.remove(&last).is_some(),
        Some(Value::Array(a)) => match last.parse::<usize>() {
            Ok(i) if i < a.len() => {
                a.remove(i);
                true
            }
            _ => false,
        },
        _ => false,
    }
}

fn empty(v: &mut Value, pointer: &str) -> bool {
    match v.pointer_mut(pointer) {
        Some(x @ Value::String(_)) => {
            *x = Value::String(String::new());
            true
        }
        Some(x @ Value::Array(_)) => {
            *x = Value::Array(Vec::new());
            true
        }
        Some(x @ Value::Object(_)) => {
            *x = Value::Object(Default::default());
            true
        }
        _ => false,
    }
}

/// Every distinct finding over the sweep, one per line; `step` keeps every `step`-th shape.
fn sweep(step: usize) -> String {
    let base = dataset_value();
    let mut ps = Vec::new();
    pointers(&base, String::new(), &mut ps);
    let mut shapes = std::collections::HashSet::new();
    ps.retain(|p| {
        let shape: Vec<&str> = p
            .split('/')
            .map(|s| if s.parse::<usize>().is_ok() { "*" } else { s })
            .collect();
        shapes.insert(shape.join("/"))
    });
    let ps: Vec<String> = ps.into_iter().step_by(step).collect();
    let mut out = BTreeSet::new();
    for d in [
        as_of(),
        date(2026, 12, 31),
        date(2027, 6, 30),
        date(2028, 12, 31),
    ] {
        lines(&dataset(), d, &mut out);
    }
    for p in &ps {
        let is_string = base.pointer(p).is_some_and(Value::is_string);
        let edits: &[fn(&mut Value, &str) -> bool] = if is_string {
            &[remove, empty]
        } else {
            &[remove]
        };
        for edit in edits {
            let mut v = base.clone();
            if !edit(&mut v, p) {
                continue;
            }
            let Ok(parsed) = ecms::parse_document(&serde_json::to_string(&v).unwrap()) else {
                continue;
            };
            lines(&parsed.document, as_of(), &mut out);
        }
    }
    let unresolved: Vec<&String> = out.iter().filter(|l| l.starts_with("UNRESOLVED")).collect();
    assert!(
        unresolved.is_empty(),
        "finding paths that do not resolve:\n{}",
        unresolved
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    out.into_iter().collect::<Vec<_>>().join("\n")
}

/// A sample of the sweep (every 12th shape), quick enough for every `cargo test`.
#[test]
fn rule_messages_are_pinned_sampled() {
    insta::assert_snapshot!("rule_messages_sampled", sweep(12));
}

/// The whole sweep: set `ECMS_FULL_SWEEP=1` (CI does, in release mode).
#[test]
fn rule_messages_are_pinned_full() {
    if std::env::var_os("ECMS_FULL_SWEEP").is_none() {
        eprintln!("skipped: set ECMS_FULL_SWEEP=1 to run the full message sweep");
        return;
    }
    insta::assert_snapshot!("rule_messages", sweep(1));
}

/// Every finding path of every bundled dataset and valid fixture resolves in the serialized
/// document, at several dates (the engine does not repair paths).
#[test]
fn every_finding_path_resolves_on_every_dataset_and_fixture() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["examples/data", "tests/fixtures/valid"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "json") {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 6, "{files:?}");
    let mut checked = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let doc = ecms::parse_document(&text).unwrap().document;
        let serialized = serde_json::to_value(&doc).unwrap();
        for d in [date(2025, 1, 1), as_of(), date(2028, 12, 31)] {
            for finding in evaluate(&doc, d).findings {
                checked += 1;
                assert!(
                    serialized.pointer(&finding.path).is_some(),
                    "{}: {} ({}) points at {}, which does not resolve",
                    f.display(),
                    finding.rule_id,
                    finding.reason,
                    finding.path
                );
            }
        }
    }
    assert!(checked > 100, "only {checked} findings checked");
}
