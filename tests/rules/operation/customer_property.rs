//! 7.2.4 — customer property.

use super::*;
use crate::common::*;
use ecms::rules::operation::customer_property;
use serde_json::{Value, json};

#[test]
fn customer_property() {
    fires(
        |v| {
            drop_key(
                v,
                "/operation/customerService/customerProperty/2",
                "verifiedOn",
            )
        },
        &customer_property::CONTROLLED,
        "7.2.4",
        "/operation/customerService/customerProperty/2",
    )
    .with_reason("no-verification");
    fires(
        |v| drop_key(v, CS, "propertyRules"),
        &customer_property::CONTROLLED,
        "7.2.4",
        CS,
    )
    .with_reason("no-rules");
    const INC: &str = "/operation/customerService/customerProperty/0/incidents/0";
    fires(
        |v| drop_key(v, INC, "reportedToCustomerOn"),
        &customer_property::INCIDENT_REPORTED,
        "7.2.4",
        INC,
    )
    .with_reason("damage-not-reported");
    fires(
        |v| {
            v["operation"]["customerService"]["customerProperty"][0]["incidents"][0]["reportedToCustomerOn"] =
                json!("2026-01-15")
        },
        &customer_property::INCIDENT_REPORTED,
        "7.2.4",
        INC).with_reason("damage-reported-before-it-happened");
    fires(
        |v| drop_key(v, INC, "record"),
        &customer_property::INCIDENT_RECORDED,
        "7.2.4",
        INC,
    )
    .with_reason("damage-no-record");
    fires(
        |v| drop_key(v, INC, "action"),
        &customer_property::INCIDENT_RECORDED,
        "7.2.4",
        INC,
    )
    .with_reason("damage-no-action");
}

#[test]
fn every_reason_of_customer_property() {
    const P: &str = "/operation/customerService/customerProperty/0";
    const INC: &str = "/operation/customerService/customerProperty/0/incidents/0";
    gives(
        |v| drop_key(v, P, "identification"),
        &customer_property::CONTROLLED,
        "no-identification",
    );
    gives(
        |v| drop_key(v, P, "protection"),
        &customer_property::CONTROLLED,
        "no-protection",
    );
    for kind in ["loss", "damage", "unsuitable"] {
        let code = if kind == "unsuitable" {
            "unsuitability"
        } else {
            kind
        };
        let set = |v: &mut Value, key: &str, value: Value| {
            obj(v, INC).insert("kind".into(), json!(kind));
            obj(v, INC).insert(key.into(), value);
        };
        gives(
            |v| {
                set(v, "kind", json!(kind));
                drop_key(v, INC, "reportedToCustomerOn");
            },
            &customer_property::INCIDENT_REPORTED,
            &format!("{code}-not-reported"),
        );
        gives(
            |v| set(v, "reportedToCustomerOn", json!("2026-01-15")),
            &customer_property::INCIDENT_REPORTED,
            &format!("{code}-reported-before-it-happened"),
        );
        gives(
            |v| set(v, "reportedToCustomerOn", json!("2026-07-15")),
            &customer_property::INCIDENT_REPORTED,
            &format!("{code}-reported-after-as-of"),
        );
        for (key, what) in [
            ("date", "no-date"),
            ("description", "no-description"),
            ("action", "no-action"),
            ("record", "no-record"),
        ] {
            gives(
                |v| {
                    set(v, "kind", json!(kind));
                    drop_key(v, INC, key);
                },
                &customer_property::INCIDENT_RECORDED,
                &format!("{code}-{what}"),
            );
        }
    }
}
