//! 7.7 e), f) — security risks.

use super::*;
use crate::common::*;
use ecms::rules::operation::{security, security_risks};
use serde_json::json;

#[test]
fn security_risks() {
    fires(
        |v| drop_key(v, "/operation/security/risks/3", "controls"),
        &security_risks::CONTROLS,
        "7.7.e",
        "/operation/security/risks/3",
    )
    .with_reason("no-controls");
    // Reassessed 2026-03-25 yearly: due 2027-03-25.
    let d = dataset();
    assert_quiet_on(&d, &security_risks::REVIEW_OVERDUE, date(2027, 3, 25));
    assert_fires_on(
        &d,
        &security_risks::REVIEW_OVERDUE,
        "7.7.e",
        "/operation/security/risks/0",
        date(2027, 3, 26),
    );
    fires(
        |v| drop_key(v, "/operation/security/risks/2/review", "interval"),
        &security::REVIEW_INTERVALS,
        "7.7.e",
        "/operation/security/risks/2",
    )
    .with_reason("no-risk-review-interval");
    for (area, item) in [
        ("network", "7.7.f.1"),
        ("portal", "7.7.f.2"),
        ("tradingSystem", "7.7.f.3"),
        ("customerPersonalInformation", "7.7.f.4"),
    ] {
        let d = broken(|v| arr(v, "/operation/security/risks").retain(|r| r["area"] != area));
        let fs = assert_fires(&d, &security_risks::AREAS, item, SC);
        assert_eq!(fs.len(), 1);
    }
}

#[test]
fn every_reason_of_security_risks() {
    gives(
        |v| drop_key(v, "/operation/security/risks/0", "level"),
        &security_risks::CONTROLS,
        "no-rating",
    );
    gives(
        |v| drop_key(v, "/operation/security/risks/0", "owner"),
        &security_risks::CONTROLS,
        "no-owner",
    );
    for (i, code) in [
        "no-network-risk",
        "no-portal-risk",
        "no-trading-system-risk",
        "no-personal-information-risk",
    ]
    .into_iter()
    .enumerate()
    {
        gives(
            |v| v["operation"]["security"]["risks"][i]["area"] = json!("other"),
            &security_risks::AREAS,
            code,
        );
    }
}
