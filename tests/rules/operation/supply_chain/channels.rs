//! 7.3.5 — channel management.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::channels;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn channels_and_procedure() {
    let d = broken(|v| {
        for c in arr(v, &at("/channels")) {
            c["closed"] = json!(true);
        }
    });
    assert_fires(&d, &channels::RECORDED, "7.3.5", SC);
    let d = broken(|v| rm(v, SC, "channelManagement"));
    assert_fires(&d, &channels::PROCEDURE, "7.3.5", SC);
    assert_eq!(reasons(&d, &channels::PROCEDURE), ["not-recorded"]);
    let d = broken(|v| rm(v, &at("/channelManagement"), "document"));
    assert_fires(&d, &channels::PROCEDURE, "7.3.5", &at("/channelManagement"));
    assert_eq!(reasons(&d, &channels::PROCEDURE), ["not-documented"]);
}

#[test]
fn channel_model_and_rationale() {
    let d = broken(|v| rm(v, &at("/channels/2"), "model"));
    assert_fires(&d, &channels::MODEL, "7.3.5.a", &at("/channels/2"));
    assert_eq!(reasons(&d, &channels::MODEL), ["no-model"]);
    let d = broken(|v| rm(v, &at("/channels/0"), "rationale"));
    assert_fires(&d, &channels::MODEL, "7.3.5.a", &at("/channels/0"));
    assert_eq!(reasons(&d, &channels::MODEL), ["no-rationale"]);
    let d = broken(|v| rm(v, &at("/channelManagement"), "modelSelection"));
    assert_fires(&d, &channels::MODEL, "7.3.5.a", &at("/channelManagement"));
    assert_eq!(reasons(&d, &channels::MODEL), ["no-model-selection"]);
    // A closed channel is not checked.
    let d = broken(|v| {
        rm(v, &at("/channels/0"), "rationale");
        sc(v)["channels"][0]["closed"] = json!(true);
    });
    assert_quiet(&d, &channels::MODEL);
}

#[test]
fn channel_partner_rules_and_agreement() {
    let d = broken(|v| rm(v, &at("/channelManagement"), "partnerRules"));
    assert_fires(
        &d,
        &channels::PARTNER_RULES,
        "7.3.5.b",
        &at("/channelManagement"),
    );
    assert_eq!(reasons(&d, &channels::PARTNER_RULES), ["no-partner-rules"]);
    let d = broken(|v| rm(v, &at("/channels/2/partners/0"), "agreement"));
    assert_fires(
        &d,
        &channels::PARTNER_RULES,
        "7.3.5.b",
        &at("/channels/2/partners/0"),
    );
    assert_eq!(reasons(&d, &channels::PARTNER_RULES), ["no-agreement"]);
    // The Xingyao agreement runs to 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, &channels::PARTNER_RULES, date(2026, 8, 31));
    assert_fires_on(
        &d,
        &channels::PARTNER_RULES,
        "7.3.5.b",
        &at("/channels/2/partners/0"),
        date(2026, 9, 1),
    );
}

#[test]
fn channel_partner_training_and_resources() {
    let d = broken(|v| rm(v, &at("/channels/2/partners/0"), "trainings"));
    assert_fires(
        &d,
        &channels::PARTNER_SUPPORT,
        "7.3.5.c",
        &at("/channels/2/partners/0"),
    );
    assert_eq!(reasons(&d, &channels::PARTNER_SUPPORT), ["no-training"]);
    let d = broken(|v| rm(v, &at("/channels/2/partners/0"), "resources"));
    assert_fires(
        &d,
        &channels::PARTNER_SUPPORT,
        "7.3.5.c",
        &at("/channels/2/partners/0"),
    );
    assert_eq!(reasons(&d, &channels::PARTNER_SUPPORT), ["no-resources"]);
    let d = broken(|v| rm(v, &at("/channelManagement"), "partnerSupport"));
    assert_fires(
        &d,
        &channels::PARTNER_SUPPORT,
        "7.3.5.c",
        &at("/channelManagement"),
    );
    assert_eq!(
        reasons(&d, &channels::PARTNER_SUPPORT),
        ["no-partner-support"]
    );
}

#[test]
fn channel_layout_review() {
    let d = broken(|v| rm(v, &at("/channelManagement/layoutReview"), "interval"));
    assert_fires(
        &d,
        &channels::LAYOUT_REVIEW_INTERVAL,
        "7.3.5.d",
        &at("/channelManagement"),
    );
    // Last 2026-04-15 every P6M: due 2026-10-15.
    let d = dataset();
    assert_quiet_on(&d, &channels::LAYOUT_REVIEW_OVERDUE, date(2026, 10, 15));
    assert_fires_on(
        &d,
        &channels::LAYOUT_REVIEW_OVERDUE,
        "7.3.5.d",
        &at("/channelManagement"),
        date(2026, 10, 16),
    );
}

#[test]
fn expired_partner_agreement_has_its_reason() {
    let fs = findings(&dataset(), &channels::PARTNER_RULES, date(2026, 9, 1));
    let codes: Vec<&str> = fs.iter().map(|f| f.reason.as_str()).collect();
    assert_eq!(codes, ["agreement-expired"]);
}
