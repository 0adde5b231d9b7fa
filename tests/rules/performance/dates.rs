//! 8 — records of chapter 8 dated in the future.

use crate::common::*;
use ecms::rules::performance::dates;
use serde_json::json;

#[test]
fn records_dated_in_the_future() {
    let d =
        broken(|v| v["performance"]["kpis"][0]["measurements"][11]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "8.1.4.2",
        "/performance/kpis/0/measurements/11/date",
    );
    let d = broken(|v| v["performance"]["audits"][1]["date"] = json!("2026-07-02"));
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "8.2",
        "/performance/audits/1/date",
    );
    let d = broken(|v| v["performance"]["managementReviews"][0]["date"] = json!("2026-08-01"));
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "8.3.1",
        "/performance/managementReviews/0/date",
    );
    // A planned audit in the future is fine.
    assert_quiet(&dataset(), &dates::FUTURE_DATED);
}

#[test]
fn each_future_date_has_its_reason() {
    let later = json!("2026-12-01");
    let d = broken(|v| {
        let p = &mut v["performance"];
        p["monitoring"]["entries"][0]["schedule"]["lastDone"] = later.clone();
        p["monitoring"]["evaluations"][0]["date"] = later.clone();
        p["customerMonitoring"][0]["results"][0]["date"] = later.clone();
        p["kpis"][0]["measurements"][11]["date"] = later.clone();
        p["benchmarks"][0]["date"] = later.clone();
        p["analyses"][0]["date"] = later.clone();
        p["audits"][1]["date"] = later.clone();
        p["managementReviews"][0]["date"] = later.clone();
    });
    let mut rs = reasons(&d, &dates::FUTURE_DATED);
    rs.sort();
    assert_eq!(
        rs,
        [
            "analysis",
            "audit-completed",
            "benchmark",
            "customer-result",
            "kpi-measured",
            "monitoring-done",
            "monitoring-evaluated",
            "review-held",
        ]
    );
}

#[test]
fn audit_report_and_closures_after_the_audit() {
    assert_quiet(&dataset(), &dates::AUDIT_DATES_ORDERED);
    let d = broken(|v| v["performance"]["audits"][0]["report"]["date"] = json!("2025-10-01"));
    assert_fires(
        &d,
        &dates::AUDIT_DATES_ORDERED,
        "8.2",
        "/performance/audits/0/report/date",
    );
    assert_eq!(
        reasons(&d, &dates::AUDIT_DATES_ORDERED),
        ["report-before-audit"]
    );
    let d = broken(|v| {
        v["performance"]["audits"][0]["findings"][2]["closed"] = json!("2025-10-01");
    });
    assert_fires(
        &d,
        &dates::AUDIT_DATES_ORDERED,
        "8.2",
        "/performance/audits/0/findings/2/closed",
    );
    // A data error, kept out of the clause statuses.
    assert_eq!(
        dates::AUDIT_DATES_ORDERED.meta.basis,
        ecms::rules::Basis::Integrity
    );
}
