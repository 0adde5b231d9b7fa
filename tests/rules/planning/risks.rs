//! 5.1.1 — determining risks and opportunities.

use crate::common::*;
use ecms::rules::planning::risks;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn no_risks_at_all() {
    let d = broken(|v| {
        obj(v, "/planning").remove("risks");
    });
    assert_fires(&d, &risks::RISKS_DETERMINED, "5.1.1", "/planning");
    // Coverage of aims is not reported on top of an empty register.
    assert_quiet(&d, &risks::AIMS_COVERED);
}

#[test]
fn risk_source_kind_and_aims() {
    let p = "/planning/risks/2";
    let d = broken(|v| {
        obj(v, p).remove("kind");
    });
    assert_fires(&d, &risks::RISK_DEFINED, "5.1.1", p);
    assert_eq!(reasons(&d, &risks::RISK_DEFINED), ["no-kind"]);
    let d = broken(|v| {
        let r = obj(v, "/planning/risks/0");
        r.remove("factors");
        r.remove("parties");
    });
    assert_fires(&d, &risks::RISK_DEFINED, "5.1.1", "/planning/risks/0");
    assert_eq!(reasons(&d, &risks::RISK_DEFINED), ["no-source"]);
    // A source in the parties alone is enough.
    let d = broken(|v| {
        obj(v, "/planning/risks/0").remove("factors");
    });
    assert_quiet(&d, &risks::RISK_DEFINED);
    let d = broken(|v| v["planning"]["risks"][2]["aims"] = json!([]));
    assert_fires(&d, &risks::RISK_DEFINED, "5.1.1", p);
    assert_eq!(reasons(&d, &risks::RISK_DEFINED), ["no-aims"]);
}

#[test]
fn risk_rating_complete_and_in_range() {
    let d = broken(|v| {
        obj(v, "/planning/risks/5").remove("likelihood");
    });
    assert_fires(&d, &risks::RISK_RATED, "5.1.1", "/planning/risks/5");
    let d = broken(|v| v["planning"]["risks"][5]["impact"] = json!(6));
    assert_fires(&d, &risks::RISK_RATED, "5.1.1", "/planning/risks/5");
    let d = broken(|v| v["planning"]["risks"][5]["impact"] = json!(0));
    assert_fires(&d, &risks::RISK_RATED, "5.1.1", "/planning/risks/5");
}

#[test]
fn aims_covered_per_item() {
    let d = broken(|v| {
        for r in arr(v, "/planning/risks") {
            r["aims"]
                .as_array_mut()
                .unwrap()
                .retain(|a| a != "continualImprovement");
        }
    });
    let fs = assert_fires(&d, &risks::AIMS_COVERED, "5.1.1.d", "/planning/risks");
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-continual-improvement");
    let d = broken(|v| arr(v, "/planning/risks").retain(|r| r["kind"] != "opportunity"));
    assert_fires(&d, &risks::AIMS_COVERED, "5.1.1.b", "/planning/risks");
    assert!(reasons(&d, &risks::AIMS_COVERED).contains(&"no-desirable-effects".to_owned()));
    // Every entry serving no aim: each of the four is reported.
    let d = broken(|v| {
        for r in arr(v, "/planning/risks") {
            r["aims"] = json!([]);
        }
    });
    assert_eq!(
        reasons(&d, &risks::AIMS_COVERED),
        [
            "no-intended-results",
            "no-desirable-effects",
            "no-undesired-effects",
            "no-continual-improvement",
        ]
    );
}
