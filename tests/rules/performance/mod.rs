//! Chapter 8 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod analysis;
mod audit_programme;
mod audits;
mod benchmarks;
mod customers;
mod dates;
mod evidence;
mod kpis;
mod measurement;
mod monitoring;
mod monitoring_use;
mod review;
mod review_inputs;
mod review_outputs;

use crate::common::*;
use ecms::rules::BuiltinRule;
use ecms::rules::performance as perf;
use serde_json::{Value, json};

const RULES: &[&BuiltinRule] = &[
    &perf::monitoring::PLAN,
    &perf::monitoring::PURPOSES,
    &perf::monitoring::ENTRY_COMPLETE,
    &perf::monitoring::OVERDUE,
    &perf::monitoring_use::FACTORS_MONITORED,
    &perf::monitoring_use::PROCESSES_MONITORED,
    &perf::monitoring_use::USED,
    &perf::monitoring_use::EVALUATION_INTERVAL,
    &perf::monitoring_use::EVALUATION_OVERDUE,
    &perf::monitoring_use::EVALUATION_CONTENT,
    &perf::customers::SATISFACTION,
    &perf::customers::CREDIT_RATING,
    &perf::customers::METHOD_DEFINED,
    &perf::customers::RESULTS_OVERDUE,
    &perf::measurement::METHOD,
    &perf::measurement::DATA_ANALYSED,
    &perf::kpis::DEFINED,
    &perf::kpis::DEFINITION,
    &perf::kpis::FREQUENCY,
    &perf::kpis::TARGET,
    &perf::kpis::MEASUREMENT_OVERDUE,
    &perf::kpis::TARGET_MISSED,
    &perf::kpis::EVALUATED,
    &perf::benchmarks::USED,
    &perf::benchmarks::COMPARED,
    &perf::analysis::SOURCES_METHODS,
    &perf::analysis::EVALUATION_ITEMS,
    &perf::dates::FUTURE_DATED,
    &perf::dates::AUDIT_DATES_ORDERED,
    &perf::audit_programme::PROGRAMME,
    &perf::audit_programme::CONTENT,
    &perf::audit_programme::FREQUENCY_YEARLY,
    &perf::audit_programme::OVERDUE,
    &perf::audit_programme::PLANNED_LATE,
    &perf::audit_programme::PROCESSES_AUDITED,
    &perf::audits::CRITERIA_SCOPE,
    &perf::audits::AUDITORS,
    &perf::audits::OBJECTIVITY,
    &perf::audits::REPORT_DISTRIBUTED,
    &perf::audits::FINDINGS_ACTED,
    &perf::audits::RECORDS,
    &perf::audits::CONCLUSION,
    &perf::review::INTERVAL,
    &perf::review::INTERVAL_YEARLY,
    &perf::review::OVERDUE,
    &perf::review::TOP_MANAGEMENT,
    &perf::review::CONCLUSIONS,
    &perf::review_inputs::INPUTS,
    &perf::review_inputs::PRIOR_ACTIONS_STATUS,
    &perf::review_inputs::TRENDS,
    &perf::review_outputs::OUTPUTS,
    &perf::review_outputs::RECORD,
    &perf::review_outputs::ACTION_ASSIGNED,
    &perf::review_outputs::ACTION_OVERDUE,
];

pub(super) fn rm(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
    wants_documents(v, key);
}

#[test]
fn dataset_satisfies_every_chapter_8_rule() {
    let d = dataset();
    for r in RULES {
        assert!(
            ecms::rules::builtin_rules()
                .iter()
                .any(|x| x.meta.id == r.id()),
            "no rule {}",
            r.id()
        );
        assert_quiet(&d, r);
    }
    // and every built-in chapter-8 rule is listed here
    for r in ecms::rules::builtin_rules() {
        if r.meta.id.starts_with("ecms-8") {
            assert!(
                RULES.iter().any(|x| x.id() == r.meta.id),
                "{} not tested",
                r.meta.id
            );
        }
    }
}

#[test]
fn dataset_chapter_8_round_trips() {
    let v = serde_json::to_value(dataset()).unwrap();
    assert_eq!(v["performance"], dataset_value()["performance"]);
}

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

/// For each case, removes `key` at `pointer` from the dataset and asserts that `rule` then
/// gives the reason `code`.
pub(super) fn assert_reasons_on_removal(rule: &BuiltinRule, cases: &[(&str, &str, &str)]) {
    for (pointer, key, code) in cases {
        let d = broken(|v| rm(v, pointer, key));
        let rs = reasons(&d, rule);
        assert!(
            rs.iter().any(|r| r == code),
            "{} after removing {pointer}/{key}: {rs:?}, not {code}",
            rule.id()
        );
    }
}
