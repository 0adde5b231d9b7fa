//! `ecms::diff` and `ecms diff`: edited copies of the bundled datasets (OLD = the dataset,
//! NEW = edited) show each kind of change that breaks document control (6.4.3), with paths
//! in both documents; unchanged and legitimately appended versions show none.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::process::{Command, Output, Stdio};

use ecms::EcmsDocument;
use ecms::diff::{DiffFinding, DiffOptions, DiffReport, compare, version_digest};
use serde_json::{Value, json};

const DATASETS: &[&str] = &[
    "silk-road-threads",
    "star-bridge-electronics",
    "yunling-tea",
];

fn path_of(name: &str) -> String {
    format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn value(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path_of(name)).unwrap()).unwrap()
}

fn doc(v: &Value) -> EcmsDocument {
    ecms::parse_document(&v.to_string())
        .expect("an edited dataset still parses")
        .document
}

fn ptr<'a>(v: &'a mut Value, p: &str) -> &'a mut Value {
    v.pointer_mut(p).unwrap_or_else(|| panic!("no {p}"))
}

fn diff_values(old: &Value, new: &Value) -> DiffReport {
    compare(&doc(old), &doc(new), &DiffOptions::default())
}

/// OLD = the silk-road dataset, NEW = it edited.
fn silk(edit: impl FnOnce(&mut Value)) -> DiffReport {
    let old = value("silk-road-threads");
    let mut new = old.clone();
    edit(&mut new);
    diff_values(&old, &new)
}

fn only<'a>(r: &'a DiffReport, check: &str) -> &'a DiffFinding {
    let hits: Vec<_> = r.findings.iter().filter(|f| f.check_id == check).collect();
    assert_eq!(hits.len(), 1, "one {check} expected: {:#?}", r.findings);
    hits[0]
}

fn ids(r: &DiffReport) -> Vec<&str> {
    r.findings.iter().map(|f| f.check_id.as_str()).collect()
}

const M01: &str = "/support/documents/0";

#[test]
fn a_dataset_against_itself_is_clean() {
    for name in DATASETS {
        let v = value(name);
        let r = diff_values(&v, &v);
        assert!(r.is_clean(), "{name}: {:#?}", r.findings);
        assert!(r.old_as_of.is_some() && r.as_of.is_some());
    }
}

#[test]
fn a_legitimately_appended_version_is_clean() {
    let r = silk(|v| {
        // ECMS-M-01 2.0 → 3.0 with a new approval and a history entry appended.
        let d = ptr(v, M01);
        d["version"] = json!("3.0");
        d["title"] = json!("E-commerce management system manual (issue 3)");
        d["approval"]["date"] = json!("2026-06-30");
        d["effectiveFrom"] = json!("2026-06-30");
        d["history"].as_array_mut().unwrap().push(json!({
            "version": "3.0", "date": "2026-06-30", "change": "Annual revision",
            "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-06-30"}
        }));
        // A supplier's status change appended.
        ptr(v, "/operation/supplyChain/suppliers/2/history")
            .as_array_mut()
            .unwrap()
            .push(json!({"status": "approved", "from": "2026-06-20", "note": "Improvement plan verified"}));
        // A role period closed and a new one appended.
        let rh = ptr(v, "/support/people/8/roleHistory");
        rh[1]["until"] = json!("2026-06-29");
        rh.as_array_mut().unwrap().push(json!({
            "role": "43000000-0000-4000-8000-000000000007", "from": "2026-06-30"
        }));
        // A record whose retention ended (2022 record, P3Y) may be deleted.
        ptr(v, "/support/documents")
            .as_array_mut()
            .unwrap()
            .remove(43);
    });
    assert!(r.is_clean(), "{:#?}", r.findings);
}

#[test]
fn reordering_records_is_not_a_change() {
    let r = silk(|v| {
        ptr(v, "/support/documents")
            .as_array_mut()
            .unwrap()
            .reverse();
        ptr(v, "/operation/supplyChain/suppliers")
            .as_array_mut()
            .unwrap()
            .reverse();
    });
    assert!(r.is_clean(), "{:#?}", r.findings);
}

#[test]
fn an_approved_document_altered_without_a_new_version() {
    let r = silk(|v| ptr(v, M01)["description"] = json!("Rewritten after approval"));
    assert_eq!(ids(&r), ["ecms-diff-6.4.3-approved-record-altered"]);
    let f = &r.findings[0];
    assert_eq!(f.clause, "6.4.3");
    assert_eq!(f.reason, "same-version");
    assert_eq!(f.severity, ecms::Severity::Error);
    assert_eq!(f.old_path.as_deref(), Some(M01));
    assert_eq!(f.new_path.as_deref(), Some(M01));
    assert!(f.message.en.contains("description"), "{}", f.message.en);
    assert!(f.message.zh.contains("说明"), "{}", f.message.zh);
}

