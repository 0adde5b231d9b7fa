//! 7.3.3.2 — external providers: procedure, selection, approval, agreement.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::providers;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn no_suppliers() {
    let d = broken(|v| {
        rm(v, SC, "suppliers");
        rm(v, SC, "purchases");
    });
    assert_fires(&d, &providers::RECORDED, "7.3.3.2", SC);
}

#[test]
fn provider_procedure_items() {
    let d = broken(|v| rm(v, SC, "providerProcedure"));
    assert_fires(&d, &providers::PROCEDURE, "7.3.3.2", SC);
    assert_eq!(reasons(&d, &providers::PROCEDURE), ["not-recorded"]);
    let d = broken(|v| {
        rm(v, &at("/providerProcedure"), "changeManagement");
        rm(v, &at("/providerProcedure/riskControls"), "leadTime");
        rm(v, &at("/providerProcedure"), "selectionCriteria");
    });
    let path = at("/providerProcedure");
    assert_fires(&d, &providers::PROCEDURE, "7.3.3.2.c", &path);
    assert_fires(&d, &providers::PROCEDURE, "7.3.3.2.g.3", &path);
    let fs = assert_fires(&d, &providers::PROCEDURE, "7.3.3.2", &path);
    assert_eq!(fs.len(), 3);
}

#[test]
fn provider_not_selected_on_evaluation() {
    // No status recorded.
    let d = broken(|v| rm(v, &at("/suppliers/0"), "status"));
    assert_fires(
        &d,
        &providers::SELECTED_ON_EVALUATION,
        "7.3.3.2",
        &at("/suppliers/0"),
    );
    assert_eq!(
        reasons(&d, &providers::SELECTED_ON_EVALUATION),
        ["no-status"]
    );
    // Approved before any evaluation.
    let d = broken(|v| sc(v)["suppliers"][3]["approvedOn"] = json!("2024-07-01"));
    assert_fires(
        &d,
        &providers::SELECTED_ON_EVALUATION,
        "7.3.3.2",
        &at("/suppliers/3"),
    );
    assert_eq!(
        reasons(&d, &providers::SELECTED_ON_EVALUATION),
        ["not-evaluated-before-approval"]
    );
    // Latest evaluation rejected, still approved.
    let d = broken(|v| sc(v)["suppliers"][1]["evaluations"][1]["result"] = json!("rejected"));
    assert_fires(
        &d,
        &providers::SELECTED_ON_EVALUATION,
        "7.3.3.2",
        &at("/suppliers/1"),
    );
    assert_eq!(
        reasons(&d, &providers::SELECTED_ON_EVALUATION),
        ["rejected-in-use"]
    );
    // Rejected and terminated: fine.
    let d = broken(|v| {
        sc(v)["suppliers"][1]["evaluations"][1]["result"] = json!("rejected");
        sc(v)["suppliers"][1]["status"] = json!("terminated");
    });
    assert_quiet(&d, &providers::SELECTED_ON_EVALUATION);
    // Incomplete evaluation.
    let d = broken(|v| rm(v, &at("/carriers/1/evaluations/1"), "evaluator"));
    assert_fires(
        &d,
        &providers::SELECTED_ON_EVALUATION,
        "7.3.3.2",
        &at("/carriers/1/evaluations/1"),
    );
    assert_eq!(
        reasons(&d, &providers::SELECTED_ON_EVALUATION),
        ["evaluation-incomplete"]
    );
}

#[test]
fn purchase_from_unapproved_supplier() {
    // Ningbo approved only after PO-2025-1015 was sent (2025-10-15).
    let d = broken(|v| sc(v)["suppliers"][2]["approvedOn"] = json!("2025-10-16"));
    assert_fires(
        &d,
        &providers::APPROVED_BEFORE_USE,
        "7.3.3.2",
        &at("/purchases/3"),
    );
    assert_eq!(
        reasons(&d, &providers::APPROVED_BEFORE_USE),
        ["approved-later"]
    );
    let d = broken(|v| sc(v)["suppliers"][2]["approvedOn"] = json!("2025-10-15"));
    assert_quiet(&d, &providers::APPROVED_BEFORE_USE);
    let d = broken(|v| sc(v)["suppliers"][5]["status"] = json!("candidate"));
    assert_fires(
        &d,
        &providers::APPROVED_BEFORE_USE,
        "7.3.3.2",
        &at("/purchases/5"),
    );
    assert_eq!(reasons(&d, &providers::APPROVED_BEFORE_USE), ["candidate"]);
}

