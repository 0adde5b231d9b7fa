//! 7.2.3 c) — product description.

use super::*;
use crate::common::*;
use ecms::rules::operation::description;

#[test]
fn description() {
    fires(
        |v| drop_key(v, "/operation/listing/descriptionRules", "parameterRules"),
        &description::DESCRIPTION_RULES,
        "7.2.3.c.1",
        "/operation/listing/descriptionRules",
    )
    .with_reason("no-parameter-rules");
    fires(
        |v| drop_key(v, "/operation/listing/products/1", "title"),
        &description::PRODUCT_DESCRIBED,
        "7.2.3.c.1",
        "/operation/listing/products/1",
    )
    .with_reason("no-title");
    fires(
        |v| drop_key(v, "/operation/listing/products/1", "parameters"),
        &description::PRODUCT_DESCRIBED,
        "7.2.3.c.1",
        "/operation/listing/products/1",
    )
    .with_reason("no-parameters");
    fires(
        |v| drop_key(v, "/operation/listing/descriptionRules", "otherInformation"),
        &description::CUSTOMER_INFORMATION,
        "7.2.3.c.2",
        "/operation/listing/descriptionRules",
    )
    .with_reason("rules-name-none");
    fires(
        |v| drop_key(v, "/operation/listing/products/5", "customerInformation"),
        &description::CUSTOMER_INFORMATION,
        "7.2.3.c.2",
        "/operation/listing/products/5",
    )
    .with_reason("product-gives-none");
    // The delisted scarf has no customer information: not on sale, not required.
    assert_quiet(&dataset(), &description::CUSTOMER_INFORMATION);
}

#[test]
fn every_reason_of_description_rules() {
    const DR: &str = "/operation/listing/descriptionRules";
    for (key, code) in [
        ("document", "not-documented"),
        ("titleRules", "no-title-rules"),
        ("parameterRules", "no-parameter-rules"),
    ] {
        gives(
            |v| drop_key(v, DR, key),
            &description::DESCRIPTION_RULES,
            code,
        );
    }
}