#[test]
fn paths_follow_the_record_when_the_list_is_reordered() {
    let r = silk(|v| {
        ptr(v, M01)["title"] = json!("Manual, quietly edited");
        ptr(v, "/support/documents")
            .as_array_mut()
            .unwrap()
            .swap(0, 5);
    });
    let f = only(&r, "ecms-diff-6.4.3-approved-record-altered");
    assert_eq!(f.old_path.as_deref(), Some(M01));
    assert_eq!(f.new_path.as_deref(), Some("/support/documents/5"));
}

#[test]
fn a_new_version_under_the_old_approval_is_an_alteration() {
    let r = silk(|v| {
        let d = ptr(v, M01);
        d["version"] = json!("2.1");
        d["title"] = json!("Manual with new scope");
    });
    let f = only(&r, "ecms-diff-6.4.3-approved-record-altered");
    assert_eq!(f.reason, "new-version-old-approval");
}

#[test]
fn a_record_in_retention_altered() {
    // An unapproved record (effective 2025-09-12, kept 3 years) changed.
    let mut old = value("silk-road-threads");
    ptr(&mut old, "/support/documents/29")
        .as_object_mut()
        .unwrap()
        .remove("approval");
    let mut new = old.clone();
    ptr(&mut new, "/support/documents/29")["format"] = json!("PDF, re-scanned");
    let r = diff_values(&old, &new);
    let f = only(&r, "ecms-diff-6.4.3-retained-record-altered");
    assert_eq!(f.old_path.as_deref(), Some("/support/documents/29"));
    assert_eq!(f.new_path.as_deref(), Some("/support/documents/29"));
}

