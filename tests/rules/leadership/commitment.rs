//! 4.1 — leadership and commitment, customer focus.

use super::LI_NA;
use crate::common::*;
use ecms::rules::leadership::commitment;
#[allow(unused_imports)]
use serde_json::json;

fn drop_commitment(item: &'static str) -> ecms::EcmsDocument {
    broken(move |v| arr(v, "/leadership/commitments").retain(|c| c["item"] != item))
}

#[test]
fn commitment_item_missing_is_reported_per_item() {
    let d = drop_commitment("resources");
    assert_fires(
        &d,
        &commitment::COMMITMENT_EVIDENCE,
        "4.1.1.e",
        "/leadership/commitments",
    );
    assert_eq!(
        reasons(&d, &commitment::COMMITMENT_EVIDENCE),
        ["no-resources-evidence"]
    );
    let d = broken(|v| {
        obj(v, "/leadership").remove("commitments");
    });
    for item in ["4.1.1.a", "4.1.1.c", "4.1.1.e", "4.1.1.f"] {
        assert_fires(&d, &commitment::COMMITMENT_EVIDENCE, item, "/leadership");
    }
    assert_eq!(
        reasons(&d, &commitment::COMMITMENT_EVIDENCE),
        [
            "no-accountability-evidence",
            "no-integration-evidence",
            "no-resources-evidence",
            "no-communication-evidence",
        ]
    );
}

#[test]
fn commitment_evidence_must_be_by_top_management_documented_and_dated() {
    let d = broken(|v| v["leadership"]["commitments"][0]["by"] = json!(LI_NA));
    assert_fires(
        &d,
        &commitment::COMMITMENT_EVIDENCE,
        "4.1.1.a",
        "/leadership/commitments",
    );
    let d = broken(|v| {
        obj(v, "/leadership/commitments/4").remove("documents");
    });
    assert_fires(
        &d,
        &commitment::COMMITMENT_EVIDENCE,
        "4.1.1.f",
        "/leadership/commitments",
    );
    let d = broken(|v| v["leadership"]["commitments"][2]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &commitment::COMMITMENT_EVIDENCE,
        "4.1.1.c",
        "/leadership/commitments",
    );
}

#[test]
fn commitment_evidence_expires_after_the_assessment_validity() {
    // Accountability evidence of 2025-12-15, valid one year: until 2026-12-15.
    let d = broken(|v| {
        for c in arr(v, "/leadership/commitments") {
            if c["item"] != "accountability" {
                c["date"] = json!("2026-06-01");
            }
        }
    });
    assert_quiet_on(&d, &commitment::COMMITMENT_EVIDENCE, date(2026, 12, 15));
    // Then it is stale: a warning at that record, since the year is the organization's
    // validity (policy.assessmentValidity), not the standard's.
    let fs = assert_fires_on(
        &d,
        &commitment::COMMITMENT_EVIDENCE,
        "4.1.1.a",
        "/leadership/commitments/0",
        date(2026, 12, 16),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["validity"], "P1Y");
    assert_eq!(fs[0].reason, "stale-evidence");
    assert_eq!(fs[0].severity, ecms::rules::Severity::Warning);
    assert!(
        fs[0]
            .message
            .zh
            .contains("“对体系有效性负责”的最近证据日期为2025年12月15日，已超出组织规定的有效期")
    );
}

#[test]
fn customer_focus_evidence() {
    let d = drop_commitment("customerSatisfaction");
    assert_fires(
        &d,
        &commitment::CUSTOMER_FOCUS_EVIDENCE,
        "4.1.2.c",
        "/leadership/commitments",
    );
    assert_eq!(
        reasons(&d, &commitment::CUSTOMER_FOCUS_EVIDENCE),
        ["no-satisfaction-evidence"]
    );
    let d = drop_commitment("customerRequirements");
    assert_fires(
        &d,
        &commitment::CUSTOMER_FOCUS_EVIDENCE,
        "4.1.2.a",
        "/leadership/commitments",
    );
    assert_eq!(
        reasons(&d, &commitment::CUSTOMER_FOCUS_EVIDENCE),
        ["no-requirements-evidence"]
    );
}

#[test]
fn strategy_and_objectives_established_by_top_management() {
    let d = broken(|v| {
        for s in arr(v, "/leadership/strategies") {
            s["approval"]["by"] = json!(LI_NA);
        }
    });
    assert_fires(
        &d,
        &commitment::STRATEGY_OBJECTIVES_ESTABLISHED,
        "4.1.1.b",
        "/leadership/strategies",
    );
    assert_eq!(
        reasons(&d, &commitment::STRATEGY_OBJECTIVES_ESTABLISHED),
        ["no-approved-strategy"]
    );
    let d = broken(|v| {
        obj(v, "/planning").remove("objectives");
    });
    assert_fires(
        &d,
        &commitment::STRATEGY_OBJECTIVES_ESTABLISHED,
        "4.1.1.b",
        "/planning",
    );
    assert_eq!(
        reasons(&d, &commitment::STRATEGY_OBJECTIVES_ESTABLISHED),
        ["no-objectives"]
    );
    let d = broken(|v| {
        obj(v, "/planning/objectives/0").remove("approval");
    });
    assert_fires(
        &d,
        &commitment::STRATEGY_OBJECTIVES_ESTABLISHED,
        "4.1.1.b",
        "/planning/objectives/0",
    );
    assert_eq!(
        reasons(&d, &commitment::STRATEGY_OBJECTIVES_ESTABLISHED),
        ["objective-not-approved"]
    );
    // A closed objective needs no current approval.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6").remove("approval");
    });
    assert_quiet(&d, &commitment::STRATEGY_OBJECTIVES_ESTABLISHED);
}

#[test]
fn customer_risks_determined() {
    let d = broken(|v| {
        for r in arr(v, "/planning/risks") {
            r.as_object_mut().unwrap().remove("customerImpact");
        }
    });
    assert_fires(
        &d,
        &commitment::CUSTOMER_RISKS_DETERMINED,
        "4.1.2.b",
        "/planning/risks",
    );
    let d = broken(|v| {
        obj(v, "/planning").remove("risks");
    });
    assert_fires(
        &d,
        &commitment::CUSTOMER_RISKS_DETERMINED,
        "4.1.2.b",
        "/planning",
    );
}
