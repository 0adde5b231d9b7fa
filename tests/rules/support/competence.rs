//! 6.2 — competence.

use super::remove;
use crate::common::*;
use ecms::rules::support::competence;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn no_competence_requirements() {
    let d = broken(|v| remove(v, "/support", "competences"));
    assert_fires(&d, &competence::DETERMINED, "6.2.a", "/support");
    assert_quiet(&d, &competence::ROLE_COMPETENCE);
}

#[test]
fn role_without_competence_requirement() {
    // Competence 8 (financial management) is the finance manager's only one.
    let d = broken(|v| {
        arr(v, "/support/competences").remove(7);
    });
    assert_fires(
        &d,
        &competence::ROLE_COMPETENCE,
        "6.2.a",
        "/leadership/roles/8",
    );
}

#[test]
fn person_without_evidence() {
    let d = broken(|v| v["support"]["people"][7]["competenceEvidence"] = json!([]));
    let fs = assert_fires(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/7",
    );
    // One finding per person, naming the missing competences.
    assert_eq!(fs.len(), 1);
    assert!(
        fs[0].params["first"].starts_with("Financial and fund management"),
        "{:?}",
        fs[0].params
    );
    assert_eq!(
        fs[0].params["count"],
        fs[0].params["first"].split(", ").count().to_string()
    );
}

#[test]
fn evidence_of_the_wrong_kind_or_expired() {
    // Listing compliance accepts training only.
    let d = broken(|v| {
        v["support"]["people"][2]["competenceEvidence"][1]["kind"] = json!("experience")
    });
    assert_fires(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/2",
    );
    // Security officer: certificate expired and no other evidence.
    let d = broken(|v| {
        let ev = arr(v, "/support/people/6/competenceEvidence");
        ev.truncate(1);
        ev[0]["validUntil"] = json!("2026-06-29");
    });
    assert_fires(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/6",
    );
    // Evidence dated after the evaluation date does not count.
    // Zhao Lei has education and experience for sourcing; either is enough.
    let d = broken(|v| {
        v["support"]["people"][3]["competenceEvidence"][0]["date"] = json!("2026-07-01")
    });
    assert_quiet(&d, &competence::PERSON_COMPETENT);
    let d = broken(|v| {
        let ev = arr(v, "/support/people/3/competenceEvidence");
        ev.truncate(1);
        ev[0]["date"] = json!("2026-07-01");
    });
    assert_fires(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/3",
    );
    // Finance manager: experience alone is not an accepted kind of evidence.
    let d = broken(|v| {
        arr(v, "/support/people/7/competenceEvidence").retain(|e| e["kind"] == "experience")
    });
    assert_fires(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/7",
    );
}

#[test]
fn competence_validity_boundaries() {
    // Personal-information handling must be refreshed yearly; Wang Fang trained 2025-11-12.
    let d = dataset();
    let fs = findings(&d, &competence::PERSON_COMPETENT, date(2026, 11, 12));
    assert!(fs.is_empty(), "{fs:#?}");
    assert_fires_on(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/2",
        date(2026, 11, 13),
    );
}

#[test]
fn training_effectiveness_not_evaluated() {
    // No planned date: the organization's period (default 3 months) applies.
    let d = broken(|v| remove(v, "/support/trainings/2", "effectiveness"));
    assert_fires(
        &d,
        &competence::TRAINING_EFFECTIVENESS_DEFAULT_WINDOW,
        "6.2.c",
        "/support/trainings/2",
    );
    let d = broken(|v| {
        remove(v, "/support/trainings/2", "effectiveness");
        v["support"]["trainings"][2]["evaluationDue"] = json!("2025-12-15");
    });
    assert_fires(
        &d,
        &competence::TRAINING_EFFECTIVENESS,
        "6.2.c",
        "/support/trainings/2",
    );
    // Scale training of 2026-06-10: evaluation due 2026-09-10.
    let d = dataset();
    assert_quiet_on(&d, &competence::TRAINING_EFFECTIVENESS, date(2026, 9, 10));
    assert_fires_on(
        &d,
        &competence::TRAINING_EFFECTIVENESS,
        "6.2.c",
        "/support/trainings/6",
        date(2026, 9, 11),
    );
    // Without a declared due date: the organization's parameter, by default three months
    // after the training (a warning of its own rule; the shall rule has no date to judge).
    let d = broken(|v| {
        remove(v, "/support/trainings/6", "evaluationDue");
        v["support"]["trainings"][6]["date"] = json!("2026-03-29");
    });
    assert_quiet_on(&d, &competence::TRAINING_EFFECTIVENESS, date(2026, 6, 30));
    assert_quiet_on(
        &d,
        &competence::TRAINING_EFFECTIVENESS_DEFAULT_WINDOW,
        date(2026, 6, 29),
    );
    assert_fires_on(
        &d,
        &competence::TRAINING_EFFECTIVENESS_DEFAULT_WINDOW,
        "6.2.c",
        "/support/trainings/6",
        date(2026, 6, 30),
    );
    // Awareness briefings build no competence and need no evaluation.
    assert_quiet(&dataset(), &competence::TRAINING_EFFECTIVENESS);
}

