//! 7.2.4 — customer-service process and staff evaluation.

use super::*;
use crate::common::*;
use ecms::rules::operation::customer_service;

#[test]
fn service_procedure_and_arrangements() {
    fires(
        |v| drop_key(v, CS, "procedure"),
        &customer_service::PROCEDURE,
        "7.2.4",
        CS,
    )
    .with_reason("missing");
    for (key, item) in [
        ("competence", "7.2.4.a"),
        ("infrastructure", "7.2.4.b"),
        ("environment", "7.2.4.c"),
        ("preSaleRules", "7.2.4.d"),
        ("productConfirmation", "7.2.4.e"),
        ("afterSaleRules", "7.2.4.f"),
    ] {
        fires(
            |v| drop_key(v, CS, key),
            &customer_service::ARRANGEMENTS,
            item,
            CS,
        );
    }
}

#[test]
fn staff_evaluation() {
    fires(
        |v| drop_key(v, CS, "evaluationCriteria"),
        &customer_service::STAFF_EVALUATION,
        "7.2.4",
        CS,
    )
    .with_reason("no-criteria");
    // Evaluated 2026-06-05 monthly: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(
        &d,
        &customer_service::STAFF_EVALUATION_OVERDUE,
        date(2026, 7, 5),
    );
    assert_fires_on(
        &d,
        &customer_service::STAFF_EVALUATION_OVERDUE,
        "7.2.4",
        CS,
        date(2026, 7, 6),
    );
    fires(
        |v| drop_key(v, "/operation/customerService/staffEvaluation", "interval"),
        &customer_service::REVIEW_INTERVALS,
        "7.2.4",
        CS,
    )
    .with_reason("no-staff-evaluation-interval");
}
