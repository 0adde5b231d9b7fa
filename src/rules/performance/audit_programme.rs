//! 8.2 a) — 审核方案 (the audit programme): the organization plans, establishes and keeps an
//! audit programme — frequency, methods, responsibilities, planning requirements and
//! reporting — that considers the importance of the processes, changes affecting the
//! organization and previous audit results, and holds internal audits at the planned
//! intervals so that every process is audited.

use std::collections::BTreeSet;

use super::{missing, vacant_role};
use crate::model::EcmsDocument;
use crate::model::performance::AuditStatus;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 8.2 a): an internal audit programme is recorded and implemented: at least one audit
/// (planned or held, not cancelled) is recorded under it.
pub static PROGRAMME: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.a-audit-programme",
        clause: "8.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Audit programme established", "制定审核方案"),
        reasons: &[NO_PROGRAMME, NOT_IMPLEMENTED],
        covers: &[],
    },
    check: check_programme,
    obligations: None,
};

const NO_PROGRAMME: Reason = Reason::new(
    "missing",
    "No internal audit programme is recorded.",
    "未记录内部审核方案。",
);

const NOT_IMPLEMENTED: Reason = Reason::new(
    "not-implemented",
    "The internal audit programme is not implemented: no audit, planned or held, is recorded.",
    "内部审核方案未得到实施：未记录任何已策划或已实施的审核。",
);

fn check_programme(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let perf = &ctx.doc.performance;
    if perf.audit_programme.is_none() {
        em.emit(&NO_PROGRAMME, "/performance", &[]);
    } else if !perf
        .audits
        .iter()
        .any(|a| a.status != Some(AuditStatus::Cancelled))
    {
        em.emit(&NOT_IMPLEMENTED, "/performance/auditProgramme", &[]);
    }
}

/// 8.2 a): the programme records its frequency, methods, responsibilities (each given to a
/// role someone holds on the as-of date), planning requirements and reporting, and the three
/// considerations it rests on.
pub static CONTENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.a-programme-content",
        clause: "8.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Audit programme complete", "审核方案内容完整"),
        reasons: &[
            NO_FREQUENCY,
            NO_METHODS,
            NO_RESPONSIBILITIES,
            NO_PLANNING_REQUIREMENTS,
            NO_REPORTING,
            NO_PROCESS_IMPORTANCE,
            NO_CHANGES,
            NO_PREVIOUS_RESULTS,
            RESPONSIBLE_VACANT,
        ],
        covers: &[],
    },
    check: check_content,
    obligations: None,
};

const NO_FREQUENCY: Reason = Reason::new(
    "no-frequency",
    "The audit programme does not record its frequency.",
    "审核方案未记录频次。",
);
const NO_METHODS: Reason = Reason::new(
    "no-methods",
    "The audit programme does not record its methods.",
    "审核方案未记录方法。",
);
const NO_RESPONSIBILITIES: Reason = Reason::new(
    "no-responsibilities",
    "The audit programme does not record its responsibilities.",
    "审核方案未记录职责。",
);
const NO_PLANNING_REQUIREMENTS: Reason = Reason::new(
    "no-planning-requirements",
    "The audit programme does not record its planning requirements.",
    "审核方案未记录策划要求。",
);
const NO_REPORTING: Reason = Reason::new(
    "no-reporting",
    "The audit programme does not record its reporting.",
    "审核方案未记录报告。",
);
const NO_PROCESS_IMPORTANCE: Reason = Reason::new(
    "no-process-importance",
    "The audit programme does not record its consideration of the importance of the processes.",
    "审核方案未记录对过程重要性的考虑。",
);
const NO_CHANGES: Reason = Reason::new(
    "no-changes",
    "The audit programme does not record its consideration of changes affecting the organization.",
    "审核方案未记录对影响组织的变化的考虑。",
);
const RESPONSIBLE_VACANT: Reason = Reason::new(
    "role-vacant",
    "The audit programme gives the duty '{duty}' to the role '{role}', which nobody held on {as_of}.",
    "审核方案将职责“{duty}”分配给岗位“{role}”，但截至{as_of}无人担任该岗位。",
);
const NO_PREVIOUS_RESULTS: Reason = Reason::new(
    "no-previous-results",
    "The audit programme does not record its consideration of previous audit results.",
    "审核方案未记录对以往审核结果的考虑。",
);

fn check_content(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(prog) = &ctx.doc.performance.audit_programme else {
        return;
    };
    missing(
        em,
        "/performance/auditProgramme",
        &[],
        &[
            (prog.frequency.is_none(), &NO_FREQUENCY),
            (all_blank(&prog.methods), &NO_METHODS),
            (
                !prog
                    .responsibilities
                    .iter()
                    .any(|r| r.role.is_some() && !r.duty.trim().is_empty()),
                &NO_RESPONSIBILITIES,
            ),
            (
                blank(&prog.planning_requirements),
                &NO_PLANNING_REQUIREMENTS,
            ),
            (blank(&prog.reporting), &NO_REPORTING),
            (
                blank(&prog.basis.process_importance),
                &NO_PROCESS_IMPORTANCE,
            ),
            (blank(&prog.basis.changes), &NO_CHANGES),
            (blank(&prog.basis.previous_results), &NO_PREVIOUS_RESULTS),
        ],
    );
    for (j, r) in prog.responsibilities.iter().enumerate() {
        if let Some(role) = r.role.and_then(|x| vacant_role(ctx, x, ctx.as_of)) {
            em.emit(
                &RESPONSIBLE_VACANT,
                format!("/performance/auditProgramme/responsibilities/{j}/role"),
                &[p("duty", &r.duty), p("role", role), p("as_of", ctx.as_of)],
            );
        }
    }
}

