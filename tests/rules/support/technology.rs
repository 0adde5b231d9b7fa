//! 6.1.5 b)–e) — information and technology.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::support::technology;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn information_not_used_for_decisions() {
    let d = broken(|v| v["support"]["technology"]["decisionUses"] = json!([]));
    assert_fires(
        &d,
        &technology::INFORMATION_FOR_DECISIONS,
        "6.1.5.b",
        "/support/technology",
    );
    let d = broken(|v| remove(v, "/support/technology/decisionUses/0", "decision"));
    assert_fires(
        &d,
        &technology::DECISION_RECORDED,
        "6.1.5.b",
        "/support/technology/decisionUses/0",
    );
    assert_reasons(&d, &technology::DECISION_RECORDED, &["no-decision"]);
}

#[test]
fn technology_plan_goals() {
    let d = broken(|v| v["support"]["technology"]["goals"] = json!([]));
    assert_fires(&d, &technology::PLAN, "6.1.5.c", "/support/technology");
    let d = broken(|v| remove(v, "/support/technology/goals/0", "owner"));
    assert_fires(
        &d,
        &technology::GOAL_COMPLETE,
        "6.1.5.c",
        "/support/technology/goals/0",
    );
    assert_reasons(&d, &technology::GOAL_COMPLETE, &["no-owner"]);
    // API migration due 2026-09-30, in progress.
    let d = dataset();
    assert_quiet_on(&d, &technology::GOAL_OVERDUE, date(2026, 8, 31));
    assert_fires_on(
        &d,
        &technology::GOAL_OVERDUE,
        "6.1.5.c",
        "/support/technology/goals/0",
        date(2026, 10, 1),
    );
}

#[test]
fn nothing_shared_with_parties() {
    let d = broken(|v| v["support"]["technology"]["sharing"] = json!([]));
    assert_fires(&d, &technology::SHARING, "6.1.5.d", "/support/technology");
}

#[test]
fn technology_review_procedure_and_schedule() {
    let d = broken(|v| remove(v, "/support/technology", "reviewProcedure"));
    assert_fires(
        &d,
        &technology::REVIEW_PROCEDURE,
        "6.1.5.e",
        "/support/technology",
    );
    let d = broken(|v| remove(v, "/support/technology/review", "interval"));
    assert_fires(
        &d,
        &technology::REVIEW_INTERVAL,
        "6.1.5.e",
        "/support/technology",
    );
    // Last 2026-03-27 every P6M: due 2026-09-27.
    let d = dataset();
    assert_quiet_on(&d, &technology::REVIEW_OVERDUE, date(2026, 9, 27));
    assert_fires_on(
        &d,
        &technology::REVIEW_OVERDUE,
        "6.1.5.e",
        "/support/technology",
        date(2026, 9, 28),
    );
}

#[test]
fn open_technology_goal_owner_vacant() {
    let vacate_goal_owner = |v: &mut Value| {
        let role = v["support"]["technology"]["goals"][0]["owner"]
            .as_str()
            .unwrap()
            .to_owned();
        super::vacate(v, &role);
    };
    let d = broken(vacate_goal_owner);
    assert_fires(
        &d,
        &technology::GOAL_COMPLETE,
        "6.1.5.c",
        "/support/technology/goals/0/owner",
    );
    assert!(reasons(&d, &technology::GOAL_COMPLETE).contains(&"owner-vacant".to_owned()));
    // A completed goal needs no one to carry it on.
    let d = broken(|v| {
        vacate_goal_owner(v);
        let role = v["support"]["technology"]["goals"][0]["owner"].clone();
        for g in arr(v, "/support/technology/goals") {
            if g["owner"] == role {
                g["status"] = json!("completed");
            }
        }
    });
    assert_quiet(&d, &technology::GOAL_COMPLETE);
}

#[test]
fn decision_dated_after_the_evaluation_date() {
    let d = broken(|v| v["support"]["technology"]["decisionUses"][0]["date"] = json!("2026-07-10"));
    assert_fires(
        &d,
        &technology::DECISION_RECORDED,
        "6.1.5.b",
        "/support/technology/decisionUses/0/date",
    );
    assert_reasons(
        &d,
        &technology::DECISION_RECORDED,
        &["date-after-evaluation"],
    );
    // On the day of the decision it is in order.
    assert_quiet_on(&d, &technology::DECISION_RECORDED, date(2026, 7, 10));
}

#[test]
fn sharing_planned_but_not_yet_done() {
    let d = broken(|v| {
        for s in arr(v, "/support/technology/sharing") {
            s["lastShared"] = json!("2026-07-15");
        }
    });
    assert_fires(
        &d,
        &technology::SHARING,
        "6.1.5.d",
        "/support/technology/sharing",
    );
    assert_reasons(&d, &technology::SHARING, &["not-yet-shared"]);
    assert_quiet_on(&d, &technology::SHARING, date(2026, 7, 15));
}

#[test]
fn analyses_without_a_decision_taken_yet() {
    let d = broken(|v| {
        for u in arr(v, "/support/technology/decisionUses") {
            u["date"] = json!("2026-07-20");
        }
    });
    assert_fires(
        &d,
        &technology::INFORMATION_FOR_DECISIONS,
        "6.1.5.b",
        "/support/technology/decisionUses",
    );
    assert_reasons(&d, &technology::INFORMATION_FOR_DECISIONS, &["none-used"]);
    assert_quiet_on(
        &d,
        &technology::INFORMATION_FOR_DECISIONS,
        date(2026, 7, 20),
    );
}
