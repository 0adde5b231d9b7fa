//! Clause 7.3 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod channels;
mod dates;
mod distribution;
mod order_carriers;
mod order_records;
mod orders;
mod payment;
mod plan;
mod provider_review;
mod providers;
mod provision;
mod purchasing;
mod warehouses;

use crate::common::*;
use ecms::rules::BuiltinRule;
use ecms::rules::operation::supply_chain as rules;
use serde_json::{Value, json};

/// Every rule of 7.3, in catalog order.
const RULES: &[&BuiltinRule] = &[
    &rules::plan::DOCUMENTED,
    &rules::plan::CONSIDERATIONS,
    &rules::plan::PROCESS_CONTROLS,
    &rules::plan::PROCESS_RESPONSIBILITIES,
    &rules::plan::STRATEGIC_PARTNERS,
    &rules::plan::REVIEW_OVERDUE,
    &rules::orders::POLICY,
    &rules::orders::PRINCIPLES,
    &rules::orders::TIME_LIMITS_DEFINED,
    &rules::order_records::TIME_LIMITS_MET,
    &rules::order_records::TIME_LIMITS_DEFAULT_TARGET,
    &rules::order_records::ACCURACY,
    &rules::orders::DAILY_PROCEDURE,
    &rules::orders::AFTER_SALES_PROCEDURE,
    &rules::orders::DOCUMENTS,
    &rules::orders::ANALYSIS,
    &rules::orders::ANALYSIS_OVERDUE,
    &rules::order_records::RECORDS,
    &rules::order_records::RECORDS_CURRENT,
    &rules::order_records::PERIOD_CONSISTENT,
    &rules::provision::PROVISION_CONTROLS,
    &rules::provision::OUTSOURCED_CONTROLLED,
    &rules::providers::RECORDED,
    &rules::providers::PROCEDURE,
    &rules::providers::SELECTED_ON_EVALUATION,
    &rules::providers::APPROVED_BEFORE_USE,
    &rules::order_carriers::ORDER_CARRIER_APPROVED,
    &rules::providers::AGREEMENT,
    &rules::providers::TRANSACTIONS_RECORDED,
    &rules::provider_review::REVIEW_YEARLY,
    &rules::provider_review::REVIEW_INTERVAL,
    &rules::provider_review::EVALUATION_ASPECTS,
    &rules::provider_review::QUALIFICATION,
    &rules::purchasing::DESCRIBED,
    &rules::purchasing::REQUIREMENTS_REVIEWED,
    &rules::purchasing::INFO_CONTENT,
    &rules::purchasing::VERIFIED,
    &rules::distribution::PROCEDURE,
    &rules::distribution::PROCEDURE_ITEMS,
    &rules::distribution::RISK_MANAGEMENT,
    &rules::distribution::CARRIERS_RECORDED,
    &rules::distribution::CARRIER_QUALIFIED,
    &rules::distribution::CARRIER_TERMS,
    &rules::channels::RECORDED,
    &rules::channels::PROCEDURE,
    &rules::channels::MODEL,
    &rules::channels::PARTNER_RULES,
    &rules::channels::PARTNER_SUPPORT,
    &rules::channels::LAYOUT_REVIEW_INTERVAL,
    &rules::channels::LAYOUT_REVIEW_OVERDUE,
    &rules::warehouses::RECORDED,
    &rules::warehouses::PROCEDURE,
    &rules::warehouses::PROCEDURE_ITEMS,
    &rules::warehouses::STOCK_ALERT_THRESHOLDS,
    &rules::warehouses::STOCK_ALERT_ACTED,
    &rules::payment::PLATFORMS_RECORDED,
    &rules::payment::PROCEDURE,
    &rules::payment::PLATFORM_LICENSED,
    &rules::payment::SECURITY_INTERVAL,
    &rules::payment::SECURITY_OVERDUE,
    &rules::payment::SECURITY_PASSED,
    &rules::payment::DATA_PROTECTION,
    &rules::payment::PII_RISK_ASSESSMENT,
    &rules::dates::FUTURE_DATED,
];

const SC: &str = "/operation/supplyChain";

fn sc(v: &mut Value) -> &mut Value {
    &mut v["operation"]["supplyChain"]
}

fn rm(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer)
        .remove(key)
        .unwrap_or_else(|| panic!("no {key} at {pointer}"));
    wants_documents(v, key);
}

fn at(p: &str) -> String {
    format!("{SC}{p}")
}

#[test]
fn dataset_satisfies_every_supply_chain_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, *r);
    }
}

#[test]
fn every_rule_is_listed_and_built_in() {
    let built: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| id.starts_with("ecms-7.3"))
        .collect();
    let listed: Vec<&str> = RULES.iter().map(|r| r.id()).collect();
    // Listed in catalog order, and each built in.
    assert_eq!(built, listed);
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
    assert_fires(
        &d,
        &ecms::rules::integrity::assessments::MISSING,
        "7.3.3.3",
        "/assessments",
    );
}

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
