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
use crate::common::Date;
use crate::ids::{PersonId, RoleId};
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
    &dates::AUDIT_DATES_ORDERED,
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

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-8.1.1-monitoring-plan",
        "8.1.1 asks that monitoring be planned; its implementation is checked by ecms-8.1.1-monitoring-overdue.",
    ),
    (
        "ecms-8.1.2-monitoring-evaluation-interval",
        "8.1.2 asks that the monitoring process be evaluated; a declared interval is all planning it needs, its timing is checked by ecms-8.1.2-monitoring-evaluation-overdue.",
    ),
    (
        "ecms-8.1.2-monitoring-evaluation-content",
        "8.1.2 asks that the evaluation cover performance and effectiveness and lead to improvement actions, naming no one and no record.",
    ),
    (
        "ecms-8.1.3-method-defined",
        "8.1.3 asks only that the methods of obtaining, monitoring and reviewing the information be determined.",
    ),
    (
        "ecms-8.1.4.1-measurement-method",
        "8.1.4.1 asks only that a measurement method suited to each objective and indicator be used.",
    ),
    (
        "ecms-8.1.4.2-kpis-defined",
        "8.1.4.2 asks that KPIs be set for the key success factors, with nothing about who sets them or when.",
    ),
    (
        "ecms-8.1.4.2-kpi-frequency",
        "8.1.4.2 asks for periodic measurement: a declared period is what it needs; the timing is checked by ecms-8.1.4.2-kpi-measurement-overdue.",
    ),
    (
        "ecms-8.1.4.2-kpi-target",
        "Evaluating a KPI's results (8.1.4.2) needs a stated target; the text names no approver or date for it.",
    ),
    (
        "ecms-8.1.4.3-benchmarks-used",
        "8.1.4.3 asks that suitable benchmarks be selected; the comparison is checked by ecms-8.1.4.3-benchmark-compared.",
    ),
    (
        "ecms-8.1.4.3-benchmark-compared",
        "8.1.4.3 asks for a comparison and an analysis of improvement needs, with nothing about who or when.",
    ),
    (
        "ecms-8.1.4.4-analysis-sources-methods",
        "8.1.4.4 asks only that the channels for obtaining data and the methods of analysis be determined.",
    ),
    (
        "ecms-8.2.b-criteria-scope",
        "8.2 b) asks only that the criteria and scope of each audit be specified.",
    ),
    (
        "ecms-8.3.1-review-interval",
        "8.3.1 asks for planned intervals; reviews held at them are checked by ecms-8.3.1-review-overdue.",
    ),
    (
        "ecms-8.3.1-review-conclusions",
        "8.3.1 states what the review is for (suitability, adequacy, effectiveness, alignment); a recorded conclusion on each is what that asks.",
    ),
    (
        "ecms-8.3.2.c-trends",
        "8.3.2 c) asks that performance information include its trends, with nothing about who or when.",
    ),
    (
        "ecms-8.3.3-outputs-covered",
        "8.3.3 asks that the outputs include decisions on a)–c); the record and the actions are checked by other rules.",
    ),
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
/// The latest analysis dated on or before the as-of date that `keep` accepts: its index and
/// date (the first of several on the same latest date).
fn latest_dated(
    ctx: &Ctx<'_>,
    keep: impl Fn(&crate::model::performance::Analysis) -> bool,
) -> Option<(usize, Date)> {
    let mut best: Option<(usize, Date)> = None;
    for (i, a) in ctx.doc.performance.analyses.iter().enumerate() {
        let Some(d) = a.date.filter(|d| *d <= ctx.as_of) else {
            continue;
        };
        if keep(a) && best.is_none_or(|(_, b)| d > b) {
            best = Some((i, d));
        }
    }
    best
}

/// Reports evidence dated `date` when it lies outside the evidence window (`evidenceWindow`):
/// with `org` when the organization set the window, else with `default`; the parameters
/// `date`, `window` and `as_of` are added to `params`; `clause` names a more precise item
/// than the rule's own.
fn emit_if_stale(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    date: Date,
    (org, default): (&'static Reason, &'static Reason),
    (clause, path): (Option<&'static str>, String),
    params: &[(&'static str, String)],
) {
    let window = ctx.params.evidence_window;
    if super::util::within(window.value, date, ctx.as_of) {
        return;
    }
    let mut all = params.to_vec();
    all.extend([
        super::p("date", date),
        super::p("window", window.value),
        super::p("as_of", ctx.as_of),
    ]);
    let reason = if window.is_organizations() {
        org
    } else {
        default
    };
    match clause {
        Some(c) => em.emit_at(c, reason, path, &all),
        None => em.emit(reason, path, &all),
    }
}

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

/// The name of a defined role (4.3) that nobody held on `on` — neither one of the role's
/// holders nor a person with the role (6.2), by [`super::util::holds_role`] (employment dates
/// and role history included). `None` when someone held it, or when the role is not defined
/// (a dangling reference is an integrity error).
fn vacant_role(ctx: &Ctx<'_>, role: RoleId, on: Date) -> Option<String> {
    let name = ctx
        .doc
        .leadership
        .roles
        .iter()
        .find(|r| r.id == role)
        .map(|r| r.name.clone())?;
    (!super::util::role_held_on(ctx.doc, role, on)).then_some(name)
}

/// Whether the person's record shows they did not work for the organization on `on`. A
/// person with no record is not judged here (a dangling reference is an integrity error).
fn not_employed(ctx: &Ctx<'_>, person: PersonId, on: Date) -> bool {
    ctx.doc
        .support
        .people
        .iter()
        .find(|x| x.id == person)
        .is_some_and(|x| !x.is_active(on))
}
