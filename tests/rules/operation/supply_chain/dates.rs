//! 7.3 — supply-chain records not dated in the future.

use super::{at, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::dates;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn future_dated_records() {
    let d = broken(|v| sc(v)["suppliers"][1]["evaluations"][1]["date"] = json!("2026-07-15"));
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "7.3.3.2.f",
        &at("/suppliers/1/evaluations/1"),
    );
    assert_eq!(reasons(&d, &dates::FUTURE_DATED), ["provider-evaluation"]);
    // As of the evaluation day itself, nothing is in the future.
    assert_quiet_on(&d, &dates::FUTURE_DATED, date(2026, 7, 15));
    let d = broken(|v| {
        sc(v)["paymentPlatforms"][0]["securityAssessments"][1]["date"] = json!("2026-07-01")
    });
    assert_fires(
        &d,
        &dates::FUTURE_DATED,
        "7.3.7",
        &at("/paymentPlatforms/0/securityAssessments/1"),
    );
    assert_eq!(reasons(&d, &dates::FUTURE_DATED), ["security-assessment"]);
    let d = broken(|v| sc(v)["purchases"][8]["sentOn"] = json!("2026-07-02"));
    assert_fires(&d, &dates::FUTURE_DATED, "7.3.3.3", &at("/purchases/8"));
    assert_eq!(reasons(&d, &dates::FUTURE_DATED), ["purchase-sent"]);
}

#[test]
fn every_kind_of_record_has_its_reason() {
    let d = broken(|v| {
        sc(v)["purchases"][0]["review"]["date"] = json!("2026-07-03");
        sc(v)["purchases"][3]["verification"]["date"] = json!("2026-07-04");
        sc(v)["orderPolicy"]["analysis"]["schedule"]["lastDone"] = json!("2026-07-05");
        sc(v)["channelManagement"]["layoutReview"]["lastDone"] = json!("2026-07-06");
        sc(v)["paymentProcedure"]["piiRiskAssessment"]["date"] = json!("2026-07-07");
    });
    assert_eq!(
        reasons(&d, &dates::FUTURE_DATED),
        [
            "purchase-review",
            "purchase-verification",
            "order-analysis",
            "layout-review",
            "pii-risk-assessment",
        ]
    );
}
