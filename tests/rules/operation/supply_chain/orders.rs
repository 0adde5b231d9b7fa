//! 7.3.2 — the order management policy and procedures.

use super::{SC, at, rm};
use crate::common::*;
use ecms::rules::operation::supply_chain::orders;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn order_policy_missing() {
    let d = broken(|v| rm(v, SC, "orderPolicy"));
    assert_fires(&d, &orders::POLICY, "7.3.2", SC);
    assert_eq!(reasons(&d, &orders::POLICY), ["not-recorded"]);
    let d = broken(|v| rm(v, &at("/orderPolicy"), "document"));
    assert_fires(&d, &orders::POLICY, "7.3.2", &at("/orderPolicy"));
    assert_eq!(reasons(&d, &orders::POLICY), ["not-documented"]);
}

#[test]
fn order_principles_per_sub_item() {
    let d = broken(|v| {
        rm(v, &at("/orderPolicy"), "processingSequence");
        rm(v, &at("/orderPolicy"), "priorityOrders");
        rm(v, &at("/orderPolicy"), "accuracyChecks");
    });
    for item in ["7.3.2.a.1", "7.3.2.a.2", "7.3.2.a.4"] {
        assert_fires(&d, &orders::PRINCIPLES, item, &at("/orderPolicy"));
        assert_eq!(
            reasons(&d, &orders::PRINCIPLES),
            ["no-sequence", "no-priorities", "no-accuracy-checks"]
        );
    }
}

#[test]
fn time_limit_missing_for_a_stage() {
    let d =
        broken(|v| arr(v, &at("/orderPolicy/timeLimits")).retain(|l| l["stage"] != "invoicing"));
    let fs = assert_fires(
        &d,
        &orders::TIME_LIMITS_DEFINED,
        "7.3.2.a.3",
        &at("/orderPolicy"),
    );
    assert_eq!(
        reasons(&d, &orders::TIME_LIMITS_DEFINED),
        ["no-invoicing-limit"]
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/orderPolicy/timeLimits/4"), "limit"));
    assert_fires(
        &d,
        &orders::TIME_LIMITS_DEFINED,
        "7.3.2.a.3",
        &at("/orderPolicy/timeLimits/4"),
    );
    assert_eq!(
        reasons(&d, &orders::TIME_LIMITS_DEFINED),
        ["no-settlement-limit"]
    );
}

#[test]
fn daily_and_after_sales_procedures() {
    let d = broken(|v| rm(v, &at("/orderPolicy/dailyProcedure"), "weighingAndShipping"));
    let fs = assert_fires(&d, &orders::DAILY_PROCEDURE, "7.3.2.b", &at("/orderPolicy"));
    assert_eq!(
        reasons(&d, &orders::DAILY_PROCEDURE),
        ["no-weighing-and-shipping"]
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/orderPolicy/afterSalesProcedure"), "unshipped"));
    assert_fires(
        &d,
        &orders::AFTER_SALES_PROCEDURE,
        "7.3.2.c",
        &at("/orderPolicy"),
    );
    assert_eq!(
        reasons(&d, &orders::AFTER_SALES_PROCEDURE),
        ["no-unshipped"]
    );
    let d = broken(|v| rm(v, &at("/orderPolicy"), "documentControl"));
    assert_fires(&d, &orders::DOCUMENTS, "7.3.2.d", &at("/orderPolicy"));
    assert_eq!(reasons(&d, &orders::DOCUMENTS), ["no-document-control"]);
}

#[test]
fn order_analysis_missing_or_unscheduled() {
    let d = broken(|v| rm(v, &at("/orderPolicy"), "analysis"));
    let fs = assert_fires(&d, &orders::ANALYSIS, "7.3.2.e", &at("/orderPolicy"));
    assert_eq!(reasons(&d, &orders::ANALYSIS), ["not-provided"]);
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    let d = broken(|v| rm(v, &at("/orderPolicy/analysis/schedule"), "interval"));
    assert_fires(
        &d,
        &orders::ANALYSIS,
        "7.3.2.e",
        &at("/orderPolicy/analysis"),
    );
    assert_eq!(reasons(&d, &orders::ANALYSIS), ["no-interval"]);
}

#[test]
fn order_analysis_due_boundaries() {
    // Last 2026-06-05, monthly: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, &orders::ANALYSIS_OVERDUE, date(2026, 7, 5));
    assert_fires_on(
        &d,
        &orders::ANALYSIS_OVERDUE,
        "7.3.2.e",
        &at("/orderPolicy/analysis"),
        date(2026, 7, 6),
    );
}

#[test]
fn every_stage_and_procedure_part_has_its_reason() {
    let d = broken(|v| rm(v, &at("/orderPolicy"), "timeLimits"));
    assert_eq!(
        reasons(&d, &orders::TIME_LIMITS_DEFINED),
        [
            "no-dunning-limit",
            "no-shipping-limit",
            "no-returns-limit",
            "no-invoicing-limit",
            "no-settlement-limit",
        ]
    );
    let d = broken(|v| {
        rm(v, &at("/orderPolicy"), "dailyProcedure");
        rm(v, &at("/orderPolicy"), "afterSalesProcedure");
    });
    assert_eq!(
        reasons(&d, &orders::DAILY_PROCEDURE),
        [
            "no-payment-reminders",
            "no-order-checking",
            "no-document-transfer",
            "no-packing",
            "no-weighing-and-shipping",
        ]
    );
    assert_eq!(
        reasons(&d, &orders::AFTER_SALES_PROCEDURE),
        ["no-shipped", "no-unshipped"]
    );
    let d = broken(|v| rm(v, &at("/orderPolicy/analysis"), "outputs"));
    assert_eq!(reasons(&d, &orders::ANALYSIS), ["no-outputs"]);
}
