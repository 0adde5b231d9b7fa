//! Chapter 9 rules: each broken by an edited dataset, each quiet on the bundled dataset.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use serde_json::{Value, json};

const RULES: &[&str] = &[
    "ecms-9.1-improvements-selected",
    "ecms-9.1-improvement-categories",
    "ecms-9.1-improvement-planned",
    "ecms-9.1-improvement-overdue",
    "ecms-9.2-nc-source",
    "ecms-9.2-nc-impact",
    "ecms-9.2.a-reaction",
    "ecms-9.2.b-cause-analysis",
    "ecms-9.2.c-actions-implemented",
    "ecms-9.2.c-action-planned",
    "ecms-9.2.c-action-overdue",
    "ecms-9.2.d-effectiveness-reviewed",
    "ecms-9.2.e-risk-update",
    "ecms-9.2.f-system-change",
    "ecms-9.2.g-records",
    "ecms-9-record-dated-in-future",
    "ecms-9.3-review-outputs-considered",
    "ecms-9.3-analysis-results-considered",
];

const NC: &str = "/improvement/nonconformities";

fn rm(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
}

#[test]
fn dataset_satisfies_every_chapter_9_rule() {
    let d = dataset();
    for r in RULES {
        assert!(
            ecms::rules::builtin_rules().iter().any(|x| x.meta.id == *r),
            "no rule {r}"
        );
        assert_quiet(&d, r);
    }
    for r in ecms::rules::builtin_rules() {
        if r.meta.id.starts_with("ecms-9") {
            assert!(RULES.contains(&r.meta.id), "{} not tested", r.meta.id);
        }
    }
    assert_quiet(&d, "ecms-assessment-missing");
}

#[test]
fn dataset_chapter_9_round_trips() {
    let v = serde_json::to_value(dataset()).unwrap();
    assert_eq!(v["improvement"], dataset_value()["improvement"]);
}

#[test]
fn assessed_requirements_need_a_self_assessment() {
    let assessed: Vec<_> = ecms::rules::assessed_requirements()
        .into_iter()
        .map(|a| a.clause)
        .collect();
    assert!(assessed.contains(&"9.2") && assessed.contains(&"9.3"));
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "9.3"));
    assert_fires(&d, "ecms-assessment-missing", "9.3", "/assessments");
}

// ------------------------------------------------------------------------------------ 9.1

#[test]
fn no_improvement_selected() {
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            i["status"] = json!("proposed");
        }
    });
    assert_fires(
        &d,
        "ecms-9.1-improvements-selected",
        "9.1",
        "/improvement/improvements",
    );
    let d = broken(|v| rm(v, "/improvement", "improvements"));
    assert_fires(&d, "ecms-9.1-improvements-selected", "9.1", "/improvement");
}

#[test]
fn improvement_categories_per_item() {
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            i["categories"]
                .as_array_mut()
                .unwrap()
                .retain(|c| c != "systemPerformance");
        }
    });
    let fs = assert_fires(
        &d,
        "ecms-9.1-improvement-categories",
        "9.1.c",
        "/improvement/improvements",
    );
    assert_eq!(fs.len(), 1);
    // A rejected improvement does not count.
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            if i["categories"]
                .as_array()
                .unwrap()
                .contains(&json!("systemPerformance"))
            {
                i["status"] = json!("rejected");
            }
        }
    });
    assert_fires(
        &d,
        "ecms-9.1-improvement-categories",
        "9.1.c",
        "/improvement/improvements",
    );
}

#[test]
fn improvement_not_planned_or_not_finished() {
    let d = broken(|v| rm(v, "/improvement/improvements/2", "owner"));
    assert_fires(
        &d,
        "ecms-9.1-improvement-planned",
        "9.1",
        "/improvement/improvements/2",
    );
    let d = broken(|v| rm(v, "/improvement/improvements/0", "result"));
    assert_fires(
        &d,
        "ecms-9.1-improvement-planned",
        "9.1",
        "/improvement/improvements/0",
    );
    let d = broken(|v| rm(v, "/improvement/improvements/4", "selection"));
    assert_fires(
        &d,
        "ecms-9.1-improvement-planned",
        "9.1",
        "/improvement/improvements/4",
    );
}

#[test]
fn improvement_overdue_boundaries() {
    // The live-stream pilot is due 2026-08-31.
    let d = dataset();
    assert_quiet_on(&d, "ecms-9.1-improvement-overdue", date(2026, 8, 31));
    assert_fires_on(
        &d,
        "ecms-9.1-improvement-overdue",
        "9.1",
        "/improvement/improvements/3",
        date(2026, 9, 1),
    );
}

// ------------------------------------------------------------------------------------ 9.2

