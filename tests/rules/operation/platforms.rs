//! 7.2.2 — platform selection.

use super::*;
use crate::common::*;
use ecms::rules::operation::platforms;
use serde_json::json;

#[test]
fn platform_strategy() {
    fires(
        |v| drop_key(v, "/operation/platformSelection", "strategy"),
        &platforms::STRATEGY,
        "7.2.2",
        "/operation/platformSelection",
    )
    .with_reason("missing");
    fires(
        |v| drop_key(v, "/operation/platformSelection/strategy", "document"),
        &platforms::STRATEGY,
        "7.2.2",
        "/operation/platformSelection/strategy",
    )
    .with_reason("not-documented");
    fires(
        |v| {
            drop_key(
                v,
                "/operation/platformSelection/strategy",
                "customerFitCriteria",
            )
        },
        &platforms::STRATEGY_CRITERIA,
        "7.2.2.a",
        "/operation/platformSelection/strategy",
    )
    .with_reason("no-customer-fit-criteria");
    fires(
        |v| {
            drop_key(
                v,
                "/operation/platformSelection/strategy",
                "outlookCriteria",
            )
        },
        &platforms::STRATEGY_CRITERIA,
        "7.2.2.b",
        "/operation/platformSelection/strategy",
    )
    .with_reason("no-outlook-criteria");
}

#[test]
fn platforms() {
    fires(
        |v| {
            for p in arr(v, "/operation/platformSelection/platforms") {
                p["status"] = json!("withdrawn");
            }
        },
        &platforms::SELECTED,
        "7.2.2",
        "/operation/platformSelection",
    )
    .with_reason("no-active-platform");
    // The candidate platform must be assessed too.
    fires(
        |v| drop_key(v, "/operation/platformSelection/platforms/2", "outlook"),
        &platforms::ASSESSED,
        "7.2.2.b",
        "/operation/platformSelection/platforms/2",
    )
    .with_reason("no-outlook");
    fires(
        |v| drop_key(v, "/operation/platformSelection/platforms/0", "customerFit"),
        &platforms::ASSESSED,
        "7.2.2.a",
        "/operation/platformSelection/platforms/0",
    )
    .with_reason("no-customer-fit");
    // A withdrawn platform needs no assessment.
    let d = broken(|v| {
        v["operation"]["platformSelection"]["platforms"][2]["status"] = json!("withdrawn");
        drop_key(v, "/operation/platformSelection/platforms/2", "outlook");
    });
    assert_quiet(&d, &platforms::ASSESSED);
}

#[test]
fn platform_review_boundaries() {
    // Tmall reviewed 2026-03-18 every P6M: due 2026-09-18.
    let d = dataset();
    assert_quiet_on(&d, &platforms::REVIEW_OVERDUE, date(2026, 9, 18));
    assert_fires_on(
        &d,
        &platforms::REVIEW_OVERDUE,
        "7.2.2",
        "/operation/platformSelection/platforms/0",
        date(2026, 9, 19),
    );
    // Never reviewed: counted from the selection date.
    let d = broken(|v| {
        v["operation"]["platformSelection"]["platforms"][1]["review"] = json!({"interval": "P6M"})
    });
    assert_fires(
        &d,
        &platforms::REVIEW_OVERDUE,
        "7.2.2",
        "/operation/platformSelection/platforms/1",
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/platformSelection/platforms/1/review",
                "interval",
            )
        },
        &platforms::REVIEW_INTERVALS,
        "7.2.2",
        "/operation/platformSelection/platforms/1",
    )
    .with_reason("no-review-interval");
}
