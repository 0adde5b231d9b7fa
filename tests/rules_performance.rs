//! Chapter 8 rules: each broken by an edited dataset, each quiet on the bundled dataset.
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
    "ecms-8.1.1-monitoring-plan",
    "ecms-8.1.1-plan-purposes",
    "ecms-8.1.1-plan-entry-complete",
    "ecms-8.1.1-monitoring-overdue",
    "ecms-8.1.2-factors-monitored",
    "ecms-8.1.2-processes-monitored",
    "ecms-8.1.2-monitoring-used",
    "ecms-8.1.2-monitoring-evaluation-interval",
    "ecms-8.1.2-monitoring-evaluation-overdue",
    "ecms-8.1.2-monitoring-evaluation-content",
    "ecms-8.1.3-satisfaction-monitored",
    "ecms-8.1.3-credit-rating-monitored",
    "ecms-8.1.3-method-defined",
    "ecms-8.1.3-results-overdue",
    "ecms-8.1.4.1-measurement-method",
    "ecms-8.1.4.1-data-analysed",
    "ecms-8.1.4.2-kpis-defined",
    "ecms-8.1.4.2-kpi-definition",
    "ecms-8.1.4.2-kpi-frequency",
    "ecms-8.1.4.2-kpi-target",
    "ecms-8.1.4.2-kpi-measurement-overdue",
    "ecms-8.1.4.2-kpi-target-missed",
    "ecms-8.1.4.2-kpi-evaluated",
    "ecms-8.1.4.3-benchmarks-used",
    "ecms-8.1.4.3-benchmark-compared",
    "ecms-8.1.4.4-analysis-sources-methods",
    "ecms-8.1.4.4-evaluation-items",
    "ecms-8-record-dated-in-future",
    "ecms-8.2.a-audit-programme",
    "ecms-8.2.a-programme-content",
    "ecms-8.2.a-audit-frequency-yearly",
    "ecms-8.2-audit-overdue",
    "ecms-8.2.a-planned-audit-late",
    "ecms-8.2-processes-audited",
    "ecms-8.2.b-criteria-scope",
    "ecms-8.2.c-auditors-assigned",
    "ecms-8.2.c-auditor-objectivity",
    "ecms-8.2.d-report-distributed",
    "ecms-8.2.e-findings-acted",
    "ecms-8.2.f-audit-records",
    "ecms-8.3.1-review-interval",
    "ecms-8.3.1-review-interval-yearly",
    "ecms-8.3.1-review-overdue",
    "ecms-8.3.1-top-management",
    "ecms-8.3.1-review-conclusions",
    "ecms-8.3.2-inputs-covered",
    "ecms-8.3.2.c-trends",
    "ecms-8.3.3-outputs-covered",
    "ecms-8.3.3-review-record",
    "ecms-8.3.3-action-assigned",
    "ecms-8.3.3-action-overdue",
];

fn rm(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
}

#[test]
fn dataset_satisfies_every_chapter_8_rule() {
    let d = dataset();
    for r in RULES {
        assert!(
            ecms::rules::builtin_rules().iter().any(|x| x.meta.id == *r),
            "no rule {r}"
        );
        assert_quiet(&d, r);
    }
    // and every built-in chapter-8 rule is listed here
    for r in ecms::rules::builtin_rules() {
        if r.meta.id.starts_with("ecms-8") {
            assert!(RULES.contains(&r.meta.id), "{} not tested", r.meta.id);
        }
    }
}

#[test]
fn dataset_chapter_8_round_trips() {
    let v = serde_json::to_value(dataset()).unwrap();
    assert_eq!(v["performance"], dataset_value()["performance"]);
}

// ------------------------------------------------------------------------------------ 8.1.1

#[test]
fn monitoring_plan_missing() {
    let d = broken(|v| rm(v, "/performance/monitoring", "entries"));
    assert_fires(
        &d,
        "ecms-8.1.1-monitoring-plan",
        "8.1.1",
        "/performance/monitoring",
    );
    let d = broken(|v| rm(v, "/performance", "monitoring"));
    assert_fires(&d, "ecms-8.1.1-monitoring-plan", "8.1.1", "/performance");
}

