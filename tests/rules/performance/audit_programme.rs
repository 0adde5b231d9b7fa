//! 8.2 a) — the audit programme and audits held on time.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::audit_programme;
use serde_json::json;

#[test]
fn audit_programme() {
    let d = broken(|v| rm(v, "/performance", "auditProgramme"));
    assert_fires(&d, &audit_programme::PROGRAMME, "8.2.a", "/performance");
    for key in ["methods", "reporting", "planningRequirements", "frequency"] {
        let d = broken(|v| rm(v, "/performance/auditProgramme", key));
        assert_fires(
            &d,
            &audit_programme::CONTENT,
            "8.2.a",
            "/performance/auditProgramme",
        );
    }
    let d = broken(|v| rm(v, "/performance/auditProgramme/basis", "previousResults"));
    assert_fires(
        &d,
        &audit_programme::CONTENT,
        "8.2.a",
        "/performance/auditProgramme",
    );
}

#[test]
fn audit_frequency_policy() {
    // The standard sets no longest interval: by default the rule is quiet.
    let d = broken(|v| v["performance"]["auditProgramme"]["frequency"] = json!("P18M"));
    assert_quiet(&d, &audit_programme::FREQUENCY_YEARLY);
    // An organization that limits itself to a year is held to it.
    let d = broken(|v| {
        v["performance"]["auditProgramme"]["frequency"] = json!("P18M");
        v["policy"]["parameters"] = json!({"auditIntervalLimit": "P1Y"});
    });
    assert_fires(
        &d,
        &audit_programme::FREQUENCY_YEARLY,
        "8.2.a",
        "/performance/auditProgramme/frequency",
    );
    let d = broken(|v| {
        v["performance"]["auditProgramme"]["frequency"] = json!("P12M");
        v["policy"]["parameters"] = json!({"auditIntervalLimit": "P1Y"});
    });
    assert_quiet(&d, &audit_programme::FREQUENCY_YEARLY);
}

#[test]
fn audit_programme_due_boundaries() {
    // Every six months, last audit held 2026-04-16.
    let d = dataset();
    assert_quiet_on(&d, &audit_programme::OVERDUE, date(2026, 10, 16));
    assert_fires_on(
        &d,
        &audit_programme::OVERDUE,
        "8.2",
        "/performance/auditProgramme",
        date(2026, 10, 17),
    );
    // No audit held: counted from the programme's approval (2025-07-08).
    let d = broken(|v| {
        for a in arr(v, "/performance/audits") {
            a["status"] = json!("planned");
        }
    });
    assert_quiet_on(&d, &audit_programme::OVERDUE, date(2026, 1, 8));
    assert_fires_on(
        &d,
        &audit_programme::OVERDUE,
        "8.2",
        "/performance/auditProgramme",
        date(2026, 1, 9),
    );
}

#[test]
fn planned_audit_not_held() {
    let d = dataset();
    assert_quiet_on(&d, &audit_programme::PLANNED_LATE, date(2026, 10, 20));
    assert_fires_on(
        &d,
        &audit_programme::PLANNED_LATE,
        "8.2.a",
        "/performance/audits/2",
        date(2026, 10, 21),
    );
}

#[test]
fn process_not_audited_within_a_year() {
    let d = broken(|v| {
        v["performance"]["audits"][1]["processes"]
            .as_array_mut()
            .unwrap()
            .retain(|p| p != "34000000-0000-4000-8000-000000000008")
    });
    assert_fires(
        &d,
        &audit_programme::PROCESSES_AUDITED,
        "8.2",
        "/context/processes/7",
    );
    // The 2025-10-22 audit covers platform operations for one year.
    let d = dataset();
    let fs = findings(&d, &audit_programme::PROCESSES_AUDITED, date(2026, 10, 22));
    assert!(fs.is_empty(), "{fs:#?}");
    assert_fires_on(
        &d,
        &audit_programme::PROCESSES_AUDITED,
        "8.2",
        "/context/processes/1",
        date(2026, 10, 23),
    );
}

#[test]
fn each_missing_part_has_its_reason() {
    const P: &str = "/performance/auditProgramme";
    const B: &str = "/performance/auditProgramme/basis";
    assert_reasons_on_removal(
        &audit_programme::CONTENT,
        &[
            (P, "frequency", "no-frequency"),
            (P, "methods", "no-methods"),
            (P, "responsibilities", "no-responsibilities"),
            (P, "planningRequirements", "no-planning-requirements"),
            (P, "reporting", "no-reporting"),
            (B, "processImportance", "no-process-importance"),
            (B, "changes", "no-changes"),
            (B, "previousResults", "no-previous-results"),
        ],
    );
}
