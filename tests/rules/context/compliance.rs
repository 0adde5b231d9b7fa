//! 3.1 d) — the register of compliance obligations and its evaluations.

use crate::common::*;
use ecms::rules::context::compliance;
use serde_json::json;

const OB: &str = "/context/complianceObligations";

#[test]
fn register_kept_with_owner_and_applicability() {
    assert_quiet(&dataset(), &compliance::REGISTER);
    let d = broken(|v| {
        obj(v, "/context").remove("complianceObligations");
    });
    assert_fires(&d, &compliance::REGISTER, "3.1.d", "/context");
    assert_eq!(reasons(&d, &compliance::REGISTER), ["none"]);
    let d = broken(|v| {
        obj(v, &format!("{OB}/1")).remove("owner");
        v["context"]["complianceObligations"][4]["applicability"] = json!(" ");
    });
    assert_fires(&d, &compliance::REGISTER, "3.1.d", &format!("{OB}/1"));
    assert_fires(&d, &compliance::REGISTER, "3.1.d", &format!("{OB}/4"));
    let mut rs = reasons(&d, &compliance::REGISTER);
    rs.sort();
    assert_eq!(rs, ["no-applicability", "no-owner"]);
}

#[test]
fn compliance_evaluated_in_dated_records() {
    assert_quiet(&dataset(), &compliance::EVALUATED);
    let d = broken(|v| {
        obj(v, &format!("{OB}/6")).remove("evaluations");
    });
    assert_fires(&d, &compliance::EVALUATED, "3.1.d", &format!("{OB}/6"));
    assert_eq!(reasons(&d, &compliance::EVALUATED), ["never-evaluated"]);
    let d = broken(|v| {
        obj(v, &format!("{OB}/0/evaluations/1")).remove("by");
    });
    assert_fires(
        &d,
        &compliance::EVALUATED,
        "3.1.d",
        &format!("{OB}/0/evaluations/1"),
    );
    assert_eq!(
        reasons(&d, &compliance::EVALUATED),
        ["evaluation-incomplete"]
    );
}

#[test]
fn compliance_evaluation_overdue() {
    // The JD rules are evaluated every 6 months, last on 2026-03-05.
    let d = dataset();
    assert_quiet_on(&d, &compliance::EVALUATION_OVERDUE, date(2026, 9, 5));
    assert_fires_on(
        &d,
        &compliance::EVALUATION_OVERDUE,
        "3.1.d",
        &format!("{OB}/8"),
        date(2026, 9, 6),
    );
    // The latest evaluation counts even when the schedule's last date is older.
    let d = broken(|v| {
        v["context"]["complianceObligations"][7]["review"]["lastDone"] = json!("2025-01-01");
        obj(v, "/context/complianceObligations/7/review").remove("record");
    });
    assert_quiet(&d, &compliance::EVALUATION_OVERDUE);
    let d = broken(|v| {
        v["context"]["complianceObligations"][7]["evaluations"] = json!([]);
        v["context"]["complianceObligations"][7]["review"]["lastDone"] = json!("2025-10-01");
        obj(v, "/context/complianceObligations/7/review").remove("record");
    });
    let fs = assert_fires(
        &d,
        &compliance::EVALUATION_OVERDUE,
        "3.1.d",
        &format!("{OB}/7"),
    );
    assert!(
        fs[0].message.en.contains("2026-04-01"),
        "{}",
        fs[0].message.en
    );
}

/// Issue 9 item 5: an obligation whose responsible role nobody holds is not owned.
#[test]
fn obligation_owner_role_must_be_held() {
    let d = broken(|v| v["support"]["people"][2]["leftOn"] = json!("2026-01-31"));
    assert_fires(
        &d,
        &compliance::REGISTER,
        "3.1.d",
        "/context/complianceObligations/0",
    );
    assert!(reasons(&d, &compliance::REGISTER).contains(&"owner-unstaffed".to_owned()));
    // Leaving after the as-of date changes nothing.
    let d = broken(|v| v["support"]["people"][2]["leftOn"] = json!("2026-07-31"));
    assert_quiet(&d, &compliance::REGISTER);
}

/// Issue 9 item 5: an evaluation dated after the as-of date is no evidence yet.
#[test]
fn evaluation_dated_in_the_future() {
    let d = broken(|v| {
        v["context"]["complianceObligations"][0]["evaluations"][0]["date"] = json!("2026-07-15")
    });
    assert_fires(
        &d,
        &compliance::EVALUATED,
        "3.1.d",
        "/context/complianceObligations/0/evaluations/0",
    );
    assert_eq!(reasons(&d, &compliance::EVALUATED), ["evaluation-future"]);
    let d = broken(|v| {
        v["context"]["complianceObligations"][0]["evaluations"][0]["date"] = json!("2026-06-30")
    });
    assert_quiet(&d, &compliance::EVALUATED);
}
