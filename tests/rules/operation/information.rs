//! 7.5 — information management.

use super::*;
use crate::common::*;
use ecms::rules::operation::information;
use serde_json::json;

#[test]
fn information_procedure_and_flows() {
    fires(
        |v| drop_key(v, IM, "procedure"),
        &information::PROCEDURE,
        "7.5",
        IM,
    )
    .with_reason("missing");
    let d =
        broken(|v| arr(v, "/operation/information/flows").retain(|f| f["origin"] != "external"));
    let fs = assert_fires(&d, &information::FLOWS, "7.5", IM);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["origin"], "external");
    fires(
        |v| drop_key(v, "/operation/information/flows/2", "feedback"),
        &information::FLOW_HANDLING,
        "7.5",
        "/operation/information/flows/2",
    )
    .with_reason("no-feedback");
}

#[test]
fn information_systems() {
    fires(
        |v| {
            for s in arr(v, "/operation/information/systems") {
                s["status"] = json!("retired");
            }
        },
        &information::SYSTEMS_DETERMINED,
        "7.5",
        IM,
    )
    .with_reason("no-system-in-use");
    fires(
        |v| drop_key(v, "/operation/information/systems/1", "owner"),
        &information::SYSTEM_OWNER,
        "7.5",
        "/operation/information/systems/1",
    )
    .with_reason("no-owner");
    // ERP maintained 2026-06-12 monthly: due 2026-07-12.
    let d = dataset();
    assert_quiet_on(&d, &information::MAINTENANCE_OVERDUE, date(2026, 7, 12));
    assert_fires_on(
        &d,
        &information::MAINTENANCE_OVERDUE,
        "7.5",
        "/operation/information/systems/0",
        date(2026, 7, 13),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/information/systems/2/maintenance",
                "interval",
            )
        },
        &information::REVIEW_INTERVALS,
        "7.5",
        "/operation/information/systems/2",
    )
    .with_reason("no-maintenance-interval");
}

#[test]
fn every_reason_of_information() {
    gives(
        |v| {
            for i in [0, 1] {
                v["operation"]["information"]["flows"][i]["origin"] = json!("external");
            }
        },
        &information::FLOWS,
        "no-internal-flow",
    );
    gives(
        |v| {
            for i in [2, 3, 4] {
                v["operation"]["information"]["flows"][i]["origin"] = json!("internal");
            }
        },
        &information::FLOWS,
        "no-external-flow",
    );
    for (key, code) in [
        ("origin", "no-origin"),
        ("collection", "no-collection"),
        ("processing", "no-processing"),
        ("storage", "no-storage"),
        ("usage", "no-use"),
        ("feedback", "no-feedback"),
    ] {
        gives(
            |v| drop_key(v, "/operation/information/flows/0", key),
            &information::FLOW_HANDLING,
            code,
        );
    }
    for (key, code) in [
        ("owner", "no-owner"),
        ("processes", "no-processes"),
        ("status", "no-status"),
    ] {
        gives(
            |v| drop_key(v, "/operation/information/systems/0", key),
            &information::SYSTEM_OWNER,
            code,
        );
    }
}
