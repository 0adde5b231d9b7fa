//! 5.1.2 — 策划应对措施: the organization plans actions to address its risks and
//! opportunities, in proportion to their potential impact (a), builds them into the
//! processes of the system and implements them (b), and evaluates their effectiveness (c).
//!
//! A record dated after the evaluation date (a completion, an evaluation) counts as not
//! having happened yet.

use crate::model::planning::{RatingLevel, RiskOpportunity};
use crate::rules::prelude::*;

use super::shared::{done, risk_actions};

fn accepted(ctx: &Ctx<'_>, r: &RiskOpportunity) -> bool {
    // A reasoned decision is a response; the standard asks for no approval of it, but an
    // approval dated after the as-of date shows the decision was not yet taken then.
    r.acceptance.as_ref().is_some_and(|a| {
        !blank(&a.rationale)
            && a.approval
                .as_ref()
                .and_then(|ap| ap.date)
                .is_none_or(|d| d <= ctx.as_of)
    })
}

/// 5.1.2 a): each entry has an action, or a reasoned decision to accept it.
pub static RISK_RESPONSE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.a-risk-response",
        clause: "5.1.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Each risk or opportunity has a planned response",
            "风险和机遇有应对措施",
        ),
        reasons: &[NO_RESPONSE],
        covers: &[],
    },
    check: check_risk_response,
    obligations: None,
};

const NO_RESPONSE: Reason = Reason::new(
    "no-response",
    "Risk or opportunity '{subject}' has no action and no reasoned decision to accept it.",
    "风险或机遇“{subject}”既无应对措施，也无说明理由的接受决定。",
);

fn check_risk_response(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        if r.actions.is_empty() && !accepted(ctx, r) && r.is_open_on(ctx.as_of) {
            em.emit(
                &NO_RESPONSE,
                format!("/planning/risks/{i}"),
                &[p("subject", &r.title)],
            );
        }
    }
}

/// 5.1.2 (the organization's risk matrix): an entry rated high, or medium with an impact
/// on conformity or customer satisfaction, is not merely accepted. The standard asks for
/// responses proportionate to the potential impact; the matrix and its bands are the
/// organization's parameter `riskMatrix` (default 5 × 5, medium from 6, high from 12).
pub static RESPONSE_PROPORTIONATE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2-response-proportionate",
        clause: "5.1.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t(
            "Response proportionate to the rating",
            "应对措施与潜在影响相适应",
        ),
        reasons: &[
            HIGH_ACCEPTED,
            HIGH_CUSTOMER_ACCEPTED,
            MEDIUM_CUSTOMER_ACCEPTED,
            HIGH_ACCEPTED_DEFAULT,
            HIGH_CUSTOMER_ACCEPTED_DEFAULT,
            MEDIUM_CUSTOMER_ACCEPTED_DEFAULT,
        ],
        covers: &[],
    },
    check: check_response_proportionate,
    obligations: None,
};

