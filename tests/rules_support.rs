//! Chapter 6 rules: each broken by an edited dataset, each quiet on the bundled dataset.
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
    "ecms-6.1.1-resource-plan",
    "ecms-6.1.1-resource-plan-current",
    "ecms-6.1.1-resource-plan-approved",
    "ecms-6.1.1.a-internal-capability",
    "ecms-6.1.1.b-external-resources",
    "ecms-6.1.1-resources-provided",
    "ecms-6.1.2-staffing-determined",
    "ecms-6.1.2-role-headcount",
    "ecms-6.1.2-staffing-shortfall",
    "ecms-6.1.2-person-without-role",
    "ecms-6.1.3-fund-needs",
    "ecms-6.1.3-fund-supply",
    "ecms-6.1.3-budget",
    "ecms-6.1.3-budget-actual-compared",
    "ecms-6.1.3-budget-currency",
    "ecms-6.1.3-variance-threshold",
    "ecms-6.1.3-variance-acted-upon",
    "ecms-6.1.3-comparison-interval",
    "ecms-6.1.3-comparison-overdue",
    "ecms-6.1.4-natural-resources",
    "ecms-6.1.4-impact-understood",
    "ecms-6.1.4-supply-assured",
    "ecms-6.1.4-environmental-impact",
    "ecms-6.1.4-review-interval",
    "ecms-6.1.4-review-overdue",
    "ecms-6.1.5-infrastructure",
    "ecms-6.1.5-asset-owner",
    "ecms-6.1.5-asset-maintenance-interval",
    "ecms-6.1.5-asset-maintenance-overdue",
    "ecms-6.1.5.a-technology-procedure",
    "ecms-6.1.5.a-asset-protection",
    "ecms-6.1.5.b-information-for-decisions",
    "ecms-6.1.5.b-decision-recorded",
    "ecms-6.1.5.c-technology-plan",
    "ecms-6.1.5.c-technology-goal-complete",
    "ecms-6.1.5.c-technology-goal-overdue",
    "ecms-6.1.5.d-sharing",
    "ecms-6.1.5.e-review-procedure",
    "ecms-6.1.5.e-review-interval",
    "ecms-6.1.5.e-review-overdue",
    "ecms-6.1.6-instruments",
    "ecms-6.1.6.a-suitability",
    "ecms-6.1.6.b-calibration-interval",
    "ecms-6.1.6.b-calibration-overdue",
    "ecms-6.1.6.b-failed-in-use",
    "ecms-6.1.6-calibration-evidence",
    "ecms-6.1.7-knowledge-determined",
    "ecms-6.1.7-knowledge-process",
    "ecms-6.1.7-knowledge-maintained",
    "ecms-6.1.7-knowledge-available",
    "ecms-6.1.7-knowledge-update",
    "ecms-6.1.7-knowledge-review-interval",
    "ecms-6.1.7-knowledge-review-overdue",
    "ecms-6.2.a-competence-determined",
    "ecms-6.2.a-role-competence",
    "ecms-6.2.b-person-competent",
    "ecms-6.2.c-training-effectiveness",
    "ecms-6.2.c-ineffective-follow-up",
    "ecms-6.2.d-evidence-retained",
    "ecms-6.3-awareness",
    "ecms-6.4.1.a-required-information",
    "ecms-6.4.1.a-required-by-known",
    "ecms-6.4.2.a-identification",
    "ecms-6.4.2.b-format-medium",
    "ecms-6.4.2.c-effective-approved",
    "ecms-6.4.2.c-approved-before-effective",
    "ecms-6.4.2.c-review-interval",
    "ecms-6.4.2.c-review-overdue",
    "ecms-6.4.2-date-in-future",
    "ecms-6.4.3.a-access",
    "ecms-6.4.3.a-current-version-in-use",
    "ecms-6.4.3.b-storage",
    "ecms-6.4.3.c-one-current-version",
    "ecms-6.4.3.c-change-history",
    "ecms-6.4.3.d-retention-defined",
    "ecms-6.4.3.d-disposed-early",
    "ecms-6.4.3.d-kept-past-retention",
    "ecms-6.4.3.d-disposal-recorded",
    "ecms-6.4.3-external-controlled",
    "ecms-6.4.3-record-protected",
];

fn remove(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
}

#[test]
fn dataset_satisfies_every_chapter_6_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn every_listed_rule_exists_and_every_chapter_6_rule_is_listed() {
    let builtin: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| id.starts_with("ecms-6."))
        .collect();
    for r in RULES {
        assert!(builtin.contains(r), "{r} is not a built-in rule");
    }
    for r in &builtin {
        assert!(RULES.contains(r), "{r} is not listed in RULES");
    }
}

