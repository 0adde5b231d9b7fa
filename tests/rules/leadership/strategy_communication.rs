//! 4.2.2 — strategy documented, communicated, shared.

use crate::common::*;
use ecms::rules::leadership::strategy_communication;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn strategy_documented_in_an_effective_document() {
    let d = broken(|v| {
        obj(v, "/leadership/strategies/0").remove("document");
    });
    assert_fires(
        &d,
        &strategy_communication::DOCUMENTED,
        "4.2.2.a",
        "/leadership/strategies/0",
    );
    assert_eq!(
        reasons(&d, &strategy_communication::DOCUMENTED),
        ["not-documented"]
    );
    let d = broken(|v| {
        for doc in arr(v, "/support/documents") {
            if doc["id"] == "64000000-0000-4000-8000-000000000003" {
                doc["status"] = json!("obsolete");
            }
        }
    });
    let fs = assert_fires(
        &d,
        &strategy_communication::DOCUMENTED,
        "4.2.2.a",
        "/leadership/strategies/0/document",
    );
    assert_eq!(fs.len(), 3);
    assert!(fs.iter().all(|f| f.reason == "document-not-effective"));
}

#[test]
fn strategy_communicated_after_approval() {
    let d = broken(|v| {
        obj(v, "/leadership/strategies/2").remove("communications");
    });
    assert_fires(
        &d,
        &strategy_communication::COMMUNICATED,
        "4.2.2.b",
        "/leadership/strategies/2",
    );
    let d = broken(|v| {
        v["leadership"]["strategies"][2]["communications"][0]["date"] = json!("2025-12-01")
    });
    assert_fires(
        &d,
        &strategy_communication::COMMUNICATED,
        "4.2.2.b",
        "/leadership/strategies/2",
    );
    let d =
        broken(|v| v["leadership"]["strategies"][2]["communications"][0]["audience"] = json!([]));
    assert_fires(
        &d,
        &strategy_communication::COMMUNICATED,
        "4.2.2.b",
        "/leadership/strategies/2",
    );
    // Briefed on the day of approval: quiet.
    let d = broken(|v| {
        v["leadership"]["strategies"][2]["communications"][0]["date"] = json!("2025-12-15")
    });
    assert_quiet(&d, &strategy_communication::COMMUNICATED);
}

#[test]
fn strategy_availability_decision() {
    let d = broken(|v| {
        obj(v, "/leadership/strategies/1").remove("disclosure");
    });
    assert_fires(
        &d,
        &strategy_communication::AVAILABILITY,
        "4.2.2.c",
        "/leadership/strategies/1",
    );
    let d = broken(|v| v["leadership"]["strategies"][2]["disclosure"] = json!({"extract": "x"}));
    assert_fires(
        &d,
        &strategy_communication::AVAILABILITY,
        "4.2.2.c",
        "/leadership/strategies/2",
    );
}
