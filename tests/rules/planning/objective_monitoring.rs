//! 5.2.1 — objectives monitored, communicated and updated, items e)–g).

use crate::common::*;
use ecms::rules::planning::objective_monitoring;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn objective_monitored() {
    let p = "/planning/objectives/3";
    let d = broken(|v| {
        obj(v, &format!("{p}/monitoring")).remove("method");
    });
    assert_fires(&d, &objective_monitoring::MONITORED, "5.2.1.e", p);
    assert_eq!(reasons(&d, &objective_monitoring::MONITORED), ["no-method"]);
    // A KPI instead of a method is enough.
    let d = broken(|v| {
        let m = obj(v, &format!("{p}/monitoring"));
        m.remove("method");
        m.insert("kpi".into(), json!("81000000-0000-4000-8000-000000000001"));
    });
    assert_quiet(&d, &objective_monitoring::MONITORED);
    let d = broken(|v| {
        obj(v, &format!("{p}/monitoring/schedule")).remove("interval");
    });
    assert_fires(&d, &objective_monitoring::MONITORED, "5.2.1.e", p);
    assert_eq!(
        reasons(&d, &objective_monitoring::MONITORED),
        ["no-interval"]
    );
    // Closed objectives are no longer monitored.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6").remove("monitoring");
    });
    assert_quiet(&d, &objective_monitoring::MONITORED);
}

#[test]
fn objective_monitoring_overdue_boundary() {
    // Monthly, last 2026-06-05: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(
        &d,
        &objective_monitoring::MONITORING_OVERDUE,
        date(2026, 7, 5),
    );
    assert_fires_on(
        &d,
        &objective_monitoring::MONITORING_OVERDUE,
        "5.2.1.e",
        "/planning/objectives/0",
        date(2026, 7, 6),
    );
    // Never monitored: counted from the approval (2025-12-15), due 2026-01-15.
    let d = broken(|v| {
        obj(v, "/planning/objectives/1/monitoring/schedule").remove("lastDone");
        obj(v, "/planning/objectives/1/monitoring/schedule").remove("record");
    });
    let fs = assert_fires(
        &d,
        &objective_monitoring::MONITORING_OVERDUE,
        "5.2.1.e",
        "/planning/objectives/1",
    );
    assert_eq!(fs[0].params["due"], "2026-01-15");
}

#[test]
fn objective_communicated() {
    let p = "/planning/objectives/4";
    let d = broken(|v| {
        obj(v, p).remove("communications");
    });
    assert_fires(&d, &objective_monitoring::COMMUNICATED, "5.2.1.f", p);
    let d = broken(|v| {
        v["planning"]["objectives"][4]["communications"][0]["date"] = json!("2026-07-01")
    });
    assert_fires(&d, &objective_monitoring::COMMUNICATED, "5.2.1.f", p);
}

#[test]
fn objective_review_interval_and_overdue() {
    let p = "/planning/objectives/5";
    let d = broken(|v| {
        obj(v, &format!("{p}/review")).remove("interval");
    });
    assert_fires(&d, &objective_monitoring::REVIEW_INTERVAL, "5.2.1.g", p);
    // Quarterly, last 2026-04-10: due 2026-07-10.
    let d = dataset();
    assert_quiet_on(&d, &objective_monitoring::REVIEW_OVERDUE, date(2026, 7, 10));
    assert_fires_on(
        &d,
        &objective_monitoring::REVIEW_OVERDUE,
        "5.2.1.g",
        "/planning/objectives/0",
        date(2026, 7, 11),
    );
}

#[test]
fn objective_target_lapsed() {
    // The H2 2025 objective reopened: its date 2025-12-31 has passed.
    let d = broken(|v| v["planning"]["objectives"][6]["status"] = json!("active"));
    assert_fires(
        &d,
        &objective_monitoring::TARGET_LAPSED,
        "5.2.1.g",
        "/planning/objectives/6",
    );
    let d = dataset();
    assert_quiet_on(&d, &objective_monitoring::TARGET_LAPSED, date(2026, 12, 31));
    assert_fires_on(
        &d,
        &objective_monitoring::TARGET_LAPSED,
        "5.2.1.g",
        "/planning/objectives/0",
        date(2027, 1, 1),
    );
}
