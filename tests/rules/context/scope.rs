//! 3.3 — scope and exclusions.

use crate::common::*;
use ecms::rules::context::scope;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn scope_missing_or_undocumented() {
    let d = broken(|v| {
        obj(v, "/context").remove("scope");
    });
    assert_fires(&d, &scope::DOCUMENTED, "3.3", "/context");
    let d = broken(|v| {
        obj(v, "/context/scope").remove("document");
    });
    assert_fires(&d, &scope::DOCUMENTED, "3.3", "/context/scope");
}

#[test]
fn scope_considerations_per_item() {
    let d = broken(|v| {
        let s = obj(v, "/context/scope");
        s.remove("factorsConsidered");
        s.remove("partiesConsidered");
        s.remove("interfaces");
    });
    assert_fires(&d, &scope::CONSIDERATIONS, "3.3.a", "/context/scope");
    assert_fires(&d, &scope::CONSIDERATIONS, "3.3.b", "/context/scope");
    assert_fires(&d, &scope::CONSIDERATIONS, "3.3.c", "/context/scope");
}

fn with_exclusion(e: serde_json::Value) -> ecms::EcmsDocument {
    broken(|v| v["context"]["scope"]["exclusions"] = json!([e]))
}

#[test]
fn exclusions() {
    let good = json!({
        "id": "33000000-0000-4000-8000-000000000001",
        "clause": "7.3.5",
        "justification": "No channel partners are used.",
        "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"},
        "reviewDate": "2026-12-31"
    });
    let d = with_exclusion(good.clone());
    for r in [
        &scope::EXCLUSION_JUSTIFIED,
        &scope::EXCLUSION_PERMISSIBLE,
        &scope::EXCLUSION_APPROVED,
        &scope::EXCLUSION_REVIEW_DUE,
    ] {
        assert_quiet(&d, r);
    }
    let mut e = good.clone();
    e.as_object_mut().unwrap().remove("justification");
    assert_fires(
        &with_exclusion(e),
        &scope::EXCLUSION_JUSTIFIED,
        "3.3",
        "/context/scope/exclusions/0",
    );

    let mut e = good.clone();
    e["clause"] = json!("8.2");
    assert_fires(
        &with_exclusion(e),
        &scope::EXCLUSION_PERMISSIBLE,
        "3.3",
        "/context/scope/exclusions/0/clause",
    );
    let mut e = good.clone();
    e["clause"] = json!("7.9");
    assert_fires(
        &with_exclusion(e),
        &scope::EXCLUSION_PERMISSIBLE,
        "3.3",
        "/context/scope/exclusions/0/clause",
    );

    let mut e = good.clone();
    e.as_object_mut().unwrap().remove("approval");
    assert_fires(
        &with_exclusion(e),
        &scope::EXCLUSION_APPROVED,
        "3.3",
        "/context/scope/exclusions/0",
    );

    let mut e = good;
    e["reviewDate"] = json!("2026-06-29");
    assert_fires(
        &with_exclusion(e),
        &scope::EXCLUSION_REVIEW_DUE,
        "3.3",
        "/context/scope/exclusions/0/reviewDate",
    );
}
