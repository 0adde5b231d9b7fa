//! 8.1.4.2 — 关键绩效指标 (key performance indicators): the organization sets KPIs from its
//! key success factors, relates them to its e-commerce capability and performance, breaks
//! them down across levels and functions, gives each a measurement procedure, a frequency and
//! a target, measures them on schedule, acts on missed targets and evaluates the results.

use std::collections::BTreeMap;

use super::{emit_if_stale, missing, vacant_role};
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 8.1.4.2: at least one KPI is recorded.
pub static DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpis-defined",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Key performance indicators set", "设立关键绩效指标"),
        reasons: &[NO_KPI],
        covers: &[],
    },
    check: check_defined,
    obligations: None,
};

const NO_KPI: Reason = Reason::new(
    "missing",
    "No key performance indicator is recorded.",
    "未记录任何关键绩效指标。",
);

fn check_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.kpis.is_empty() {
        em.emit(&NO_KPI, "/performance", &[]);
    }
}

/// 8.1.4.2: each KPI records its key success factor, its relation to capability and
/// performance, its breakdown (to functions someone holds on the as-of date) and its
/// measurement procedure.
pub static DEFINITION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpi-definition",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("KPIs fully defined", "关键绩效指标定义完整"),
        reasons: &[
            NO_KEY_FACTOR,
            NO_CAPABILITY_RELATION,
            NO_BREAKDOWN,
            NO_PROCEDURE,
            BREAKDOWN_VACANT,
        ],
        covers: &[],
    },
    check: check_definition,
    obligations: None,
};

const NO_KEY_FACTOR: Reason = Reason::new(
    "no-key-factor",
    "KPI '{subject}' does not record its key success factor.",
    "关键绩效指标“{subject}”未记录关键成功因素。",
);
const NO_CAPABILITY_RELATION: Reason = Reason::new(
    "no-capability-relation",
    "KPI '{subject}' does not record its relation to e-commerce capability and performance.",
    "关键绩效指标“{subject}”未记录与电子商务能力和绩效的关系。",
);
const NO_BREAKDOWN: Reason = Reason::new(
    "no-breakdown",
    "KPI '{subject}' does not record its breakdown across levels and functions.",
    "关键绩效指标“{subject}”未记录在不同层次和职能上的分解。",
);
const BREAKDOWN_VACANT: Reason = Reason::new(
    "breakdown-role-vacant",
    "KPI '{subject}' is broken down to the role '{role}', which nobody held on {as_of}.",
    "关键绩效指标“{subject}”分解到的岗位“{role}”截至{as_of}无人担任。",
);
const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "no-procedure",
    "KPI '{subject}' does not record its measurement procedure. The organization requires documented procedures; the standard asks for the process only.",
    "关键绩效指标“{subject}”未记录测量程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_definition(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        missing(
            em,
            &format!("/performance/kpis/{i}"),
            &[p("subject", &k.name)],
            &[
                (blank(&k.key_factor), &NO_KEY_FACTOR),
                (blank(&k.capability_relation), &NO_CAPABILITY_RELATION),
                (
                    !k.breakdown
                        .iter()
                        .any(|b| b.role.is_some() || b.process.is_some()),
                    &NO_BREAKDOWN,
                ),
                (
                    k.procedure.is_none() && ctx.documentation_required(),
                    &NO_PROCEDURE,
                ),
            ],
        );
        for (j, b) in k.breakdown.iter().enumerate() {
            if let Some(role) = b.role.and_then(|r| vacant_role(ctx, r, ctx.as_of)) {
                em.emit(
                    &BREAKDOWN_VACANT,
                    format!("/performance/kpis/{i}/breakdown/{j}/role"),
                    &[
                        p("subject", &k.name),
                        p("role", role),
                        p("as_of", ctx.as_of),
                    ],
                );
            }
        }
    }
}

/// 8.1.4.2: each KPI declares how often it is measured.
pub static FREQUENCY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpi-frequency",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("KPI measurement frequency", "规定关键绩效指标测量频次"),
        reasons: &[NO_FREQUENCY],
        covers: &[],
    },
    check: check_frequency,
    obligations: None,
};

const NO_FREQUENCY: Reason = Reason::new(
    "no-frequency",
    "KPI '{subject}' declares no measurement frequency, so its periodic measurement cannot be planned.",
    "关键绩效指标“{subject}”未规定测量频次，无法定期测量。",
);

fn check_frequency(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if k.frequency.is_none() {
            em.emit(
                &NO_FREQUENCY,
                format!("/performance/kpis/{i}"),
                &[p("subject", &k.name)],
            );
        }
    }
}

/// 8.1.4.2: each KPI has a complete target: value, unit and direction.
pub static TARGET: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpi-target",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("KPI target defined", "关键绩效指标目标值明确"),
        reasons: &[NO_TARGET],
        covers: &[],
    },
    check: check_target,
    obligations: None,
};

const NO_TARGET: Reason = Reason::new(
    "no-target",
    "KPI '{subject}' has no complete target (value, unit and whether higher or lower is better).",
    "关键绩效指标“{subject}”没有完整的目标（目标值、单位及方向）。",
);