#[test]
fn nonconformity_source_and_impact() {
    let d = broken(|v| rm(v, &format!("{NC}/5"), "source"));
    assert_fires(&d, "ecms-9.2-nc-source", "9.2", &format!("{NC}/5"));
    let d = broken(|v| rm(v, &format!("{NC}/0"), "auditFinding"));
    assert_fires(&d, "ecms-9.2-nc-source", "9.2", &format!("{NC}/0"));
    // A complaint-sourced nonconformity may omit the complaint id.
    let d = dataset();
    let size = &d.improvement.nonconformities[3];
    assert!(size.complaint.is_none());
    assert_quiet(&d, "ecms-9.2-nc-source");
    let d = broken(|v| rm(v, &format!("{NC}/2"), "impact"));
    assert_fires(&d, "ecms-9.2-nc-impact", "9.2", &format!("{NC}/2"));
}

#[test]
fn reaction_per_sub_item() {
    let d = broken(|v| rm(v, &format!("{NC}/0/reaction"), "consequences"));
    let fs = assert_fires(&d, "ecms-9.2.a-reaction", "9.2.a.1", &format!("{NC}/0"));
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &format!("{NC}/4/reaction"), "correction"));
    assert_fires(&d, "ecms-9.2.a-reaction", "9.2.a.2", &format!("{NC}/4"));
}

#[test]
fn cause_analysis_per_sub_item() {
    let d = broken(|v| {
        let a = obj(v, &format!("{NC}/3/analysis"));
        a.remove("causes");
        a.remove("review");
    });
    assert_fires(
        &d,
        "ecms-9.2.b-cause-analysis",
        "9.2.b.2",
        &format!("{NC}/3"),
    );
    assert_fires(
        &d,
        "ecms-9.2.b-cause-analysis",
        "9.2.b.1",
        &format!("{NC}/3"),
    );
    // Open with corrective actions: the analysis is due too.
    let d = broken(|v| rm(v, &format!("{NC}/4/analysis"), "similar"));
    assert_fires(
        &d,
        "ecms-9.2.b-cause-analysis",
        "9.2.b.3",
        &format!("{NC}/4"),
    );
    // Open, just reacted to, no actions yet: not yet required.
    let d = broken(|v| {
        let n = obj(v, &format!("{NC}/4"));
        n.remove("analysis");
        n.remove("correctiveActions");
    });
    assert_quiet(&d, "ecms-9.2.b-cause-analysis");
}

#[test]
fn closed_without_implemented_actions() {
    let d = broken(|v| rm(v, &format!("{NC}/0/correctiveActions/1"), "completed"));
    assert_fires(
        &d,
        "ecms-9.2.c-actions-implemented",
        "9.2.c",
        &format!("{NC}/0/correctiveActions/1"),
    );
    let d = broken(|v| rm(v, &format!("{NC}/1"), "correctiveActions"));
    assert_fires(
        &d,
        "ecms-9.2.c-actions-implemented",
        "9.2.c",
        &format!("{NC}/1"),
    );
}

#[test]
fn corrective_action_planning_and_due_dates() {
    let d = broken(|v| rm(v, &format!("{NC}/5/correctiveActions/1"), "owner"));
    assert_fires(
        &d,
        "ecms-9.2.c-action-planned",
        "9.2.c",
        &format!("{NC}/5/correctiveActions/1"),
    );
    // Signature-on-delivery action due 2026-07-15.
    let d = dataset();
    assert_quiet_on(&d, "ecms-9.2.c-action-overdue", date(2026, 7, 15));
    assert_fires_on(
        &d,
        "ecms-9.2.c-action-overdue",
        "9.2.c",
        &format!("{NC}/5/correctiveActions/1"),
        date(2026, 7, 16),
    );
}

#[test]
fn closed_without_effectiveness_review() {
    let d = broken(|v| rm(v, &format!("{NC}/1"), "effectiveness"));
    assert_fires(
        &d,
        "ecms-9.2.d-effectiveness-reviewed",
        "9.2.d",
        &format!("{NC}/1"),
    );
    let d = broken(|v| {
        v["improvement"]["nonconformities"][1]["effectiveness"]["effective"] = json!(false)
    });
    assert_fires(
        &d,
        "ecms-9.2.d-effectiveness-reviewed",
        "9.2.d",
        &format!("{NC}/1/effectiveness"),
    );
    // Reviewed before the last action (2026-04-22) was done.
    let d = broken(|v| {
        v["improvement"]["nonconformities"][2]["effectiveness"]["date"] = json!("2026-03-05")
    });
    let fs = assert_fires(
        &d,
        "ecms-9.2.d-effectiveness-reviewed",
        "9.2.d",
        &format!("{NC}/2/effectiveness"),
    );
    assert!(fs[0].message.en.contains("2026-04-22"));
    // On the day of the last action: fine.
    let d = broken(|v| {
        v["improvement"]["nonconformities"][2]["effectiveness"]["date"] = json!("2026-04-22")
    });
    assert_quiet(&d, "ecms-9.2.d-effectiveness-reviewed");
}

