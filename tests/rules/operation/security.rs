//! 7.7 a)–c) — security policy, awareness, responsibilities, measures.

use super::*;
use crate::common::*;
use ecms::rules::operation::security;
use serde_json::{Value, json};

#[test]
fn security_policy_and_responsibilities() {
    fires(|v| drop_key(v, SC, "policy"), &security::POLICY, "7.7", SC).with_reason("missing");
    fires(
        |v| drop_key(v, SC, "responsibilities"),
        &security::RESPONSIBILITIES,
        "7.7.b",
        SC,
    )
    .with_reason("none-assigned");
    fires(
        |v| drop_key(v, "/operation/security/responsibilities/1", "role"),
        &security::RESPONSIBILITIES,
        "7.7.b",
        "/operation/security/responsibilities/1",
    )
    .with_reason("no-role");
}

#[test]
fn awareness_training_boundaries() {
    // Ma Tao last attended 2025-09-16, yearly: due 2026-09-16; the others attended 2026-03-12.
    let d = dataset();
    assert_quiet_on(&d, &security::AWARENESS_TRAINING_OVERDUE, date(2026, 9, 16));
    let fs = assert_fires_on(
        &d,
        &security::AWARENESS_TRAINING_OVERDUE,
        "7.7.a",
        "/support/people/11",
        date(2026, 9, 17),
    );
    assert_eq!(fs.len(), 1);
    // A newcomer who never attended is overdue at once.
    let d = broken(|v| {
        arr(v, "/support/people").push(json!({
            "id": "61200000-0000-4000-8000-000000000099",
            "name": "Lin Xiao 林晓",
            "roles": ["43000000-0000-4000-8000-000000000007"]
        }))
    });
    assert_fires(
        &d,
        &security::AWARENESS_TRAINING_OVERDUE,
        "7.7.a",
        "/support/people/12",
    );
    fires(
        |v| drop_key(v, "/operation/security/awareness", "interval"),
        &security::REVIEW_INTERVALS,
        "7.7.a",
        SC,
    )
    .with_reason("no-awareness-interval");
}

#[test]
fn technical_measures() {
    fires(
        |v| drop_key(v, SC, "technicalMeasures"),
        &security::TECHNICAL_MEASURES,
        "7.7.c",
        SC,
    )
    .with_reason("missing");
    // Finance system loses every measure that covered it.
    fires(
        |v| {
            for m in arr(v, "/operation/security/technicalMeasures") {
                if let Some(s) = m.get_mut("systems").and_then(Value::as_array_mut) {
                    s.retain(|x| x != "75000000-0000-4000-8000-000000000003");
                }
            }
        },
        &security::SYSTEMS_PROTECTED,
        "7.7.c",
        "/operation/information/systems/2",
    )
    .with_reason("unprotected");
}

#[test]
fn parties_handling_customer_data_bound_to_security_obligations() {
    assert_quiet(&dataset(), &security::PARTY_OBLIGATIONS);
    fires(
        |v| arr(v, "/operation/security/partyObligations").truncate(1),
        &security::PARTY_OBLIGATIONS,
        "7.7",
        "/operation/supplyChain/carriers/1",
    )
    .with_reason("no-obligations");
    fires(
        |v| drop_key(v, "/operation/security/partyObligations/0", "acceptedOn"),
        &security::PARTY_OBLIGATIONS,
        "7.7",
        "/operation/security/partyObligations/0",
    )
    .with_reason("obligations-incomplete");
    // A supplier that handles customer data, and the provider of an outsourced process.
    fires(
        |v| {
            v["operation"]["supplyChain"]["suppliers"][4]["handlesCustomerData"] = json!(true);
        },
        &security::PARTY_OBLIGATIONS,
        "7.7",
        "/operation/supplyChain/suppliers/4",
    )
    .with_reason("no-obligations");
    fires(
        |v| {
            let pr = &mut v["context"]["processes"][5];
            pr["outsourced"] = json!(true);
            pr["provider"] = json!("73300000-0000-4000-8000-000000000005");
        },
        &security::PARTY_OBLIGATIONS,
        "7.7",
        "/context/processes/5",
    )
    .with_reason("no-obligations");
}