#[test]
fn whole_dataset_has_no_findings() {
    let report = ecms::rules::evaluate(&dataset(), as_of());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

// ------------------------------------------------------------------------------------ 6.1.1

#[test]
fn resource_plan_missing_or_empty() {
    let d = broken(|v| remove(v, "/support", "resourcePlan"));
    assert_fires(&d, "ecms-6.1.1-resource-plan", "6.1.1", "/support");
    let d = broken(|v| v["support"]["resourcePlan"]["needs"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.1-resource-plan",
        "6.1.1",
        "/support/resourcePlan",
    );
}

#[test]
fn resource_plan_period_boundaries() {
    // Valid until 2026-12-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.1-resource-plan-current", date(2026, 12, 31));
    assert_fires_on(
        &d,
        "ecms-6.1.1-resource-plan-current",
        "6.1.1",
        "/support/resourcePlan/validUntil",
        date(2027, 1, 1),
    );
    let d = broken(|v| remove(v, "/support/resourcePlan", "validUntil"));
    assert_fires(
        &d,
        "ecms-6.1.1-resource-plan-current",
        "6.1.1",
        "/support/resourcePlan",
    );
    let d = broken(|v| v["support"]["resourcePlan"]["validFrom"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-6.1.1-resource-plan-current",
        "6.1.1",
        "/support/resourcePlan/validFrom",
    );
}

#[test]
fn resource_plan_not_approved() {
    let d = broken(|v| remove(v, "/support/resourcePlan", "approval"));
    assert_fires(
        &d,
        "ecms-6.1.1-resource-plan-approved",
        "6.1.1",
        "/support/resourcePlan",
    );
}

#[test]
fn internal_resource_without_capability_or_constraints() {
    let d = broken(|v| remove(v, "/support/resourcePlan/needs/0", "capability"));
    assert_fires(
        &d,
        "ecms-6.1.1.a-internal-capability",
        "6.1.1.a",
        "/support/resourcePlan/needs/0",
    );
    let d = broken(|v| v["support"]["resourcePlan"]["needs"][4]["constraints"] = json!([" "]));
    assert_fires(
        &d,
        "ecms-6.1.1.a-internal-capability",
        "6.1.1.a",
        "/support/resourcePlan/needs/4",
    );
}

#[test]
fn plan_without_any_internal_resource() {
    let d = broken(|v| {
        for n in arr(v, "/support/resourcePlan/needs") {
            n["source"] = json!("external");
            n["provider"] = json!("Some provider");
        }
    });
    assert_fires(
        &d,
        "ecms-6.1.1.a-internal-capability",
        "6.1.1.a",
        "/support/resourcePlan",
    );
}

#[test]
fn external_resources_not_considered() {
    let d = broken(|v| remove(v, "/support/resourcePlan/needs/1", "provider"));
    assert_fires(
        &d,
        "ecms-6.1.1.b-external-resources",
        "6.1.1.b",
        "/support/resourcePlan/needs/1",
    );
    let d = broken(|v| arr(v, "/support/resourcePlan/needs").retain(|n| n["source"] != "external"));
    assert_fires(
        &d,
        "ecms-6.1.1.b-external-resources",
        "6.1.1.b",
        "/support/resourcePlan",
    );
    let d = broken(|v| remove(v, "/support/resourcePlan/needs/2", "source"));
    assert_fires(
        &d,
        "ecms-6.1.1.b-external-resources",
        "6.1.1.b",
        "/support/resourcePlan/needs/2",
    );
}

#[test]
fn resource_not_provided_when_needed() {
    // Need 7 (size recommendation) is planned, needed by 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.1-resources-provided", date(2026, 8, 31));
    assert_fires_on(
        &d,
        "ecms-6.1.1-resources-provided",
        "6.1.1",
        "/support/resourcePlan/needs/7",
        date(2026, 9, 1),
    );
    let d =
        broken(|v| v["support"]["resourcePlan"]["needs"][0]["status"] = json!("partlyProvided"));
    assert_fires(
        &d,
        "ecms-6.1.1-resources-provided",
        "6.1.1",
        "/support/resourcePlan/needs/0",
    );
    let d = broken(|v| v["support"]["resourcePlan"]["needs"][0]["status"] = json!("cancelled"));
    assert_quiet(&d, "ecms-6.1.1-resources-provided");
}

// ------------------------------------------------------------------------------------ 6.1.2

#[test]
fn staffing_not_determined() {
    let d = broken(|v| remove(v, "/support", "staffing"));
    assert_fires(&d, "ecms-6.1.2-staffing-determined", "6.1.2", "/support");
    // Reported once, not per role.
    assert_quiet(&d, "ecms-6.1.2-role-headcount");
}

#[test]
fn role_without_headcount() {
    let d = broken(|v| {
        arr(v, "/support/staffing").remove(3);
    });
    assert_fires(
        &d,
        "ecms-6.1.2-role-headcount",
        "6.1.2",
        "/leadership/roles/3",
    );
}

#[test]
fn staffing_shortfall() {
    let d = broken(|v| v["support"]["staffing"][10]["headcount"] = json!(3));
    let fs = assert_fires(
        &d,
        "ecms-6.1.2-staffing-shortfall",
        "6.1.2",
        "/support/staffing/10",
    );
    assert_eq!(fs[0].params["actual"], "2");
    assert_eq!(fs[0].params["required"], "3");
}

#[test]
fn person_leaving_creates_shortfall_from_the_next_day() {
    // Ma Tao, one of the two internal auditors, leaves on 2026-06-30.
    let d = broken(|v| v["support"]["people"][11]["leftOn"] = json!("2026-06-30"));
    assert_quiet_on(&d, "ecms-6.1.2-staffing-shortfall", date(2026, 6, 30));
    assert_fires_on(
        &d,
        "ecms-6.1.2-staffing-shortfall",
        "6.1.2",
        "/support/staffing/10",
        date(2026, 7, 1),
    );
}

#[test]
fn person_without_role() {
    let d = broken(|v| v["support"]["people"][11]["roles"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.2-person-without-role",
        "6.1.2",
        "/support/people/11",
    );
}

// ------------------------------------------------------------------------------------ 6.1.3

#[test]
fn fund_needs_per_horizon() {
    let d = broken(|v| {
        arr(v, "/support/finance/fundNeeds").retain(|n| n["horizon"] != "longTerm");
    });
    let fs = assert_fires(&d, "ecms-6.1.3-fund-needs", "6.1.3", "/support/finance");
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["horizon"], "long-term");
    let d = broken(|v| remove(v, "/support", "finance"));
    let fs = assert_fires(&d, "ecms-6.1.3-fund-needs", "6.1.3", "/support");
    assert_eq!(fs.len(), 2);
}

#[test]
fn fund_need_without_source_or_amount() {
    let d = broken(|v| {
        let n = obj(v, "/support/finance/fundNeeds/0");
        n.remove("fundingSource");
        n.remove("amount");
    });
    let fs = assert_fires(
        &d,
        "ecms-6.1.3-fund-supply",
        "6.1.3",
        "/support/finance/fundNeeds/0",
    );
    assert_eq!(fs.len(), 2);
}

#[test]
fn no_budget() {
    let d = broken(|v| v["support"]["finance"]["budgetLines"] = json!([]));
    assert_fires(&d, "ecms-6.1.3-budget", "6.1.3", "/support/finance");
    let d = broken(|v| remove(v, "/support", "finance"));
    assert_fires(&d, "ecms-6.1.3-budget", "6.1.3", "/support");
}

#[test]
fn budget_line_without_actual() {
    let d = broken(|v| remove(v, "/support/finance/budgetLines/2", "actual"));
    assert_fires(
        &d,
        "ecms-6.1.3-budget-actual-compared",
        "6.1.3",
        "/support/finance/budgetLines/2",
    );
    let d = broken(|v| {
        let l = obj(v, "/support/finance/budgetLines/2");
        l.remove("planned");
        l.remove("plannedToDate");
    });
    assert_fires(
        &d,
        "ecms-6.1.3-budget-actual-compared",
        "6.1.3",
        "/support/finance/budgetLines/2",
    );
}

#[test]
fn budget_currency_mismatch() {
    let d =
        broken(|v| v["support"]["finance"]["budgetLines"][1]["actual"]["currency"] = json!("USD"));
    assert_fires(
        &d,
        "ecms-6.1.3-budget-currency",
        "6.1.3",
        "/support/finance/budgetLines/1/planned",
    );
    assert_fires(
        &d,
        "ecms-6.1.3-budget-currency",
        "6.1.3",
        "/support/finance/budgetLines/1/plannedToDate",
    );
}

#[test]
fn no_variance_threshold() {
    let d = broken(|v| remove(v, "/support/finance", "varianceThreshold"));
    let fs = assert_fires(
        &d,
        "ecms-6.1.3-variance-threshold",
        "6.1.3",
        "/support/finance/budgetLines/0",
    );
    assert_eq!(fs.len(), 8);
    // A line's own threshold is enough for that line.
    let d = broken(|v| {
        remove(v, "/support/finance", "varianceThreshold");
        v["support"]["finance"]["budgetLines"][0]["varianceThreshold"] = json!("20");
    });
    let fs = findings(&d, "ecms-6.1.3-variance-threshold", as_of());
    assert_eq!(fs.len(), 7);
    assert!(
        fs.iter()
            .all(|f| f.path != "/support/finance/budgetLines/0")
    );
}

#[test]
fn variance_beyond_threshold_needs_action() {
    // Advertising: 542,800.00 against 460,000.00 to date = +18 %, acted upon.
    let d = broken(|v| remove(v, "/support/finance/budgetLines/0", "actions"));
    let fs = assert_fires(
        &d,
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        "/support/finance/budgetLines/0",
    );
    assert_eq!(fs[0].params["planned"], "460000.00 CNY");
    // Underspending counts too: IT 58,100.00 against 70,000.00 = -17 %.
    let d = broken(|v| remove(v, "/support/finance/budgetLines/4", "actions"));
    assert_fires(
        &d,
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        "/support/finance/budgetLines/4",
    );
    // An action decided after the evaluation date does not count.
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][0]["actions"][0]["decidedOn"] = json!("2026-07-01")
    });
    assert_fires(
        &d,
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        "/support/finance/budgetLines/0",
    );
}

