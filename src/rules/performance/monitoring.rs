//! 8.1.1 — 总则 (monitoring and measurement planned): the organization plans what is
//! monitored and measured so as to show that objectives are achieved (a), that the system
//! conforms and is effective (b), and to evaluate and improve capability and performance (c);
//! each entry of the plan says how often, by whom and how its results are evaluated, and the
//! monitoring is done at the planned frequency.

use super::{missing, plan_path, vacant_role};
use crate::model::EcmsDocument;
use crate::model::performance::MonitoringPurpose;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 8.1.1: a monitoring and measurement plan with at least one entry exists.
pub static PLAN: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.1-monitoring-plan",
        clause: "8.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Monitoring and measurement planned", "策划监视和测量"),
        reasons: &[NO_PLAN],
        covers: &[],
    },
    check: check_plan,
    obligations: None,
};

const NO_PLAN: Reason = Reason::new(
    "missing",
    "No monitoring and measurement plan entry is recorded.",
    "未记录任何监视和测量策划。",
);

fn check_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.monitoring.entries.is_empty() {
        em.emit(&NO_PLAN, plan_path(ctx), &[]);
    }
}

/// 8.1.1 a)–c): the plan's entries together serve each of the three purposes.
pub static PURPOSES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.1-plan-purposes",
        clause: "8.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Monitoring plan serves 8.1.1 a)–c)",
            "监视策划覆盖8.1.1 a)–c)",
        ),
        reasons: &[NO_OBJECTIVES, NO_SYSTEM_CONFORMITY, NO_CAPABILITY],
        covers: &["8.1.1.a", "8.1.1.b", "8.1.1.c"],
    },
    check: check_purposes,
    obligations: None,
};

const NO_OBJECTIVES: Reason = Reason::new(
    "no-objectives-achieved",
    "No monitoring plan entry serves the purpose 'Objectives achieved (8.1.1.a)'.",
    "没有监视策划条目服务于目的“证实达成目标（8.1.1 a)）”。",
);
const NO_SYSTEM_CONFORMITY: Reason = Reason::new(
    "no-system-conformity",
    "No monitoring plan entry serves the purpose 'System conformity and effectiveness (8.1.1.b)'.",
    "没有监视策划条目服务于目的“体系符合性有效性（8.1.1 b)）”。",
);
const NO_CAPABILITY: Reason = Reason::new(
    "no-capability-improvement",
    "No monitoring plan entry serves the purpose 'Evaluating capability and performance (8.1.1.c)'.",
    "没有监视策划条目服务于目的“评价改进能力绩效（8.1.1 c)）”。",
);

fn purpose_missing(purpose: MonitoringPurpose) -> &'static Reason {
    match purpose {
        MonitoringPurpose::ObjectivesAchieved => &NO_OBJECTIVES,
        MonitoringPurpose::SystemConformity => &NO_SYSTEM_CONFORMITY,
        MonitoringPurpose::CapabilityImprovement => &NO_CAPABILITY,
    }
}

fn check_purposes(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let entries = &ctx.doc.performance.monitoring.entries;
    if entries.is_empty() {
        return;
    }
    for (purpose, item) in MonitoringPurpose::ALL {
        if !entries.iter().any(|e| e.purposes.contains(&purpose)) {
            em.emit_at(
                item,
                purpose_missing(purpose),
                "/performance/monitoring/entries",
                &[p("purpose", purpose.as_str())],
            );
        }
    }
}

/// 8.1.1: each plan entry records its purpose, frequency, responsible role (held by someone
/// on the as-of date) and how its results are analysed and evaluated.
pub static ENTRY_COMPLETE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.1-plan-entry-complete",
        clause: "8.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Monitoring plan entries complete", "监视策划条目完整"),
        reasons: &[
            NO_PURPOSE,
            NO_FREQUENCY,
            NO_RESPONSIBLE,
            NO_EVALUATION,
            RESPONSIBLE_VACANT,
        ],
        covers: &[],
    },
    check: check_entry_complete,
    obligations: None,
};

const NO_PURPOSE: Reason = Reason::new(
    "no-purpose",
    "Monitoring plan entry '{subject}' does not record its purpose (8.1.1 a)-c)).",
    "监视策划条目“{subject}”未记录目的（8.1.1 a)–c)）。",
);
const NO_FREQUENCY: Reason = Reason::new(
    "no-frequency",
    "Monitoring plan entry '{subject}' does not record its frequency.",
    "监视策划条目“{subject}”未记录频次。",
);
const NO_RESPONSIBLE: Reason = Reason::new(
    "no-responsible",
    "Monitoring plan entry '{subject}' does not record its responsible role.",
    "监视策划条目“{subject}”未记录负责岗位。",
);
const NO_EVALUATION: Reason = Reason::new(
    "no-evaluation",
    "Monitoring plan entry '{subject}' does not record its way of analysing and evaluating the results.",
    "监视策划条目“{subject}”未记录结果的分析和评价方式。",
);

const RESPONSIBLE_VACANT: Reason = Reason::new(
    "responsible-vacant",
    "Monitoring plan entry '{subject}' makes the role '{role}' responsible, which nobody held on {as_of}.",
    "监视策划条目“{subject}”的负责岗位“{role}”截至{as_of}无人担任。",
);

fn check_entry_complete(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, e) in ctx.doc.performance.monitoring.entries.iter().enumerate() {
        let path = format!("/performance/monitoring/entries/{i}");
        if let Some(role) = e.responsible.and_then(|r| vacant_role(ctx, r, ctx.as_of)) {
            em.emit(
                &RESPONSIBLE_VACANT,
                format!("{path}/responsible"),
                &[
                    p("subject", &e.subject),
                    p("role", role),
                    p("as_of", ctx.as_of),
                ],
            );
        }
        missing(
            em,
            &path,
            &[p("subject", &e.subject)],
            &[
                (e.purposes.is_empty(), &NO_PURPOSE),
                (e.schedule.interval.is_none(), &NO_FREQUENCY),
                (e.responsible.is_none(), &NO_RESPONSIBLE),
                (blank(&e.evaluation), &NO_EVALUATION),
            ],
        );
    }
}

/// 8.1.1: each plan entry is monitored at its frequency.
pub static OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.1-monitoring-overdue",
        clause: "8.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Planned monitoring done on time", "按策划实施监视"),
        reasons: &[LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &LATE),
    obligations: Some(monitoring_duties),
};

const LATE: Reason = Reason::new(
    "overdue",
    "Monitoring of '{subject}' was due on {due} (interval {interval}, last {last}).",
    "“{subject}”的监视应于{due}实施（周期{interval}，上次{last}）。",
);

fn monitoring_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, e) in doc.performance.monitoring.entries.iter().enumerate() {
        out.push(Duty {
            path: format!("/performance/monitoring/entries/{i}"),
            subject: e.subject.clone(),
            activity: t("planned monitoring", "策划的监视"),
            interval: e.schedule.interval,
            last_done: e.schedule.last_done,
            anchor: None,
            evidence: Evidence::Schedule(e.schedule.record),
        });
    }
}
