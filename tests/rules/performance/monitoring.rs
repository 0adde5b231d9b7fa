//! 8.1.1 — monitoring and measurement planned.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::monitoring;

#[test]
fn monitoring_plan_missing() {
    let d = broken(|v| rm(v, "/performance/monitoring", "entries"));
    assert_fires(&d, &monitoring::PLAN, "8.1.1", "/performance/monitoring");
    let d = broken(|v| rm(v, "/performance", "monitoring"));
    assert_fires(&d, &monitoring::PLAN, "8.1.1", "/performance");
}

#[test]
fn monitoring_purpose_missing_per_item() {
    let d = broken(|v| {
        for e in arr(v, "/performance/monitoring/entries") {
            e["purposes"]
                .as_array_mut()
                .unwrap()
                .retain(|p| p != "systemConformity");
        }
    });
    let fs = assert_fires(
        &d,
        &monitoring::PURPOSES,
        "8.1.1.b",
        "/performance/monitoring/entries",
    );
    assert_eq!(fs.len(), 1);
}

#[test]
fn monitoring_entry_incomplete() {
    let d = broken(|v| rm(v, "/performance/monitoring/entries/2", "responsible"));
    assert_fires(
        &d,
        &monitoring::ENTRY_COMPLETE,
        "8.1.1",
        "/performance/monitoring/entries/2",
    );
    let d = broken(|v| rm(v, "/performance/monitoring/entries/3/schedule", "interval"));
    assert_fires(
        &d,
        &monitoring::ENTRY_COMPLETE,
        "8.1.1",
        "/performance/monitoring/entries/3",
    );
}

#[test]
fn monitoring_overdue_boundaries() {
    // Entry 0: monthly, last 2026-06-05 -> due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, &monitoring::OVERDUE, date(2026, 7, 5));
    assert_fires_on(
        &d,
        &monitoring::OVERDUE,
        "8.1.1",
        "/performance/monitoring/entries/0",
        date(2026, 7, 6),
    );
}

#[test]
fn each_missing_part_has_its_reason() {
    const E: &str = "/performance/monitoring/entries/0";
    assert_reasons_on_removal(
        &monitoring::ENTRY_COMPLETE,
        &[
            (E, "purposes", "no-purpose"),
            (
                "/performance/monitoring/entries/0/schedule",
                "interval",
                "no-frequency",
            ),
            (E, "responsible", "no-responsible"),
            (E, "evaluation", "no-evaluation"),
        ],
    );
}

#[test]
fn each_purpose_has_its_reason() {
    for (purpose, item, code) in [
        ("objectivesAchieved", "8.1.1.a", "no-objectives-achieved"),
        ("systemConformity", "8.1.1.b", "no-system-conformity"),
        (
            "capabilityImprovement",
            "8.1.1.c",
            "no-capability-improvement",
        ),
    ] {
        let d = broken(|v| {
            for e in arr(v, "/performance/monitoring/entries") {
                e["purposes"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|p| p != purpose);
            }
        });
        assert_fires(
            &d,
            &monitoring::PURPOSES,
            item,
            "/performance/monitoring/entries",
        );
        assert_eq!(reasons(&d, &monitoring::PURPOSES), [code]);
    }
}