const HIGH_ACCEPTED: Reason = Reason::new(
    "high-accepted",
    "Risk or opportunity '{subject}' is rated high (score {score}; high from {high_from} on the organization's risk matrix) but is only accepted; it needs at least one action.",
    "风险或机遇“{subject}”评级为高（分值{score}；组织规定的风险矩阵中{high_from}分起为高），却仅被接受，应至少有一项应对措施。",
);
const HIGH_ACCEPTED_DEFAULT: Reason = Reason::new(
    "high-accepted-default",
    "Risk or opportunity '{subject}' is rated high (score {score}; high from {high_from} on the default risk matrix) but is only accepted; it needs at least one action.",
    "风险或机遇“{subject}”评级为高（分值{score}；默认风险矩阵中{high_from}分起为高），却仅被接受，应至少有一项应对措施。",
);
const HIGH_CUSTOMER_ACCEPTED: Reason = Reason::new(
    "high-customer-impact-accepted",
    "Risk or opportunity '{subject}' is rated high (score {score}; high from {high_from} on the organization's risk matrix) and can affect conformity or customer satisfaction but is only accepted; it needs at least one action.",
    "风险或机遇“{subject}”评级为高（分值{score}；组织规定的风险矩阵中{high_from}分起为高）且可能影响产品和服务合格或顾客满意，却仅被接受，应至少有一项应对措施。",
);
const HIGH_CUSTOMER_ACCEPTED_DEFAULT: Reason = Reason::new(
    "high-customer-impact-accepted-default",
    "Risk or opportunity '{subject}' is rated high (score {score}; high from {high_from} on the default risk matrix) and can affect conformity or customer satisfaction but is only accepted; it needs at least one action.",
    "风险或机遇“{subject}”评级为高（分值{score}；默认风险矩阵中{high_from}分起为高）且可能影响产品和服务合格或顾客满意，却仅被接受，应至少有一项应对措施。",
);
const MEDIUM_CUSTOMER_ACCEPTED: Reason = Reason::new(
    "medium-customer-impact-accepted",
    "Risk or opportunity '{subject}' is rated medium (score {score}; medium from {medium_from} on the organization's risk matrix) and can affect conformity or customer satisfaction but is only accepted; it needs at least one action.",
    "风险或机遇“{subject}”评级为中（分值{score}；组织规定的风险矩阵中{medium_from}分起为中）且可能影响产品和服务合格或顾客满意，却仅被接受，应至少有一项应对措施。",
);
const MEDIUM_CUSTOMER_ACCEPTED_DEFAULT: Reason = Reason::new(
    "medium-customer-impact-accepted-default",
    "Risk or opportunity '{subject}' is rated medium (score {score}; medium from {medium_from} on the default risk matrix) and can affect conformity or customer satisfaction but is only accepted; it needs at least one action.",
    "风险或机遇“{subject}”评级为中（分值{score}；默认风险矩阵中{medium_from}分起为中）且可能影响产品和服务合格或顾客满意，却仅被接受，应至少有一项应对措施。",
);

fn check_response_proportionate(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        // Without any response, RISK_RESPONSE reports it.
        if !r.actions.is_empty() || r.acceptance.is_none() || !r.is_open_on(ctx.as_of) {
            continue;
        }
        let matrix = ctx.params.risk_matrix;
        let Some(score) = matrix.value.score(r.likelihood, r.impact) else {
            continue;
        };
        let level = matrix.value.level(score);
        let own = matrix.is_organizations();
        let reason = match (level, r.customer_impact, own) {
            (RatingLevel::High, false, true) => &HIGH_ACCEPTED,
            (RatingLevel::High, true, true) => &HIGH_CUSTOMER_ACCEPTED,
            (RatingLevel::Medium, true, true) => &MEDIUM_CUSTOMER_ACCEPTED,
            (RatingLevel::High, false, false) => &HIGH_ACCEPTED_DEFAULT,
            (RatingLevel::High, true, false) => &HIGH_CUSTOMER_ACCEPTED_DEFAULT,
            (RatingLevel::Medium, true, false) => &MEDIUM_CUSTOMER_ACCEPTED_DEFAULT,
            _ => continue,
        };
        em.emit(
            reason,
            format!("/planning/risks/{i}"),
            &[
                p("subject", &r.title),
                p("score", score),
                p("high_from", matrix.value.high_from),
                p("medium_from", matrix.value.medium_from),
            ],
        );
    }
}

/// 5.1.2 a): each action names the role responsible and its due date.
pub static ACTION_PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.a-action-planned",
        clause: "5.1.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Risk actions have an owner and a date",
            "风险应对措施有负责岗位和完成日期",
        ),
        reasons: &[NO_RESPONSIBLE, NO_DUE, RESPONSIBLE_UNSTAFFED],
        covers: &[],
    },
    check: check_action_planned,
    obligations: None,
};

const NO_RESPONSIBLE: Reason = Reason::new(
    "no-responsible",
    "Action '{action}' on '{subject}' has no responsible role.",
    "“{subject}”的措施“{action}”没有负责岗位。",
);
const NO_DUE: Reason = Reason::new(
    "no-due",
    "Action '{action}' on '{subject}' has no due date.",
    "“{subject}”的措施“{action}”没有完成日期。",
);

const RESPONSIBLE_UNSTAFFED: Reason = Reason::new(
    "responsible-unstaffed",
    "Action '{action}' on '{subject}' is not completed, and nobody holds its responsible role on {as_of}.",
    "“{subject}”的措施“{action}”尚未完成，且{as_of}无人担任其负责岗位。",
);

