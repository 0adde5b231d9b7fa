//! Chapter 5 rules: each broken by an edited dataset, each quiet on the bundled dataset.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use ecms::Severity;
use ecms::common::ExactDecimal;
use ecms::model::planning::{RatingLevel, RiskAim, TargetDirection};
use serde_json::json;

const RULES: &[&str] = &[
    "ecms-5.1.1-risks-determined",
    "ecms-5.1.1-risk-defined",
    "ecms-5.1.1-risk-rated",
    "ecms-5.1.1-aims-covered",
    "ecms-5.1.2.a-risk-response",
    "ecms-5.1.2-response-proportionate",
    "ecms-5.1.2.a-action-planned",
    "ecms-5.1.2.b-action-integrated",
    "ecms-5.1.2.b-action-overdue",
    "ecms-5.1.2.c-evaluation-planned",
    "ecms-5.1.2.c-evaluation-done",
    "ecms-5.1.2.c-ineffective-followed-up",
    "ecms-5.2.1-objectives-set",
    "ecms-5.2.1-objective-documented",
    "ecms-5.2.1.a-objective-strategy",
    "ecms-5.2.1.b-objective-measurable",
    "ecms-5.2.1.c-objective-requirements",
    "ecms-5.2.1.d-objective-relevance",
    "ecms-5.2.1.e-objective-monitored",
    "ecms-5.2.1.e-objective-monitoring-overdue",
    "ecms-5.2.1.f-objective-communicated",
    "ecms-5.2.1.g-objective-review-interval",
    "ecms-5.2.1.g-objective-review-overdue",
    "ecms-5.2.1.g-objective-target-lapsed",
    "ecms-5.2.2.a-objective-actions",
    "ecms-5.2.2-action-planned",
    "ecms-5.2.2.d-action-overdue",
    "ecms-5.2.2.e-result-evaluation",
    "ecms-5.3-change-considerations",
    "ecms-5.3-change-planned-first",
];

#[test]
fn dataset_satisfies_every_chapter_5_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn every_rule_is_listed() {
    let ours: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| id.starts_with("ecms-5."))
        .collect();
    assert_eq!(ours, RULES);
}

// ---------------------------------------------------------------------------------------------
// 5.1.1

#[test]
fn no_risks_at_all() {
    let d = broken(|v| {
        obj(v, "/planning").remove("risks");
    });
    assert_fires(&d, "ecms-5.1.1-risks-determined", "5.1.1", "/planning");
    // Coverage of aims is not reported on top of an empty register.
    assert_quiet(&d, "ecms-5.1.1-aims-covered");
}

#[test]
fn risk_source_kind_and_aims() {
    let p = "/planning/risks/2";
    let d = broken(|v| {
        obj(v, p).remove("kind");
    });
    assert_fires(&d, "ecms-5.1.1-risk-defined", "5.1.1", p);
    let d = broken(|v| {
        let r = obj(v, "/planning/risks/0");
        r.remove("factors");
        r.remove("parties");
    });
    assert_fires(&d, "ecms-5.1.1-risk-defined", "5.1.1", "/planning/risks/0");
    // A source in the parties alone is enough.
    let d = broken(|v| {
        obj(v, "/planning/risks/0").remove("factors");
    });
    assert_quiet(&d, "ecms-5.1.1-risk-defined");
    let d = broken(|v| v["planning"]["risks"][2]["aims"] = json!([]));
    assert_fires(&d, "ecms-5.1.1-risk-defined", "5.1.1", p);
}

#[test]
fn risk_rating_complete_and_in_range() {
    let d = broken(|v| {
        obj(v, "/planning/risks/5").remove("likelihood");
    });
    assert_fires(&d, "ecms-5.1.1-risk-rated", "5.1.1", "/planning/risks/5");
    let d = broken(|v| v["planning"]["risks"][5]["impact"] = json!(6));
    assert_fires(&d, "ecms-5.1.1-risk-rated", "5.1.1", "/planning/risks/5");
    let d = broken(|v| v["planning"]["risks"][5]["impact"] = json!(0));
    assert_fires(&d, "ecms-5.1.1-risk-rated", "5.1.1", "/planning/risks/5");
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
    let fs = assert_fires(&d, "ecms-5.1.1-aims-covered", "5.1.1.d", "/planning/risks");
    assert_eq!(fs.len(), 1);
    let d = broken(|v| arr(v, "/planning/risks").retain(|r| r["kind"] != "opportunity"));
    assert_fires(&d, "ecms-5.1.1-aims-covered", "5.1.1.b", "/planning/risks");
}

