//! 8.3.1 — management review planned and held.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::review;
use serde_json::json;

#[test]
fn review_interval() {
    let d = broken(|v| rm(v, "/performance", "reviewPlan"));
    assert_fires(&d, &review::INTERVAL, "8.3.1", "/performance");
    let d = broken(|v| rm(v, "/performance/reviewPlan", "interval"));
    assert_fires(&d, &review::INTERVAL, "8.3.1", "/performance/reviewPlan");
    // No longest interval by default (the standard asks for planned intervals only).
    let d = broken(|v| v["performance"]["reviewPlan"]["interval"] = json!("P2Y"));
    assert_quiet(&d, &review::INTERVAL_YEARLY);
    let d = broken(|v| {
        v["performance"]["reviewPlan"]["interval"] = json!("P2Y");
        v["policy"]["parameters"] = json!({"reviewIntervalLimit": "P1Y"});
    });
    assert_fires(
        &d,
        &review::INTERVAL_YEARLY,
        "8.3.1",
        "/performance/reviewPlan/interval",
    );
}

#[test]
fn review_due_boundaries() {
    // Yearly, last held 2026-01-16.
    let d = dataset();
    assert_quiet_on(&d, &review::OVERDUE, date(2027, 1, 16));
    assert_fires_on(
        &d,
        &review::OVERDUE,
        "8.3.1",
        "/performance/reviewPlan",
        date(2027, 1, 17),
    );
    // No review ever held.
    let d = broken(|v| v["performance"]["managementReviews"][0]["status"] = json!("planned"));
    assert_fires(&d, &review::OVERDUE, "8.3.1", "/performance/reviewPlan");
}

#[test]
fn review_without_top_management() {
    let d = broken(|v| {
        let r = obj(v, "/performance/managementReviews/0");
        r.insert(
            "chair".into(),
            json!("61200000-0000-4000-8000-000000000002"),
        );
        r["attendees"]
            .as_array_mut()
            .unwrap()
            .retain(|p| p != "61200000-0000-4000-8000-000000000001");
    });
    assert_fires(
        &d,
        &review::TOP_MANAGEMENT,
        "8.3.1",
        "/performance/managementReviews/0",
    );
}

#[test]
fn review_conclusions() {
    let d = broken(|v| {
        rm(
            v,
            "/performance/managementReviews/0/conclusions",
            "strategicAlignment",
        )
    });
    assert_fires(
        &d,
        &review::CONCLUSIONS,
        "8.3.1",
        "/performance/managementReviews/0",
    );
}

#[test]
fn each_missing_conclusion_has_its_reason() {
    const C: &str = "/performance/managementReviews/0/conclusions";
    assert_reasons_on_removal(
        &review::CONCLUSIONS,
        &[
            (C, "suitability", "no-suitability"),
            (C, "adequacy", "no-adequacy"),
            (C, "effectiveness", "no-effectiveness"),
            (C, "strategicAlignment", "no-strategic-alignment"),
        ],
    );
}
