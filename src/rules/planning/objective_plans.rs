//! 5.2.2 — 目标实现的策划: for each objective the organization determines what will be done
//! (a), with what resources (b), by whom (c), by when (d), and how the results will be
//! evaluated (e).
//!
//! A record dated after the evaluation date (a completion, a result) counts as not having
//! happened yet.

use crate::model::planning::{ObjectiveStatus, TargetDirection};
use crate::rules::prelude::*;

use super::shared::{done, objectives};

/// 5.2.2 a): each active objective has at least one planned action.
pub static OBJECTIVE_ACTIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.2.a-objective-actions",
        clause: "5.2.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Actions planned for each objective", "确定实现目标的措施"),
        reasons: &[NO_ACTIONS],
        covers: &[],
    },
    check: check_objective_actions,
    obligations: None,
};

const NO_ACTIONS: Reason = Reason::new(
    "no-actions",
    "Active objective '{subject}' has no planned action.",
    "进行中的目标“{subject}”没有策划措施。",
);

fn check_objective_actions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active_on(ctx.as_of)) {
        if o.plan.is_empty() {
            em.emit(&NO_ACTIONS, path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.2 b)–d): each planned action has resources or a budget, a responsible role or
/// person, and a completion date.
pub static ACTION_PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.2-action-planned",
        clause: "5.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Objective actions have resources, owner, date",
            "目标措施有资源、职责和完成时间",
        ),
        reasons: &[NO_RESOURCES, NO_RESPONSIBLE, NO_DUE, RESPONSIBLE_ABSENT],
        covers: &["5.2.2.b", "5.2.2.c", "5.2.2.d"],
    },
    check: check_action_planned,
    obligations: None,
};

const NO_RESOURCES: Reason = Reason::new(
    "no-resources",
    "Action '{action}' for objective '{subject}' has no resources or budget.",
    "目标“{subject}”的措施“{action}”没有所需资源或预算。",
);
const NO_RESPONSIBLE: Reason = Reason::new(
    "no-responsible",
    "Action '{action}' for objective '{subject}' has no responsible role or person.",
    "目标“{subject}”的措施“{action}”没有负责岗位或人员。",
);
const NO_DUE: Reason = Reason::new(
    "no-due",
    "Action '{action}' for objective '{subject}' has no completion date.",
    "目标“{subject}”的措施“{action}”没有完成时间。",
);

const RESPONSIBLE_ABSENT: Reason = Reason::new(
    "responsible-absent",
    "Action '{action}' for objective '{subject}' is not completed, and its responsible person or role has nobody in post on {as_of}.",
    "目标“{subject}”的措施“{action}”尚未完成，且其负责人员或岗位在{as_of}无人在任。",
);

/// Whether an action's responsible person works for the organization on a date, or (with
/// no person named) someone holds its responsible role; `true` when neither is named.
fn responsible_in_post(ctx: &Ctx<'_>, a: &crate::model::planning::ObjectiveAction) -> bool {
    match (a.responsible_person, a.responsible) {
        (Some(person), _) => ctx
            .doc
            .support
            .people
            .iter()
            .find(|x| x.id == person)
            .is_none_or(|x| x.is_active(ctx.as_of)),
        (None, Some(role)) => role_held_on(ctx.doc, role, ctx.as_of),
        (None, None) => true,
    }
}

fn check_action_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        for (j, a) in o.plan.iter().enumerate() {
            let mut missing: Vec<(&'static str, &'static Reason)> = Vec::new();
            if all_blank(&a.resources) && a.budget.is_none() {
                missing.push(("5.2.2.b", &NO_RESOURCES));
            }
            if a.responsible.is_none() && a.responsible_person.is_none() {
                missing.push(("5.2.2.c", &NO_RESPONSIBLE));
            }
            if a.due.is_none() {
                missing.push(("5.2.2.d", &NO_DUE));
            }
            if done(a.completed_on, ctx.as_of).is_none() && !responsible_in_post(ctx, a) {
                missing.push(("5.2.2.c", &RESPONSIBLE_ABSENT));
            }
            for (item, reason) in missing {
                em.emit_at(
                    item,
                    reason,
                    format!("{path}/plan/{j}"),
                    &[
                        p("subject", &o.title),
                        p("action", &a.description),
                        p("as_of", ctx.as_of),
                    ],
                );
            }
        }
    }
}

/// 5.2.2 d): each action of an active objective is completed by its date.
pub static ACTION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.2.d-action-overdue",
        clause: "5.2.2.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Objective actions completed on time", "目标措施按时完成"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: check_action_overdue,
    obligations: None,
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "Action '{action}' for objective '{subject}' was due on {due} and is not completed.",
    "目标“{subject}”的措施“{action}”应于{due}完成，但尚未完成。",
);

