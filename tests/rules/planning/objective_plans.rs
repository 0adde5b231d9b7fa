//! 5.2.2 — planning to achieve the objectives.

use crate::common::*;
use ecms::rules::planning::objective_plans;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn objective_without_actions() {
    let d = broken(|v| {
        obj(v, "/planning/objectives/1").remove("plan");
    });
    assert_fires(
        &d,
        &objective_plans::OBJECTIVE_ACTIONS,
        "5.2.2.a",
        "/planning/objectives/1",
    );
}

#[test]
fn objective_action_items_b_to_d() {
    let p = "/planning/objectives/0/plan/1";
    // Resources listed, budget removed: still resourced.
    let d = broken(|v| {
        obj(v, p).remove("budget");
    });
    assert_quiet(&d, &objective_plans::ACTION_PLANNED);
    let d = broken(|v| {
        let a = obj(v, p);
        a.remove("budget");
        a.remove("resources");
    });
    assert_fires(&d, &objective_plans::ACTION_PLANNED, "5.2.2.b", p);
    assert_eq!(
        reasons(&d, &objective_plans::ACTION_PLANNED),
        ["no-resources"]
    );
    let d = broken(|v| {
        let a = obj(v, p);
        a.remove("responsible");
        a.remove("responsiblePerson");
    });
    assert_fires(&d, &objective_plans::ACTION_PLANNED, "5.2.2.c", p);
    assert_eq!(
        reasons(&d, &objective_plans::ACTION_PLANNED),
        ["no-responsible"]
    );
    let d = broken(|v| {
        obj(v, p).remove("due");
    });
    assert_fires(&d, &objective_plans::ACTION_PLANNED, "5.2.2.d", p);
    assert_eq!(reasons(&d, &objective_plans::ACTION_PLANNED), ["no-due"]);
}

#[test]
fn objective_action_overdue_boundary() {
    // Second customer-service shift: due 2026-07-31.
    let d = dataset();
    assert_quiet_on(&d, &objective_plans::ACTION_OVERDUE, date(2026, 7, 31));
    assert_fires_on(
        &d,
        &objective_plans::ACTION_OVERDUE,
        "5.2.2.d",
        "/planning/objectives/1/plan/1",
        date(2026, 8, 1),
    );
    // Actions of a closed objective are not chased.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6/plan/0").remove("completedOn");
    });
    assert_quiet(&d, &objective_plans::ACTION_OVERDUE);
}

#[test]
fn result_evaluation() {
    let d = broken(|v| {
        obj(v, "/planning/objectives/2").remove("evaluationMethod");
    });
    assert_fires(
        &d,
        &objective_plans::RESULT_EVALUATION,
        "5.2.2.e",
        "/planning/objectives/2",
    );
    assert_eq!(
        reasons(&d, &objective_plans::RESULT_EVALUATION),
        ["no-method"]
    );
    let p = "/planning/objectives/6";
    let d = broken(|v| {
        obj(v, p).remove("result");
    });
    assert_fires(&d, &objective_plans::RESULT_EVALUATION, "5.2.2.e", p);
    assert_eq!(
        reasons(&d, &objective_plans::RESULT_EVALUATION),
        ["closed-without-result"]
    );
    // Marked achieved, but 35 s misses "at most 30 s".
    let d = broken(|v| v["planning"]["objectives"][6]["result"]["value"] = json!("35"));
    let fs = assert_fires(&d, &objective_plans::RESULT_EVALUATION, "5.2.2.e", p);
    assert!(fs[0].message.en.contains("misses"), "{}", fs[0].message.en);
    assert_eq!(fs[0].reason, "achieved-but-missed-maximum");
    // Marked not achieved, but 24 s meets it.
    let d = broken(|v| v["planning"]["objectives"][6]["status"] = json!("notAchieved"));
    assert_fires(&d, &objective_plans::RESULT_EVALUATION, "5.2.2.e", p);
    assert_eq!(
        reasons(&d, &objective_plans::RESULT_EVALUATION),
        ["not-achieved-but-met-maximum"]
    );
    // Exactly on target is achieved.
    let d = broken(|v| v["planning"]["objectives"][6]["result"]["value"] = json!("30.0"));
    assert_quiet(&d, &objective_plans::RESULT_EVALUATION);
}

#[test]
fn result_contradicting_an_at_least_target() {
    // Turned into "at least 30 s": 24 s misses it, so "achieved" is contradicted…
    let d = broken(|v| v["planning"]["objectives"][6]["target"]["direction"] = json!("atLeast"));
    let fs = assert_fires(
        &d,
        &objective_plans::RESULT_EVALUATION,
        "5.2.2.e",
        "/planning/objectives/6",
    );
    assert_eq!(fs[0].reason, "achieved-but-missed-minimum");
    assert!(
        fs[0].message.en.contains("misses the target ≥"),
        "{}",
        fs[0].message.en
    );
    // …and 35 s meets it, so "not achieved" is.
    let d = broken(|v| {
        let o = &mut v["planning"]["objectives"][6];
        o["target"]["direction"] = json!("atLeast");
        o["result"]["value"] = json!("35");
        o["status"] = json!("notAchieved");
    });
    assert_eq!(
        reasons(&d, &objective_plans::RESULT_EVALUATION),
        ["not-achieved-but-met-minimum"]
    );
}

#[test]
fn objective_status_read_on_the_as_of_date() {
    // An objective without actions, withdrawn from 2026-06-01: a finding while it was active.
    let d = broken(|v| {
        let o = obj(v, "/planning/objectives/1");
        o.remove("plan");
        o.insert("status".into(), json!("withdrawn"));
        o.insert(
            "history".into(),
            json!([
                {"status": "active", "from": "2025-12-15"},
                {"status": "withdrawn", "from": "2026-06-01"}
            ]),
        );
    });
    assert_quiet(&d, &objective_plans::OBJECTIVE_ACTIONS);
    assert_fires_on(
        &d,
        &objective_plans::OBJECTIVE_ACTIONS,
        "5.2.2.a",
        "/planning/objectives/1",
        date(2026, 5, 31),
    );
    // The dataset's achieved objective: its result is required once it is closed, not while
    // it was active.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6").remove("result");
    });
    assert_fires(
        &d,
        &objective_plans::RESULT_EVALUATION,
        "5.2.2.e",
        "/planning/objectives/6",
    );
    assert_quiet_on(&d, &objective_plans::RESULT_EVALUATION, date(2025, 12, 31));
}

/// Issue 9 item 5: an open action whose responsible person has left is not planned in fact.
#[test]
fn open_action_responsible_in_post() {
    let d = broken(|v| {
        obj(v, "/planning/objectives/0/plan/0").remove("completedOn");
        v["support"]["people"][4]["leftOn"] = json!("2026-01-31");
    });
    assert_fires(
        &d,
        &objective_plans::ACTION_PLANNED,
        "5.2.2.c",
        "/planning/objectives/0/plan/0",
    );
    assert_eq!(
        reasons(&d, &objective_plans::ACTION_PLANNED),
        ["responsible-absent"]
    );
    let d = broken(|v| v["support"]["people"][4]["leftOn"] = json!("2026-01-31"));
    assert_quiet(&d, &objective_plans::ACTION_PLANNED);
}
