//! Reference integrity: unique ids, resolving references.

use crate::common::*;
use ecms::rules::integrity::references;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn duplicate_ids() {
    let d = dataset();
    assert_quiet(&d, &references::DUPLICATE_ID);
    let d = broken(|v| {
        let first = v["context"]["processes"][0]["id"].clone();
        v["context"]["processes"][3]["id"] = first;
    });
    let fs = assert_fires(
        &d,
        &references::DUPLICATE_ID,
        "6.4.2.a",
        "/context/processes/3",
    );
    assert_eq!(fs[0].params["first"], "/context/processes/0");
}

#[test]
fn dangling_references() {
    let d = dataset();
    assert_quiet(&d, &references::DANGLING);
    let d = broken(|v| {
        v["context"]["processes"][2]["owner"] = json!("43000000-0000-4000-8000-000000009999")
    });
    let fs = assert_fires(
        &d,
        &references::DANGLING,
        "6.4.2.a",
        "/context/processes/2/owner",
    );
    assert_eq!(fs[0].params["kind"], "role");
    // An id of the right value but the wrong kind is still dangling.
    let d = broken(|v| {
        let doc_id = v["support"]["documents"][0]["id"].clone();
        v["context"]["processes"][2]["owner"] = doc_id;
    });
    assert_fires(
        &d,
        &references::DANGLING,
        "6.4.2.a",
        "/context/processes/2/owner",
    );
}
