//! Snapshots of the `ecms` binary's outputs (insta; the `.snap` files live in
//! tests/snapshots/). The binary runs with relative paths from the crate's directory (or
//! from the test's temporary directory for the edited copy), so no snapshot holds a path of
//! this machine. On CI (`CI=true`) a mismatch fails; locally, `INSTA_UPDATE=always` (or
//! `cargo insta review`) accepts new snapshots.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::Path;
use std::process::Command;

const DATASET: &str = "examples/data/silk-road-threads.json";

/// Runs `ecms` in `dir`; returns "exit N", then stdout, then stderr.
fn run_in(dir: &Path, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_ecms"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let mut s = format!("exit {}\n", o.status.code().unwrap_or(-1));
    s.push_str(&String::from_utf8_lossy(&o.stdout));
    if !o.stderr.is_empty() {
        s.push_str("--- stderr\n");
        s.push_str(&String::from_utf8_lossy(&o.stderr));
    }
    s
}

fn run(args: &[&str]) -> String {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// A copy of the dataset with three edits, written to the test's temporary directory as
/// `edited.json`: the processes of 3.4 removed, a reference to a person who does not
/// exist, and management reviews removed.
fn edited() -> &'static Path {
    static ONCE: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    ONCE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-snapshots");
        std::fs::create_dir_all(&dir).unwrap();
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(DATASET)).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["context"].as_object_mut().unwrap().remove("processes");
        v["performance"]
            .as_object_mut()
            .unwrap()
            .remove("managementReviews");
        v["organization"]["topManagement"][0] =
            serde_json::Value::String("00000000-0000-4000-8000-000000000000".into());
        let out = serde_json::to_string_pretty(&v).unwrap();
        std::fs::write(dir.join("edited.json"), out).unwrap();
        dir
    })
}

fn run_edited(args: &[&str]) -> String {
    run_in(edited(), args)
}

/// Keeps snapshots reviewable: the exit line, then the JSON output with each array at the
/// given pointers cut to its first `keep` elements plus a note of how many there were.
fn shrink(output: &str, cuts: &[&str], keep: usize) -> String {
    let (exit, json) = output.split_once('\n').unwrap();
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    for p in cuts {
        let a = v.pointer_mut(p).unwrap().as_array_mut().unwrap();
        let n = a.len();
        a.truncate(keep);
        a.push(serde_json::Value::String(format!(
            "(snapshot: {keep} of {n} shown)"
        )));
    }
    format!("{exit}\n{}\n", serde_json::to_string_pretty(&v).unwrap())
}

#[test]
fn check_clean_text() {
    insta::assert_snapshot!(run(&["check", DATASET, "--as-of", "2026-06-30"]));
}

#[test]
fn check_clean_json() {
    insta::assert_snapshot!(run(&[
        "check",
        DATASET,
        "--as-of",
        "2026-06-30",
        "--format",
        "json"
    ]));
}

#[test]
fn check_edited_text_en_and_zh() {
    insta::assert_snapshot!(run_edited(&[
        "check",
        "edited.json",
        "--as-of",
        "2026-06-30"
    ]));
    insta::assert_snapshot!(run_edited(&[
        "check",
        "edited.json",
        "--as-of",
        "2026-06-30",
        "--lang",
        "zh"
    ]));
}

#[test]
fn check_edited_sarif() {
    let out = run_edited(&[
        "check",
        "edited.json",
        "--as-of",
        "2026-06-30",
        "--format",
        "sarif",
    ]);
    insta::assert_snapshot!(shrink(
        &out,
        &["/runs/0/tool/driver/rules", "/runs/0/results"],
        3
    ));
}

#[test]
fn check_edited_junit() {
    insta::assert_snapshot!(run_edited(&[
        "check",
        "edited.json",
        "--as-of",
        "2026-06-30",
        "--format",
        "junit"
    ]));
}

#[test]
fn check_edited_github() {
    insta::assert_snapshot!(run_edited(&[
        "check",
        "edited.json",
        "--as-of",
        "2026-06-30",
        "--format",
        "github",
        "--fail-on",
        "warning"
    ]));
}

#[test]
fn check_edited_json() {
    let out = run_edited(&[
        "check",
        "edited.json",
        "--as-of",
        "2026-06-30",
        "--format",
        "json",
    ]);
    insta::assert_snapshot!(shrink(&out, &["/findings", "/clauses"], 5));
}

#[test]
fn check_several_files() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATASET);
    std::fs::copy(data, edited().join("clean.json")).unwrap();
    std::fs::write(
        edited().join("broken.json"),
        "{\n  \"schemaVersion\": \"1.0\",\n",
    )
    .unwrap();
    insta::assert_snapshot!(run_edited(&[
        "check",
        "clean.json",
        "edited.json",
        "broken.json",
        "--as-of",
        "2026-06-30",
        "--format",
        "github"
    ]));
}

#[test]
fn obligations_text() {
    insta::assert_snapshot!(run(&[
        "obligations",
        DATASET,
        "--as-of",
        "2026-06-30",
        "--horizon-days",
        "90"
    ]));
    insta::assert_snapshot!(run(&[
        "obligations",
        DATASET,
        "--as-of",
        "2026-06-30",
        "--horizon-days",
        "90",
        "--lang",
        "zh"
    ]));
}

#[test]
fn explain_rules() {
    insta::assert_snapshot!(run(&["explain", "ecms-3.4-processes-defined"]));
    insta::assert_snapshot!(run(&[
        "explain",
        "ecms-3.4-processes-defined",
        "--lang",
        "zh"
    ]));
    insta::assert_snapshot!(run(&["explain", "ecms-3.1-factor-review-overdue"]));
    insta::assert_snapshot!(run(&["explain", "ecms-ref-dangling"]));
}

#[test]
fn init_and_usage() {
    insta::assert_snapshot!(run(&["init"]));
    insta::assert_snapshot!(run(&["--help"]));
    insta::assert_snapshot!(run(&["check", "--help"]));
    insta::assert_snapshot!(run(&["check", "x.json", "--as-of", "2026-6-30"]));
}

#[test]
fn listings() {
    insta::assert_snapshot!(run(&["rules"]));
    insta::assert_snapshot!(run(&["catalog", "--lang", "zh"]));
}
