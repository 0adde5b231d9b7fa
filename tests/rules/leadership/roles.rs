//! 4.3 — roles, responsibilities and authorities.

use crate::common::*;
use ecms::rules::leadership::roles;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn roles_defined_and_complete() {
    let d = broken(|v| {
        obj(v, "/leadership").remove("roles");
    });
    assert_fires(&d, &roles::ROLES_DEFINED, "4.3", "/leadership");
    let d = broken(|v| v["leadership"]["roles"][4]["authorities"] = json!([]));
    let fs = assert_fires(&d, &roles::ROLE_DEFINED, "4.3", "/leadership/roles/4");
    assert_eq!(fs[0].reason, "no-authorities");
    let d = broken(|v| v["leadership"]["roles"][4]["responsibilities"] = json!([""]));
    assert_fires(&d, &roles::ROLE_DEFINED, "4.3", "/leadership/roles/4");
    assert_eq!(reasons(&d, &roles::ROLE_DEFINED), ["no-responsibilities"]);
}

#[test]
fn role_staffed() {
    let d = broken(|v| {
        obj(v, "/leadership/roles/6").remove("holders");
    });
    assert_fires(&d, &roles::ROLE_STAFFED, "4.3", "/leadership/roles/6");
}

#[test]
fn role_communicated_and_understood() {
    let d = broken(|v| {
        obj(v, "/leadership/roles/3").remove("communicatedOn");
    });
    assert_fires(&d, &roles::ROLE_COMMUNICATED, "4.3", "/leadership/roles/3");
    assert_eq!(reasons(&d, &roles::ROLE_COMMUNICATED), ["not-communicated"]);
    let d = broken(|v| v["leadership"]["roles"][3]["communicatedOn"] = json!("2026-07-01"));
    assert_fires(&d, &roles::ROLE_COMMUNICATED, "4.3", "/leadership/roles/3");
    let d = broken(|v| {
        obj(v, "/leadership/roles/3").remove("document");
        wants_documents(v, "document");
    });
    assert_fires(&d, &roles::ROLE_COMMUNICATED, "4.3", "/leadership/roles/3");
    assert_eq!(reasons(&d, &roles::ROLE_COMMUNICATED), ["no-description"]);
    // Ma Tao holds the internal auditor role but has not signed it.
    let d = broken(|v| {
        arr(v, "/leadership/roles/10/acknowledgedBy")
            .retain(|p| p != "61200000-0000-4000-8000-000000000012")
    });
    let fs = assert_fires(&d, &roles::ROLE_COMMUNICATED, "4.3", "/leadership/roles/10");
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "not-acknowledged");
    assert!(fs[0].message.en.contains("Ma Tao"), "{}", fs[0].message.en);
}

#[test]
fn duties_assigned_per_item() {
    let d =
        broken(|v| arr(v, "/leadership/dutyAssignments").retain(|a| a["duty"] != "customerFocus"));
    let fs = assert_fires(
        &d,
        &roles::DUTIES_ASSIGNED,
        "4.3.d",
        "/leadership/dutyAssignments",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "customer-focus-unassigned");
    let d = broken(|v| {
        obj(v, "/leadership/dutyAssignments/4").remove("role");
    });
    assert_fires(
        &d,
        &roles::DUTIES_ASSIGNED,
        "4.3.e",
        "/leadership/dutyAssignments",
    );
    let d = broken(|v| {
        obj(v, "/leadership").remove("dutyAssignments");
    });
    for item in ["4.3.a", "4.3.b", "4.3.c", "4.3.d", "4.3.e"] {
        assert_fires(&d, &roles::DUTIES_ASSIGNED, item, "/leadership");
    }
    assert_eq!(
        reasons(&d, &roles::DUTIES_ASSIGNED),
        [
            "conformity-unassigned",
            "process-outputs-unassigned",
            "performance-reporting-unassigned",
            "customer-focus-unassigned",
            "change-integrity-unassigned",
        ]
    );
}

/// Issue 9 item 5: a role whose only holder has left is not assigned.
#[test]
fn role_staffed_on_the_as_of_date() {
    let d = broken(|v| v["support"]["people"][5]["leftOn"] = json!("2026-01-31"));
    assert_fires(&d, &roles::ROLE_STAFFED, "4.3", "/leadership/roles/5");
    assert_eq!(reasons(&d, &roles::ROLE_STAFFED), ["no-current-holder"]);
    let d = broken(|v| v["support"]["people"][5]["leftOn"] = json!("2026-06-30"));
    assert_quiet(&d, &roles::ROLE_STAFFED);
}

/// Issue 9 item 5: a duty assigned only to roles nobody holds is not assigned in fact.
#[test]
fn duty_role_held_on_the_as_of_date() {
    let d = broken(|v| v["support"]["people"][5]["leftOn"] = json!("2026-01-31"));
    assert_fires(
        &d,
        &roles::DUTIES_ASSIGNED,
        "4.3.d",
        "/leadership/dutyAssignments",
    );
    assert_eq!(
        reasons(&d, &roles::DUTIES_ASSIGNED),
        ["duty-role-unstaffed"]
    );
    let d = broken(|v| {
        v["support"]["people"][5]["leftOn"] = json!("2026-01-31");
        v["leadership"]["dutyAssignments"][3]["role"] =
            json!("43000000-0000-4000-8000-000000000002");
    });
    assert_quiet(&d, &roles::DUTIES_ASSIGNED);
}