// ---------------------------------------------------------------------------------------------
// 5.1.2

#[test]
fn every_entry_needs_a_response() {
    let d = broken(|v| {
        obj(v, "/planning/risks/9").remove("acceptance");
    });
    assert_fires(
        &d,
        "ecms-5.1.2.a-risk-response",
        "5.1.2.a",
        "/planning/risks/9",
    );
    let d = broken(|v| {
        obj(v, "/planning/risks/9/acceptance").remove("approval");
    });
    assert_fires(
        &d,
        "ecms-5.1.2.a-risk-response",
        "5.1.2.a",
        "/planning/risks/9",
    );
    let d = broken(|v| {
        obj(v, "/planning/risks/0").remove("actions");
    });
    assert_fires(
        &d,
        "ecms-5.1.2.a-risk-response",
        "5.1.2.a",
        "/planning/risks/0",
    );
}

#[test]
fn response_proportionate_to_rating() {
    // Labelling risk: L1 × I4 = 4 (low), customer impact: acceptance is enough.
    assert_quiet(&dataset(), "ecms-5.1.2-response-proportionate");
    // Raised to L3 × I4 = 12 (high): acceptance alone is not proportionate.
    let d = broken(|v| v["planning"]["risks"][9]["likelihood"] = json!(3));
    let fs = assert_fires(
        &d,
        "ecms-5.1.2-response-proportionate",
        "5.1.2",
        "/planning/risks/9",
    );
    assert_eq!(fs[0].params["level"], "high");
    // L2 × I4 = 8 (medium) with customer impact: still needs an action.
    let d = broken(|v| v["planning"]["risks"][9]["likelihood"] = json!(2));
    assert_fires(
        &d,
        "ecms-5.1.2-response-proportionate",
        "5.1.2",
        "/planning/risks/9",
    );
    // Showroom opportunity L4 × I2 = 8 (medium), no customer impact: acceptance is enough.
    let d = broken(|v| v["planning"]["risks"][10]["likelihood"] = json!(4));
    assert_quiet(&d, "ecms-5.1.2-response-proportionate");
    let d = broken(|v| v["planning"]["risks"][10]["likelihood"] = json!(5));
    assert_quiet(&d, "ecms-5.1.2-response-proportionate");
    let d = broken(|v| v["planning"]["risks"][10]["impact"] = json!(3));
    let d2 = broken(|v| {
        v["planning"]["risks"][10]["impact"] = json!(3);
        v["planning"]["risks"][10]["likelihood"] = json!(4);
    });
    assert_quiet(&d, "ecms-5.1.2-response-proportionate");
    assert_fires(
        &d2,
        "ecms-5.1.2-response-proportionate",
        "5.1.2",
        "/planning/risks/10",
    );
}

#[test]
fn risk_action_planned() {
    let p = "/planning/risks/0/actions/0";
    let d = broken(|v| {
        obj(v, p).remove("responsible");
    });
    assert_fires(&d, "ecms-5.1.2.a-action-planned", "5.1.2.a", p);
    let d = broken(|v| {
        obj(v, p).remove("due");
    });
    assert_fires(&d, "ecms-5.1.2.a-action-planned", "5.1.2.a", p);
}

#[test]
fn risk_action_integrated_into_a_process() {
    let p = "/planning/risks/5/actions/0";
    let d = broken(|v| {
        obj(v, p).remove("process");
    });
    assert_fires(&d, "ecms-5.1.2.b-action-integrated", "5.1.2.b", p);
}

