//! 8.3.2 — management review inputs.

use crate::common::*;
use ecms::rules::performance::review_inputs;
use serde_json::json;

#[test]
fn review_inputs_per_item() {
    let d = broken(|v| {
        arr(v, "/performance/managementReviews/0/inputs")
            .retain(|i| i["item"] != "providerPerformance");
        v["performance"]["managementReviews"][0]["inputs"][0]["summary"] = json!(" ");
    });
    let fs = assert_fires(
        &d,
        &review_inputs::INPUTS,
        "8.3.2.c.7",
        "/performance/managementReviews/0",
    );
    assert_eq!(fs.len(), 2);
    assert_fires(
        &d,
        &review_inputs::INPUTS,
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
        &review_inputs::TRENDS,
        "8.3.2.c",
        "/performance/managementReviews/0",
    );
}

#[test]
fn each_missing_input_has_its_reason() {
    for (item, clause, code) in [
        ("priorActions", "8.3.2.a", "no-prior-actions"),
        ("contextChanges", "8.3.2.b", "no-context-changes"),
        ("customerFeedback", "8.3.2.c.1", "no-customer-feedback"),
        (
            "objectiveAttainment",
            "8.3.2.c.2",
            "no-objective-attainment",
        ),
        ("processPerformance", "8.3.2.c.3", "no-process-performance"),
        ("nonconformities", "8.3.2.c.4", "no-nonconformities"),
        ("monitoringResults", "8.3.2.c.5", "no-monitoring-results"),
        ("auditResults", "8.3.2.c.6", "no-audit-results"),
        (
            "providerPerformance",
            "8.3.2.c.7",
            "no-provider-performance",
        ),
        ("resourceAdequacy", "8.3.2.d", "no-resource-adequacy"),
        ("riskActions", "8.3.2.e", "no-risk-actions"),
        (
            "improvementOpportunities",
            "8.3.2.f",
            "no-improvement-opportunities",
        ),
    ] {
        let d = broken(|v| {
            arr(v, "/performance/managementReviews/0/inputs").retain(|i| i["item"] != item)
        });
        assert_fires(
            &d,
            &review_inputs::INPUTS,
            clause,
            "/performance/managementReviews/0",
        );
        assert_eq!(reasons(&d, &review_inputs::INPUTS), [code]);
    }
}

/// The 2026 review's input on earlier actions.
const PRIOR: &str = "/performance/managementReviews/0/inputs/0";

#[test]
fn prior_review_actions_each_have_a_status() {
    assert_quiet(&dataset(), &review_inputs::PRIOR_ACTIONS_STATUS);
    // The 2025 review's action "Recruit a JD store operator" is not reported on.
    let d = broken(|v| {
        arr(v, &format!("{PRIOR}/actionStatuses"))
            .retain(|s| s["action"] != "83000000-0000-4000-8000-000000000205");
    });
    let fs = assert_fires(&d, &review_inputs::PRIOR_ACTIONS_STATUS, "8.3.2.a", PRIOR);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "action-not-reported");
    assert!(fs[0].message.en.contains("Recruit a JD store operator"));
    let d = broken(|v| {
        obj(v, &format!("{PRIOR}/actionStatuses/2")).remove("status");
    });
    assert_fires(
        &d,
        &review_inputs::PRIOR_ACTIONS_STATUS,
        "8.3.2.a",
        &format!("{PRIOR}/actionStatuses/2"),
    );
    assert_eq!(
        reasons(&d, &review_inputs::PRIOR_ACTIONS_STATUS),
        ["status-missing"]
    );
    // A corrective action is not an action of a management review.
    let d = broken(|v| {
        arr(v, &format!("{PRIOR}/actionStatuses")).push(json!({
            "action": "92000000-0000-4000-8000-000000000101",
            "status": "completed"
        }));
    });
    assert_eq!(
        reasons(&d, &review_inputs::PRIOR_ACTIONS_STATUS),
        ["not-a-review-action"]
    );
    // The first review on record has no previous one to report on.
    let d = broken(|v| {
        arr(v, "/performance/managementReviews").truncate(2);
        obj(v, PRIOR).remove("actionStatuses");
    });
    assert_quiet(&d, &review_inputs::PRIOR_ACTIONS_STATUS);
}
