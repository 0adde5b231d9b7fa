//! Periodic duties count from evidence: the dated records of the activity where the model
//! has them, else the retained record a schedule names; a bare `lastDone` is a declaration,
//! still scheduled from, but reported by `ecms-6.4.1.b-periodic-record` as unbacked.

use crate::common::*;
use ecms::rules::obligations::{self, EvidenceState, PERIODIC_RECORD};
use ecms::rules::support::{instruments, knowledge};
use serde_json::json;

const K0: &str = "/support/knowledge/0";

#[test]
fn a_bare_last_done_is_a_declaration_not_evidence() {
    let d = broken(|v| {
        obj(v, &format!("{K0}/review")).remove("record");
    });
    // Reported at the duty's own clause, on the record that declares it.
    let fs = assert_fires(
        &d,
        &obligations::PERIODIC_RECORD,
        knowledge::REVIEW_OVERDUE.meta.clause,
        K0,
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "declared-only");
    // The declared date still schedules the duty: not overdue.
    assert_quiet(&d, &knowledge::REVIEW_OVERDUE);
    let listed = obligations::list(&d, as_of(), 0);
    let e = listed.iter().find(|e| e.path == K0).unwrap();
    assert_eq!(e.evidence, EvidenceState::Declared);
    // With its record named, quiet.
    assert_quiet(&dataset(), &PERIODIC_RECORD);
    let listed = obligations::list(&dataset(), as_of(), 0);
    let e = listed.iter().find(|e| e.path == K0).unwrap();
    assert_eq!(e.evidence, EvidenceState::Record);
    assert!(e.record.is_some());
}

#[test]
fn the_record_date_counts_not_the_declared_date() {
    // The schedule declares a recent review but names a record approved long before: the
    // record's date counts, and the review is overdue.
    let d = broken(|v| {
        let old = v["support"]["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["kind"] == "record" && x["approval"]["date"].as_str() < Some("2025-01-01"))
            .unwrap()["id"]
            .clone();
        v["support"]["knowledge"][0]["review"]["record"] = old;
        v["support"]["knowledge"][0]["review"]["lastDone"] = json!("2026-06-01");
    });
    assert_fires(&d, &knowledge::REVIEW_OVERDUE, "6.1.7", K0);
    // An overdue duty is left to its time rule.
    assert_quiet(&d, &PERIODIC_RECORD);
}

#[test]
fn calibration_counts_from_calibration_records() {
    // Instrument 0 declares a calibration in 2025-09, but its records end in 2024.
    let d = broken(|v| {
        for r in arr(v, "/support/instruments/0/records") {
            r["date"] = json!("2024-03-01");
        }
    });
    assert_fires(
        &d,
        &instruments::CALIBRATION_OVERDUE,
        "6.1.6.b",
        "/support/instruments/0",
    );
    let listed = obligations::list(&d, as_of(), 0);
    let e = listed
        .iter()
        .find(|e| e.path == "/support/instruments/0")
        .unwrap();
    assert_eq!(e.evidence, EvidenceState::Records);
    assert_eq!(e.last_done, Some(date(2024, 3, 1).into()));
}
