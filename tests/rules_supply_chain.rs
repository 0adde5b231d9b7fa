//! Clause 7.3 rules: each broken by an edited dataset, each quiet on the bundled dataset.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use serde_json::{Value, json};

const RULES: &[&str] = &[
    "ecms-7.3.1-plan-documented",
    "ecms-7.3.1-plan-considerations",
    "ecms-7.3.1.k-process-controls",
    "ecms-7.3.1.l-process-responsibilities",
    "ecms-7.3.1-strategic-partners",
    "ecms-7.3.1-plan-review-overdue",
    "ecms-7.3.2-order-policy",
    "ecms-7.3.2.a-order-principles",
    "ecms-7.3.2.a.3-time-limits-defined",
    "ecms-7.3.2.a.3-time-limits-met",
    "ecms-7.3.2.a.4-order-accuracy",
    "ecms-7.3.2.b-daily-procedure",
    "ecms-7.3.2.c-after-sales-procedure",
    "ecms-7.3.2.d-order-documents",
    "ecms-7.3.2.e-order-analysis",
    "ecms-7.3.2.e-order-analysis-overdue",
    "ecms-7.3.2-order-records",
    "ecms-7.3.2-order-records-current",
    "ecms-7.3.2-order-period-consistent",
    "ecms-7.3.3.1-provision-controls",
    "ecms-7.3.3.1.c-outsourced-process-controlled",
    "ecms-7.3.3.2-providers-recorded",
    "ecms-7.3.3.2-provider-procedure",
    "ecms-7.3.3.2-provider-selected-on-evaluation",
    "ecms-7.3.3.2-provider-approved-before-use",
    "ecms-7.3.3.2.a-provider-agreement",
    "ecms-7.3.3.2.f-supplier-review-yearly",
    "ecms-7.3.3.2.f-review-interval",
    "ecms-7.3.3.2.g-evaluation-aspects",
    "ecms-7.3.3.2.g.1-provider-qualification",
    "ecms-7.3.3.3-purchase-described",
    "ecms-7.3.3.3-requirements-reviewed",
    "ecms-7.3.3.3-purchase-info-content",
    "ecms-7.3.3.3-purchase-verified",
    "ecms-7.3.4-procedure",
    "ecms-7.3.4-procedure-items",
    "ecms-7.3.4.f-risk-management",
    "ecms-7.3.4-carriers-recorded",
    "ecms-7.3.4.f.1-carrier-qualified",
    "ecms-7.3.4.f-carrier-terms",
    "ecms-7.3.5-channels-recorded",
    "ecms-7.3.5-procedure",
    "ecms-7.3.5.a-channel-model",
    "ecms-7.3.5.b-partner-rules",
    "ecms-7.3.5.c-partner-support",
    "ecms-7.3.5.d-layout-review-interval",
    "ecms-7.3.5.d-layout-review-overdue",
    "ecms-7.3.6-warehouses-recorded",
    "ecms-7.3.6-procedure",
    "ecms-7.3.6-procedure-items",
    "ecms-7.3.6.f-stock-alert-thresholds",
    "ecms-7.3.6.f-stock-alert-acted",
    "ecms-7.3.7-platforms-recorded",
    "ecms-7.3.7-procedure",
    "ecms-7.3.7-platform-licensed",
    "ecms-7.3.7-security-assessment-interval",
    "ecms-7.3.7-security-assessment-overdue",
    "ecms-7.3.7-security-assessment-passed",
    "ecms-7.3.7.a-data-protection",
    "ecms-7.3.7.b-pii-risk-assessment",
    "ecms-7.3-future-dated-record",
];

const SC: &str = "/operation/supplyChain";

fn sc(v: &mut Value) -> &mut Value {
    &mut v["operation"]["supplyChain"]
}

fn rm(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer)
        .remove(key)
        .unwrap_or_else(|| panic!("no {key} at {pointer}"));
}

fn at(p: &str) -> String {
    format!("{SC}{p}")
}

#[test]
fn dataset_satisfies_every_supply_chain_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn every_rule_is_listed_and_built_in() {
    let built: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| id.starts_with("ecms-7.3"))
        .collect();
    assert_eq!(built.len(), RULES.len());
    for r in RULES {
        assert!(built.contains(r), "{r} not built in");
    }
}

#[test]
fn no_finding_of_any_rule_touches_the_supply_chain() {
    // Generic rules too (dangling references, assessments) stay quiet on 7.3 records.
    let report = ecms::rules::evaluate(&dataset(), as_of());
    let ours: Vec<_> = report
        .findings
        .iter()
        .filter(|f| {
            f.clause.starts_with("7.3")
                || f.path.starts_with(SC)
                || f.rule_id.starts_with("ecms-ref-")
        })
        .collect();
    assert!(ours.is_empty(), "{ours:#?}");
}

#[test]
fn assessed_requirements_are_assessed_in_the_dataset() {
    let d = dataset();
    for a in ecms::rules::assessed_requirements()
        .into_iter()
        .filter(|a| a.clause.starts_with("7.3"))
    {
        assert!(
            d.assessments.iter().any(|x| x.requirement == a.clause),
            "{} not assessed",
            a.clause
        );
    }
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "7.3.3.3"));
    assert_fires(&d, "ecms-assessment-missing", "7.3.3.3", "/assessments");
}

// ------------------------------------------------------------------------------------ 7.3.1

#[test]
fn plan_missing_or_unapproved() {
    let d = broken(|v| rm(v, SC, "plan"));
    assert_fires(&d, "ecms-7.3.1-plan-documented", "7.3.1", SC);
    let d = broken(|v| rm(v, &at("/plan"), "approval"));
    assert_fires(&d, "ecms-7.3.1-plan-documented", "7.3.1", &at("/plan"));
    let d = broken(|v| rm(v, &at("/plan"), "document"));
    assert_fires(&d, "ecms-7.3.1-plan-documented", "7.3.1", &at("/plan"));
}

