//! 6.1.4 — natural resources.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::support::natural;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn natural_resources_missing() {
    let d = broken(|v| remove(v, "/support", "naturalResources"));
    assert_fires(&d, &natural::DETERMINED, "6.1.4", "/support");
}

#[test]
fn natural_resource_incomplete() {
    let d = broken(|v| remove(v, "/support/naturalResources/1", "impactLevel"));
    assert_fires(&d, &natural::IMPACT, "6.1.4", "/support/naturalResources/1");
    assert_reasons(&d, &natural::IMPACT, &["no-level"]);
    let d = broken(|v| remove(v, "/support/naturalResources/0", "longTermSupply"));
    let fs = assert_fires(&d, &natural::SUPPLY, "6.1.4", "/support/naturalResources/0");
    assert_reasons(&d, &natural::SUPPLY, &["no-long-term"]);
    assert_eq!(fs[0].reason, "no-long-term");
    let d = broken(|v| v["support"]["naturalResources"][2]["environmentalMeasures"] = json!([]));
    assert_fires(
        &d,
        &natural::ENVIRONMENTAL,
        "6.1.4",
        "/support/naturalResources/2",
    );
    let d = broken(|v| remove(v, "/support/naturalResources/0/review", "interval"));
    assert_fires(
        &d,
        &natural::REVIEW_INTERVAL,
        "6.1.4",
        "/support/naturalResources/0",
    );
}

#[test]
fn natural_resource_review_boundaries() {
    // Electricity: reviewed 2025-11-20 yearly.
    let d = dataset();
    assert_quiet_on(&d, &natural::REVIEW_OVERDUE, date(2026, 8, 26));
    assert_fires_on(
        &d,
        &natural::REVIEW_OVERDUE,
        "6.1.4",
        "/support/naturalResources/1",
        date(2026, 11, 21),
    );
    let fs = findings(&d, &natural::REVIEW_OVERDUE, date(2026, 11, 20));
    assert!(fs.iter().all(|f| f.path != "/support/naturalResources/1"));
}
