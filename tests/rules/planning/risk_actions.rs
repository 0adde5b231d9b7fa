//! 5.1.2 — planning the actions on risks and opportunities.

use crate::common::*;
use ecms::Severity;
use ecms::rules::planning::risk_actions;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn every_entry_needs_a_response() {
    let d = broken(|v| {
        obj(v, "/planning/risks/9").remove("acceptance");
    });
    assert_fires(
        &d,
        &risk_actions::RISK_RESPONSE,
        "5.1.2.a",
        "/planning/risks/9",
    );
    // A reasoned acceptance is a response; the standard asks for no approval of it.
    let d = broken(|v| {
        obj(v, "/planning/risks/9/acceptance").remove("approval");
    });
    assert_quiet(&d, &risk_actions::RISK_RESPONSE);
    // Without its reason it is none.
    let d = broken(|v| {
        obj(v, "/planning/risks/9/acceptance").remove("rationale");
    });
    assert_fires(
        &d,
        &risk_actions::RISK_RESPONSE,
        "5.1.2.a",
        "/planning/risks/9",
    );
    let d = broken(|v| {
        obj(v, "/planning/risks/0").remove("actions");
    });
    assert_fires(
        &d,
        &risk_actions::RISK_RESPONSE,
        "5.1.2.a",
        "/planning/risks/0",
    );
}

#[test]
fn response_proportionate_to_rating() {
    // Labelling risk: L1 × I4 = 4 (low), customer impact: acceptance is enough.
    assert_quiet(&dataset(), &risk_actions::RESPONSE_PROPORTIONATE);
    // Raised to L3 × I4 = 12 (high): acceptance alone is not proportionate.
    let d = broken(|v| v["planning"]["risks"][9]["likelihood"] = json!(3));
    let fs = assert_fires(
        &d,
        &risk_actions::RESPONSE_PROPORTIONATE,
        "5.1.2",
        "/planning/risks/9",
    );
    assert_eq!(fs[0].reason, "high-customer-impact-accepted-default");
    assert_eq!(fs[0].params["score"], "12");
    // L2 × I4 = 8 (medium) with customer impact: still needs an action.
    let d = broken(|v| v["planning"]["risks"][9]["likelihood"] = json!(2));
    assert_fires(
        &d,
        &risk_actions::RESPONSE_PROPORTIONATE,
        "5.1.2",
        "/planning/risks/9",
    );
    assert_eq!(
        reasons(&d, &risk_actions::RESPONSE_PROPORTIONATE),
        ["medium-customer-impact-accepted-default"]
    );
    // Showroom opportunity L4 × I2 = 8 (medium), no customer impact: acceptance is enough.
    let d = broken(|v| v["planning"]["risks"][10]["likelihood"] = json!(4));
    assert_quiet(&d, &risk_actions::RESPONSE_PROPORTIONATE);
    let d = broken(|v| v["planning"]["risks"][10]["likelihood"] = json!(5));
    assert_quiet(&d, &risk_actions::RESPONSE_PROPORTIONATE);
    let d = broken(|v| v["planning"]["risks"][10]["impact"] = json!(3));
    let d2 = broken(|v| {
        v["planning"]["risks"][10]["impact"] = json!(3);
        v["planning"]["risks"][10]["likelihood"] = json!(4);
    });
    assert_quiet(&d, &risk_actions::RESPONSE_PROPORTIONATE);
    assert_fires(
        &d2,
        &risk_actions::RESPONSE_PROPORTIONATE,
        "5.1.2",
        "/planning/risks/10",
    );
    // High without customer impact.
    assert_eq!(
        reasons(&d2, &risk_actions::RESPONSE_PROPORTIONATE),
        ["high-accepted-default"]
    );
}

#[test]
fn risk_action_planned() {
    let p = "/planning/risks/0/actions/0";
    let d = broken(|v| {
        obj(v, p).remove("responsible");
    });
    assert_fires(&d, &risk_actions::ACTION_PLANNED, "5.1.2.a", p);
    assert_eq!(
        reasons(&d, &risk_actions::ACTION_PLANNED),
        ["no-responsible"]
    );
    let d = broken(|v| {
        obj(v, p).remove("due");
    });
    assert_fires(&d, &risk_actions::ACTION_PLANNED, "5.1.2.a", p);
    assert_eq!(reasons(&d, &risk_actions::ACTION_PLANNED), ["no-due"]);
}

#[test]
fn risk_action_integrated_into_a_process() {
    let p = "/planning/risks/5/actions/0";
    let d = broken(|v| {
        obj(v, p).remove("process");
    });
    assert_fires(&d, &risk_actions::ACTION_INTEGRATED, "5.1.2.b", p);
}

#[test]
fn risk_action_overdue_boundary() {
    // Second knitwear supplier: due 2026-08-31, not completed.
    let d = dataset();
    assert_quiet_on(&d, &risk_actions::ACTION_OVERDUE, date(2026, 8, 31));
    assert_fires_on(
        &d,
        &risk_actions::ACTION_OVERDUE,
        "5.1.2.b",
        "/planning/risks/4/actions/0",
        date(2026, 9, 1),
    );
    // A completion dated after the evaluation date has not happened yet.
    let d =
        broken(|v| v["planning"]["risks"][0]["actions"][1]["completedOn"] = json!("2026-07-02"));
    assert_fires(
        &d,
        &risk_actions::ACTION_OVERDUE,
        "5.1.2.b",
        "/planning/risks/0/actions/1",
    );
}

