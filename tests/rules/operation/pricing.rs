//! 7.2.3 d) — pricing.

use super::*;
use crate::common::*;
use ecms::rules::operation::pricing;
use serde_json::json;

#[test]
fn pricing_principles_and_mechanism() {
    fires(
        |v| drop_key(v, "/operation/listing/pricing", "displayMode"),
        &pricing::PRINCIPLES,
        "7.2.3.d.1",
        "/operation/listing/pricing",
    )
    .with_reason("no-display-mode");
    fires(
        |v| drop_key(v, "/operation/listing/pricing", "approvalAuthorities"),
        &pricing::APPROVAL_MECHANISM,
        "7.2.3.d.2",
        "/operation/listing/pricing",
    )
    .with_reason("no-authority");
}

#[test]
fn price_change_approval() {
    fires(
        |v| drop_key(v, "/operation/listing/priceChanges/2", "approval"),
        &pricing::CHANGE_APPROVED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/2",
    )
    .with_reason("not-approved");
    // Approved the day after it took effect (2026-02-25).
    fires(
        |v| v["operation"]["listing"]["priceChanges"][1]["approval"]["date"] = json!("2026-02-26"),
        &pricing::CHANGE_APPROVED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/1",
    )
    .with_reason("approved-after-effective-date");
    // Approved on the effective day: fine.
    let d = broken(|v| {
        v["operation"]["listing"]["priceChanges"][1]["approval"]["date"] = json!("2026-02-25")
    });
    assert_quiet(&d, &pricing::CHANGE_APPROVED);
    fires(
        |v| drop_key(v, "/operation/listing/priceChanges/3", "effectiveFrom"),
        &pricing::CHANGE_APPROVED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/3",
    )
    .with_reason("no-effective-date");
}

#[test]
fn price_approver_authority() {
    // A customer service agent approves a price change.
    let d = broken(|v| {
        v["operation"]["listing"]["priceChanges"][1]["approval"]["by"] =
            json!("61200000-0000-4000-8000-000000000011")
    });
    let fs = assert_fires(
        &d,
        &pricing::APPROVER_AUTHORIZED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/1/approval",
    );
    assert_eq!(fs[0].params["change"], "15.80%");
    // The operations manager may approve up to 30%: the 50% scarf clearance is beyond her.
    fires(
        |v| {
            v["operation"]["listing"]["priceChanges"][0]["approval"]["by"] =
                json!("61200000-0000-4000-8000-000000000003")
        },
        &pricing::APPROVER_AUTHORIZED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/0/approval",
    )
    .with_reason("unauthorized");
    // Exactly 30% is within her limit.
    let d = broken(|v| {
        let c = &mut v["operation"]["listing"]["priceChanges"][2];
        c["oldPrice"]["amount"] = json!("600.00");
        c["newPrice"]["amount"] = json!("420.00");
    });
    assert_quiet(&d, &pricing::APPROVER_AUTHORIZED);
    let d = broken(|v| {
        let c = &mut v["operation"]["listing"]["priceChanges"][2];
        c["oldPrice"]["amount"] = json!("600.00");
        c["newPrice"]["amount"] = json!("419.00");
    });
    assert_fires(
        &d,
        &pricing::APPROVER_AUTHORIZED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/2/approval",
    );
    // Holding the role through the role's holder list is enough.
    let d = broken(|v| {
        arr(v, "/support/people/2/roles").clear();
    });
    assert_quiet(&d, &pricing::APPROVER_AUTHORIZED);
}

#[test]
fn price_self_approval() {
    let d = broken(|v| {
        v["operation"]["listing"]["priceChanges"][3]["requestedBy"] =
            json!("61200000-0000-4000-8000-000000000003")
    });
    let fs = assert_fires(
        &d,
        &pricing::SELF_APPROVAL,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/3",
    );
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
}

#[test]
fn every_reason_of_pricing() {
    const PR: &str = "/operation/listing/pricing";
    for (key, code) in [
        ("document", "not-documented"),
        ("principles", "no-principles"),
        ("handlingProcess", "no-handling-process"),
        ("displayMode", "no-display-mode"),
        ("adjustmentBasis", "no-adjustment-basis"),
    ] {
        gives(|v| drop_key(v, PR, key), &pricing::PRINCIPLES, code);
    }
    gives(
        |v| v["operation"]["listing"]["priceChanges"][3]["approval"]["date"] = json!("2026-07-10"),
        &pricing::CHANGE_APPROVED,
        "approved-after-as-of",
    );
    gives(
        |v| {
            v["operation"]["listing"]["priceChanges"][1]["approval"]["by"] =
                json!("61200000-0000-4000-8000-000000000011");
            drop_key(v, "/operation/listing/priceChanges/1", "oldPrice");
        },
        &pricing::APPROVER_AUTHORIZED,
        "unauthorized-change-unknown",
    );
}

#[test]
fn price_approver_judged_by_the_roles_held_on_the_approval_date() {
    // Wang Fang became operations manager only on 2026-03-01: her approval of 2026-02-20
    // (change 1) was not covered by that role, the one of 2026-03-01 (change 2) was.
    let d = broken(|v| {
        v["support"]["people"][2]["roleHistory"] = json!([
            {"role": "43000000-0000-4000-8000-000000000003", "from": "2026-03-01"}
        ])
    });
    let fs = assert_fires(
        &d,
        &pricing::APPROVER_AUTHORIZED,
        "7.2.3.d.2",
        "/operation/listing/priceChanges/1/approval",
    );
    assert_eq!(fs.len(), 1);
}
