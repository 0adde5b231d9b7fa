//! Chapter 6 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod awareness;
mod competence;
mod control;
mod documents;
mod finance;
mod infrastructure;
mod instruments;
mod knowledge;
mod natural;
mod resources;
mod staffing;
mod technology;

use crate::common::*;
use chrono::NaiveDate;
use ecms::rules::BuiltinRule;
use ecms::rules::support as sup;
use serde_json::{Value, json};

/// Every rule of chapter 6, in catalog order.
const RULES: &[&BuiltinRule] = &[
    &sup::resources::PLAN,
    &sup::resources::PLAN_CURRENT,
    &sup::resources::PLAN_APPROVED,
    &sup::resources::INTERNAL_CAPABILITY,
    &sup::resources::EXTERNAL_RESOURCES,
    &sup::resources::PROVIDED,
    &sup::staffing::DETERMINED,
    &sup::staffing::ROLE_HEADCOUNT,
    &sup::staffing::SHORTFALL,
    &sup::staffing::PERSON_WITHOUT_ROLE,
    &sup::finance::FUND_NEEDS,
    &sup::finance::FUND_SUPPLY,
    &sup::finance::BUDGET,
    &sup::finance::BUDGET_COMPARED,
    &sup::finance::BUDGET_CURRENCY,
    &sup::finance::VARIANCE_THRESHOLD,
    &sup::finance::VARIANCE_ACTED,
    &sup::finance::COMPARISON_INTERVAL,
    &sup::finance::COMPARISON_OVERDUE,
    &sup::natural::DETERMINED,
    &sup::natural::IMPACT,
    &sup::natural::SUPPLY,
    &sup::natural::ENVIRONMENTAL,
    &sup::natural::REVIEW_INTERVAL,
    &sup::natural::REVIEW_OVERDUE,
    &sup::infrastructure::DETERMINED,
    &sup::infrastructure::ASSET_OWNER,
    &sup::infrastructure::MAINTENANCE_INTERVAL,
    &sup::infrastructure::MAINTENANCE_OVERDUE,
    &sup::infrastructure::TECHNOLOGY_PROCEDURE,
    &sup::infrastructure::ASSET_PROTECTION,
    &sup::technology::INFORMATION_FOR_DECISIONS,
    &sup::technology::DECISION_RECORDED,
    &sup::technology::PLAN,
    &sup::technology::GOAL_COMPLETE,
    &sup::technology::GOAL_OVERDUE,
    &sup::technology::SHARING,
    &sup::technology::REVIEW_PROCEDURE,
    &sup::technology::REVIEW_INTERVAL,
    &sup::technology::REVIEW_OVERDUE,
    &sup::instruments::DETERMINED,
    &sup::instruments::SUITABILITY,
    &sup::instruments::CALIBRATION_INTERVAL,
    &sup::instruments::CALIBRATION_OVERDUE,
    &sup::instruments::FAILED_IN_USE,
    &sup::instruments::CALIBRATION_EVIDENCE,
    &sup::knowledge::DETERMINED,
    &sup::knowledge::PROCESS,
    &sup::knowledge::MAINTAINED,
    &sup::knowledge::AVAILABLE,
    &sup::knowledge::UPDATE,
    &sup::knowledge::REVIEW_INTERVAL,
    &sup::knowledge::REVIEW_OVERDUE,
    &sup::competence::DETERMINED,
    &sup::competence::ROLE_COMPETENCE,
    &sup::competence::PERSON_COMPETENT,
    &sup::competence::TRAINING_EFFECTIVENESS,
    &sup::competence::TRAINING_EFFECTIVENESS_DEFAULT_WINDOW,
    &sup::competence::INEFFECTIVE_FOLLOW_UP,
    &sup::competence::EVIDENCE_RETAINED,
    &sup::awareness::AWARENESS,
    &sup::documents::REQUIRED_INFORMATION,
    &sup::documents::REQUIRED_BY_KNOWN,
    &ecms::rules::obligations::PERIODIC_RECORD,
    &sup::documents::IDENTIFICATION,
    &sup::documents::FORMAT_MEDIUM,
    &sup::documents::EFFECTIVE_APPROVED,
    &sup::documents::APPROVED_BEFORE_EFFECTIVE,
    &sup::documents::APPROVER_AUTHORIZED,
    &sup::documents::REVIEWED_BEFORE_APPROVAL,
    &sup::documents::REVIEW_INTERVAL,
    &sup::documents::REVIEW_OVERDUE,
    &sup::documents::DATE_IN_FUTURE,
    &sup::control::ACCESS,
    &sup::control::CURRENT_VERSION_IN_USE,
    &sup::control::STORAGE,
    &sup::control::ONE_CURRENT_VERSION,
    &sup::control::CHANGE_HISTORY,
    &sup::control::RETENTION_DEFINED,
    &sup::control::DISPOSED_EARLY,
    &sup::control::KEPT_PAST_RETENTION,
    &sup::control::DISPOSAL_RECORDED,
    &sup::control::EXTERNAL_CONTROLLED,
    &sup::control::RECORD_PROTECTED,
];