#[test]
fn effectiveness_evaluation_planned() {
    let p = "/planning/risks/2/actions/0";
    let d = broken(|v| {
        obj(v, &format!("{p}/effectiveness")).remove("method");
    });
    assert_fires(&d, &risk_actions::EVALUATION_PLANNED, "5.1.2.c", p);
    let d = broken(|v| {
        obj(v, p).remove("effectiveness");
    });
    assert_fires(&d, &risk_actions::EVALUATION_PLANNED, "5.1.2.c", p);
}

#[test]
fn effectiveness_evaluation_due_boundary() {
    // Price floor completed 2026-02-20, evaluation planned for 2026-07-15; pre-packing
    // before 618 completed 2026-05-22, evaluation planned for 2026-07-31.
    let d = dataset();
    assert_quiet_on(&d, &risk_actions::EVALUATION_DONE, date(2026, 7, 15));
    let fs = assert_fires_on(
        &d,
        &risk_actions::EVALUATION_DONE,
        "5.1.2.c",
        "/planning/risks/2/actions/0",
        date(2026, 7, 16),
    );
    assert_eq!(fs.len(), 1);
    assert_fires_on(
        &d,
        &risk_actions::EVALUATION_DONE,
        "5.1.2.c",
        "/planning/risks/0/actions/1",
        date(2026, 8, 1),
    );
    // Without a planned date the shall rule has no date to hold the action to; the
    // organization's parameter `effectivenessEvaluationWithin` (default 3 months) does:
    // price floor completed 2026-02-20, so due 2026-05-20.
    let d = broken(|v| {
        obj(v, "/planning/risks/2/actions/0/effectiveness").remove("due");
    });
    assert_quiet(&d, &risk_actions::EVALUATION_DONE);
    let fs = assert_fires(
        &d,
        &risk_actions::EVALUATION_DEFAULT_WINDOW,
        "5.1.2.c",
        "/planning/risks/2/actions/0",
    );
    assert_eq!(fs[0].params["due"], "2026-05-20");
    assert_eq!(fs[0].reason, "not-evaluated-default");
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    // An evaluation without a verdict is not an evaluation.
    let d = broken(|v| {
        obj(v, "/planning/risks/1/actions/0/effectiveness").remove("effective");
    });
    assert_quiet_on(&d, &risk_actions::EVALUATION_DONE, date(2026, 6, 30));
    assert_fires_on(
        &d,
        &risk_actions::EVALUATION_DONE,
        "5.1.2.c",
        "/planning/risks/1/actions/0",
        date(2026, 7, 1),
    );
}

#[test]
fn ineffective_action_needs_a_follow_up() {
    // Size charts were found ineffective; the size tool is the follow-up.
    let d = broken(|v| arr(v, "/planning/risks/3/actions").truncate(1));
    let fs = assert_fires(
        &d,
        &risk_actions::INEFFECTIVE_FOLLOWED_UP,
        "5.1.2.c",
        "/planning/risks/3/actions/0",
    );
    assert_eq!(fs[0].severity, Severity::Warning);
}

/// Issue 8 history: a risk is judged by its status on the as-of date — no response is needed
/// once it is closed, nor before it was on the register; a report for a day when it was open
/// still asks for one.
#[test]
fn a_risks_response_is_judged_by_its_status_on_the_day() {
    let d = broken(|v| {
        let r = obj(v, "/planning/risks/9");
        r.remove("acceptance");
        r.insert(
            "history".into(),
            json!([
                {"status": "open", "from": "2026-03-25"},
                {"status": "closed", "from": "2026-05-01", "note": "供应商已更换，原因消除"}
            ]),
        );
    });
    // Closed on 2026-06-30: nothing to respond to.
    assert_quiet(&d, &risk_actions::RISK_RESPONSE);
    // Open on 2026-04-15: the missing response is a finding.
    assert_fires_on(
        &d,
        &risk_actions::RISK_RESPONSE,
        "5.1.2.a",
        "/planning/risks/9",
        date(2026, 4, 15),
    );
    // Before its first history entry it was not on the register.
    assert_quiet_on(&d, &risk_actions::RISK_RESPONSE, date(2026, 3, 1));
    assert_eq!(
        d.planning.risks[9].status_on(ecms::common::Date(date(2026, 4, 15))),
        Some(ecms::model::planning::RiskStatus::Open)
    );
}

/// Issue 9 item 5: an action not yet completed whose responsible role nobody holds on the
/// as-of date has nobody planned to carry it out.
#[test]
fn open_action_responsible_role_held() {
    let d = broken(|v| {
        obj(v, "/planning/risks/0/actions/0").remove("completedOn");
        v["support"]["people"][3]["leftOn"] = json!("2026-01-31");
    });
    assert_fires(
        &d,
        &risk_actions::ACTION_PLANNED,
        "5.1.2.a",
        "/planning/risks/0/actions/0",
    );
    assert!(
        reasons(&d, &risk_actions::ACTION_PLANNED).contains(&"responsible-unstaffed".to_owned())
    );
    // A completed action keeps its responsible role after its holder leaves.
    let d = broken(|v| v["support"]["people"][3]["leftOn"] = json!("2026-01-31"));
    assert!(
        !findings(&d, &risk_actions::ACTION_PLANNED, as_of())
            .iter()
            .any(|f| f.path == "/planning/risks/0/actions/0")
    );
}
