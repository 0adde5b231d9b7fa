//! 7.3.3.3 — purchasing information, its review and verification.

use super::{at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::purchasing;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn purchase_not_described() {
    let d = broken(|v| rm(v, &at("/purchases/1"), "supplier"));
    assert_fires(&d, &purchasing::DESCRIBED, "7.3.3.3", &at("/purchases/1"));
    assert_eq!(reasons(&d, &purchasing::DESCRIBED), ["no-supplier"]);
    let d = broken(|v| {
        rm(v, &at("/purchases/1"), "description");
        rm(v, &at("/purchases/1"), "lines");
    });
    assert_fires(&d, &purchasing::DESCRIBED, "7.3.3.3", &at("/purchases/1"));
    assert_eq!(reasons(&d, &purchasing::DESCRIBED), ["not-described"]);
    let d = broken(|v| rm(v, &at("/purchases/6/requirements"), "specification"));
    assert_fires(&d, &purchasing::DESCRIBED, "7.3.3.3", &at("/purchases/6"));
    assert_eq!(reasons(&d, &purchasing::DESCRIBED), ["no-specification"]);
}

#[test]
fn purchase_requirements_reviewed_before_release() {
    // Reviewed the same day it was sent: fine.
    let d = broken(|v| sc(v)["purchases"][0]["review"]["date"] = json!("2025-08-12"));
    assert_quiet(&d, &purchasing::REQUIREMENTS_REVIEWED);
    // Reviewed the day after it was sent.
    let d = broken(|v| sc(v)["purchases"][0]["review"]["date"] = json!("2025-08-13"));
    assert_fires(
        &d,
        &purchasing::REQUIREMENTS_REVIEWED,
        "7.3.3.3",
        &at("/purchases/0"),
    );
    assert_eq!(
        reasons(&d, &purchasing::REQUIREMENTS_REVIEWED),
        ["reviewed-after-sending"]
    );
    let d = broken(|v| rm(v, &at("/purchases/3"), "review"));
    assert_fires(
        &d,
        &purchasing::REQUIREMENTS_REVIEWED,
        "7.3.3.3",
        &at("/purchases/3"),
    );
    assert_eq!(
        reasons(&d, &purchasing::REQUIREMENTS_REVIEWED),
        ["not-reviewed"]
    );
    let d = broken(|v| sc(v)["purchases"][4]["review"]["adequate"] = json!(false));
    assert_fires(
        &d,
        &purchasing::REQUIREMENTS_REVIEWED,
        "7.3.3.3",
        &at("/purchases/4"),
    );
    assert_eq!(
        reasons(&d, &purchasing::REQUIREMENTS_REVIEWED),
        ["not-adequate"]
    );
    // Not sent yet: no review needed so far.
    let d = broken(|v| {
        rm(v, &at("/purchases/8"), "review");
        rm(v, &at("/purchases/8"), "sentOn");
    });
    assert_quiet(&d, &purchasing::REQUIREMENTS_REVIEWED);
}

#[test]
fn purchase_information_content_is_a_should() {
    let d = broken(|v| {
        rm(
            v,
            &at("/purchases/2/requirements"),
            "personnelQualification",
        )
    });
    let fs = assert_fires(
        &d,
        &purchasing::INFO_CONTENT,
        "7.3.3.3.b",
        &at("/purchases/2"),
    );
    assert_eq!(
        reasons(&d, &purchasing::INFO_CONTENT),
        ["no-personnel-qualification"]
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    let d = broken(|v| {
        rm(v, &at("/purchases/2/requirements"), "approvals");
        rm(v, &at("/purchases/2/requirements"), "managementSystem");
    });
    assert_fires(
        &d,
        &purchasing::INFO_CONTENT,
        "7.3.3.3.a",
        &at("/purchases/2"),
    );
    assert_eq!(
        reasons(&d, &purchasing::INFO_CONTENT),
        ["no-approval-requirements", "no-management-system"]
    );
    assert_fires(
        &d,
        &purchasing::INFO_CONTENT,
        "7.3.3.3.c",
        &at("/purchases/2"),
    );
}

#[test]
fn received_purchase_verified() {
    let d = broken(|v| rm(v, &at("/purchases/5"), "verification"));
    assert_fires(&d, &purchasing::VERIFIED, "7.3.3.3", &at("/purchases/5"));
    assert_eq!(reasons(&d, &purchasing::VERIFIED), ["not-verified"]);
    let d = broken(|v| rm(v, &at("/purchases/3/verification"), "disposition"));
    assert_fires(&d, &purchasing::VERIFIED, "7.3.3.3", &at("/purchases/3"));
    assert_eq!(reasons(&d, &purchasing::VERIFIED), ["no-disposition"]);
    // A verification dated before the goods arrived verifies nothing that was received.
    let d = broken(|v| sc(v)["purchases"][4]["verification"]["date"] = json!("2026-02-25"));
    assert_fires(&d, &purchasing::VERIFIED, "7.3.3.3", &at("/purchases/4"));
    assert_eq!(
        reasons(&d, &purchasing::VERIFIED),
        ["verified-before-receipt"]
    );
    let d = broken(|v| sc(v)["purchases"][4]["verification"]["date"] = json!("2026-02-26"));
    assert_quiet(&d, &purchasing::VERIFIED);
}

#[test]
fn every_review_and_verification_reason() {
    let d = broken(|v| rm(v, &at("/purchases/0/review"), "date"));
    assert_eq!(
        reasons(&d, &purchasing::REQUIREMENTS_REVIEWED),
        ["no-review-date"]
    );
    let d = broken(|v| rm(v, &at("/purchases/0/review"), "by"));
    assert_eq!(
        reasons(&d, &purchasing::REQUIREMENTS_REVIEWED),
        ["no-reviewer"]
    );
    let d = broken(|v| rm(v, &at("/purchases/3/verification"), "result"));
    assert_eq!(
        reasons(&d, &purchasing::VERIFIED),
        ["verification-incomplete"]
    );
}