#[test]
fn monitoring_purpose_missing_per_item() {
    let d = broken(|v| {
        for e in arr(v, "/performance/monitoring/entries") {
            e["purposes"]
                .as_array_mut()
                .unwrap()
                .retain(|p| p != "systemConformity");
        }
    });
    let fs = assert_fires(
        &d,
        "ecms-8.1.1-plan-purposes",
        "8.1.1.b",
        "/performance/monitoring/entries",
    );
    assert_eq!(fs.len(), 1);
}

#[test]
fn monitoring_entry_incomplete() {
    let d = broken(|v| rm(v, "/performance/monitoring/entries/2", "responsible"));
    assert_fires(
        &d,
        "ecms-8.1.1-plan-entry-complete",
        "8.1.1",
        "/performance/monitoring/entries/2",
    );
    let d = broken(|v| rm(v, "/performance/monitoring/entries/3/schedule", "interval"));
    assert_fires(
        &d,
        "ecms-8.1.1-plan-entry-complete",
        "8.1.1",
        "/performance/monitoring/entries/3",
    );
}

#[test]
fn monitoring_overdue_boundaries() {
    // Entry 0: monthly, last 2026-06-05 -> due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.1.1-monitoring-overdue", date(2026, 7, 5));
    assert_fires_on(
        &d,
        "ecms-8.1.1-monitoring-overdue",
        "8.1.1",
        "/performance/monitoring/entries/0",
        date(2026, 7, 6),
    );
}

// ------------------------------------------------------------------------------------ 8.1.2

#[test]
fn factor_not_monitored() {
    let d = broken(|v| rm(v, "/performance/monitoring/entries/1", "factors"));
    assert_fires(
        &d,
        "ecms-8.1.2-factors-monitored",
        "8.1.2",
        "/context/factors/0",
    );
}

#[test]
fn process_not_monitored() {
    // Finance (process 10) is monitored by entry 4 and KPI 9 (refunds).
    let d = broken(|v| {
        rm(v, "/performance/monitoring/entries/4", "processes");
        v["performance"]["kpis"][8]["processes"] = json!(["34000000-0000-4000-8000-000000000004"]);
    });
    assert_fires(
        &d,
        "ecms-8.1.2-processes-monitored",
        "8.1.2",
        "/context/processes/9",
    );
}

#[test]
fn monitoring_not_used_for_decisions() {
    let d = broken(|v| {
        for a in arr(v, "/performance/analyses") {
            a.as_object_mut().unwrap().remove("decisions");
        }
    });
    assert_fires(
        &d,
        "ecms-8.1.2-monitoring-used",
        "8.1.2",
        "/performance/analyses",
    );
    // The last decision (2026-04-18) stops counting a year later.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.1.2-monitoring-used", date(2027, 4, 18));
    assert_fires_on(
        &d,
        "ecms-8.1.2-monitoring-used",
        "8.1.2",
        "/performance/analyses",
        date(2027, 4, 19),
    );
}

#[test]
fn monitoring_evaluation_interval_and_overdue() {
    let d = broken(|v| rm(v, "/performance/monitoring", "evaluationInterval"));
    assert_fires(
        &d,
        "ecms-8.1.2-monitoring-evaluation-interval",
        "8.1.2",
        "/performance/monitoring",
    );
    // Yearly, last 2026-01-12.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-8.1.2-monitoring-evaluation-overdue",
        date(2027, 1, 12),
    );
    assert_fires_on(
        &d,
        "ecms-8.1.2-monitoring-evaluation-overdue",
        "8.1.2",
        "/performance/monitoring",
        date(2027, 1, 13),
    );
    // Never evaluated: due at once.
    let d = broken(|v| rm(v, "/performance/monitoring", "evaluations"));
    assert_fires(
        &d,
        "ecms-8.1.2-monitoring-evaluation-overdue",
        "8.1.2",
        "/performance/monitoring",
    );
}

