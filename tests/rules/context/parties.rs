//! 3.2 — interested parties.

use crate::common::*;
use ecms::rules::context::parties;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn no_interested_parties() {
    let d = broken(|v| {
        obj(v, "/context").remove("interestedParties");
    });
    assert_fires(&d, &parties::IDENTIFIED, "3.2.a", "/context");
}

#[test]
fn party_without_requirements() {
    let d = broken(|v| v["context"]["interestedParties"][3]["requirements"] = json!([]));
    assert_fires(
        &d,
        &parties::REQUIREMENTS,
        "3.2.b",
        "/context/interestedParties/3",
    );
}

#[test]
fn party_review_interval_and_overdue() {
    let d = broken(|v| {
        v["context"]["interestedParties"][1]["review"] = json!({"lastDone": "2026-01-01"})
    });
    assert_fires(
        &d,
        &parties::REVIEW_INTERVAL,
        "3.2",
        "/context/interestedParties/1",
    );
    let d = broken(|v| {
        v["context"]["interestedParties"][1]["review"] =
            json!({"interval": "P3M", "lastDone": "2026-01-01"})
    });
    assert_fires(
        &d,
        &parties::REVIEW_OVERDUE,
        "3.2",
        "/context/interestedParties/1",
    );
}