#[test]
fn risk_update_decided_and_recorded() {
    let d = broken(|v| rm(v, &format!("{NC}/0/riskUpdate"), "needed"));
    assert_fires(&d, "ecms-9.2.e-risk-update", "9.2.e", &format!("{NC}/0"));
    let d =
        broken(|v| v["improvement"]["nonconformities"][1]["riskUpdate"]["needed"] = json!(true));
    assert_fires(
        &d,
        "ecms-9.2.e-risk-update",
        "9.2.e",
        &format!("{NC}/1/riskUpdate"),
    );
    // An open nonconformity may still be undecided.
    assert!(
        dataset().improvement.nonconformities[4]
            .risk_update
            .needed
            .is_none()
    );
}

#[test]
fn system_change_decided_and_recorded() {
    let d = broken(|v| rm(v, &format!("{NC}/3"), "systemChange"));
    assert_fires(&d, "ecms-9.2.f-system-change", "9.2.f", &format!("{NC}/3"));
    let d = broken(|v| rm(v, &format!("{NC}/3/systemChange"), "documents"));
    assert_fires(
        &d,
        "ecms-9.2.f-system-change",
        "9.2.f",
        &format!("{NC}/3/systemChange"),
    );
}

#[test]
fn records_per_sub_item() {
    let d = broken(|v| rm(v, &format!("{NC}/5"), "description"));
    assert_fires(&d, "ecms-9.2.g-records", "9.2.g.1", &format!("{NC}/5"));
    let d = broken(|v| rm(v, &format!("{NC}/3"), "records"));
    assert_fires(&d, "ecms-9.2.g-records", "9.2.g.1", &format!("{NC}/3"));
    let d = broken(|v| rm(v, &format!("{NC}/5/correctiveActions/0"), "result"));
    assert_fires(
        &d,
        "ecms-9.2.g-records",
        "9.2.g.2",
        &format!("{NC}/5/correctiveActions/0"),
    );
}

#[test]
fn records_dated_in_the_future() {
    let d = broken(|v| v["improvement"]["nonconformities"][3]["closed"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-9-record-dated-in-future",
        "9.2",
        &format!("{NC}/3/closed"),
    );
    let d = broken(|v| v["improvement"]["improvements"][0]["completed"] = json!("2026-12-01"));
    assert_fires(
        &d,
        "ecms-9-record-dated-in-future",
        "9.1",
        "/improvement/improvements/0/completed",
    );
}

// ------------------------------------------------------------------------------------ 9.3

#[test]
fn review_outputs_not_considered() {
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            i.as_object_mut().unwrap().remove("reviews");
        }
    });
    assert_fires(
        &d,
        "ecms-9.3-review-outputs-considered",
        "9.3",
        "/performance/managementReviews/0",
    );
    // After a year the 2026-01-16 review no longer needs to be answered here.
    assert_quiet_on(&d, "ecms-9.3-review-outputs-considered", date(2027, 1, 17));
}

#[test]
fn analysis_results_not_considered() {
    let id = "81000000-0000-4000-8000-000000000201";
    let d = broken(|v| {
        rm(v, "/performance/analyses/0", "decisions");
        for i in arr(v, "/improvement/improvements") {
            if let Some(a) = i.get_mut("analyses") {
                a.as_array_mut().unwrap().retain(|x| x != id);
            }
        }
    });
    assert_fires(
        &d,
        "ecms-9.3-analysis-results-considered",
        "9.3",
        "/performance/analyses/0",
    );
    // Decisions alone show the results were considered.
    let d = broken(|v| {
        for i in arr(v, "/improvement/improvements") {
            if let Some(a) = i.get_mut("analyses") {
                a.as_array_mut().unwrap().retain(|x| x != id);
            }
        }
    });
    assert_quiet(&d, "ecms-9.3-analysis-results-considered");
}

// ------------------------------------------------------------------------------------ parsing

#[test]
fn enums_parse_strictly() {
    let parses = |v: &Value| ecms::parse_document(&serde_json::to_string(v).unwrap()).is_ok();
    let mut v = dataset_value();
    v["improvement"]["nonconformities"][0]["source"] = json!("supplier");
    assert!(!parses(&v));
    let mut v = dataset_value();
    v["improvement"]["nonconformities"][0]["status"] = json!("verified");
    assert!(!parses(&v));
    let mut v = dataset_value();
    v["improvement"]["improvements"][0]["categories"] = json!(["9.1.a"]);
    assert!(!parses(&v));
    for s in ["audit", "complaint", "kpi", "customer", "other"] {
        let mut v = dataset_value();
        v["improvement"]["nonconformities"][0]["source"] = json!(s);
        assert!(parses(&v), "{s}");
    }
}
