//! 8.1.3 — customer satisfaction and credit rating.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::customers;

#[test]
fn customer_satisfaction_and_credit_rating() {
    let d = broken(|v| {
        arr(v, "/performance/customerMonitoring").retain(|c| c["aspect"] != "satisfaction")
    });
    assert_fires(
        &d,
        &customers::SATISFACTION,
        "8.1.3",
        "/performance/customerMonitoring",
    );
    assert_quiet(&d, &customers::CREDIT_RATING);
    let d = broken(|v| {
        arr(v, "/performance/customerMonitoring").retain(|c| c["aspect"] != "creditRating")
    });
    assert_fires(
        &d,
        &customers::CREDIT_RATING,
        "8.1.3",
        "/performance/customerMonitoring",
    );
    let d = broken(|v| rm(v, "/performance", "customerMonitoring"));
    assert_fires(&d, &customers::CREDIT_RATING, "8.1.3", "/performance");
}

#[test]
fn customer_method_undefined() {
    let d = broken(|v| rm(v, "/performance/customerMonitoring/1", "review"));
    assert_fires(
        &d,
        &customers::METHOD_DEFINED,
        "8.1.3",
        "/performance/customerMonitoring/1",
    );
}

#[test]
fn customer_results_overdue_boundaries() {
    // The store rating is monthly, last 2026-06-05.
    let d = dataset();
    assert_quiet_on(&d, &customers::RESULTS_OVERDUE, date(2026, 7, 5));
    assert_fires_on(
        &d,
        &customers::RESULTS_OVERDUE,
        "8.1.3",
        "/performance/customerMonitoring/1",
        date(2026, 7, 6),
    );
    // The survey is quarterly, last 2026-04-10.
    let fs = findings(&d, &customers::RESULTS_OVERDUE, date(2026, 7, 10));
    assert!(
        !fs.iter()
            .any(|f| f.path == "/performance/customerMonitoring/0")
    );
    assert_fires_on(
        &d,
        &customers::RESULTS_OVERDUE,
        "8.1.3",
        "/performance/customerMonitoring/0",
        date(2026, 7, 11),
    );
}

#[test]
fn each_missing_part_has_its_reason() {
    const C: &str = "/performance/customerMonitoring/0";
    assert_reasons_on_removal(
        &customers::METHOD_DEFINED,
        &[
            (C, "aspect", "no-aspect"),
            (C, "method", "no-method"),
            (C, "frequency", "no-frequency"),
            (C, "review", "no-review"),
        ],
    );
}
