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
        "reviewDate": "2026-12-31",
        "impactAssessment": {"conclusion": "noEffect", "rationale": "Customers buy from our own stores."}
    });
    let d = with_exclusion(good.clone());
    for r in [
        &scope::EXCLUSION_JUSTIFIED,
        &scope::EXCLUSION_PERMISSIBLE,
        &scope::EXCLUSION_IMPACT,
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

    // Any requirement of chapters 3-9 may be excluded (3.3 "本标准的某些要求"), not a whole
    // chapter nor the scope itself.
    for ok in ["6.1.6", "5.3.a", "8.1.4.3"] {
        let mut e = good.clone();
        e["clause"] = json!(ok);
        assert_quiet(&with_exclusion(e.clone()), &scope::EXCLUSION_PERMISSIBLE);
        assert_quiet(&with_exclusion(e), &scope::EXCLUSION_IMPACT);
    }
    for (bad, code) in [
        ("8", "whole-chapter"),
        ("3.3", "scope-itself"),
        ("3.3.b", "scope-itself"),
    ] {
        let mut e = good.clone();
        e["clause"] = json!(bad);
        let d = with_exclusion(e);
        assert_fires(
            &d,
            &scope::EXCLUSION_PERMISSIBLE,
            "3.3",
            "/context/scope/exclusions/0/clause",
        );
        assert_eq!(reasons(&d, &scope::EXCLUSION_PERMISSIBLE), [code]);
    }
    // Internal audit needs a person's dated self-assessment besides the words.
    let mut e = good.clone();
    e["clause"] = json!("8.2");
    let d = with_exclusion(e.clone());
    assert_quiet(&d, &scope::EXCLUSION_PERMISSIBLE);
    assert_fires(
        &d,
        &scope::EXCLUSION_IMPACT,
        "3.3",
        "/context/scope/exclusions/0",
    );
    assert_eq!(
        reasons(&d, &scope::EXCLUSION_IMPACT),
        ["no-self-assessment"]
    );
    let d = broken(|v| {
        v["context"]["scope"]["exclusions"] = json!([e.clone()]);
        arr(v, "/assessments").push(json!({
            "id": "aa000000-0000-4000-8000-000000000901",
            "requirement": "8.2",
            "status": "notApplicable",
            "assessor": "61200000-0000-4000-8000-000000000001",
            "date": "2026-06-01"
        }));
    });
    assert_quiet(&d, &scope::EXCLUSION_IMPACT);
    assert!(scope::is_excluded(&d, "8.2.c", as_of().into()));
    // A self-assessment past its validity (one year by default) no longer backs it.
    let stale = broken(|v| {
        v["context"]["scope"]["exclusions"] = json!([e.clone()]);
        arr(v, "/assessments").push(json!({
            "id": "aa000000-0000-4000-8000-000000000901",
            "requirement": "8.2",
            "status": "notApplicable",
            "assessor": "61200000-0000-4000-8000-000000000001",
            "date": "2025-05-01"
        }));
    });
    assert_eq!(
        reasons(&stale, &scope::EXCLUSION_IMPACT),
        ["no-self-assessment"]
    );
    // Without an impact assessment, or with one that finds an effect, it does not hold.
    let mut e = good.clone();
    e.as_object_mut().unwrap().remove("impactAssessment");
    let d = with_exclusion(e);
    assert_fires(
        &d,
        &scope::EXCLUSION_IMPACT,
        "3.3",
        "/context/scope/exclusions/0",
    );
    assert_eq!(
        reasons(&d, &scope::EXCLUSION_IMPACT),
        ["no-impact-assessment"]
    );
    assert!(!scope::is_excluded(&d, "7.3.5", as_of().into()));
    let mut e = good.clone();
    e["impactAssessment"]["conclusion"] = json!("affects");
    assert_fires(
        &with_exclusion(e),
        &scope::EXCLUSION_IMPACT,
        "3.3",
        "/context/scope/exclusions/0/impactAssessment/conclusion",
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

const SHOP: &str = "10200000-0000-4000-8000-000000000003";

#[test]
fn entities_sites_and_stores_placed_in_or_outside_the_scope() {
    let d = dataset();
    assert_quiet(&d, &scope::BOUNDARIES);
    assert_quiet(&d, &scope::RECORD_SITE);

    let d = broken(|v| arr(v, "/context/scope/entities").clear());
    assert_fires(&d, &scope::BOUNDARIES, "3.3", "/organization/entities/0");
    let d = broken(|v| {
        arr(v, "/context/scope/sites").remove(1);
    });
    assert_fires(&d, &scope::BOUNDARIES, "3.3", "/organization/sites/1");
    assert_eq!(reasons(&d, &scope::BOUNDARIES), ["site-unplaced"]);
    let d = broken(|v| {
        arr(v, "/context/scope/stores").remove(2);
    });
    assert_fires(
        &d,
        &scope::BOUNDARIES,
        "3.3",
        "/operation/platformSelection/platforms/1/stores/0",
    );
    assert_eq!(reasons(&d, &scope::BOUNDARIES), ["store-unplaced"]);

    // Outside without a reason; outside and inside at once.
    let d = broken(|v| {
        obj(v, "/context/scope/outside/0").remove("reason");
    });
    assert_fires(&d, &scope::BOUNDARIES, "3.3", "/context/scope/outside/0");
    assert_eq!(reasons(&d, &scope::BOUNDARIES), ["outside-no-reason"]);
    let d = broken(|v| arr(v, "/context/scope/sites").push(json!(SHOP)));
    assert_fires(&d, &scope::BOUNDARIES, "3.3", "/context/scope/outside/0");
    assert_eq!(reasons(&d, &scope::BOUNDARIES), ["inside-and-outside"]);
}

#[test]
fn only_sites_in_use_and_open_stores_need_a_place() {
    // The outlet store closed on 2024-12-31: out of the scope's list it needs no place now,
    // but did while it was open.
    let d = broken(|v| {
        arr(v, "/context/scope/stores").retain(|s| s != "72210000-0000-4000-8000-000000000002");
    });
    assert_quiet(&d, &scope::BOUNDARIES);
    let fs = assert_fires_on(
        &d,
        &scope::BOUNDARIES,
        "3.3",
        "/operation/platformSelection/platforms/0/stores/1",
        date(2024, 12, 31),
    );
    assert_eq!(fs.len(), 1);
    // A site opening after the as-of date needs no place yet.
    let d = broken(|v| {
        arr(v, "/context/scope/outside").clear();
        v["organization"]["sites"][2]["openedOn"] = json!("2026-07-01");
    });
    assert_quiet(&d, &scope::BOUNDARIES);
    assert_fires_on(
        &d,
        &scope::BOUNDARIES,
        "3.3",
        "/organization/sites/2",
        date(2026, 7, 1),
    );
}

#[test]
fn resources_at_a_site_outside_the_scope() {
    let d = broken(|v| v["support"]["assets"][1]["site"] = json!(SHOP));
    assert_fires(&d, &scope::RECORD_SITE, "3.3", "/support/assets/1/site");
    // Once the shop is brought inside the scope, the record is in order.
    let d = broken(|v| {
        v["support"]["instruments"][0]["site"] = json!(SHOP);
        arr(v, "/context/scope/outside").clear();
        arr(v, "/context/scope/sites").push(json!(SHOP));
    });
    assert_quiet(&d, &scope::RECORD_SITE);
    assert_quiet(&d, &scope::BOUNDARIES);
}

#[test]
fn exclusions_count_only_while_in_force() {
    // An unjustified exclusion that takes effect on 2026-07-01, withdrawn on 2026-08-01.
    let e = json!({
        "id": "33000000-0000-4000-8000-000000000001",
        "clause": "7.3.5",
        "justification": "Channel partners stop from July.",
        "impactAssessment": {"conclusion": "noEffect", "rationale": "Customers buy from our own stores."},
        "effectiveFrom": "2026-07-01",
        "withdrawnOn": "2026-08-01"
    });
    let d = with_exclusion(e.clone());
    let excluded = |on| scope::is_excluded(&d, "7.3.5.a", ecms::common::Date::from(on));
    assert!(!excluded(as_of()));
    assert!(excluded(date(2026, 7, 1)));
    assert!(excluded(date(2026, 7, 31)));
    assert!(!excluded(date(2026, 8, 1)));
    // The conformity report honours the exclusion only on the days it is in force.
    let na = |on| {
        ecms::conformity::assess(&d, on)
            .clauses
            .iter()
            .any(|c| c.clause == "7.3.5" && c.excluded_by.is_some())
    };
    assert!(!na(as_of()));
    assert!(na(date(2026, 7, 15)));

    // The 3.3 rules look at the exclusions in force on the as-of date.
    let mut e = e;
    e.as_object_mut().unwrap().remove("justification");
    let d = with_exclusion(e);
    assert_quiet(&d, &scope::EXCLUSION_JUSTIFIED);
    assert_fires_on(
        &d,
        &scope::EXCLUSION_JUSTIFIED,
        "3.3",
        "/context/scope/exclusions/0",
        date(2026, 7, 15),
    );
}

/// Issue 9 item 5: the scope is maintained as documented information: its document must be
/// in force on the as-of date, not a draft.
#[test]
fn scope_document_in_force() {
    let d = broken(|v| v["support"]["documents"][0]["status"] = json!("draft"));
    assert_fires(&d, &scope::DOCUMENTED, "3.3", "/context/scope");
    assert_eq!(
        reasons(&d, &scope::DOCUMENTED),
        ["scope-document-not-in-force"]
    );
    let d = broken(|v| v["support"]["documents"][0]["effectiveFrom"] = json!("2026-07-01"));
    assert_eq!(
        reasons(&d, &scope::DOCUMENTED),
        ["scope-document-not-in-force"]
    );
    assert_quiet(&dataset(), &scope::DOCUMENTED);
}
