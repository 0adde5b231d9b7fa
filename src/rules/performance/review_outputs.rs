//! 8.3.3 — 管理评审输出 (management review outputs): each review decides on opportunities
//! for improvement (a), needed changes to the system (b) and resource needs (c); its actions
//! have an owner and a due date and are completed; and its record is retained.

use super::{held_reviews, missing, not_employed};
use crate::model::performance::{ManagementReview, ReviewAction, ReviewOutputKind};
use crate::rules::prelude::*;

/// 8.3.3 a)–c): each held review records a decision on each of the three outputs.
pub static OUTPUTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.3-outputs-covered",
        clause: "8.3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Review decides on 8.3.3 a)–c)",
            "管理评审输出包括8.3.3 a)–c)的决定",
        ),
        reasons: &[
            NO_IMPROVEMENT_OPPORTUNITIES,
            NO_SYSTEM_CHANGES,
            NO_RESOURCE_NEEDS,
        ],
        covers: &["8.3.3.a", "8.3.3.b", "8.3.3.c"],
    },
    check: check_outputs,
    obligations: None,
};

const NO_IMPROVEMENT_OPPORTUNITIES: Reason = Reason::new(
    "no-improvement-opportunities",
    "Management review '{subject}' records no decision on 'Improvement opportunities (8.3.3.a)'.",
    "管理评审“{subject}”未记录关于“改进机会（8.3.3 a)）”的决定。",
);
const NO_SYSTEM_CHANGES: Reason = Reason::new(
    "no-system-changes",
    "Management review '{subject}' records no decision on 'Needed system changes (8.3.3.b)'.",
    "管理评审“{subject}”未记录关于“体系变更需求（8.3.3 b)）”的决定。",
);
const NO_RESOURCE_NEEDS: Reason = Reason::new(
    "no-resource-needs",
    "Management review '{subject}' records no decision on 'Resource needs (8.3.3.c)'.",
    "管理评审“{subject}”未记录关于“资源需求（8.3.3 c)）”的决定。",
);

fn output_missing(kind: ReviewOutputKind) -> &'static Reason {
    match kind {
        ReviewOutputKind::ImprovementOpportunity => &NO_IMPROVEMENT_OPPORTUNITIES,
        ReviewOutputKind::SystemChange => &NO_SYSTEM_CHANGES,
        ReviewOutputKind::ResourceNeed => &NO_RESOURCE_NEEDS,
    }
}

fn check_outputs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        for (kind, clause) in ReviewOutputKind::ALL {
            if !r
                .outputs
                .iter()
                .any(|o| o.kind == kind && !blank(&o.decision))
            {
                em.emit_at(
                    clause,
                    output_missing(kind),
                    &path,
                    &[p("subject", &r.title), p("item", kind.as_str())],
                );
            }
        }
    }
}

/// 8.3.3: each held review records its date and retains its minutes or report: the record
/// is not disposed of on the as-of date.
pub static RECORD: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.3-review-record",
        clause: "8.3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Management review record retained", "保留管理评审成文信息"),
        reasons: &[NO_DATE, NO_RECORD, RECORD_DISPOSED],
        covers: &[],
    },
    check: check_record,
    obligations: None,
};

const NO_DATE: Reason = Reason::new(
    "no-date",
    "Held management review '{subject}' does not record its date.",
    "已进行的管理评审“{subject}”未记录日期。",
);
const NO_RECORD: Reason = Reason::new(
    "no-record",
    "Held management review '{subject}' does not record its retained record (minutes or report).",
    "已进行的管理评审“{subject}”未记录保留的记录（纪要或报告）。",
);

const RECORD_DISPOSED: Reason = Reason::new(
    "record-disposed",
    "The record '{document}' of management review '{subject}' was disposed of on {disposed}: it is no longer retained as evidence of the review's results.",
    "管理评审“{subject}”的记录“{document}”已于{disposed}销毁，不再作为管理评审结果的证据保留。",
);

fn check_record(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        missing(
            em,
            &path,
            &[p("subject", &r.title)],
            &[
                (r.date.is_none(), &NO_DATE),
                (r.record.is_none(), &NO_RECORD),
            ],
        );
        if let Some(d) = r
            .record
            .and_then(|id| crate::rules::util::disposed_by(ctx.doc, id, ctx.as_of))
            && let Some(disposed) = d.disposed_on
        {
            em.emit(
                &RECORD_DISPOSED,
                format!("{path}/record"),
                &[
                    p("subject", &r.title),
                    p("document", &d.title),
                    p("disposed", disposed),
                ],
            );
        }
    }
}

