//! 7.7 d) — security incidents.

use super::*;
use crate::common::*;
use ecms::rules::operation::security_incidents;
use serde_json::json;

#[test]
fn incidents() {
    const I: &str = "/operation/security/incidents/1";
    fires(
        |v| drop_key(v, I, "rootCause"),
        &security_incidents::HANDLED,
        "7.7.d",
        I,
    )
    .with_reason("no-actions");
    fires(
        |v| drop_key(v, I, "reportedOn"),
        &security_incidents::HANDLED,
        "7.7.d",
        I,
    )
    .with_reason("not-reported");
    fires(
        |v| v["operation"]["security"]["incidents"][1]["closedOn"] = json!("2026-03-02"),
        &security_incidents::HANDLED,
        "7.7.d",
        I,
    )
    .with_reason("closed-before-reported");
    // Left open: detected 2026-03-03, limit P30D, due 2026-04-02.
    let d = broken(|v| drop_key(v, I, "closedOn"));
    assert_quiet_on(&d, &security_incidents::OPEN_TOO_LONG, date(2026, 4, 2));
    assert_fires_on(
        &d,
        &security_incidents::OPEN_TOO_LONG,
        "7.7.d",
        I,
        date(2026, 4, 3),
    );
}

#[test]
fn every_reason_of_incident_handling() {
    const I0: &str = "/operation/security/incidents/0";
    const I1: &str = "/operation/security/incidents/1";
    gives(
        |v| drop_key(v, I0, "detectedOn"),
        &security_incidents::HANDLED,
        "no-detection-date",
    );
    gives(
        |v| drop_key(v, I0, "reportedOn"),
        &security_incidents::HANDLED,
        "not-reported",
    );
    gives(
        |v| v["operation"]["security"]["incidents"][0]["reportedOn"] = json!("2025-11-04"),
        &security_incidents::HANDLED,
        "reported-before-detected",
    );
    gives(
        |v| {
            obj(v, I1).insert("detectedOn".into(), json!("2026-07-05"));
            obj(v, I1).insert("reportedOn".into(), json!("2026-07-06"));
        },
        &security_incidents::HANDLED,
        "detected-after-as-of",
    );
    gives(
        |v| v["operation"]["security"]["incidents"][0]["closedOn"] = json!("2025-11-04"),
        &security_incidents::HANDLED,
        "closed-before-reported",
    );
    gives(
        |v| v["operation"]["security"]["incidents"][1]["closedOn"] = json!("2026-07-05"),
        &security_incidents::HANDLED,
        "closed-after-as-of",
    );
    gives(
        |v| drop_key(v, I0, "rootCause"),
        &security_incidents::HANDLED,
        "no-actions",
    );
    gives(
        |v| drop_key(v, I0, "handledBy"),
        &security_incidents::HANDLED,
        "no-handler",
    );
}
