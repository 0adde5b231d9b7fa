//! 8.3.3 — management review outputs, record and actions.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::review_outputs;

#[test]
fn review_outputs_per_item() {
    let d = broken(|v| {
        arr(v, "/performance/managementReviews/0/outputs").retain(|o| o["kind"] != "resourceNeed")
    });
    let fs = assert_fires(
        &d,
        &review_outputs::OUTPUTS,
        "8.3.3.c",
        "/performance/managementReviews/0",
    );
    assert_eq!(fs.len(), 1);
}

#[test]
fn review_record() {
    let d = broken(|v| rm(v, "/performance/managementReviews/0", "record"));
    assert_fires(
        &d,
        &review_outputs::RECORD,
        "8.3.3",
        "/performance/managementReviews/0",
    );
}

#[test]
fn review_actions() {
    let d = broken(|v| {
        rm(
            v,
            "/performance/managementReviews/0/outputs/0/actions/1",
            "owner",
        )
    });
    assert_fires(
        &d,
        &review_outputs::ACTION_ASSIGNED,
        "8.3.3",
        "/performance/managementReviews/0/outputs/0/actions/1",
    );
    // KPI automation action due 2026-09-30; the live-stream one 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, &review_outputs::ACTION_OVERDUE, date(2026, 8, 31));
    assert_fires_on(
        &d,
        &review_outputs::ACTION_OVERDUE,
        "8.3.3",
        "/performance/managementReviews/0/outputs/0/actions/2",
        date(2026, 9, 1),
    );
}

#[test]
fn each_missing_output_or_part_has_its_reason() {
    for (kind, clause, code) in [
        (
            "improvementOpportunity",
            "8.3.3.a",
            "no-improvement-opportunities",
        ),
        ("systemChange", "8.3.3.b", "no-system-changes"),
        ("resourceNeed", "8.3.3.c", "no-resource-needs"),
    ] {
        let d = broken(|v| {
            arr(v, "/performance/managementReviews/0/outputs").retain(|o| o["kind"] != kind)
        });
        assert_fires(
            &d,
            &review_outputs::OUTPUTS,
            clause,
            "/performance/managementReviews/0",
        );
        assert!(
            reasons(&d, &review_outputs::OUTPUTS)
                .iter()
                .all(|r| r == code)
        );
    }
    const R: &str = "/performance/managementReviews/0";
    const A: &str = "/performance/managementReviews/0/outputs/0/actions/1";
    assert_reasons_on_removal(
        &review_outputs::RECORD,
        &[(R, "date", "no-date"), (R, "record", "no-record")],
    );
    assert_reasons_on_removal(
        &review_outputs::ACTION_ASSIGNED,
        &[(A, "owner", "no-owner"), (A, "due", "no-due-date")],
    );
}
