//! Chapter 9 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod continual;
mod corrective_actions;
mod dates;
mod nonconformities;
mod opportunities;
mod updates;

use crate::common::*;
use ecms::rules::BuiltinRule;
use ecms::rules::improvement as imp;
use serde_json::{Value, json};

const RULES: &[&BuiltinRule] = &[
    &imp::opportunities::SELECTED,
    &imp::opportunities::CATEGORIES,
    &imp::opportunities::PLANNED,
    &imp::opportunities::OVERDUE,
    &imp::nonconformities::SOURCE,
    &imp::nonconformities::IMPACT,
    &imp::nonconformities::REACTION,
    &imp::nonconformities::CAUSE_ANALYSIS,
    &imp::nonconformities::ACTION_DECISION,
    &imp::corrective_actions::IMPLEMENTED,
    &imp::corrective_actions::PLANNED,
    &imp::corrective_actions::OVERDUE,
    &imp::corrective_actions::EFFECTIVENESS,
    &imp::updates::RISK_UPDATE,
    &imp::updates::SYSTEM_CHANGE,
    &imp::updates::NEED_UNDECIDED,
    &imp::nonconformities::RECORDS,
    &imp::dates::FUTURE_DATED,
    &imp::dates::NC_DATES_ORDERED,
    &imp::continual::REVIEW_OUTPUTS,
    &imp::continual::ANALYSIS_RESULTS,
];

pub(super) const NC: &str = "/improvement/nonconformities";

/// Asserts that `rule` gives reason `code` (among others) on `doc`.
pub(super) fn assert_reason(doc: &ecms::EcmsDocument, rule: &BuiltinRule, code: &str) {
    let rs = reasons(doc, rule);
    assert!(
        rs.iter().any(|r| r == code),
        "{} gave {rs:?}, not {code}",
        rule.id()
    );
}

pub(super) fn rm(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
}

#[test]
fn dataset_satisfies_every_chapter_9_rule() {
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
    for r in ecms::rules::builtin_rules() {
        if r.meta.id.starts_with("ecms-9") {
            assert!(
                RULES.iter().any(|x| x.id() == r.meta.id),
                "{} not tested",
                r.meta.id
            );
        }
    }
    assert_quiet(&d, &ecms::rules::integrity::assessments::MISSING);
}

#[test]
fn dataset_chapter_9_round_trips() {
    let v = serde_json::to_value(dataset()).unwrap();
    assert_eq!(v["improvement"], dataset_value()["improvement"]);
}

#[test]
fn assessed_requirements_need_a_self_assessment() {
    let assessed: Vec<_> = ecms::rules::assessed_requirements()
        .into_iter()
        .map(|a| a.clause)
        .collect();
    assert!(assessed.contains(&"9.2") && assessed.contains(&"9.3"));
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "9.3"));
    assert_fires(
        &d,
        &ecms::rules::integrity::assessments::MISSING,
        "9.3",
        "/assessments",
    );
}

#[test]
fn enums_parse_strictly() {
    let parses = |v: &Value| ecms::parse_document(&serde_json::to_string(v).unwrap()).is_ok();
    let mut v = dataset_value();
    // An open vocabulary: another source is kept, a misspelt built-in one is refused.
    v["improvement"]["nonconformities"][0]["source"] = json!("神秘顾客");
    assert!(parses(&v));
    v["improvement"]["nonconformities"][0]["source"] = json!("Supplier");
    assert!(!parses(&v));
    let mut v = dataset_value();
    v["improvement"]["nonconformities"][0]["status"] = json!("verified");
    assert!(!parses(&v));
    let mut v = dataset_value();
    v["improvement"]["improvements"][0]["categories"] = json!(["9.1.a"]);
    assert!(!parses(&v));
    for s in ["audit", "complaint", "kpi", "customer", "other"] {
        let mut v = dataset_value();
        v["improvement"]["nonconformities"][0]["source"] = json!(s);
        assert!(parses(&v), "{s}");
    }
}