#[test]
fn monitoring_evaluation_without_actions() {
    let d = broken(|v| {
        let e = obj(v, "/performance/monitoring/evaluations/0");
        e.remove("actions");
        e.remove("improvements");
    });
    assert_fires(
        &d,
        "ecms-8.1.2-monitoring-evaluation-content",
        "8.1.2",
        "/performance/monitoring/evaluations/0",
    );
}

// ------------------------------------------------------------------------------------ 8.1.3

#[test]
fn customer_satisfaction_and_credit_rating() {
    let d = broken(|v| {
        arr(v, "/performance/customerMonitoring").retain(|c| c["aspect"] != "satisfaction")
    });
    assert_fires(
        &d,
        "ecms-8.1.3-satisfaction-monitored",
        "8.1.3",
        "/performance/customerMonitoring",
    );
    assert_quiet(&d, "ecms-8.1.3-credit-rating-monitored");
    let d = broken(|v| {
        arr(v, "/performance/customerMonitoring").retain(|c| c["aspect"] != "creditRating")
    });
    assert_fires(
        &d,
        "ecms-8.1.3-credit-rating-monitored",
        "8.1.3",
        "/performance/customerMonitoring",
    );
    let d = broken(|v| rm(v, "/performance", "customerMonitoring"));
    assert_fires(
        &d,
        "ecms-8.1.3-credit-rating-monitored",
        "8.1.3",
        "/performance",
    );
}

#[test]
fn customer_method_undefined() {
    let d = broken(|v| rm(v, "/performance/customerMonitoring/1", "review"));
    assert_fires(
        &d,
        "ecms-8.1.3-method-defined",
        "8.1.3",
        "/performance/customerMonitoring/1",
    );
}

#[test]
fn customer_results_overdue_boundaries() {
    // The store rating is monthly, last 2026-06-05.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.1.3-results-overdue", date(2026, 7, 5));
    assert_fires_on(
        &d,
        "ecms-8.1.3-results-overdue",
        "8.1.3",
        "/performance/customerMonitoring/1",
        date(2026, 7, 6),
    );
    // The survey is quarterly, last 2026-04-10.
    let fs = findings(&d, "ecms-8.1.3-results-overdue", date(2026, 7, 10));
    assert!(
        !fs.iter()
            .any(|f| f.path == "/performance/customerMonitoring/0")
    );
    assert_fires_on(
        &d,
        "ecms-8.1.3-results-overdue",
        "8.1.3",
        "/performance/customerMonitoring/0",
        date(2026, 7, 11),
    );
}

// ------------------------------------------------------------------------------------ 8.1.4.1

#[test]
fn measurement_method_missing() {
    let d = broken(|v| rm(v, "/performance/kpis/3", "method"));
    assert_fires(
        &d,
        "ecms-8.1.4.1-measurement-method",
        "8.1.4.1",
        "/performance/kpis/3",
    );
    let d = broken(|v| rm(v, "/performance/monitoring/entries/1", "method"));
    assert_fires(
        &d,
        "ecms-8.1.4.1-measurement-method",
        "8.1.4.1",
        "/performance/monitoring/entries/1",
    );
}

#[test]
fn data_not_analysed() {
    let d = broken(|v| rm(v, "/performance", "analyses"));
    assert_fires(&d, "ecms-8.1.4.1-data-analysed", "8.1.4.1", "/performance");
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.1.4.1-data-analysed", date(2027, 4, 18));
    assert_fires_on(
        &d,
        "ecms-8.1.4.1-data-analysed",
        "8.1.4.1",
        "/performance/analyses",
        date(2027, 4, 19),
    );
}

// ------------------------------------------------------------------------------------ 8.1.4.2

#[test]
fn no_kpis() {
    let d = broken(|v| rm(v, "/performance", "kpis"));
    assert_fires(&d, "ecms-8.1.4.2-kpis-defined", "8.1.4.2", "/performance");
}