#[test]
fn provider_agreement_missing_or_expired() {
    let d = broken(|v| rm(v, &at("/suppliers/2"), "agreement"));
    assert_fires(&d, &providers::AGREEMENT, "7.3.3.2.a", &at("/suppliers/2"));
    assert_eq!(reasons(&d, &providers::AGREEMENT), ["no-agreement"]);
    let d = broken(|v| sc(v)["carriers"][1]["agreement"]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, &providers::AGREEMENT);
    assert_fires_on(
        &d,
        &providers::AGREEMENT,
        "7.3.3.2.a",
        &at("/carriers/1"),
        date(2026, 7, 1),
    );
}

#[test]
fn every_procedure_selection_and_agreement_reason() {
    let d = broken(|v| {
        sc(v)["providerProcedure"] = json!({});
        wants_documents(v, "document");
    });
    assert_eq!(
        reasons(&d, &providers::PROCEDURE),
        [
            "not-documented",
            "no-selection-criteria",
            "no-responsibilities",
            "no-agreed-requirements",
            "no-change-management",
            "no-transaction-records",
            "no-performance-monitoring",
            "no-periodic-review",
            "no-qualification-risk-control",
            "no-quality-risk-control",
            "no-lead-time-risk-control",
            "no-after-sales-risk-control",
        ]
    );
    let d = broken(|v| rm(v, &at("/suppliers/0"), "approvedOn"));
    assert!(
        reasons(&d, &providers::SELECTED_ON_EVALUATION).contains(&"no-approval-date".to_owned())
    );
    let d = broken(|v| rm(v, &at("/suppliers/2"), "approvedOn"));
    assert!(reasons(&d, &providers::APPROVED_BEFORE_USE).contains(&"not-approved".to_owned()));
    let d = broken(|v| rm(v, &at("/suppliers/2/agreement"), "signed"));
    assert_eq!(reasons(&d, &providers::AGREEMENT), ["unsigned"]);
    let d = broken(|v| sc(v)["carriers"][1]["agreement"]["validUntil"] = json!("2026-06-29"));
    assert_eq!(reasons(&d, &providers::AGREEMENT), ["expired"]);
}

#[test]
fn provider_transactions_recorded() {
    assert_quiet(&dataset(), &providers::TRANSACTIONS_RECORDED);
    let d = broken(|v| {
        rm(v, &at("/providerTransactions/3"), "record");
        rm(v, &at("/providerTransactions/2"), "date");
    });
    assert_fires(
        &d,
        &providers::TRANSACTIONS_RECORDED,
        "7.3.3.2.d",
        &at("/providerTransactions/3"),
    );
    assert_fires(
        &d,
        &providers::TRANSACTIONS_RECORDED,
        "7.3.3.2.d",
        &at("/providerTransactions/2"),
    );
    let mut rs = reasons(&d, &providers::TRANSACTIONS_RECORDED);
    rs.sort();
    assert_eq!(rs, ["no-record", "transaction-incomplete"]);
    // PO-2025-1015 was rejected on receipt: a return or claim must follow.
    let d = broken(|v| {
        arr(v, &at("/providerTransactions")).retain(|t| t["kind"] == "settlement");
    });
    let fs = assert_fires(
        &d,
        &providers::TRANSACTIONS_RECORDED,
        "7.3.3.2.d",
        &at("/purchases/3/verification"),
    );
    assert_eq!(fs[0].reason, "rejection-not-recorded");
    assert!(fs[0].message.en.contains("PO-2025-1015"));
}

/// Ningbo (supplier 2) receives PO-2025-1015 (purchase 3) and PO-2026-0612 (purchase 8, sent
/// on 2026-06-12). Its current status becomes that of the latest entry.
fn ningbo_history(h: serde_json::Value) -> ecms::EcmsDocument {
    broken(|v| {
        let s = &mut sc(v)["suppliers"][2];
        s["status"] = h.as_array().unwrap().last().unwrap()["status"].clone();
        s["history"] = h;
    })
}

