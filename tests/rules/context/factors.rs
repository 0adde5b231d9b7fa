//! 3.1 — context factors.

use crate::common::*;
use ecms::rules::context::factors;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn missing_factor_category_is_reported_per_item() {
    let d = broken(|v| arr(v, "/context/factors").retain(|f| f["category"] != "competitors"));
    assert_fires(&d, &factors::CATEGORIES, "3.1.b", "/context/factors");
    let fs = findings(&d, &factors::CATEGORIES, as_of());
    assert_eq!(fs.len(), 1);
}

#[test]
fn factor_without_evaluation() {
    let d = broken(|v| {
        obj(v, "/context/factors/2").remove("evaluation");
    });
    assert_fires(&d, &factors::EVALUATED, "3.1", "/context/factors/2");
}

#[test]
fn factor_without_interval() {
    let d = broken(|v| {
        obj(v, "/context/factors/0/review").remove("interval");
    });
    assert_fires(&d, &factors::REVIEW_INTERVAL, "3.1", "/context/factors/0");
}

#[test]
fn factor_review_due_boundaries() {
    // Last review 2026-03-20 every P6M: due 2026-09-20.
    let d = dataset();
    assert_quiet_on(&d, &factors::REVIEW_OVERDUE, date(2026, 9, 20));
    assert_fires_on(
        &d,
        &factors::REVIEW_OVERDUE,
        "3.1",
        "/context/factors/0",
        date(2026, 9, 21),
    );
    // Leap day: reviewed 2024-02-29 yearly is due 2025-02-28.
    let d = broken(|v| {
        v["context"]["factors"][0]["review"] = json!({"interval": "P1Y", "lastDone": "2024-02-29"})
    });
    // (As of 2025, the other factors' later reviews are not known yet: look at this one.)
    assert!(
        findings(&d, factors::REVIEW_OVERDUE.id(), date(2025, 2, 28))
            .iter()
            .all(|f| f.path != "/context/factors/0")
    );
    assert_fires_on(
        &d,
        &factors::REVIEW_OVERDUE,
        "3.1",
        "/context/factors/0",
        date(2025, 3, 1),
    );
}

#[test]
fn factor_never_reviewed_is_overdue() {
    let d = broken(|v| {
        obj(v, "/context/factors/1/review").remove("lastDone");
        obj(v, "/context/factors/1/review").remove("record");
    });
    assert_fires(&d, &factors::REVIEW_OVERDUE, "3.1", "/context/factors/1");
}
