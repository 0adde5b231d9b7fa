//! 9.2 c)–d) — corrective actions and their effectiveness.

use super::{NC, rm};
use crate::common::*;
use ecms::rules::improvement::{corrective_actions, nonconformities};
use serde_json::json;

#[test]
fn closed_without_implemented_actions() {
    let d = broken(|v| rm(v, &format!("{NC}/0/correctiveActions/1"), "completed"));
    assert_eq!(
        reasons(&d, &corrective_actions::IMPLEMENTED),
        ["action-open"]
    );
    assert_fires(
        &d,
        &corrective_actions::IMPLEMENTED,
        "9.2.c",
        &format!("{NC}/0/correctiveActions/1"),
    );
    // Closed without its actions: 9.2 c) asks for the actions "needed" — the record says
    // action was needed only when the evaluation says so.
    let d = broken(|v| {
        rm(v, &format!("{NC}/1"), "correctiveActions");
        v["improvement"]["nonconformities"][1]["actionNeeded"] = json!({
            "decision": "needed", "reason": "原因可能再次发生",
            "by": v["improvement"]["nonconformities"][6]["actionNeeded"]["by"].clone(),
            "date": "2026-03-01"
        });
    });
    assert_eq!(reasons(&d, &corrective_actions::IMPLEMENTED), ["no-action"]);
    assert_fires(
        &d,
        &corrective_actions::IMPLEMENTED,
        "9.2.c",
        &format!("{NC}/1"),
    );
    // Without any evaluation, it is the evaluation (9.2 b)) that is missing, not the action.
    let d = broken(|v| {
        rm(v, &format!("{NC}/1"), "correctiveActions");
        rm(v, &format!("{NC}/1"), "actionNeeded");
    });
    assert_quiet(&d, &corrective_actions::IMPLEMENTED);
    assert_eq!(
        reasons(&d, &nonconformities::ACTION_DECISION),
        ["closed-unevaluated"]
    );
}

#[test]
fn corrective_action_planning_and_due_dates() {
    let d = broken(|v| rm(v, &format!("{NC}/5/correctiveActions/1"), "owner"));
    assert_eq!(reasons(&d, &corrective_actions::PLANNED), ["no-owner"]);
    assert_fires(
        &d,
        &corrective_actions::PLANNED,
        "9.2.c",
        &format!("{NC}/5/correctiveActions/1"),
    );
    let d = broken(|v| rm(v, &format!("{NC}/5/correctiveActions/1"), "due"));
    assert_eq!(reasons(&d, &corrective_actions::PLANNED), ["no-due-date"]);
    // Signature-on-delivery action due 2026-07-15.
    let d = dataset();
    assert_quiet_on(&d, &corrective_actions::OVERDUE, date(2026, 7, 15));
    assert_fires_on(
        &d,
        &corrective_actions::OVERDUE,
        "9.2.c",
        &format!("{NC}/5/correctiveActions/1"),
        date(2026, 7, 16),
    );
}

#[test]
fn closed_without_effectiveness_review() {
    let d = broken(|v| rm(v, &format!("{NC}/1"), "effectiveness"));
    assert_eq!(
        reasons(&d, &corrective_actions::EFFECTIVENESS),
        ["not-reviewed"]
    );
    assert_fires(
        &d,
        &corrective_actions::EFFECTIVENESS,
        "9.2.d",
        &format!("{NC}/1"),
    );
    let d = broken(|v| {
        v["improvement"]["nonconformities"][1]["effectiveness"]["effective"] = json!(false)
    });
    assert_eq!(
        reasons(&d, &corrective_actions::EFFECTIVENESS),
        ["not-effective"]
    );
    assert_fires(
        &d,
        &corrective_actions::EFFECTIVENESS,
        "9.2.d",
        &format!("{NC}/1/effectiveness"),
    );
    // Reviewed before the last action (2026-04-22) was done.
    let d = broken(|v| {
        v["improvement"]["nonconformities"][2]["effectiveness"]["date"] = json!("2026-03-05")
    });
    let fs = assert_fires(
        &d,
        &corrective_actions::EFFECTIVENESS,
        "9.2.d",
        &format!("{NC}/2/effectiveness"),
    );
    assert!(fs[0].message.en.contains("2026-04-22"));
    assert_eq!(fs[0].reason, "reviewed-too-early");
    let d = broken(|v| rm(v, &format!("{NC}/1/effectiveness"), "evidence"));
    assert_eq!(
        reasons(&d, &corrective_actions::EFFECTIVENESS),
        ["no-date-or-evidence"]
    );
    // On the day of the last action: fine.
    let d = broken(|v| {
        v["improvement"]["nonconformities"][2]["effectiveness"]["date"] = json!("2026-04-22")
    });
    assert_quiet(&d, &corrective_actions::EFFECTIVENESS);
}

#[test]
fn closed_without_action_on_a_decision_that_none_was_needed() {
    // The snowstorm delay (index 6) was closed without corrective action on a reasoned,
    // dated decision that none was needed: neither 9.2 c) nor d) applies.
    let d = dataset();
    assert_quiet(&d, &corrective_actions::IMPLEMENTED);
    assert_quiet(&d, &corrective_actions::EFFECTIVENESS);
    // Without the decision's reason, the decision is incomplete (9.2 b)); with nothing
    // taken there is still no action to review under 9.2 d), and 9.2 c) asks for none.
    let d = broken(|v| rm(v, &format!("{NC}/6/actionNeeded"), "reason"));
    assert_quiet(&d, &corrective_actions::IMPLEMENTED);
    assert_quiet(&d, &corrective_actions::EFFECTIVENESS);
    assert_eq!(
        reasons(&d, &nonconformities::ACTION_DECISION),
        ["decision-incomplete"]
    );
    // A decision that action is needed does not excuse the missing action.
    let d = broken(|v| {
        v["improvement"]["nonconformities"][6]["actionNeeded"]["decision"] = json!("needed");
    });
    assert_eq!(reasons(&d, &corrective_actions::IMPLEMENTED), ["no-action"]);
}

/// Issue 9 item 5: an open corrective action whose owner has left has no owner in fact; an
/// owner who leaves after completing it does not matter.
#[test]
fn open_action_owner_employed() {
    let d = broken(|v| v["support"]["people"][3]["leftOn"] = json!("2026-05-31"));
    assert_fires(
        &d,
        &corrective_actions::PLANNED,
        "9.2.c",
        "/improvement/nonconformities/5/correctiveActions/1",
    );
    assert_eq!(
        reasons(&d, &corrective_actions::PLANNED),
        ["owner-not-employed"]
    );
    let d = broken(|v| {
        v["support"]["people"][3]["leftOn"] = json!("2026-05-31");
        v["improvement"]["nonconformities"][5]["correctiveActions"][1]["owner"] =
            json!("61200000-0000-4000-8000-000000000005");
    });
    assert_quiet(&d, &corrective_actions::PLANNED);
}
