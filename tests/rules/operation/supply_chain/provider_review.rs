//! 7.3.3.2 f)–g) — provider re-evaluation, evaluation aspects, qualifications.

use super::{at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::provider_review;
use serde_json::Value;
#[allow(unused_imports)]
use serde_json::json;

fn single_evaluation(v: &mut Value, supplier: usize, on: &str) {
    let e = sc(v)["suppliers"][supplier]["evaluations"][1].clone();
    let mut e = e;
    e["date"] = json!(on);
    sc(v)["suppliers"][supplier]["evaluations"] = json!([e]);
    sc(v)["suppliers"][supplier]["approvedOn"] = json!(on);
}

#[test]
fn supplier_review_yearly_boundaries() {
    // Evaluated exactly one year before the as-of date: quiet; one day more: overdue.
    let d = broken(|v| single_evaluation(v, 3, "2025-06-30"));
    assert_quiet(&d, &provider_review::REVIEW_YEARLY);
    let d = broken(|v| single_evaluation(v, 3, "2025-06-29"));
    let fs = assert_fires(
        &d,
        &provider_review::REVIEW_YEARLY,
        "7.3.3.2.f",
        &at("/suppliers/3"),
    );
    assert_eq!(fs[0].params["due"], "2026-06-29");
    // Leap day: evaluated 2024-02-29 is due 2025-02-28.
    // (As of 2025, the other providers' later evaluations are not known yet: look at this one.)
    let d = broken(|v| single_evaluation(v, 3, "2024-02-29"));
    assert!(
        findings(&d, provider_review::REVIEW_YEARLY.id(), date(2025, 2, 28))
            .iter()
            .all(|f| f.path != at("/suppliers/3"))
    );
    assert_fires_on(
        &d,
        &provider_review::REVIEW_YEARLY,
        "7.3.3.2.f",
        &at("/suppliers/3"),
        date(2025, 3, 1),
    );
}

#[test]
fn supplier_review_uses_shorter_declared_interval_and_caps_longer_ones() {
    // Ningbo, conditionally approved, every 6 months: last 2026-03-25, due 2026-09-25.
    let d = dataset();
    assert_quiet_on(&d, &provider_review::REVIEW_YEARLY, date(2026, 7, 31));
    assert_fires_on(
        &d,
        &provider_review::REVIEW_YEARLY,
        "7.3.3.2.f",
        &at("/suppliers/2"),
        date(2026, 9, 26),
    );
    // A declared P2Y is capped at a year.
    let d = broken(|v| {
        single_evaluation(v, 3, "2025-06-29");
        sc(v)["suppliers"][3]["reviewInterval"] = json!("P2Y");
    });
    assert_fires(
        &d,
        &provider_review::REVIEW_YEARLY,
        "7.3.3.2.f",
        &at("/suppliers/3"),
    );
    // Carriers are external providers too.
    let d = broken(|v| sc(v)["carriers"][1]["evaluations"][1]["date"] = json!("2025-06-01"));
    assert_fires(
        &d,
        &provider_review::REVIEW_YEARLY,
        "7.3.3.2.f",
        &at("/carriers/1"),
    );
    // Terminated providers are not reviewed.
    let d = broken(|v| {
        single_evaluation(v, 3, "2025-06-29");
        sc(v)["suppliers"][3]["status"] = json!("terminated");
    });
    assert_quiet(&d, &provider_review::REVIEW_YEARLY);
}

#[test]
fn supplier_review_interval_declared_and_at_most_a_year() {
    let d = broken(|v| rm(v, &at("/suppliers/4"), "reviewInterval"));
    assert_fires(
        &d,
        &provider_review::REVIEW_INTERVAL,
        "7.3.3.2.f",
        &at("/suppliers/4"),
    );
    assert_eq!(
        reasons(&d, &provider_review::REVIEW_INTERVAL),
        ["no-interval"]
    );
    let d = broken(|v| sc(v)["suppliers"][4]["reviewInterval"] = json!("P18M"));
    assert_fires(
        &d,
        &provider_review::REVIEW_INTERVAL,
        "7.3.3.2.f",
        &at("/suppliers/4"),
    );
    assert_eq!(reasons(&d, &provider_review::REVIEW_INTERVAL), ["too-long"]);
    let d = broken(|v| sc(v)["suppliers"][4]["reviewInterval"] = json!("P12M"));
    assert_quiet(&d, &provider_review::REVIEW_INTERVAL);
}

#[test]
fn latest_evaluation_covers_g1_to_g4() {
    let d = broken(|v| {
        arr(v, &at("/suppliers/0/evaluations/2/ratings")).retain(|r| r["aspect"] != "afterSales")
    });
    let fs = assert_fires(
        &d,
        &provider_review::EVALUATION_ASPECTS,
        "7.3.3.2.g.4",
        &at("/suppliers/0/evaluations/2"),
    );
    assert_eq!(
        reasons(&d, &provider_review::EVALUATION_ASPECTS),
        ["after-sales-not-rated"]
    );
    assert_eq!(fs.len(), 1);
    // An older evaluation lacking an aspect does not matter.
    let d = broken(|v| sc(v)["suppliers"][0]["evaluations"][0]["ratings"] = json!([]));
    assert_quiet(&d, &provider_review::EVALUATION_ASPECTS);
}

#[test]
fn supplier_qualification_missing_or_expired() {
    let d = broken(|v| rm(v, &at("/suppliers/0"), "qualifications"));
    assert_fires(
        &d,
        &provider_review::QUALIFICATION,
        "7.3.3.2.g.1",
        &at("/suppliers/0"),
    );
    assert_eq!(reasons(&d, &provider_review::QUALIFICATION), ["none"]);
    let d =
        broken(|v| sc(v)["suppliers"][0]["qualifications"][1]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, &provider_review::QUALIFICATION);
    assert_fires_on(
        &d,
        &provider_review::QUALIFICATION,
        "7.3.3.2.g.1",
        &at("/suppliers/0/qualifications/1"),
        date(2026, 7, 1),
    );
}

#[test]
fn every_aspect_and_qualification_reason() {
    let d = broken(|v| sc(v)["suppliers"][0]["evaluations"][2]["ratings"] = json!([]));
    assert_eq!(
        reasons(&d, &provider_review::EVALUATION_ASPECTS),
        [
            "qualification-not-rated",
            "quality-not-rated",
            "lead-time-not-rated",
            "after-sales-not-rated",
        ]
    );
    let d =
        broken(|v| sc(v)["suppliers"][0]["qualifications"][1]["validUntil"] = json!("2026-06-29"));
    assert_eq!(reasons(&d, &provider_review::QUALIFICATION), ["expired"]);
    let d = broken(|v| single_evaluation(v, 3, "2025-06-29"));
    assert_eq!(reasons(&d, &provider_review::REVIEW_YEARLY), ["overdue"]);
}