#[test]
fn variance_threshold_boundary_is_exact() {
    // Commissions: 860,000.00 planned to date, threshold 10 %: 946,000.00 is exactly 10 %.
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][1]["actual"]["amount"] = json!("946000.00")
    });
    assert_quiet(&d, "ecms-6.1.3-variance-acted-upon");
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][1]["actual"]["amount"] = json!("946000.01")
    });
    assert_fires(
        &d,
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        "/support/finance/budgetLines/1",
    );
    // A tighter line threshold overrides the general one: +4.92 % against 4 %.
    let d = broken(|v| v["support"]["finance"]["budgetLines"][1]["varianceThreshold"] = json!("4"));
    assert_fires(
        &d,
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        "/support/finance/budgetLines/1",
    );
    // Without a to-date plan the whole-period plan is compared.
    let d = broken(|v| remove(v, "/support/finance/budgetLines/1", "plannedToDate"));
    assert_fires(
        &d,
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        "/support/finance/budgetLines/1",
    );
}

#[test]
fn budget_comparison_interval_and_schedule() {
    let d = broken(|v| v["support"]["finance"]["comparison"] = json!({"lastDone": "2026-06-10"}));
    assert_fires(
        &d,
        "ecms-6.1.3-comparison-interval",
        "6.1.3",
        "/support/finance",
    );
    // Monthly, last 2026-06-10: due 2026-07-10.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.3-comparison-overdue", date(2026, 7, 10));
    assert_fires_on(
        &d,
        "ecms-6.1.3-comparison-overdue",
        "6.1.3",
        "/support/finance",
        date(2026, 7, 11),
    );
}

// ------------------------------------------------------------------------------------ 6.1.4

#[test]
fn natural_resources_missing() {
    let d = broken(|v| remove(v, "/support", "naturalResources"));
    assert_fires(&d, "ecms-6.1.4-natural-resources", "6.1.4", "/support");
}

