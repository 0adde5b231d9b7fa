//! 7.3.7 — payment management.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::payment;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn payment_platforms_and_procedure() {
    let d = broken(|v| sc(v)["paymentPlatforms"][0]["retired"] = json!(true));
    assert_fires(&d, &payment::PLATFORMS_RECORDED, "7.3.7", SC);
    let d = broken(|v| rm(v, SC, "paymentProcedure"));
    assert_fires(&d, &payment::PROCEDURE, "7.3.7", SC);
    assert_eq!(reasons(&d, &payment::PROCEDURE), ["not-recorded"]);
    let d = broken(|v| rm(v, &at("/paymentProcedure"), "document"));
    assert_fires(&d, &payment::PROCEDURE, "7.3.7", &at("/paymentProcedure"));
    assert_eq!(reasons(&d, &payment::PROCEDURE), ["not-documented"]);
}

#[test]
fn payment_platform_licence() {
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0"), "licence"));
    assert_fires(
        &d,
        &payment::PLATFORM_LICENSED,
        "7.3.7",
        &at("/paymentPlatforms/0"),
    );
    assert_eq!(reasons(&d, &payment::PLATFORM_LICENSED), ["no-licence"]);
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0/licence"), "number"));
    assert_fires(
        &d,
        &payment::PLATFORM_LICENSED,
        "7.3.7",
        &at("/paymentPlatforms/0/licence"),
    );
    assert_eq!(
        reasons(&d, &payment::PLATFORM_LICENSED),
        ["licence-incomplete"]
    );
    // Expired certificate is a finding as of the day after its last valid day.
    let d = broken(|v| sc(v)["paymentPlatforms"][0]["licence"]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, &payment::PLATFORM_LICENSED);
    assert_fires_on(
        &d,
        &payment::PLATFORM_LICENSED,
        "7.3.7",
        &at("/paymentPlatforms/0/licence"),
        date(2026, 7, 1),
    );
}

#[test]
fn payment_platform_security_assessment() {
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0"), "assessmentInterval"));
    assert_fires(
        &d,
        &payment::SECURITY_INTERVAL,
        "7.3.7",
        &at("/paymentPlatforms/0"),
    );
    // Last 2026-05-28 every P1Y: due 2027-05-28.
    let d = dataset();
    assert_quiet_on(&d, &payment::SECURITY_OVERDUE, date(2027, 5, 28));
    assert_fires_on(
        &d,
        &payment::SECURITY_OVERDUE,
        "7.3.7",
        &at("/paymentPlatforms/0"),
        date(2027, 5, 29),
    );
    // Never assessed: counted from the start of use.
    let d = broken(|v| rm(v, &at("/paymentPlatforms/0"), "securityAssessments"));
    assert_fires(
        &d,
        &payment::SECURITY_OVERDUE,
        "7.3.7",
        &at("/paymentPlatforms/0"),
    );
    let d =
        broken(|v| sc(v)["paymentPlatforms"][0]["securityAssessments"][1]["passed"] = json!(false));
    assert_fires(
        &d,
        &payment::SECURITY_PASSED,
        "7.3.7",
        &at("/paymentPlatforms/0/securityAssessments/1"),
    );
    // An older failed assessment followed by a passed one is fine.
    let d =
        broken(|v| sc(v)["paymentPlatforms"][0]["securityAssessments"][0]["passed"] = json!(false));
    assert_quiet(&d, &payment::SECURITY_PASSED);
}

#[test]
fn payment_data_protection_covers_confidentiality_and_integrity() {
    let d = broken(|v| {
        for m in arr(v, &at("/paymentProcedure/dataProtection")) {
            m.as_object_mut().unwrap().remove("integrity");
        }
    });
    let fs = assert_fires(
        &d,
        &payment::DATA_PROTECTION,
        "7.3.7.a",
        &at("/paymentProcedure"),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(reasons(&d, &payment::DATA_PROTECTION), ["no-integrity"]);
    let d = broken(|v| rm(v, &at("/paymentProcedure"), "dataProtection"));
    let fs = findings(&d, &payment::DATA_PROTECTION, as_of());
    assert_eq!(fs.len(), 2);
    assert_eq!(
        reasons(&d, &payment::DATA_PROTECTION),
        ["no-confidentiality", "no-integrity"]
    );
}

#[test]
fn payment_pii_risk_assessment() {
    let d = broken(|v| rm(v, &at("/paymentProcedure"), "piiRiskAssessment"));
    assert_fires(
        &d,
        &payment::PII_RISK_ASSESSMENT,
        "7.3.7.b",
        &at("/paymentProcedure"),
    );
    assert_eq!(reasons(&d, &payment::PII_RISK_ASSESSMENT), ["not-recorded"]);
    let d = broken(|v| {
        rm(
            v,
            &at("/paymentProcedure/piiRiskAssessment/risks/1"),
            "controls",
        )
    });
    assert_fires(
        &d,
        &payment::PII_RISK_ASSESSMENT,
        "7.3.7.b",
        &at("/paymentProcedure/piiRiskAssessment/risks/1"),
    );
    assert_eq!(
        reasons(&d, &payment::PII_RISK_ASSESSMENT),
        ["risk-uncontrolled"]
    );
    let d = broken(|v| rm(v, &at("/paymentProcedure/piiRiskAssessment"), "assessor"));
    assert_fires(
        &d,
        &payment::PII_RISK_ASSESSMENT,
        "7.3.7.b",
        &at("/paymentProcedure/piiRiskAssessment"),
    );
    assert_eq!(
        reasons(&d, &payment::PII_RISK_ASSESSMENT),
        ["no-date-or-assessor"]
    );
}

#[test]
fn expired_licence_and_empty_assessment_have_their_reasons() {
    let d = broken(|v| sc(v)["paymentPlatforms"][0]["licence"]["validUntil"] = json!("2026-06-29"));
    assert_eq!(
        reasons(&d, &payment::PLATFORM_LICENSED),
        ["licence-expired"]
    );
    let d = broken(|v| sc(v)["paymentProcedure"]["piiRiskAssessment"]["risks"] = json!([]));
    assert_eq!(reasons(&d, &payment::PII_RISK_ASSESSMENT), ["no-risks"]);
}
