//! 7.6 — funds.

use super::*;
use crate::common::*;
use ecms::rules::operation::funds;
use serde_json::{Value, json};

#[test]
fn financial_control_system() {
    let d = broken(|v| {
        arr(v, "/operation/funds/financialControls").retain(|c| c["function"] != "forecasting")
    });
    let fs = assert_fires(&d, &funds::CONTROL_FUNCTIONS, "7.6", FM);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["function"], "forecasting");
    fires(
        |v| drop_key(v, "/operation/funds/financialControls/4", "owner"),
        &funds::CONTROL_DEFINED,
        "7.6",
        "/operation/funds/financialControls/4",
    )
    .with_reason("no-owner");
    // Cash forecast 2026-06-05 monthly: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, &funds::CONTROL_OVERDUE, date(2026, 7, 5));
    assert_fires_on(
        &d,
        &funds::CONTROL_OVERDUE,
        "7.6",
        "/operation/funds/financialControls/0",
        date(2026, 7, 6),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/funds/financialControls/1/schedule",
                "interval",
            )
        },
        &funds::REVIEW_INTERVALS,
        "7.6",
        "/operation/funds/financialControls/1",
    )
    .with_reason("no-control-interval");
}

#[test]
fn fund_procedures() {
    let d = broken(|v| drop_key(v, FM, "fundProcedures"));
    for item in ["7.6.a", "7.6.b", "7.6.c"] {
        assert_fires(&d, &funds::FUND_PROCEDURES, item, FM);
    }
    // The payment procedure without its document still covers c): the standard asks for the
    // procedure, not its document; an organization that requires documented procedures
    // (set by drop_key for document keys) gets a warning at the procedure.
    let d = broken(|v| drop_key(v, "/operation/funds/fundProcedures/2", "document"));
    let fs = assert_fires(
        &d,
        &funds::FUND_PROCEDURES,
        "7.6",
        "/operation/funds/fundProcedures/2",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "not-documented");
    assert_eq!(fs[0].severity, ecms::rules::Severity::Warning);
}

#[test]
fn every_reason_of_funds() {
    for (i, code) in [
        "no-forecasting",
        "no-decision",
        "no-budgeting",
        "no-analysis",
        "no-supervision",
        "no-inspection",
    ]
    .into_iter()
    .enumerate()
    {
        let other = if i == 0 { "decision" } else { "forecasting" };
        gives(
            |v| v["operation"]["funds"]["financialControls"][i]["function"] = json!(other),
            &funds::CONTROL_FUNCTIONS,
            code,
        );
    }
    gives(
        |v| drop_key(v, "/operation/funds/financialControls/0", "document"),
        &funds::CONTROL_DEFINED,
        "not-documented",
    );
    let purposes = |v: &mut Value, i: usize, p: Value| {
        v["operation"]["funds"]["fundProcedures"][i]["purposes"] = p;
    };
    gives(
        |v| {
            purposes(v, 0, json!(["operatingStandards"]));
            purposes(v, 2, json!(["paymentProcess"]));
        },
        &funds::FUND_PROCEDURES,
        "no-transaction-safety",
    );
    gives(
        |v| {
            purposes(v, 0, json!(["transactionSafety"]));
            purposes(v, 1, json!(["paymentProcess"]));
        },
        &funds::FUND_PROCEDURES,
        "no-operating-standards",
    );
    gives(
        |v| purposes(v, 2, json!(["transactionSafety"])),
        &funds::FUND_PROCEDURES,
        "no-payment-process",
    );
}
