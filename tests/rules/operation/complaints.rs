//! 7.2.4 f) — complaints and refunds.

use super::*;
use crate::common::*;
use ecms::rules::operation::complaints;
use serde_json::json;

#[test]
fn complaint_records() {
    fires(
        |v| drop_key(v, "/operation/customerService/complaints/2", "resolution"),
        &complaints::RECORD,
        "7.2.4.f",
        "/operation/customerService/complaints/2",
    )
    .with_reason("no-resolution");
    fires(
        |v| v["operation"]["customerService"]["complaints"][0]["resolvedOn"] = json!("2025-11-13"),
        &complaints::RECORD,
        "7.2.4.f",
        "/operation/customerService/complaints/0",
    )
    .with_reason("resolved-before-received");
    fires(
        |v| drop_key(v, "/operation/customerService/complaints/4", "receivedOn"),
        &complaints::RECORD,
        "7.2.4.f",
        "/operation/customerService/complaints/4",
    )
    .with_reason("no-receipt-date");
    fires(
        |v| v["operation"]["customerService"]["complaints"][3]["resolvedOn"] = json!("2026-07-02"),
        &complaints::RECORD,
        "7.2.4.f",
        "/operation/customerService/complaints/3",
    )
    .with_reason("resolved-after-as-of");
}

#[test]
fn complaint_resolution_time_boundaries() {
    // The open complaint was received 2026-06-26, limit P7D: due 2026-07-03.
    let d = dataset();
    assert_quiet_on(&d, &complaints::RESOLUTION_TIME, date(2026, 7, 3));
    assert_fires_on(
        &d,
        &complaints::RESOLUTION_TIME,
        "7.2.4.f",
        "/operation/customerService/complaints/4",
        date(2026, 7, 4),
    );
    // Resolved a day late (received 2026-01-09, due 2026-01-16).
    fires(
        |v| v["operation"]["customerService"]["complaints"][2]["resolvedOn"] = json!("2026-01-17"),
        &complaints::RESOLUTION_TIME,
        "7.2.4.f",
        "/operation/customerService/complaints/2",
    )
    .with_reason("resolved-late");
    let d = broken(|v| {
        v["operation"]["customerService"]["complaints"][2]["resolvedOn"] = json!("2026-01-16")
    });
    assert_quiet(&d, &complaints::RESOLUTION_TIME);
    // No limit declared.
    fires(
        |v| drop_key(v, CS, "complaintResolutionLimit"),
        &complaints::RESOLUTION_TIME,
        "7.2.4.f",
        CS,
    )
    .with_reason("no-limit");
}

#[test]
fn refunds() {
    fires(
        |v| drop_key(v, "/operation/customerService/complaints/0", "refund"),
        &complaints::REFUND_APPROVED,
        "7.2.4.f",
        "/operation/customerService/complaints/0",
    )
    .with_reason("no-amount");
    fires(
        |v| {
            drop_key(
                v,
                "/operation/customerService/complaints/3",
                "refundApproval",
            )
        },
        &complaints::REFUND_APPROVED,
        "7.2.4.f",
        "/operation/customerService/complaints/3",
    )
    .with_reason("not-approved");
    // The agent (limit CNY 300) approves the CNY 959 refund.
    fires(
        |v| {
            v["operation"]["customerService"]["complaints"][3]["refundApproval"]["by"] =
                json!("61200000-0000-4000-8000-000000000011")
        },
        &complaints::REFUND_APPROVED,
        "7.2.4.f",
        "/operation/customerService/complaints/3",
    )
    .with_reason("unauthorized");
    // CNY 300 exactly is within the agent's limit; 300.01 is not.
    let d = broken(|v| {
        v["operation"]["customerService"]["complaints"][1]["refund"]["amount"] = json!("300.00")
    });
    assert_quiet(&d, &complaints::REFUND_APPROVED);
    fires(
        |v| {
            v["operation"]["customerService"]["complaints"][1]["refund"]["amount"] = json!("300.01")
        },
        &complaints::REFUND_APPROVED,
        "7.2.4.f",
        "/operation/customerService/complaints/1",
    )
    .with_reason("unauthorized");
}

#[test]
fn every_reason_of_complaints() {
    gives(
        |v| v["operation"]["customerService"]["complaints"][4]["receivedOn"] = json!("2026-07-05"),
        &complaints::RECORD,
        "received-after-as-of",
    );
    gives(
        |v| drop_key(v, "/operation/customerService/complaints/0", "handledBy"),
        &complaints::RECORD,
        "no-handler",
    );
    gives(
        |v| v["operation"]["customerService"]["complaints"][4]["receivedOn"] = json!("2026-06-01"),
        &complaints::RESOLUTION_TIME,
        "still-open",
    );
}
