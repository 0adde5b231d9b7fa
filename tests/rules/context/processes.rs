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