#[test]
fn kpi_definition_incomplete() {
    let d = broken(|v| rm(v, "/performance/kpis/0", "keyFactor"));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-definition",
        "8.1.4.2",
        "/performance/kpis/0",
    );
    let d =
        broken(|v| v["performance"]["kpis"][1]["breakdown"] = json!([{"level": "organization"}]));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-definition",
        "8.1.4.2",
        "/performance/kpis/1",
    );
    let d = broken(|v| rm(v, "/performance/kpis/2", "procedure"));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-definition",
        "8.1.4.2",
        "/performance/kpis/2",
    );
}

#[test]
fn kpi_without_frequency_or_target() {
    let d = broken(|v| rm(v, "/performance/kpis/4", "frequency"));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-frequency",
        "8.1.4.2",
        "/performance/kpis/4",
    );
    let d = broken(|v| rm(v, "/performance/kpis/5/target", "direction"));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-target",
        "8.1.4.2",
        "/performance/kpis/5",
    );
}

#[test]
fn kpi_measurement_due_boundaries() {
    // Monthly KPIs last measured 2026-06-05; the quarterly supplier KPI on 2026-04-08.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.1.4.2-kpi-measurement-overdue", date(2026, 7, 5));
    let fs = assert_fires_on(
        &d,
        "ecms-8.1.4.2-kpi-measurement-overdue",
        "8.1.4.2",
        "/performance/kpis/0",
        date(2026, 7, 6),
    );
    assert!(!fs.iter().any(|f| f.path == "/performance/kpis/7"));
    assert_fires_on(
        &d,
        "ecms-8.1.4.2-kpi-measurement-overdue",
        "8.1.4.2",
        "/performance/kpis/7",
        date(2026, 7, 9),
    );
    // Never measured: due one interval after `since`.
    let d = broken(|v| rm(v, "/performance/kpis/0", "measurements"));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-measurement-overdue",
        "8.1.4.2",
        "/performance/kpis/0",
    );
}

#[test]
fn missed_target_needs_a_response() {
    // November on-time shipment 93.1% < 97%: answered by a nonconformity.
    let d = broken(|v| {
        let m = obj(v, "/performance/kpis/1/measurements/5");
        m.remove("analysis");
        m.remove("nonconformity");
    });
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-target-missed",
        "8.1.4.2",
        "/performance/kpis/1/measurements/5",
    );
    // Lower is better: exactly on the 18.0% ceiling meets it, 18.1% misses it.
    let d = broken(|v| v["performance"]["kpis"][4]["measurements"][11]["value"] = json!("18.0"));
    assert_quiet(&d, "ecms-8.1.4.2-kpi-target-missed");
    let d = broken(|v| v["performance"]["kpis"][4]["measurements"][11]["value"] = json!("18.1"));
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-target-missed",
        "8.1.4.2",
        "/performance/kpis/4/measurements/11",
    );
}

#[test]
fn kpi_not_evaluated() {
    let id = "81400000-0000-4000-8000-000000000010";
    let d = broken(|v| {
        for a in arr(v, "/performance/analyses") {
            for e in a["evaluations"].as_array_mut().unwrap() {
                if let Some(ks) = e.get_mut("kpis") {
                    ks.as_array_mut().unwrap().retain(|k| k != id);
                }
            }
        }
    });
    assert_fires(
        &d,
        "ecms-8.1.4.2-kpi-evaluated",
        "8.1.4.2",
        "/performance/kpis/9",
    );
}

// ------------------------------------------------------------------------------------ 8.1.4.3

