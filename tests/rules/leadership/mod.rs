//! Chapter 4 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod commitment;
mod communication;
mod compliance;
mod roles;
mod strategy;
mod strategy_communication;

use crate::common::*;
use ecms::model::leadership::{CommitmentItem, StrategyAspect, StrategyKind, SystemDuty};
use ecms::rules::BuiltinRule;
use ecms::rules::integrity::assessments;
use ecms::rules::leadership as ch;
use serde_json::json;

/// Every rule of chapter 4, in catalog order.
const RULES: &[&BuiltinRule] = &[
    &ch::commitment::COMMITMENT_EVIDENCE,
    &ch::commitment::STRATEGY_OBJECTIVES_ESTABLISHED,
    &ch::commitment::CUSTOMER_FOCUS_EVIDENCE,
    &ch::compliance::SHORTFALL_ADDRESSED,
    &ch::commitment::CUSTOMER_RISKS_DETERMINED,
    &ch::strategy::KINDS,
    &ch::strategy::CONSIDERATIONS,
    &ch::strategy::APPROVED,
    &ch::strategy::ALIGNMENT,
    &ch::strategy::FITNESS,
    &ch::strategy::CURRENT,
    &ch::strategy_communication::DOCUMENTED,
    &ch::strategy_communication::COMMUNICATED,
    &ch::strategy_communication::AVAILABILITY,
    &ch::roles::ROLES_DEFINED,
    &ch::roles::ROLE_DEFINED,
    &ch::roles::ROLE_STAFFED,
    &ch::roles::ROLE_COMMUNICATED,
    &ch::roles::DUTIES_ASSIGNED,
    &ch::communication::PLANNED,
    &ch::communication::COMPLETE,
    &ch::communication::OVERDUE,
];

/// A person who is not a member of top management.
const LI_NA: &str = "61200000-0000-4000-8000-000000000002";

#[test]
fn dataset_satisfies_every_chapter_4_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn every_rule_is_built_in_and_no_assessment_is_missing() {
    let ours: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| id.starts_with("ecms-4."))
        .collect();
    assert_eq!(
        ours,
        RULES.iter().map(|r| r.id()).collect::<Vec<_>>(),
        "RULES lists every rule of the chapter, in catalog order"
    );
    assert_quiet(&dataset(), &assessments::MISSING);
}

#[test]
fn assessment_only_items_need_a_self_assessment() {
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "4.1.1.h"));
    assert_fires(&d, &assessments::MISSING, "4.1.1.h", "/assessments");
}

#[test]
fn enums_map_to_catalog_items() {
    for (item, clause) in CommitmentItem::ALL {
        assert_eq!(item.clause(), clause);
        assert!(ecms::catalog::clause(clause).is_some(), "{clause}");
        let s = serde_json::to_value(item).unwrap();
        assert_eq!(s, json!(item.as_str()));
    }
    for (aspect, kind, item) in StrategyAspect::ALL {
        assert!(ecms::catalog::clause(item).is_some(), "{item}");
        assert_eq!(
            serde_json::to_value(aspect).unwrap(),
            json!(aspect.as_str())
        );
        assert!(
            item.starts_with(
                StrategyKind::REQUIRED
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .unwrap()
                    .1
            )
        );
    }
    for (duty, item) in SystemDuty::ALL {
        assert!(ecms::catalog::clause(item).is_some(), "{item}");
        assert_eq!(serde_json::to_value(duty).unwrap(), json!(duty.as_str()));
    }
}

#[test]
fn unknown_commitment_item_is_a_parse_error() {
    let mut v = dataset_value();
    v["leadership"]["commitments"][0]["item"] = json!("visionary");
    let err = ecms::parse_document(&serde_json::to_string(&v).unwrap()).unwrap_err();
    assert!(
        err.to_string().contains("/leadership/commitments/0/item"),
        "{err}"
    );
}
