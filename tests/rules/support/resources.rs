//! 6.1.1 — resources in general.

use super::{assert_reasons, assert_reasons_on, remove};
use crate::common::*;
use ecms::rules::support::resources;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn resource_plan_missing_or_empty() {
    let d = broken(|v| remove(v, "/support", "resourcePlan"));
    assert_fires(&d, &resources::PLAN, "6.1.1", "/support");
    assert_reasons(&d, &resources::PLAN, &["no-plan"]);
    let d = broken(|v| v["support"]["resourcePlan"]["needs"] = json!([]));
    assert_fires(&d, &resources::PLAN, "6.1.1", "/support/resourcePlan");
    assert_reasons(&d, &resources::PLAN, &["no-needs"]);
}

#[test]
fn resource_plan_period_boundaries() {
    // Valid until 2026-12-31.
    let d = dataset();
    assert_quiet_on(&d, &resources::PLAN_CURRENT, date(2026, 12, 31));
    assert_fires_on(
        &d,
        &resources::PLAN_CURRENT,
        "6.1.1",
        "/support/resourcePlan/validUntil",
        date(2027, 1, 1),
    );
    assert_reasons_on(&d, &resources::PLAN_CURRENT, date(2027, 1, 1), &["expired"]);
    let d = broken(|v| remove(v, "/support/resourcePlan", "validUntil"));
    assert_fires(
        &d,
        &resources::PLAN_CURRENT,
        "6.1.1",
        "/support/resourcePlan",
    );
    assert_reasons(&d, &resources::PLAN_CURRENT, &["no-period"]);
    let d = broken(|v| v["support"]["resourcePlan"]["validFrom"] = json!("2026-07-01"));
    assert_fires(
        &d,
        &resources::PLAN_CURRENT,
        "6.1.1",
        "/support/resourcePlan/validFrom",
    );
    assert_reasons(&d, &resources::PLAN_CURRENT, &["not-started"]);
}

#[test]
fn resource_plan_not_approved() {
    let d = broken(|v| remove(v, "/support/resourcePlan", "approval"));
    assert_fires(
        &d,
        &resources::PLAN_APPROVED,
        "6.1.1",
        "/support/resourcePlan",
    );
}

#[test]
fn internal_resource_without_capability_or_constraints() {
    let d = broken(|v| remove(v, "/support/resourcePlan/needs/0", "capability"));
    assert_fires(
        &d,
        &resources::INTERNAL_CAPABILITY,
        "6.1.1.a",
        "/support/resourcePlan/needs/0",
    );
    assert_reasons(&d, &resources::INTERNAL_CAPABILITY, &["no-capability"]);
    let d = broken(|v| v["support"]["resourcePlan"]["needs"][4]["constraints"] = json!([" "]));
    assert_fires(
        &d,
        &resources::INTERNAL_CAPABILITY,
        "6.1.1.a",
        "/support/resourcePlan/needs/4",
    );
    assert_reasons(&d, &resources::INTERNAL_CAPABILITY, &["no-constraints"]);
}

#[test]
fn plan_without_any_internal_resource() {
    let d = broken(|v| {
        for n in arr(v, "/support/resourcePlan/needs") {
            n["source"] = json!("external");
            n["provider"] = json!("Some provider");
        }
    });
    assert_fires(
        &d,
        &resources::INTERNAL_CAPABILITY,
        "6.1.1.a",
        "/support/resourcePlan",
    );
    assert_reasons(&d, &resources::INTERNAL_CAPABILITY, &["none-internal"]);
}

#[test]
fn external_resources_not_considered() {
    let d = broken(|v| remove(v, "/support/resourcePlan/needs/1", "provider"));
    assert_fires(
        &d,
        &resources::EXTERNAL_RESOURCES,
        "6.1.1.b",
        "/support/resourcePlan/needs/1",
    );
    assert_reasons(&d, &resources::EXTERNAL_RESOURCES, &["no-provider"]);
    let d = broken(|v| arr(v, "/support/resourcePlan/needs").retain(|n| n["source"] != "external"));
    assert_fires(
        &d,
        &resources::EXTERNAL_RESOURCES,
        "6.1.1.b",
        "/support/resourcePlan",
    );
    assert_reasons(&d, &resources::EXTERNAL_RESOURCES, &["none-external"]);
    let d = broken(|v| remove(v, "/support/resourcePlan/needs/2", "source"));
    assert_fires(
        &d,
        &resources::EXTERNAL_RESOURCES,
        "6.1.1.b",
        "/support/resourcePlan/needs/2",
    );
    assert_reasons(&d, &resources::EXTERNAL_RESOURCES, &["no-source"]);
}

#[test]
fn resource_not_provided_when_needed() {
    // Need 7 (size recommendation) is planned, needed by 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, &resources::PROVIDED, date(2026, 8, 31));
    assert_fires_on(
        &d,
        &resources::PROVIDED,
        "6.1.1",
        "/support/resourcePlan/needs/7",
        date(2026, 9, 1),
    );
    let d =
        broken(|v| v["support"]["resourcePlan"]["needs"][0]["status"] = json!("partlyProvided"));
    assert_fires(
        &d,
        &resources::PROVIDED,
        "6.1.1",
        "/support/resourcePlan/needs/0",
    );
    let d = broken(|v| v["support"]["resourcePlan"]["needs"][0]["status"] = json!("cancelled"));
    assert_quiet(&d, &resources::PROVIDED);
}
