//! 8.2 b)–f) — each internal audit.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::audits;
use serde_json::json;

#[test]
fn audit_criteria_and_scope() {
    let d = broken(|v| rm(v, "/performance/audits/0", "criteria"));
    assert_fires(
        &d,
        &audits::CRITERIA_SCOPE,
        "8.2.b",
        "/performance/audits/0",
    );
    let d = broken(|v| rm(v, "/performance/audits/2", "scope"));
    assert_fires(
        &d,
        &audits::CRITERIA_SCOPE,
        "8.2.b",
        "/performance/audits/2",
    );
}

#[test]
fn auditors_and_objectivity() {
    let d = broken(|v| rm(v, "/performance/audits/1", "auditors"));
    assert_fires(&d, &audits::AUDITORS, "8.2.c", "/performance/audits/1");
    // Zhou Jie holds the IT role that owns "Information systems and security", in scope.
    let d = broken(|v| {
        arr(v, "/performance/audits/1/auditors").push(json!("61200000-0000-4000-8000-000000000007"))
    });
    let fs = assert_fires(
        &d,
        &audits::OBJECTIVITY,
        "8.2.c",
        "/performance/audits/1/auditors/2",
    );
    assert!(
        fs[0]
            .message
            .en
            .contains("Information systems and security")
    );
    // In an audit of other processes he is objective.
    let d = broken(|v| {
        arr(v, "/performance/audits/0/auditors").push(json!("61200000-0000-4000-8000-000000000007"))
    });
    assert_quiet(&d, &audits::OBJECTIVITY);
}

#[test]
fn audit_report_distribution() {
    let d = broken(|v| rm(v, "/performance/audits/1", "report"));
    assert_fires(
        &d,
        &audits::REPORT_DISTRIBUTED,
        "8.2.d",
        "/performance/audits/1",
    );
    // Zheng Hao owns the marketing process audited in IA-2026-01.
    let d = broken(|v| {
        arr(v, "/performance/audits/1/report/distributedTo")
            .retain(|p| p != "61200000-0000-4000-8000-000000000009")
    });
    let fs = assert_fires(
        &d,
        &audits::REPORT_DISTRIBUTED,
        "8.2.d",
        "/performance/audits/1/report",
    );
    assert!(fs[0].message.en.contains("Marketing"));
    assert_eq!(fs[0].reason, "owner-not-reached");
}

#[test]
fn audit_findings_acted_upon() {
    let d = broken(|v| {
        let f = obj(v, "/performance/audits/1/findings/0");
        f.remove("nonconformity");
        f.remove("correction");
    });
    assert_fires(
        &d,
        &audits::FINDINGS_ACTED,
        "8.2.e",
        "/performance/audits/1/findings/0",
    );
    // The open campaign finding is due 2026-07-31.
    let d = dataset();
    assert_quiet_on(&d, &audits::FINDINGS_ACTED, date(2026, 7, 31));
    assert_fires_on(
        &d,
        &audits::FINDINGS_ACTED,
        "8.2.e",
        "/performance/audits/1/findings/0",
        date(2026, 8, 1),
    );
}

#[test]
fn audit_records_retained() {
    let d = broken(|v| rm(v, "/performance/audits/0", "records"));
    assert_fires(&d, &audits::RECORDS, "8.2.f", "/performance/audits/0");
    // A planned audit has no records yet.
    assert_quiet(&dataset(), &audits::RECORDS);
}

#[test]
fn each_defect_has_its_reason() {
    assert_reasons_on_removal(
        &audits::CRITERIA_SCOPE,
        &[
            ("/performance/audits/0", "criteria", "no-criteria"),
            ("/performance/audits/2", "scope", "no-scope"),
        ],
    );
    assert_reasons_on_removal(
        &audits::REPORT_DISTRIBUTED,
        &[
            ("/performance/audits/1", "report", "no-report"),
            (
                "/performance/audits/1/report",
                "document",
                "no-document-or-date",
            ),
            (
                "/performance/audits/1/report",
                "distributedTo",
                "not-distributed",
            ),
        ],
    );
    assert_reasons_on_removal(
        &audits::FINDINGS_ACTED,
        &[("/performance/audits/1/findings/0", "due", "no-due-date")],
    );
    assert_reasons_on_removal(
        &audits::RECORDS,
        &[
            ("/performance/audits/0", "date", "no-date"),
            ("/performance/audits/0", "records", "no-records"),
        ],
    );
}

#[test]
fn audit_conclusion() {
    assert_quiet(&dataset(), &audits::CONCLUSION);
    let d = broken(|v| rm(v, "/performance/audits/0", "conclusion"));
    assert_fires(&d, &audits::CONCLUSION, "8.2", "/performance/audits/0");
    assert_eq!(reasons(&d, &audits::CONCLUSION), ["no-conclusion"]);
    let d = broken(|v| rm(v, "/performance/audits/1/conclusion", "conformsToStandard"));
    assert_fires(
        &d,
        &audits::CONCLUSION,
        "8.2",
        "/performance/audits/1/conclusion",
    );
    assert_eq!(reasons(&d, &audits::CONCLUSION), ["conclusion-incomplete"]);
    // A negative conclusion needs a nonconformity among the findings.
    let d = broken(|v| {
        v["performance"]["audits"][1]["conclusion"]["effectivelyImplemented"] = json!(false);
    });
    assert_quiet(&d, &audits::CONCLUSION);
    let d = broken(|v| {
        v["performance"]["audits"][1]["conclusion"]["effectivelyImplemented"] = json!(false);
        for f in arr(v, "/performance/audits/1/findings") {
            f["kind"] = json!("observation");
        }
    });
    assert_eq!(
        reasons(&d, &audits::CONCLUSION),
        ["negative-without-nonconformity"]
    );
    // A planned audit concludes nothing yet.
    let d = broken(|v| rm(v, "/performance/audits/2", "conclusion"));
    assert_quiet(&d, &audits::CONCLUSION);
}
