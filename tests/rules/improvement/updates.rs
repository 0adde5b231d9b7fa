//! 9.2 e)–f) — risks updated and system changed when needed.

use super::{NC, rm};
use crate::common::*;
use ecms::rules::improvement::updates;
use serde_json::json;

#[test]
fn risk_update_decided_and_recorded() {
    // "As needed": a closed nonconformity that does not say whether an update was needed
    // is no nonconformity under 9.2 e), only a warning asking for the decision.
    let d = broken(|v| rm(v, &format!("{NC}/0/riskUpdate"), "needed"));
    assert_quiet(&d, &updates::RISK_UPDATE);
    assert_fires(&d, &updates::NEED_UNDECIDED, "9.2.e", &format!("{NC}/0"));
    assert_eq!(reasons(&d, &updates::NEED_UNDECIDED), ["risk-undecided"]);
    let d =
        broken(|v| v["improvement"]["nonconformities"][1]["riskUpdate"]["needed"] = json!(true));
    assert_fires(
        &d,
        &updates::RISK_UPDATE,
        "9.2.e",
        &format!("{NC}/1/riskUpdate"),
    );
    assert_eq!(reasons(&d, &updates::RISK_UPDATE), ["update-unrecorded"]);
    // An open nonconformity may still be undecided.
    assert!(
        dataset().improvement.nonconformities[4]
            .risk_update
            .needed
            .is_none()
    );
}

#[test]
fn system_change_decided_and_recorded() {
    let d = broken(|v| rm(v, &format!("{NC}/3"), "systemChange"));
    assert_quiet(&d, &updates::SYSTEM_CHANGE);
    assert_fires(&d, &updates::NEED_UNDECIDED, "9.2.f", &format!("{NC}/3"));
    assert_eq!(reasons(&d, &updates::NEED_UNDECIDED), ["change-undecided"]);
    assert_quiet(&dataset(), &updates::NEED_UNDECIDED);
    let d = broken(|v| rm(v, &format!("{NC}/3/systemChange"), "documents"));
    assert_fires(
        &d,
        &updates::SYSTEM_CHANGE,
        "9.2.f",
        &format!("{NC}/3/systemChange"),
    );
    assert_eq!(reasons(&d, &updates::SYSTEM_CHANGE), ["change-unrecorded"]);
}

/// Issue 9 item 5: an update or change dated before the nonconformity was detected cannot
/// be the one it made necessary.
#[test]
fn update_and_change_after_detection() {
    let d = broken(|v| {
        v["improvement"]["nonconformities"][2]["riskUpdate"]["date"] = json!("2025-11-01")
    });
    assert_fires(
        &d,
        &updates::RISK_UPDATE,
        "9.2.e",
        "/improvement/nonconformities/2/riskUpdate",
    );
    assert_eq!(
        reasons(&d, &updates::RISK_UPDATE),
        ["update-before-detected"]
    );
    let d = broken(|v| {
        v["improvement"]["nonconformities"][0]["systemChange"]["date"] = json!("2025-10-01")
    });
    assert_fires(
        &d,
        &updates::SYSTEM_CHANGE,
        "9.2.f",
        "/improvement/nonconformities/0/systemChange",
    );
    assert_eq!(
        reasons(&d, &updates::SYSTEM_CHANGE),
        ["change-before-detected"]
    );
    let d = broken(|v| {
        v["improvement"]["nonconformities"][0]["systemChange"]["date"] = json!("2025-10-22")
    });
    assert_quiet(&d, &updates::SYSTEM_CHANGE);
}
