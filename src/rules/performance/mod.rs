//! Chapter 8 — 绩效评价 (performance evaluation): monitoring and measurement planned and used
//! (8.1.1, 8.1.2), customer satisfaction and credit rating (8.1.3), measurement methods, KPIs,
//! benchmarks and the analysis and evaluation of results (8.1.4), internal audit (8.2) and
//! management review (8.3).

pub mod analysis;
pub mod audit_programme;
pub mod audits;
pub mod benchmarks;
pub mod customers;
pub mod dates;
pub mod kpis;
pub mod measurement;
pub mod monitoring;
pub mod monitoring_use;
pub mod review;
pub mod review_inputs;
pub mod review_outputs;

use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, Reason};
use crate::model::performance::ManagementReview;

/// Chapter 8's rules, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    // 8.1.1
    &monitoring::PLAN,
    &monitoring::PURPOSES,
    &monitoring::ENTRY_COMPLETE,
    &monitoring::OVERDUE,
    // 8.1.2
    &monitoring_use::FACTORS_MONITORED,
    &monitoring_use::PROCESSES_MONITORED,
    &monitoring_use::USED,
    &monitoring_use::EVALUATION_INTERVAL,
    &monitoring_use::EVALUATION_OVERDUE,
    &monitoring_use::EVALUATION_CONTENT,
    // 8.1.3
    &customers::SATISFACTION,
    &customers::CREDIT_RATING,
    &customers::METHOD_DEFINED,
    &customers::RESULTS_OVERDUE,
    // 8.1.4.1
    &measurement::METHOD,
    &measurement::DATA_ANALYSED,
    // 8.1.4.2
    &kpis::DEFINED,
    &kpis::DEFINITION,
    &kpis::FREQUENCY,
    &kpis::TARGET,
    &kpis::MEASUREMENT_OVERDUE,
    &kpis::TARGET_MISSED,
    &kpis::EVALUATED,
    // 8.1.4.3
    &benchmarks::USED,
    &benchmarks::COMPARED,
    // 8.1.4.4
    &analysis::SOURCES_METHODS,
    &analysis::EVALUATION_ITEMS,
    &dates::FUTURE_DATED,
    // 8.2
    &audit_programme::PROGRAMME,
    &audit_programme::CONTENT,
    &audit_programme::FREQUENCY_YEARLY,
    &audit_programme::OVERDUE,
    &audit_programme::PLANNED_LATE,
    &audit_programme::PROCESSES_AUDITED,
    &audits::CRITERIA_SCOPE,
    &audits::AUDITORS,
    &audits::OBJECTIVITY,
    &audits::REPORT_DISTRIBUTED,
    &audits::FINDINGS_ACTED,
    &audits::RECORDS,
    &audits::CONCLUSION,
    // 8.3
    &review::INTERVAL,
    &review::INTERVAL_YEARLY,
    &review::OVERDUE,
    &review::TOP_MANAGEMENT,
    &review::CONCLUSIONS,
    &review_inputs::INPUTS,
    &review_inputs::PRIOR_ACTIONS_STATUS,
    &review_inputs::TRENDS,
    &review_outputs::OUTPUTS,
    &review_outputs::RECORD,
    &review_outputs::ACTION_ASSIGNED,
    &review_outputs::ACTION_OVERDUE,
];

/// Chapter 8 requirements shown by self-assessment only: none.
pub(super) static ASSESSED: &[AssessedRequirement] = &[];

/// Emits, at `path` with `params`, the reason of every part that is missing.
fn missing(
    em: &mut Emitter<'_>,
    path: &str,
    params: &[(&'static str, String)],
    parts: &[(bool, &'static Reason)],
) {
    for (absent, reason) in parts {
        if *absent {
            em.emit(reason, path, params);
        }
    }
}

/// Where a finding about the monitoring plan points: the plan, or its parent when the plan
/// is empty (and so not serialized).
fn plan_path(ctx: &Ctx<'_>) -> &'static str {
    if crate::common::is_default(&ctx.doc.performance.monitoring) {
        "/performance"
    } else {
        "/performance/monitoring"
    }
}

/// Where a finding about the analyses as a whole points: the list, or its parent when empty.
fn analyses_path(ctx: &Ctx<'_>) -> &'static str {
    if ctx.doc.performance.analyses.is_empty() {
        "/performance"
    } else {
        "/performance/analyses"
    }
}

/// Every management review held, with its JSON pointer.
fn held_reviews<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (String, &'a ManagementReview)> {
    ctx.doc
        .performance
        .management_reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_held())
        .map(|(i, r)| (format!("/performance/managementReviews/{i}"), r))
}