#[test]
fn a_record_deleted_before_its_retention_ends() {
    let r = silk(|v| {
        ptr(v, "/support/documents")
            .as_array_mut()
            .unwrap()
            .remove(29);
    });
    let f = only(&r, "ecms-diff-6.4.3-record-deleted-in-retention");
    assert_eq!(f.reason, "before-end");
    assert_eq!(f.old_path.as_deref(), Some("/support/documents/29"));
    assert_eq!(f.new_path.as_deref(), Some("/support/documents"));
    assert!(f.message.en.contains("2028-09-12"), "{}", f.message.en);
    assert!(f.message.zh.contains("3年"), "{}", f.message.zh);
    assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_document_in_force_deleted_has_not_started_its_retention() {
    let r = silk(|v| {
        ptr(v, "/support/documents")
            .as_array_mut()
            .unwrap()
            .remove(1);
    });
    let f = only(&r, "ecms-diff-6.4.3-record-deleted-in-retention");
    assert_eq!(f.reason, "not-started");
    assert_eq!(f.old_path.as_deref(), Some("/support/documents/1"));
}

#[test]
fn deletion_judged_on_the_given_date() {
    let old = value("silk-road-threads");
    let mut new = old.clone();
    ptr(&mut new, "/support/documents")
        .as_array_mut()
        .unwrap()
        .remove(29);
    let (o, n) = (doc(&old), doc(&new));
    let late = DiffOptions {
        as_of: ecms::common::Date::from_ymd(2028, 9, 12),
        old_as_of: None,
    };
    assert!(compare(&o, &n, &late).is_clean());
    let early = DiffOptions {
        as_of: ecms::common::Date::from_ymd(2028, 9, 11),
        old_as_of: None,
    };
    assert!(!compare(&o, &n, &early).is_clean());
}

#[test]
fn an_approval_moved_earlier() {
    let r = silk(|v| ptr(v, M01)["approval"]["date"] = json!("2025-12-01"));
    assert_eq!(ids(&r), ["ecms-diff-6.4.3-approval-backdated"]);
    let f = &r.findings[0];
    assert_eq!(f.reason, "moved-earlier");
    assert_eq!(f.old_path.as_deref(), Some("/support/documents/0/approval"));
    assert_eq!(f.new_path.as_deref(), Some("/support/documents/0/approval"));
    assert!(f.message.en.contains("2025-12-15") && f.message.en.contains("2025-12-01"));
}

#[test]
fn an_approval_of_another_record_moved_earlier() {
    // Approvals anywhere in the document, not only of documented information.
    let mut old = value("silk-road-threads");
    let plan = ptr(&mut old, "/support/resourcePlan");
    let before = plan["approval"]["date"].as_str().unwrap().to_owned();
    let mut new = old.clone();
    ptr(&mut new, "/support/resourcePlan/approval")["date"] = json!("2020-01-01");
    let r = diff_values(&old, &new);
    let f = only(&r, "ecms-diff-6.4.3-approval-backdated");
    assert_eq!(
        f.new_path.as_deref(),
        Some("/support/resourcePlan/approval"),
        "{before}"
    );
}

#[test]
fn a_new_approval_dated_before_the_old_version() {
    let r = silk(|v| {
        let mut d = v["support"]["documents"][1].clone();
        d["id"] = json!("64000000-0000-4000-8000-0000000009a1");
        d["code"] = json!("ECMS-R-999");
        d["title"] = json!("Register entered late");
        d["approval"]["date"] = json!("2025-01-01");
        d.as_object_mut().unwrap().remove("history");
        ptr(v, "/support/documents").as_array_mut().unwrap().push(d);
    });
    let f = only(&r, "ecms-diff-6.4.3-approval-backdated");
    assert_eq!(f.reason, "dated-before-old");
    assert_eq!(f.severity, ecms::Severity::Warning);
    assert_eq!(f.old_path, None);
    assert_eq!(
        f.new_path.as_deref(),
        Some("/support/documents/188/approval")
    );
    assert!(f.message.en.contains("2026-06-29"), "{}", f.message.en);
}

#[test]
fn a_version_label_used_again() {
    let r = silk(|v| {
        let d = ptr(v, M01);
        d["version"] = json!("1.0");
        d["approval"]["date"] = json!("2026-06-30");
    });
    let f = only(&r, "ecms-diff-6.4.3-version-reused");
    assert_eq!(f.reason, "earlier-label");
    assert_eq!(f.old_path.as_deref(), Some(M01));
    assert_eq!(f.new_path.as_deref(), Some(M01));
}

#[test]
fn a_new_entry_with_an_existing_code_and_version() {
    let r = silk(|v| {
        let mut d = v["support"]["documents"][1].clone();
        d["id"] = json!("64000000-0000-4000-8000-0000000009a2");
        d["title"] = json!("Context register, other content");
        ptr(v, "/support/documents").as_array_mut().unwrap().push(d);
    });
    let f = only(&r, "ecms-diff-6.4.3-version-reused");
    assert_eq!(f.reason, "new-entry");
    assert_eq!(f.old_path.as_deref(), Some("/support/documents/1"));
    assert_eq!(f.new_path.as_deref(), Some("/support/documents/188"));
    // An exact copy under a new id (an archived copy) is fine.
    let r = silk(|v| {
        let mut d = v["support"]["documents"][1].clone();
        d["id"] = json!("64000000-0000-4000-8000-0000000009a3");
        d["status"] = json!("obsolete");
        ptr(v, "/support/documents").as_array_mut().unwrap().push(d);
    });
    assert!(r.is_clean(), "{:#?}", r.findings);
}

#[test]
fn a_history_entry_changed_or_removed() {
    let r = silk(|v| {
        ptr(v, "/operation/supplyChain/suppliers/2/history/1")["note"] = json!("Passed easily");
    });
    let f = only(&r, "ecms-diff-6.4.3-history-rewritten");
    assert_eq!(f.reason, "entry-changed");
    let p = "/operation/supplyChain/suppliers/2/history/1";
    assert_eq!(f.old_path.as_deref(), Some(p));
    assert_eq!(f.new_path.as_deref(), Some(p));

    let r = silk(|v| {
        ptr(v, "/support/people/8/roleHistory")
            .as_array_mut()
            .unwrap()
            .remove(0);
    });
    let f = only(&r, "ecms-diff-6.4.3-history-rewritten");
    assert_eq!(f.reason, "entry-removed");
    assert_eq!(
        f.old_path.as_deref(),
        Some("/support/people/8/roleHistory/0")
    );
    assert_eq!(f.new_path.as_deref(), Some("/support/people/8/roleHistory"));

    // A document's change history too.
    let r = silk(|v| ptr(v, "/support/documents/0/history/0")["change"] = json!("Nothing"));
    let f = only(&r, "ecms-diff-6.4.3-history-rewritten");
    assert_eq!(
        f.new_path.as_deref(),
        Some("/support/documents/0/history/0")
    );
}

#[test]
fn a_recorded_date_changed() {
    let r = silk(|v| ptr(v, "/support/people/0")["joinedOn"] = json!("2018-03-01"));
    let f = only(&r, "ecms-diff-6.4.3-history-rewritten");
    assert_eq!(f.reason, "date-changed");
    assert_eq!(f.old_path.as_deref(), Some("/support/people/0/joinedOn"));
    assert_eq!(f.new_path.as_deref(), Some("/support/people/0/joinedOn"));

    // The effective date of an exclusion (yunling-tea, 3.3).
    let mut old = value("yunling-tea");
    ptr(&mut old, "/context/scope/exclusions/0")["effectiveFrom"] = json!("2026-01-10");
    let mut new = old.clone();
    ptr(&mut new, "/context/scope/exclusions/0")["effectiveFrom"] = json!("2025-06-01");
    let r = diff_values(&old, &new);
    let f = only(&r, "ecms-diff-6.4.3-history-rewritten");
    assert_eq!(
        f.new_path.as_deref(),
        Some("/context/scope/exclusions/0/effectiveFrom")
    );
}

#[test]
fn version_digests_are_checked() {
    let mut old = value("silk-road-threads");
    let digest = version_digest(&doc(&old).support.documents[0]);
    assert!(
        digest.starts_with("sha256:") && digest.len() == 71,
        "{digest}"
    );
    ptr(&mut old, M01)["versionDigest"] = json!(digest);
    // Control data may change without breaking the digest.
    let mut new = old.clone();
    ptr(&mut new, M01)["storage"] = json!("Moved to the new DMS");
    ptr(&mut new, M01)["status"] = json!("obsolete");
    ptr(&mut new, M01)["withdrawnOn"] = json!("2026-06-30");
    assert!(diff_values(&old, &new).is_clean());

    // The content may not.
    let mut new = old.clone();
    ptr(&mut new, M01)["title"] = json!("Other title");
    let r = diff_values(&old, &new);
    let f = only(&r, "ecms-diff-6.4.3-digest-mismatch");
    assert_eq!(f.reason, "mismatch");
    assert_eq!(
        f.new_path.as_deref(),
        Some("/support/documents/0/versionDigest")
    );
    assert_eq!(
        f.old_path.as_deref(),
        Some("/support/documents/0/versionDigest")
    );

    let mut new = old.clone();
    ptr(&mut new, M01)["versionDigest"] = json!("md5:0123");
    assert_eq!(
        only(&diff_values(&old, &new), "ecms-diff-6.4.3-digest-mismatch").reason,
        "malformed"
    );
}

#[test]
fn the_canonical_content_is_pinned() {
    // The digest of a fixed entry: changing the canonical content breaks every digest
    // organizations have stored.
    let d: ecms::model::support::DocumentedInformation = serde_json::from_value(json!({
        "id": "64000000-0000-4000-8000-000000000001",
        "code": "QP-01",
        "title": "文件控制程序",
        "version": "1.0",
        "status": "effective",
        "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"},
        "kind": "procedure",
        "storage": "DMS",
        "locked": true
    }))
    .unwrap();
    assert_eq!(
        String::from_utf8(ecms::diff::canonical_content(&d)).unwrap(),
        r#"{"id":"64000000-0000-4000-8000-000000000001","code":"QP-01","title":"文件控制程序","version":"1.0","approval":{"by":"61200000-0000-4000-8000-000000000001","date":"2026-01-05"},"kind":"procedure"}"#
    );
    assert_eq!(version_digest(&d), PINNED_DIGEST);
}

