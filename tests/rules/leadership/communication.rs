//! 4.4 — internal and external communication.

use crate::common::*;
use ecms::Severity;
use ecms::rules::leadership::communication;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn internal_and_external_communication_both_planned() {
    let d = broken(|v| {
        arr(v, "/leadership/communicationPlan").retain(|c| c["direction"] != "external")
    });
    let fs = assert_fires(
        &d,
        &communication::PLANNED,
        "4.4",
        "/leadership/communicationPlan",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-external");
    let d = broken(|v| {
        obj(v, "/leadership").remove("communicationPlan");
    });
    assert_eq!(
        assert_fires(&d, &communication::PLANNED, "4.4", "/leadership").len(),
        2
    );
    assert_eq!(
        reasons(&d, &communication::PLANNED),
        ["no-internal", "no-external"]
    );
}

#[test]
fn communication_entries_complete() {
    let path = "/leadership/communicationPlan/0";
    let gives = |edit: &dyn Fn(&mut serde_json::Value), code: &str| {
        let d = broken(edit);
        assert_fires(&d, &communication::COMPLETE, "4.4", path);
        assert_eq!(reasons(&d, &communication::COMPLETE), [code]);
    };
    gives(
        &|v| {
            obj(v, path).remove("method");
        },
        "no-method",
    );
    gives(
        &|v| {
            obj(v, path).remove("responsible");
        },
        "no-responsible",
    );
    gives(
        &|v| {
            obj(v, path).remove("schedule");
        },
        "no-timing",
    );
    gives(
        &|v| {
            obj(v, path).remove("audienceRoles");
        },
        "no-audience",
    );
    gives(
        &|v| {
            obj(v, path).remove("direction");
        },
        "no-direction",
    );
    gives(
        &|v| v["leadership"]["communicationPlan"][0]["topic"] = json!(" "),
        "no-topic",
    );
    // An external communication must name the outside parties it reaches.
    let ext = "/leadership/communicationPlan/4";
    let d = broken(|v| {
        let e = obj(v, ext);
        e.remove("audienceParties");
        e.insert(
            "audienceRoles".into(),
            json!(["43000000-0000-4000-8000-000000000006"]),
        );
    });
    assert_fires(&d, &communication::COMPLETE, "4.4", ext);
    assert_eq!(
        reasons(&d, &communication::COMPLETE),
        ["no-external-parties"]
    );
    // An event-driven entry without its trigger says nothing about when.
    let d = broken(|v| {
        obj(v, ext).remove("trigger");
    });
    assert_fires(&d, &communication::COMPLETE, "4.4", ext);
}

#[test]
fn communication_overdue_boundary() {
    // Monthly meeting last held 2026-06-05: due 2026-07-05. Weekly stand-up last held
    // 2026-06-29: due 2026-07-06.
    let d = dataset();
    assert_quiet_on(&d, &communication::OVERDUE, date(2026, 7, 5));
    let fs = assert_fires_on(
        &d,
        &communication::OVERDUE,
        "4.4",
        "/leadership/communicationPlan/0",
        date(2026, 7, 6),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].severity, Severity::Warning);
    assert_fires_on(
        &d,
        &communication::OVERDUE,
        "4.4",
        "/leadership/communicationPlan/1",
        date(2026, 7, 7),
    );
    let d = broken(|v| {
        obj(v, "/leadership/communicationPlan/1/schedule").remove("lastDone");
        obj(v, "/leadership/communicationPlan/1/schedule").remove("record");
    });
    assert_fires(
        &d,
        &communication::OVERDUE,
        "4.4",
        "/leadership/communicationPlan/1",
    );
}

/// Issue 9 item 5: who communicates (沟通职责) must be someone: a responsible role nobody
/// holds on the as-of date is reported.
#[test]
fn communication_responsible_role_held() {
    let d = broken(|v| v["support"]["people"][1]["leftOn"] = json!("2026-01-31"));
    assert_fires(
        &d,
        &communication::COMPLETE,
        "4.4",
        "/leadership/communicationPlan/0",
    );
    assert!(reasons(&d, &communication::COMPLETE).contains(&"responsible-unstaffed".to_owned()));
    assert_quiet(&dataset(), &communication::COMPLETE);
}
