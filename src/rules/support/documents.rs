//! 6.4.1–6.4.2 — 成文信息 (documented information): the documented information the standard
//! requires exists (6.4.1 a), and documents are identified (6.4.2 a), have a format and medium
//! (b) and are reviewed and approved (c); no date lies after the evaluation date.

use crate::catalog;
use crate::model::EcmsDocument;
use crate::model::support::DocumentStatus;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::*;
use crate::rules::context::scope::is_excluded;

/// 6.4.1.a: documented information the standard requires.
pub static REQUIRED_INFORMATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.1.a-required-information",
        clause: "6.4.1.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Documented information the standard requires",
            "本标准要求的成文信息",
        ),
        reasons: &[
            NO_SCOPE,
            NO_PROCESS_INFORMATION,
            NO_STRATEGY,
            NO_OBJECTIVES,
            NO_MEASURING_RESOURCES,
            NO_COMPETENCE,
            NO_KEY_PROCESSES,
            NO_AUDIT,
            NO_MANAGEMENT_REVIEW,
            NO_CORRECTIVE_ACTIONS,
        ],
        covers: &[],
    },
    check: check_required_information,
    obligations: None,
};

const NO_SCOPE: Reason = Reason::new(
    "no-scope",
    "No current documented information is declared to satisfy {clause} (scope of the management system).",
    "没有现行成文信息声明满足{clause}（管理体系范围）。",
);

const NO_PROCESS_INFORMATION: Reason = Reason::new(
    "no-process-information",
    "No current documented information is declared to satisfy {clause} (information supporting the processes).",
    "没有现行成文信息声明满足{clause}（支持过程运行的成文信息）。",
);

const NO_STRATEGY: Reason = Reason::new(
    "no-strategy",
    "No current documented information is declared to satisfy {clause} (e-commerce strategy).",
    "没有现行成文信息声明满足{clause}（电子商务战略）。",
);

const NO_OBJECTIVES: Reason = Reason::new(
    "no-objectives",
    "No current documented information is declared to satisfy {clause} (e-commerce objectives).",
    "没有现行成文信息声明满足{clause}（电子商务目标）。",
);

const NO_MEASURING_RESOURCES: Reason = Reason::new(
    "no-measuring-resources",
    "No current documented information is declared to satisfy {clause} (evidence of fitness of monitoring and measuring resources).",
    "没有现行成文信息声明满足{clause}（监视和测量资源适用的证据）。",
);

const NO_COMPETENCE: Reason = Reason::new(
    "no-competence",
    "No current documented information is declared to satisfy {clause} (evidence of competence).",
    "没有现行成文信息声明满足{clause}（人员能力的证据）。",
);

const NO_KEY_PROCESSES: Reason = Reason::new(
    "no-key-processes",
    "No current documented information is declared to satisfy {clause} (records of key processes).",
    "没有现行成文信息声明满足{clause}（关键过程的记录）。",
);

const NO_AUDIT: Reason = Reason::new(
    "no-audit",
    "No current documented information is declared to satisfy {clause} (evidence of the audit programme and results).",
    "没有现行成文信息声明满足{clause}（审核方案实施和审核结果的证据）。",
);

const NO_MANAGEMENT_REVIEW: Reason = Reason::new(
    "no-management-review",
    "No current documented information is declared to satisfy {clause} (evidence of management review results).",
    "没有现行成文信息声明满足{clause}（管理评审结果的证据）。",
);

const NO_CORRECTIVE_ACTIONS: Reason = Reason::new(
    "no-corrective-actions",
    "No current documented information is declared to satisfy {clause} (evidence of nonconformities and corrective actions).",
    "没有现行成文信息声明满足{clause}（不符合和纠正措施的证据）。",
);