#[test]
fn risk_action_overdue_boundary() {
    // Second knitwear supplier: due 2026-08-31, not completed.
    let d = dataset();
    assert_quiet_on(&d, "ecms-5.1.2.b-action-overdue", date(2026, 8, 31));
    assert_fires_on(
        &d,
        "ecms-5.1.2.b-action-overdue",
        "5.1.2.b",
        "/planning/risks/4/actions/0",
        date(2026, 9, 1),
    );
    // A completion dated after the evaluation date has not happened yet.
    let d =
        broken(|v| v["planning"]["risks"][0]["actions"][1]["completedOn"] = json!("2026-07-02"));
    assert_fires(
        &d,
        "ecms-5.1.2.b-action-overdue",
        "5.1.2.b",
        "/planning/risks/0/actions/1",
    );
}

#[test]
fn effectiveness_evaluation_planned() {
    let p = "/planning/risks/2/actions/0";
    let d = broken(|v| {
        obj(v, &format!("{p}/effectiveness")).remove("method");
    });
    assert_fires(&d, "ecms-5.1.2.c-evaluation-planned", "5.1.2.c", p);
    let d = broken(|v| {
        obj(v, p).remove("effectiveness");
    });
    assert_fires(&d, "ecms-5.1.2.c-evaluation-planned", "5.1.2.c", p);
}

#[test]
fn effectiveness_evaluation_due_boundary() {
    // Price floor completed 2026-02-20, evaluation planned for 2026-07-15; pre-packing
    // before 618 completed 2026-05-22, evaluation planned for 2026-07-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-5.1.2.c-evaluation-done", date(2026, 7, 15));
    let fs = assert_fires_on(
        &d,
        "ecms-5.1.2.c-evaluation-done",
        "5.1.2.c",
        "/planning/risks/2/actions/0",
        date(2026, 7, 16),
    );
    assert_eq!(fs.len(), 1);
    assert_fires_on(
        &d,
        "ecms-5.1.2.c-evaluation-done",
        "5.1.2.c",
        "/planning/risks/0/actions/1",
        date(2026, 8, 1),
    );
    // Without a planned date the evaluation is due three months after completion:
    // price floor completed 2026-02-20, so due 2026-05-20.
    let d = broken(|v| {
        obj(v, "/planning/risks/2/actions/0/effectiveness").remove("due");
    });
    let fs = assert_fires(
        &d,
        "ecms-5.1.2.c-evaluation-done",
        "5.1.2.c",
        "/planning/risks/2/actions/0",
    );
    assert_eq!(fs[0].params["due"], "2026-05-20");
    // An evaluation without a verdict is not an evaluation.
    let d = broken(|v| {
        obj(v, "/planning/risks/1/actions/0/effectiveness").remove("effective");
    });
    assert_quiet_on(&d, "ecms-5.1.2.c-evaluation-done", date(2026, 6, 30));
    assert_fires_on(
        &d,
        "ecms-5.1.2.c-evaluation-done",
        "5.1.2.c",
        "/planning/risks/1/actions/0",
        date(2026, 7, 1),
    );
}

#[test]
fn ineffective_action_needs_a_follow_up() {
    // Size charts were found ineffective; the size tool is the follow-up.
    let d = broken(|v| arr(v, "/planning/risks/3/actions").truncate(1));
    let fs = assert_fires(
        &d,
        "ecms-5.1.2.c-ineffective-followed-up",
        "5.1.2.c",
        "/planning/risks/3/actions/0",
    );
    assert_eq!(fs[0].severity, Severity::Warning);
}

// ---------------------------------------------------------------------------------------------
// 5.2.1

#[test]
fn objectives_set_and_documented() {
    let d = broken(|v| {
        obj(v, "/planning").remove("objectives");
    });
    assert_fires(&d, "ecms-5.2.1-objectives-set", "5.2.1", "/planning");
    let p = "/planning/objectives/0";
    let d = broken(|v| {
        let o = obj(v, p);
        o.remove("owner");
        o.remove("processes");
    });
    assert_fires(&d, "ecms-5.2.1-objective-documented", "5.2.1", p);
    let d = broken(|v| {
        obj(v, p).remove("document");
    });
    assert_fires(&d, "ecms-5.2.1-objective-documented", "5.2.1", p);
}