#[test]
fn benchmarks() {
    let d = broken(|v| rm(v, "/performance", "benchmarks"));
    assert_fires(
        &d,
        "ecms-8.1.4.3-benchmarks-used",
        "8.1.4.3",
        "/performance",
    );
    let d = broken(|v| rm(v, "/performance/benchmarks/0", "comparisons"));
    assert_fires(
        &d,
        "ecms-8.1.4.3-benchmark-compared",
        "8.1.4.3",
        "/performance/benchmarks/0",
    );
    let d = broken(|v| {
        let b = obj(v, "/performance/benchmarks/1");
        b.remove("improvementNeeds");
        b.remove("improvements");
    });
    assert_fires(
        &d,
        "ecms-8.1.4.3-benchmark-compared",
        "8.1.4.3",
        "/performance/benchmarks/1",
    );
}

// ------------------------------------------------------------------------------------ 8.1.4.4

#[test]
fn analysis_without_methods() {
    let d = broken(|v| rm(v, "/performance/analyses/1", "methods"));
    assert_fires(
        &d,
        "ecms-8.1.4.4-analysis-sources-methods",
        "8.1.4.4",
        "/performance/analyses/1",
    );
}

#[test]
fn evaluation_items_per_item() {
    let d = broken(|v| {
        for a in arr(v, "/performance/analyses") {
            a["evaluations"]
                .as_array_mut()
                .unwrap()
                .retain(|e| e["item"] != "riskActions");
        }
    });
    let fs = assert_fires(
        &d,
        "ecms-8.1.4.4-evaluation-items",
        "8.1.4.4.e",
        "/performance/analyses",
    );
    assert_eq!(fs.len(), 1);
    // A conclusion is needed, not just the item.
    let d = broken(|v| {
        for a in arr(v, "/performance/analyses") {
            for e in a["evaluations"].as_array_mut().unwrap() {
                if e["item"] == "providerPerformance" {
                    e.as_object_mut().unwrap().remove("conclusion");
                }
            }
        }
    });
    assert_fires(
        &d,
        "ecms-8.1.4.4-evaluation-items",
        "8.1.4.4.f",
        "/performance/analyses",
    );
    // Without the Q1 analysis, item d) rests on the annual analysis of 2026-01-12.
    let d = broken(|v| {
        arr(v, "/performance/analyses").pop();
    });
    assert_quiet_on(&d, "ecms-8.1.4.4-evaluation-items", date(2027, 1, 12));
    assert_fires_on(
        &d,
        "ecms-8.1.4.4-evaluation-items",
        "8.1.4.4.d",
        "/performance/analyses",
        date(2027, 1, 13),
    );
}

#[test]
fn records_dated_in_the_future() {
    let d =
        broken(|v| v["performance"]["kpis"][0]["measurements"][11]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-8-record-dated-in-future",
        "8.1.4.2",
        "/performance/kpis/0/measurements/11/date",
    );
    let d = broken(|v| v["performance"]["audits"][1]["date"] = json!("2026-07-02"));
    assert_fires(
        &d,
        "ecms-8-record-dated-in-future",
        "8.2",
        "/performance/audits/1/date",
    );
    let d = broken(|v| v["performance"]["managementReviews"][0]["date"] = json!("2026-08-01"));
    assert_fires(
        &d,
        "ecms-8-record-dated-in-future",
        "8.3.1",
        "/performance/managementReviews/0/date",
    );
    // A planned audit in the future is fine.
    assert_quiet(&dataset(), "ecms-8-record-dated-in-future");
}

// ------------------------------------------------------------------------------------ 8.2

#[test]
fn audit_programme() {
    let d = broken(|v| rm(v, "/performance", "auditProgramme"));
    assert_fires(&d, "ecms-8.2.a-audit-programme", "8.2.a", "/performance");
    for key in ["methods", "reporting", "planningRequirements", "frequency"] {
        let d = broken(|v| rm(v, "/performance/auditProgramme", key));
        assert_fires(
            &d,
            "ecms-8.2.a-programme-content",
            "8.2.a",
            "/performance/auditProgramme",
        );
    }
    let d = broken(|v| rm(v, "/performance/auditProgramme/basis", "previousResults"));
    assert_fires(
        &d,
        "ecms-8.2.a-programme-content",
        "8.2.a",
        "/performance/auditProgramme",
    );
}

