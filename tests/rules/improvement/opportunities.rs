//! 9.1 — improvement opportunities.

use super::{assert_reason, rm};
use crate::common::*;
use ecms::rules::improvement::opportunities;
use serde_json::json;

#[test]
fn no_improvement_selected() {
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            i["status"] = json!("proposed");
        }
    });
    assert_fires(
        &d,
        &opportunities::SELECTED,
        "9.1",
        "/improvement/improvements",
    );
    let d = broken(|v| rm(v, "/improvement", "improvements"));
    assert_fires(&d, &opportunities::SELECTED, "9.1", "/improvement");
}

#[test]
fn improvement_categories_per_item() {
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            i["categories"]
                .as_array_mut()
                .unwrap()
                .retain(|c| c != "systemPerformance");
        }
    });
    let fs = assert_fires(
        &d,
        &opportunities::CATEGORIES,
        "9.1.c",
        "/improvement/improvements",
    );
    assert_eq!(fs.len(), 1);
    assert_reason(&d, &opportunities::CATEGORIES, "no-system-performance");
    // A rejected improvement does not count.
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            if i["categories"]
                .as_array()
                .unwrap()
                .contains(&json!("systemPerformance"))
            {
                i["status"] = json!("rejected");
            }
        }
    });
    assert_fires(
        &d,
        &opportunities::CATEGORIES,
        "9.1.c",
        "/improvement/improvements",
    );
}

#[test]
fn improvement_not_planned_or_not_finished() {
    let d = broken(|v| rm(v, "/improvement/improvements/2", "owner"));
    assert_reason(&d, &opportunities::PLANNED, "no-owner");
    assert_fires(
        &d,
        &opportunities::PLANNED,
        "9.1",
        "/improvement/improvements/2",
    );
    let d = broken(|v| rm(v, "/improvement/improvements/0", "result"));
    assert_reason(&d, &opportunities::PLANNED, "no-result");
    assert_fires(
        &d,
        &opportunities::PLANNED,
        "9.1",
        "/improvement/improvements/0",
    );
    let d = broken(|v| rm(v, "/improvement/improvements/4", "selection"));
    assert_reason(&d, &opportunities::PLANNED, "no-selection");
    assert_fires(
        &d,
        &opportunities::PLANNED,
        "9.1",
        "/improvement/improvements/4",
    );
}

#[test]
fn improvement_reasons_per_missing_part() {
    let d = broken(|v| rm(v, "/improvement/improvements/4", "status"));
    let fs = assert_fires(
        &d,
        &opportunities::PLANNED,
        "9.1",
        "/improvement/improvements/4",
    );
    assert!(fs[0].message.en.contains("(no status)"));
    assert_eq!(reasons(&d, &opportunities::PLANNED), ["no-status"]);
    let d = broken(|v| {
        rm(v, "/improvement/improvements/4", "actions");
        rm(v, "/improvement/improvements/4", "due");
    });
    assert_eq!(
        reasons(&d, &opportunities::PLANNED),
        ["no-actions", "no-target-date"]
    );
    let d = broken(|v| rm(v, "/improvement/improvements/1", "completed"));
    assert_reason(&d, &opportunities::PLANNED, "no-completion-date");
}

#[test]
fn improvement_categories_each_reason() {
    for (cat, item, code) in [
        ("productsAndServices", "9.1.a", "no-products-and-services"),
        ("undesiredEffects", "9.1.b", "no-undesired-effects"),
    ] {
        let d = broken(|v| {
            for i in arr(v, "/improvement/improvements") {
                i["categories"].as_array_mut().unwrap().retain(|c| c != cat);
            }
        });
        assert_fires(
            &d,
            &opportunities::CATEGORIES,
            item,
            "/improvement/improvements",
        );
        assert_eq!(reasons(&d, &opportunities::CATEGORIES), [code]);
    }
}

#[test]
fn improvement_overdue_boundaries() {
    // The live-stream pilot is due 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, &opportunities::OVERDUE, date(2026, 8, 31));
    assert_fires_on(
        &d,
        &opportunities::OVERDUE,
        "9.1",
        "/improvement/improvements/3",
        date(2026, 9, 1),
    );
}

/// Issue 9 item 5: a selected improvement whose responsible role nobody holds is not planned
/// in fact.
#[test]
fn selected_improvement_owner_role_held() {
    let d = broken(|v| v["support"]["people"][5]["leftOn"] = json!("2026-01-31"));
    assert_fires(
        &d,
        &opportunities::PLANNED,
        "9.1",
        "/improvement/improvements/4",
    );
    assert_eq!(reasons(&d, &opportunities::PLANNED), ["owner-unstaffed"]);
    let d = broken(|v| v["support"]["people"][5]["leftOn"] = json!("2026-06-30"));
    assert_quiet(&d, &opportunities::PLANNED);
}