#[test]
fn objective_items_a_to_d() {
    let p = "/planning/objectives/2";
    let d = broken(|v| {
        obj(v, p).remove("strategies");
    });
    assert_fires(&d, "ecms-5.2.1.a-objective-strategy", "5.2.1.a", p);

    for field in ["metric", "unit", "value", "direction", "due"] {
        let d = broken(|v| {
            obj(v, &format!("{p}/target")).remove(field);
        });
        assert_fires(&d, "ecms-5.2.1.b-objective-measurable", "5.2.1.b", p);
    }

    let d = broken(|v| {
        let o = obj(v, p);
        o.remove("requirementsConsidered");
        o.remove("parties");
    });
    assert_fires(&d, "ecms-5.2.1.c-objective-requirements", "5.2.1.c", p);

    let d = broken(|v| {
        obj(v, p).remove("relevance");
    });
    assert_fires(&d, "ecms-5.2.1.d-objective-relevance", "5.2.1.d", p);
    let d = broken(|v| {
        obj(v, p).remove("relevanceNote");
    });
    assert_fires(&d, "ecms-5.2.1.d-objective-relevance", "5.2.1.d", p);
}

#[test]
fn objective_monitored() {
    let p = "/planning/objectives/3";
    let d = broken(|v| {
        obj(v, &format!("{p}/monitoring")).remove("method");
    });
    assert_fires(&d, "ecms-5.2.1.e-objective-monitored", "5.2.1.e", p);
    // A KPI instead of a method is enough.
    let d = broken(|v| {
        let m = obj(v, &format!("{p}/monitoring"));
        m.remove("method");
        m.insert("kpi".into(), json!("81000000-0000-4000-8000-000000000001"));
    });
    assert_quiet(&d, "ecms-5.2.1.e-objective-monitored");
    let d = broken(|v| {
        obj(v, &format!("{p}/monitoring/schedule")).remove("interval");
    });
    assert_fires(&d, "ecms-5.2.1.e-objective-monitored", "5.2.1.e", p);
    // Closed objectives are no longer monitored.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6").remove("monitoring");
    });
    assert_quiet(&d, "ecms-5.2.1.e-objective-monitored");
}

#[test]
fn objective_monitoring_overdue_boundary() {
    // Monthly, last 2026-06-05: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-5.2.1.e-objective-monitoring-overdue",
        date(2026, 7, 5),
    );
    assert_fires_on(
        &d,
        "ecms-5.2.1.e-objective-monitoring-overdue",
        "5.2.1.e",
        "/planning/objectives/0",
        date(2026, 7, 6),
    );
    // Never monitored: counted from the approval (2025-12-15), due 2026-01-15.
    let d = broken(|v| {
        obj(v, "/planning/objectives/1/monitoring/schedule").remove("lastDone");
    });
    let fs = assert_fires(
        &d,
        "ecms-5.2.1.e-objective-monitoring-overdue",
        "5.2.1.e",
        "/planning/objectives/1",
    );
    assert_eq!(fs[0].params["due"], "2026-01-15");
}

#[test]
fn objective_communicated() {
    let p = "/planning/objectives/4";
    let d = broken(|v| {
        obj(v, p).remove("communications");
    });
    assert_fires(&d, "ecms-5.2.1.f-objective-communicated", "5.2.1.f", p);
    let d = broken(|v| {
        v["planning"]["objectives"][4]["communications"][0]["date"] = json!("2026-07-01")
    });
    assert_fires(&d, "ecms-5.2.1.f-objective-communicated", "5.2.1.f", p);
}

#[test]
fn objective_review_interval_and_overdue() {
    let p = "/planning/objectives/5";
    let d = broken(|v| {
        obj(v, &format!("{p}/review")).remove("interval");
    });
    assert_fires(&d, "ecms-5.2.1.g-objective-review-interval", "5.2.1.g", p);
    // Quarterly, last 2026-04-10: due 2026-07-10.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-5.2.1.g-objective-review-overdue",
        date(2026, 7, 10),
    );
    assert_fires_on(
        &d,
        "ecms-5.2.1.g-objective-review-overdue",
        "5.2.1.g",
        "/planning/objectives/0",
        date(2026, 7, 11),
    );
}

