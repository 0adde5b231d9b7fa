//! 9.3 — continual improvement.

use super::rm;
use crate::common::*;
use ecms::rules::improvement::continual;

#[test]
fn review_outputs_not_considered() {
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            i.as_object_mut().unwrap().remove("reviews");
        }
    });
    assert_fires(
        &d,
        &continual::REVIEW_OUTPUTS,
        "9.3",
        "/performance/managementReviews/0",
    );
    // After a year the 2026-01-16 review no longer needs to be answered here.
    assert_quiet_on(&d, &continual::REVIEW_OUTPUTS, date(2027, 1, 17));
}

#[test]
fn analysis_results_not_considered() {
    let id = "81000000-0000-4000-8000-000000000201";
    let d = broken(|v| {
        rm(v, "/performance/analyses/0", "decisions");
        for i in arr(v, "/improvement/improvements") {
            if let Some(a) = i.get_mut("analyses") {
                a.as_array_mut().unwrap().retain(|x| x != id);
            }
        }
    });
    assert_fires(
        &d,
        &continual::ANALYSIS_RESULTS,
        "9.3",
        "/performance/analyses/0",
    );
    // Decisions alone show the results were considered.
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            if let Some(a) = i.get_mut("analyses") {
                a.as_array_mut().unwrap().retain(|x| x != id);
            }
        }
    });
    assert_quiet(&d, &continual::ANALYSIS_RESULTS);
}