#[test]
fn plan_consideration_missing_per_item() {
    let d =
        broken(|v| arr(v, &at("/plan/considerations")).retain(|c| c["aspect"] != "productDesign"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.1-plan-considerations",
        "7.3.1.f",
        &at("/plan"),
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| sc(v)["plan"]["considerations"][8]["summary"] = json!("  "));
    assert_fires(
        &d,
        "ecms-7.3.1-plan-considerations",
        "7.3.1.i",
        &at("/plan/considerations/8"),
    );
}

#[test]
fn planned_process_without_controls() {
    let d = broken(|v| rm(v, &at("/plan/processes/0"), "controls"));
    assert_fires(
        &d,
        "ecms-7.3.1.k-process-controls",
        "7.3.1.k",
        &at("/plan/processes/0"),
    );
}

#[test]
fn planned_process_without_responsibility() {
    let d = broken(|v| rm(v, &at("/plan/processes/2"), "responsible"));
    assert_fires(
        &d,
        "ecms-7.3.1.l-process-responsibilities",
        "7.3.1.l",
        &at("/plan/processes/2"),
    );
    let d = broken(|v| rm(v, &at("/plan/processes/1"), "authorities"));
    assert_fires(
        &d,
        "ecms-7.3.1.l-process-responsibilities",
        "7.3.1.l",
        &at("/plan/processes/1"),
    );
    let d = broken(|v| rm(v, &at("/plan"), "processes"));
    assert_fires(
        &d,
        "ecms-7.3.1.l-process-responsibilities",
        "7.3.1.l",
        &at("/plan"),
    );
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
    assert_fires(&d, "ecms-7.3.1-strategic-partners", "7.3.1", SC);
    // A terminated partner does not count.
    let d = broken(|v| {
        for s in arr(v, &at("/suppliers")) {
            s["status"] = json!("terminated");
        }
        for c in arr(v, &at("/carriers")) {
            c["status"] = json!("suspended");
        }
    });
    assert_fires(&d, "ecms-7.3.1-strategic-partners", "7.3.1", SC);
}

#[test]
fn plan_review_boundaries() {
    // Reviewed 2025-12-18 every P1Y: due 2026-12-18.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.3.1-plan-review-overdue", date(2026, 12, 18));
    assert_fires_on(
        &d,
        "ecms-7.3.1-plan-review-overdue",
        "7.3.1",
        &at("/plan"),
        date(2026, 12, 19),
    );
}

// ------------------------------------------------------------------------------------ 7.3.2

#[test]
fn order_policy_missing() {
    let d = broken(|v| rm(v, SC, "orderPolicy"));
    assert_fires(&d, "ecms-7.3.2-order-policy", "7.3.2", SC);
    let d = broken(|v| rm(v, &at("/orderPolicy"), "document"));
    assert_fires(&d, "ecms-7.3.2-order-policy", "7.3.2", &at("/orderPolicy"));
}

#[test]
fn order_principles_per_sub_item() {
    let d = broken(|v| {
        rm(v, &at("/orderPolicy"), "processingSequence");
        rm(v, &at("/orderPolicy"), "priorityOrders");
        rm(v, &at("/orderPolicy"), "accuracyChecks");
    });
    for item in ["7.3.2.a.1", "7.3.2.a.2", "7.3.2.a.4"] {
        assert_fires(
            &d,
            "ecms-7.3.2.a-order-principles",
            item,
            &at("/orderPolicy"),
        );
    }
}

#[test]
fn time_limit_missing_for_a_stage() {
    let d =
        broken(|v| arr(v, &at("/orderPolicy/timeLimits")).retain(|l| l["stage"] != "invoicing"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.2.a.3-time-limits-defined",
        "7.3.2.a.3",
        &at("/orderPolicy"),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["stage"], "invoicing");
    let d = broken(|v| rm(v, &at("/orderPolicy/timeLimits/4"), "limit"));
    assert_fires(
        &d,
        "ecms-7.3.2.a.3-time-limits-defined",
        "7.3.2.a.3",
        &at("/orderPolicy/timeLimits/4"),
    );
}

#[test]
fn period_time_limits_breached() {
    // November: 21960 shipped; target 98.5 % on time.
    let d = broken(|v| sc(v)["orderPeriods"][4]["stages"][1]["late"] = json!(400));
    assert_fires(
        &d,
        "ecms-7.3.2.a.3-time-limits-met",
        "7.3.2.a.3",
        &at("/orderPeriods/4/stages/1"),
    );
    // Exactly on target: 985 of 1000 on time = 98.5 %.
    let d = broken(|v| {
        sc(v)["orderPeriods"][0]["stages"][1] =
            json!({"stage": "shipping", "handled": 1000, "late": 15})
    });
    assert_quiet(&d, "ecms-7.3.2.a.3-time-limits-met");
    let d = broken(|v| {
        sc(v)["orderPeriods"][0]["stages"][1] =
            json!({"stage": "shipping", "handled": 1000, "late": 16})
    });
    assert_fires(
        &d,
        "ecms-7.3.2.a.3-time-limits-met",
        "7.3.2.a.3",
        &at("/orderPeriods/0/stages/1"),
    );
    // Settlement has no tolerance (100 %): one late settlement fires.
    let d = broken(|v| sc(v)["orderPeriods"][2]["stages"][4]["late"] = json!(1));
    assert_fires(
        &d,
        "ecms-7.3.2.a.3-time-limits-met",
        "7.3.2.a.3",
        &at("/orderPeriods/2/stages/4"),
    );
}

#[test]
fn single_order_late() {
    // 4 shipping steps recorded, one of them 50 hours: 75 % on time < 98.5 %.
    let d = broken(|v| {
        sc(v)["orders"][1]["steps"][0]["completed"] = json!("2026-06-19T15:52:00Z");
    });
    assert_fires(
        &d,
        "ecms-7.3.2.a.3-time-limits-met",
        "7.3.2.a.3",
        &at("/orders/1/steps/0"),
    );
    // Exactly 48 hours is on time.
    let d = broken(|v| {
        sc(v)["orders"][1]["steps"][0]["completed"] = json!("2026-06-19T13:52:00Z");
    });
    assert_quiet(&d, "ecms-7.3.2.a.3-time-limits-met");
}

#[test]
fn open_order_step_becomes_late() {
    // Paid 2026-06-27T00:00Z, not shipped: the end of 2026-06-28 is exactly 48 h later.
    let d = broken(|v| {
        arr(v, &at("/orders")).push(json!({
            "id": "73200000-0000-4000-8000-000000000099",
            "number": "TM-4129000000000001",
            "steps": [{"stage": "shipping", "started": "2026-06-27T00:00:00Z"}]
        }))
    });
    assert_quiet_on(&d, "ecms-7.3.2.a.3-time-limits-met", date(2026, 6, 28));
    assert_fires_on(
        &d,
        "ecms-7.3.2.a.3-time-limits-met",
        "7.3.2.a.3",
        &at("/orders/4/steps/0"),
        date(2026, 6, 29),
    );
}

#[test]
fn order_accuracy_above_limit() {
    // 200 of 21960 = 0.91 % > 0.5 %.
    let d = broken(|v| sc(v)["orderPeriods"][4]["inaccurateOrders"] = json!(200));
    assert_fires(
        &d,
        "ecms-7.3.2.a.4-order-accuracy",
        "7.3.2.a.4",
        &at("/orderPeriods/4"),
    );
    // Exactly 0.5 %: 50 of 10000.
    let d = broken(|v| {
        sc(v)["orderPeriods"][4]["orders"] = json!(10000);
        sc(v)["orderPeriods"][4]["inaccurateOrders"] = json!(50);
        sc(v)["orderPeriods"][4]["stages"] = json!([]);
    });
    assert_quiet(&d, "ecms-7.3.2.a.4-order-accuracy");
}

#[test]
fn daily_and_after_sales_procedures() {
    let d = broken(|v| rm(v, &at("/orderPolicy/dailyProcedure"), "weighingAndShipping"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.2.b-daily-procedure",
        "7.3.2.b",
        &at("/orderPolicy"),
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/orderPolicy/afterSalesProcedure"), "unshipped"));
    assert_fires(
        &d,
        "ecms-7.3.2.c-after-sales-procedure",
        "7.3.2.c",
        &at("/orderPolicy"),
    );
    let d = broken(|v| rm(v, &at("/orderPolicy"), "documentControl"));
    assert_fires(
        &d,
        "ecms-7.3.2.d-order-documents",
        "7.3.2.d",
        &at("/orderPolicy"),
    );
}

#[test]
fn order_analysis_missing_or_unscheduled() {
    let d = broken(|v| rm(v, &at("/orderPolicy"), "analysis"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.2.e-order-analysis",
        "7.3.2.e",
        &at("/orderPolicy"),
    );
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    let d = broken(|v| rm(v, &at("/orderPolicy/analysis/schedule"), "interval"));
    assert_fires(
        &d,
        "ecms-7.3.2.e-order-analysis",
        "7.3.2.e",
        &at("/orderPolicy/analysis"),
    );
}

#[test]
fn order_analysis_due_boundaries() {
    // Last 2026-06-05, monthly: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.3.2.e-order-analysis-overdue", date(2026, 7, 5));
    assert_fires_on(
        &d,
        "ecms-7.3.2.e-order-analysis-overdue",
        "7.3.2.e",
        &at("/orderPolicy/analysis"),
        date(2026, 7, 6),
    );
}

#[test]
fn no_order_records() {
    let d = broken(|v| {
        rm(v, SC, "orderPeriods");
        rm(v, SC, "orders");
    });
    assert_fires(&d, "ecms-7.3.2-order-records", "7.3.2", SC);
    assert_quiet(&d, "ecms-7.3.2-order-records-current");
}

#[test]
fn order_records_go_stale() {
    // Latest record: period ending 2026-06-30; two months later is 2026-08-30.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.3.2-order-records-current", date(2026, 8, 30));
    assert_fires_on(
        &d,
        "ecms-7.3.2-order-records-current",
        "7.3.2",
        &at("/orderPeriods"),
        date(2026, 8, 31),
    );
}

#[test]
fn inconsistent_order_period() {
    let d = broken(|v| sc(v)["orderPeriods"][0]["stages"][0]["late"] = json!(100000));
    assert_fires(
        &d,
        "ecms-7.3.2-order-period-consistent",
        "7.3.2",
        &at("/orderPeriods/0/stages/0"),
    );
    let d = broken(|v| sc(v)["orderPeriods"][1]["end"] = json!("2025-07-31"));
    assert_fires(
        &d,
        "ecms-7.3.2-order-period-consistent",
        "7.3.2",
        &at("/orderPeriods/1"),
    );
}

// ------------------------------------------------------------------------------------ 7.3.3.1

#[test]
fn provision_without_controls() {
    let d = broken(|v| rm(v, &at("/suppliers/0/provision/0"), "controls"));
    assert_fires(
        &d,
        "ecms-7.3.3.1-provision-controls",
        "7.3.3.1.a",
        &at("/suppliers/0/provision/0"),
    );
    let d = broken(|v| sc(v)["carriers"][0]["provision"][0]["controls"] = json!([]));
    assert_fires(
        &d,
        "ecms-7.3.3.1-provision-controls",
        "7.3.3.1.b",
        &at("/carriers/0/provision/0"),
    );
    let d = broken(|v| sc(v)["carriers"][0]["provision"][1]["controls"] = json!([""]));
    assert_fires(
        &d,
        "ecms-7.3.3.1-provision-controls",
        "7.3.3.1.c",
        &at("/carriers/0/provision/1"),
    );
    let d = broken(|v| rm(v, &at("/suppliers/1"), "provision"));
    assert_fires(
        &d,
        "ecms-7.3.3.1-provision-controls",
        "7.3.3.1",
        &at("/suppliers/1"),
    );
}

#[test]
fn outsourced_process_needs_controlled_provider() {
    let d = broken(|v| v["context"]["processes"][6]["outsourced"] = json!(true));
    assert_fires(
        &d,
        "ecms-7.3.3.1.c-outsourced-process-controlled",
        "7.3.3.1.c",
        "/context/processes/6",
    );
    let d = broken(|v| {
        v["context"]["processes"][6]["outsourced"] = json!(true);
        v["context"]["processes"][6]["provider"] = json!("73300000-0000-4000-8000-000000000005");
    });
    assert_fires(
        &d,
        "ecms-7.3.3.1.c-outsourced-process-controlled",
        "7.3.3.1.c",
        "/context/processes/6",
    );
    let d = broken(|v| {
        v["context"]["processes"][6]["outsourced"] = json!(true);
        v["context"]["processes"][6]["provider"] = json!("73300000-0000-4000-8000-000000000005");
        arr(v, "/operation/supplyChain/suppliers/4/provision").push(json!({
            "case": "outsourcedProcess",
            "what": "Kitting of gift sets",
            "controls": ["Kitting instruction and count check"]
        }));
    });
    assert_quiet(&d, "ecms-7.3.3.1.c-outsourced-process-controlled");
}

// ------------------------------------------------------------------------------------ 7.3.3.2

#[test]
fn no_suppliers() {
    let d = broken(|v| {
        rm(v, SC, "suppliers");
        rm(v, SC, "purchases");
    });
    assert_fires(&d, "ecms-7.3.3.2-providers-recorded", "7.3.3.2", SC);
}

#[test]
fn provider_procedure_items() {
    let d = broken(|v| rm(v, SC, "providerProcedure"));
    assert_fires(&d, "ecms-7.3.3.2-provider-procedure", "7.3.3.2", SC);
    let d = broken(|v| {
        rm(v, &at("/providerProcedure"), "changeManagement");
        rm(v, &at("/providerProcedure/riskControls"), "leadTime");
        rm(v, &at("/providerProcedure"), "selectionCriteria");
    });
    let path = at("/providerProcedure");
    assert_fires(&d, "ecms-7.3.3.2-provider-procedure", "7.3.3.2.c", &path);
    assert_fires(&d, "ecms-7.3.3.2-provider-procedure", "7.3.3.2.g.3", &path);
    let fs = assert_fires(&d, "ecms-7.3.3.2-provider-procedure", "7.3.3.2", &path);
    assert_eq!(fs.len(), 3);
}

#[test]
fn provider_not_selected_on_evaluation() {
    // No status recorded.
    let d = broken(|v| rm(v, &at("/suppliers/0"), "status"));
    assert_fires(
        &d,
        "ecms-7.3.3.2-provider-selected-on-evaluation",
        "7.3.3.2",
        &at("/suppliers/0"),
    );
    // Approved before any evaluation.
    let d = broken(|v| sc(v)["suppliers"][3]["approvedOn"] = json!("2024-07-01"));
    assert_fires(
        &d,
        "ecms-7.3.3.2-provider-selected-on-evaluation",
        "7.3.3.2",
        &at("/suppliers/3"),
    );
    // Latest evaluation rejected, still approved.
    let d = broken(|v| sc(v)["suppliers"][1]["evaluations"][1]["result"] = json!("rejected"));
    assert_fires(
        &d,
        "ecms-7.3.3.2-provider-selected-on-evaluation",
        "7.3.3.2",
        &at("/suppliers/1"),
    );
    // Rejected and terminated: fine.
    let d = broken(|v| {
        sc(v)["suppliers"][1]["evaluations"][1]["result"] = json!("rejected");
        sc(v)["suppliers"][1]["status"] = json!("terminated");
    });
    assert_quiet(&d, "ecms-7.3.3.2-provider-selected-on-evaluation");
    // Incomplete evaluation.
    let d = broken(|v| rm(v, &at("/carriers/1/evaluations/1"), "evaluator"));
    assert_fires(
        &d,
        "ecms-7.3.3.2-provider-selected-on-evaluation",
        "7.3.3.2",
        &at("/carriers/1/evaluations/1"),
    );
}

#[test]
fn purchase_from_unapproved_supplier() {
    // Ningbo approved only after PO-2025-1015 was sent (2025-10-15).
    let d = broken(|v| sc(v)["suppliers"][2]["approvedOn"] = json!("2025-10-16"));
    assert_fires(
        &d,
        "ecms-7.3.3.2-provider-approved-before-use",
        "7.3.3.2",
        &at("/purchases/3"),
    );
    let d = broken(|v| sc(v)["suppliers"][2]["approvedOn"] = json!("2025-10-15"));
    assert_quiet(&d, "ecms-7.3.3.2-provider-approved-before-use");
    let d = broken(|v| sc(v)["suppliers"][5]["status"] = json!("candidate"));
    assert_fires(
        &d,
        "ecms-7.3.3.2-provider-approved-before-use",
        "7.3.3.2",
        &at("/purchases/5"),
    );
}

#[test]
fn provider_agreement_missing_or_expired() {
    let d = broken(|v| rm(v, &at("/suppliers/2"), "agreement"));
    assert_fires(
        &d,
        "ecms-7.3.3.2.a-provider-agreement",
        "7.3.3.2.a",
        &at("/suppliers/2"),
    );
    let d = broken(|v| sc(v)["carriers"][1]["agreement"]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, "ecms-7.3.3.2.a-provider-agreement");
    assert_fires_on(
        &d,
        "ecms-7.3.3.2.a-provider-agreement",
        "7.3.3.2.a",
        &at("/carriers/1"),
        date(2026, 7, 1),
    );
}

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
    assert_quiet(&d, "ecms-7.3.3.2.f-supplier-review-yearly");
    let d = broken(|v| single_evaluation(v, 3, "2025-06-29"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.3.2.f-supplier-review-yearly",
        "7.3.3.2.f",
        &at("/suppliers/3"),
    );
    assert_eq!(fs[0].params["due"], "2026-06-29");
    // Leap day: evaluated 2024-02-29 is due 2025-02-28.
    let d = broken(|v| single_evaluation(v, 3, "2024-02-29"));
    assert_quiet_on(
        &d,
        "ecms-7.3.3.2.f-supplier-review-yearly",
        date(2025, 2, 28),
    );
    assert_fires_on(
        &d,
        "ecms-7.3.3.2.f-supplier-review-yearly",
        "7.3.3.2.f",
        &at("/suppliers/3"),
        date(2025, 3, 1),
    );
}

#[test]
fn supplier_review_uses_shorter_declared_interval_and_caps_longer_ones() {
    // Ningbo, conditionally approved, every 6 months: last 2026-03-25, due 2026-09-25.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-7.3.3.2.f-supplier-review-yearly",
        date(2026, 7, 31),
    );
    assert_fires_on(
        &d,
        "ecms-7.3.3.2.f-supplier-review-yearly",
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
        "ecms-7.3.3.2.f-supplier-review-yearly",
        "7.3.3.2.f",
        &at("/suppliers/3"),
    );
    // Carriers are external providers too.
    let d = broken(|v| sc(v)["carriers"][1]["evaluations"][1]["date"] = json!("2025-06-01"));
    assert_fires(
        &d,
        "ecms-7.3.3.2.f-supplier-review-yearly",
        "7.3.3.2.f",
        &at("/carriers/1"),
    );
    // Terminated providers are not reviewed.
    let d = broken(|v| {
        single_evaluation(v, 3, "2025-06-29");
        sc(v)["suppliers"][3]["status"] = json!("terminated");
    });
    assert_quiet(&d, "ecms-7.3.3.2.f-supplier-review-yearly");
}

#[test]
fn supplier_review_interval_declared_and_at_most_a_year() {
    let d = broken(|v| rm(v, &at("/suppliers/4"), "reviewInterval"));
    assert_fires(
        &d,
        "ecms-7.3.3.2.f-review-interval",
        "7.3.3.2.f",
        &at("/suppliers/4"),
    );
    let d = broken(|v| sc(v)["suppliers"][4]["reviewInterval"] = json!("P18M"));
    assert_fires(
        &d,
        "ecms-7.3.3.2.f-review-interval",
        "7.3.3.2.f",
        &at("/suppliers/4"),
    );
    let d = broken(|v| sc(v)["suppliers"][4]["reviewInterval"] = json!("P12M"));
    assert_quiet(&d, "ecms-7.3.3.2.f-review-interval");
}

#[test]
fn latest_evaluation_covers_g1_to_g4() {
    let d = broken(|v| {
        arr(v, &at("/suppliers/0/evaluations/2/ratings")).retain(|r| r["aspect"] != "afterSales")
    });
    let fs = assert_fires(
        &d,
        "ecms-7.3.3.2.g-evaluation-aspects",
        "7.3.3.2.g.4",
        &at("/suppliers/0/evaluations/2"),
    );
    assert_eq!(fs.len(), 1);
    // An older evaluation lacking an aspect does not matter.
    let d = broken(|v| sc(v)["suppliers"][0]["evaluations"][0]["ratings"] = json!([]));
    assert_quiet(&d, "ecms-7.3.3.2.g-evaluation-aspects");
}

#[test]
fn supplier_qualification_missing_or_expired() {
    let d = broken(|v| rm(v, &at("/suppliers/0"), "qualifications"));
    assert_fires(
        &d,
        "ecms-7.3.3.2.g.1-provider-qualification",
        "7.3.3.2.g.1",
        &at("/suppliers/0"),
    );
    let d =
        broken(|v| sc(v)["suppliers"][0]["qualifications"][1]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, "ecms-7.3.3.2.g.1-provider-qualification");
    assert_fires_on(
        &d,
        "ecms-7.3.3.2.g.1-provider-qualification",
        "7.3.3.2.g.1",
        &at("/suppliers/0/qualifications/1"),
        date(2026, 7, 1),
    );
}

// ------------------------------------------------------------------------------------ 7.3.3.3

#[test]
fn purchase_not_described() {
    let d = broken(|v| rm(v, &at("/purchases/1"), "supplier"));
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-described",
        "7.3.3.3",
        &at("/purchases/1"),
    );
    let d = broken(|v| {
        rm(v, &at("/purchases/1"), "description");
        rm(v, &at("/purchases/1"), "lines");
    });
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-described",
        "7.3.3.3",
        &at("/purchases/1"),
    );
    let d = broken(|v| rm(v, &at("/purchases/6/requirements"), "specification"));
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-described",
        "7.3.3.3",
        &at("/purchases/6"),
    );
}

#[test]
fn purchase_requirements_reviewed_before_release() {
    // Reviewed the same day it was sent: fine.
    let d = broken(|v| sc(v)["purchases"][0]["review"]["date"] = json!("2025-08-12"));
    assert_quiet(&d, "ecms-7.3.3.3-requirements-reviewed");
    // Reviewed the day after it was sent.
    let d = broken(|v| sc(v)["purchases"][0]["review"]["date"] = json!("2025-08-13"));
    assert_fires(
        &d,
        "ecms-7.3.3.3-requirements-reviewed",
        "7.3.3.3",
        &at("/purchases/0"),
    );
    let d = broken(|v| rm(v, &at("/purchases/3"), "review"));
    assert_fires(
        &d,
        "ecms-7.3.3.3-requirements-reviewed",
        "7.3.3.3",
        &at("/purchases/3"),
    );
    let d = broken(|v| sc(v)["purchases"][4]["review"]["adequate"] = json!(false));
    assert_fires(
        &d,
        "ecms-7.3.3.3-requirements-reviewed",
        "7.3.3.3",
        &at("/purchases/4"),
    );
    // Not sent yet: no review needed so far.
    let d = broken(|v| {
        rm(v, &at("/purchases/8"), "review");
        rm(v, &at("/purchases/8"), "sentOn");
    });
    assert_quiet(&d, "ecms-7.3.3.3-requirements-reviewed");
}

#[test]
fn purchase_information_content_is_a_should() {
    let d = broken(|v| {
        rm(
            v,
            &at("/purchases/2/requirements"),
            "personnelQualification",
        )
    });
    let fs = assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-info-content",
        "7.3.3.3.b",
        &at("/purchases/2"),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    let d = broken(|v| {
        rm(v, &at("/purchases/2/requirements"), "approvals");
        rm(v, &at("/purchases/2/requirements"), "managementSystem");
    });
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-info-content",
        "7.3.3.3.a",
        &at("/purchases/2"),
    );
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-info-content",
        "7.3.3.3.c",
        &at("/purchases/2"),
    );
}

