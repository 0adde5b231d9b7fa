//! 6.1.2 — people.

use super::remove;
use crate::common::*;
use ecms::rules::support::staffing;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn staffing_not_determined() {
    let d = broken(|v| remove(v, "/support", "staffing"));
    assert_fires(&d, &staffing::DETERMINED, "6.1.2", "/support");
    // Reported once, not per role.
    assert_quiet(&d, &staffing::ROLE_HEADCOUNT);
}

#[test]
fn role_without_headcount() {
    let d = broken(|v| {
        arr(v, "/support/staffing").remove(3);
    });
    assert_fires(
        &d,
        &staffing::ROLE_HEADCOUNT,
        "6.1.2",
        "/leadership/roles/3",
    );
}

#[test]
fn staffing_shortfall() {
    let d = broken(|v| v["support"]["staffing"][10]["headcount"] = json!(3));
    let fs = assert_fires(&d, &staffing::SHORTFALL, "6.1.2", "/support/staffing/10");
    assert_eq!(fs[0].params["actual"], "2");
    assert_eq!(fs[0].params["required"], "3");
}

#[test]
fn person_leaving_creates_shortfall_from_the_next_day() {
    // Ma Tao, one of the two internal auditors, leaves on 2026-06-30.
    let d = broken(|v| v["support"]["people"][11]["leftOn"] = json!("2026-06-30"));
    assert_quiet_on(&d, &staffing::SHORTFALL, date(2026, 6, 30));
    assert_fires_on(
        &d,
        &staffing::SHORTFALL,
        "6.1.2",
        "/support/staffing/10",
        date(2026, 7, 1),
    );
}

#[test]
fn person_without_role() {
    // Holding no role of one's own and named as no role's holder (4.3).
    let d = broken(|v| {
        let id = v["support"]["people"][11]["id"].clone();
        v["support"]["people"][11]["roles"] = json!([]);
        for r in arr(v, "/leadership/roles") {
            if let Some(h) = r["holders"].as_array_mut() {
                h.retain(|x| *x != id);
            }
        }
    });
    assert_fires(
        &d,
        &staffing::PERSON_WITHOUT_ROLE,
        "6.1.2",
        "/support/people/11",
    );
}

#[test]
fn staffing_counts_the_roles_held_on_the_as_of_date() {
    // Zheng Hao became marketing manager on 2024-11-18: before that nobody held the role.
    let d = dataset();
    assert_quiet(&d, &staffing::SHORTFALL);
    let fs = assert_fires_on(
        &d,
        &staffing::SHORTFALL,
        "6.1.2",
        "/support/staffing/9",
        date(2024, 11, 17),
    );
    assert!(fs.iter().any(|f| f.params["actual"] == "0"));
    // A person whose only role ended holds none.
    let d = broken(|v| {
        v["support"]["people"][8]["roleHistory"][1]["until"] = json!("2026-06-29");
    });
    assert_fires(
        &d,
        &staffing::PERSON_WITHOUT_ROLE,
        "6.1.2",
        "/support/people/8",
    );
}