#[test]
fn audit_frequency_policy() {
    let d = broken(|v| v["performance"]["auditProgramme"]["frequency"] = json!("P18M"));
    assert_fires(
        &d,
        "ecms-8.2.a-audit-frequency-yearly",
        "8.2.a",
        "/performance/auditProgramme/frequency",
    );
    let d = broken(|v| v["performance"]["auditProgramme"]["frequency"] = json!("P12M"));
    assert_quiet(&d, "ecms-8.2.a-audit-frequency-yearly");
}

#[test]
fn audit_programme_due_boundaries() {
    // Every six months, last audit held 2026-04-16.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.2-audit-overdue", date(2026, 10, 16));
    assert_fires_on(
        &d,
        "ecms-8.2-audit-overdue",
        "8.2",
        "/performance/auditProgramme",
        date(2026, 10, 17),
    );
    // No audit held: counted from the programme's approval (2025-07-08).
    let d = broken(|v| {
        for a in arr(v, "/performance/audits") {
            a["status"] = json!("planned");
        }
    });
    assert_quiet_on(&d, "ecms-8.2-audit-overdue", date(2026, 1, 8));
    assert_fires_on(
        &d,
        "ecms-8.2-audit-overdue",
        "8.2",
        "/performance/auditProgramme",
        date(2026, 1, 9),
    );
}

#[test]
fn planned_audit_not_held() {
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.2.a-planned-audit-late", date(2026, 10, 20));
    assert_fires_on(
        &d,
        "ecms-8.2.a-planned-audit-late",
        "8.2.a",
        "/performance/audits/2",
        date(2026, 10, 21),
    );
}

#[test]
fn process_not_audited_within_a_year() {
    let d = broken(|v| {
        v["performance"]["audits"][1]["processes"]
            .as_array_mut()
            .unwrap()
            .retain(|p| p != "34000000-0000-4000-8000-000000000008")
    });
    assert_fires(
        &d,
        "ecms-8.2-processes-audited",
        "8.2",
        "/context/processes/7",
    );
    // The 2025-10-22 audit covers platform operations for one year.
    let d = dataset();
    let fs = findings(&d, "ecms-8.2-processes-audited", date(2026, 10, 22));
    assert!(fs.is_empty(), "{fs:#?}");
    assert_fires_on(
        &d,
        "ecms-8.2-processes-audited",
        "8.2",
        "/context/processes/1",
        date(2026, 10, 23),
    );
}

#[test]
fn audit_criteria_and_scope() {
    let d = broken(|v| rm(v, "/performance/audits/0", "criteria"));
    assert_fires(
        &d,
        "ecms-8.2.b-criteria-scope",
        "8.2.b",
        "/performance/audits/0",
    );
    let d = broken(|v| rm(v, "/performance/audits/2", "scope"));
    assert_fires(
        &d,
        "ecms-8.2.b-criteria-scope",
        "8.2.b",
        "/performance/audits/2",
    );
}

#[test]
fn auditors_and_objectivity() {
    let d = broken(|v| rm(v, "/performance/audits/1", "auditors"));
    assert_fires(
        &d,
        "ecms-8.2.c-auditors-assigned",
        "8.2.c",
        "/performance/audits/1",
    );
    // Zhou Jie holds the IT role that owns "Information systems and security", in scope.
    let d = broken(|v| {
        arr(v, "/performance/audits/1/auditors").push(json!("61200000-0000-4000-8000-000000000007"))
    });
    let fs = assert_fires(
        &d,
        "ecms-8.2.c-auditor-objectivity",
        "8.2.c",
        "/performance/audits/1/auditors/2",
    );
    assert!(
        fs[0]
            .message
            .en
            .contains("Information systems and security")
    );
    // In an audit of other processes he is objective.
    let d = broken(|v| {
        arr(v, "/performance/audits/0/auditors").push(json!("61200000-0000-4000-8000-000000000007"))
    });
    assert_quiet(&d, "ecms-8.2.c-auditor-objectivity");
}

