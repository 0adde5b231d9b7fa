//! 8.2 b)–f) — 内部审核 (each audit): its criteria and scope are defined (b); objective,
//! impartial auditors are selected, who do not audit their own work (c); its results are
//! reported to the managers concerned (d); corrections and corrective actions follow its
//! findings without undue delay (e); and its records are retained (f).

use std::collections::BTreeSet;

use super::{missing, not_employed};
use crate::ids::{PersonId, RoleId};
use crate::model::EcmsDocument;
use crate::model::performance::{Audit, AuditStatus, FindingKind};
use crate::rules::prelude::*;

/// Every audit not cancelled, with its index.
fn live_audits<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (usize, &'a Audit)> {
    ctx.doc
        .performance
        .audits
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status != Some(AuditStatus::Cancelled))
}

/// Every holder of a role on a date, by the role's holders (4.3) or the people's roles and
/// role history (6.2); see [`holds_role`].
fn role_holders(doc: &EcmsDocument, role: RoleId, on: crate::common::Date) -> BTreeSet<PersonId> {
    doc.leadership
        .roles
        .iter()
        .filter(|r| r.id == role)
        .flat_map(|r| r.holders.iter().copied())
        .chain(doc.support.people.iter().map(|x| x.id))
        .filter(|pid| holds_role(doc, *pid, role, on))
        .collect()
}

/// 8.2 b): each audit defines its criteria and its scope (a statement and the processes).
pub static CRITERIA_SCOPE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.b-criteria-scope",
        clause: "8.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Audit criteria and scope", "规定审核准则和范围"),
        reasons: &[NO_CRITERIA, NO_SCOPE],
        covers: &[],
    },
    check: check_criteria_scope,
    obligations: None,
};

const NO_CRITERIA: Reason = Reason::new(
    "no-criteria",
    "Audit '{subject}' does not define its audit criteria.",
    "审核“{subject}”未规定审核准则。",
);
const NO_SCOPE: Reason = Reason::new(
    "no-scope",
    "Audit '{subject}' does not define its scope (statement and processes).",
    "审核“{subject}”未规定审核范围（描述及过程）。",
);

fn check_criteria_scope(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in live_audits(ctx) {
        missing(
            em,
            &format!("/performance/audits/{i}"),
            &[p("subject", &a.title)],
            &[
                (all_blank(&a.criteria), &NO_CRITERIA),
                (blank(&a.scope) || a.processes.is_empty(), &NO_SCOPE),
            ],
        );
    }
}

/// 8.2 c): each audit names its auditors, who worked for the organization on the audit date
/// (or, for an audit not yet held, on the as-of date).
pub static AUDITORS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.c-auditors-assigned",
        clause: "8.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Auditors selected", "选择审核员"),
        reasons: &[NO_AUDITOR, AUDITOR_NOT_EMPLOYED],
        covers: &[],
    },
    check: check_auditors,
    obligations: None,
};

const NO_AUDITOR: Reason = Reason::new(
    "no-auditor",
    "Audit '{subject}' names no auditor.",
    "审核“{subject}”未指定审核员。",
);

const AUDITOR_NOT_EMPLOYED: Reason = Reason::new(
    "auditor-not-employed",
    "Audit '{subject}' names auditor {auditor}, who did not work for the organization on {date}.",
    "审核“{subject}”指定的审核员{auditor}在{date}不在本组织任职。",
);

fn check_auditors(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in live_audits(ctx) {
        if a.auditors.is_empty() {
            em.emit(
                &NO_AUDITOR,
                format!("/performance/audits/{i}"),
                &[p("subject", &a.title)],
            );
        }
        let on = a.date.unwrap_or(ctx.as_of);
        for (j, auditor) in a.auditors.iter().enumerate() {
            if not_employed(ctx, *auditor, on) {
                em.emit(
                    &AUDITOR_NOT_EMPLOYED,
                    format!("/performance/audits/{i}/auditors/{j}"),
                    &[
                        p("subject", &a.title),
                        p("auditor", person_name(ctx.doc, *auditor)),
                        p("date", on),
                    ],
                );
            }
        }
    }
}

/// 8.2 c): no auditor audits a process whose owner role they hold.
pub static OBJECTIVITY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.c-auditor-objectivity",
        clause: "8.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Auditors do not audit their own work",
            "审核员不审核自己的工作",
        ),
        reasons: &[OWN_PROCESS],
        covers: &[],
    },
    check: check_objectivity,
    obligations: None,
};

const OWN_PROCESS: Reason = Reason::new(
    "own-process",
    "In audit '{subject}', auditor {auditor} audits process '{process}', whose owner role they hold.",
    "审核“{subject}”中，审核员{auditor}审核了其本人担任负责岗位的过程“{process}”。",
);