fn check_action_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        let params = [p("subject", subject), p("action", &a.description)];
        match a.responsible {
            None => em.emit(&NO_RESPONSIBLE, &path, &params),
            Some(role)
                if done(a.completed_on, ctx.as_of).is_none()
                    && !role_held_on(ctx.doc, role, ctx.as_of) =>
            {
                em.emit(
                    &RESPONSIBLE_UNSTAFFED,
                    &path,
                    &[
                        p("subject", subject),
                        p("action", &a.description),
                        p("as_of", ctx.as_of),
                    ],
                )
            }
            Some(_) => {}
        }
        if a.due.is_none() {
            em.emit(&NO_DUE, &path, &params);
        }
    }
}

/// 5.1.2 b): each action names the process of the system it is built into.
pub static ACTION_INTEGRATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.b-action-integrated",
        clause: "5.1.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Risk actions built into processes", "应对措施融入体系过程"),
        reasons: &[NO_PROCESS],
        covers: &[],
    },
    check: check_action_integrated,
    obligations: None,
};

const NO_PROCESS: Reason = Reason::new(
    "no-process",
    "Action '{action}' on '{subject}' names no process of the management system it is built into.",
    "“{subject}”的措施“{action}”未指明其融入的管理体系过程。",
);

fn check_action_integrated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        if a.process.is_none() {
            em.emit(
                &NO_PROCESS,
                path,
                &[p("subject", subject), p("action", &a.description)],
            );
        }
    }
}

/// 5.1.2 b): each action is completed by its due date.
pub static ACTION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.b-action-overdue",
        clause: "5.1.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Risk actions implemented on time", "应对措施按期实施"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: check_action_overdue,
    obligations: None,
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "Action '{action}' on '{subject}' was due on {due} and is not completed.",
    "“{subject}”的措施“{action}”应于{due}完成，但尚未完成。",
);

fn check_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        if let Some(due) = a.due
            && due < ctx.as_of
            && done(a.completed_on, ctx.as_of).is_none()
        {
            em.emit(
                &OVERDUE,
                path,
                &[
                    p("subject", subject),
                    p("action", &a.description),
                    p("due", due),
                ],
            );
        }
    }
}

/// 5.1.2 c): each action says how its effectiveness will be evaluated.
pub static EVALUATION_PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.c-evaluation-planned",
        clause: "5.1.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Effectiveness evaluation planned", "策划措施有效性的评价"),
        reasons: &[NO_METHOD],
        covers: &[],
    },
    check: check_evaluation_planned,
    obligations: None,
};

const NO_METHOD: Reason = Reason::new(
    "no-method",
    "Action '{action}' on '{subject}' does not say how its effectiveness will be evaluated.",
    "“{subject}”的措施“{action}”未说明如何评价其有效性。",
);

fn check_evaluation_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        if blank(&a.effectiveness.method) {
            em.emit(
                &NO_METHOD,
                path,
                &[p("subject", subject), p("action", &a.description)],
            );
        }
    }
}

/// 5.1.2 c): each completed action is evaluated, with a verdict, by the evaluation date the
/// organization planned for it. (An action with no planned date is judged against the
/// parameter `effectivenessEvaluationWithin` by [`EVALUATION_DEFAULT_WINDOW`].)
pub static EVALUATION_DONE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.c-evaluation-done",
        clause: "5.1.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Completed actions evaluated", "已完成措施经有效性评价"),
        reasons: &[NOT_EVALUATED],
        covers: &[],
    },
    check: check_evaluation_done,
    obligations: None,
};

const NOT_EVALUATED: Reason = Reason::new(
    "not-evaluated",
    "Action '{action}' on '{subject}' was completed on {completed}; its effectiveness evaluation was due on {due} and is not recorded.",
    "“{subject}”的措施“{action}”已于{completed}完成，有效性评价应于{due}前完成，但没有记录。",
);

fn check_evaluation_done(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        let Some(completed) = done(a.completed_on, ctx.as_of) else {
            continue;
        };
        let Some(due) = a.effectiveness.due else {
            continue;
        };
        let evaluated = done(a.effectiveness.evaluated_on, ctx.as_of).is_some()
            && a.effectiveness.effective.is_some();
        if due < ctx.as_of && !evaluated {
            em.emit(
                &NOT_EVALUATED,
                path,
                &[
                    p("subject", subject),
                    p("action", &a.description),
                    p("completed", completed),
                    p("due", due),
                ],
            );
        }
    }
}