#[test]
fn audit_report_distribution() {
    let d = broken(|v| rm(v, "/performance/audits/1", "report"));
    assert_fires(
        &d,
        "ecms-8.2.d-report-distributed",
        "8.2.d",
        "/performance/audits/1",
    );
    // Zheng Hao owns the marketing process audited in IA-2026-01.
    let d = broken(|v| {
        arr(v, "/performance/audits/1/report/distributedTo")
            .retain(|p| p != "61200000-0000-4000-8000-000000000009")
    });
    let fs = assert_fires(
        &d,
        "ecms-8.2.d-report-distributed",
        "8.2.d",
        "/performance/audits/1/report",
    );
    assert!(fs[0].message.en.contains("Marketing"));
}

#[test]
fn audit_findings_acted_upon() {
    let d = broken(|v| {
        let f = obj(v, "/performance/audits/1/findings/0");
        f.remove("nonconformity");
        f.remove("correction");
    });
    assert_fires(
        &d,
        "ecms-8.2.e-findings-acted",
        "8.2.e",
        "/performance/audits/1/findings/0",
    );
    // The open campaign finding is due 2026-07-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.2.e-findings-acted", date(2026, 7, 31));
    assert_fires_on(
        &d,
        "ecms-8.2.e-findings-acted",
        "8.2.e",
        "/performance/audits/1/findings/0",
        date(2026, 8, 1),
    );
}

#[test]
fn audit_records_retained() {
    let d = broken(|v| rm(v, "/performance/audits/0", "records"));
    assert_fires(
        &d,
        "ecms-8.2.f-audit-records",
        "8.2.f",
        "/performance/audits/0",
    );
    // A planned audit has no records yet.
    assert_quiet(&dataset(), "ecms-8.2.f-audit-records");
}

// ------------------------------------------------------------------------------------ 8.3

#[test]
fn review_interval() {
    let d = broken(|v| rm(v, "/performance", "reviewPlan"));
    assert_fires(&d, "ecms-8.3.1-review-interval", "8.3.1", "/performance");
    let d = broken(|v| rm(v, "/performance/reviewPlan", "interval"));
    assert_fires(
        &d,
        "ecms-8.3.1-review-interval",
        "8.3.1",
        "/performance/reviewPlan",
    );
    let d = broken(|v| v["performance"]["reviewPlan"]["interval"] = json!("P2Y"));
    assert_fires(
        &d,
        "ecms-8.3.1-review-interval-yearly",
        "8.3.1",
        "/performance/reviewPlan/interval",
    );
}

#[test]
fn review_due_boundaries() {
    // Yearly, last held 2026-01-16.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.3.1-review-overdue", date(2027, 1, 16));
    assert_fires_on(
        &d,
        "ecms-8.3.1-review-overdue",
        "8.3.1",
        "/performance/reviewPlan",
        date(2027, 1, 17),
    );
    // No review ever held.
    let d = broken(|v| v["performance"]["managementReviews"][0]["status"] = json!("planned"));
    assert_fires(
        &d,
        "ecms-8.3.1-review-overdue",
        "8.3.1",
        "/performance/reviewPlan",
    );
}

#[test]
fn review_without_top_management() {
    let d = broken(|v| {
        let r = obj(v, "/performance/managementReviews/0");
        r.insert(
            "chair".into(),
            json!("61200000-0000-4000-8000-000000000002"),
        );
        r["attendees"]
            .as_array_mut()
            .unwrap()
            .retain(|p| p != "61200000-0000-4000-8000-000000000001");
    });
    assert_fires(
        &d,
        "ecms-8.3.1-top-management",
        "8.3.1",
        "/performance/managementReviews/0",
    );
}

#[test]
fn review_conclusions() {
    let d = broken(|v| {
        rm(
            v,
            "/performance/managementReviews/0/conclusions",
            "strategicAlignment",
        )
    });
    assert_fires(
        &d,
        "ecms-8.3.1-review-conclusions",
        "8.3.1",
        "/performance/managementReviews/0",
    );
}

