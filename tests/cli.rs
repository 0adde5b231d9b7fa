//! The `ecms` binary: exit codes, formats, messages.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const DATASET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/silk-road-threads.json"
);

fn ecms(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecms"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn bundled_dataset_checks_clean() {
    let o = ecms(&["check", DATASET, "--as-of", "2026-06-30"], None);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    assert!(text(&o.stdout).contains("0 error(s), 0 warning(s)"));
}

#[test]
fn json_output_has_the_contract_fields() {
    let o = ecms(
        &[
            "check",
            DATASET,
            "--as-of",
            "2026-06-30",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["asOf"], "2026-06-30");
    assert!(v["findings"].as_array().unwrap().is_empty());
    let clauses = v["clauses"].as_array().unwrap();
    assert!(clauses.iter().any(|c| c["clause"] == "7.3.3.2"));
    assert!(v["summary"]["leafClauses"]["conforms"].as_u64().is_some());
}

#[test]
fn findings_exit_1_and_fail_on_never_exits_0() {
    let late = ["check", DATASET, "--as-of", "2030-01-01"];
    let o = ecms(&late, None);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(out.contains("ecms-3.1-factor-review-overdue"), "{out}");
    let o = ecms(
        &[
            "check",
            DATASET,
            "--as-of",
            "2030-01-01",
            "--fail-on",
            "never",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let o = ecms(
        &["check", DATASET, "--as-of", "2030-01-01", "--lang", "zh"],
        None,
    );
    assert!(text(&o.stdout).contains("评审"));
    let o = ecms(
        &[
            "check",
            DATASET,
            "--as-of",
            "2030-01-01",
            "--format",
            "json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let f = &v["findings"][0];
    for key in ["ruleId", "clause", "severity", "path", "message", "params"] {
        assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
    }
    assert!(f["message"]["en"].is_string() && f["message"]["zh"].is_string());
}

#[test]
fn stdin_and_parse_errors_exit_2_with_location() {
    let o = ecms(
        &["check", "-", "--as-of", "2026-06-30"],
        Some("{\n \"schemaVersion\": \"1.0\",\n \"organization\": {\"name\": 1}}"),
    );
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains("-:3:") && err.contains("/organization/name"),
        "{err}"
    );
    let o = ecms(&["check", "-", "--as-of", "2026-06-30"], Some("{ not json"));
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("-:1:"));
    let o = ecms(
        &["check", "-", "--as-of", "2026-06-30"],
        Some(r#"{"schemaVersion": "1.0", "organization": {"name": "X", "colour": 1}}"#),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("unknown field /organization/colour"));
    let o = ecms(
        &[
            "check",
            "-",
            "--as-of",
            "2026-06-30",
            "--unknown-fields",
            "warn",
            "--fail-on",
            "never",
        ],
        Some(r#"{"schemaVersion": "1.0", "organization": {"name": "X", "colour": 1}}"#),
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stderr).contains("warning: unknown field /organization/colour"));
    let o = ecms(
        &["check", "/nonexistent/file.json", "--as-of", "2026-06-30"],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let o = ecms(
        &["check", "-", "--as-of", "2026-06-30"],
        Some("\u{0}\u{ff}"),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["check", DATASET],
        vec!["check", DATASET, "--as-of", "yesterday"],
        vec!["check", DATASET, "--as-of", "2026-06-30", "--format", "xml"],
        vec!["check", DATASET, "--as-of", "2026-06-30", "--bogus", "1"],
        vec!["frobnicate"],
        vec![],
        vec![
            "obligations",
            DATASET,
            "--as-of",
            "2026-06-30",
            "--horizon-days",
            "-5",
        ],
    ] {
        let o = ecms(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(!o.stderr.is_empty());
    }
}

#[test]
fn catalog_and_rules_listings() {
    let o = ecms(&["catalog", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let all = v.as_array().unwrap();
    assert!(all.iter().all(|c| c["id"].is_string()
        && c["title"]["en"].is_string()
        && c["title"]["zh"].is_string()
        && c["kind"].is_string()
        && c.get("parent").is_some()));
    assert_eq!(all.iter().filter(|c| c["level"] == "leaf").count(), 60);
    let o = ecms(&["catalog"], None);
    assert!(text(&o.stdout).contains("7.3.3.2.f"));
    let o = ecms(&["rules", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rules = v.as_array().unwrap();
    assert!(rules.len() > 20);
    assert!(rules.iter().all(|r| r["id"].is_string()
        && r["clause"].is_string()
        && r["severity"].is_string()
        && r["title"]["zh"].is_string()));
    let o = ecms(&["rules"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stdout).contains("ecms-ref-dangling"));
}

#[test]
fn obligations_listing() {
    let o = ecms(
        &[
            "obligations",
            DATASET,
            "--as-of",
            "2026-06-30",
            "--format",
            "json",
            "--horizon-days",
            "120",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert!(list.iter().any(|e| e["status"]["state"] == "dueSoon"));
    let o = ecms(&["obligations", DATASET, "--as-of", "2030-01-01"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stdout).contains("OVERDUE"));
}

#[test]
fn schema_command() {
    let o = ecms(&["schema"], None);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.is_object());
    let o = ecms(&["schema", "nope"], None);
    assert_eq!(o.status.code(), Some(2));
}
