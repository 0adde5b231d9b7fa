//! 7.2.3 b) — product classification.

use super::*;
use ecms::rules::operation::classification;
use serde_json::json;

#[test]
fn classification() {
    fires(
        |v| drop_key(v, "/operation/listing/classification", "criteria"),
        &classification::CRITERIA,
        "7.2.3.b.1",
        "/operation/listing/classification",
    )
    .with_reason("no-criteria");
    fires(
        |v| drop_key(v, LS, "classification"),
        &classification::CRITERIA,
        "7.2.3.b.1",
        LS,
    );
    fires(
        |v| v["operation"]["listing"]["products"][2]["category"] = json!("Sweaters"),
        &classification::PRODUCT_CLASSIFIED,
        "7.2.3.b.1",
        "/operation/listing/products/2",
    )
    .with_reason("unclassified");
    fires(
        |v| drop_key(v, "/operation/listing/products/3", "category"),
        &classification::PRODUCT_CLASSIFIED,
        "7.2.3.b.1",
        "/operation/listing/products/3",
    )
    .with_reason("unclassified");
}
