//! Conditional requirements (当…时, 适用时, 需要时, 适宜时): a rule enforcing one reports an
//! error only when the records show the condition holds; where they cannot tell, it stays
//! quiet or asks for the decision with a warning.

use crate::common::*;
use ecms::rules::Severity;
use ecms::rules::leadership::strategy_communication;
use ecms::rules::operation::supply_chain::orders;
use ecms::rules::support::instruments;
use serde_json::json;

const SC: &str = "/operation/supplyChain";

#[test]
fn strategy_shared_only_as_appropriate() {
    // 4.2.2 c) 适宜时: no decision → a warning asking for it, never an error.
    assert_eq!(
        strategy_communication::AVAILABILITY.meta.severity,
        Severity::Warning
    );
    let d = broken(|v| {
        obj(v, "/leadership/strategies/1").remove("disclosure");
    });
    assert_fires(
        &d,
        &strategy_communication::AVAILABILITY,
        "4.2.2.c",
        "/leadership/strategies/1",
    );
    // Withheld with a reason: the condition does not hold.
    let d = broken(|v| {
        v["leadership"]["strategies"][1]["disclosure"] =
            json!({"withheldReason": "含未公开的价格策略"})
    });
    assert_quiet(&d, &strategy_communication::AVAILABILITY);
}

#[test]
fn measuring_resources_only_when_measurement_verifies() {
    // 6.1.6 当…时: no resource recorded is a warning asking for the determination.
    assert_eq!(instruments::DETERMINED.meta.severity, Severity::Warning);
    let d = broken(|v| {
        obj(v, "/support").remove("instruments");
    });
    assert_fires(&d, &instruments::DETERMINED, "6.1.6", "/support");
    assert_quiet(&dataset(), &instruments::DETERMINED);
}

#[test]
fn order_analysis_only_where_provided_for() {
    // 7.3.2 e) 适宜时: the analysis the organization provides for is done on time…
    let d = broken(|v| {
        v["operation"]["supplyChain"]["orderPolicy"]["analysis"]["schedule"] =
            json!({"interval": "P1M", "lastDone": "2024-01-01"})
    });
    assert_fires(
        &d,
        &orders::ANALYSIS_OVERDUE,
        "7.3.2.e",
        &format!("{SC}/orderPolicy/analysis"),
    );
    // …and without one there is no overdue analysis, only the policy warning.
    let d = broken(|v| {
        obj(v, &format!("{SC}/orderPolicy")).remove("analysis");
    });
    assert_quiet(&d, &orders::ANALYSIS_OVERDUE);
    assert_eq!(orders::ANALYSIS.meta.severity, Severity::Warning);
}

#[test]
fn rule_catalog_shows_conditions() {
    let e = ecms::rules::RuleEntry::of(&ecms::rules::improvement::updates::RISK_UPDATE.meta);
    assert!(e.condition.is_some());
    let v = serde_json::to_value(e).unwrap();
    assert_eq!(v["id"], "ecms-9.2.e-risk-update");
    assert!(v["condition"]["zh"].as_str().unwrap().contains("需要"));
    let e = ecms::rules::RuleEntry::of(&orders::ANALYSIS_OVERDUE.meta);
    assert!(e.condition.is_some());
}
