//! 7.2.1 — operating model.

use super::*;
use crate::common::*;
use ecms::rules::operation::operating_model;
use serde_json::json;

#[test]
fn operating_model_missing() {
    fires(
        |v| {
            obj(v, OP).remove("operatingModel");
        },
        &operating_model::MODEL,
        "7.2.1",
        "/operation/operatingModel",
    );
    fires(
        |v| drop_key(v, "/operation/operatingModel", "document"),
        &operating_model::MODEL,
        "7.2.1",
        "/operation/operatingModel",
    )
    .with_reason("not-documented");
}

#[test]
fn operations_area_missing() {
    let d = broken(|v| {
        arr(v, "/operation/operatingModel/processes").retain(|p| p["area"] != "crisisManagement")
    });
    let fs = assert_fires(
        &d,
        &operating_model::AREAS_COVERED,
        "7.2.1.a",
        "/operation/operatingModel",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["area"], "crisisManagement");
}

#[test]
fn target_customers() {
    fires(
        |v| drop_key(v, "/operation/operatingModel", "targetCustomers"),
        &operating_model::TARGET_CUSTOMERS,
        "7.2.1.b",
        "/operation/operatingModel",
    )
    .with_reason("no-target-customers");
    fires(
        |v| drop_key(v, "/operation/operatingModel/targetCustomers/1", "needs"),
        &operating_model::TARGET_CUSTOMERS,
        "7.2.1.b",
        "/operation/operatingModel/targetCustomers/1",
    )
    .with_reason("no-needs");
}

#[test]
fn operations_process_items() {
    fires(
        |v| drop_key(v, "/operation/operatingModel/processes/2", "verification"),
        &operating_model::PROCESS_VERIFICATION,
        "7.2.1.c",
        "/operation/operatingModel/processes/2",
    )
    .with_reason("no-verification");
    fires(
        |v| v["operation"]["operatingModel"]["processes"][1]["measures"] = json!([" "]),
        &operating_model::PROCESS_MEASURES,
        "7.2.1.d",
        "/operation/operatingModel/processes/1",
    )
    .with_reason("no-measures");
    fires(
        |v| drop_key(v, "/operation/operatingModel/processes/3", "responsible"),
        &operating_model::PROCESS_RESPONSIBILITY,
        "7.2.1.f",
        "/operation/operatingModel/processes/3",
    )
    .with_reason("no-responsible-role");
    fires(
        |v| drop_key(v, "/operation/operatingModel/processes/0", "authorities"),
        &operating_model::PROCESS_RESPONSIBILITY,
        "7.2.1.f",
        "/operation/operatingModel/processes/0",
    )
    .with_reason("no-authorities");
}

#[test]
fn customer_feedback() {
    fires(
        |v| drop_key(v, "/operation/operatingModel/feedback", "channels"),
        &operating_model::FEEDBACK_CHANNELS,
        "7.2.1.e",
        "/operation/operatingModel",
    )
    .with_reason("no-channel");
    // Last evaluated 2026-04-08 every P3M: due 2026-07-08.
    let d = dataset();
    assert_quiet_on(
        &d,
        &operating_model::FEEDBACK_EVALUATION_OVERDUE,
        date(2026, 7, 8),
    );
    assert_fires_on(
        &d,
        &operating_model::FEEDBACK_EVALUATION_OVERDUE,
        "7.2.1.e",
        "/operation/operatingModel/feedback",
        date(2026, 7, 9),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/operatingModel/feedback/evaluation",
                "interval",
            )
        },
        &operating_model::REVIEW_INTERVALS,
        "7.2.1.e",
        "/operation/operatingModel/feedback",
    )
    .with_reason("no-feedback-evaluation-interval");
}
