//! Self-assessments of assessment-only requirements.

use crate::common::*;
use ecms::rules::integrity::assessments;
#[allow(unused_imports)]
use serde_json::json;

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
        &assessments::UNKNOWN_REQUIREMENT,
        &assessments::STALE,
        &assessments::DECLARED_NONCONFORMING,
        &assessments::DECLARED_PARTIAL,
        &assessments::NOT_APPLICABLE_UNJUSTIFIED,
        &assessments::EVIDENCE,
    ] {
        assert_quiet(&d, r);
    }
    let n = dataset().assessments.len();
    let at = format!("/assessments/{n}");
    assert_fires(
        &with_assessment(assessment("4.1.1.z", "conforms")),
        &assessments::UNKNOWN_REQUIREMENT,
        "3.4",
        &format!("{at}/requirement"),
    );
    assert_fires_on(&d, &assessments::STALE, "4.1.1.d", &at, date(2027, 5, 11));
    assert_quiet_on(&d, &assessments::STALE, date(2027, 5, 10));
    assert_fires(
        &with_assessment(assessment("4.1.1.d", "nonconforming")),
        &assessments::DECLARED_NONCONFORMING,
        "4.1.1.d",
        &format!("{at}/status"),
    );
    assert_fires(
        &with_assessment(assessment("4.1.1.d", "partiallyConforms")),
        &assessments::DECLARED_PARTIAL,
        "4.1.1.d",
        &format!("{at}/status"),
    );
    assert_fires(
        &with_assessment(assessment("7.3.5.b", "notApplicable")),
        &assessments::NOT_APPLICABLE_UNJUSTIFIED,
        "7.3.5.b",
        &format!("{at}/status"),
    );
    let mut a = assessment("4.1.1.d", "conforms");
    a["evidence"] = json!([]);
    assert_fires(&with_assessment(a), &assessments::EVIDENCE, "4.1.1.d", &at);
}

#[test]
fn assessment_only_requirements_need_an_assessment() {
    let d = dataset();
    assert_quiet(&d, &assessments::MISSING);
    // Drop the assessment of 4.1.1.d: that requirement alone is reported.
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "4.1.1.d"));
    let fs = assert_fires(&d, &assessments::MISSING, "4.1.1.d", "/assessments");
    assert_eq!(fs.len(), 1);
    // No assessments at all: every assessment-only requirement is reported, at the root.
    let d = broken(|v| {
        v.as_object_mut().unwrap().remove("assessments");
    });
    let fs = assert_fires(&d, &assessments::MISSING, "9.3", "");
    assert_eq!(fs.len(), ecms::rules::assessed_requirements().len());
    // An excluded requirement needs none.
    let d = broken(|v| {
        arr(v, "/assessments").retain(|a| a["requirement"] != "7.2.4.g");
        v["context"]["scope"]["exclusions"] = json!([{
            "id": "33000000-0000-4000-8000-000000000001",
            "clause": "7.2.4.g",
            "justification": "No activities beyond a)-f) are offered.",
            "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"},
            "impactAssessment": {"conclusion": "noEffect", "rationale": "a)-f) cover every service offered."}
        }]);
        // Customer service: a person's dated self-assessment backs the exclusion (3.3).
        arr(v, "/assessments").push(json!({
            "id": "aa000000-0000-4000-8000-000000000901",
            "requirement": "7.2.4.g",
            "status": "notApplicable",
            "assessor": "61200000-0000-4000-8000-000000000001",
            "date": "2026-06-01"
        }));
    });
    assert_quiet(&d, &assessments::MISSING);
}

#[test]
fn stale_assessments_name_their_reason() {
    let n = dataset().assessments.len();
    let at = format!("/assessments/{n}");
    let reasons_on = |a: serde_json::Value, on| {
        let d = with_assessment(a);
        assert_fires_on(&d, &assessments::STALE, "4.1.1.d", &at, on)
            .into_iter()
            .map(|f| f.reason)
            .collect::<Vec<_>>()
    };
    let mut a = assessment("4.1.1.d", "conforms");
    a.as_object_mut().unwrap().remove("date");
    assert_eq!(reasons_on(a, as_of()), ["no-date"]);
    let mut a = assessment("4.1.1.d", "conforms");
    a["date"] = json!("2026-07-01");
    assert_eq!(reasons_on(a, as_of()), ["dated-after-evaluation"]);
    let a = assessment("4.1.1.d", "conforms");
    let expired = reasons_on(a, date(2027, 5, 11));
    assert_eq!(expired, ["expired"]);
    let mut a = assessment("4.1.1.d", "conforms");
    a.as_object_mut().unwrap().remove("assessor");
    assert_eq!(reasons_on(a, as_of()), ["no-assessor"]);
}
