//! 5.3 — planning of changes to the management system.

use crate::common::*;
use ecms::rules::planning::changes;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn change_considerations_per_item() {
    let p = "/planning/changes/0";
    let cases = [
        ("purpose", "5.3.a", "no-purpose"),
        ("consequences", "5.3.a", "no-purpose"),
        ("integrityMeasures", "5.3.b", "no-integrity-measures"),
        ("resources", "5.3.c", "no-resources"),
        ("responsibilities", "5.3.d", "no-responsibilities"),
    ];
    for (field, item, code) in cases {
        let d = broken(|v| {
            obj(v, p).remove(field);
        });
        assert_fires(&d, &changes::CONSIDERATIONS, item, p);
        assert_eq!(reasons(&d, &changes::CONSIDERATIONS), [code], "{field}");
    }
    // An approved change not yet carried out must be complete too.
    let d = broken(|v| {
        obj(v, "/planning/changes/1").remove("resources");
    });
    assert_fires(&d, &changes::CONSIDERATIONS, "5.3.c", "/planning/changes/1");
    // A draft (not approved, not carried out) may be incomplete: change 2 is one.
    assert_quiet(&dataset(), &changes::CONSIDERATIONS);
    let d = broken(|v| {
        v["planning"]["changes"][2]["approval"] =
            json!({"by": "61200000-0000-4000-8000-000000000001", "date": "2026-06-30"});
    });
    assert_fires(&d, &changes::CONSIDERATIONS, "5.3.b", "/planning/changes/2");
}

#[test]
fn change_planned_before_implementation() {
    let p = "/planning/changes/0";
    let d = broken(|v| {
        obj(v, p).remove("approval");
    });
    assert_fires(&d, &changes::PLANNED_FIRST, "5.3", p);
    let d = broken(|v| v["planning"]["changes"][0]["approval"]["date"] = json!("2026-04-01"));
    assert_fires(&d, &changes::PLANNED_FIRST, "5.3", p);
    // Approved on the day of implementation: planned first.
    let d = broken(|v| v["planning"]["changes"][0]["approval"]["date"] = json!("2026-03-31"));
    assert_quiet(&d, &changes::PLANNED_FIRST);
    // A draft "implemented" tomorrow has not happened yet.
    let d = broken(|v| v["planning"]["changes"][2]["implementedOn"] = json!("2026-07-01"));
    assert_quiet(&d, &changes::PLANNED_FIRST);
    assert_fires_on(
        &d,
        &changes::PLANNED_FIRST,
        "5.3",
        "/planning/changes/2",
        date(2026, 7, 1),
    );
}