#[test]
fn partly_effective_training_without_follow_up() {
    let d = broken(|v| remove(v, "/support/trainings/4/effectiveness", "followUp"));
    assert_fires(
        &d,
        &competence::INEFFECTIVE_FOLLOW_UP,
        "6.2.c",
        "/support/trainings/4/effectiveness",
    );
}

#[test]
fn evidence_without_document() {
    let d = broken(|v| remove(v, "/support/people/0/competenceEvidence/0", "document"));
    assert_fires(
        &d,
        &competence::EVIDENCE_RETAINED,
        "6.2.d",
        "/support/people/0/competenceEvidence/0",
    );
}

/// A dataset with `n` more people holding the first role and `n` more competences required
/// for that role, none of them evidenced.
fn people_times_competences(n: usize) -> ecms::model::EcmsDocument {
    let mut v = dataset_value();
    let role = v["leadership"]["roles"][0]["id"].clone();
    for k in 0..n {
        arr(&mut v, "/support/competences").push(json!({
            "id": format!("6b0000ff-0000-4000-8000-{k:012}"),
            "name": format!("Competence {k}"),
            "roles": [role.clone()],
        }));
        arr(&mut v, "/support/people").push(json!({
            "id": format!("612000ff-0000-4000-8000-{k:012}"),
            "name": format!("Person {k}"),
            "roles": [role.clone()],
            "employment": "employee",
            "joinedOn": "2020-01-01",
        }));
    }
    doc_from(&v)
}

/// Findings of every rule, uncapped.
fn uncapped_findings(doc: &ecms::model::EcmsDocument) -> Vec<ecms::rules::Finding> {
    let mut engine = ecms::rules::Engine::new();
    engine.set_limits(ecms::rules::Limits::with_max_findings_per_rule(usize::MAX));
    engine.evaluate(doc, as_of()).findings
}

#[test]
fn findings_grow_linearly_with_people_times_competences() {
    let counts: Vec<(usize, usize, usize)> = [10, 20, 40]
        .into_iter()
        .map(|n| {
            let fs = uncapped_findings(&people_times_competences(n));
            let competent = fs
                .iter()
                .filter(|f| f.rule_id == competence::PERSON_COMPETENT.id())
                .count();
            (n, competent, fs.len())
        })
        .collect();
    for &(n, competent, _) in &counts {
        // One finding per person (plus the dataset's own people, who lack the new ones).
        assert!(competent <= n + 20, "n = {n}: {competent} findings");
    }
    // Doubling n at most doubles the growth: linear, not quadratic.
    let [(_, _, a), (_, _, b), (_, _, c)] = counts[..] else {
        unreachable!()
    };
    assert!(c - b <= 2 * (b - a) + 2, "{counts:?}");
    assert!(c <= 4 * a, "{counts:?}");
}

#[test]
fn competence_judged_by_the_roles_held_on_the_as_of_date() {
    // Zheng Hao stays customer service agent until 2026-07-10 besides marketing manager: as
    // of the dataset date that role's competences are required of him, from 2026-07-11 not.
    let d = broken(|v| {
        v["support"]["people"][8]["roleHistory"][0]["until"] = json!("2026-07-10");
    });
    assert_fires(
        &d,
        &competence::PERSON_COMPETENT,
        "6.2.b",
        "/support/people/8",
    );
    assert_quiet_on(&d, &competence::PERSON_COMPETENT, date(2026, 7, 11));
}