/// Every action of every review output, with its JSON pointer and its review.
fn review_actions<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a ManagementReview, &'a ReviewAction)> {
    ctx.doc
        .performance
        .management_reviews
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.outputs.iter().enumerate().flat_map(move |(j, o)| {
                o.actions.iter().enumerate().map(move |(k, a)| {
                    (
                        format!("/performance/managementReviews/{i}/outputs/{j}/actions/{k}"),
                        r,
                        a,
                    )
                })
            })
        })
}

/// 8.3.3: each review action has an owner, who worked for the organization on the review
/// date, and a due date that does not precede the review.
pub static ACTION_ASSIGNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.3-action-assigned",
        clause: "8.3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Review actions assigned and dated",
            "评审措施明确责任人和期限",
        ),
        reasons: &[NO_OWNER, NO_DUE_DATE, OWNER_NOT_EMPLOYED, DUE_BEFORE_REVIEW],
        covers: &[],
    },
    check: check_action_assigned,
    obligations: None,
};

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Action '{subject}' of management review '{review}' has no owner.",
    "管理评审“{review}”的措施“{subject}”没有责任人。",
);
const NO_DUE_DATE: Reason = Reason::new(
    "no-due-date",
    "Action '{subject}' of management review '{review}' has no due date.",
    "管理评审“{review}”的措施“{subject}”没有完成期限。",
);

const OWNER_NOT_EMPLOYED: Reason = Reason::new(
    "owner-not-employed",
    "Action '{subject}' of management review '{review}' is assigned to {owner}, who did not work for the organization on {date}.",
    "管理评审“{review}”的措施“{subject}”的责任人{owner}在{date}不在本组织任职。",
);
const DUE_BEFORE_REVIEW: Reason = Reason::new(
    "due-before-review",
    "Action '{subject}' of management review '{review}' is due on {due}, before the review itself ({date}).",
    "管理评审“{review}”的措施“{subject}”的完成期限{due}早于该次评审日期{date}。",
);

fn check_action_assigned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r, a) in review_actions(ctx) {
        let subject = p("subject", &a.description);
        let review = p("review", &r.title);
        missing(
            em,
            &path,
            &[subject.clone(), review.clone()],
            &[
                (a.owner.is_none(), &NO_OWNER),
                (a.due.is_none(), &NO_DUE_DATE),
            ],
        );
        let on = r.date.unwrap_or(ctx.as_of);
        if let Some(owner) = a.owner
            && not_employed(ctx, owner, on)
        {
            em.emit(
                &OWNER_NOT_EMPLOYED,
                format!("{path}/owner"),
                &[
                    subject.clone(),
                    review.clone(),
                    p("owner", person_name(ctx.doc, owner)),
                    p("date", on),
                ],
            );
        }
        if let (Some(due), Some(held)) = (a.due, r.date)
            && due < held
        {
            em.emit(
                &DUE_BEFORE_REVIEW,
                format!("{path}/due"),
                &[
                    subject.clone(),
                    review.clone(),
                    p("due", due),
                    p("date", held),
                ],
            );
        }
    }
}

/// 8.3.3 (policy): each review action is completed by its due date.
pub static ACTION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.3-action-overdue",
        clause: "8.3.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Review actions completed on time", "评审措施按期完成"),
        reasons: &[LATE],
        covers: &[],
    },
    check: check_action_overdue,
    obligations: None,
};

const LATE: Reason = Reason::new(
    "overdue",
    "Action '{subject}' of management review '{review}' was due on {due} and is not completed.",
    "管理评审“{review}”的措施“{subject}”应于{due}完成，至今未完成。",
);

fn check_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r, a) in review_actions(ctx) {
        if let (None, Some(due)) = (a.completed, a.due)
            && due < ctx.as_of
        {
            em.emit(
                &LATE,
                path,
                &[
                    p("subject", &a.description),
                    p("review", &r.title),
                    p("due", due),
                ],
            );
        }
    }
}
