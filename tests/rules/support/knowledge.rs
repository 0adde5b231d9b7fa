//! 6.1.7 — organizational knowledge.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::support::knowledge;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn knowledge_missing() {
    let d = broken(|v| remove(v, "/support", "knowledge"));
    assert_fires(&d, &knowledge::DETERMINED, "6.1.7", "/support");
}

#[test]
fn knowledge_incomplete() {
    let d = broken(|v| v["support"]["knowledge"][0]["processes"] = json!([]));
    assert_fires(&d, &knowledge::PROCESS, "6.1.7", "/support/knowledge/0");
    let d = broken(|v| {
        v["support"]["knowledge"][1]["documents"] = json!([]);
        wants_documents(v, "documents");
    });
    assert_fires(&d, &knowledge::MAINTAINED, "6.1.7", "/support/knowledge/1");
    assert_reasons(&d, &knowledge::MAINTAINED, &["no-documents"]);
    let d = broken(|v| remove(v, "/support/knowledge/1", "owner"));
    assert_fires(&d, &knowledge::MAINTAINED, "6.1.7", "/support/knowledge/1");
    assert_reasons(&d, &knowledge::MAINTAINED, &["no-owner"]);
    let d = broken(|v| v["support"]["knowledge"][2]["availableTo"] = json!([]));
    assert_fires(&d, &knowledge::AVAILABLE, "6.1.7", "/support/knowledge/2");
    let d = broken(|v| remove(v, "/support/knowledge/3", "updateMethod"));
    assert_fires(&d, &knowledge::UPDATE, "6.1.7", "/support/knowledge/3");
    let d = broken(|v| remove(v, "/support/knowledge/4/review", "interval"));
    assert_fires(
        &d,
        &knowledge::REVIEW_INTERVAL,
        "6.1.7",
        "/support/knowledge/4",
    );
}

#[test]
fn knowledge_review_boundaries() {
    // Peak-event lessons: last 2026-01-08 every P6M, due 2026-07-08.
    let d = dataset();
    assert_quiet_on(&d, &knowledge::REVIEW_OVERDUE, date(2026, 7, 8));
    assert_fires_on(
        &d,
        &knowledge::REVIEW_OVERDUE,
        "6.1.7",
        "/support/knowledge/3",
        date(2026, 7, 9),
    );
}

#[test]
fn knowledge_owner_role_vacant() {
    let d = broken(|v| {
        let role = v["support"]["knowledge"][0]["owner"]
            .as_str()
            .unwrap()
            .to_owned();
        super::vacate(v, &role);
    });
    assert_fires(
        &d,
        &knowledge::MAINTAINED,
        "6.1.7",
        "/support/knowledge/0/owner",
    );
    assert!(reasons(&d, &knowledge::MAINTAINED).contains(&"owner-vacant".to_owned()));
}

/// The role that runs a process the knowledge is needed for must have access to it.
#[test]
fn knowledge_not_available_to_process_owner() {
    let edit = |v: &mut Value| {
        let pid = v["support"]["knowledge"][0]["processes"][0].clone();
        let owner = v["context"]["processes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == pid)
            .unwrap()["owner"]
            .clone();
        arr(v, "/support/knowledge/0/availableTo").retain(|r| *r != owner);
        owner
    };
    let d = broken(|v| {
        edit(v);
    });
    assert_fires(
        &d,
        &knowledge::AVAILABLE,
        "6.1.7",
        "/support/knowledge/0/processes/0",
    );
    assert_reasons(
        &d,
        &knowledge::AVAILABLE,
        &["not-available-to-process-owner"],
    );
    // Given back to that role, it is available where needed again.
    let d = broken(|v| {
        let owner = edit(v);
        arr(v, "/support/knowledge/0/availableTo").push(owner);
    });
    assert_quiet(&d, &knowledge::AVAILABLE);
}
