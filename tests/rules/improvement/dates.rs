//! 9 — records of chapter 9 dated in the future.

use super::NC;
use crate::common::*;
use ecms::rules::improvement::dates;
use serde_json::json;

#[test]
fn records_dated_in_the_future() {
    let d = broken(|v| v["improvement"]["nonconformities"][3]["closed"] = json!("2026-07-01"));
    assert_fires(&d, &dates::FUTURE_DATED, "9.2", &format!("{NC}/3/closed"));
    assert_eq!(reasons(&d, &dates::FUTURE_DATED), ["nc-closed"]);
    let d = broken(|v| v["improvement"]["improvements"][0]["completed"] = json!("2026-12-01"));
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "9.1",
        "/improvement/improvements/0/completed",
    );
    assert_eq!(reasons(&d, &dates::FUTURE_DATED), ["improvement-completed"]);
}

#[test]
fn each_future_date_has_its_reason() {
    let d = broken(|v| {
        let n = &mut v["improvement"]["nonconformities"][0];
        n["detected"] = json!("2026-07-01");
        n["effectiveness"]["date"] = json!("2026-07-02");
        n["correctiveActions"][0]["completed"] = json!("2026-07-03");
    });
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "9.2.c",
        &format!("{NC}/0/correctiveActions/0/completed"),
    );
    let mut rs = reasons(&d, &dates::FUTURE_DATED);
    rs.sort();
    rs.dedup();
    assert!(
        ["action-completed", "effectiveness-reviewed", "nc-detected"]
            .iter()
            .all(|c| rs.iter().any(|r| r == c)),
        "{rs:?}"
    );
}

#[test]
fn nonconformity_handled_after_its_detection() {
    assert_quiet(&dataset(), &dates::NC_DATES_ORDERED);
    // Detected 2025-10-22 in the dataset.
    let d = broken(|v| {
        let nc = &mut v["improvement"]["nonconformities"][0];
        nc["analysis"]["date"] = json!("2025-10-01");
        nc["actionNeeded"]["date"] = json!("2025-10-01");
        nc["correctiveActions"][0]["completed"] = json!("2025-10-01");
    });
    assert_fires(
        &d,
        &dates::NC_DATES_ORDERED,
        "9.2",
        &format!("{NC}/0/analysis/date"),
    );
    let mut got = reasons(&d, &dates::NC_DATES_ORDERED);
    got.sort();
    assert_eq!(
        got,
        [
            "acted-before-detection",
            "analysed-before-detection",
            "decided-before-detection"
        ]
    );
}