/// `printf '%s' '<the canonical content above>' | sha256sum`
const PINNED_DIGEST: &str =
    "sha256:f7839dfe61d8438682fe9c4c9e735269a177299c3ed5cc061b1644c214feebae";

#[test]
fn chinese_messages_have_no_latin_words() {
    let r = silk(|v| {
        ptr(v, M01)["description"] = json!("x");
        ptr(v, "/support/documents/2/approval")["date"] = json!("2025-01-01");
        ptr(v, "/operation/supplyChain/suppliers/2/history/1")["note"] = json!("y");
        ptr(v, "/support/people/0")["joinedOn"] = json!("2018-03-01");
        ptr(v, "/support/documents")
            .as_array_mut()
            .unwrap()
            .remove(29);
    });
    assert!(r.findings.len() >= 5, "{:#?}", r.findings);
    for f in &r.findings {
        // Leave out the quoted names (data), then no Latin letter may remain.
        let mut rest = String::new();
        let mut quoted = false;
        for c in f.message.zh.chars() {
            match c {
                '“' => quoted = true,
                '”' => quoted = false,
                c if !quoted => rest.push(c),
                _ => {}
            }
        }
        assert!(
            !rest.chars().any(|c| c.is_ascii_alphabetic()),
            "{}: {}",
            f.check_id,
            f.message.zh
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The command line

fn ecms(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecms"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn write_tmp(name: &str, v: &Value) -> String {
    let p = format!("{}/diff-{name}.json", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p
}

#[test]
fn cli_exit_codes_and_json() {
    let old = path_of("silk-road-threads");
    let o = ecms(&["diff", &old, &old]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("No change breaks document control."));

    let mut v = value("silk-road-threads");
    ptr(&mut v, "/support/documents")
        .as_array_mut()
        .unwrap()
        .remove(29);
    let new = write_tmp("deleted", &v);
    let o = ecms(&["diff", &old, &new, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        report["findings"][0]["checkId"],
        "ecms-diff-6.4.3-record-deleted-in-retention"
    );
    assert_eq!(report["findings"][0]["oldPath"], "/support/documents/29");
    assert_eq!(report["findings"][0]["clause"], "6.4.3");
    assert_eq!(report["oldAsOf"], "2026-06-29");
    let schema = ecms::schema::schema("diff").unwrap();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    assert!(
        validator.is_valid(&report),
        "the report follows docs/schema/diff.json"
    );

    let o = ecms(&["diff", &old, &new, "--as-of", "2030-01-01"]);
    assert_eq!(o.status.code(), Some(0), "retention over by 2030");
}

#[test]
fn cli_text_locates_both_sides() {
    let old = path_of("silk-road-threads");
    let mut v = value("silk-road-threads");
    ptr(&mut v, M01)["title"] = json!("Manual \u{1b}[2J edited");
    let new = write_tmp("altered", &v);
    let o = ecms(&["diff", &old, &new, "--color", "never"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains("[ecms-diff-6.4.3-approved-record-altered]"),
        "{out}"
    );
    assert!(out.contains(&format!("old: {old}:")), "{out}");
    assert!(out.contains(&format!("new: {new}:")), "{out}");
    assert!(out.contains("/support/documents/0"), "{out}");
    assert!(!out.contains('\u{1b}'), "control characters escaped: {out}");
    let o = ecms(&["diff", &old, &new, "--lang", "zh", "--color", "never"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("未换版即被更改"), "{out}");
}

#[test]
fn cli_bad_input_is_exit_2() {
    let old = path_of("silk-road-threads");
    let o = ecms(&["diff", &old, "/nonexistent/new.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/new.json"));

    let bad = format!("{}/diff-bad.json", env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(
        &bad,
        "{\n  \"schemaVersion\": \"1.1\",\n  \"organization\": 3\n}\n",
    )
    .unwrap();
    let o = ecms(&["diff", &bad, &old]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("{bad}:3:")),
        "located like check: {err}"
    );

    let o = ecms(&["diff", "-", "-"]);
    assert_eq!(o.status.code(), Some(2));
    let o = ecms(&["diff", &old, &old, "--as-of", "2026-13-01"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cli_write_failure_is_exit_2() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        return;
    }
    let old = path_of("yunling-tea");
    let o = Command::new(env!("CARGO_BIN_EXE_ecms"))
        .args(["diff", &old, &old, "--format", "json"])
        .stdout(std::fs::File::create(full).unwrap())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn long_histories_are_compared_entry_by_entry() {
    // 20,000 status changes: every one rewritten gives one finding each; one entry inserted
    // at the front keeps the rest (found within the search window), and appending is fine.
    let n = 20_000;
    let entries: Vec<Value> = (0..n)
        .map(|i| json!({"status": "approved", "from": "2023-06-15", "note": format!("check {i}")}))
        .collect();
    let mut old = value("silk-road-threads");
    *ptr(&mut old, "/operation/supplyChain/suppliers/2/history") = Value::Array(entries.clone());
    let mut new = old.clone();
    for e in ptr(&mut new, "/operation/supplyChain/suppliers/2/history")
        .as_array_mut()
        .unwrap()
    {
        e["note"] = json!("rewritten");
    }
    let r = diff_values(&old, &new);
    assert_eq!(r.findings.len(), n);
    assert!(r.findings.iter().all(|f| f.reason == "entry-changed"));

    let mut new = old.clone();
    let h = ptr(&mut new, "/operation/supplyChain/suppliers/2/history")
        .as_array_mut()
        .unwrap();
    h.insert(0, json!({"status": "candidate", "from": "2023-05-01"}));
    h.push(json!({"status": "approved", "from": "2026-06-20"}));
    let r = diff_values(&old, &new);
    assert!(r.is_clean(), "{:?}", r.findings.first());
}
