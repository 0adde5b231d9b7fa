//! 8.1.4.3 — benchmarks.

use super::{assert_reasons_on_removal, rm};
use crate::common::*;
use ecms::rules::performance::benchmarks;

#[test]
fn benchmarks() {
    let d = broken(|v| rm(v, "/performance", "benchmarks"));
    assert_fires(&d, &benchmarks::USED, "8.1.4.3", "/performance");
    let d = broken(|v| rm(v, "/performance/benchmarks/0", "comparisons"));
    assert_fires(
        &d,
        &benchmarks::COMPARED,
        "8.1.4.3",
        "/performance/benchmarks/0",
    );
    let d = broken(|v| {
        let b = obj(v, "/performance/benchmarks/1");
        b.remove("improvementNeeds");
        b.remove("improvements");
    });
    assert_fires(
        &d,
        &benchmarks::COMPARED,
        "8.1.4.3",
        "/performance/benchmarks/1",
    );
}

#[test]
fn each_missing_part_has_its_reason() {
    const B: &str = "/performance/benchmarks/0";
    assert_reasons_on_removal(
        &benchmarks::COMPARED,
        &[
            (B, "kind", "no-kind-or-reference"),
            (B, "reference", "no-kind-or-reference"),
            (B, "comparisons", "no-comparison"),
        ],
    );
    let d = broken(|v| {
        let b = obj(v, "/performance/benchmarks/1");
        b.remove("improvementNeeds");
        b.remove("improvements");
    });
    assert_eq!(reasons(&d, &benchmarks::COMPARED), ["no-needs-analysis"]);
}
