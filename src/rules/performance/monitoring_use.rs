//! 8.1.2 — 监视 (monitoring in use): the organization monitors the internal and external
//! factors and its processes, uses what monitoring tells it to decide (strategy, process
//! changes, improvement), and evaluates the monitoring process itself at planned intervals —
//! its performance, its effectiveness and the actions that improve it.

use super::{analyses_path, emit_if_stale, latest_dated, missing, plan_path};
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 8.1.2: each context factor is covered by a monitoring plan entry.
pub static FACTORS_MONITORED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.2-factors-monitored",
        clause: "8.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Context factors monitored", "监视内外部因素"),
        reasons: &[FACTOR_NOT_MONITORED],
        covers: &[],
    },
    check: check_factors_monitored,
    obligations: None,
};

const FACTOR_NOT_MONITORED: Reason = Reason::new(
    "not-monitored",
    "Context factor '{subject}' is not covered by any monitoring plan entry.",
    "内外部因素“{subject}”未纳入任何监视策划条目。",
);

fn check_factors_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let entries = &ctx.doc.performance.monitoring.entries;
    for (i, f) in ctx.doc.context.factors.iter().enumerate() {
        if !entries.iter().any(|e| e.factors.contains(&f.id)) {
            em.emit(
                &FACTOR_NOT_MONITORED,
                format!("/context/factors/{i}"),
                &[p("subject", &f.description)],
            );
        }
    }
}

/// 8.1.2: each process is covered by a monitoring plan entry or a KPI.
pub static PROCESSES_MONITORED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.2-processes-monitored",
        clause: "8.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Processes monitored", "监视电子商务过程"),
        reasons: &[PROCESS_NOT_MONITORED],
        covers: &[],
    },
    check: check_processes_monitored,
    obligations: None,
};

const PROCESS_NOT_MONITORED: Reason = Reason::new(
    "not-monitored",
    "Process '{subject}' is covered by no monitoring plan entry and no KPI.",
    "过程“{subject}”既未纳入监视策划条目，也没有关键绩效指标。",
);

fn check_processes_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let perf = &ctx.doc.performance;
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        let covered = perf
            .monitoring
            .entries
            .iter()
            .any(|e| e.processes.contains(&pr.id))
            || perf.kpis.iter().any(|k| k.processes.contains(&pr.id));
        if !covered {
            em.emit(
                &PROCESS_NOT_MONITORED,
                format!("/context/processes/{i}"),
                &[p("subject", &pr.name)],
            );
        }
    }
}

/// 8.1.2: an analysis of the last year records a decision taken on monitoring information.
pub static USED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.2-monitoring-used",
        clause: "8.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Monitoring information supports decisions",
            "利用监视信息支持决策",
        ),
        reasons: &[NOT_USED, NOT_USED_RECENTLY, NOT_USED_RECENTLY_DEFAULT],
        covers: &[],
    },
    check: check_used,
    obligations: None,
};

const NOT_USED: Reason = Reason::new(
    "not-used",
    "No analysis dated on or before {as_of} records a decision (strategy, process change, improvement) taken on monitoring information.",
    "截至{as_of}，没有任何分析记录表明监视信息支持了战略调整、过程变更或改进等决策。",
);
const NOT_USED_RECENTLY: Reason = Reason::on_parameter(
    "evidenceWindow",
    "not-used-recently",
    "The latest analysis that records a decision taken on monitoring information is dated {date}, longer ago than the organization's evidence window of {window} before {as_of}.",
    "最近一次记录了依据监视信息所作决策的分析日期为{date}，早于组织规定的证据期限（截至{as_of}的{window}）。",
);
const NOT_USED_RECENTLY_DEFAULT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "not-used-recently-default",
    "The latest analysis that records a decision taken on monitoring information is dated {date}, longer ago than the default evidence window of {window} before {as_of} (the organization states none).",
    "最近一次记录了依据监视信息所作决策的分析日期为{date}，早于默认证据期限（截至{as_of}的{window}，组织未规定）。",
);