fn check_required_information(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    let path = if s.documents.is_empty() {
        "/support"
    } else {
        "/support/documents"
    };
    for (clause, reason) in REQUIRED {
        if is_excluded(ctx.doc, clause, ctx.as_of) {
            continue;
        }
        let held = s
            .documents
            .iter()
            .any(|d| d.is_current(ctx.as_of) && d.required_by.iter().any(|r| r == clause));
        if !held {
            em.emit(reason, path, &[p("clause", clause)]);
        }
    }
}

/// 6.4.1.a: declared requirements exist.
pub static REQUIRED_BY_KNOWN: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.1.a-required-by-known",
        clause: "6.4.1.a",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("Declared requirements exist", "声明的要求存在"),
        reasons: &[UNKNOWN_CLAUSE],
        covers: &[],
    },
    check: check_required_by_known,
    obligations: None,
};

const UNKNOWN_CLAUSE: Reason = Reason::new(
    "unknown-clause",
    "Document '{subject}' declares it satisfies '{clause}', which is not a clause or item of GB/T 36311-2018 chapters 3-9.",
    "文件“{subject}”声明满足“{clause}”，但它不是GB/T 36311—2018第3至9章的条款或列项。",
);

fn check_required_by_known(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        for (j, r) in d.required_by.iter().enumerate() {
            if catalog::clause(r).is_none() {
                em.emit(
                    &UNKNOWN_CLAUSE,
                    format!("{path}/requiredBy/{j}"),
                    &[p("subject", doc_name(d)), p("clause", r)],
                );
            }
        }
    }
}

/// 6.4.2.a: documents identified.
pub static IDENTIFICATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.a-identification",
        clause: "6.4.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Documents identified", "成文信息有标识"),
        reasons: &[NO_CODE, NO_VERSION],
        covers: &[],
    },
    check: check_identification,
    obligations: None,
};

const NO_CODE: Reason = Reason::new(
    "no-code",
    "Document '{subject}' has no document code.",
    "文件“{subject}”没有文件编号。",
);

const NO_VERSION: Reason = Reason::new(
    "no-version",
    "Document '{subject}' has no version.",
    "文件“{subject}”没有版本。",
);

fn check_identification(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if blank(&d.code) {
            em.emit(&NO_CODE, &path, &[p("subject", &d.title)]);
        }
        if blank(&d.version) {
            em.emit(&NO_VERSION, &path, &[p("subject", doc_name(d))]);
        }
    }
}

/// 6.4.2.b: format and medium defined.
pub static FORMAT_MEDIUM: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.b-format-medium",
        clause: "6.4.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Format and medium defined", "规定形式和载体"),
        reasons: &[NO_MEDIUM],
        covers: &[],
    },
    check: check_format_medium,
    obligations: None,
};

const NO_MEDIUM: Reason = Reason::new(
    "no-medium",
    "Document '{subject}' has no medium (electronic, paper) defined, neither itself nor by the document control defaults.",
    "文件“{subject}”未规定载体（电子、纸质），文件控制默认值中也没有。",
);

fn check_format_medium(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if d.disposed_on.is_none() && d.medium.as_ref().or(dc.medium.as_ref()).is_none() {
            em.emit(&NO_MEDIUM, path, &[p("subject", doc_name(d))]);
        }
    }
}

/// 6.4.2.c: no effective document without approval.
pub static EFFECTIVE_APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.c-effective-approved",
        clause: "6.4.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("No effective document without approval", "生效文件须经批准"),
        reasons: &[NOT_APPROVED, APPROVAL_REJECTED],
        covers: &[],
    },
    check: check_effective_approved,
    obligations: None,
};

const NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "Document '{subject}' is effective but records no approver and date.",
    "文件“{subject}”已生效，但未记录批准人和日期。",
);

const APPROVAL_REJECTED: Reason = Reason::new(
    "approval-rejected",
    "Document '{subject}' is effective, but its approver rejected it.",
    "文件“{subject}”已生效，但批准人未予批准。",
);

