//! Reference integrity and self-assessment rules.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use serde_json::json;

#[test]
fn duplicate_ids() {
    let d = dataset();
    assert_quiet(&d, "ecms-ref-duplicate-id");
    let d = broken(|v| {
        let first = v["context"]["processes"][0]["id"].clone();
        v["context"]["processes"][3]["id"] = first;
    });
    let fs = assert_fires(
        &d,
        "ecms-ref-duplicate-id",
        "6.4.2.a",
        "/context/processes/3",
    );
    assert_eq!(fs[0].params["first"], "/context/processes/0");
}

#[test]
fn dangling_references() {
    let d = dataset();
    assert_quiet(&d, "ecms-ref-dangling");
    let d = broken(|v| {
        v["context"]["processes"][2]["owner"] = json!("43000000-0000-4000-8000-000000009999")
    });
    let fs = assert_fires(
        &d,
        "ecms-ref-dangling",
        "6.4.2.a",
        "/context/processes/2/owner",
    );
    assert_eq!(fs[0].params["kind"], "role");
    // An id of the right value but the wrong kind is still dangling.
    let d = broken(|v| {
        let doc_id = v["support"]["documents"][0]["id"].clone();
        v["context"]["processes"][2]["owner"] = doc_id;
    });
    assert_fires(
        &d,
        "ecms-ref-dangling",
        "6.4.2.a",
        "/context/processes/2/owner",
    );
}

fn with_assessment(a: serde_json::Value) -> ecms::EcmsDocument {
    broken(|v| {
        let list = v
            .as_object_mut()
            .unwrap()
            .entry("assessments")
            .or_insert(json!([]));
        list.as_array_mut().unwrap().push(a);
    })
}

fn assessment(req: &str, status: &str) -> serde_json::Value {
    json!({
        "id": "a5000000-0000-4000-8000-000000000999",
        "requirement": req,
        "status": status,
        "evidence": ["64000000-0000-4000-8000-000000000001"],
        "assessor": "61200000-0000-4000-8000-000000000002",
        "date": "2026-05-10"
    })
}

#[test]
fn assessment_rules() {
    let d = with_assessment(assessment("4.1.1.d", "conforms"));
    for r in [
        "ecms-assessment-unknown-requirement",
        "ecms-assessment-stale",
        "ecms-assessment-declared-nonconforming",
        "ecms-assessment-declared-partial",
        "ecms-assessment-not-applicable-unjustified",
        "ecms-assessment-evidence",
    ] {
        assert_quiet(&d, r);
    }
    let n = dataset().assessments.len();
    let at = format!("/assessments/{n}");
    assert_fires(
        &with_assessment(assessment("4.1.1.z", "conforms")),
        "ecms-assessment-unknown-requirement",
        "3.4",
        &format!("{at}/requirement"),
    );
    assert_fires_on(
        &d,
        "ecms-assessment-stale",
        "4.1.1.d",
        &at,
        date(2027, 5, 11),
    );
    assert_quiet_on(&d, "ecms-assessment-stale", date(2027, 5, 10));
    assert_fires(
        &with_assessment(assessment("4.1.1.d", "nonconforming")),
        "ecms-assessment-declared-nonconforming",
        "4.1.1.d",
        &format!("{at}/status"),
    );
    assert_fires(
        &with_assessment(assessment("4.1.1.d", "partiallyConforms")),
        "ecms-assessment-declared-partial",
        "4.1.1.d",
        &format!("{at}/status"),
    );
    assert_fires(
        &with_assessment(assessment("7.3.5.b", "notApplicable")),
        "ecms-assessment-not-applicable-unjustified",
        "7.3.5.b",
        &format!("{at}/status"),
    );
    let mut a = assessment("4.1.1.d", "conforms");
    a["evidence"] = json!([]);
    assert_fires(
        &with_assessment(a),
        "ecms-assessment-evidence",
        "4.1.1.d",
        &at,
    );
}

#[test]
fn assessment_only_requirements_need_an_assessment() {
    let d = dataset();
    assert_quiet(&d, "ecms-assessment-missing");
    // Drop the assessment of 4.1.1.d: that requirement alone is reported.
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "4.1.1.d"));
    let fs = assert_fires(&d, "ecms-assessment-missing", "4.1.1.d", "/assessments");
    assert_eq!(fs.len(), 1);
    // No assessments at all: every assessment-only requirement is reported, at the root.
    let d = broken(|v| {
        v.as_object_mut().unwrap().remove("assessments");
    });
    let fs = assert_fires(&d, "ecms-assessment-missing", "9.3", "");
    assert_eq!(fs.len(), ecms::rules::assessed_requirements().len());
    // An excluded requirement needs none.
    let d = broken(|v| {
        arr(v, "/assessments").retain(|a| a["requirement"] != "7.2.4.g");
        v["context"]["scope"]["exclusions"] = json!([{
            "id": "33000000-0000-4000-8000-000000000001",
            "clause": "7.2.4.g",
            "justification": "No activities beyond a)-f) are offered.",
            "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"}
        }]);
    });
    assert_quiet(&d, "ecms-assessment-missing");
}