fn check_used(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let latest = latest_dated(ctx, |a| {
        a.decisions.iter().any(|d| !d.description.trim().is_empty())
    });
    let Some((i, date)) = latest else {
        em.emit(&NOT_USED, analyses_path(ctx), &[p("as_of", ctx.as_of)]);
        return;
    };
    emit_if_stale(
        ctx,
        em,
        date,
        (&NOT_USED_RECENTLY, &NOT_USED_RECENTLY_DEFAULT),
        (None, format!("/performance/analyses/{i}")),
        &[],
    );
}

/// 8.1.2: the plan declares how often the monitoring process itself is evaluated.
pub static EVALUATION_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.2-monitoring-evaluation-interval",
        clause: "8.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Interval for evaluating monitoring", "规定监视过程评价周期"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_evaluation_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "The monitoring plan declares no interval for evaluating the monitoring process itself.",
    "监视策划未规定评价监视过程本身的周期。",
);

fn check_evaluation_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.monitoring.evaluation_interval.is_none() {
        em.emit(&NO_INTERVAL, plan_path(ctx), &[]);
    }
}

/// 8.1.2: the monitoring process is evaluated at the interval the plan declares.
pub static EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.2-monitoring-evaluation-overdue",
        clause: "8.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Monitoring process evaluated on time", "按期评价监视过程"),
        reasons: &[EVALUATION_LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &EVALUATION_LATE),
    obligations: Some(evaluation_duties),
};

const EVALUATION_LATE: Reason = Reason::new(
    "overdue",
    "The evaluation of the monitoring process was due on {due} (interval {interval}, last {last}).",
    "监视过程的评价应于{due}进行（周期{interval}，上次{last}）。",
);

fn evaluation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let monitoring = &doc.performance.monitoring;
    if monitoring.evaluation_interval.is_some() {
        out.push(Duty {
            path: "/performance/monitoring".to_owned(),
            subject: "monitoring process".to_owned(),
            activity: t("evaluation of the monitoring process", "监视过程评价"),
            interval: monitoring.evaluation_interval,
            last_done: out.latest(monitoring.evaluations.iter().filter_map(|e| e.date)),
            anchor: None,
            evidence: Evidence::Records,
        });
    }
}

/// 8.1.2: each evaluation of the monitoring process records its date, the performance and
/// effectiveness found and the actions that improve the monitoring.
pub static EVALUATION_CONTENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.2-monitoring-evaluation-content",
        clause: "8.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Monitoring evaluation complete", "监视过程评价内容完整"),
        reasons: &[NO_DATE, NO_PERFORMANCE, NO_EFFECTIVENESS, NO_ACTIONS],
        covers: &[],
    },
    check: check_evaluation_content,
    obligations: None,
};

const NO_DATE: Reason = Reason::new(
    "no-date",
    "Evaluation {subject} of the monitoring process does not record its date.",
    "监视过程评价{subject}未记录日期。",
);
const NO_PERFORMANCE: Reason = Reason::new(
    "no-performance",
    "Evaluation {subject} of the monitoring process does not record its performance assessment.",
    "监视过程评价{subject}未记录绩效评价。",
);
const NO_EFFECTIVENESS: Reason = Reason::new(
    "no-effectiveness",
    "Evaluation {subject} of the monitoring process does not record its effectiveness assessment.",
    "监视过程评价{subject}未记录有效性评价。",
);
const NO_ACTIONS: Reason = Reason::new(
    "no-actions",
    "Evaluation {subject} of the monitoring process does not record its actions to improve monitoring.",
    "监视过程评价{subject}未记录改进监视过程的措施。",
);

fn check_evaluation_content(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, e) in ctx
        .doc
        .performance
        .monitoring
        .evaluations
        .iter()
        .enumerate()
    {
        // The evaluation is named by its date, or by its id when undated.
        let subject = e
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| e.id.to_string());
        missing(
            em,
            &format!("/performance/monitoring/evaluations/{i}"),
            &[p("subject", subject)],
            &[
                (e.date.is_none(), &NO_DATE),
                (blank(&e.performance), &NO_PERFORMANCE),
                (blank(&e.effectiveness), &NO_EFFECTIVENESS),
                (
                    e.actions.iter().all(|a| a.trim().is_empty()) && e.improvements.is_empty(),
                    &NO_ACTIONS,
                ),
            ],
        );
    }
}