/// 5.1.2 c) (the organization's parameter): a completed action with no planned evaluation
/// date is evaluated within `effectivenessEvaluationWithin` of its completion (3 months by
/// default; the standard states no period).
pub static EVALUATION_DEFAULT_WINDOW: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.c-evaluation-default-window",
        clause: "5.1.2.c",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Completed actions evaluated within the organization's period",
            "已完成措施在组织规定的期限内经有效性评价",
        ),
        reasons: &[NOT_EVALUATED_IN_WINDOW, NOT_EVALUATED_IN_DEFAULT_WINDOW],
        covers: &[],
    },
    check: check_evaluation_default_window,
    obligations: None,
};

const NOT_EVALUATED_IN_WINDOW: Reason = Reason::new(
    "not-evaluated",
    "Action '{action}' on '{subject}' was completed on {completed} with no planned evaluation date; by the organization's period of {within} its effectiveness evaluation was due on {due} and is not recorded.",
    "“{subject}”的措施“{action}”已于{completed}完成且未策划评价日期，按组织规定的期限{within}，有效性评价应于{due}前完成，但没有记录。",
);
const NOT_EVALUATED_IN_DEFAULT_WINDOW: Reason = Reason::new(
    "not-evaluated-default",
    "Action '{action}' on '{subject}' was completed on {completed} with no planned evaluation date; by the default period of {within} (the organization states none) its effectiveness evaluation was due on {due} and is not recorded.",
    "“{subject}”的措施“{action}”已于{completed}完成且未策划评价日期，按默认期限{within}（组织未规定），有效性评价应于{due}前完成，但没有记录。",
);

fn check_evaluation_default_window(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let setting = ctx.params.effectiveness_evaluation_within;
    let reason = if setting.is_organizations() {
        &NOT_EVALUATED_IN_WINDOW
    } else {
        &NOT_EVALUATED_IN_DEFAULT_WINDOW
    };
    for (path, subject, a) in risk_actions(ctx) {
        if a.effectiveness.due.is_some() {
            continue;
        }
        let Some(completed) = done(a.completed_on, ctx.as_of) else {
            continue;
        };
        let Some(due) = setting.value.after(completed) else {
            continue;
        };
        let evaluated = done(a.effectiveness.evaluated_on, ctx.as_of).is_some()
            && a.effectiveness.effective.is_some();
        if due < ctx.as_of && !evaluated {
            em.emit(
                reason,
                path,
                &[
                    p("subject", subject),
                    p("action", &a.description),
                    p("completed", completed),
                    p("due", due),
                    p("within", setting.value),
                ],
            );
        }
    }
}

/// Good practice: an action found ineffective is followed by another action of the same
/// entry, due on or after the evaluation.
pub static INEFFECTIVE_FOLLOWED_UP: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.2.c-ineffective-followed-up",
        clause: "5.1.2.c",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Ineffective actions followed up", "无效措施有后续措施"),
        reasons: &[NO_FOLLOW_UP],
        covers: &[],
    },
    check: check_ineffective_followed_up,
    obligations: None,
};

const NO_FOLLOW_UP: Reason = Reason::new(
    "no-follow-up",
    "Action '{action}' on '{subject}' was found ineffective on {date}, and no further action is planned.",
    "“{subject}”的措施“{action}”于{date}被评价为无效，但未策划后续措施。",
);

fn check_ineffective_followed_up(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        for (j, a) in r.actions.iter().enumerate() {
            let Some(on) = done(a.effectiveness.evaluated_on, ctx.as_of) else {
                continue;
            };
            if a.effectiveness.effective != Some(false) {
                continue;
            }
            let follow_up = r
                .actions
                .iter()
                .any(|b| b.id != a.id && b.due.is_some_and(|d| d >= on));
            if !follow_up {
                em.emit(
                    &NO_FOLLOW_UP,
                    format!("/planning/risks/{i}/actions/{j}"),
                    &[
                        p("subject", &r.title),
                        p("action", &a.description),
                        p("date", on),
                    ],
                );
            }
        }
    }
}
