//! Chapter 3 rules: each broken by an edited dataset, each quiet on the bundled dataset.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use serde_json::json;

const RULES: &[&str] = &[
    "ecms-3.1-factor-categories",
    "ecms-3.1-factor-evaluated",
    "ecms-3.1-factor-review-interval",
    "ecms-3.1-factor-review-overdue",
    "ecms-3.2.a-parties-identified",
    "ecms-3.2.b-party-requirements",
    "ecms-3.2-party-review-interval",
    "ecms-3.2-party-review-overdue",
    "ecms-3.3-scope-documented",
    "ecms-3.3-scope-considerations",
    "ecms-3.3-exclusion-justified",
    "ecms-3.3-exclusion-permissible",
    "ecms-3.3-exclusion-approved",
    "ecms-3.3-exclusion-review-due",
    "ecms-3.4-processes-defined",
    "ecms-3.4-process-defined",
    "ecms-3.4-process-documented",
];

#[test]
fn dataset_satisfies_every_chapter_3_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn missing_factor_category_is_reported_per_item() {
    let d = broken(|v| arr(v, "/context/factors").retain(|f| f["category"] != "competitors"));
    assert_fires(
        &d,
        "ecms-3.1-factor-categories",
        "3.1.b",
        "/context/factors",
    );
    let fs = findings(&d, "ecms-3.1-factor-categories", as_of());
    assert_eq!(fs.len(), 1);
}

#[test]
fn factor_without_evaluation() {
    let d = broken(|v| {
        obj(v, "/context/factors/2").remove("evaluation");
    });
    assert_fires(&d, "ecms-3.1-factor-evaluated", "3.1", "/context/factors/2");
}

#[test]
fn factor_without_interval() {
    let d = broken(|v| {
        obj(v, "/context/factors/0/review").remove("interval");
    });
    assert_fires(
        &d,
        "ecms-3.1-factor-review-interval",
        "3.1",
        "/context/factors/0",
    );
}

#[test]
fn factor_review_due_boundaries() {
    // Last review 2026-03-20 every P6M: due 2026-09-20.
    let d = dataset();
    assert_quiet_on(&d, "ecms-3.1-factor-review-overdue", date(2026, 9, 20));
    assert_fires_on(
        &d,
        "ecms-3.1-factor-review-overdue",
        "3.1",
        "/context/factors/0",
        date(2026, 9, 21),
    );
    // Leap day: reviewed 2024-02-29 yearly is due 2025-02-28.
    let d = broken(|v| {
        v["context"]["factors"][0]["review"] = json!({"interval": "P1Y", "lastDone": "2024-02-29"})
    });
    assert_quiet_on(&d, "ecms-3.1-factor-review-overdue", date(2025, 2, 28));
    assert_fires_on(
        &d,
        "ecms-3.1-factor-review-overdue",
        "3.1",
        "/context/factors/0",
        date(2025, 3, 1),
    );
}

#[test]
fn factor_never_reviewed_is_overdue() {
    let d = broken(|v| {
        obj(v, "/context/factors/1/review").remove("lastDone");
    });
    assert_fires(
        &d,
        "ecms-3.1-factor-review-overdue",
        "3.1",
        "/context/factors/1",
    );
}

#[test]
fn no_interested_parties() {
    let d = broken(|v| {
        obj(v, "/context").remove("interestedParties");
    });
    assert_fires(&d, "ecms-3.2.a-parties-identified", "3.2.a", "/context");
}

#[test]
fn party_without_requirements() {
    let d = broken(|v| v["context"]["interestedParties"][3]["requirements"] = json!([]));
    assert_fires(
        &d,
        "ecms-3.2.b-party-requirements",
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
        "ecms-3.2-party-review-interval",
        "3.2",
        "/context/interestedParties/1",
    );
    let d = broken(|v| {
        v["context"]["interestedParties"][1]["review"] =
            json!({"interval": "P3M", "lastDone": "2026-01-01"})
    });
    assert_fires(
        &d,
        "ecms-3.2-party-review-overdue",
        "3.2",
        "/context/interestedParties/1",
    );
}

