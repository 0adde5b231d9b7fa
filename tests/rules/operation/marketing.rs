//! 7.4 — marketing process and evaluations.

use super::*;
use crate::common::*;
use ecms::rules::operation::marketing;

#[test]
fn marketing_procedure_and_data() {
    fires(
        |v| drop_key(v, MK, "procedure"),
        &marketing::PROCEDURE,
        "7.4",
        MK,
    )
    .with_reason("missing");
    fires(
        |v| drop_key(v, MK, "dataSources"),
        &marketing::DATA_SOURCES,
        "7.4.a",
        MK,
    )
    .with_reason("no-source");
    // Analysed 2026-06-08 monthly: due 2026-07-08.
    let d = dataset();
    assert_quiet_on(&d, &marketing::ANALYSIS_OVERDUE, date(2026, 7, 8));
    assert_fires_on(
        &d,
        &marketing::ANALYSIS_OVERDUE,
        "7.4.b",
        MK,
        date(2026, 7, 9),
    );
    // Process evaluated 2026-01-20 every P6M: due 2026-07-20.
    assert_quiet_on(
        &d,
        &marketing::PROCESS_EVALUATION_OVERDUE,
        date(2026, 7, 20),
    );
    assert_fires_on(
        &d,
        &marketing::PROCESS_EVALUATION_OVERDUE,
        "7.4.f",
        MK,
        date(2026, 7, 21),
    );
    fires(
        |v| drop_key(v, "/operation/marketing/analysis", "interval"),
        &marketing::REVIEW_INTERVALS,
        "7.4.b",
        MK,
    )
    .with_reason("no-analysis-interval");
}

#[test]
fn every_reason_of_marketing_intervals() {
    gives(
        |v| drop_key(v, "/operation/marketing/processEvaluation", "interval"),
        &marketing::REVIEW_INTERVALS,
        "no-evaluation-interval",
    );
    gives(
        |v| drop_key(v, "/operation/marketing/analysis", "interval"),
        &marketing::REVIEW_INTERVALS,
        "no-analysis-interval",
    );
}