/// Asserts that the distinct reasons `rule` gives on `doc` (as of the dataset date) are
/// exactly `expected`, in order of first appearance.
fn assert_reasons(doc: &ecms::model::EcmsDocument, rule: &BuiltinRule, expected: &[&str]) {
    assert_reasons_on(doc, rule, as_of(), expected);
}

/// Like [`assert_reasons`] as of a date.
fn assert_reasons_on(
    doc: &ecms::model::EcmsDocument,
    rule: &BuiltinRule,
    on: NaiveDate,
    expected: &[&str],
) {
    let mut got: Vec<String> = Vec::new();
    for f in findings(doc, rule, on) {
        if !got.contains(&f.reason) {
            got.push(f.reason);
        }
    }
    assert_eq!(got, expected, "reasons of {}", rule.id());
}

fn remove(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
    wants_documents(v, key);
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
    // Chapter 6 rules (the integrity rules report at 6.4 clauses too, but are not chapter 6's).
    let builtin: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.id())
        .filter(|id| id.starts_with("ecms-6."))
        .collect();
    let listed: Vec<&str> = RULES.iter().map(|r| r.id()).collect();
    assert_eq!(
        listed, builtin,
        "RULES must list chapter 6 in catalog order"
    );
}

#[test]
fn whole_dataset_has_no_findings() {
    let report = ecms::rules::evaluate(&dataset(), as_of());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

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

/// Everyone who holds `role` (by their roles or as a holder of the role) left on 2026-01-31:
/// the role is vacant on the dataset's as-of date.
fn vacate(v: &mut Value, role: &str) {
    let holders: Vec<Value> = v["leadership"]["roles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"] == json!(role))
        .flat_map(|r| r["holders"].as_array().cloned().unwrap_or_default())
        .collect();
    for pe in arr(v, "/support/people") {
        let has = pe["roles"]
            .as_array()
            .is_some_and(|rs| rs.contains(&json!(role)));
        if has || holders.contains(&pe["id"]) {
            pe["leftOn"] = json!("2026-01-31");
        }
    }
}

/// Issue 9 item 5: every presence-only shall rule of chapter 6 is on the allow-list with a
/// reason, and nothing else is.
#[test]
fn existence_only_list_matches_the_presence_rules() {
    use ecms::rules::{Basis, RuleKind};
    let presence: Vec<&str> = RULES
        .iter()
        .filter(|r| r.meta.basis == Basis::Shall && r.meta.kind == RuleKind::Presence)
        .map(|r| r.meta.id)
        .collect();
    let listed: Vec<&str> = sup::EXISTENCE_ONLY.iter().map(|(id, _)| *id).collect();
    for id in &presence {
        assert!(listed.contains(id), "{id} is presence-only but not listed");
    }
    for (id, why) in sup::EXISTENCE_ONLY {
        assert!(
            presence.contains(id),
            "{id} is listed but not presence-only"
        );
        assert!(!why.trim().is_empty(), "{id} has no reason");
    }
    // A ratchet: no more than 45 % of the chapter's shall rules are presence-only.
    let shall = RULES
        .iter()
        .filter(|r| r.meta.basis == Basis::Shall)
        .count();
    assert!(
        presence.len() * 100 <= shall * 45,
        "{} of {shall}",
        presence.len()
    );
}
