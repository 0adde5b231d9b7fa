//! 7.3.4 — distribution and transport, carriers.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::distribution;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn distribution_procedure() {
    let d = broken(|v| rm(v, SC, "distribution"));
    assert_fires(&d, &distribution::PROCEDURE, "7.3.4", SC);
    assert_eq!(reasons(&d, &distribution::PROCEDURE), ["not-recorded"]);
    let d = broken(|v| rm(v, &at("/distribution"), "unifiedDispatch"));
    assert_fires(&d, &distribution::PROCEDURE, "7.3.4", &at("/distribution"));
    assert_eq!(
        reasons(&d, &distribution::PROCEDURE),
        ["no-unified-dispatch"]
    );
    let d = broken(|v| rm(v, &at("/distribution"), "loading"));
    let fs = assert_fires(
        &d,
        &distribution::PROCEDURE_ITEMS,
        "7.3.4.d",
        &at("/distribution"),
    );
    assert_eq!(reasons(&d, &distribution::PROCEDURE_ITEMS), ["no-loading"]);
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/distribution/riskManagement"), "claims"));
    assert_fires(
        &d,
        &distribution::RISK_MANAGEMENT,
        "7.3.4.f.4",
        &at("/distribution"),
    );
    assert_eq!(reasons(&d, &distribution::RISK_MANAGEMENT), ["no-claims"]);
}

#[test]
fn carriers() {
    let d = broken(|v| {
        for c in arr(v, &at("/carriers")) {
            c["status"] = json!("terminated");
        }
    });
    let fs = assert_fires(&d, &distribution::CARRIERS_RECORDED, "7.3.4", SC);
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    let d =
        broken(|v| sc(v)["carriers"][1]["qualifications"][0]["validUntil"] = json!("2026-06-29"));
    assert_fires(
        &d,
        &distribution::CARRIER_QUALIFIED,
        "7.3.4.f.1",
        &at("/carriers/1/qualifications/0"),
    );
    assert_eq!(reasons(&d, &distribution::CARRIER_QUALIFIED), ["expired"]);
    let d = broken(|v| rm(v, &at("/carriers/0"), "qualifications"));
    assert_fires(
        &d,
        &distribution::CARRIER_QUALIFIED,
        "7.3.4.f.1",
        &at("/carriers/0"),
    );
    assert_eq!(reasons(&d, &distribution::CARRIER_QUALIFIED), ["none"]);
    let d = broken(|v| {
        rm(v, &at("/carriers/0"), "claimsTerms");
        rm(v, &at("/carriers/1"), "processAssurance");
        rm(v, &at("/carriers/1"), "deliveryCommitment");
    });
    assert_fires(
        &d,
        &distribution::CARRIER_TERMS,
        "7.3.4.f.4",
        &at("/carriers/0"),
    );
    assert_eq!(
        reasons(&d, &distribution::CARRIER_TERMS),
        [
            "no-claims-terms",
            "no-delivery-commitment",
            "no-process-assurance"
        ]
    );
    assert_fires(
        &d,
        &distribution::CARRIER_TERMS,
        "7.3.4.f.3",
        &at("/carriers/1"),
    );
    assert_fires(
        &d,
        &distribution::CARRIER_TERMS,
        "7.3.4.f.2",
        &at("/carriers/1"),
    );
}

#[test]
fn every_procedure_item_and_risk_reason() {
    let d = broken(|v| rm(v, &at("/distribution"), "document"));
    assert_eq!(reasons(&d, &distribution::PROCEDURE), ["not-documented"]);
    let d = broken(|v| {
        for k in [
            "stockPreparation",
            "storage",
            "sortingAndPicking",
            "loading",
            "transport",
            "riskManagement",
        ] {
            rm(v, &at("/distribution"), k);
        }
    });
    assert_eq!(
        reasons(&d, &distribution::PROCEDURE_ITEMS),
        [
            "no-stock-preparation",
            "no-storage",
            "no-sorting-and-picking",
            "no-loading",
            "no-transport",
        ]
    );
    assert_eq!(
        reasons(&d, &distribution::RISK_MANAGEMENT),
        [
            "no-provider-qualification",
            "no-timeliness",
            "no-process-assurance",
            "no-claims",
        ]
    );
}