fn check_target(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if !k.target.as_ref().is_some_and(|t| t.is_complete()) {
            em.emit(
                &NO_TARGET,
                format!("/performance/kpis/{i}"),
                &[p("subject", &k.name)],
            );
        }
    }
}

/// 8.1.4.2: each KPI is measured at its frequency.
pub static MEASUREMENT_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpi-measurement-overdue",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("KPIs measured on schedule", "按频次测量关键绩效指标"),
        reasons: &[LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &LATE),
    obligations: Some(measurement_duties),
};

const LATE: Reason = Reason::new(
    "overdue",
    "KPI '{subject}' was due to be measured on {due} (frequency {interval}, last {last}).",
    "关键绩效指标“{subject}”应于{due}测量（频次{interval}，上次{last}）。",
);

fn measurement_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, k) in doc.performance.kpis.iter().enumerate() {
        out.push(Duty {
            path: format!("/performance/kpis/{i}"),
            subject: k.name.clone(),
            activity: t("KPI measurement", "关键绩效指标测量"),
            interval: k.frequency,
            last_done: out.latest(k.measurements.iter().map(|m| m.date)),
            anchor: k.since,
            evidence: Evidence::Records,
        });
    }
}

/// 8.1.4.2: a measurement that misses its target is analysed, or answered by a
/// nonconformity or an improvement.
pub static TARGET_MISSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpi-target-missed",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Missed KPI targets acted upon", "未达标指标得到分析处理"),
        reasons: &[MISSED_UNANSWERED],
        covers: &[],
    },
    check: check_target_missed,
    obligations: None,
};

const MISSED_UNANSWERED: Reason = Reason::new(
    "unanswered",
    "KPI '{subject}' measured {value} for {period} against target {target}, and no analysis, nonconformity or improvement is recorded.",
    "关键绩效指标“{subject}”在{period}的测量值为{value}，未达到目标{target}，且无分析、不符合或改进记录。",
);

fn check_target_missed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        let Some(target) = &k.target else { continue };
        for (j, m) in k.measurements.iter().enumerate() {
            if target.is_met(m.value) != Some(false) {
                continue;
            }
            if !blank(&m.analysis) || m.nonconformity.is_some() || m.improvement.is_some() {
                continue;
            }
            let unit = target.unit.clone().unwrap_or_default();
            let tv = target.value.map(|v| v.to_string()).unwrap_or_default();
            em.emit(
                &MISSED_UNANSWERED,
                format!("/performance/kpis/{i}/measurements/{j}"),
                &[
                    p("subject", &k.name),
                    p("value", format!("{}{unit}", m.value)),
                    p("target", format!("{tv}{unit}")),
                    p(
                        "period",
                        m.period.clone().unwrap_or_else(|| m.date.to_string()),
                    ),
                ],
            );
        }
    }
}

/// 8.1.4.2: the results of each measured KPI are evaluated in an analysis of the last year.
pub static EVALUATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.2-kpi-evaluated",
        clause: "8.1.4.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("KPI results evaluated", "分析评价关键绩效指标结果"),
        reasons: &[NOT_EVALUATED, NOT_RECENT, NOT_RECENT_DEFAULT],
        covers: &[],
    },
    check: check_evaluated,
    obligations: None,
};

const NOT_EVALUATED: Reason = Reason::new(
    "not-evaluated",
    "The results of KPI '{subject}' are not evaluated in any analysis dated on or before {as_of}.",
    "截至{as_of}，没有任何分析评价关键绩效指标“{subject}”的结果。",
);
const NOT_RECENT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "not-recent",
    "The results of KPI '{subject}' were last evaluated on {date}, longer ago than the organization's evidence window of {window} before {as_of}.",
    "关键绩效指标“{subject}”的结果最近一次于{date}分析评价，早于组织规定的证据期限（截至{as_of}的{window}）。",
);
const NOT_RECENT_DEFAULT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "not-recent-default",
    "The results of KPI '{subject}' were last evaluated on {date}, longer ago than the default evidence window of {window} before {as_of} (the organization states none).",
    "关键绩效指标“{subject}”的结果最近一次于{date}分析评价，早于默认证据期限（截至{as_of}的{window}，组织未规定）。",
);

fn check_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // The latest date on or before the as-of date on which each KPI was evaluated.
    let mut last: BTreeMap<_, crate::common::Date> = BTreeMap::new();
    for a in &ctx.doc.performance.analyses {
        let Some(d) = a.date.filter(|d| *d <= ctx.as_of) else {
            continue;
        };
        for k in a.evaluations.iter().flat_map(|e| e.kpis.iter().copied()) {
            let e = last.entry(k).or_insert(d);
            *e = (*e).max(d);
        }
    }
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if k.measurements.is_empty() {
            continue;
        }
        let path = format!("/performance/kpis/{i}");
        match last.get(&k.id) {
            None => em.emit(
                &NOT_EVALUATED,
                path,
                &[p("subject", &k.name), p("as_of", ctx.as_of)],
            ),
            Some(&d) => emit_if_stale(
                ctx,
                em,
                d,
                (&NOT_RECENT, &NOT_RECENT_DEFAULT),
                (None, path),
                &[p("subject", &k.name)],
            ),
        }
    }
}