#[test]
fn objective_target_lapsed() {
    // The H2 2025 objective reopened: its date 2025-12-31 has passed.
    let d = broken(|v| v["planning"]["objectives"][6]["status"] = json!("active"));
    assert_fires(
        &d,
        "ecms-5.2.1.g-objective-target-lapsed",
        "5.2.1.g",
        "/planning/objectives/6",
    );
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-5.2.1.g-objective-target-lapsed",
        date(2026, 12, 31),
    );
    assert_fires_on(
        &d,
        "ecms-5.2.1.g-objective-target-lapsed",
        "5.2.1.g",
        "/planning/objectives/0",
        date(2027, 1, 1),
    );
}

// ---------------------------------------------------------------------------------------------
// 5.2.2

#[test]
fn objective_without_actions() {
    let d = broken(|v| {
        obj(v, "/planning/objectives/1").remove("plan");
    });
    assert_fires(
        &d,
        "ecms-5.2.2.a-objective-actions",
        "5.2.2.a",
        "/planning/objectives/1",
    );
}

#[test]
fn objective_action_items_b_to_d() {
    let p = "/planning/objectives/0/plan/1";
    // Resources listed, budget removed: still resourced.
    let d = broken(|v| {
        obj(v, p).remove("budget");
    });
    assert_quiet(&d, "ecms-5.2.2-action-planned");
    let d = broken(|v| {
        let a = obj(v, p);
        a.remove("budget");
        a.remove("resources");
    });
    assert_fires(&d, "ecms-5.2.2-action-planned", "5.2.2.b", p);
    let d = broken(|v| {
        let a = obj(v, p);
        a.remove("responsible");
        a.remove("responsiblePerson");
    });
    assert_fires(&d, "ecms-5.2.2-action-planned", "5.2.2.c", p);
    let d = broken(|v| {
        obj(v, p).remove("due");
    });
    assert_fires(&d, "ecms-5.2.2-action-planned", "5.2.2.d", p);
}

#[test]
fn objective_action_overdue_boundary() {
    // Second customer-service shift: due 2026-07-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-5.2.2.d-action-overdue", date(2026, 7, 31));
    assert_fires_on(
        &d,
        "ecms-5.2.2.d-action-overdue",
        "5.2.2.d",
        "/planning/objectives/1/plan/1",
        date(2026, 8, 1),
    );
    // Actions of a closed objective are not chased.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6/plan/0").remove("completedOn");
    });
    assert_quiet(&d, "ecms-5.2.2.d-action-overdue");
}

#[test]
fn result_evaluation() {
    let d = broken(|v| {
        obj(v, "/planning/objectives/2").remove("evaluationMethod");
    });
    assert_fires(
        &d,
        "ecms-5.2.2.e-result-evaluation",
        "5.2.2.e",
        "/planning/objectives/2",
    );
    let p = "/planning/objectives/6";
    let d = broken(|v| {
        obj(v, p).remove("result");
    });
    assert_fires(&d, "ecms-5.2.2.e-result-evaluation", "5.2.2.e", p);
    // Marked achieved, but 35 s misses "at most 30 s".
    let d = broken(|v| v["planning"]["objectives"][6]["result"]["value"] = json!("35"));
    let fs = assert_fires(&d, "ecms-5.2.2.e-result-evaluation", "5.2.2.e", p);
    assert!(fs[0].message.en.contains("misses"), "{}", fs[0].message.en);
    // Marked not achieved, but 24 s meets it.
    let d = broken(|v| v["planning"]["objectives"][6]["status"] = json!("notAchieved"));
    assert_fires(&d, "ecms-5.2.2.e-result-evaluation", "5.2.2.e", p);
    // Exactly on target is achieved.
    let d = broken(|v| v["planning"]["objectives"][6]["result"]["value"] = json!("30.0"));
    assert_quiet(&d, "ecms-5.2.2.e-result-evaluation");
}

// ---------------------------------------------------------------------------------------------
// 5.3

