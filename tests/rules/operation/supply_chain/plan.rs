//! 7.3.1 — supply-chain planning.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::plan;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn plan_missing_or_unapproved() {
    let d = broken(|v| rm(v, SC, "plan"));
    assert_fires(&d, &plan::DOCUMENTED, "7.3.1", SC);
    assert_eq!(reasons(&d, &plan::DOCUMENTED), ["not-recorded"]);
    let d = broken(|v| rm(v, &at("/plan"), "approval"));
    assert_fires(&d, &plan::DOCUMENTED, "7.3.1", &at("/plan"));
    assert_eq!(reasons(&d, &plan::DOCUMENTED), ["not-approved"]);
    let d = broken(|v| rm(v, &at("/plan"), "document"));
    assert_fires(&d, &plan::DOCUMENTED, "7.3.1", &at("/plan"));
    assert_eq!(reasons(&d, &plan::DOCUMENTED), ["not-documented"]);
}

#[test]
fn plan_consideration_missing_per_item() {
    let d =
        broken(|v| arr(v, &at("/plan/considerations")).retain(|c| c["aspect"] != "productDesign"));
    let fs = assert_fires(&d, &plan::CONSIDERATIONS, "7.3.1.f", &at("/plan"));
    assert_eq!(reasons(&d, &plan::CONSIDERATIONS), ["no-product-design"]);
    assert_eq!(fs.len(), 1);
    let d = broken(|v| sc(v)["plan"]["considerations"][8]["summary"] = json!("  "));
    assert_fires(
        &d,
        &plan::CONSIDERATIONS,
        "7.3.1.i",
        &at("/plan/considerations/8"),
    );
    assert_eq!(
        reasons(&d, &plan::CONSIDERATIONS),
        ["no-logistics-cost-vs-service"]
    );
}

#[test]
fn planned_process_without_controls() {
    let d = broken(|v| rm(v, &at("/plan/processes/0"), "controls"));
    assert_fires(
        &d,
        &plan::PROCESS_CONTROLS,
        "7.3.1.k",
        &at("/plan/processes/0"),
    );
    assert_eq!(reasons(&d, &plan::PROCESS_CONTROLS), ["no-controls"]);
}

#[test]
fn planned_process_without_responsibility() {
    let d = broken(|v| rm(v, &at("/plan/processes/2"), "responsible"));
    assert_fires(
        &d,
        &plan::PROCESS_RESPONSIBILITIES,
        "7.3.1.l",
        &at("/plan/processes/2"),
    );
    assert_eq!(
        reasons(&d, &plan::PROCESS_RESPONSIBILITIES),
        ["no-responsible"]
    );
    let d = broken(|v| rm(v, &at("/plan/processes/1"), "authorities"));
    assert_fires(
        &d,
        &plan::PROCESS_RESPONSIBILITIES,
        "7.3.1.l",
        &at("/plan/processes/1"),
    );
    assert_eq!(
        reasons(&d, &plan::PROCESS_RESPONSIBILITIES),
        ["no-authorities"]
    );
    let d = broken(|v| rm(v, &at("/plan"), "processes"));
    assert_fires(&d, &plan::PROCESS_RESPONSIBILITIES, "7.3.1.l", &at("/plan"));
    assert_eq!(reasons(&d, &plan::PROCESS_RESPONSIBILITIES), ["no-process"]);
}

#[test]
fn no_strategic_partner() {
    let d = broken(|v| {
        for s in arr(v, &at("/suppliers")).iter_mut().chain([]) {
            s.as_object_mut().unwrap().remove("strategicPartner");
        }
        for c in arr(v, &at("/carriers")) {
            c.as_object_mut().unwrap().remove("strategicPartner");
        }
    });
    assert_fires(&d, &plan::STRATEGIC_PARTNERS, "7.3.1", SC);
    // A terminated partner does not count.
    let d = broken(|v| {
        for s in arr(v, &at("/suppliers")) {
            s["status"] = json!("terminated");
        }
        for c in arr(v, &at("/carriers")) {
            c["status"] = json!("suspended");
        }
    });
    assert_fires(&d, &plan::STRATEGIC_PARTNERS, "7.3.1", SC);
}

#[test]
fn plan_review_boundaries() {
    // Reviewed 2025-12-18 every P1Y: due 2026-12-18.
    let d = dataset();
    assert_quiet_on(&d, &plan::REVIEW_OVERDUE, date(2026, 12, 18));
    assert_fires_on(
        &d,
        &plan::REVIEW_OVERDUE,
        "7.3.1",
        &at("/plan"),
        date(2026, 12, 19),
    );
}

#[test]
fn every_consideration_has_its_reason() {
    let d = broken(|v| rm(v, &at("/plan"), "considerations"));
    assert_eq!(
        reasons(&d, &plan::CONSIDERATIONS),
        [
            "no-strategy-and-objectives",
            "no-business-context",
            "no-internal-coordination",
            "no-information-technology",
            "no-inventory-control",
            "no-product-design",
            "no-identified-risks",
            "no-customer-value",
            "no-logistics-cost-vs-service",
            "no-demand-changes",
        ]
    );
}
