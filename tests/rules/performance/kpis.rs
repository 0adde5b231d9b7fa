//! 8.1.4.2 — key performance indicators.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::kpis;
use serde_json::json;

#[test]
fn no_kpis() {
    let d = broken(|v| rm(v, "/performance", "kpis"));
    assert_fires(&d, &kpis::DEFINED, "8.1.4.2", "/performance");
}

#[test]
fn kpi_definition_incomplete() {
    let d = broken(|v| rm(v, "/performance/kpis/0", "keyFactor"));
    assert_fires(&d, &kpis::DEFINITION, "8.1.4.2", "/performance/kpis/0");
    let d =
        broken(|v| v["performance"]["kpis"][1]["breakdown"] = json!([{"level": "organization"}]));
    assert_fires(&d, &kpis::DEFINITION, "8.1.4.2", "/performance/kpis/1");
    let d = broken(|v| rm(v, "/performance/kpis/2", "procedure"));
    assert_fires(&d, &kpis::DEFINITION, "8.1.4.2", "/performance/kpis/2");
}

#[test]
fn kpi_without_frequency_or_target() {
    let d = broken(|v| rm(v, "/performance/kpis/4", "frequency"));
    assert_fires(&d, &kpis::FREQUENCY, "8.1.4.2", "/performance/kpis/4");
    let d = broken(|v| rm(v, "/performance/kpis/5/target", "direction"));
    assert_fires(&d, &kpis::TARGET, "8.1.4.2", "/performance/kpis/5");
}

#[test]
fn kpi_measurement_due_boundaries() {
    // Monthly KPIs last measured 2026-06-05; the quarterly supplier KPI on 2026-04-08.
    let d = dataset();
    assert_quiet_on(&d, &kpis::MEASUREMENT_OVERDUE, date(2026, 7, 5));
    let fs = assert_fires_on(
        &d,
        &kpis::MEASUREMENT_OVERDUE,
        "8.1.4.2",
        "/performance/kpis/0",
        date(2026, 7, 6),
    );
    assert!(!fs.iter().any(|f| f.path == "/performance/kpis/7"));
    assert_fires_on(
        &d,
        &kpis::MEASUREMENT_OVERDUE,
        "8.1.4.2",
        "/performance/kpis/7",
        date(2026, 7, 9),
    );
    // Never measured: due one interval after `since`.
    let d = broken(|v| rm(v, "/performance/kpis/0", "measurements"));
    assert_fires(
        &d,
        &kpis::MEASUREMENT_OVERDUE,
        "8.1.4.2",
        "/performance/kpis/0",
    );
}

#[test]
fn missed_target_needs_a_response() {
    // November on-time shipment 93.1% < 97%: answered by a nonconformity.
    let d = broken(|v| {
        let m = obj(v, "/performance/kpis/1/measurements/5");
        m.remove("analysis");
        m.remove("nonconformity");
    });
    assert_fires(
        &d,
        &kpis::TARGET_MISSED,
        "8.1.4.2",
        "/performance/kpis/1/measurements/5",
    );
    // Lower is better: exactly on the 18.0% ceiling meets it, 18.1% misses it.
    let d = broken(|v| v["performance"]["kpis"][4]["measurements"][11]["value"] = json!("18.0"));
    assert_quiet(&d, &kpis::TARGET_MISSED);
    let d = broken(|v| v["performance"]["kpis"][4]["measurements"][11]["value"] = json!("18.1"));
    assert_fires(
        &d,
        &kpis::TARGET_MISSED,
        "8.1.4.2",
        "/performance/kpis/4/measurements/11",
    );
}

#[test]
fn kpi_not_evaluated() {
    let id = "81400000-0000-4000-8000-000000000010";
    let d = broken(|v| {
        for a in arr(v, "/performance/analyses") {
            for e in a["evaluations"].as_array_mut().unwrap() {
                if let Some(ks) = e.get_mut("kpis") {
                    ks.as_array_mut().unwrap().retain(|k| k != id);
                }
            }
        }
    });
    assert_fires(&d, &kpis::EVALUATED, "8.1.4.2", "/performance/kpis/9");
}

#[test]
fn each_missing_part_has_its_reason() {
    const K: &str = "/performance/kpis/0";
    assert_reasons_on_removal(
        &kpis::DEFINITION,
        &[
            (K, "keyFactor", "no-key-factor"),
            (K, "capabilityRelation", "no-capability-relation"),
            (K, "breakdown", "no-breakdown"),
            (K, "procedure", "no-procedure"),
        ],
    );
}
