//! 8.1.4.4 — analysis and evaluation.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::analysis;

#[test]
fn analysis_without_methods() {
    let d = broken(|v| rm(v, "/performance/analyses/1", "methods"));
    assert_fires(
        &d,
        &analysis::SOURCES_METHODS,
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
        &analysis::EVALUATION_ITEMS,
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
        &analysis::EVALUATION_ITEMS,
        "8.1.4.4.f",
        "/performance/analyses",
    );
    // Without the Q1 analysis, item d) rests on the annual analysis of 2026-01-12: older
    // than the default evidence window of a year, a policy warning at that analysis.
    let d = broken(|v| {
        arr(v, "/performance/analyses").pop();
    });
    assert_quiet_on(&d, &analysis::EVALUATION_ITEMS, date(2027, 1, 12));
    let fs = assert_fires_on(
        &d,
        &analysis::EVALUATION_ITEMS,
        "8.1.4.4.d",
        "/performance/analyses/1",
        date(2027, 1, 13),
    );
    let f = fs.iter().find(|f| f.clause == "8.1.4.4.d").unwrap();
    assert_eq!(f.reason, "item-not-recent-default");
    assert_eq!(f.severity, ecms::rules::Severity::Warning);
    assert!(
        f.message
            .zh
            .contains("“策划实施情况”最近一次于2026年1月12日")
    );
}

#[test]
fn each_missing_part_and_item_has_its_reason() {
    const A: &str = "/performance/analyses/1";
    assert_reasons_on_removal(
        &analysis::SOURCES_METHODS,
        &[
            (A, "dataSources", "no-data-channels"),
            (A, "methods", "no-methods"),
        ],
    );
    for (item, clause, code) in [
        ("productConformity", "8.1.4.4.a", "no-product-conformity"),
        (
            "customerSatisfaction",
            "8.1.4.4.b",
            "no-customer-satisfaction",
        ),
        ("systemPerformance", "8.1.4.4.c", "no-system-performance"),
        (
            "planningImplementation",
            "8.1.4.4.d",
            "no-planning-implementation",
        ),
        ("riskActions", "8.1.4.4.e", "no-risk-actions"),
        (
            "providerPerformance",
            "8.1.4.4.f",
            "no-provider-performance",
        ),
        ("improvementNeeds", "8.1.4.4.g", "no-improvement-needs"),
    ] {
        let d = broken(|v| {
            for a in arr(v, "/performance/analyses") {
                a["evaluations"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|e| e["item"] != item);
            }
        });
        assert_fires(
            &d,
            &analysis::EVALUATION_ITEMS,
            clause,
            "/performance/analyses",
        );
        assert_eq!(reasons(&d, &analysis::EVALUATION_ITEMS), [code]);
    }
}
