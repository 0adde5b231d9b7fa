//! 7.2.3 — listing process and strategy, identification, traceability.

use super::*;
use crate::common::*;
use ecms::rules::operation::{classification, listing};
use serde_json::json;

#[test]
fn listing_procedure_and_strategy() {
    fires(
        |v| drop_key(v, LS, "procedure"),
        &listing::PROCEDURE,
        "7.2.3",
        LS,
    )
    .with_reason("missing");
    // (7.2.3.a itself, the strategy as a document, only with requireDocumentedProcedures.)
    let d = broken(|v| drop_key(v, LS, "strategy"));
    for item in [
        "7.2.3.a.1",
        "7.2.3.a.2",
        "7.2.3.a.3",
        "7.2.3.a.4",
        "7.2.3.a.5",
        "7.2.3.a.6",
    ] {
        assert_fires(&d, &listing::STRATEGY, item, LS);
    }
    fires(
        |v| drop_key(v, "/operation/listing/strategy", "adjustmentTriggers"),
        &listing::STRATEGY,
        "7.2.3.a.5",
        "/operation/listing/strategy",
    )
    .with_reason("no-adjustment");
    fires(
        |v| drop_key(v, "/operation/listing/strategy", "monitoring"),
        &listing::STRATEGY,
        "7.2.3.a.4",
        "/operation/listing/strategy",
    )
    .with_reason("no-monitoring");
}

#[test]
fn listing_strategy_schedules() {
    let d = dataset();
    // Requirements reviewed 2026-01-12 yearly: due 2027-01-12.
    assert_quiet_on(&d, &listing::REQUIREMENTS_REVIEW_OVERDUE, date(2027, 1, 12));
    assert_fires_on(
        &d,
        &listing::REQUIREMENTS_REVIEW_OVERDUE,
        "7.2.3.a.3",
        "/operation/listing/strategy",
        date(2027, 1, 13),
    );
    // Results evaluated 2026-04-10 every P3M: due 2026-07-10.
    assert_quiet_on(&d, &listing::OUTCOME_EVALUATION_OVERDUE, date(2026, 7, 10));
    assert_fires_on(
        &d,
        &listing::OUTCOME_EVALUATION_OVERDUE,
        "7.2.3.a.6",
        "/operation/listing/strategy",
        date(2026, 7, 11),
    );
    // Criteria optimised 2026-03-20 every P6M: due 2026-09-20.
    assert_quiet_on(&d, &classification::OPTIMISATION_OVERDUE, date(2026, 9, 20));
    assert_fires_on(
        &d,
        &classification::OPTIMISATION_OVERDUE,
        "7.2.3.b.2",
        "/operation/listing/classification",
        date(2026, 9, 21),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/listing/strategy/outcomeEvaluation",
                "interval",
            )
        },
        &listing::REVIEW_INTERVALS,
        "7.2.3.a.6",
        "/operation/listing/strategy",
    )
    .with_reason("no-outcome-evaluation-interval");
    fires(
        |v| {
            drop_key(
                v,
                "/operation/listing/classification/optimisation",
                "interval",
            )
        },
        &listing::REVIEW_INTERVALS,
        "7.2.3.b.2",
        "/operation/listing/classification",
    )
    .with_reason("no-optimisation-interval");
}

#[test]
fn listing_records() {
    fires(
        |v| drop_key(v, "/operation/listing/products/0", "listingApproval"),
        &listing::RECORDS,
        "7.2.3.a.2",
        "/operation/listing/products/0",
    )
    .with_reason("not-approved");
    // Approved after going on sale.
    fires(
        |v| {
            v["operation"]["listing"]["products"][5]["listingApproval"]["date"] =
                json!("2026-03-11")
        },
        &listing::RECORDS,
        "7.2.3.a.2",
        "/operation/listing/products/5",
    )
    .with_reason("approved-after-listing");
    // Approved on the listing day itself is fine.
    let d = broken(|v| {
        v["operation"]["listing"]["products"][5]["listingApproval"]["date"] = json!("2026-03-10")
    });
    assert_quiet(&d, &listing::RECORDS);
    fires(
        |v| drop_key(v, "/operation/listing/products/4", "delistingReason"),
        &listing::RECORDS,
        "7.2.3.a.2",
        "/operation/listing/products/4",
    )
    .with_reason("delisting-unrecorded");
}

#[test]
fn products_identifiable_and_traceable() {
    fires(
        |v| drop_key(v, "/operation/listing/products/2", "sku"),
        &listing::PRODUCT_IDENTIFIABLE,
        "7.2.3",
        "/operation/listing/products/2",
    )
    .with_reason("no-sku");
    fires(
        |v| v["operation"]["listing"]["products"][5]["sku"] = json!("SRT-DR-2501"),
        &listing::PRODUCT_IDENTIFIABLE,
        "7.2.3",
        "/operation/listing/products/5",
    )
    .with_reason("duplicate-sku");
    fires(
        |v| drop_key(v, "/operation/listing/products/3", "batches"),
        &listing::PRODUCT_TRACEABLE,
        "7.2.3",
        "/operation/listing/products/3",
    )
    .with_reason("untraceable");
    fires(
        |v| drop_key(v, "/operation/listing/products/0/batches/1", "source"),
        &listing::PRODUCT_TRACEABLE,
        "7.2.3",
        "/operation/listing/products/0",
    )
    .with_reason("batch-incomplete");
}

#[test]
fn every_reason_of_listing() {
    const ST: &str = "/operation/listing/strategy";
    const P0: &str = "/operation/listing/products/0";
    for (key, code) in [
        ("document", "not-documented"),
        ("marketInformation", "no-market-information"),
        ("processRequirements", "no-process-requirements"),
        ("requirementsReview", "no-requirements-review"),
        ("monitoring", "no-monitoring"),
        ("adjustmentTriggers", "no-adjustment"),
        ("outcomeEvaluation", "no-outcome-evaluation"),
    ] {
        gives(|v| drop_key(v, ST, key), &listing::STRATEGY, code);
    }
    gives(
        |v| drop_key(v, P0, "listedOn"),
        &listing::RECORDS,
        "no-listing-date",
    );
    gives(
        |v| drop_key(v, P0, "listingApproval"),
        &listing::RECORDS,
        "not-approved",
    );
    gives(
        |v| {
            v["operation"]["listing"]["products"][0]["listingApproval"]["date"] =
                json!("2026-07-10")
        },
        &listing::RECORDS,
        "approved-after-as-of",
    );
    gives(
        |v| {
            v["operation"]["listing"]["products"][0]["listingApproval"]["date"] =
                json!("2025-04-09")
        },
        &listing::RECORDS,
        "approved-after-listing",
    );
    gives(
        |v| drop_key(v, P0, "status"),
        &listing::RECORDS,
        "no-status",
    );
    for (key, code) in [
        ("requirementsReview", "no-requirements-review-interval"),
        ("outcomeEvaluation", "no-outcome-evaluation-interval"),
    ] {
        gives(
            |v| drop_key(v, &format!("{ST}/{key}"), "interval"),
            &listing::REVIEW_INTERVALS,
            code,
        );
    }
    gives(
        |v| {
            drop_key(
                v,
                "/operation/listing/classification/optimisation",
                "interval",
            )
        },
        &listing::REVIEW_INTERVALS,
        "no-optimisation-interval",
    );
}
