//! 6.1.5, 6.1.5 a) — infrastructure and work environment.

use super::remove;
use crate::common::*;
use ecms::rules::support::{infrastructure, technology};
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn no_infrastructure() {
    let d = broken(|v| remove(v, "/support", "assets"));
    assert_fires(&d, &infrastructure::DETERMINED, "6.1.5", "/support");
    let d = broken(|v| {
        for a in arr(v, "/support/assets") {
            a["status"] = json!("retired");
        }
    });
    assert_fires(&d, &infrastructure::DETERMINED, "6.1.5", "/support/assets");
}

#[test]
fn asset_without_owner_or_interval() {
    let d = broken(|v| remove(v, "/support/assets/1", "owner"));
    assert_fires(
        &d,
        &infrastructure::ASSET_OWNER,
        "6.1.5",
        "/support/assets/1",
    );
    let d = broken(|v| remove(v, "/support/assets/6/maintenance", "interval"));
    assert_fires(
        &d,
        &infrastructure::MAINTENANCE_INTERVAL,
        "6.1.5",
        "/support/assets/6",
    );
    // Retired assets need neither.
    let d = broken(|v| {
        remove(v, "/support/assets/6/maintenance", "interval");
        v["support"]["assets"][6]["status"] = json!("retired");
    });
    assert_quiet(&d, &infrastructure::MAINTENANCE_INTERVAL);
}

#[test]
fn asset_maintenance_boundaries() {
    // ERP/WMS: last 2026-04-08 every P3M, due 2026-07-08.
    let d = dataset();
    assert_quiet_on(&d, &infrastructure::MAINTENANCE_OVERDUE, date(2026, 7, 8));
    assert_fires_on(
        &d,
        &infrastructure::MAINTENANCE_OVERDUE,
        "6.1.5",
        "/support/assets/2",
        date(2026, 7, 9),
    );
    let d = broken(|v| v["support"]["assets"][2]["status"] = json!("retired"));
    assert_quiet_on(&d, &infrastructure::MAINTENANCE_OVERDUE, date(2026, 7, 9));
}

#[test]
fn technology_management_missing() {
    let d = broken(|v| {
        remove(v, "/support", "technology");
        wants_documents(v, "procedure");
    });
    for r in [
        (&infrastructure::TECHNOLOGY_PROCEDURE, "6.1.5.a"),
        (&technology::INFORMATION_FOR_DECISIONS, "6.1.5.b"),
        (&technology::PLAN, "6.1.5.c"),
        (&technology::SHARING, "6.1.5.d"),
        (&technology::REVIEW_PROCEDURE, "6.1.5.e"),
    ] {
        assert_fires(&d, r.0, r.1, "/support");
    }
}

#[test]
fn technology_procedure_missing() {
    let d = broken(|v| remove(v, "/support/technology", "procedure"));
    assert_fires(
        &d,
        &infrastructure::TECHNOLOGY_PROCEDURE,
        "6.1.5.a",
        "/support/technology",
    );
}

#[test]
fn technology_asset_unprotected() {
    let d = broken(|v| v["support"]["assets"][2]["protection"] = json!([]));
    assert_fires(
        &d,
        &infrastructure::ASSET_PROTECTION,
        "6.1.5.a",
        "/support/assets/2",
    );
}

#[test]
fn asset_owner_role_vacant() {
    let d = broken(|v| {
        let role = v["support"]["assets"][0]["owner"]
            .as_str()
            .unwrap()
            .to_owned();
        super::vacate(v, &role);
    });
    assert_fires(
        &d,
        &infrastructure::ASSET_OWNER,
        "6.1.5",
        "/support/assets/0/owner",
    );
    assert!(reasons(&d, &infrastructure::ASSET_OWNER).contains(&"owner-vacant".to_owned()));
    // A retired asset needs no one.
    let d = broken(|v| {
        let role = v["support"]["assets"][0]["owner"]
            .as_str()
            .unwrap()
            .to_owned();
        super::vacate(v, &role);
        for a in arr(v, "/support/assets") {
            if a["owner"] == json!(role) {
                a["status"] = json!("retired");
            }
        }
    });
    assert_quiet(&d, &infrastructure::ASSET_OWNER);
}
