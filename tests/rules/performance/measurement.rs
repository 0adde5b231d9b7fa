//! 8.1.4.1 — measurement methods and data analysed.

use super::rm;
use crate::common::*;
use ecms::rules::performance::measurement;

#[test]
fn measurement_method_missing() {
    let d = broken(|v| rm(v, "/performance/kpis/3", "method"));
    assert_eq!(reasons(&d, &measurement::METHOD), ["kpi-no-method"]);
    assert_fires(&d, &measurement::METHOD, "8.1.4.1", "/performance/kpis/3");
    let d = broken(|v| rm(v, "/performance/monitoring/entries/1", "method"));
    assert_eq!(reasons(&d, &measurement::METHOD), ["entry-no-method"]);
    assert_fires(
        &d,
        &measurement::METHOD,
        "8.1.4.1",
        "/performance/monitoring/entries/1",
    );
}

#[test]
fn data_not_analysed() {
    let d = broken(|v| rm(v, "/performance", "analyses"));
    assert_fires(&d, &measurement::DATA_ANALYSED, "8.1.4.1", "/performance");
    // The latest analysis (2026-04-18) is current evidence for the default year; after it,
    // a policy warning at that analysis (the standard states no frequency).
    let d = dataset();
    assert_quiet_on(&d, &measurement::DATA_ANALYSED, date(2027, 4, 18));
    let fs = assert_fires_on(
        &d,
        &measurement::DATA_ANALYSED,
        "8.1.4.1",
        "/performance/analyses/2",
        date(2027, 4, 19),
    );
    assert_eq!(fs[0].reason, "not-recent-default");
    assert_eq!(fs[0].severity, ecms::rules::Severity::Warning);
}