/// 8.2 a) (the organization's parameter): the audit programme's frequency is no longer
/// than the organization's limit `auditIntervalLimit`. The standard asks only for planned
/// intervals, so by default there is no limit and the rule is quiet.
pub static FREQUENCY_YEARLY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.a-audit-frequency-yearly",
        clause: "8.2.a",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Internal audits within the organization's longest interval",
            "内部审核间隔不超过组织规定",
        ),
        reasons: &[LONGER_THAN_YEARLY, LONGER_THAN_EMBEDDER_LIMIT],
        covers: &[],
    },
    check: check_frequency_yearly,
    obligations: None,
};

const LONGER_THAN_YEARLY: Reason = Reason::new(
    "longer-than-yearly",
    "The audit programme's frequency of {interval} is longer than the organization's limit of {limit}.",
    "审核方案规定的频次{interval}长于组织规定的最长间隔{limit}。",
);
const LONGER_THAN_EMBEDDER_LIMIT: Reason = Reason::new(
    "longer-than-default-limit",
    "The audit programme's frequency of {interval} is longer than the default limit of {limit}.",
    "审核方案规定的频次{interval}长于默认最长间隔{limit}。",
);

fn check_frequency_yearly(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let setting = ctx.params.audit_interval_limit;
    let Some(limit) = setting.value else {
        return;
    };
    let reason = if setting.is_organizations() {
        &LONGER_THAN_YEARLY
    } else {
        &LONGER_THAN_EMBEDDER_LIMIT
    };
    if let Some(iv) = ctx
        .doc
        .performance
        .audit_programme
        .as_ref()
        .and_then(|p| p.frequency)
        && !iv.at_most(&limit)
    {
        em.emit(
            reason,
            "/performance/auditProgramme/frequency",
            &[p("interval", iv), p("limit", limit)],
        );
    }
}

/// 8.2: internal audits are held at the programme's frequency.
pub static OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2-audit-overdue",
        clause: "8.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Internal audits at planned intervals",
            "按策划的时间间隔内审",
        ),
        reasons: &[LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &LATE),
    obligations: Some(audit_duties),
};

const LATE: Reason = Reason::new(
    "overdue",
    "The next internal audit was due on {due} (frequency {interval}, last {last}).",
    "下一次内部审核应于{due}进行（频次{interval}，上次{last}）。",
);

fn audit_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let perf = &doc.performance;
    if let Some(prog) = &perf.audit_programme {
        out.push(Duty {
            path: "/performance/auditProgramme".to_owned(),
            subject: "internal audit".to_owned(),
            activity: t("internal audit", "内部审核"),
            interval: prog.frequency,
            last_done: out.latest(
                perf.audits
                    .iter()
                    .filter(|a| a.is_completed())
                    .filter_map(|a| a.date),
            ),
            anchor: prog.approval.as_ref().and_then(|a| a.date),
            evidence: Evidence::Records,
        });
    }
}

/// 8.2 a): an audit planned for a past date has been held.
pub static PLANNED_LATE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.a-planned-audit-late",
        clause: "8.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Planned audits held", "按方案实施审核"),
        reasons: &[NOT_HELD],
        covers: &[],
    },
    check: check_planned_late,
    obligations: None,
};

const NOT_HELD: Reason = Reason::new(
    "not-held",
    "Audit '{subject}' was planned for {due} and is still not held.",
    "审核“{subject}”计划于{due}进行，至今未实施。",
);

fn check_planned_late(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        if a.status != Some(AuditStatus::Planned) {
            continue;
        }
        if let Some(d) = a.planned_date
            && d < ctx.as_of
        {
            em.emit(
                &NOT_HELD,
                format!("/performance/audits/{i}"),
                &[p("subject", &a.title), p("due", d)],
            );
        }
    }
}

/// 8.2 (policy): every process is in the scope of an internal audit held within the
/// organization's coverage period (`auditCoverageWithin`, 1 year by default).
pub static PROCESSES_AUDITED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2-processes-audited",
        clause: "8.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Every process audited within the coverage period",
            "每个过程在规定周期内至少审核一次",
        ),
        reasons: &[NOT_AUDITED, NOT_AUDITED_DEFAULT],
        covers: &[],
    },
    check: check_processes_audited,
    obligations: None,
};

const NOT_AUDITED: Reason = Reason::new(
    "not-audited",
    "Process '{subject}' was not in the scope of any internal audit held in the organization's coverage period of {window} up to {as_of}.",
    "在组织规定的覆盖周期内（截至{as_of}的{window}），过程“{subject}”未纳入任何已实施内审的范围。",
);
const NOT_AUDITED_DEFAULT: Reason = Reason::new(
    "not-audited-default",
    "Process '{subject}' was not in the scope of any internal audit held in the default coverage period of {window} up to {as_of} (the organization states none).",
    "在默认覆盖周期内（截至{as_of}的{window}，组织未规定），过程“{subject}”未纳入任何已实施内审的范围。",
);

fn check_processes_audited(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let window = ctx.params.audit_coverage_within;
    let reason = if window.is_organizations() {
        &NOT_AUDITED
    } else {
        &NOT_AUDITED_DEFAULT
    };
    let audited: BTreeSet<_> = ctx
        .doc
        .performance
        .audits
        .iter()
        .filter(|a| a.is_completed() && a.date.is_some_and(|d| within(window.value, d, ctx.as_of)))
        .flat_map(|a| a.processes.iter().copied())
        .collect();
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !audited.contains(&pr.id) {
            em.emit(
                reason,
                format!("/context/processes/{i}"),
                &[
                    p("subject", &pr.name),
                    p("window", window.value),
                    p("as_of", ctx.as_of),
                ],
            );
        }
    }
}
