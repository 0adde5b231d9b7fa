//! 3.4 — processes.

use crate::common::*;
use ecms::rules::context::processes;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn processes() {
    let d = broken(|v| {
        obj(v, "/context").remove("processes");
    });
    assert_fires(&d, &processes::DEFINED, "3.4", "/context");
    let d = broken(|v| {
        obj(v, "/context/processes/4").remove("owner");
    });
    assert_fires(
        &d,
        &processes::OWNER_INPUTS_OUTPUTS,
        "3.4",
        "/context/processes/4",
    );
    let d = broken(|v| v["context"]["processes"][4]["outputs"] = json!([]));
    assert_fires(
        &d,
        &processes::OWNER_INPUTS_OUTPUTS,
        "3.4",
        "/context/processes/4",
    );
    let d = broken(|v| {
        obj(v, "/context/processes/6").remove("records");
    });
    assert_fires(&d, &processes::DOCUMENTED, "3.4", "/context/processes/6");
}

/// Issue 9 item 5: a process whose owning role nobody holds on the as-of date has no owner
/// in fact; a successor in post satisfies it.
#[test]
fn process_owner_role_must_be_held() {
    let d = broken(|v| v["support"]["people"][0]["leftOn"] = json!("2026-01-31"));
    assert_fires(
        &d,
        &processes::OWNER_INPUTS_OUTPUTS,
        "3.4",
        "/context/processes/0",
    );
    assert!(reasons(&d, &processes::OWNER_INPUTS_OUTPUTS).contains(&"owner-unstaffed".to_owned()));
    let d = broken(|v| {
        v["support"]["people"][0]["leftOn"] = json!("2026-01-31");
        arr(v, "/support/people/1/roles").push(json!("43000000-0000-4000-8000-000000000001"));
    });
    assert_quiet(&d, &processes::OWNER_INPUTS_OUTPUTS);
}
