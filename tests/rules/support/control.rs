//! 6.4.3 — control of documented information.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::support::control;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn access_not_defined() {
    let d = broken(|v| remove(v, "/support/documentControl", "accessLevel"));
    assert_fires(&d, &control::ACCESS, "6.4.3.a", "/support/documents/0");
    assert_reasons(&d, &control::ACCESS, &["no-access-level"]);
    let d = broken(|v| remove(v, "/support/documents/7", "distribution"));
    assert_fires(&d, &control::ACCESS, "6.4.3.a", "/support/documents/7");
    assert_reasons(&d, &control::ACCESS, &["no-distribution"]);
}

#[test]
fn process_uses_an_obsolete_procedure() {
    // Process 9 (information systems and security) uses ECMS-P-770.
    let d = broken(|v| {
        v["support"]["documents"][23]["status"] = json!("obsolete");
        v["support"]["documents"][23]["withdrawnOn"] = json!("2026-06-01");
    });
    let fs = assert_fires(
        &d,
        &control::CURRENT_VERSION_IN_USE,
        "6.4.3.a",
        "/context/processes/8/documents/1",
    );
    assert_reasons(
        &d,
        &control::CURRENT_VERSION_IN_USE,
        &["used-by-process", "used-by-knowledge"],
    );
    assert_eq!(fs[0].params["status"], "obsolete");
    let d = broken(|v| v["support"]["documents"][9]["status"] = json!("draft"));
    assert_fires(
        &d,
        &control::CURRENT_VERSION_IN_USE,
        "6.4.3.a",
        "/support/documentControl/procedure",
    );
    assert_reasons(
        &d,
        &control::CURRENT_VERSION_IN_USE,
        &["used-by-document-control"],
    );
    let d = broken(|v| v["support"]["documents"][44]["effectiveFrom"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &control::CURRENT_VERSION_IN_USE,
        "6.4.3.a",
        "/support/technology/developmentPlan",
    );
    assert_reasons(
        &d,
        &control::CURRENT_VERSION_IN_USE,
        &["used-by-development-plan"],
    );
}

#[test]
fn storage_from_defaults() {
    let d = broken(|v| {
        let c = obj(v, "/support/documentControl");
        c.remove("storage");
        c.remove("protection");
    });
    let fs = assert_fires(&d, &control::STORAGE, "6.4.3.b", "/support/documents/0");
    assert_reasons(&d, &control::STORAGE, &["no-storage", "no-protection"]);
    // The personnel files name their own storage but no protection.
    let on_32: Vec<_> = fs
        .iter()
        .filter(|f| f.path == "/support/documents/32")
        .collect();
    assert_eq!(on_32.len(), 1);
    // Disposed documents are no longer stored.
    assert!(fs.iter().all(|f| f.path != "/support/documents/43"));
}

#[test]
fn two_current_versions_of_one_code() {
    // The superseded ECMS-P-603 1.0 brought back into force.
    let d = broken(|v| {
        v["support"]["documents"][40]["status"] = json!("effective");
        v["support"]["documents"][40]["effectiveFrom"] = json!("2026-07-01");
    });
    assert_quiet_on(&d, &control::ONE_CURRENT_VERSION, date(2026, 6, 30));
    let fs = assert_fires_on(
        &d,
        &control::ONE_CURRENT_VERSION,
        "6.4.3.c",
        "/support/documents/40",
        date(2026, 7, 1),
    );
    assert_eq!(fs[0].params["first"], "/support/documents/9");
}

#[test]
fn change_history_incomplete() {
    let d = broken(|v| {
        arr(v, "/support/documents/2/history").pop();
    });
    assert_fires(
        &d,
        &control::CHANGE_HISTORY,
        "6.4.3.c",
        "/support/documents/2",
    );
    assert_reasons(&d, &control::CHANGE_HISTORY, &["version-not-in-history"]);
    let d = broken(|v| remove(v, "/support/documents/2/history/0", "change"));
    assert_fires(
        &d,
        &control::CHANGE_HISTORY,
        "6.4.3.c",
        "/support/documents/2/history/0",
    );
    assert_reasons(&d, &control::CHANGE_HISTORY, &["no-change"]);
    let d = broken(|v| remove(v, "/support/documents/2/history/1", "approval"));
    assert_fires(
        &d,
        &control::CHANGE_HISTORY,
        "6.4.3.c",
        "/support/documents/2/history/1",
    );
    assert_reasons(&d, &control::CHANGE_HISTORY, &["no-change-approval"]);
}

#[test]
fn retention_not_defined() {
    let d = broken(|v| remove(v, "/support/documentControl", "retention"));
    let fs = assert_fires(
        &d,
        &control::RETENTION_DEFINED,
        "6.4.3.d",
        "/support/documents/0",
    );
    assert_reasons(&d, &control::RETENTION_DEFINED, &["no-retention"]);
    // Records with their own retention are fine.
    assert!(fs.iter().all(|f| f.path != "/support/documents/29"));
    let d = broken(|v| remove(v, "/support/documents/40", "withdrawnOn"));
    assert_fires(
        &d,
        &control::RETENTION_DEFINED,
        "6.4.3.d",
        "/support/documents/40",
    );
    assert_reasons(&d, &control::RETENTION_DEFINED, &["no-withdrawal-date"]);
}

#[test]
fn disposed_before_retention_ends() {
    // 2022 weighing logs: approved 2022-12-31, kept three years: until 2025-12-31.
    let d = broken(|v| v["support"]["documents"][43]["disposedOn"] = json!("2025-12-30"));
    assert_fires(
        &d,
        &control::DISPOSED_EARLY,
        "6.4.3.d",
        "/support/documents/43/disposedOn",
    );
    let d = broken(|v| v["support"]["documents"][43]["disposedOn"] = json!("2025-12-31"));
    assert_quiet(&d, &control::DISPOSED_EARLY);
}

#[test]
fn kept_past_retention() {
    let d = broken(|v| {
        let x = obj(v, "/support/documents/43");
        x.remove("disposedOn");
        x.remove("disposalMethod");
    });
    assert_fires(
        &d,
        &control::KEPT_PAST_RETENTION,
        "6.4.3.d",
        "/support/documents/43",
    );
    let d = broken(|v| {
        let x = obj(v, "/support/documents/43");
        x.remove("disposedOn");
        x.remove("disposalMethod");
        x.insert(
            "retentionHold".into(),
            json!("Carrier damage claim pending at the arbitration commission"),
        );
    });
    assert_quiet(&d, &control::KEPT_PAST_RETENTION);
    // 2024 scale certificate: approved 2024-09-11, kept three years.
    let d = dataset();
    assert_quiet_on(&d, &control::KEPT_PAST_RETENTION, date(2027, 9, 11));
    assert_fires_on(
        &d,
        &control::KEPT_PAST_RETENTION,
        "6.4.3.d",
        "/support/documents/45",
        date(2027, 9, 12),
    );
}

#[test]
fn disposal_not_recorded() {
    let d = broken(|v| remove(v, "/support/documents/43", "disposalMethod"));
    assert_fires(
        &d,
        &control::DISPOSAL_RECORDED,
        "6.4.3.d",
        "/support/documents/43",
    );
    assert_reasons(&d, &control::DISPOSAL_RECORDED, &["no-method"]);
    let d = broken(|v| v["support"]["documents"][43]["status"] = json!("effective"));
    assert_fires(
        &d,
        &control::DISPOSAL_RECORDED,
        "6.4.3.d",
        "/support/documents/43",
    );
    assert_reasons(&d, &control::DISPOSAL_RECORDED, &["still-effective"]);
}

#[test]
fn external_document_not_controlled() {
    let d = broken(|v| remove(v, "/support/documents/35", "issuer"));
    assert_fires(
        &d,
        &control::EXTERNAL_CONTROLLED,
        "6.4.3",
        "/support/documents/35",
    );
    assert_reasons(&d, &control::EXTERNAL_CONTROLLED, &["no-issuer"]);
    let d = broken(|v| remove(v, "/support/documents/36", "owner"));
    assert_fires(
        &d,
        &control::EXTERNAL_CONTROLLED,
        "6.4.3",
        "/support/documents/36",
    );
    assert_reasons(&d, &control::EXTERNAL_CONTROLLED, &["no-owner"]);
}

#[test]
fn record_changed_after_approval() {
    let d = broken(|v| v["support"]["documents"][29]["locked"] = json!(false));
    assert_fires(
        &d,
        &control::RECORD_PROTECTED,
        "6.4.3",
        "/support/documents/29",
    );
    assert_reasons(&d, &control::RECORD_PROTECTED, &["not-locked"]);
    let d = broken(|v| v["support"]["documents"][29]["lastModified"] = json!("2025-10-01"));
    assert_fires(
        &d,
        &control::RECORD_PROTECTED,
        "6.4.3",
        "/support/documents/29",
    );
    assert_reasons(&d, &control::RECORD_PROTECTED, &["modified-after-approval"]);
    let d = broken(|v| {
        v["support"]["documents"][29]["currentDigest"] =
            json!("sha256:0000000000000000000000000000000000000000000000000000000000000000")
    });
    assert_fires(
        &d,
        &control::RECORD_PROTECTED,
        "6.4.3",
        "/support/documents/29",
    );
    assert_reasons(&d, &control::RECORD_PROTECTED, &["digest-mismatch"]);
}

#[test]
fn external_document_owner_role_vacant() {
    let d = broken(|v| {
        let role = v["support"]["documents"][35]["owner"]
            .as_str()
            .unwrap()
            .to_owned();
        super::vacate(v, &role);
    });
    assert_fires(
        &d,
        &control::EXTERNAL_CONTROLLED,
        "6.4.3",
        "/support/documents/35/owner",
    );
    assert!(reasons(&d, &control::EXTERNAL_CONTROLLED).contains(&"owner-vacant".to_owned()));
}

#[test]
fn withdrawal_date_outside_the_documents_life() {
    // Withdrawn after the evaluation date.
    let d = broken(|v| v["support"]["documents"][40]["withdrawnOn"] = json!("2026-07-15"));
    assert_fires(
        &d,
        &control::RETENTION_DEFINED,
        "6.4.3.d",
        "/support/documents/40/withdrawnOn",
    );
    assert_reasons(
        &d,
        &control::RETENTION_DEFINED,
        &["withdrawal-date-invalid"],
    );
    assert_quiet_on(&d, &control::RETENTION_DEFINED, date(2026, 7, 15));
    // Withdrawn before it came into force.
    let d = broken(|v| v["support"]["documents"][40]["withdrawnOn"] = json!("2025-06-30"));
    assert_reasons(
        &d,
        &control::RETENTION_DEFINED,
        &["withdrawal-date-invalid"],
    );
}
