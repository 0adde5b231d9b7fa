//! 9.2, 9.2 a), b), g) — nonconformities: source, impact, reaction, analysis, records.

use super::{NC, rm};
use crate::common::*;
use ecms::rules::improvement::nonconformities;

#[test]
fn nonconformity_source_and_impact() {
    let d = broken(|v| rm(v, &format!("{NC}/5"), "source"));
    assert_fires(&d, &nonconformities::SOURCE, "9.2", &format!("{NC}/5"));
    assert_eq!(reasons(&d, &nonconformities::SOURCE), ["no-source"]);
    let d = broken(|v| rm(v, &format!("{NC}/0"), "auditFinding"));
    assert_fires(&d, &nonconformities::SOURCE, "9.2", &format!("{NC}/0"));
    assert_eq!(reasons(&d, &nonconformities::SOURCE), ["no-audit-finding"]);
    let d = broken(|v| rm(v, &format!("{NC}/2"), "kpi"));
    assert_fires(&d, &nonconformities::SOURCE, "9.2", &format!("{NC}/2"));
    assert_eq!(reasons(&d, &nonconformities::SOURCE), ["no-kpi"]);
    // A complaint-sourced nonconformity may omit the complaint id.
    let d = dataset();
    let size = &d.improvement.nonconformities[3];
    assert!(size.complaint.is_none());
    assert_quiet(&d, &nonconformities::SOURCE);
    let d = broken(|v| rm(v, &format!("{NC}/2"), "impact"));
    assert_fires(&d, &nonconformities::IMPACT, "9.2", &format!("{NC}/2"));
}

#[test]
fn reaction_where_applicable() {
    // 9.2 a) 1)–2) apply "where applicable": one of them left blank is not a finding.
    let d = broken(|v| rm(v, &format!("{NC}/0/reaction"), "consequences"));
    assert_quiet(&d, &nonconformities::REACTION);
    let d = broken(|v| rm(v, &format!("{NC}/4/reaction"), "correction"));
    assert_quiet(&d, &nonconformities::REACTION);
    // No reaction at all is.
    let d = broken(|v| rm(v, &format!("{NC}/4"), "reaction"));
    let fs = assert_fires(&d, &nonconformities::REACTION, "9.2.a", &format!("{NC}/4"));
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-reaction");
}

#[test]
fn cause_analysis_per_sub_item() {
    let d = broken(|v| {
        let a = obj(v, &format!("{NC}/3/analysis"));
        a.remove("causes");
        a.remove("review");
    });
    assert_eq!(
        reasons(&d, &nonconformities::CAUSE_ANALYSIS),
        ["closed-no-review", "closed-no-causes"]
    );
    assert_fires(
        &d,
        &nonconformities::CAUSE_ANALYSIS,
        "9.2.b.2",
        &format!("{NC}/3"),
    );
    assert_fires(
        &d,
        &nonconformities::CAUSE_ANALYSIS,
        "9.2.b.1",
        &format!("{NC}/3"),
    );
    // Open with corrective actions: the analysis is due too.
    let d = broken(|v| rm(v, &format!("{NC}/4/analysis"), "similar"));
    assert_eq!(
        reasons(&d, &nonconformities::CAUSE_ANALYSIS),
        ["acting-no-similar"]
    );
    assert_fires(
        &d,
        &nonconformities::CAUSE_ANALYSIS,
        "9.2.b.3",
        &format!("{NC}/4"),
    );
    // Open, just reacted to, no actions yet: not yet required.
    let d = broken(|v| {
        let n = obj(v, &format!("{NC}/4"));
        n.remove("analysis");
        n.remove("correctiveActions");
    });
    assert_quiet(&d, &nonconformities::CAUSE_ANALYSIS);
}

#[test]
fn cause_analysis_each_reason() {
    let d = broken(|v| {
        let a = obj(v, &format!("{NC}/0/analysis"));
        a.remove("similar");
        let a = obj(v, &format!("{NC}/4/analysis"));
        a.remove("causes");
        a.remove("review");
    });
    let mut rs = reasons(&d, &nonconformities::CAUSE_ANALYSIS);
    rs.sort();
    assert_eq!(
        rs,
        ["acting-no-causes", "acting-no-review", "closed-no-similar"]
    );
}

#[test]
fn records_per_sub_item() {
    let d = broken(|v| rm(v, &format!("{NC}/5"), "description"));
    assert_eq!(reasons(&d, &nonconformities::RECORDS), ["no-nature"]);
    assert_fires(&d, &nonconformities::RECORDS, "9.2.g.1", &format!("{NC}/5"));
    let d = broken(|v| rm(v, &format!("{NC}/3"), "records"));
    assert_eq!(
        reasons(&d, &nonconformities::RECORDS),
        ["no-closure-records"]
    );
    assert_fires(&d, &nonconformities::RECORDS, "9.2.g.1", &format!("{NC}/3"));
    let d = broken(|v| rm(v, &format!("{NC}/5/correctiveActions/0"), "result"));
    assert_eq!(reasons(&d, &nonconformities::RECORDS), ["no-action-result"]);
    assert_fires(
        &d,
        &nonconformities::RECORDS,
        "9.2.g.2",
        &format!("{NC}/5/correctiveActions/0"),
    );
}

#[test]
fn need_for_action_decided() {
    assert_quiet(&dataset(), &nonconformities::ACTION_DECISION);
    let d = broken(|v| rm(v, &format!("{NC}/6/actionNeeded"), "date"));
    assert_fires(
        &d,
        &nonconformities::ACTION_DECISION,
        "9.2.b",
        &format!("{NC}/6/actionNeeded"),
    );
    assert_eq!(
        reasons(&d, &nonconformities::ACTION_DECISION),
        ["decision-incomplete"]
    );
    let d = broken(|v| {
        v["improvement"]["nonconformities"][0]["actionNeeded"]["decision"] =
            serde_json::json!("notNeeded");
    });
    assert_fires(
        &d,
        &nonconformities::ACTION_DECISION,
        "9.2.b",
        &format!("{NC}/0/actionNeeded"),
    );
    assert_eq!(
        reasons(&d, &nonconformities::ACTION_DECISION),
        ["not-needed-but-actions"]
    );
}

/// Issue 9 item 5: a closing date before the detection date is no evidence of closure.
#[test]
fn closed_before_detected() {
    let d = broken(|v| {
        v["improvement"]["nonconformities"][0]["closed"] = serde_json::json!("2025-10-01")
    });
    assert_fires(
        &d,
        &nonconformities::RECORDS,
        "9.2.g.1",
        "/improvement/nonconformities/0",
    );
    assert_eq!(
        reasons(&d, &nonconformities::RECORDS),
        ["closed-before-detected"]
    );
    let d = broken(|v| {
        v["improvement"]["nonconformities"][0]["closed"] = serde_json::json!("2025-10-22")
    });
    assert_quiet(&d, &nonconformities::RECORDS);
}