fn check_effective_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if d.status != Some(DocumentStatus::Effective) {
            continue;
        }
        match &d.approval {
            Some(a) if a.is_rejected() => {
                em.emit(
                    &APPROVAL_REJECTED,
                    format!("{path}/approval"),
                    &[p("subject", doc_name(d))],
                );
            }
            Some(a) if a.is_complete() => {}
            _ => em.emit(&NOT_APPROVED, path, &[p("subject", doc_name(d))]),
        }
    }
}

/// 6.4.2.c: the approver of a document held the role the approval names, and a role the
/// document control procedure lets approve documents of that kind, on the day of approval.
pub static APPROVER_AUTHORIZED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.c-approver-authorized",
        clause: "6.4.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Documents approved by an authorized role",
            "文件由有权批准的岗位批准",
        ),
        reasons: &[ROLE_NOT_HELD, NOT_AUTHORIZED],
        covers: &[],
    },
    check: check_approver_authorized,
    obligations: None,
};

const ROLE_NOT_HELD: Reason = Reason::new(
    "role-not-held",
    "Document '{subject}' was approved on {date} by {approver} as '{role}', a role they did not hold that day.",
    "文件“{subject}”于{date}由{approver}以“{role}”身份批准，但其当日并不担任该岗位。",
);
const NOT_AUTHORIZED: Reason = Reason::new(
    "not-authorized",
    "Document '{subject}' was approved on {date} by {approver}, who held none of the roles the document control procedure lets approve documents of its kind ({roles}).",
    "文件“{subject}”于{date}由{approver}批准，但其当日不担任文件控制程序规定的此类文件批准岗位（{roles}）。",
);

fn role_name(doc: &EcmsDocument, role: crate::ids::RoleId) -> String {
    doc.leadership
        .roles
        .iter()
        .find(|r| r.id == role)
        .map(|r| r.name.clone())
        .unwrap_or_else(|| role.to_string())
}

fn check_approver_authorized(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        let Some(a) = &d.approval else { continue };
        let (Some(by), Some(date)) = (a.by, a.date) else {
            continue;
        };
        if a.is_rejected() {
            continue;
        }
        let apath = format!("{path}/approval");
        let approver = person_name(ctx.doc, by);
        if let Some(role) = a.role
            && !holds_role(ctx.doc, by, role, date)
        {
            em.emit(
                &ROLE_NOT_HELD,
                &apath,
                &[
                    p("subject", doc_name(d)),
                    p("date", date),
                    p("approver", &approver),
                    p("role", role_name(ctx.doc, role)),
                ],
            );
        }
        let Some(kind) = &d.kind else { continue };
        let allowed: Vec<_> = dc
            .approvers
            .iter()
            .filter(|x| &x.kind == kind)
            .flat_map(|x| x.roles.iter().copied())
            .collect();
        if !allowed.is_empty() && !allowed.iter().any(|r| holds_role(ctx.doc, by, *r, date)) {
            let roles: Vec<_> = allowed.iter().map(|r| role_name(ctx.doc, *r)).collect();
            em.emit(
                &NOT_AUTHORIZED,
                &apath,
                &[
                    p("subject", doc_name(d)),
                    p("date", date),
                    p("approver", &approver),
                    p("roles", roles.join(" / ")),
                ],
            );
        }
    }
}

/// 6.4.2.c: a review recorded apart from the approval is complete, comes before the
/// approval, and did not find the version unsuitable.
pub static REVIEWED_BEFORE_APPROVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.c-reviewed-before-approval",
        clause: "6.4.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Documents reviewed before approval", "文件先评审后批准"),
        reasons: &[
            REVIEW_INCOMPLETE,
            REVIEW_AFTER_APPROVAL,
            APPROVED_DESPITE_REVIEW,
        ],
        covers: &[],
    },
    check: check_reviewed_before_approval,
    obligations: None,
};

