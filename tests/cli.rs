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
    ecms_bytes(args, stdin.map(str::as_bytes))
}

fn ecms_bytes(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecms"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(s) = stdin {
        // The binary may stop reading early (e.g. --max-bytes): a broken pipe is fine.
        let _ = child.stdin.take().unwrap().write_all(s);
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

/// One line on standard error, exit 2.
fn refused(o: &Output) -> String {
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    err
}

#[test]
fn help_version_and_double_dash() {
    for cmd in [
        "check",
        "obligations",
        "explain",
        "init",
        "catalog",
        "rules",
        "schema",
        "completions",
        "man",
    ] {
        for flag in ["--help", "-h"] {
            let o = ecms(&[cmd, flag], None);
            assert_eq!(
                o.status.code(),
                Some(0),
                "{cmd} {flag}: {}",
                text(&o.stderr)
            );
            let out = text(&o.stdout);
            assert!(out.contains("Usage: ecms"), "{cmd}: {out}");
            assert!(out.contains("Examples:"), "{cmd} has no example: {out}");
        }
    }
    let o = ecms(&["--version"], None);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        text(&o.stdout).trim(),
        format!("ecms {}", env!("CARGO_PKG_VERSION"))
    );
    let o = ecms(&["check", "--version"], None);
    assert_eq!(o.status.code(), Some(0));
    // `--` ends the options: what follows is a file, even if it looks like one.
    let o = ecms(&["check", "--as-of", "2026-06-30", "--", DATASET], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let o = ecms(&["check", "--as-of", "2026-06-30", "--", "--help"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--help: error: cannot read"));
}

#[test]
fn as_of_is_as_strict_as_dates_in_documents() {
    for bad in [
        "2026-6-30",
        "+2026-06-30",
        "0000-01-01",
        "-2026-06-30",
        "12026-06-30",
        "2026-02-30",
        " 2026-06-30",
        "2026-06-30T00:00:00",
    ] {
        let arg = format!("--as-of={bad}");
        let o = ecms(&["check", DATASET, &arg], None);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(text(&o.stderr).contains("YYYY-MM-DD"), "{bad}");
        let o = ecms(&["obligations", DATASET, &arg], None);
        assert_eq!(o.status.code(), Some(2), "{bad}");
    }
    let o = ecms(
        &[
            "check",
            DATASET,
            "--as-of",
            "9999-12-31",
            "--fail-on",
            "never",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn several_files_directories_and_stdin() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid");
    let n = std::fs::read_dir(fixtures)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    let data = std::fs::read_to_string(DATASET).unwrap();
    let o = ecms(
        &[
            "check",
            DATASET,
            fixtures,
            "-",
            "--as-of",
            "2026-06-30",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        Some(&data),
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), n + 2);
    assert_eq!(files[0]["file"], DATASET);
    assert_eq!(files[n + 1]["file"], "-");
    assert!(files.iter().all(|f| f["report"]["asOf"] == "2026-06-30"));
    // The worst exit code wins: clean + findings = 1; + unreadable = 2.
    let o = ecms(&["check", DATASET, DATASET, "--as-of", "2030-01-01"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stdout).contains("2 files checked: 0 passed, 2 failed, 0 unreadable"));
    let o = ecms(
        &[
            "check",
            DATASET,
            "/nonexistent.json",
            "--as-of",
            "2026-06-30",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("/nonexistent.json: error: cannot read"));
    assert!(text(&o.stdout).contains("1 passed, 0 failed, 1 unreadable"));
}

#[test]
fn inputs_a_person_can_act_on() {
    let cases: [(&[u8], &str); 5] = [
        (b"", "-:1:1: error: empty input"),
        (b"  \n ", "-:1:1: error: empty input"),
        (b"\n [ {} ]", "-:2:2: error: the input is a JSON array"),
        (b"{\n \"a\": \"\xff\"}", "-:2:8: error: not UTF-8"),
        (
            b"{\"schemaVersion\": \"1.0\",\n  \"organization\" 1}",
            "-:2:18: error at /",
        ),
    ];
    for (input, want) in cases {
        let o = ecms_bytes(&["check", "-", "--as-of", "2026-06-30"], Some(input));
        let err = refused(&o);
        assert!(
            err.starts_with(want),
            "{err:?} does not start with {want:?}"
        );
        assert!(o.stdout.is_empty());
    }
    let o = ecms(
        &[
            "check",
            DATASET,
            "--as-of",
            "2026-06-30",
            "--max-bytes",
            "1K",
        ],
        None,
    );
    let err = refused(&o);
    assert!(
        err.contains("larger than --max-bytes (1024 bytes)"),
        "{err}"
    );
    let data = std::fs::read_to_string(DATASET).unwrap();
    let o = ecms(
        &["check", "-", "--as-of", "2026-06-30", "--max-bytes", "100"],
        Some(&data),
    );
    refused(&o);
    let o = ecms(
        &[
            "check",
            DATASET,
            "--as-of",
            "2026-06-30",
            "--max-bytes",
            "0",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn control_characters_from_the_document_are_escaped() {
    let doc = "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"Evil\\u001b[2J\\u0000Co\\u202e\", \"businessModels\": [\"b2c\"]}}";
    let o = ecms(
        &["check", "-", "--as-of", "2026-06-30", "--color", "always"],
        Some(doc),
    );
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(out.contains("Evil\\u{1b}[2J\\u{0}Co\\u{202e}"), "{out}");
    assert!(!out.contains("\u{0}") && !out.contains("\u{202e}") && !out.contains("\u{1b}[2J"));
    // Unknown-field keys on standard error too.
    let doc = "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\", \"a\\u001b]0;pwned\\u0007\": 1}}";
    let o = ecms(&["check", "-", "--as-of", "2026-06-30"], Some(doc));
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(err.contains("a\\u{1b}]0;pwned\\u{7}"), "{err}");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let late = ["check", DATASET, "--as-of", "2030-01-01"];
    let o = ecms(&late, None);
    assert!(!text(&o.stdout).contains('\u{1b}'), "piped output is plain");
    let o = ecms(&[&late[..], &["--color", "always"]].concat(), None);
    assert!(text(&o.stdout).contains("\u{1b}[1;31m"));
    let o = Command::new(env!("CARGO_BIN_EXE_ecms"))
        .args(late)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!text(&o.stdout).contains('\u{1b}'));
}

#[test]
fn formats_for_ci_systems() {
    let late = ["check", DATASET, "--as-of", "2030-01-01", "--format"];
    let o = ecms(&[&late[..], &["sarif"]].concat(), None);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().len() > 20);
    let r = &run["results"][0];
    let loc = &r["locations"][0];
    assert!(
        loc["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
            > 1
    );
    assert!(
        loc["logicalLocations"][0]["fullyQualifiedName"]
            .as_str()
            .unwrap()
            .starts_with('/')
    );
    let o = ecms(&[&late[..], &["junit"]].concat(), None);
    assert_eq!(o.status.code(), Some(1));
    let x = text(&o.stdout);
    assert!(x.starts_with("<?xml"));
    assert_eq!(x.matches("<testcase ").count(), 60);
    assert!(x.contains("<failure "));
    let o = ecms(&[&late[..], &["github"]].concat(), None);
    assert_eq!(o.status.code(), Some(1));
    let g = text(&o.stdout);
    let first = g.lines().find(|l| l.starts_with("::error")).unwrap();
    assert!(
        first.starts_with("::error file=") && first.contains(",line="),
        "{first}"
    );
}

#[test]
fn explain_init_completions_man() {
    let o = ecms(&["explain", "ecms-3.4-processes-defined"], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    for want in [
        "Clause: 3.4",
        "Why:",
        "Messages:",
        "Breaks it:",
        "Satisfies it:",
    ] {
        assert!(out.contains(want), "{want}: {out}");
    }
    let o = ecms(
        &["explain", "ecms-3.4-processes-defined", "--format", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["rule"]["clause"], "3.4");
    // A reason resting on the organization's parameter says so, in both languages.
    let o = ecms(&["explain", "ecms-7.3.2-order-policy"], None);
    let out = text(&o.stdout);
    assert!(
        out.contains(
            "(warning: rests on the organization's parameter requireDocumentedProcedures)"
        ),
        "{out}"
    );
    assert!(!out.contains("[not-recorded] The order management policy is not recorded. (warning"));
    let o = ecms(
        &["explain", "ecms-7.3.2-order-policy", "--lang", "zh"],
        None,
    );
    assert!(text(&o.stdout).contains("（警告：依据组织参数 requireDocumentedProcedures）"));
    let o = ecms(
        &["explain", "ecms-7.3.2-order-policy", "--format", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        v["rule"]["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["parameter"] == "requireDocumentedProcedures")
    );
    let o = ecms(&["explain", "no-such-rule"], None);
    refused(&o);
    let o = ecms(&["init"], None);
    assert_eq!(o.status.code(), Some(0));
    let parsed = ecms::parse_document(&text(&o.stdout)).unwrap();
    assert!(!parsed.document.organization.name.is_empty());
    let dir = env!("CARGO_TARGET_TMPDIR");
    let path = format!("{dir}/init-{}.json", std::process::id());
    let _ = std::fs::remove_file(&path);
    let o = ecms(&["init", "--output", &path], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let o = ecms(&["init", "--output", &path], None);
    assert!(refused(&o).contains("already exists"));
    let o = ecms(&["check", &path, "--as-of", "2026-06-30"], None);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the skeleton parses and has findings"
    );
    std::fs::remove_file(&path).unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = ecms(&["completions", shell], None);
        assert_eq!(o.status.code(), Some(0));
        assert!(text(&o.stdout).contains("obligations"), "{shell}");
    }
    let o = ecms(&["man"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stdout).contains(".TH ecms"));
}

#[test]
fn unwritable_output_fails_loudly() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    for args in [
        vec![
            "check",
            DATASET,
            "--as-of",
            "2026-06-30",
            "--format",
            "json",
        ],
        vec!["check", DATASET, "--as-of", "2026-06-30"],
        vec!["obligations", DATASET, "--as-of", "2026-06-30"],
        vec!["schema"],
        vec!["rules"],
        vec!["catalog"],
        vec!["explain", "ecms-ref-dangling"],
        vec!["man"],
        vec!["--help"],
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_ecms"))
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let err = refused(&o);
        assert!(err.contains("cannot write"), "{args:?}: {err}");
    }
}

#[test]
fn testing_helper_for_rust_test_suites() {
    use ecms::common::Date;
    let tea = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/yunling-tea.json"
    ))
    .unwrap();
    let tea = ecms::parse_document(&tea).unwrap().document;
    ecms::testing::assert_conforms(&tea, Date::from_ymd(2026, 11, 30).unwrap());
    let text = std::fs::read_to_string(DATASET).unwrap();
    let doc = ecms::parse_document(&text).unwrap().document;
    // No rule finds anything on 2026-06-30, but the organization's own internal audit left a
    // nonconformity against 7.4 open.
    let own = ecms::testing::check_conforms(&doc, Date::from_ymd(2026, 6, 30).unwrap())
        .unwrap_err()
        .to_string();
    assert!(
        own.contains("7.4 is nonconformingMinor by the organization's own open nonconformity at /performance/audits/1/findings/0"),
        "{own}"
    );
    let late = Date::from_ymd(2030, 1, 1).unwrap();
    let err = ecms::testing::check_conforms(&doc, late).unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.starts_with("the document does not conform"),
        "{shown}"
    );
    assert!(shown.contains("ecms-3.1-factor-review-overdue at /context/factors/"));
    let payload =
        std::panic::catch_unwind(|| ecms::testing::assert_conforms(&doc, late)).unwrap_err();
    let msg = payload.downcast_ref::<String>().unwrap();
    assert_eq!(*msg, shown);
}

// ---------------------------------------------------------------------------------------------
// Parameters on the command line, the parameters listing in Chinese, data errors in CI formats

/// Writes an edited copy of the bundled dataset to the test's temporary directory.
fn edited_copy(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-params");
    std::fs::create_dir_all(&dir).unwrap();
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(DATASET).unwrap()).unwrap();
    edit(&mut v);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The time limits of order handling with no share of their own: the parameter
/// `onTimePercent` (default 95) then sets the share of orders that must meet them.
fn without_stated_shares(v: &mut serde_json::Value) {
    for t in v
        .pointer_mut("/operation/supplyChain/orderPolicy/timeLimits")
        .unwrap()
        .as_array_mut()
        .unwrap()
    {
        t.as_object_mut()
            .unwrap()
            .remove("minOnTimePercent")
            .unwrap();
    }
}

const DEFAULT_TARGET: &str = "ecms-7.3.2.a.3-time-limits-default-target";

/// Runs `check` as JSON on the dataset's date; returns the exit code and the findings of
/// `rule` (their reason codes).
fn findings_of(file: &str, extra: &[&str], rule: &str) -> (Option<i32>, Vec<String>) {
    let args = [
        &["check", file, "--as-of", "2026-06-30", "--format", "json"][..],
        extra,
    ]
    .concat();
    let o = ecms(&args, None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", text(&o.stdout), text(&o.stderr)));
    let reasons = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["ruleId"] == rule)
        .inspect(|f| assert_eq!(f["severity"], "warning"))
        .map(|f| f["reason"].as_str().unwrap().to_owned())
        .collect();
    (o.status.code(), reasons)
}

#[test]
fn parameters_on_the_command_line_change_the_verdict() {
    let file = edited_copy("no-stated-share.json", without_stated_shares);
    // The library default (95 %) is met: no finding.
    let (code, none) = findings_of(&file, &[], DEFAULT_TARGET);
    assert_eq!(code, Some(0));
    assert!(none.is_empty(), "{none:?}");
    // A stricter share from the command line is a default the document did not set.
    let (code, strict) = findings_of(&file, &["--param", "onTimePercent=100"], DEFAULT_TARGET);
    assert_eq!(code, Some(0), "a warning is below --fail-on error");
    assert!(!strict.is_empty());
    assert!(
        strict.iter().all(|r| r.ends_with("-below-default-target")),
        "{strict:?}"
    );
    // The same as a string, and from a parameters file.
    let (_, quoted) = findings_of(&file, &["--param", "onTimePercent=\"100\""], DEFAULT_TARGET);
    assert_eq!(quoted, strict);
    let params = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-params/strict.json");
    std::fs::write(&params, r#"{"onTimePercent": "100"}"#).unwrap();
    let params = params.to_str().unwrap();
    let (_, from_file) = findings_of(&file, &["--parameters", params], DEFAULT_TARGET);
    assert_eq!(from_file, strict);
    // --param wins over the file.
    let (_, both) = findings_of(
        &file,
        &["--parameters", params, "--param", "onTimePercent=90"],
        DEFAULT_TARGET,
    );
    assert!(both.is_empty(), "{both:?}");
    // With --fail-on warning the parameter decides the exit code.
    let (code, _) = findings_of(
        &file,
        &["--param", "onTimePercent=100", "--fail-on", "warning"],
        DEFAULT_TARGET,
    );
    assert_eq!(code, Some(1));
    // The document's own policy.parameters win over the command line.
    let own = edited_copy("own-share.json", |v| {
        without_stated_shares(v);
        v["policy"]["parameters"] = serde_json::json!({ "onTimePercent": "90" });
    });
    let (_, doc_wins) = findings_of(&own, &["--param", "onTimePercent=100"], DEFAULT_TARGET);
    assert!(doc_wins.is_empty(), "{doc_wins:?}");
}

#[test]
fn parameter_usage_errors_name_the_parameter() {
    let check = ["check", DATASET, "--as-of", "2026-06-30"];
    let run = |extra: &[&str]| {
        let o = ecms(&[&check[..], extra].concat(), None);
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {}", text(&o.stderr));
        assert!(o.stdout.is_empty());
        text(&o.stderr)
    };
    // An unknown name: the known parameters are listed.
    let e = run(&["--param", "onTimePercentage=98"]);
    assert!(e.contains("onTimePercentage"), "{e}");
    assert!(e.contains("unknown parameter"), "{e}");
    for p in ecms::params::catalog() {
        assert!(e.contains(p.name), "{e}");
    }
    // A bad value: the parameter and what it expects.
    let e = run(&["--param", "incidentClosureLimit=soon"]);
    assert!(
        e.contains("incidentClosureLimit") && e.contains("interval"),
        "{e}"
    );
    let e = run(&["--param", "requireDocumentedProcedures=yes"]);
    assert!(
        e.contains("requireDocumentedProcedures") && e.contains("boolean"),
        "{e}"
    );
    let e = run(&["--param", "onTimePercent=150"]);
    assert!(e.contains("onTimePercent") && e.contains("0 to 100"), "{e}");
    let e = run(&[
        "--param",
        r#"riskMatrix={"scale":4,"mediumFrom":9,"highFrom":4}"#,
    ]);
    assert!(e.contains("riskMatrix") && e.contains("mediumFrom"), "{e}");
    let e = run(&["--param", "onTimePercent"]);
    assert!(e.contains("NAME=VALUE"), "{e}");
    // A parameters file: unreadable, not an object, an unknown name, a JSON number for a
    // decimal (refused as in policy.parameters).
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-params");
    std::fs::create_dir_all(&dir).unwrap();
    let e = run(&["--parameters", dir.join("missing.json").to_str().unwrap()]);
    assert!(e.contains("cannot read the parameters file"), "{e}");
    for (name, body, says) in [
        ("array.json", "[1]", "JSON object"),
        ("unknown.json", r#"{"onTime": "98"}"#, "onTime"),
        ("number.json", r#"{"onTimePercent": 98}"#, "onTimePercent"),
    ] {
        let f = dir.join(name);
        std::fs::write(&f, body).unwrap();
        let e = run(&["--parameters", f.to_str().unwrap()]);
        assert!(e.contains(says), "{name}: {e}");
    }
    // Good values are accepted.
    let o = ecms(
        &[
            &check[..],
            &[
                "--param",
                "incidentClosureLimit=P14D",
                "--param",
                "requireDocumentedProcedures=false",
                "--param",
                r#"riskMatrix={"scale":4,"mediumFrom":4,"highFrom":9}"#,
                "--param",
                "auditIntervalLimit=null",
            ],
        ]
        .concat(),
        None,
    );
    assert_ne!(o.status.code(), Some(2), "{}", text(&o.stderr));
}

#[test]
fn parameters_listing_in_chinese() {
    let o = ecms(&["parameters", "--lang", "zh"], None);
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o.stdout);
    // Latin letters only in identifiers: parameter names, JSON defaults, the paths of the
    // document where a value may also be set, and rule ids.
    let mut rest = out.clone();
    let mut idents: Vec<&str> = Vec::new();
    for p in ecms::params::catalog() {
        idents.push(p.name);
        idents.push(p.default);
        idents.extend(p.also_in);
        idents.extend(p.rules);
        // Every unit of the catalog has its own Chinese name, not the neutral fallback.
        assert_ne!(ecms::params::unit_zh(p.unit), "取值", "unit {:?}", p.unit);
        assert!(out.contains(ecms::params::unit_zh(p.unit)), "{}", p.unit);
    }
    idents.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for i in idents {
        rest = rest.replace(i, "");
    }
    assert!(
        !rest.chars().any(|c| c.is_ascii_alphabetic()),
        "Latin text in: {rest}"
    );
    // The English listing keeps the English units.
    let en = text(&ecms(&["parameters"], None).stdout);
    assert!(en.contains("(interval; default \"P30D\")"), "{en}");
    // JSON: the unit in both languages, as the description.
    let o = ecms(&["parameters", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for p in v.as_array().unwrap() {
        let zh = p["unitZh"].as_str().unwrap();
        assert_eq!(zh, ecms::params::unit_zh(p["unit"].as_str().unwrap()));
        assert!(p["description"]["zh"].is_string());
    }
}

#[test]
fn data_errors_are_set_apart_in_sarif_and_github() {
    let file = edited_copy("dangling.json", |v| {
        v["organization"]["topManagement"][0] =
            serde_json::Value::String("00000000-0000-4000-8000-000000000000".into());
    });
    let args = ["check", &file, "--as-of", "2026-06-30", "--format"];
    let o = ecms(&[&args[..], &["sarif"]].concat(), None);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let rule = |id: &str| rules.iter().find(|r| r["id"] == id).unwrap();
    let dangling = rule("ecms-ref-dangling");
    assert_eq!(dangling["properties"]["category"], "data-error");
    assert!(
        dangling["properties"]["tags"]
            .as_array()
            .unwrap()
            .contains(&"data-error".into())
    );
    assert!(
        dangling["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Data error: ")
    );
    let clause_rule = rule("ecms-3.4-processes-defined");
    assert_eq!(clause_rule["properties"]["category"], "nonconformity");
    let results = run["results"].as_array().unwrap();
    let data: Vec<_> = results
        .iter()
        .filter(|r| r["ruleId"] == "ecms-ref-dangling")
        .collect();
    assert!(!data.is_empty());
    for r in &data {
        assert_eq!(r["properties"]["category"], "data-error");
        assert_eq!(r["properties"]["tags"], serde_json::json!(["data-error"]));
        assert!(
            r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with("Data error: No person with id"),
            "{r}"
        );
    }
    assert!(
        results
            .iter()
            .filter(|r| r["ruleId"] != "ecms-ref-dangling")
            .all(|r| r["properties"]["category"] == "nonconformity"
                && r["properties"].get("tags").is_none())
    );
    // In Chinese.
    let o = ecms(&[&args[..], &["sarif", "--lang", "zh"]].concat(), None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["runs"][0]["results"].as_array().unwrap().iter().any(|r| {
        r["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("数据错误：")
    }));
    // GitHub annotations: titled as a data error, not as a clause's nonconformity.
    let o = ecms(&[&args[..], &["github"]].concat(), None);
    assert_eq!(o.status.code(), Some(1));
    let g = text(&o.stdout);
    let line = g
        .lines()
        .find(|l| l.contains("/organization/topManagement/0"))
        .unwrap();
    assert!(
        line.starts_with("::error file=")
            && line.contains(",title=data error (ecms-ref-dangling)::"),
        "{line}"
    );
    assert!(!g.contains("title=ecms-ref-dangling"), "{g}");
    assert!(g.contains("(1 data error(s))"), "{g}");
    let o = ecms(&[&args[..], &["github", "--lang", "zh"]].concat(), None);
    assert!(text(&o.stdout).contains(",title=数据错误（ecms-ref-dangling）::"));
}