#[test]
fn natural_resource_incomplete() {
    let d = broken(|v| remove(v, "/support/naturalResources/1", "impactLevel"));
    assert_fires(
        &d,
        "ecms-6.1.4-impact-understood",
        "6.1.4",
        "/support/naturalResources/1",
    );
    let d = broken(|v| remove(v, "/support/naturalResources/0", "longTermSupply"));
    let fs = assert_fires(
        &d,
        "ecms-6.1.4-supply-assured",
        "6.1.4",
        "/support/naturalResources/0",
    );
    assert_eq!(fs[0].params["horizon"], "long-term");
    let d = broken(|v| v["support"]["naturalResources"][2]["environmentalMeasures"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.4-environmental-impact",
        "6.1.4",
        "/support/naturalResources/2",
    );
    let d = broken(|v| remove(v, "/support/naturalResources/0/review", "interval"));
    assert_fires(
        &d,
        "ecms-6.1.4-review-interval",
        "6.1.4",
        "/support/naturalResources/0",
    );
}

#[test]
fn natural_resource_review_boundaries() {
    // Electricity: reviewed 2025-11-20 yearly.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.4-review-overdue", date(2026, 8, 26));
    assert_fires_on(
        &d,
        "ecms-6.1.4-review-overdue",
        "6.1.4",
        "/support/naturalResources/1",
        date(2026, 11, 21),
    );
    let fs = findings(&d, "ecms-6.1.4-review-overdue", date(2026, 11, 20));
    assert!(fs.iter().all(|f| f.path != "/support/naturalResources/1"));
}

// ------------------------------------------------------------------------------------ 6.1.5

#[test]
fn no_infrastructure() {
    let d = broken(|v| remove(v, "/support", "assets"));
    assert_fires(&d, "ecms-6.1.5-infrastructure", "6.1.5", "/support");
    let d = broken(|v| {
        for a in arr(v, "/support/assets") {
            a["status"] = json!("retired");
        }
    });
    assert_fires(&d, "ecms-6.1.5-infrastructure", "6.1.5", "/support/assets");
}

#[test]
fn asset_without_owner_or_interval() {
    let d = broken(|v| remove(v, "/support/assets/1", "owner"));
    assert_fires(&d, "ecms-6.1.5-asset-owner", "6.1.5", "/support/assets/1");
    let d = broken(|v| remove(v, "/support/assets/6/maintenance", "interval"));
    assert_fires(
        &d,
        "ecms-6.1.5-asset-maintenance-interval",
        "6.1.5",
        "/support/assets/6",
    );
    // Retired assets need neither.
    let d = broken(|v| {
        remove(v, "/support/assets/6/maintenance", "interval");
        v["support"]["assets"][6]["status"] = json!("retired");
    });
    assert_quiet(&d, "ecms-6.1.5-asset-maintenance-interval");
}

#[test]
fn asset_maintenance_boundaries() {
    // ERP/WMS: last 2026-04-08 every P3M, due 2026-07-08.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.5-asset-maintenance-overdue", date(2026, 7, 8));
    assert_fires_on(
        &d,
        "ecms-6.1.5-asset-maintenance-overdue",
        "6.1.5",
        "/support/assets/2",
        date(2026, 7, 9),
    );
    let d = broken(|v| v["support"]["assets"][2]["status"] = json!("retired"));
    assert_quiet_on(&d, "ecms-6.1.5-asset-maintenance-overdue", date(2026, 7, 9));
}

#[test]
fn technology_management_missing() {
    let d = broken(|v| remove(v, "/support", "technology"));
    for r in [
        ("ecms-6.1.5.a-technology-procedure", "6.1.5.a"),
        ("ecms-6.1.5.b-information-for-decisions", "6.1.5.b"),
        ("ecms-6.1.5.c-technology-plan", "6.1.5.c"),
        ("ecms-6.1.5.d-sharing", "6.1.5.d"),
        ("ecms-6.1.5.e-review-procedure", "6.1.5.e"),
    ] {
        assert_fires(&d, r.0, r.1, "/support");
    }
}

#[test]
fn technology_procedure_missing() {
    let d = broken(|v| remove(v, "/support/technology", "procedure"));
    assert_fires(
        &d,
        "ecms-6.1.5.a-technology-procedure",
        "6.1.5.a",
        "/support/technology",
    );
}

#[test]
fn technology_asset_unprotected() {
    let d = broken(|v| v["support"]["assets"][2]["protection"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.5.a-asset-protection",
        "6.1.5.a",
        "/support/assets/2",
    );
}

#[test]
fn information_not_used_for_decisions() {
    let d = broken(|v| v["support"]["technology"]["decisionUses"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.5.b-information-for-decisions",
        "6.1.5.b",
        "/support/technology",
    );
    let d = broken(|v| remove(v, "/support/technology/decisionUses/0", "decision"));
    assert_fires(
        &d,
        "ecms-6.1.5.b-decision-recorded",
        "6.1.5.b",
        "/support/technology/decisionUses/0",
    );
}

#[test]
fn technology_plan_goals() {
    let d = broken(|v| v["support"]["technology"]["goals"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.5.c-technology-plan",
        "6.1.5.c",
        "/support/technology",
    );
    let d = broken(|v| remove(v, "/support/technology/goals/0", "owner"));
    assert_fires(
        &d,
        "ecms-6.1.5.c-technology-goal-complete",
        "6.1.5.c",
        "/support/technology/goals/0",
    );
    // API migration due 2026-09-30, in progress.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-6.1.5.c-technology-goal-overdue",
        date(2026, 8, 31),
    );
    assert_fires_on(
        &d,
        "ecms-6.1.5.c-technology-goal-overdue",
        "6.1.5.c",
        "/support/technology/goals/0",
        date(2026, 10, 1),
    );
}

#[test]
fn nothing_shared_with_parties() {
    let d = broken(|v| v["support"]["technology"]["sharing"] = json!([]));
    assert_fires(&d, "ecms-6.1.5.d-sharing", "6.1.5.d", "/support/technology");
}

#[test]
fn technology_review_procedure_and_schedule() {
    let d = broken(|v| remove(v, "/support/technology", "reviewProcedure"));
    assert_fires(
        &d,
        "ecms-6.1.5.e-review-procedure",
        "6.1.5.e",
        "/support/technology",
    );
    let d = broken(|v| remove(v, "/support/technology/review", "interval"));
    assert_fires(
        &d,
        "ecms-6.1.5.e-review-interval",
        "6.1.5.e",
        "/support/technology",
    );
    // Last 2026-03-27 every P6M: due 2026-09-27.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.5.e-review-overdue", date(2026, 9, 27));
    assert_fires_on(
        &d,
        "ecms-6.1.5.e-review-overdue",
        "6.1.5.e",
        "/support/technology",
        date(2026, 9, 28),
    );
}

// ------------------------------------------------------------------------------------ 6.1.6

#[test]
fn no_instruments() {
    let d = broken(|v| remove(v, "/support", "instruments"));
    assert_fires(&d, "ecms-6.1.6-instruments", "6.1.6", "/support");
}

#[test]
fn instrument_suitability_not_confirmed() {
    let d = broken(|v| remove(v, "/support/instruments/2", "suitabilityConfirmed"));
    assert_fires(
        &d,
        "ecms-6.1.6.a-suitability",
        "6.1.6.a",
        "/support/instruments/2",
    );
    let d = broken(|v| remove(v, "/support/instruments/1", "accuracy"));
    assert_fires(
        &d,
        "ecms-6.1.6.a-suitability",
        "6.1.6.a",
        "/support/instruments/1",
    );
    let d = broken(|v| {
        remove(v, "/support/instruments/2", "suitabilityConfirmed");
        v["support"]["instruments"][2]["status"] = json!("outOfService");
    });
    assert_quiet(&d, "ecms-6.1.6.a-suitability");
}

#[test]
fn calibration_interval_and_schedule() {
    let d = broken(|v| remove(v, "/support/instruments/1/calibration", "interval"));
    assert_fires(
        &d,
        "ecms-6.1.6.b-calibration-interval",
        "6.1.6.b",
        "/support/instruments/1",
    );
    // Uptime monitor: verified 2026-04-15 every P3M, due 2026-07-15.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.6.b-calibration-overdue", date(2026, 7, 15));
    assert_fires_on(
        &d,
        "ecms-6.1.6.b-calibration-overdue",
        "6.1.6.b",
        "/support/instruments/3",
        date(2026, 7, 16),
    );
    let d = broken(|v| v["support"]["instruments"][3]["status"] = json!("outOfService"));
    assert_quiet_on(&d, "ecms-6.1.6.b-calibration-overdue", date(2026, 7, 16));
}

#[test]
fn failed_calibration_still_in_use() {
    let failed = json!({
        "date": "2026-06-20",
        "result": "fail",
        "performedBy": "Hangzhou Institute of Metrology",
        "certificate": "6c000000-0000-4000-8000-000000000001"
    });
    let d = broken(|v| {
        arr(v, "/support/instruments/0/records").push(failed.clone());
        v["support"]["instruments"][0]["calibration"]["lastDone"] = json!("2026-06-20");
    });
    assert_fires(
        &d,
        "ecms-6.1.6.b-failed-in-use",
        "6.1.6.b",
        "/support/instruments/0/records/2",
    );
    let d = broken(|v| {
        arr(v, "/support/instruments/0/records").push(failed.clone());
        v["support"]["instruments"][0]["status"] = json!("outOfService");
    });
    assert_quiet(&d, "ecms-6.1.6.b-failed-in-use");
}

#[test]
fn calibration_evidence_missing() {
    let d = broken(|v| remove(v, "/support/instruments/0/records/0", "certificate"));
    assert_fires(
        &d,
        "ecms-6.1.6-calibration-evidence",
        "6.1.6",
        "/support/instruments/0/records/0",
    );
    let d =
        broken(|v| v["support"]["instruments"][0]["calibration"]["lastDone"] = json!("2025-09-13"));
    assert_fires(
        &d,
        "ecms-6.1.6-calibration-evidence",
        "6.1.6",
        "/support/instruments/0",
    );
    let d = broken(|v| {
        remove(v, "/support/instruments/2/calibration", "lastDone");
        v["support"]["instruments"][2]["records"] = json!([]);
    });
    assert_fires(
        &d,
        "ecms-6.1.6-calibration-evidence",
        "6.1.6",
        "/support/instruments/2",
    );
}

// ------------------------------------------------------------------------------------ 6.1.7

#[test]
fn knowledge_missing() {
    let d = broken(|v| remove(v, "/support", "knowledge"));
    assert_fires(&d, "ecms-6.1.7-knowledge-determined", "6.1.7", "/support");
}

#[test]
fn knowledge_incomplete() {
    let d = broken(|v| v["support"]["knowledge"][0]["processes"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.7-knowledge-process",
        "6.1.7",
        "/support/knowledge/0",
    );
    let d = broken(|v| v["support"]["knowledge"][1]["documents"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.7-knowledge-maintained",
        "6.1.7",
        "/support/knowledge/1",
    );
    let d = broken(|v| remove(v, "/support/knowledge/1", "owner"));
    assert_fires(
        &d,
        "ecms-6.1.7-knowledge-maintained",
        "6.1.7",
        "/support/knowledge/1",
    );
    let d = broken(|v| v["support"]["knowledge"][2]["availableTo"] = json!([]));
    assert_fires(
        &d,
        "ecms-6.1.7-knowledge-available",
        "6.1.7",
        "/support/knowledge/2",
    );
    let d = broken(|v| remove(v, "/support/knowledge/3", "updateMethod"));
    assert_fires(
        &d,
        "ecms-6.1.7-knowledge-update",
        "6.1.7",
        "/support/knowledge/3",
    );
    let d = broken(|v| remove(v, "/support/knowledge/4/review", "interval"));
    assert_fires(
        &d,
        "ecms-6.1.7-knowledge-review-interval",
        "6.1.7",
        "/support/knowledge/4",
    );
}

#[test]
fn knowledge_review_boundaries() {
    // Peak-event lessons: last 2026-01-08 every P6M, due 2026-07-08.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.1.7-knowledge-review-overdue", date(2026, 7, 8));
    assert_fires_on(
        &d,
        "ecms-6.1.7-knowledge-review-overdue",
        "6.1.7",
        "/support/knowledge/3",
        date(2026, 7, 9),
    );
}

// ------------------------------------------------------------------------------------ 6.2

#[test]
fn no_competence_requirements() {
    let d = broken(|v| remove(v, "/support", "competences"));
    assert_fires(&d, "ecms-6.2.a-competence-determined", "6.2.a", "/support");
    assert_quiet(&d, "ecms-6.2.a-role-competence");
}

#[test]
fn role_without_competence_requirement() {
    // Competence 8 (financial management) is the finance manager's only one.
    let d = broken(|v| {
        arr(v, "/support/competences").remove(7);
    });
    assert_fires(
        &d,
        "ecms-6.2.a-role-competence",
        "6.2.a",
        "/leadership/roles/8",
    );
}

#[test]
fn person_without_evidence() {
    let d = broken(|v| v["support"]["people"][7]["competenceEvidence"] = json!([]));
    let fs = assert_fires(
        &d,
        "ecms-6.2.b-person-competent",
        "6.2.b",
        "/support/people/7",
    );
    assert_eq!(fs[0].params["competence"], "Financial and fund management");
}

#[test]
fn evidence_of_the_wrong_kind_or_expired() {
    // Listing compliance accepts training only.
    let d = broken(|v| {
        v["support"]["people"][2]["competenceEvidence"][1]["kind"] = json!("experience")
    });
    assert_fires(
        &d,
        "ecms-6.2.b-person-competent",
        "6.2.b",
        "/support/people/2",
    );
    // Security officer: certificate expired and no other evidence.
    let d = broken(|v| {
        let ev = arr(v, "/support/people/6/competenceEvidence");
        ev.truncate(1);
        ev[0]["validUntil"] = json!("2026-06-29");
    });
    assert_fires(
        &d,
        "ecms-6.2.b-person-competent",
        "6.2.b",
        "/support/people/6",
    );
    // Evidence dated after the evaluation date does not count.
    // Zhao Lei has education and experience for sourcing; either is enough.
    let d = broken(|v| {
        v["support"]["people"][3]["competenceEvidence"][0]["date"] = json!("2026-07-01")
    });
    assert_quiet(&d, "ecms-6.2.b-person-competent");
    let d = broken(|v| {
        let ev = arr(v, "/support/people/3/competenceEvidence");
        ev.truncate(1);
        ev[0]["date"] = json!("2026-07-01");
    });
    assert_fires(
        &d,
        "ecms-6.2.b-person-competent",
        "6.2.b",
        "/support/people/3",
    );
    // Finance manager: experience alone is not an accepted kind of evidence.
    let d = broken(|v| {
        arr(v, "/support/people/7/competenceEvidence").retain(|e| e["kind"] == "experience")
    });
    assert_fires(
        &d,
        "ecms-6.2.b-person-competent",
        "6.2.b",
        "/support/people/7",
    );
}

#[test]
fn competence_validity_boundaries() {
    // Personal-information handling must be refreshed yearly; Wang Fang trained 2025-11-12.
    let d = dataset();
    let fs = findings(&d, "ecms-6.2.b-person-competent", date(2026, 11, 12));
    assert!(fs.is_empty(), "{fs:#?}");
    assert_fires_on(
        &d,
        "ecms-6.2.b-person-competent",
        "6.2.b",
        "/support/people/2",
        date(2026, 11, 13),
    );
}

#[test]
fn training_effectiveness_not_evaluated() {
    let d = broken(|v| remove(v, "/support/trainings/2", "effectiveness"));
    assert_fires(
        &d,
        "ecms-6.2.c-training-effectiveness",
        "6.2.c",
        "/support/trainings/2",
    );
    // Scale training of 2026-06-10: evaluation due 2026-09-10.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.2.c-training-effectiveness", date(2026, 9, 10));
    assert_fires_on(
        &d,
        "ecms-6.2.c-training-effectiveness",
        "6.2.c",
        "/support/trainings/6",
        date(2026, 9, 11),
    );
    // Without a declared due date: three months after the training.
    let d = broken(|v| {
        remove(v, "/support/trainings/6", "evaluationDue");
        v["support"]["trainings"][6]["date"] = json!("2026-03-29");
    });
    assert_quiet_on(&d, "ecms-6.2.c-training-effectiveness", date(2026, 6, 29));
    assert_fires_on(
        &d,
        "ecms-6.2.c-training-effectiveness",
        "6.2.c",
        "/support/trainings/6",
        date(2026, 6, 30),
    );
    // Awareness briefings build no competence and need no evaluation.
    assert_quiet(&dataset(), "ecms-6.2.c-training-effectiveness");
}

#[test]
fn partly_effective_training_without_follow_up() {
    let d = broken(|v| remove(v, "/support/trainings/4/effectiveness", "followUp"));
    assert_fires(
        &d,
        "ecms-6.2.c-ineffective-follow-up",
        "6.2.c",
        "/support/trainings/4/effectiveness",
    );
}

#[test]
fn evidence_without_document() {
    let d = broken(|v| remove(v, "/support/people/0/competenceEvidence/0", "document"));
    assert_fires(
        &d,
        "ecms-6.2.d-evidence-retained",
        "6.2.d",
        "/support/people/0/competenceEvidence/0",
    );
}

// ------------------------------------------------------------------------------------ 6.3

#[test]
fn new_joiner_without_induction() {
    let d = broken(|v| {
        arr(v, "/support/people").push(json!({
            "id": "61200000-0000-4000-8000-000000000099",
            "name": "Gao Yan 高燕",
            "roles": ["43000000-0000-4000-8000-000000000007"],
            "joinedOn": "2026-06-01"
        }))
    });
    for item in ["6.3.a", "6.3.b", "6.3.c", "6.3.d"] {
        assert_fires(&d, "ecms-6.3-awareness", item, "/support/people/12");
    }
}

#[test]
fn awareness_refresh_interval() {
    // With a three-month refresh, the strategy was last briefed on 2026-01-08: too long ago.
    let d = broken(|v| v["support"]["awarenessRefresh"] = json!("P3M"));
    let fs = assert_fires(&d, "ecms-6.3-awareness", "6.3.a", "/support/people/0");
    assert!(
        fs.iter()
            .all(|f| f.clause == "6.3.a" || f.clause == "6.3.b")
    );
    // The yearly refresh keeps the 2026-01-08 kick-off valid until 2027-01-08.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.3-awareness", date(2026, 8, 20));
    assert_fires_on(
        &d,
        "ecms-6.3-awareness",
        "6.3.d",
        "/support/people/0",
        date(2027, 5, 29),
    );
}

// ------------------------------------------------------------------------------------ 6.4.1

#[test]
fn required_documented_information_missing() {
    let d = broken(|v| remove(v, "/support/documents/2", "requiredBy"));
    let fs = assert_fires(
        &d,
        "ecms-6.4.1.a-required-information",
        "6.4.1.a",
        "/support/documents",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["clause"], "4.2.2.a");
    // An obsolete document does not satisfy the requirement.
    let d = broken(|v| {
        v["support"]["documents"][2]["status"] = json!("obsolete");
        v["support"]["documents"][2]["withdrawnOn"] = json!("2026-06-01");
    });
    assert_fires(
        &d,
        "ecms-6.4.1.a-required-information",
        "6.4.1.a",
        "/support/documents",
    );
}

#[test]
fn unknown_required_by_clause() {
    let d = broken(|v| v["support"]["documents"][0]["requiredBy"] = json!(["3.3", "3.9"]));
    assert_fires(
        &d,
        "ecms-6.4.1.a-required-by-known",
        "6.4.1.a",
        "/support/documents/0/requiredBy/1",
    );
}

#[test]
fn assessment_of_6_4_1_b_is_required() {
    // Re-point the dataset's assessment of 6.4.1.b elsewhere.
    let d = broken(|v| {
        for a in arr(v, "/assessments") {
            if a["requirement"] == "6.4.1.b" {
                a["requirement"] = json!("6.4.1");
            }
        }
    });
    assert_fires(&d, "ecms-assessment-missing", "6.4.1.b", "/assessments");
}

// ------------------------------------------------------------------------------------ 6.4.2

#[test]
fn document_not_identified() {
    let d = broken(|v| remove(v, "/support/documents/5", "code"));
    assert_fires(
        &d,
        "ecms-6.4.2.a-identification",
        "6.4.2.a",
        "/support/documents/5",
    );
    let d = broken(|v| remove(v, "/support/documents/5", "version"));
    assert_fires(
        &d,
        "ecms-6.4.2.a-identification",
        "6.4.2.a",
        "/support/documents/5",
    );
}

#[test]
fn medium_from_defaults() {
    let d = broken(|v| remove(v, "/support/documentControl", "medium"));
    let fs = assert_fires(
        &d,
        "ecms-6.4.2.b-format-medium",
        "6.4.2.b",
        "/support/documents/0",
    );
    // The personnel files set their own medium.
    assert!(fs.iter().all(|f| f.path != "/support/documents/32"));
}

#[test]
fn effective_without_approval() {
    let d = broken(|v| remove(v, "/support/documents/10", "approval"));
    assert_fires(
        &d,
        "ecms-6.4.2.c-effective-approved",
        "6.4.2.c",
        "/support/documents/10",
    );
    let d = broken(|v| remove(v, "/support/documents/10/approval", "by"));
    assert_fires(
        &d,
        "ecms-6.4.2.c-effective-approved",
        "6.4.2.c",
        "/support/documents/10",
    );
}

#[test]
fn approved_after_taking_effect() {
    let d = broken(|v| v["support"]["documents"][3]["approval"]["date"] = json!("2026-01-02"));
    assert_fires(
        &d,
        "ecms-6.4.2.c-approved-before-effective",
        "6.4.2.c",
        "/support/documents/3/approval/date",
    );
    let d = broken(|v| v["support"]["documents"][3]["approval"]["date"] = json!("2026-01-01"));
    assert_quiet(&d, "ecms-6.4.2.c-approved-before-effective");
}

#[test]
fn review_interval_from_defaults() {
    let d = broken(|v| remove(v, "/support/documentControl", "reviewInterval"));
    let fs = assert_fires(
        &d,
        "ecms-6.4.2.c-review-interval",
        "6.4.2.c",
        "/support/documents/0",
    );
    // The risk register reviews every six months itself; records are not reviewed.
    assert!(fs.iter().all(|f| f.path != "/support/documents/5"));
    assert!(fs.iter().all(|f| f.path != "/support/documents/29"));
}

#[test]
fn document_review_boundaries() {
    // Manual: reviewed 2025-12-15, yearly by default: due 2026-12-15.
    let d = dataset();
    let on_due: Vec<_> = findings(&d, "ecms-6.4.2.c-review-overdue", date(2026, 12, 15))
        .into_iter()
        .filter(|f| f.path == "/support/documents/0")
        .collect();
    assert!(on_due.is_empty());
    assert_fires_on(
        &d,
        "ecms-6.4.2.c-review-overdue",
        "6.4.2.c",
        "/support/documents/0",
        date(2026, 12, 16),
    );
    // Never reviewed: counted from approval (2025-12-15).
    let d = broken(|v| remove(v, "/support/documents/0", "review"));
    assert_fires_on(
        &d,
        "ecms-6.4.2.c-review-overdue",
        "6.4.2.c",
        "/support/documents/0",
        date(2026, 12, 16),
    );
    // Tmall rules (external): checked 2026-06-05 every P3M.
    let d = dataset();
    assert_fires_on(
        &d,
        "ecms-6.4.2.c-review-overdue",
        "6.4.2.c",
        "/support/documents/35",
        date(2026, 9, 6),
    );
}

#[test]
fn dates_in_the_future() {
    let d =
        broken(|v| v["support"]["instruments"][0]["calibration"]["lastDone"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-6.4.2-date-in-future",
        "6.1.6.b",
        "/support/instruments/0",
    );
    let d = broken(|v| v["support"]["documents"][1]["approval"]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-6.4.2-date-in-future",
        "6.4.2.c",
        "/support/documents/1/approval/date",
    );
    let d = broken(|v| v["support"]["trainings"][3]["effectiveness"]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-6.4.2-date-in-future",
        "6.2.c",
        "/support/trainings/3/effectiveness/date",
    );
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][0]["actions"][0]["decidedOn"] = json!("2026-07-01")
    });
    assert_fires(
        &d,
        "ecms-6.4.2-date-in-future",
        "6.1.3",
        "/support/finance/budgetLines/0/actions/0/decidedOn",
    );
    let d = broken(|v| {
        arr(v, "/support/instruments/1/records")
            .push(json!({"date": "2026-07-02", "result": "pass",
            "certificate": "6c000000-0000-4000-8000-000000000002"}))
    });
    assert_fires(
        &d,
        "ecms-6.4.2-date-in-future",
        "6.1.6.b",
        "/support/instruments/1/records/1/date",
    );
    let d = broken(|v| v["support"]["documents"][43]["disposedOn"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-6.4.2-date-in-future",
        "6.4.3.d",
        "/support/documents/43/disposedOn",
    );
}

// ------------------------------------------------------------------------------------ 6.4.3

#[test]
fn access_not_defined() {
    let d = broken(|v| remove(v, "/support/documentControl", "accessLevel"));
    assert_fires(&d, "ecms-6.4.3.a-access", "6.4.3.a", "/support/documents/0");
    let d = broken(|v| remove(v, "/support/documents/7", "distribution"));
    assert_fires(&d, "ecms-6.4.3.a-access", "6.4.3.a", "/support/documents/7");
}

#[test]
fn process_uses_an_obsolete_procedure() {
    // Process 9 (information systems and security) uses ECMS-P-770.
    let d = broken(|v| {
        v["support"]["documents"][23]["status"] = json!("obsolete");
        v["support"]["documents"][23]["withdrawnOn"] = json!("2026-06-01");
    });
    let fs = assert_fires(
        &d,
        "ecms-6.4.3.a-current-version-in-use",
        "6.4.3.a",
        "/context/processes/8/documents/1",
    );
    assert_eq!(fs[0].params["status"], "obsolete");
    let d = broken(|v| v["support"]["documents"][9]["status"] = json!("draft"));
    assert_fires(
        &d,
        "ecms-6.4.3.a-current-version-in-use",
        "6.4.3.a",
        "/support/documentControl/procedure",
    );
    let d = broken(|v| v["support"]["documents"][44]["effectiveFrom"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-6.4.3.a-current-version-in-use",
        "6.4.3.a",
        "/support/technology/developmentPlan",
    );
}

#[test]
fn storage_from_defaults() {
    let d = broken(|v| {
        let c = obj(v, "/support/documentControl");
        c.remove("storage");
        c.remove("protection");
    });
    let fs = assert_fires(
        &d,
        "ecms-6.4.3.b-storage",
        "6.4.3.b",
        "/support/documents/0",
    );
    // The personnel files name their own storage but no protection.
    let on_32: Vec<_> = fs
        .iter()
        .filter(|f| f.path == "/support/documents/32")
        .collect();
    assert_eq!(on_32.len(), 1);
    // Disposed documents are no longer stored.
    assert!(fs.iter().all(|f| f.path != "/support/documents/43"));
}

#[test]
fn two_current_versions_of_one_code() {
    // The superseded ECMS-P-603 1.0 brought back into force.
    let d = broken(|v| {
        v["support"]["documents"][40]["status"] = json!("effective");
        v["support"]["documents"][40]["effectiveFrom"] = json!("2026-07-01");
    });
    assert_quiet_on(&d, "ecms-6.4.3.c-one-current-version", date(2026, 6, 30));
    let fs = assert_fires_on(
        &d,
        "ecms-6.4.3.c-one-current-version",
        "6.4.3.c",
        "/support/documents/40",
        date(2026, 7, 1),
    );
    assert_eq!(fs[0].params["first"], "/support/documents/9");
}

#[test]
fn change_history_incomplete() {
    let d = broken(|v| {
        arr(v, "/support/documents/2/history").pop();
    });
    assert_fires(
        &d,
        "ecms-6.4.3.c-change-history",
        "6.4.3.c",
        "/support/documents/2",
    );
    let d = broken(|v| remove(v, "/support/documents/2/history/0", "change"));
    assert_fires(
        &d,
        "ecms-6.4.3.c-change-history",
        "6.4.3.c",
        "/support/documents/2/history/0",
    );
    let d = broken(|v| remove(v, "/support/documents/2/history/1", "approval"));
    assert_fires(
        &d,
        "ecms-6.4.3.c-change-history",
        "6.4.3.c",
        "/support/documents/2/history/1",
    );
}

#[test]
fn retention_not_defined() {
    let d = broken(|v| remove(v, "/support/documentControl", "retention"));
    let fs = assert_fires(
        &d,
        "ecms-6.4.3.d-retention-defined",
        "6.4.3.d",
        "/support/documents/0",
    );
    // Records with their own retention are fine.
    assert!(fs.iter().all(|f| f.path != "/support/documents/29"));
    let d = broken(|v| remove(v, "/support/documents/40", "withdrawnOn"));
    assert_fires(
        &d,
        "ecms-6.4.3.d-retention-defined",
        "6.4.3.d",
        "/support/documents/40",
    );
}

#[test]
fn disposed_before_retention_ends() {
    // 2022 weighing logs: approved 2022-12-31, kept three years: until 2025-12-31.
    let d = broken(|v| v["support"]["documents"][43]["disposedOn"] = json!("2025-12-30"));
    assert_fires(
        &d,
        "ecms-6.4.3.d-disposed-early",
        "6.4.3.d",
        "/support/documents/43/disposedOn",
    );
    let d = broken(|v| v["support"]["documents"][43]["disposedOn"] = json!("2025-12-31"));
    assert_quiet(&d, "ecms-6.4.3.d-disposed-early");
}

#[test]
fn kept_past_retention() {
    let d = broken(|v| {
        let x = obj(v, "/support/documents/43");
        x.remove("disposedOn");
        x.remove("disposalMethod");
    });
    assert_fires(
        &d,
        "ecms-6.4.3.d-kept-past-retention",
        "6.4.3.d",
        "/support/documents/43",
    );
    let d = broken(|v| {
        let x = obj(v, "/support/documents/43");
        x.remove("disposedOn");
        x.remove("disposalMethod");
        x.insert(
            "retentionHold".into(),
            json!("Carrier damage claim pending at the arbitration commission"),
        );
    });
    assert_quiet(&d, "ecms-6.4.3.d-kept-past-retention");
    // 2024 scale certificate: approved 2024-09-11, kept three years.
    let d = dataset();
    assert_quiet_on(&d, "ecms-6.4.3.d-kept-past-retention", date(2027, 9, 11));
    assert_fires_on(
        &d,
        "ecms-6.4.3.d-kept-past-retention",
        "6.4.3.d",
        "/support/documents/45",
        date(2027, 9, 12),
    );
}

#[test]
fn disposal_not_recorded() {
    let d = broken(|v| remove(v, "/support/documents/43", "disposalMethod"));
    assert_fires(
        &d,
        "ecms-6.4.3.d-disposal-recorded",
        "6.4.3.d",
        "/support/documents/43",
    );
    let d = broken(|v| v["support"]["documents"][43]["status"] = json!("effective"));
    assert_fires(
        &d,
        "ecms-6.4.3.d-disposal-recorded",
        "6.4.3.d",
        "/support/documents/43",
    );
}

#[test]
fn external_document_not_controlled() {
    let d = broken(|v| remove(v, "/support/documents/35", "issuer"));
    assert_fires(
        &d,
        "ecms-6.4.3-external-controlled",
        "6.4.3",
        "/support/documents/35",
    );
    let d = broken(|v| remove(v, "/support/documents/36", "owner"));
    assert_fires(
        &d,
        "ecms-6.4.3-external-controlled",
        "6.4.3",
        "/support/documents/36",
    );
}

#[test]
fn record_changed_after_approval() {
    let d = broken(|v| v["support"]["documents"][29]["locked"] = json!(false));
    assert_fires(
        &d,
        "ecms-6.4.3-record-protected",
        "6.4.3",
        "/support/documents/29",
    );
    let d = broken(|v| v["support"]["documents"][29]["lastModified"] = json!("2025-10-01"));
    assert_fires(
        &d,
        "ecms-6.4.3-record-protected",
        "6.4.3",
        "/support/documents/29",
    );
    let d = broken(|v| {
        v["support"]["documents"][29]["currentDigest"] =
            json!("sha256:0000000000000000000000000000000000000000000000000000000000000000")
    });
    assert_fires(
        &d,
        "ecms-6.4.3-record-protected",
        "6.4.3",
        "/support/documents/29",
    );
}

// ------------------------------------------------------------------------------------ parsing

fn parses(edit: impl FnOnce(&mut Value)) -> bool {
    let mut v = dataset_value();
    edit(&mut v);
    ecms::parse_document(&serde_json::to_string(&v).unwrap()).is_ok()
}

#[test]
fn enums_and_values_parse_strictly() {
    assert!(parses(
        |v| v["support"]["trainings"][0]["awarenessTopics"] = json!(["strategy"])
    ));
    assert!(!parses(
        |v| v["support"]["trainings"][0]["awarenessTopics"] = json!(["policy"])
    ));
    assert!(!parses(
        |v| v["support"]["documents"][0]["kind"] = json!("Manual")
    ));
    assert!(!parses(
        |v| v["support"]["documents"][0]["accessLevel"] = json!("secret")
    ));
    assert!(!parses(
        |v| v["support"]["finance"]["varianceThreshold"] = json!(10)
    ));
    assert!(!parses(|v| {
        v["support"]["finance"]["budgetLines"][0]["planned"]["amount"] = json!(1200000.0)
    }));
    assert!(!parses(
        |v| v["support"]["documents"][0]["retention"] = json!("3 years")
    ));
    assert!(!parses(
        |v| v["support"]["staffing"][0]["headcount"] = json!(-1)
    ));
    assert!(!parses(
        |v| v["support"]["instruments"][0]["records"][0]["result"] = json!("ok")
    ));
}

#[test]
fn support_round_trips() {
    let d = dataset();
    let back: serde_json::Value = serde_json::to_value(&d).unwrap();
    assert_eq!(back["support"], dataset_value()["support"]);
}