#[test]
fn scope_missing_or_undocumented() {
    let d = broken(|v| {
        obj(v, "/context").remove("scope");
    });
    assert_fires(&d, "ecms-3.3-scope-documented", "3.3", "/context");
    let d = broken(|v| {
        obj(v, "/context/scope").remove("document");
    });
    assert_fires(&d, "ecms-3.3-scope-documented", "3.3", "/context/scope");
}

#[test]
fn scope_considerations_per_item() {
    let d = broken(|v| {
        let s = obj(v, "/context/scope");
        s.remove("factorsConsidered");
        s.remove("partiesConsidered");
        s.remove("interfaces");
    });
    assert_fires(
        &d,
        "ecms-3.3-scope-considerations",
        "3.3.a",
        "/context/scope",
    );
    assert_fires(
        &d,
        "ecms-3.3-scope-considerations",
        "3.3.b",
        "/context/scope",
    );
    assert_fires(
        &d,
        "ecms-3.3-scope-considerations",
        "3.3.c",
        "/context/scope",
    );
}

fn with_exclusion(e: serde_json::Value) -> ecms::EcmsDocument {
    broken(|v| v["context"]["scope"]["exclusions"] = json!([e]))
}

#[test]
fn exclusions() {
    let good = json!({
        "id": "33000000-0000-4000-8000-000000000001",
        "clause": "7.3.5",
        "justification": "No channel partners are used.",
        "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"},
        "reviewDate": "2026-12-31"
    });
    let d = with_exclusion(good.clone());
    for r in [
        "ecms-3.3-exclusion-justified",
        "ecms-3.3-exclusion-permissible",
        "ecms-3.3-exclusion-approved",
        "ecms-3.3-exclusion-review-due",
    ] {
        assert_quiet(&d, r);
    }
    let mut e = good.clone();
    e.as_object_mut().unwrap().remove("justification");
    assert_fires(
        &with_exclusion(e),
        "ecms-3.3-exclusion-justified",
        "3.3",
        "/context/scope/exclusions/0",
    );

    let mut e = good.clone();
    e["clause"] = json!("8.2");
    assert_fires(
        &with_exclusion(e),
        "ecms-3.3-exclusion-permissible",
        "3.3",
        "/context/scope/exclusions/0/clause",
    );
    let mut e = good.clone();
    e["clause"] = json!("7.9");
    assert_fires(
        &with_exclusion(e),
        "ecms-3.3-exclusion-permissible",
        "3.3",
        "/context/scope/exclusions/0/clause",
    );

    let mut e = good.clone();
    e.as_object_mut().unwrap().remove("approval");
    assert_fires(
        &with_exclusion(e),
        "ecms-3.3-exclusion-approved",
        "3.3",
        "/context/scope/exclusions/0",
    );

    let mut e = good;
    e["reviewDate"] = json!("2026-06-29");
    assert_fires(
        &with_exclusion(e),
        "ecms-3.3-exclusion-review-due",
        "3.3",
        "/context/scope/exclusions/0/reviewDate",
    );
}

#[test]
fn processes() {
    let d = broken(|v| {
        obj(v, "/context").remove("processes");
    });
    assert_fires(&d, "ecms-3.4-processes-defined", "3.4", "/context");
    let d = broken(|v| {
        obj(v, "/context/processes/4").remove("owner");
    });
    assert_fires(
        &d,
        "ecms-3.4-process-defined",
        "3.4",
        "/context/processes/4",
    );
    let d = broken(|v| v["context"]["processes"][4]["outputs"] = json!([]));
    assert_fires(
        &d,
        "ecms-3.4-process-defined",
        "3.4",
        "/context/processes/4",
    );
    let d = broken(|v| {
        obj(v, "/context/processes/6").remove("records");
    });
    assert_fires(
        &d,
        "ecms-3.4-process-documented",
        "3.4",
        "/context/processes/6",
    );
}
