//! 4.2.1 — strategy formulation.

use super::LI_NA;
use crate::common::*;
use ecms::Severity;
use ecms::rules::leadership::strategy;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn strategy_kinds_reported_per_item() {
    let d = broken(|v| arr(v, "/leadership/strategies").retain(|s| s["kind"] != "competitive"));
    assert_fires(&d, &strategy::KINDS, "4.2.1.b", "/leadership/strategies");
    assert_eq!(findings(&d, &strategy::KINDS, as_of()).len(), 1);
    assert_eq!(reasons(&d, &strategy::KINDS), ["no-competitive"]);
    let d = broken(|v| {
        obj(v, "/leadership").remove("strategies");
    });
    for item in ["4.2.1.a", "4.2.1.b", "4.2.1.c"] {
        assert_fires(&d, &strategy::KINDS, item, "/leadership");
    }
    assert_eq!(
        reasons(&d, &strategy::KINDS),
        ["no-business", "no-competitive", "no-cooperation"]
    );
}

#[test]
fn five_forces_each_analysed() {
    let d = broken(|v| {
        arr(v, "/leadership/strategies/1/considerations")
            .retain(|c| c["aspect"] != "supplierBargainingPower")
    });
    let fs = assert_fires(
        &d,
        &strategy::CONSIDERATIONS,
        "4.2.1.b.4",
        "/leadership/strategies/1",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-supplier-bargaining-power");
    let d =
        broken(|v| v["leadership"]["strategies"][1]["considerations"][0]["analysis"] = json!(" "));
    assert_fires(
        &d,
        &strategy::CONSIDERATIONS,
        "4.2.1.b.1",
        "/leadership/strategies/1",
    );
    let d = broken(|v| {
        obj(v, "/leadership/strategies/2").remove("considerations");
    });
    assert_fires(
        &d,
        &strategy::CONSIDERATIONS,
        "4.2.1.c.1",
        "/leadership/strategies/2",
    );
    assert_fires(
        &d,
        &strategy::CONSIDERATIONS,
        "4.2.1.c.2",
        "/leadership/strategies/2",
    );
    assert_eq!(
        reasons(&d, &strategy::CONSIDERATIONS),
        [
            "no-traditional-business-cooperation",
            "no-related-industry-cooperation"
        ]
    );
    let d = broken(|v| {
        arr(v, "/leadership/strategies/0/considerations")
            .retain(|c| c["aspect"] != "onlineBrandAndChannels")
    });
    assert_fires(
        &d,
        &strategy::CONSIDERATIONS,
        "4.2.1.a.2",
        "/leadership/strategies/0",
    );
}

#[test]
fn every_consideration_has_its_reason() {
    // With no considerations at all, each of the nine points is reported once.
    let d = broken(|v| {
        for s in arr(v, "/leadership/strategies") {
            s.as_object_mut().unwrap().remove("considerations");
        }
    });
    assert_eq!(
        reasons(&d, &strategy::CONSIDERATIONS),
        [
            "no-business-prerequisites",
            "no-online-brand-channels",
            "no-potential-competitors",
            "no-substitutes",
            "no-customer-bargaining-power",
            "no-supplier-bargaining-power",
            "no-industry-rivalry",
            "no-traditional-business-cooperation",
            "no-related-industry-cooperation",
        ]
    );
}

#[test]
fn strategy_approval() {
    let d = broken(|v| v["leadership"]["strategies"][2]["approval"]["by"] = json!(LI_NA));
    assert_fires(&d, &strategy::APPROVED, "4.2.1", "/leadership/strategies/2");
    let d = broken(|v| v["leadership"]["strategies"][2]["approval"]["date"] = json!("2026-07-01"));
    assert_fires(&d, &strategy::APPROVED, "4.2.1", "/leadership/strategies/2");
}

#[test]
fn strategy_alignment_per_basis() {
    let d = broken(|v| {
        arr(v, "/leadership/strategies/0/alignment")
            .retain(|a| a["basis"] != "complianceRequirements")
    });
    let fs = assert_fires(
        &d,
        &strategy::ALIGNMENT,
        "4.2.1",
        "/leadership/strategies/0",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-fit-compliance-requirements");
    assert!(
        fs[0].message.en.contains("'compliance requirements'"),
        "{}",
        fs[0].message.en
    );
    // Without any alignment record, each of the six bases is reported.
    let d = broken(|v| {
        obj(v, "/leadership/strategies/0").remove("alignment");
    });
    assert_eq!(
        reasons(&d, &strategy::ALIGNMENT),
        [
            "no-fit-overall-strategy",
            "no-fit-capabilities",
            "no-fit-context-factors",
            "no-fit-compliance-requirements",
            "no-fit-interested-parties",
            "no-fit-resources",
        ]
    );
}

#[test]
fn strategy_validity_boundary() {
    let d = broken(|v| v["leadership"]["strategies"][0]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, &strategy::CURRENT);
    let fs = assert_fires_on(
        &d,
        &strategy::CURRENT,
        "4.2.1",
        "/leadership/strategies/0/validUntil",
        date(2026, 7, 1),
    );
    assert_eq!(fs[0].severity, Severity::Warning);
}

#[test]
fn strategy_fitness_verdict() {
    assert_quiet(&dataset(), &strategy::FITNESS);
    let d = broken(|v| {
        obj(v, "/leadership/strategies/1").remove("fitness");
    });
    assert_fires(&d, &strategy::FITNESS, "4.2.1", "/leadership/strategies/1");
    assert_eq!(reasons(&d, &strategy::FITNESS), ["no-verdict"]);
    let d = broken(|v| {
        obj(v, "/leadership/strategies/2/fitness").remove("by");
    });
    assert_fires(
        &d,
        &strategy::FITNESS,
        "4.2.1",
        "/leadership/strategies/2/fitness",
    );
    assert_eq!(reasons(&d, &strategy::FITNESS), ["verdict-incomplete"]);
    let d = broken(|v| {
        v["leadership"]["strategies"][0]["fitness"]["verdict"] = json!("partlyFits");
    });
    assert_fires(
        &d,
        &strategy::FITNESS,
        "4.2.1",
        "/leadership/strategies/0/fitness",
    );
    assert_eq!(reasons(&d, &strategy::FITNESS), ["does-not-fit"]);
    // After it expired, an unfit strategy is a matter for renewal, not for this rule.
    assert_quiet_on(&d, &strategy::FITNESS, date(2028, 1, 1));
}
