//! 6.4.1–6.4.2 — documented information.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::integrity::assessments;
use ecms::rules::support::documents;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn required_documented_information_missing() {
    let d = broken(|v| remove(v, "/support/documents/2", "requiredBy"));
    let fs = assert_fires(
        &d,
        &documents::REQUIRED_INFORMATION,
        "6.4.1.a",
        "/support/documents",
    );
    assert_reasons(&d, &documents::REQUIRED_INFORMATION, &["no-strategy"]);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["clause"], "4.2.2.a");
    // An obsolete document does not satisfy the requirement.
    let d = broken(|v| {
        v["support"]["documents"][2]["status"] = json!("obsolete");
        v["support"]["documents"][2]["withdrawnOn"] = json!("2026-06-01");
    });
    assert_fires(
        &d,
        &documents::REQUIRED_INFORMATION,
        "6.4.1.a",
        "/support/documents",
    );
    assert_reasons(&d, &documents::REQUIRED_INFORMATION, &["no-strategy"]);
}

#[test]
fn unknown_required_by_clause() {
    let d = broken(|v| v["support"]["documents"][0]["requiredBy"] = json!(["3.3", "3.9"]));
    assert_fires(
        &d,
        &documents::REQUIRED_BY_KNOWN,
        "6.4.1.a",
        "/support/documents/0/requiredBy/1",
    );
}

#[test]
fn assessment_of_6_4_1_b_is_required() {
    // Re-point the dataset's assessment of 6.4.1.b elsewhere.
    let d = broken(|v| {
        for a in arr(v, "/assessments") {
            if a["requirement"] == "6.4.1.b" {
                a["requirement"] = json!("6.4.1");
            }
        }
    });
    assert_fires(&d, &assessments::MISSING, "6.4.1.b", "/assessments");
}

#[test]
fn document_not_identified() {
    let d = broken(|v| remove(v, "/support/documents/5", "code"));
    assert_fires(
        &d,
        &documents::IDENTIFICATION,
        "6.4.2.a",
        "/support/documents/5",
    );
    assert_reasons(&d, &documents::IDENTIFICATION, &["no-code"]);
    let d = broken(|v| remove(v, "/support/documents/5", "version"));
    assert_fires(
        &d,
        &documents::IDENTIFICATION,
        "6.4.2.a",
        "/support/documents/5",
    );
    assert_reasons(&d, &documents::IDENTIFICATION, &["no-version"]);
}

#[test]
fn medium_from_defaults() {
    let d = broken(|v| remove(v, "/support/documentControl", "medium"));
    let fs = assert_fires(
        &d,
        &documents::FORMAT_MEDIUM,
        "6.4.2.b",
        "/support/documents/0",
    );
    // The personnel files set their own medium.
    assert!(fs.iter().all(|f| f.path != "/support/documents/32"));
}

#[test]
fn effective_without_approval() {
    let d = broken(|v| remove(v, "/support/documents/10", "approval"));
    assert_fires(
        &d,
        &documents::EFFECTIVE_APPROVED,
        "6.4.2.c",
        "/support/documents/10",
    );
    let d = broken(|v| remove(v, "/support/documents/10/approval", "by"));
    assert_fires(
        &d,
        &documents::EFFECTIVE_APPROVED,
        "6.4.2.c",
        "/support/documents/10",
    );
}

#[test]
fn approved_after_taking_effect() {
    let d = broken(|v| v["support"]["documents"][3]["approval"]["date"] = json!("2026-01-02"));
    assert_fires(
        &d,
        &documents::APPROVED_BEFORE_EFFECTIVE,
        "6.4.2.c",
        "/support/documents/3/approval/date",
    );
    let d = broken(|v| v["support"]["documents"][3]["approval"]["date"] = json!("2026-01-01"));
    assert_quiet(&d, &documents::APPROVED_BEFORE_EFFECTIVE);
}

#[test]
fn review_interval_from_defaults() {
    let d = broken(|v| remove(v, "/support/documentControl", "reviewInterval"));
    let fs = assert_fires(
        &d,
        &documents::REVIEW_INTERVAL,
        "6.4.2.c",
        "/support/documents/0",
    );
    // The risk register reviews every six months itself; records are not reviewed.
    assert!(fs.iter().all(|f| f.path != "/support/documents/5"));
    assert!(fs.iter().all(|f| f.path != "/support/documents/29"));
}

#[test]
fn document_review_boundaries() {
    // Manual: reviewed 2025-12-15, yearly by default: due 2026-12-15.
    let d = dataset();
    let on_due: Vec<_> = findings(&d, &documents::REVIEW_OVERDUE, date(2026, 12, 15))
        .into_iter()
        .filter(|f| f.path == "/support/documents/0")
        .collect();
    assert!(on_due.is_empty());
    assert_fires_on(
        &d,
        &documents::REVIEW_OVERDUE,
        "6.4.2.c",
        "/support/documents/0",
        date(2026, 12, 16),
    );
    // Never reviewed: counted from approval (2025-12-15).
    let d = broken(|v| remove(v, "/support/documents/0", "review"));
    assert_fires_on(
        &d,
        &documents::REVIEW_OVERDUE,
        "6.4.2.c",
        "/support/documents/0",
        date(2026, 12, 16),
    );
    // Tmall rules (external): checked 2026-06-05 every P3M.
    let d = dataset();
    assert_fires_on(
        &d,
        &documents::REVIEW_OVERDUE,
        "6.4.2.c",
        "/support/documents/35",
        date(2026, 9, 6),
    );
}