#[test]
fn review_inputs_per_item() {
    let d = broken(|v| {
        arr(v, "/performance/managementReviews/0/inputs")
            .retain(|i| i["item"] != "providerPerformance");
        v["performance"]["managementReviews"][0]["inputs"][0]["summary"] = json!(" ");
    });
    let fs = assert_fires(
        &d,
        "ecms-8.3.2-inputs-covered",
        "8.3.2.c.7",
        "/performance/managementReviews/0",
    );
    assert_eq!(fs.len(), 2);
    assert_fires(
        &d,
        "ecms-8.3.2-inputs-covered",
        "8.3.2.a",
        "/performance/managementReviews/0",
    );
    // A planned review needs no inputs yet.
    let d = dataset();
    assert!(
        d.performance.management_reviews[1].inputs.is_empty(),
        "fixture: second review is planned"
    );
}

#[test]
fn review_trends() {
    let d = broken(|v| {
        for i in arr(v, "/performance/managementReviews/0/inputs") {
            i.as_object_mut().unwrap().remove("trend");
        }
    });
    assert_fires(
        &d,
        "ecms-8.3.2.c-trends",
        "8.3.2.c",
        "/performance/managementReviews/0",
    );
}

#[test]
fn review_outputs_per_item() {
    let d = broken(|v| {
        arr(v, "/performance/managementReviews/0/outputs").retain(|o| o["kind"] != "resourceNeed")
    });
    let fs = assert_fires(
        &d,
        "ecms-8.3.3-outputs-covered",
        "8.3.3.c",
        "/performance/managementReviews/0",
    );
    assert_eq!(fs.len(), 1);
}

#[test]
fn review_record() {
    let d = broken(|v| rm(v, "/performance/managementReviews/0", "record"));
    assert_fires(
        &d,
        "ecms-8.3.3-review-record",
        "8.3.3",
        "/performance/managementReviews/0",
    );
}

#[test]
fn review_actions() {
    let d = broken(|v| {
        rm(
            v,
            "/performance/managementReviews/0/outputs/0/actions/1",
            "owner",
        )
    });
    assert_fires(
        &d,
        "ecms-8.3.3-action-assigned",
        "8.3.3",
        "/performance/managementReviews/0/outputs/0/actions/1",
    );
    // KPI automation action due 2026-09-30; the live-stream one 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-8.3.3-action-overdue", date(2026, 8, 31));
    assert_fires_on(
        &d,
        "ecms-8.3.3-action-overdue",
        "8.3.3",
        "/performance/managementReviews/0/outputs/0/actions/2",
        date(2026, 9, 1),
    );
}

// ------------------------------------------------------------------------------------ parsing

fn parses(v: &Value) -> bool {
    ecms::parse_document(&serde_json::to_string(v).unwrap()).is_ok()
}

#[test]
fn enums_and_values_parse_strictly() {
    let mut v = dataset_value();
    v["performance"]["kpis"][0]["target"]["direction"] = json!("biggerIsBetter");
    assert!(!parses(&v));
    let mut v = dataset_value();
    v["performance"]["kpis"][0]["measurements"][0]["value"] = json!(99.8);
    assert!(
        !parses(&v),
        "a JSON number must not be accepted as a KPI value"
    );
    let mut v = dataset_value();
    v["performance"]["managementReviews"][0]["inputs"][0]["item"] = json!("8.3.2.a");
    assert!(!parses(&v));
    let mut v = dataset_value();
    v["performance"]["monitoring"]["entries"][0]["purposes"] = json!([
        "objectivesAchieved",
        "systemConformity",
        "capabilityImprovement"
    ]);
    assert!(parses(&v));
    let mut v = dataset_value();
    v["performance"]["audits"][0]["findings"][0]["severity"] = json!("major");
    assert!(!parses(&v), "unknown fields are refused");
}
