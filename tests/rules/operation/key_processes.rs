//! 7.1 — key processes.

use super::*;
use crate::common::*;
use ecms::rules::operation::key_processes;
use serde_json::json;

#[test]
fn no_key_process() {
    fires(
        |v| {
            for p in arr(v, "/context/processes") {
                p["key"] = json!(false);
            }
        },
        &key_processes::IDENTIFIED,
        "7.1",
        "/context/processes",
    )
    .with_reason("none-key");
}

#[test]
fn key_process_without_control_plan() {
    fires(
        |v| {
            arr(v, "/operation/processControls").remove(0);
        },
        &key_processes::PLANNED,
        "7.1",
        "/context/processes/1",
    )
    .with_reason("no-control-plan");
    fires(
        |v| drop_key(v, "/operation/processControls/2", "criteria"),
        &key_processes::PLANNED,
        "7.1",
        "/operation/processControls/2",
    )
    .with_reason("no-criteria");
    fires(
        |v| drop_key(v, "/operation/processControls/0", "purpose"),
        &key_processes::PLANNED,
        "7.1",
        "/operation/processControls/0",
    )
    .with_reason("no-purpose");
}

#[test]
fn key_process_records() {
    fires(
        |v| drop_key(v, "/operation/processControls/1", "executionRecords"),
        &key_processes::EXECUTION_RECORDS,
        "7.1.a",
        "/operation/processControls/1",
    )
    .with_reason("no-records");
    fires(
        |v| drop_key(v, "/operation/processControls/6", "conformityRecords"),
        &key_processes::CONFORMITY_RECORDS,
        "7.1.b",
        "/operation/processControls/6",
    )
    .with_reason("no-records");
    // A control plan for a process that is not key is not held to 7.1 a)/b).
    let d = broken(|v| {
        v["context"]["processes"][1]["key"] = json!(false);
        drop_key(v, "/operation/processControls/0", "executionRecords");
    });
    assert_quiet(&d, &key_processes::EXECUTION_RECORDS);
}

#[test]
fn outsourced_process_without_provider_or_controls() {
    // Marketing (process 8) outsourced to an agency without naming it or controlling it.
    let d = broken(|v| v["context"]["processes"][7]["outsourced"] = json!(true));
    let fs = assert_fires(
        &d,
        &key_processes::OUTSOURCED_CONTROLLED,
        "7.1",
        "/context/processes/7",
    );
    assert_eq!(fs.len(), 2);
    // Warehousing outsourced: it has a control plan, but names no provider.
    let d = broken(|v| v["context"]["processes"][6]["outsourced"] = json!(true));
    let fs = assert_fires(
        &d,
        &key_processes::OUTSOURCED_CONTROLLED,
        "7.1",
        "/context/processes/6",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-provider");
}

#[test]
fn every_reason_of_planning_and_outsourcing() {
    gives(
        |v| drop_key(v, "/operation/processControls/0", "controls"),
        &key_processes::PLANNED,
        "no-controls",
    );
    let d = broken(|v| v["context"]["processes"][7]["outsourced"] = json!(true));
    assert_eq!(
        reasons(&d, &key_processes::OUTSOURCED_CONTROLLED),
        ["no-provider", "no-controls"]
    );
}
