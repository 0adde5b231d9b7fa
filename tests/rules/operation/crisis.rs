//! 7.2.5 — crisis management.

use super::*;
use crate::common::*;
use ecms::rules::operation::crisis;
use serde_json::json;

#[test]
fn crisis_plan() {
    fires(|v| drop_key(v, CR, "plan"), &crisis::PLAN, "7.2.5", CR).with_reason("no-plan");
    fires(
        |v| drop_key(v, CR, "scenarios"),
        &crisis::PLAN,
        "7.2.5.a",
        CR,
    )
    .with_reason("no-scenarios");
    for (key, item) in [
        ("analysis", "7.2.5.a"),
        ("measures", "7.2.5.b"),
        ("owner", "7.2.5.b"),
        ("monitoring", "7.2.5.c"),
        ("warningTriggers", "7.2.5.d"),
    ] {
        fires(
            |v| drop_key(v, "/operation/crisis/scenarios/2", key),
            &crisis::SCENARIO_COMPLETE,
            item,
            "/operation/crisis/scenarios/2",
        );
    }
}

#[test]
fn crisis_exercises_and_evaluation() {
    // Last exercise 2026-04-22, every P6M: due 2026-10-22.
    let d = dataset();
    assert_quiet_on(&d, &crisis::EXERCISE_OVERDUE, date(2026, 10, 22));
    assert_fires_on(
        &d,
        &crisis::EXERCISE_OVERDUE,
        "7.2.5",
        CR,
        date(2026, 10, 23),
    );
    // Process evaluated 2026-05-15 yearly: due 2027-05-15.
    assert_quiet_on(&d, &crisis::EVALUATION_OVERDUE, date(2027, 5, 15));
    assert_fires_on(
        &d,
        &crisis::EVALUATION_OVERDUE,
        "7.2.5.e",
        CR,
        date(2027, 5, 16),
    );
    fires(
        |v| drop_key(v, "/operation/crisis/exercises/1", "evaluation"),
        &crisis::EXERCISE_EVALUATED,
        "7.2.5.e",
        "/operation/crisis/exercises/1",
    )
    .with_reason("not-evaluated");
    fires(
        |v| v["operation"]["crisis"]["exercises"][1]["date"] = json!("2026-07-01"),
        &crisis::EXERCISE_EVALUATED,
        "7.2.5.e",
        "/operation/crisis/exercises/1",
    )
    .with_reason("dated-after-as-of");
    fires(
        |v| drop_key(v, CR, "exerciseInterval"),
        &crisis::REVIEW_INTERVALS,
        "7.2.5",
        CR,
    )
    .with_reason("no-exercise-interval");
    fires(
        |v| drop_key(v, "/operation/crisis/evaluation", "interval"),
        &crisis::REVIEW_INTERVALS,
        "7.2.5.e",
        CR,
    )
    .with_reason("no-evaluation-interval");
}