fn check_objectivity(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let doc = ctx.doc;
    for (i, a) in live_audits(ctx) {
        for (j, auditor) in a.auditors.iter().enumerate() {
            for pid in &a.processes {
                let Some(pr) = doc.context.processes.iter().find(|x| x.id == *pid) else {
                    continue;
                };
                let Some(owner) = pr.owner else { continue };
                if holds_role(doc, *auditor, owner, a.date.unwrap_or(ctx.as_of)) {
                    em.emit(
                        &OWN_PROCESS,
                        format!("/performance/audits/{i}/auditors/{j}"),
                        &[
                            p("subject", &a.title),
                            p("auditor", person_name(doc, *auditor)),
                            p("process", &pr.name),
                        ],
                    );
                }
            }
        }
    }
}

/// 8.2 d): each completed audit has a dated report document, given to the managers of the
/// audited processes.
pub static REPORT_DISTRIBUTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.d-report-distributed",
        clause: "8.2.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Audit results reported to management",
            "审核结果报告相关管理者",
        ),
        reasons: &[
            NO_REPORT,
            NO_DOCUMENT_OR_DATE,
            NOT_DISTRIBUTED,
            OWNER_NOT_REACHED,
        ],
        covers: &[],
    },
    check: check_report_distributed,
    obligations: None,
};

const NO_REPORT: Reason = Reason::new(
    "no-report",
    "Audit '{subject}': no audit report is recorded.",
    "审核“{subject}”：未记录审核报告。",
);
const NO_DOCUMENT_OR_DATE: Reason = Reason::new(
    "no-document-or-date",
    "Audit '{subject}': the report has no document or date.",
    "审核“{subject}”：审核报告没有文件或日期。",
);
const NOT_DISTRIBUTED: Reason = Reason::new(
    "not-distributed",
    "Audit '{subject}': the report was given to no manager.",
    "审核“{subject}”：审核报告未发给任何管理者。",
);
const OWNER_NOT_REACHED: Reason = Reason::new(
    "owner-not-reached",
    "Audit '{subject}': the report did not reach the manager responsible for audited process '{process}'.",
    "审核“{subject}”：审核报告未送达受审核过程“{process}”的负责管理者。",
);

fn check_report_distributed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let doc = ctx.doc;
    for (i, a) in doc.performance.audits.iter().enumerate() {
        if !a.is_completed() {
            continue;
        }
        let path = format!("/performance/audits/{i}");
        let Some(report) = &a.report else {
            em.emit(&NO_REPORT, &path, &[p("subject", &a.title)]);
            continue;
        };
        let rpath = format!("{path}/report");
        if report.document.is_none() || report.date.is_none() {
            em.emit(&NO_DOCUMENT_OR_DATE, &rpath, &[p("subject", &a.title)]);
        }
        if report.distributed_to.is_empty() {
            em.emit(&NOT_DISTRIBUTED, &rpath, &[p("subject", &a.title)]);
            continue;
        }
        for pid in &a.processes {
            let Some(pr) = doc.context.processes.iter().find(|x| x.id == *pid) else {
                continue;
            };
            let Some(owner) = pr.owner else { continue };
            let on = report.date.or(a.date).unwrap_or(ctx.as_of);
            let holders = role_holders(doc, owner, on);
            if holders.is_empty() || report.distributed_to.iter().any(|x| holders.contains(x)) {
                continue;
            }
            em.emit(
                &OWNER_NOT_REACHED,
                &rpath,
                &[p("subject", &a.title), p("process", &pr.name)],
            );
        }
    }
}

/// 8.2 e): each nonconformity found by an audit is corrected or taken into corrective
/// action, has a due date while open, and is closed by it.
pub static FINDINGS_ACTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.e-findings-acted",
        clause: "8.2.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Audit findings corrected in time",
            "对审核发现及时采取纠正和纠正措施",
        ),
        reasons: &[NO_CORRECTION, NO_DUE_DATE, FINDING_OVERDUE],
        covers: &[],
    },
    check: check_findings_acted,
    obligations: None,
};

const NO_CORRECTION: Reason = Reason::new(
    "no-correction",
    "Finding '{subject}' of audit '{audit}': a nonconformity with neither a correction nor a nonconformity record for corrective action.",
    "审核“{audit}”的发现“{subject}”：不符合项既无纠正也无对应的不符合及纠正措施记录。",
);
const NO_DUE_DATE: Reason = Reason::new(
    "no-due-date",
    "Finding '{subject}' of audit '{audit}': an open nonconformity with no due date for its correction.",
    "审核“{audit}”的发现“{subject}”：未关闭的不符合项没有纠正期限。",
);
const FINDING_OVERDUE: Reason = Reason::new(
    "overdue",
    "Finding '{subject}' of audit '{audit}': due on {due} and still open.",
    "审核“{audit}”的发现“{subject}”：应于{due}关闭，至今未关闭。",
);

