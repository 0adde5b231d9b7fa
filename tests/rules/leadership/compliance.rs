//! 4.1.2 a) — legal requirements not met are acted upon.

use crate::common::*;
use ecms::rules::leadership::compliance;
use serde_json::json;

#[test]
fn shortfall_needs_a_nonconformity() {
    assert_quiet(&dataset(), &compliance::SHORTFALL_ADDRESSED);
    // The latest evaluation of the Consumer Protection Law finds it partly met.
    let d = broken(|v| {
        v["context"]["complianceObligations"][2]["evaluations"][1]["result"] =
            json!("partlyCompliant");
    });
    let fs = assert_fires(
        &d,
        &compliance::SHORTFALL_ADDRESSED,
        "4.1.2.a",
        "/context/complianceObligations/2/evaluations/1",
    );
    assert!(fs[0].message.zh.contains("2026年1月8日"));
    assert!(fs[0].message.en.contains("2026-01-08"));
    // With the nonconformity raised for it, the shortfall is handled.
    let d = broken(|v| {
        let e = &mut v["context"]["complianceObligations"][2]["evaluations"][1];
        e["result"] = json!("nonCompliant");
        e["nonconformity"] = json!("92000000-0000-4000-8000-000000000001");
    });
    assert_quiet(&d, &compliance::SHORTFALL_ADDRESSED);
    // An earlier shortfall followed by a compliant evaluation is past.
    let d = broken(|v| {
        v["context"]["complianceObligations"][2]["evaluations"][0]["result"] =
            json!("nonCompliant");
    });
    assert_quiet(&d, &compliance::SHORTFALL_ADDRESSED);
}