fn check_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active_on(ctx.as_of)) {
        for (j, a) in o.plan.iter().enumerate() {
            if let Some(due) = a.due
                && due < ctx.as_of
                && done(a.completed_on, ctx.as_of).is_none()
            {
                em.emit(
                    &OVERDUE,
                    format!("{path}/plan/{j}"),
                    &[
                        p("subject", &o.title),
                        p("action", &a.description),
                        p("due", due),
                    ],
                );
            }
        }
    }
}

/// 5.2.2 e): each objective says how its result will be evaluated, and an objective closed
/// as achieved or not achieved has an evaluated result that agrees with that status.
pub static RESULT_EVALUATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.2.e-result-evaluation",
        clause: "5.2.2.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("How results are evaluated", "确定如何评价结果"),
        reasons: &[
            NO_METHOD,
            NO_RESULT,
            ACHIEVED_BELOW_MINIMUM,
            ACHIEVED_ABOVE_MAXIMUM,
            NOT_ACHIEVED_MEETS_MINIMUM,
            NOT_ACHIEVED_MEETS_MAXIMUM,
        ],
        covers: &[],
    },
    check: check_result_evaluation,
    obligations: None,
};

const NO_METHOD: Reason = Reason::new(
    "no-method",
    "Objective '{subject}' does not say how its result will be evaluated.",
    "目标“{subject}”未说明如何评价结果。",
);
const NO_RESULT: Reason = Reason::new(
    "closed-without-result",
    "Objective '{subject}' is closed as achieved or not achieved without an evaluated result.",
    "目标“{subject}”已按达成或未达成关闭，但没有经评价的结果。",
);
const ACHIEVED_BELOW_MINIMUM: Reason = Reason::new(
    "achieved-but-missed-minimum",
    "Objective '{subject}' has a status its result contradicts: {result} misses the target ≥ {target}.",
    "目标“{subject}”的状态与结果矛盾：结果{result}未达到目标≥{target}。",
);
const ACHIEVED_ABOVE_MAXIMUM: Reason = Reason::new(
    "achieved-but-missed-maximum",
    "Objective '{subject}' has a status its result contradicts: {result} misses the target ≤ {target}.",
    "目标“{subject}”的状态与结果矛盾：结果{result}未达到目标≤{target}。",
);
const NOT_ACHIEVED_MEETS_MINIMUM: Reason = Reason::new(
    "not-achieved-but-met-minimum",
    "Objective '{subject}' has a status its result contradicts: {result} meets the target ≥ {target}.",
    "目标“{subject}”的状态与结果矛盾：结果{result}达到目标≥{target}。",
);
const NOT_ACHIEVED_MEETS_MAXIMUM: Reason = Reason::new(
    "not-achieved-but-met-maximum",
    "Objective '{subject}' has a status its result contradicts: {result} meets the target ≤ {target}.",
    "目标“{subject}”的状态与结果矛盾：结果{result}达到目标≤{target}。",
);

fn check_result_evaluation(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if blank(&o.evaluation_method) {
            em.emit(&NO_METHOD, &path, &[p("subject", &o.title)]);
        }
        let status = o.status_on(ctx.as_of);
        let closed_with_result = matches!(
            status,
            Some(ObjectiveStatus::Achieved | ObjectiveStatus::NotAchieved)
        );
        let result = o.result.as_ref().filter(|r| r.date <= ctx.as_of);
        if closed_with_result && result.is_none() {
            em.emit(&NO_RESULT, &path, &[p("subject", &o.title)]);
        }
        if let (Some(r), Some(target), Some(dir)) = (result, o.target.value, o.target.direction) {
            let met = dir.met(&r.value, &target);
            let reason = match (status, met, dir) {
                (Some(ObjectiveStatus::Achieved), false, TargetDirection::AtLeast) => {
                    &ACHIEVED_BELOW_MINIMUM
                }
                (Some(ObjectiveStatus::Achieved), false, TargetDirection::AtMost) => {
                    &ACHIEVED_ABOVE_MAXIMUM
                }
                (Some(ObjectiveStatus::NotAchieved), true, TargetDirection::AtLeast) => {
                    &NOT_ACHIEVED_MEETS_MINIMUM
                }
                (Some(ObjectiveStatus::NotAchieved), true, TargetDirection::AtMost) => {
                    &NOT_ACHIEVED_MEETS_MAXIMUM
                }
                _ => continue,
            };
            em.emit(
                reason,
                &path,
                &[
                    p("subject", &o.title),
                    p("result", r.value),
                    p("target", target),
                ],
            );
        }
    }
}
