//! 8.1.2 — factors and processes monitored, monitoring used and evaluated.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::monitoring_use;
use serde_json::json;

#[test]
fn factor_not_monitored() {
    let d = broken(|v| rm(v, "/performance/monitoring/entries/1", "factors"));
    assert_fires(
        &d,
        &monitoring_use::FACTORS_MONITORED,
        "8.1.2",
        "/context/factors/0",
    );
}

#[test]
fn process_not_monitored() {
    // Finance (process 10) is monitored by entry 4 and KPI 9 (refunds).
    let d = broken(|v| {
        rm(v, "/performance/monitoring/entries/4", "processes");
        v["performance"]["kpis"][8]["processes"] = json!(["34000000-0000-4000-8000-000000000004"]);
    });
    assert_fires(
        &d,
        &monitoring_use::PROCESSES_MONITORED,
        "8.1.2",
        "/context/processes/9",
    );
}

#[test]
fn monitoring_not_used_for_decisions() {
    let d = broken(|v| {
        for a in arr(v, "/performance/analyses") {
            a.as_object_mut().unwrap().remove("decisions");
        }
    });
    assert_fires(&d, &monitoring_use::USED, "8.1.2", "/performance/analyses");
    // The last decision (2026-04-18) stops counting a year later (default evidence window):
    // a policy warning at that analysis.
    let d = dataset();
    assert_quiet_on(&d, &monitoring_use::USED, date(2027, 4, 18));
    let fs = assert_fires_on(
        &d,
        &monitoring_use::USED,
        "8.1.2",
        "/performance/analyses/2",
        date(2027, 4, 19),
    );
    assert_eq!(fs[0].reason, "not-used-recently-default");
    assert_eq!(fs[0].severity, ecms::rules::Severity::Warning);
}

#[test]
fn monitoring_evaluation_interval_and_overdue() {
    let d = broken(|v| rm(v, "/performance/monitoring", "evaluationInterval"));
    assert_fires(
        &d,
        &monitoring_use::EVALUATION_INTERVAL,
        "8.1.2",
        "/performance/monitoring",
    );
    // Yearly, last 2026-01-12.
    let d = dataset();
    assert_quiet_on(&d, &monitoring_use::EVALUATION_OVERDUE, date(2027, 1, 12));
    assert_fires_on(
        &d,
        &monitoring_use::EVALUATION_OVERDUE,
        "8.1.2",
        "/performance/monitoring",
        date(2027, 1, 13),
    );
    // Never evaluated: due at once.
    let d = broken(|v| rm(v, "/performance/monitoring", "evaluations"));
    assert_fires(
        &d,
        &monitoring_use::EVALUATION_OVERDUE,
        "8.1.2",
        "/performance/monitoring",
    );
}

#[test]
fn monitoring_evaluation_without_actions() {
    let d = broken(|v| {
        let e = obj(v, "/performance/monitoring/evaluations/0");
        e.remove("actions");
        e.remove("improvements");
    });
    assert_fires(
        &d,
        &monitoring_use::EVALUATION_CONTENT,
        "8.1.2",
        "/performance/monitoring/evaluations/0",
    );
}

#[test]
fn each_missing_part_of_an_evaluation_has_its_reason() {
    const E: &str = "/performance/monitoring/evaluations/0";
    assert_reasons_on_removal(
        &monitoring_use::EVALUATION_CONTENT,
        &[
            (E, "date", "no-date"),
            (E, "performance", "no-performance"),
            (E, "effectiveness", "no-effectiveness"),
        ],
    );
    let d = broken(|v| {
        let e = obj(v, E);
        e.remove("actions");
        e.remove("improvements");
    });
    assert_eq!(
        reasons(&d, &monitoring_use::EVALUATION_CONTENT),
        ["no-actions"]
    );
}