const REVIEW_INCOMPLETE: Reason = Reason::new(
    "review-incomplete",
    "The review of document '{subject}' before approval records no reviewer or no date.",
    "文件“{subject}”批准前的评审未记录评审人或日期。",
);
const REVIEW_AFTER_APPROVAL: Reason = Reason::new(
    "review-after-approval",
    "Document '{subject}' was reviewed on {reviewed}, after it was approved on {approved}.",
    "文件“{subject}”于{reviewed}评审，晚于其批准日期{approved}。",
);
const APPROVED_DESPITE_REVIEW: Reason = Reason::new(
    "approved-despite-review",
    "Document '{subject}' was approved although its review found it not suitable.",
    "文件“{subject}”的评审认为其不适宜，但仍获批准。",
);

fn check_reviewed_before_approval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::support::DocumentReviewOutcome;
    for (path, d) in documents(ctx) {
        let Some(r) = &d.pre_approval_review else {
            continue;
        };
        let rpath = format!("{path}/preApprovalReview");
        let subject = p("subject", doc_name(d));
        if r.by.is_none() || r.date.is_none() {
            em.emit(&REVIEW_INCOMPLETE, &rpath, std::slice::from_ref(&subject));
        }
        let approval = d.approval.as_ref().filter(|a| a.is_complete());
        if let (Some(reviewed), Some(approved)) = (r.date, approval.and_then(|a| a.date))
            && reviewed > approved
        {
            em.emit(
                &REVIEW_AFTER_APPROVAL,
                &rpath,
                &[
                    subject.clone(),
                    p("reviewed", reviewed),
                    p("approved", approved),
                ],
            );
        }
        if approval.is_some() && r.outcome == Some(DocumentReviewOutcome::NotSuitable) {
            em.emit(
                &APPROVED_DESPITE_REVIEW,
                &rpath,
                std::slice::from_ref(&subject),
            );
        }
    }
}

/// 6.4.2.c: approval precedes effect.
pub static APPROVED_BEFORE_EFFECTIVE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.c-approved-before-effective",
        clause: "6.4.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Approval precedes effect", "先批准后生效"),
        reasons: &[APPROVED_AFTER_EFFECTIVE],
        covers: &[],
    },
    check: check_approved_before_effective,
    obligations: None,
};

const APPROVED_AFTER_EFFECTIVE: Reason = Reason::new(
    "approved-after-effective",
    "Document '{subject}' was approved on {approved}, after it took effect on {effective}.",
    "文件“{subject}”于{approved}批准，晚于其生效日期{effective}。",
);

fn check_approved_before_effective(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if let (Some(approved), Some(effective)) =
            (d.approval.as_ref().and_then(|a| a.date), d.effective_from)
            && approved > effective
        {
            em.emit(
                &APPROVED_AFTER_EFFECTIVE,
                format!("{path}/approval/date"),
                &[
                    p("subject", doc_name(d)),
                    p("approved", approved),
                    p("effective", effective),
                ],
            );
        }
    }
}

/// 6.4.2.c: documents have a review interval.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.c-review-interval",
        clause: "6.4.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Documents have a review interval", "文件规定评审周期"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_document_review_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Document '{subject}' declares no review interval, neither itself nor by the document control defaults.",
    "文件“{subject}”未规定评审周期，文件控制默认值中也没有。",
);

fn check_document_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if needs_periodic_review(d) && d.review.interval.or(dc.review_interval).is_none() {
            em.emit(&NO_INTERVAL, path, &[p("subject", doc_name(d))]);
        }
    }
}

/// 6.4.2.c: documents reviewed on time.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2.c-review-overdue",
        clause: "6.4.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Documents reviewed on time", "文件按期评审"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_review_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of document '{subject}' was due on {due} (interval {interval}, last {last}).",
    "文件“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn duties_review_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let s = &doc.support;
    let default_interval = s.document_control.as_ref().and_then(|c| c.review_interval);
    for (i, d) in s.documents.iter().enumerate() {
        if !needs_periodic_review(d) {
            continue;
        }
        out.push(Duty {
            path: format!("/support/documents/{i}"),
            subject: doc_name(d),
            activity: t("document review", "文件评审"),
            interval: d.review.interval.or(default_interval),
            last_done: d.review.last_done,
            anchor: d
                .approval
                .as_ref()
                .and_then(|a| a.date)
                .or(d.effective_from),
            evidence: Evidence::Schedule(d.review.record),
        });
    }
}

