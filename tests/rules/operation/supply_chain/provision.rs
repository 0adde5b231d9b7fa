//! 7.3.3.1 — controls over external provision and outsourced processes.

use super::{at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::provision;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn provision_without_controls() {
    let d = broken(|v| rm(v, &at("/suppliers/0/provision/0"), "controls"));
    assert_fires(
        &d,
        &provision::PROVISION_CONTROLS,
        "7.3.3.1.a",
        &at("/suppliers/0/provision/0"),
    );
    assert_eq!(reasons(&d, &provision::PROVISION_CONTROLS), ["no-controls"]);
    let d = broken(|v| sc(v)["carriers"][0]["provision"][0]["controls"] = json!([]));
    assert_fires(
        &d,
        &provision::PROVISION_CONTROLS,
        "7.3.3.1.b",
        &at("/carriers/0/provision/0"),
    );
    let d = broken(|v| sc(v)["carriers"][0]["provision"][1]["controls"] = json!([""]));
    assert_fires(
        &d,
        &provision::PROVISION_CONTROLS,
        "7.3.3.1.c",
        &at("/carriers/0/provision/1"),
    );
    let d = broken(|v| rm(v, &at("/suppliers/1"), "provision"));
    assert_fires(
        &d,
        &provision::PROVISION_CONTROLS,
        "7.3.3.1",
        &at("/suppliers/1"),
    );
    assert_eq!(
        reasons(&d, &provision::PROVISION_CONTROLS),
        ["case-not-determined"]
    );
}

#[test]
fn outsourced_process_needs_controlled_provider() {
    let d = broken(|v| v["context"]["processes"][6]["outsourced"] = json!(true));
    assert_fires(
        &d,
        &provision::OUTSOURCED_CONTROLLED,
        "7.3.3.1.c",
        "/context/processes/6",
    );
    assert_eq!(
        reasons(&d, &provision::OUTSOURCED_CONTROLLED),
        ["no-provider"]
    );
    let d = broken(|v| {
        v["context"]["processes"][6]["outsourced"] = json!(true);
        v["context"]["processes"][6]["provider"] = json!("73300000-0000-4000-8000-000000000005");
    });
    assert_fires(
        &d,
        &provision::OUTSOURCED_CONTROLLED,
        "7.3.3.1.c",
        "/context/processes/6",
    );
    assert_eq!(
        reasons(&d, &provision::OUTSOURCED_CONTROLLED),
        ["provider-uncontrolled"]
    );
    let d = broken(|v| {
        v["context"]["processes"][6]["outsourced"] = json!(true);
        v["context"]["processes"][6]["provider"] = json!("73300000-0000-4000-8000-000000000005");
        arr(v, "/operation/supplyChain/suppliers/4/provision").push(json!({
            "case": "outsourcedProcess",
            "what": "Kitting of gift sets",
            "controls": ["Kitting instruction and count check"]
        }));
    });
    assert_quiet(&d, &provision::OUTSOURCED_CONTROLLED);
    // The same provider suspended now: the process is run by a provider not approved for use.
    let d = broken(|v| {
        v["context"]["processes"][6]["outsourced"] = json!(true);
        v["context"]["processes"][6]["provider"] = json!("73300000-0000-4000-8000-000000000005");
        arr(v, "/operation/supplyChain/suppliers/4/provision").push(json!({
            "case": "outsourcedProcess",
            "what": "Kitting of gift sets",
            "controls": ["Kitting instruction and count check"]
        }));
        v["operation"]["supplyChain"]["suppliers"][4]["status"] = json!("suspended");
        obj(v, "/operation/supplyChain/suppliers/4").remove("history");
    });
    let fs = assert_fires(
        &d,
        &provision::OUTSOURCED_CONTROLLED,
        "7.3.3.1.c",
        "/context/processes/6/provider",
    );
    assert_eq!(
        reasons(&d, &provision::OUTSOURCED_CONTROLLED),
        ["provider-not-approved"]
    );
    assert!(fs[0].message.zh.contains("未获准使用"));
}