#[test]
fn change_considerations_per_item() {
    let p = "/planning/changes/0";
    let cases = [
        ("purpose", "5.3.a"),
        ("consequences", "5.3.a"),
        ("integrityMeasures", "5.3.b"),
        ("resources", "5.3.c"),
        ("responsibilities", "5.3.d"),
    ];
    for (field, item) in cases {
        let d = broken(|v| {
            obj(v, p).remove(field);
        });
        assert_fires(&d, "ecms-5.3-change-considerations", item, p);
    }
    // An approved change not yet carried out must be complete too.
    let d = broken(|v| {
        obj(v, "/planning/changes/1").remove("resources");
    });
    assert_fires(
        &d,
        "ecms-5.3-change-considerations",
        "5.3.c",
        "/planning/changes/1",
    );
    // A draft (not approved, not carried out) may be incomplete: change 2 is one.
    assert_quiet(&dataset(), "ecms-5.3-change-considerations");
    let d = broken(|v| {
        v["planning"]["changes"][2]["approval"] =
            json!({"by": "61200000-0000-4000-8000-000000000001", "date": "2026-06-30"});
    });
    assert_fires(
        &d,
        "ecms-5.3-change-considerations",
        "5.3.b",
        "/planning/changes/2",
    );
}

#[test]
fn change_planned_before_implementation() {
    let p = "/planning/changes/0";
    let d = broken(|v| {
        obj(v, p).remove("approval");
    });
    assert_fires(&d, "ecms-5.3-change-planned-first", "5.3", p);
    let d = broken(|v| v["planning"]["changes"][0]["approval"]["date"] = json!("2026-04-01"));
    assert_fires(&d, "ecms-5.3-change-planned-first", "5.3", p);
    // Approved on the day of implementation: planned first.
    let d = broken(|v| v["planning"]["changes"][0]["approval"]["date"] = json!("2026-03-31"));
    assert_quiet(&d, "ecms-5.3-change-planned-first");
    // A draft "implemented" tomorrow has not happened yet.
    let d = broken(|v| v["planning"]["changes"][2]["implementedOn"] = json!("2026-07-01"));
    assert_quiet(&d, "ecms-5.3-change-planned-first");
    assert_fires_on(
        &d,
        "ecms-5.3-change-planned-first",
        "5.3",
        "/planning/changes/2",
        date(2026, 7, 1),
    );
}

// ---------------------------------------------------------------------------------------------
// Model

#[test]
fn rating_levels() {
    assert_eq!(RatingLevel::of_score(5), RatingLevel::Low);
    assert_eq!(RatingLevel::of_score(6), RatingLevel::Medium);
    assert_eq!(RatingLevel::of_score(11), RatingLevel::Medium);
    assert_eq!(RatingLevel::of_score(12), RatingLevel::High);
    assert_eq!(RatingLevel::of_score(25), RatingLevel::High);
    let d = dataset();
    let r = &d.planning.risks[0];
    assert_eq!(r.score(), Some(16));
    assert_eq!(r.level(), Some(RatingLevel::High));
}

#[test]
fn target_directions() {
    let x = |s: &str| s.parse::<ExactDecimal>().unwrap();
    assert!(TargetDirection::AtLeast.met(&x("98.0"), &x("98")));
    assert!(!TargetDirection::AtLeast.met(&x("97.99"), &x("98")));
    assert!(TargetDirection::AtMost.met(&x("0.50"), &x("0.5")));
    assert!(!TargetDirection::AtMost.met(&x("0.51"), &x("0.5")));
}

#[test]
fn aims_map_to_catalog_items() {
    for (aim, item) in RiskAim::ALL {
        assert!(ecms::catalog::clause(item).is_some(), "{item}");
        assert_eq!(serde_json::to_value(aim).unwrap(), json!(aim.as_str()));
    }
}

#[test]
fn malformed_planning_values_are_parse_errors() {
    for (ptr, bad) in [
        ("/planning/risks/0/kind", json!("threat")),
        ("/planning/risks/0/likelihood", json!("high")),
        ("/planning/objectives/0/target/value", json!(98.0)),
        ("/planning/objectives/0/target/direction", json!("above")),
        ("/planning/objectives/6/status", json!("done")),
    ] {
        let mut v = dataset_value();
        *v.pointer_mut(ptr).unwrap() = bad;
        let err = ecms::parse_document(&serde_json::to_string(&v).unwrap()).unwrap_err();
        assert!(err.to_string().contains(ptr), "{ptr}: {err}");
    }
}
