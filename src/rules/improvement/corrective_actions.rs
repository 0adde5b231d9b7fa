//! 9.2 c)–d) — 纠正措施 (corrective actions): the actions needed are taken, each with an
//! owner and a due date and completed on time, before the nonconformity is closed (c); and the
//! effectiveness of the actions taken is reviewed once they are done (d).

use super::ncs;
use crate::rules::prelude::*;

/// 9.2 c) "the actions needed" (所需的措施): a closed nonconformity whose evaluation under
/// 9.2 b) found action needed has corrective actions, and every corrective action listed is
/// completed before closure. A closure without action where the evaluation found none
/// needed is quiet; one with no evaluation at all is reported under 9.2 b)
/// (`ecms-9.2.b-action-decision`), not here.
pub static IMPLEMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.c-actions-implemented",
        clause: "9.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Corrective actions implemented before closure",
            "关闭前实施所需措施",
        ),
        reasons: &[NO_ACTION, ACTION_OPEN],
        covers: &[],
    },
    check: check_implemented,
    obligations: None,
};

const NO_ACTION: Reason = Reason::new(
    "no-action",
    "Nonconformity '{subject}' is closed, but the evaluation found action needed and no corrective action is recorded.",
    "不符合“{subject}”已关闭，评价确定需要采取措施，但未记录任何纠正措施。",
);
const ACTION_OPEN: Reason = Reason::new(
    "action-open",
    "Nonconformity '{subject}' is closed, but corrective action '{action}' is not completed.",
    "不符合“{subject}”已关闭，但纠正措施“{action}”尚未完成。",
);

fn check_implemented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if !n.is_closed() {
            continue;
        }
        let needed = n
            .action_needed
            .as_ref()
            .is_some_and(|d| d.decision == Some(crate::model::improvement::ActionNeed::Needed));
        if n.corrective_actions.is_empty() && needed {
            em.emit(&NO_ACTION, &path, &[p("subject", &n.title)]);
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if a.completed.is_none() {
                em.emit(
                    &ACTION_OPEN,
                    format!("{path}/correctiveActions/{j}"),
                    &[p("subject", &n.title), p("action", &a.description)],
                );
            }
        }
    }
}

/// 9.2 c): each corrective action has an owner and a due date.
pub static PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.c-action-planned",
        clause: "9.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Corrective actions assigned and dated",
            "纠正措施明确责任人和期限",
        ),
        reasons: &[NO_OWNER, NO_DUE_DATE, OWNER_GONE],
        covers: &[],
    },
    check: check_planned,
    obligations: None,
};

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Corrective action '{subject}' of nonconformity '{nc}' has no owner.",
    "不符合“{nc}”的纠正措施“{subject}”没有责任人。",
);
const NO_DUE_DATE: Reason = Reason::new(
    "no-due-date",
    "Corrective action '{subject}' of nonconformity '{nc}' has no due date.",
    "不符合“{nc}”的纠正措施“{subject}”没有完成期限。",
);

const OWNER_GONE: Reason = Reason::new(
    "owner-not-employed",
    "Corrective action '{subject}' of nonconformity '{nc}' is not completed, and its owner {owner} does not work for the organization on {as_of}.",
    "不符合“{nc}”的纠正措施“{subject}”尚未完成，其责任人{owner}在{as_of}已不在本组织任职。",
);

fn check_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        for (j, a) in n.corrective_actions.iter().enumerate() {
            let params = [p("subject", &a.description), p("nc", &n.title)];
            for (missing, reason) in [
                (a.owner.is_none(), &NO_OWNER),
                (a.due.is_none(), &NO_DUE_DATE),
            ] {
                if missing {
                    em.emit(reason, format!("{path}/correctiveActions/{j}"), &params);
                }
            }
            if let Some(owner) = a.owner
                && a.completed.is_none_or(|d| d > ctx.as_of)
                && ctx
                    .doc
                    .support
                    .people
                    .iter()
                    .any(|x| x.id == owner && !x.is_active(ctx.as_of))
            {
                em.emit(
                    &OWNER_GONE,
                    format!("{path}/correctiveActions/{j}"),
                    &[
                        p("subject", &a.description),
                        p("nc", &n.title),
                        p("owner", person_name(ctx.doc, owner)),
                        p("as_of", ctx.as_of),
                    ],
                );
            }
        }
    }
}