fn check_findings_acted(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        for (j, f) in a.findings.iter().enumerate() {
            let path = format!("/performance/audits/{i}/findings/{j}");
            let params = [p("subject", &f.description), p("audit", &a.title)];
            let is_nc = f.kind == Some(FindingKind::Nonconformity);
            if is_nc && f.nonconformity.is_none() && blank(&f.correction) {
                em.emit(&NO_CORRECTION, &path, &params);
            }
            if is_nc && f.closed.is_none() && f.due.is_none() {
                em.emit(&NO_DUE_DATE, &path, &params);
            }
            if let (None, Some(due)) = (f.closed, f.due)
                && due < ctx.as_of
            {
                em.emit(
                    &FINDING_OVERDUE,
                    &path,
                    &[
                        p("subject", &f.description),
                        p("audit", &a.title),
                        p("due", due),
                    ],
                );
            }
        }
    }
}

/// 8.2 f): each completed audit records its date and its records, and those records are
/// still retained (not disposed of) on the as-of date.
pub static RECORDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2.f-audit-records",
        clause: "8.2.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Audit records retained", "保留审核成文信息"),
        reasons: &[NO_DATE, NO_RECORDS, RECORD_DISPOSED],
        covers: &[],
    },
    check: check_records,
    obligations: None,
};

const NO_DATE: Reason = Reason::new(
    "no-date",
    "Completed audit '{subject}' does not record its date.",
    "已完成的审核“{subject}”未记录实施日期。",
);
const NO_RECORDS: Reason = Reason::new(
    "no-records",
    "Completed audit '{subject}' does not record its records (plan, checklists, evidence).",
    "已完成的审核“{subject}”未记录审核记录（计划、检查表、证据）。",
);

const RECORD_DISPOSED: Reason = Reason::new(
    "record-disposed",
    "Record '{document}' of completed audit '{subject}' was disposed of on {disposed}: it is no longer retained as evidence.",
    "已完成的审核“{subject}”的记录“{document}”已于{disposed}销毁，不再作为证据保留。",
);

fn check_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        if !a.is_completed() {
            continue;
        }
        let path = format!("/performance/audits/{i}");
        missing(
            em,
            &path,
            &[p("subject", &a.title)],
            &[
                (a.date.is_none(), &NO_DATE),
                (a.records.is_empty(), &NO_RECORDS),
            ],
        );
        for (j, id) in a.records.iter().enumerate() {
            if let Some(d) = crate::rules::util::disposed_by(ctx.doc, *id, ctx.as_of)
                && let Some(disposed) = d.disposed_on
            {
                em.emit(
                    &RECORD_DISPOSED,
                    format!("{path}/records/{j}"),
                    &[
                        p("subject", &a.title),
                        p("document", &d.title),
                        p("disposed", disposed),
                    ],
                );
            }
        }
    }
}

/// 8.2: each completed audit concludes whether the system conforms to the organization's
/// own requirements and to the standard, and whether it is effectively implemented and
/// maintained; a negative conclusion rests on at least one nonconformity found.
pub static CONCLUSION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2-audit-conclusion",
        clause: "8.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Audit concludes on conformity and effectiveness",
            "审核对符合性和有效性作出结论",
        ),
        reasons: &[
            NO_CONCLUSION,
            CONCLUSION_INCOMPLETE,
            NEGATIVE_WITHOUT_NONCONFORMITY,
        ],
        covers: &[],
    },
    check: check_conclusion,
    obligations: None,
};

const NO_CONCLUSION: Reason = Reason::new(
    "no-conclusion",
    "Completed audit '{subject}' records no conclusion on whether the system conforms and is effectively implemented and maintained.",
    "已完成的审核“{subject}”未记录关于体系是否符合要求、是否得到有效实施和保持的结论。",
);
const CONCLUSION_INCOMPLETE: Reason = Reason::new(
    "conclusion-incomplete",
    "The conclusion of audit '{subject}' does not answer all three questions: conformity to the organization's own requirements, conformity to the standard, effective implementation and maintenance.",
    "审核“{subject}”的结论未全部回答以下三项：是否符合组织自身的要求、是否符合本标准、是否得到有效实施和保持。",
);
const NEGATIVE_WITHOUT_NONCONFORMITY: Reason = Reason::new(
    "negative-without-nonconformity",
    "Audit '{subject}' concludes that the system falls short, but records no nonconformity among its findings.",
    "审核“{subject}”的结论为体系未达到要求，但其审核发现中没有记录任何不符合。",
);

fn check_conclusion(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        if !a.is_completed() {
            continue;
        }
        let path = format!("/performance/audits/{i}");
        let params = [p("subject", &a.title)];
        let Some(c) = &a.conclusion else {
            em.emit(&NO_CONCLUSION, &path, &params);
            continue;
        };
        let cpath = format!("{path}/conclusion");
        if !c.is_complete() {
            em.emit(&CONCLUSION_INCOMPLETE, &cpath, &params);
        }
        if c.is_negative()
            && !a
                .findings
                .iter()
                .any(|f| f.kind == Some(FindingKind::Nonconformity))
        {
            em.emit(&NEGATIVE_WITHOUT_NONCONFORMITY, &cpath, &params);
        }
    }
}