#[test]
fn dates_in_the_future() {
    // Without calibration records, the schedule's declared date counts.
    let d = broken(|v| {
        obj(v, "/support/instruments/0").remove("records");
        v["support"]["instruments"][0]["calibration"]["lastDone"] = json!("2026-07-01");
    });
    assert_fires(
        &d,
        &documents::DATE_IN_FUTURE,
        "6.1.6.b",
        "/support/instruments/0",
    );
    assert_reasons(
        &d,
        &documents::DATE_IN_FUTURE,
        &["calibration-or-verification"],
    );
    let d = broken(|v| v["support"]["documents"][1]["approval"]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &documents::DATE_IN_FUTURE,
        "6.4.2.c",
        "/support/documents/1/approval/date",
    );
    assert_reasons(&d, &documents::DATE_IN_FUTURE, &["approval"]);
    let d = broken(|v| v["support"]["trainings"][3]["effectiveness"]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &documents::DATE_IN_FUTURE,
        "6.2.c",
        "/support/trainings/3/effectiveness/date",
    );
    assert_reasons(
        &d,
        &documents::DATE_IN_FUTURE,
        &["effectiveness-evaluation"],
    );
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][0]["actions"][0]["decidedOn"] = json!("2026-07-01")
    });
    assert_fires(
        &d,
        &documents::DATE_IN_FUTURE,
        "6.1.3",
        "/support/finance/budgetLines/0/actions/0/decidedOn",
    );
    assert_reasons(&d, &documents::DATE_IN_FUTURE, &["variance-action"]);
    let d = broken(|v| {
        arr(v, "/support/instruments/1/records")
            .push(json!({"date": "2026-07-02", "result": "pass",
            "certificate": "6c000000-0000-4000-8000-000000000002"}))
    });
    assert_fires(
        &d,
        &documents::DATE_IN_FUTURE,
        "6.1.6.b",
        "/support/instruments/1/records/1/date",
    );
    assert_reasons(&d, &documents::DATE_IN_FUTURE, &["calibration"]);
    let d = broken(|v| v["support"]["documents"][43]["disposedOn"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &documents::DATE_IN_FUTURE,
        "6.4.3.d",
        "/support/documents/43/disposedOn",
    );
    assert_reasons(&d, &documents::DATE_IN_FUTURE, &["disposal"]);
}

#[test]
fn rejected_approval_does_not_approve() {
    let d = broken(|v| {
        v["support"]["documents"][9]["approval"]["outcome"] = json!("rejected");
    });
    assert_fires(
        &d,
        &documents::EFFECTIVE_APPROVED,
        "6.4.2.c",
        "/support/documents/9/approval",
    );
    assert_reasons(&d, &documents::EFFECTIVE_APPROVED, &["approval-rejected"]);
    let d = broken(|v| {
        v["support"]["documents"][9]["approval"]["outcome"] = json!("approvedWithChanges");
    });
    assert_quiet(&d, &documents::EFFECTIVE_APPROVED);
}

#[test]
fn approver_held_the_authorized_role() {
    assert_quiet(&dataset(), &documents::APPROVER_AUTHORIZED);
    // Li Na approved the document control procedure as management representative; she
    // never was general manager.
    let d = broken(|v| {
        v["support"]["documents"][9]["approval"]["role"] =
            json!("43000000-0000-4000-8000-000000000001");
    });
    let fs = assert_fires(
        &d,
        &documents::APPROVER_AUTHORIZED,
        "6.4.2.c",
        "/support/documents/9/approval",
    );
    assert_eq!(fs[0].reason, "role-not-held");
    // The procedure lets only the general manager approve the manual.
    let d = broken(|v| {
        let a = &mut v["support"]["documents"][0]["approval"];
        a["by"] = json!("61200000-0000-4000-8000-000000000002");
        a["role"] = json!("43000000-0000-4000-8000-000000000002");
    });
    let fs = assert_fires(
        &d,
        &documents::APPROVER_AUTHORIZED,
        "6.4.2.c",
        "/support/documents/0/approval",
    );
    assert_eq!(fs[0].reason, "not-authorized");
    assert!(fs[0].message.zh.contains("总经理"));
    // Kinds the procedure is silent on may be approved by anyone who holds a role.
    let d = broken(|v| {
        obj(v, "/support/documentControl").remove("approvers");
        let a = &mut v["support"]["documents"][0]["approval"];
        a["by"] = json!("61200000-0000-4000-8000-000000000002");
        a["role"] = json!("43000000-0000-4000-8000-000000000002");
    });
    assert_quiet(&d, &documents::APPROVER_AUTHORIZED);
}

#[test]
fn review_before_approval() {
    assert_quiet(&dataset(), &documents::REVIEWED_BEFORE_APPROVAL);
    let d = broken(|v| {
        v["support"]["documents"][12]["preApprovalReview"]["date"] = json!("2025-12-16");
    });
    assert_fires(
        &d,
        &documents::REVIEWED_BEFORE_APPROVAL,
        "6.4.2.c",
        "/support/documents/12/preApprovalReview",
    );
    assert_reasons(
        &d,
        &documents::REVIEWED_BEFORE_APPROVAL,
        &["review-after-approval"],
    );
    let d = broken(|v| remove(v, "/support/documents/12/preApprovalReview", "by"));
    assert_reasons(
        &d,
        &documents::REVIEWED_BEFORE_APPROVAL,
        &["review-incomplete"],
    );
    let d = broken(|v| {
        v["support"]["documents"][15]["preApprovalReview"]["outcome"] = json!("notSuitable");
    });
    assert_reasons(
        &d,
        &documents::REVIEWED_BEFORE_APPROVAL,
        &["approved-despite-review"],
    );
}