#[test]
fn purchase_judged_by_the_supplier_status_on_the_day_it_was_sent() {
    let approved = json!({"status": "approved", "from": "2023-06-15"});
    // Suspended two days before the purchase was sent: a finding.
    let d = ningbo_history(json!([
        approved,
        {"status": "suspended", "from": "2026-06-10"}
    ]));
    assert_fires(
        &d,
        &providers::APPROVED_BEFORE_USE,
        "7.3.3.2",
        &at("/purchases/8"),
    );
    assert_eq!(
        reasons(&d, &providers::APPROVED_BEFORE_USE),
        ["suspended-then"]
    );
    // A report as of a day before the purchase was sent has nothing to say about it.
    assert_quiet_on(&d, &providers::APPROVED_BEFORE_USE, date(2026, 6, 11));
    // Suspended the day after: the purchase was in order.
    let d = ningbo_history(json!([
        approved,
        {"status": "suspended", "from": "2026-06-13"}
    ]));
    assert_quiet(&d, &providers::APPROVED_BEFORE_USE);

    let d = ningbo_history(json!([
        approved,
        {"status": "terminated", "from": "2026-06-01"}
    ]));
    assert_eq!(
        reasons(&d, &providers::APPROVED_BEFORE_USE),
        ["terminated-then"]
    );
    // Candidate until after PO-2025-1015 (2025-10-15), or not yet on the register then.
    let d = ningbo_history(json!([
        {"status": "candidate", "from": "2023-05-08"},
        {"status": "approved", "from": "2025-10-16"}
    ]));
    assert_eq!(
        reasons(&d, &providers::APPROVED_BEFORE_USE),
        ["candidate-then"]
    );
    let d = ningbo_history(json!([{"status": "approved", "from": "2025-10-16"}]));
    assert_fires(
        &d,
        &providers::APPROVED_BEFORE_USE,
        "7.3.3.2",
        &at("/purchases/3"),
    );
    assert_eq!(
        reasons(&d, &providers::APPROVED_BEFORE_USE),
        ["unlisted-then"]
    );
}

#[test]
fn provider_controls_apply_while_the_provider_is_in_use() {
    // Ningbo without an agreement, terminated from 2026-06-20: the agreement is required as
    // of 2026-06-15, no longer as of the dataset date.
    let d = broken(|v| {
        let s = &mut sc(v)["suppliers"][2];
        s.as_object_mut().unwrap().remove("agreement");
        s["status"] = json!("terminated");
        s["history"] = json!([
            {"status": "approved", "from": "2023-06-15"},
            {"status": "terminated", "from": "2026-06-20"}
        ]);
    });
    assert_quiet(&d, &providers::AGREEMENT);
    assert_fires_on(
        &d,
        &providers::AGREEMENT,
        "7.3.3.2.a",
        &at("/suppliers/2"),
        date(2026, 6, 15),
    );
}

#[test]
fn call_off_while_supplier_suspended_on_its_date() {
    // A purchase recorded only as a transaction is judged by the supplier's status on the
    // transaction's date, not by its status today.
    let call_off = |date: &str| {
        broken(|v| {
            let s = &mut sc(v)["suppliers"][2];
            s["history"]
                .as_array_mut()
                .unwrap()
                .push(json!({"status": "suspended", "from": "2026-01-10"}));
            s["history"]
                .as_array_mut()
                .unwrap()
                .push(json!({"status": "conditionallyApproved", "from": "2026-03-01"}));
            let id = s["id"].clone();
            sc(v)["providerTransactions"]
                .as_array_mut()
                .unwrap()
                .push(json!({
                    "kind": "purchase", "date": date, "provider": id,
                    "description": "Call-off CO-2026-02"
                }));
        })
    };
    let d = call_off("2026-02-01");
    assert_fires(
        &d,
        &providers::APPROVED_BEFORE_USE,
        "7.3.3.2",
        &at("/providerTransactions/4"),
    );
    assert_eq!(
        reasons(&d, &providers::APPROVED_BEFORE_USE),
        ["suspended-then"]
    );
    // The same supplier, in use again on the day of the call-off: quiet.
    assert_quiet(&call_off("2026-03-05"), &providers::APPROVED_BEFORE_USE);
}