/// 9.2 c): each corrective action is completed by its due date.
pub static OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.c-action-overdue",
        clause: "9.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Corrective actions implemented on time", "纠正措施按期实施"),
        reasons: &[LATE],
        covers: &[],
    },
    check: check_overdue,
    obligations: None,
};

const LATE: Reason = Reason::new(
    "overdue",
    "Corrective action '{subject}' of nonconformity '{nc}' was due on {due} and is not completed.",
    "不符合“{nc}”的纠正措施“{subject}”应于{due}完成，至今未完成。",
);

fn check_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if let (None, Some(due)) = (a.completed, a.due)
                && due < ctx.as_of
            {
                em.emit(
                    &LATE,
                    format!("{path}/correctiveActions/{j}"),
                    &[
                        p("subject", &a.description),
                        p("nc", &n.title),
                        p("due", due),
                    ],
                );
            }
        }
    }
}

/// 9.2 d): a closed nonconformity records a dated review, with evidence, that found its
/// corrective actions effective, made after the last of them was completed. One closed
/// without corrective action has nothing to review ("the corrective action taken"); whether
/// it should have had one is for 9.2 b) and c).
pub static EFFECTIVENESS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.d-effectiveness-reviewed",
        clause: "9.2.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Effectiveness of corrective action reviewed",
            "评审纠正措施的有效性",
        ),
        reasons: &[
            NOT_REVIEWED,
            NO_DATE_OR_EVIDENCE,
            NOT_EFFECTIVE,
            REVIEWED_TOO_EARLY,
        ],
        covers: &[],
    },
    check: check_effectiveness,
    obligations: None,
};

const NOT_REVIEWED: Reason = Reason::new(
    "not-reviewed",
    "Nonconformity '{subject}' is closed, but the effectiveness of its corrective actions was never reviewed.",
    "不符合“{subject}”已关闭，但从未评审其纠正措施的有效性。",
);
const NO_DATE_OR_EVIDENCE: Reason = Reason::new(
    "no-date-or-evidence",
    "Nonconformity '{subject}' is closed, but the effectiveness review records no date or evidence.",
    "不符合“{subject}”已关闭，但有效性评审没有日期或证据。",
);
const NOT_EFFECTIVE: Reason = Reason::new(
    "not-effective",
    "Nonconformity '{subject}' is closed, but the effectiveness review did not find the actions effective.",
    "不符合“{subject}”已关闭，但有效性评审未确认措施有效。",
);
const REVIEWED_TOO_EARLY: Reason = Reason::new(
    "reviewed-too-early",
    "Nonconformity '{subject}' is closed, but the effectiveness was reviewed on {date}, before the last action was completed on {completed}.",
    "不符合“{subject}”已关闭，但有效性评审日期{date}早于最后一项措施的完成日期{completed}。",
);

fn check_effectiveness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if !n.is_closed() || n.corrective_actions.is_empty() {
            continue;
        }
        let subject = p("subject", &n.title);
        let Some(e) = &n.effectiveness else {
            em.emit(&NOT_REVIEWED, &path, &[subject]);
            continue;
        };
        let epath = format!("{path}/effectiveness");
        if e.date.is_none() || blank(&e.evidence) {
            em.emit(&NO_DATE_OR_EVIDENCE, &epath, std::slice::from_ref(&subject));
        }
        if e.effective != Some(true) {
            em.emit(&NOT_EFFECTIVE, &epath, std::slice::from_ref(&subject));
        }
        let last_action = n
            .corrective_actions
            .iter()
            .filter_map(|a| a.completed)
            .max();
        if let (Some(d), Some(done)) = (e.date, last_action)
            && d < done
        {
            em.emit(
                &REVIEWED_TOO_EARLY,
                &epath,
                &[subject, p("date", d), p("completed", done)],
            );
        }
    }
}
