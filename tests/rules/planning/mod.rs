//! Chapter 5 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod changes;
mod objective_monitoring;
mod objective_plans;
mod objectives;
mod risk_actions;
mod risks;

use crate::common::*;
use ecms::common::ExactDecimal;
use ecms::model::planning::{RatingLevel, RiskAim, TargetDirection};
use ecms::rules::BuiltinRule;
use ecms::rules::planning as ch;
use serde_json::json;

/// Every rule of chapter 5, in catalog order.
const RULES: &[&BuiltinRule] = &[
    &ch::risks::RISKS_DETERMINED,
    &ch::risks::RISK_DEFINED,
    &ch::risks::RISK_RATED,
    &ch::risks::AIMS_COVERED,
    &ch::risk_actions::RISK_RESPONSE,
    &ch::risk_actions::RESPONSE_PROPORTIONATE,
    &ch::risk_actions::ACTION_PLANNED,
    &ch::risk_actions::ACTION_INTEGRATED,
    &ch::risk_actions::ACTION_OVERDUE,
    &ch::risk_actions::EVALUATION_PLANNED,
    &ch::risk_actions::EVALUATION_DONE,
    &ch::risk_actions::EVALUATION_DEFAULT_WINDOW,
    &ch::risk_actions::INEFFECTIVE_FOLLOWED_UP,
    &ch::objectives::OBJECTIVES_SET,
    &ch::objectives::DOCUMENTED,
    &ch::objectives::STRATEGY,
    &ch::objectives::MEASURABLE,
    &ch::objectives::REQUIREMENTS,
    &ch::objectives::RELEVANCE,
    &ch::objective_monitoring::MONITORED,
    &ch::objective_monitoring::MONITORING_OVERDUE,
    &ch::objective_monitoring::COMMUNICATED,
    &ch::objective_monitoring::REVIEW_INTERVAL,
    &ch::objective_monitoring::REVIEW_OVERDUE,
    &ch::objective_monitoring::TARGET_LAPSED,
    &ch::objective_plans::OBJECTIVE_ACTIONS,
    &ch::objective_plans::ACTION_PLANNED,
    &ch::objective_plans::ACTION_OVERDUE,
    &ch::objective_plans::RESULT_EVALUATION,
    &ch::changes::CONSIDERATIONS,
    &ch::changes::PLANNED_FIRST,
];

#[test]
fn dataset_satisfies_every_chapter_5_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn every_rule_is_listed() {
    let ours: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| id.starts_with("ecms-5."))
        .collect();
    assert_eq!(
        ours,
        RULES.iter().map(|r| r.id()).collect::<Vec<_>>(),
        "RULES lists every rule of the chapter, in catalog order"
    );
}

#[test]
fn rating_levels() {
    assert_eq!(RatingLevel::of_score(5), RatingLevel::Low);
    assert_eq!(RatingLevel::of_score(6), RatingLevel::Medium);
    assert_eq!(RatingLevel::of_score(11), RatingLevel::Medium);
    assert_eq!(RatingLevel::of_score(12), RatingLevel::High);
    assert_eq!(RatingLevel::of_score(25), RatingLevel::High);
    let d = dataset();
    let r = &d.planning.risks[0];
    assert_eq!(r.score(), Some(16));
    assert_eq!(r.level(), Some(RatingLevel::High));
}

#[test]
fn target_directions() {
    let x = |s: &str| s.parse::<ExactDecimal>().unwrap();
    assert!(TargetDirection::AtLeast.met(&x("98.0"), &x("98")));
    assert!(!TargetDirection::AtLeast.met(&x("97.99"), &x("98")));
    assert!(TargetDirection::AtMost.met(&x("0.50"), &x("0.5")));
    assert!(!TargetDirection::AtMost.met(&x("0.51"), &x("0.5")));
}

#[test]
fn aims_map_to_catalog_items() {
    for (aim, item) in RiskAim::ALL {
        assert!(ecms::catalog::clause(item).is_some(), "{item}");
        assert_eq!(serde_json::to_value(aim).unwrap(), json!(aim.as_str()));
    }
}

#[test]
fn malformed_planning_values_are_parse_errors() {
    for (ptr, bad) in [
        ("/planning/risks/0/kind", json!("threat")),
        ("/planning/risks/0/likelihood", json!("high")),
        ("/planning/objectives/0/target/value", json!(98.0)),
        ("/planning/objectives/0/target/direction", json!("above")),
        ("/planning/objectives/6/status", json!("done")),
    ] {
        let mut v = dataset_value();
        *v.pointer_mut(ptr).unwrap() = bad;
        let err = ecms::parse_document(&serde_json::to_string(&v).unwrap()).unwrap_err();
        assert!(err.to_string().contains(ptr), "{ptr}: {err}");
    }
}