/// 6.4.2: nothing done is dated in the future.
pub static DATE_IN_FUTURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.2-date-in-future",
        clause: "6.4.2",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Nothing done is dated in the future",
            "已完成事项的日期不晚于评价日",
        ),
        reasons: &[
            FUTURE_COMPARISON,
            FUTURE_NATURAL_REVIEW,
            FUTURE_MAINTENANCE,
            FUTURE_TECHNOLOGY_REVIEW,
            FUTURE_CALIBRATION_DUE,
            FUTURE_KNOWLEDGE_REVIEW,
            FUTURE_DOCUMENT_REVIEW,
            FUTURE_APPROVAL,
            FUTURE_DISPOSAL,
            FUTURE_CALIBRATION,
            FUTURE_EFFECTIVENESS,
            FUTURE_ACTION,
        ],
        covers: &["6.4.2.c"],
    },
    check: check_date_in_future,
    obligations: None,
};

const FUTURE_COMPARISON: Reason = Reason::new(
    "budget-comparison",
    "The budget versus actual comparison of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的预算执行比较日期{date}晚于评价日期。",
);

const FUTURE_NATURAL_REVIEW: Reason = Reason::new(
    "natural-resource-review",
    "The natural resource review of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的自然资源评审日期{date}晚于评价日期。",
);

const FUTURE_MAINTENANCE: Reason = Reason::new(
    "asset-maintenance",
    "The asset maintenance of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的资产维护日期{date}晚于评价日期。",
);

const FUTURE_TECHNOLOGY_REVIEW: Reason = Reason::new(
    "technology-review",
    "The information and technology review of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的信息和技术评审日期{date}晚于评价日期。",
);

const FUTURE_CALIBRATION_DUE: Reason = Reason::new(
    "calibration-or-verification",
    "The calibration or verification of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的校准或检定日期{date}晚于评价日期。",
);

const FUTURE_KNOWLEDGE_REVIEW: Reason = Reason::new(
    "knowledge-review",
    "The knowledge review of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的知识评审日期{date}晚于评价日期。",
);

const FUTURE_DOCUMENT_REVIEW: Reason = Reason::new(
    "document-review",
    "The document review of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的文件评审日期{date}晚于评价日期。",
);

const FUTURE_APPROVAL: Reason = Reason::new(
    "approval",
    "The approval of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的文件批准日期{date}晚于评价日期。",
);

const FUTURE_DISPOSAL: Reason = Reason::new(
    "disposal",
    "The disposal of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的文件处置日期{date}晚于评价日期。",
);

const FUTURE_CALIBRATION: Reason = Reason::new(
    "calibration",
    "The calibration of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的校准日期{date}晚于评价日期。",
);

const FUTURE_EFFECTIVENESS: Reason = Reason::new(
    "effectiveness-evaluation",
    "The effectiveness evaluation of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的有效性评价日期{date}晚于评价日期。",
);

const FUTURE_ACTION: Reason = Reason::new(
    "variance-action",
    "The variance action decision of '{subject}' is dated {date}, after the evaluation date.",
    "“{subject}”的偏差措施决定日期{date}晚于评价日期。",
);

/// The periodic activities of this chapter, by the time rule that watches them, with the
/// reason reported when one is claimed done after the evaluation date.
static PERIODIC: &[(&BuiltinRule, &Reason)] = &[
    (&super::finance::COMPARISON_OVERDUE, &FUTURE_COMPARISON),
    (&super::natural::REVIEW_OVERDUE, &FUTURE_NATURAL_REVIEW),
    (
        &super::infrastructure::MAINTENANCE_OVERDUE,
        &FUTURE_MAINTENANCE,
    ),
    (
        &super::technology::REVIEW_OVERDUE,
        &FUTURE_TECHNOLOGY_REVIEW,
    ),
    (
        &super::instruments::CALIBRATION_OVERDUE,
        &FUTURE_CALIBRATION_DUE,
    ),
    (&super::knowledge::REVIEW_OVERDUE, &FUTURE_KNOWLEDGE_REVIEW),
    (&REVIEW_OVERDUE, &FUTURE_DOCUMENT_REVIEW),
];

