//! 6.1.6 — monitoring and measuring resources.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::support::instruments;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn no_instruments() {
    let d = broken(|v| remove(v, "/support", "instruments"));
    assert_fires(&d, &instruments::DETERMINED, "6.1.6", "/support");
}

#[test]
fn instrument_suitability_not_confirmed() {
    let d = broken(|v| remove(v, "/support/instruments/2", "suitabilityConfirmed"));
    assert_fires(
        &d,
        &instruments::SUITABILITY,
        "6.1.6.a",
        "/support/instruments/2",
    );
    assert_reasons(&d, &instruments::SUITABILITY, &["not-confirmed"]);
    let d = broken(|v| remove(v, "/support/instruments/1", "accuracy"));
    assert_fires(
        &d,
        &instruments::SUITABILITY,
        "6.1.6.a",
        "/support/instruments/1",
    );
    assert_reasons(&d, &instruments::SUITABILITY, &["no-accuracy"]);
    let d = broken(|v| {
        remove(v, "/support/instruments/2", "suitabilityConfirmed");
        v["support"]["instruments"][2]["status"] = json!("outOfService");
    });
    assert_quiet(&d, &instruments::SUITABILITY);
}

#[test]
fn calibration_interval_and_schedule() {
    let d = broken(|v| remove(v, "/support/instruments/1/calibration", "interval"));
    assert_fires(
        &d,
        &instruments::CALIBRATION_INTERVAL,
        "6.1.6.b",
        "/support/instruments/1",
    );
    // Uptime monitor: verified 2026-04-15 every P3M, due 2026-07-15.
    let d = dataset();
    assert_quiet_on(&d, &instruments::CALIBRATION_OVERDUE, date(2026, 7, 15));
    assert_fires_on(
        &d,
        &instruments::CALIBRATION_OVERDUE,
        "6.1.6.b",
        "/support/instruments/3",
        date(2026, 7, 16),
    );
    let d = broken(|v| v["support"]["instruments"][3]["status"] = json!("outOfService"));
    assert_quiet_on(&d, &instruments::CALIBRATION_OVERDUE, date(2026, 7, 16));
}

#[test]
fn failed_calibration_still_in_use() {
    let failed = json!({
        "date": "2026-06-20",
        "result": "fail",
        "performedBy": "Hangzhou Institute of Metrology",
        "certificate": "6c000000-0000-4000-8000-000000000001"
    });
    let d = broken(|v| {
        arr(v, "/support/instruments/0/records").push(failed.clone());
        v["support"]["instruments"][0]["calibration"]["lastDone"] = json!("2026-06-20");
    });
    assert_fires(
        &d,
        &instruments::FAILED_IN_USE,
        "6.1.6.b",
        "/support/instruments/0/records/2",
    );
    let d = broken(|v| {
        arr(v, "/support/instruments/0/records").push(failed.clone());
        v["support"]["instruments"][0]["status"] = json!("outOfService");
    });
    assert_quiet(&d, &instruments::FAILED_IN_USE);
}

#[test]
fn calibration_evidence_missing() {
    let d = broken(|v| remove(v, "/support/instruments/0/records/0", "certificate"));
    assert_fires(
        &d,
        &instruments::CALIBRATION_EVIDENCE,
        "6.1.6",
        "/support/instruments/0/records/0",
    );
    assert_reasons(&d, &instruments::CALIBRATION_EVIDENCE, &["no-certificate"]);
    let d =
        broken(|v| v["support"]["instruments"][0]["calibration"]["lastDone"] = json!("2025-09-13"));
    assert_fires(
        &d,
        &instruments::CALIBRATION_EVIDENCE,
        "6.1.6",
        "/support/instruments/0",
    );
    assert_reasons(&d, &instruments::CALIBRATION_EVIDENCE, &["no-last-record"]);
    let d = broken(|v| {
        remove(v, "/support/instruments/2/calibration", "lastDone");
        v["support"]["instruments"][2]["records"] = json!([]);
    });
    assert_fires(
        &d,
        &instruments::CALIBRATION_EVIDENCE,
        "6.1.6",
        "/support/instruments/2",
    );
    assert_reasons(
        &d,
        &instruments::CALIBRATION_EVIDENCE,
        &["never-calibrated"],
    );
}

#[test]
fn suitability_confirmed_by_someone_not_employed_then() {
    let d = broken(|v| {
        let by = v["support"]["instruments"][0]["suitabilityConfirmed"]["by"].clone();
        for pe in arr(v, "/support/people") {
            if pe["id"] == by {
                pe["joinedOn"] = json!("2025-07-01");
            }
        }
    });
    assert_fires(
        &d,
        &instruments::SUITABILITY,
        "6.1.6.a",
        "/support/instruments/0/suitabilityConfirmed",
    );
    assert!(reasons(&d, &instruments::SUITABILITY).contains(&"confirmer-not-employed".to_owned()));
}