#[test]
fn received_purchase_verified() {
    let d = broken(|v| rm(v, &at("/purchases/5"), "verification"));
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-verified",
        "7.3.3.3",
        &at("/purchases/5"),
    );
    let d = broken(|v| rm(v, &at("/purchases/3/verification"), "disposition"));
    assert_fires(
        &d,
        "ecms-7.3.3.3-purchase-verified",
        "7.3.3.3",
        &at("/purchases/3"),
    );
}

// ------------------------------------------------------------------------------------ 7.3.4

#[test]
fn distribution_procedure() {
    let d = broken(|v| rm(v, SC, "distribution"));
    assert_fires(&d, "ecms-7.3.4-procedure", "7.3.4", SC);
    let d = broken(|v| rm(v, &at("/distribution"), "unifiedDispatch"));
    assert_fires(&d, "ecms-7.3.4-procedure", "7.3.4", &at("/distribution"));
    let d = broken(|v| rm(v, &at("/distribution"), "loading"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.4-procedure-items",
        "7.3.4.d",
        &at("/distribution"),
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/distribution/riskManagement"), "claims"));
    assert_fires(
        &d,
        "ecms-7.3.4.f-risk-management",
        "7.3.4.f.4",
        &at("/distribution"),
    );
}

#[test]
fn carriers() {
    let d = broken(|v| {
        for c in arr(v, &at("/carriers")) {
            c["status"] = json!("terminated");
        }
    });
    let fs = assert_fires(&d, "ecms-7.3.4-carriers-recorded", "7.3.4", SC);
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    let d =
        broken(|v| sc(v)["carriers"][1]["qualifications"][0]["validUntil"] = json!("2026-06-29"));
    assert_fires(
        &d,
        "ecms-7.3.4.f.1-carrier-qualified",
        "7.3.4.f.1",
        &at("/carriers/1/qualifications/0"),
    );
    let d = broken(|v| rm(v, &at("/carriers/0"), "qualifications"));
    assert_fires(
        &d,
        "ecms-7.3.4.f.1-carrier-qualified",
        "7.3.4.f.1",
        &at("/carriers/0"),
    );
    let d = broken(|v| {
        rm(v, &at("/carriers/0"), "claimsTerms");
        rm(v, &at("/carriers/1"), "processAssurance");
        rm(v, &at("/carriers/1"), "deliveryCommitment");
    });
    assert_fires(
        &d,
        "ecms-7.3.4.f-carrier-terms",
        "7.3.4.f.4",
        &at("/carriers/0"),
    );
    assert_fires(
        &d,
        "ecms-7.3.4.f-carrier-terms",
        "7.3.4.f.3",
        &at("/carriers/1"),
    );
    assert_fires(
        &d,
        "ecms-7.3.4.f-carrier-terms",
        "7.3.4.f.2",
        &at("/carriers/1"),
    );
}

// ------------------------------------------------------------------------------------ 7.3.5

#[test]
fn channels_and_procedure() {
    let d = broken(|v| {
        for c in arr(v, &at("/channels")) {
            c["closed"] = json!(true);
        }
    });
    assert_fires(&d, "ecms-7.3.5-channels-recorded", "7.3.5", SC);
    let d = broken(|v| rm(v, SC, "channelManagement"));
    assert_fires(&d, "ecms-7.3.5-procedure", "7.3.5", SC);
    let d = broken(|v| rm(v, &at("/channelManagement"), "document"));
    assert_fires(
        &d,
        "ecms-7.3.5-procedure",
        "7.3.5",
        &at("/channelManagement"),
    );
}

#[test]
fn channel_model_and_rationale() {
    let d = broken(|v| rm(v, &at("/channels/2"), "model"));
    assert_fires(
        &d,
        "ecms-7.3.5.a-channel-model",
        "7.3.5.a",
        &at("/channels/2"),
    );
    let d = broken(|v| rm(v, &at("/channels/0"), "rationale"));
    assert_fires(
        &d,
        "ecms-7.3.5.a-channel-model",
        "7.3.5.a",
        &at("/channels/0"),
    );
    let d = broken(|v| rm(v, &at("/channelManagement"), "modelSelection"));
    assert_fires(
        &d,
        "ecms-7.3.5.a-channel-model",
        "7.3.5.a",
        &at("/channelManagement"),
    );
    // A closed channel is not checked.
    let d = broken(|v| {
        rm(v, &at("/channels/0"), "rationale");
        sc(v)["channels"][0]["closed"] = json!(true);
    });
    assert_quiet(&d, "ecms-7.3.5.a-channel-model");
}

#[test]
fn channel_partner_rules_and_agreement() {
    let d = broken(|v| rm(v, &at("/channelManagement"), "partnerRules"));
    assert_fires(
        &d,
        "ecms-7.3.5.b-partner-rules",
        "7.3.5.b",
        &at("/channelManagement"),
    );
    let d = broken(|v| rm(v, &at("/channels/2/partners/0"), "agreement"));
    assert_fires(
        &d,
        "ecms-7.3.5.b-partner-rules",
        "7.3.5.b",
        &at("/channels/2/partners/0"),
    );
    // The Xingyao agreement runs to 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.3.5.b-partner-rules", date(2026, 8, 31));
    assert_fires_on(
        &d,
        "ecms-7.3.5.b-partner-rules",
        "7.3.5.b",
        &at("/channels/2/partners/0"),
        date(2026, 9, 1),
    );
}

#[test]
fn channel_partner_training_and_resources() {
    let d = broken(|v| rm(v, &at("/channels/2/partners/0"), "trainings"));
    assert_fires(
        &d,
        "ecms-7.3.5.c-partner-support",
        "7.3.5.c",
        &at("/channels/2/partners/0"),
    );
    let d = broken(|v| rm(v, &at("/channels/2/partners/0"), "resources"));
    assert_fires(
        &d,
        "ecms-7.3.5.c-partner-support",
        "7.3.5.c",
        &at("/channels/2/partners/0"),
    );
    let d = broken(|v| rm(v, &at("/channelManagement"), "partnerSupport"));
    assert_fires(
        &d,
        "ecms-7.3.5.c-partner-support",
        "7.3.5.c",
        &at("/channelManagement"),
    );
}

#[test]
fn channel_layout_review() {
    let d = broken(|v| rm(v, &at("/channelManagement/layoutReview"), "interval"));
    assert_fires(
        &d,
        "ecms-7.3.5.d-layout-review-interval",
        "7.3.5.d",
        &at("/channelManagement"),
    );
    // Last 2026-04-15 every P6M: due 2026-10-15.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.3.5.d-layout-review-overdue", date(2026, 10, 15));
    assert_fires_on(
        &d,
        "ecms-7.3.5.d-layout-review-overdue",
        "7.3.5.d",
        &at("/channelManagement"),
        date(2026, 10, 16),
    );
}

// ------------------------------------------------------------------------------------ 7.3.6

#[test]
fn warehouses_and_procedure() {
    let d = broken(|v| rm(v, SC, "warehouses"));
    assert_fires(&d, "ecms-7.3.6-warehouses-recorded", "7.3.6", SC);
    let d = broken(|v| rm(v, SC, "warehouseProcedure"));
    assert_fires(&d, "ecms-7.3.6-procedure", "7.3.6", SC);
    let d = broken(|v| rm(v, &at("/warehouseProcedure"), "document"));
    assert_fires(
        &d,
        "ecms-7.3.6-procedure",
        "7.3.6",
        &at("/warehouseProcedure"),
    );
    let d = broken(|v| {
        rm(v, &at("/warehouseProcedure"), "pickingRoutes");
        rm(v, &at("/warehouseProcedure"), "stockAlerts");
        rm(v, &at("/warehouses/0"), "siteRationale");
    });
    assert_fires(
        &d,
        "ecms-7.3.6-procedure-items",
        "7.3.6.e",
        &at("/warehouseProcedure"),
    );
    assert_fires(
        &d,
        "ecms-7.3.6-procedure-items",
        "7.3.6.f",
        &at("/warehouseProcedure"),
    );
    assert_fires(
        &d,
        "ecms-7.3.6-procedure-items",
        "7.3.6.a",
        &at("/warehouses/0"),
    );
}

#[test]
fn every_stock_line_has_an_alert_threshold() {
    let d = broken(|v| rm(v, &at("/warehouses/0/stock/3"), "alertThreshold"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.6.f-stock-alert-thresholds",
        "7.3.6.f",
        &at("/warehouses/0/stock/3"),
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/warehouses/0"), "stock"));
    assert_fires(
        &d,
        "ecms-7.3.6.f-stock-alert-thresholds",
        "7.3.6.f",
        &at("/warehouses/0"),
    );
    let d = broken(|v| rm(v, &at("/warehouses/0"), "alertSystem"));
    assert_fires(
        &d,
        "ecms-7.3.6.f-stock-alert-thresholds",
        "7.3.6.f",
        &at("/warehouses/0"),
    );
}

#[test]
fn stock_alert_acted_upon() {
    let d = broken(|v| rm(v, &at("/warehouses/0/stock/4"), "replenishmentRaised"));
    let fs = assert_fires(
        &d,
        "ecms-7.3.6.f-stock-alert-acted",
        "7.3.6.f",
        &at("/warehouses/0/stock/4"),
    );
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    // At the threshold counts; one above does not.
    let d = broken(|v| sc(v)["warehouses"][0]["stock"][3]["onHand"] = json!(60));
    assert_fires(
        &d,
        "ecms-7.3.6.f-stock-alert-acted",
        "7.3.6.f",
        &at("/warehouses/0/stock/3"),
    );
    let d = broken(|v| sc(v)["warehouses"][0]["stock"][3]["onHand"] = json!(61));
    assert_quiet(&d, "ecms-7.3.6.f-stock-alert-acted");
}

// ------------------------------------------------------------------------------------ 7.3.7

#[test]
fn payment_platforms_and_procedure() {
    let d = broken(|v| sc(v)["paymentPlatforms"][0]["retired"] = json!(true));
    assert_fires(&d, "ecms-7.3.7-platforms-recorded", "7.3.7", SC);
    let d = broken(|v| rm(v, SC, "paymentProcedure"));
    assert_fires(&d, "ecms-7.3.7-procedure", "7.3.7", SC);
    let d = broken(|v| rm(v, &at("/paymentProcedure"), "document"));
    assert_fires(
        &d,
        "ecms-7.3.7-procedure",
        "7.3.7",
        &at("/paymentProcedure"),
    );
}

#[test]
fn payment_platform_licence() {
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0"), "licence"));
    assert_fires(
        &d,
        "ecms-7.3.7-platform-licensed",
        "7.3.7",
        &at("/paymentPlatforms/0"),
    );
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0/licence"), "number"));
    assert_fires(
        &d,
        "ecms-7.3.7-platform-licensed",
        "7.3.7",
        &at("/paymentPlatforms/0/licence"),
    );
    // Expired certificate is a finding as of the day after its last valid day.
    let d = broken(|v| sc(v)["paymentPlatforms"][0]["licence"]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, "ecms-7.3.7-platform-licensed");
    assert_fires_on(
        &d,
        "ecms-7.3.7-platform-licensed",
        "7.3.7",
        &at("/paymentPlatforms/0/licence"),
        date(2026, 7, 1),
    );
}

#[test]
fn payment_platform_security_assessment() {
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0"), "assessmentInterval"));
    assert_fires(
        &d,
        "ecms-7.3.7-security-assessment-interval",
        "7.3.7",
        &at("/paymentPlatforms/0"),
    );
    // Last 2026-05-28 every P1Y: due 2027-05-28.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-7.3.7-security-assessment-overdue",
        date(2027, 5, 28),
    );
    assert_fires_on(
        &d,
        "ecms-7.3.7-security-assessment-overdue",
        "7.3.7",
        &at("/paymentPlatforms/0"),
        date(2027, 5, 29),
    );
    // Never assessed: counted from the start of use.
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0"), "securityAssessments"));
    assert_fires(
        &d,
        "ecms-7.3.7-security-assessment-overdue",
        "7.3.7",
        &at("/paymentPlatforms/0"),
    );
    let d =
        broken(|v| sc(v)["paymentPlatforms"][0]["securityAssessments"][1]["passed"] = json!(false));
    assert_fires(
        &d,
        "ecms-7.3.7-security-assessment-passed",
        "7.3.7",
        &at("/paymentPlatforms/0/securityAssessments/1"),
    );
    // An older failed assessment followed by a passed one is fine.
    let d =
        broken(|v| sc(v)["paymentPlatforms"][0]["securityAssessments"][0]["passed"] = json!(false));
    assert_quiet(&d, "ecms-7.3.7-security-assessment-passed");
}

#[test]
fn payment_data_protection_covers_confidentiality_and_integrity() {
    let d = broken(|v| {
        for m in arr(v, &at("/paymentProcedure/dataProtection")) {
            m.as_object_mut().unwrap().remove("integrity");
        }
    });
    let fs = assert_fires(
        &d,
        "ecms-7.3.7.a-data-protection",
        "7.3.7.a",
        &at("/paymentProcedure"),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["what"], "tampered with");
    let d = broken(|v| rm(v, &at("/paymentProcedure"), "dataProtection"));
    let fs = findings(&d, "ecms-7.3.7.a-data-protection", as_of());
    assert_eq!(fs.len(), 2);
}

#[test]
fn payment_pii_risk_assessment() {
    let d = broken(|v| rm(v, &at("/paymentProcedure"), "piiRiskAssessment"));
    assert_fires(
        &d,
        "ecms-7.3.7.b-pii-risk-assessment",
        "7.3.7.b",
        &at("/paymentProcedure"),
    );
    let d = broken(|v| {
        rm(
            v,
            &at("/paymentProcedure/piiRiskAssessment/risks/1"),
            "controls",
        )
    });
    assert_fires(
        &d,
        "ecms-7.3.7.b-pii-risk-assessment",
        "7.3.7.b",
        &at("/paymentProcedure/piiRiskAssessment/risks/1"),
    );
    let d = broken(|v| rm(v, &at("/paymentProcedure/piiRiskAssessment"), "assessor"));
    assert_fires(
        &d,
        "ecms-7.3.7.b-pii-risk-assessment",
        "7.3.7.b",
        &at("/paymentProcedure/piiRiskAssessment"),
    );
}

// ------------------------------------------------------------------------------------ dates

#[test]
fn future_dated_records() {
    let d = broken(|v| sc(v)["suppliers"][1]["evaluations"][1]["date"] = json!("2026-07-15"));
    assert_fires(
        &d,
        "ecms-7.3-future-dated-record",
        "7.3.3.2.f",
        &at("/suppliers/1/evaluations/1"),
    );
    // As of the evaluation day itself, nothing is in the future.
    assert_quiet_on(&d, "ecms-7.3-future-dated-record", date(2026, 7, 15));
    let d = broken(|v| {
        sc(v)["paymentPlatforms"][0]["securityAssessments"][1]["date"] = json!("2026-07-01")
    });
    assert_fires(
        &d,
        "ecms-7.3-future-dated-record",
        "7.3.7",
        &at("/paymentPlatforms/0/securityAssessments/1"),
    );
    let d = broken(|v| sc(v)["purchases"][8]["sentOn"] = json!("2026-07-02"));
    assert_fires(
        &d,
        "ecms-7.3-future-dated-record",
        "7.3.3.3",
        &at("/purchases/8"),
    );
}

// ------------------------------------------------------------------------------------ parsing

#[test]
fn enums_and_time_limits_parse() {
    use ecms::model::operation::supply_chain::{OrderStage, TimeLimit, TimeUnit};
    let l: TimeLimit = serde_json::from_value(json!({"amount": 15, "unit": "days"})).unwrap();
    assert_eq!(l.hours(), 360);
    assert_eq!(l.unit, TimeUnit::Days);
    assert_eq!(l.to_string(), "15 d");
    let s: OrderStage = serde_json::from_value(json!("settlement")).unwrap();
    assert_eq!(s.as_str(), "settlement");
    assert!(serde_json::from_value::<OrderStage>(json!("refund")).is_err());
    assert!(serde_json::from_value::<TimeLimit>(json!({"amount": 2, "unit": "weeks"})).is_err());
    // Unknown fields inside the supply chain are refused by the parser.
    let mut v = dataset_value();
    v["operation"]["supplyChain"]["suppliers"][0]["rating"] = json!("A");
    assert!(ecms::parse_document(&serde_json::to_string(&v).unwrap()).is_err());
}

#[test]
fn dataset_round_trips() {
    let d = dataset();
    let s = serde_json::to_string(&d).unwrap();
    let back = ecms::parse_document(&s).unwrap().document;
    assert_eq!(d.operation.supply_chain, back.operation.supply_chain);
}