fn check_date_in_future(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let as_of = ctx.as_of;
    // Periodic activities of this chapter claimed done after the evaluation date (kept
    // beside the obligation, since such a date is not evidence of the evaluation).
    for o in ctx.obligations.iter() {
        let Some((_, reason)) = PERIODIC.iter().find(|(r, _)| r.id() == o.rule_id) else {
            continue;
        };
        // Dates read from the activity's own records are reported with those records.
        if o.evidence == crate::rules::obligations::EvidenceState::Records {
            continue;
        }
        if let Some(d) = o.stated_after_as_of.or(o.last_done)
            && d > as_of
        {
            em.emit_at(
                o.clause,
                reason,
                o.path.clone(),
                &[
                    crate::rules::obligations::subject_param(&o.subject),
                    p("date", d),
                ],
            );
        }
    }
    let s = support(ctx);
    for (path, d) in documents(ctx) {
        if let Some(a) = d.approval.as_ref().and_then(|a| a.date)
            && a > as_of
        {
            em.emit_at(
                "6.4.2.c",
                &FUTURE_APPROVAL,
                format!("{path}/approval/date"),
                &[p("subject", doc_name(d)), p("date", a)],
            );
        }
        if let Some(x) = d.disposed_on
            && x > as_of
        {
            em.emit_at(
                "6.4.3.d",
                &FUTURE_DISPOSAL,
                format!("{path}/disposedOn"),
                &[p("subject", doc_name(d)), p("date", x)],
            );
        }
    }
    for (i, m) in s.instruments.iter().enumerate() {
        for (j, r) in m.records.iter().enumerate() {
            if r.date > as_of {
                em.emit_at(
                    "6.1.6.b",
                    &FUTURE_CALIBRATION,
                    format!("/support/instruments/{i}/records/{j}/date"),
                    &[p("subject", &m.name), p("date", r.date)],
                );
            }
        }
    }
    for (i, tr) in s.trainings.iter().enumerate() {
        if let Some(d) = tr.effectiveness.as_ref().and_then(|e| e.date)
            && d > as_of
        {
            em.emit_at(
                "6.2.c",
                &FUTURE_EFFECTIVENESS,
                format!("/support/trainings/{i}/effectiveness/date"),
                &[p("subject", &tr.title), p("date", d)],
            );
        }
    }
    if let Some(f) = &s.finance {
        for (i, l) in f.budget_lines.iter().enumerate() {
            for (j, a) in l.actions.iter().enumerate() {
                if let Some(d) = a.decided_on
                    && d > as_of
                {
                    em.emit_at(
                        "6.1.3",
                        &FUTURE_ACTION,
                        format!("/support/finance/budgetLines/{i}/actions/{j}/decidedOn"),
                        &[p("subject", &a.description), p("date", d)],
                    );
                }
            }
        }
    }
}

/// Documented information GB/T 36311—2018 requires explicitly, by catalog id, with the
/// reason reported when none is declared.
static REQUIRED: &[(&str, &Reason)] = &[
    ("3.3", &NO_SCOPE),
    ("3.4", &NO_PROCESS_INFORMATION),
    ("4.2.2.a", &NO_STRATEGY),
    ("5.2.1", &NO_OBJECTIVES),
    ("6.1.6", &NO_MEASURING_RESOURCES),
    ("6.2.d", &NO_COMPETENCE),
    ("7.1", &NO_KEY_PROCESSES),
    ("8.2.f", &NO_AUDIT),
    ("8.3.3", &NO_MANAGEMENT_REVIEW),
    ("9.2.g", &NO_CORRECTIVE_ACTIONS),
];
