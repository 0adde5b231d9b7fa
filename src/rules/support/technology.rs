//! 6.1.5 b)–e) — 信息与技术 (information and technology): information is analysed for
//! decisions (b), technology is developed to a plan (c), shared with interested parties (d) and
//! reviewed by a procedure at planned intervals (e).

use crate::model::EcmsDocument;
use crate::model::support::GoalStatus;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::*;

/// 6.1.5.b: information analysed for decisions.
pub static INFORMATION_FOR_DECISIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.b-information-for-decisions",
        clause: "6.1.5.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t("Information analysed for decisions", "分析信息用于决策"),
        reasons: &[NONE, NONE_USED],
        covers: &[],
    },
    check: check_information_for_decisions,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No record shows information being extracted, analysed and used in a management decision.",
    "没有记录表明信息经提取和分析并用于管理决策。",
);

const NONE_USED: Reason = Reason::new(
    "none-used",
    "Analyses of information are recorded, but none shows a decision taken on or before {as_of}.",
    "记录了信息分析，但没有一项表明截至{as_of}已用于决策。",
);

fn check_information_for_decisions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.emit(&NONE, "/support", &[]),
        Some(tm) if tm.decision_uses.is_empty() => em.emit(&NONE, "/support/technology", &[]),
        // Evidence of use: an analysis that names its decision, taken by the as-of date.
        Some(tm)
            if !tm
                .decision_uses
                .iter()
                .any(|u| !blank(&u.decision) && u.date.is_some_and(|d| d <= ctx.as_of)) =>
        {
            em.emit(
                &NONE_USED,
                "/support/technology/decisionUses",
                &[p("as_of", ctx.as_of)],
            )
        }
        Some(_) => {}
    }
}

/// 6.1.5.b: analyses name their decision.
pub static DECISION_RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.b-decision-recorded",
        clause: "6.1.5.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Analyses name their decision", "分析记录其决策"),
        reasons: &[NO_DECISION, NO_DATE, DATE_LATER, NO_SOURCES],
        covers: &[],
    },
    check: check_decision_recorded,
    obligations: None,
};

const NO_DECISION: Reason = Reason::new(
    "no-decision",
    "The analysis '{subject}' records no decision it informed.",
    "分析“{subject}”没有记录所支持的决策。",
);

const NO_DATE: Reason = Reason::new(
    "no-date",
    "The analysis '{subject}' records no date.",
    "分析“{subject}”没有记录日期。",
);

const DATE_LATER: Reason = Reason::new(
    "date-after-evaluation",
    "The analysis '{subject}' records a decision dated {date}, after the evaluation date {as_of}.",
    "分析“{subject}”记录的决策日期{date}晚于评价日{as_of}。",
);

const NO_SOURCES: Reason = Reason::new(
    "no-sources",
    "The analysis '{subject}' records no data sources.",
    "分析“{subject}”没有记录信息来源。",
);

fn check_decision_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(tm) = &support(ctx).technology else {
        return;
    };
    for (i, u) in tm.decision_uses.iter().enumerate() {
        let path = format!("/support/technology/decisionUses/{i}");
        if blank(&u.decision) {
            em.emit(&NO_DECISION, &path, &[p("subject", &u.analysis)]);
        }
        match u.date {
            None => em.emit(&NO_DATE, &path, &[p("subject", &u.analysis)]),
            Some(d) if d > ctx.as_of => em.emit(
                &DATE_LATER,
                format!("{path}/date"),
                &[
                    p("subject", &u.analysis),
                    p("date", d),
                    p("as_of", ctx.as_of),
                ],
            ),
            Some(_) => {}
        }
        if u.sources.is_empty() {
            em.emit(&NO_SOURCES, &path, &[p("subject", &u.analysis)]);
        }
    }
}

/// 6.1.5.c: technology development plan.
pub static PLAN: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.c-technology-plan",
        clause: "6.1.5.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Technology development plan", "技术开发与改造计划"),
        reasons: &[NO_GOALS],
        covers: &[],
    },
    check: check_technology_plan,
    obligations: None,
};

const NO_GOALS: Reason = Reason::new(
    "no-goals",
    "No goal of a technology development and upgrade plan is recorded.",
    "未记录技术开发与改造计划的任何目标。",
);

fn check_technology_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.emit(&NO_GOALS, "/support", &[]),
        Some(tm) if tm.goals.is_empty() => em.emit(&NO_GOALS, "/support/technology", &[]),
        Some(_) => {}
    }
}

/// 6.1.5.c: technology goals complete.
pub static GOAL_COMPLETE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.c-technology-goal-complete",
        clause: "6.1.5.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Technology goals complete", "技术目标完整"),
        reasons: &[NO_MEASURES, NO_OWNER, OWNER_VACANT, NO_TARGET_DATE],
        covers: &[],
    },
    check: check_technology_goal,
    obligations: None,
};

const NO_MEASURES: Reason = Reason::new(
    "no-measures",
    "Technology goal '{subject}' has no measures.",
    "技术目标“{subject}”没有措施。",
);

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Technology goal '{subject}' has no responsible role.",
    "技术目标“{subject}”没有负责岗位。",
);

const OWNER_VACANT: Reason = Reason::new(
    "owner-vacant",
    "Technology goal '{subject}' is open, but nobody employed on the evaluation date holds its responsible role '{role}'.",
    "技术目标“{subject}”尚未完成，但评价日没有在职人员担任其负责岗位“{role}”。",
);

/// Not completed and not cancelled.
fn goal_open(g: &crate::model::support::TechnologyGoal) -> bool {
    !matches!(
        g.status,
        Some(
            crate::model::support::GoalStatus::Completed
                | crate::model::support::GoalStatus::Cancelled
        )
    )
}

const NO_TARGET_DATE: Reason = Reason::new(
    "no-target-date",
    "Technology goal '{subject}' has no target date.",
    "技术目标“{subject}”没有目标日期。",
);

fn check_technology_goal(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(tm) = &support(ctx).technology else {
        return;
    };
    for (i, g) in tm.goals.iter().enumerate() {
        let path = format!("/support/technology/goals/{i}");
        if all_blank(&g.measures) {
            em.emit(&NO_MEASURES, &path, &[p("subject", &g.objective)]);
        }
        if g.owner.is_none() {
            em.emit(&NO_OWNER, &path, &[p("subject", &g.objective)]);
        } else if let Some(role) = g.owner.filter(|r| goal_open(g) && !role_filled(ctx, *r)) {
            em.emit(
                &OWNER_VACANT,
                format!("{path}/owner"),
                &[p("subject", &g.objective), p("role", role_name(ctx, role))],
            );
        }
        if g.target_date.is_none() {
            em.emit(&NO_TARGET_DATE, &path, &[p("subject", &g.objective)]);
        }
    }
}

/// 6.1.5.c: technology goals met on time.
pub static GOAL_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.c-technology-goal-overdue",
        clause: "6.1.5.c",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Technology goals met on time", "技术目标按期完成"),
        reasons: &[PAST_TARGET],
        covers: &[],
    },
    check: check_technology_goal_overdue,
    obligations: None,
};

const PAST_TARGET: Reason = Reason::new(
    "past-target",
    "Technology goal '{subject}' was due on {due} and is not completed.",
    "技术目标“{subject}”应于{due}完成，但尚未完成。",
);

fn check_technology_goal_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(tm) = &support(ctx).technology else {
        return;
    };
    for (i, g) in tm.goals.iter().enumerate() {
        if let Some(due) = g.target_date
            && due < ctx.as_of
            && !matches!(
                g.status,
                Some(GoalStatus::Completed) | Some(GoalStatus::Cancelled)
            )
        {
            em.emit(
                &PAST_TARGET,
                format!("/support/technology/goals/{i}"),
                &[p("subject", &g.objective), p("due", due)],
            );
        }
    }
}

/// 6.1.5.d: information and technology shared with parties.
pub static SHARING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.d-sharing",
        clause: "6.1.5.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Information and technology shared with parties",
            "与相关方沟通分享信息和技术",
        ),
        reasons: &[NO_SHARING, NOT_YET_SHARED],
        covers: &[],
    },
    check: check_sharing,
    obligations: None,
};

const NO_SHARING: Reason = Reason::new(
    "no-sharing",
    "No communication or sharing of information and technology with an interested party is recorded.",
    "未记录与相关方沟通和分享信息与技术。",
);

const NOT_YET_SHARED: Reason = Reason::new(
    "not-yet-shared",
    "Sharing of information and technology with interested parties is planned, but none is recorded as having taken place by {as_of}.",
    "已策划与相关方沟通和分享信息与技术，但截至{as_of}没有已实施的记录。",
);

fn check_sharing(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.emit(&NO_SHARING, "/support", &[]),
        Some(tm) if !tm.sharing.iter().any(|s| s.party.is_some()) => {
            em.emit(&NO_SHARING, "/support/technology", &[])
        }
        // Evidence, not intent: at least one sharing took place on or before the as-of date.
        Some(tm)
            if !tm
                .sharing
                .iter()
                .any(|s| s.party.is_some() && s.last_shared.is_some_and(|d| d <= ctx.as_of)) =>
        {
            em.emit(
                &NOT_YET_SHARED,
                "/support/technology/sharing",
                &[p("as_of", ctx.as_of)],
            )
        }
        Some(_) => {}
    }
}

/// 6.1.5.e: periodic review procedure for information and technology.
/// The standard asks for the process, not for documented information (成文信息): the
/// document is required only when the organization sets `requireDocumentedProcedures`.
pub static REVIEW_PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.e-review-procedure",
        clause: "6.1.5.e",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Periodic review procedure for information and technology",
            "信息和技术定期评审程序",
        ),
        reasons: &[NO_PROCEDURE],
        covers: &[],
    },
    check: check_review_procedure,
    obligations: None,
};

const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "no-procedure",
    "No periodic review procedure for information and technology is recorded. The organization requires documented procedures; the standard asks for the process only.",
    "未记录信息和技术的定期评审程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_review_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx.documentation_required() {
        return;
    }
    match &support(ctx).technology {
        None => em.emit(&NO_PROCEDURE, "/support", &[]),
        Some(tm) if tm.review_procedure.is_none() => {
            em.emit(&NO_PROCEDURE, "/support/technology", &[])
        }
        Some(_) => {}
    }
}

/// 6.1.5.e: information and technology review has an interval.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.e-review-interval",
        clause: "6.1.5.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Information and technology review has an interval",
            "信息和技术评审规定周期",
        ),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_technology_review_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "The information and technology review declares no interval.",
    "信息和技术评审未规定周期。",
);

fn check_technology_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(tm) = &support(ctx).technology
        && tm.review.interval.is_none()
    {
        em.emit(&NO_INTERVAL, "/support/technology", &[]);
    }
}

/// 6.1.5.e: information and technology reviewed on time.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.e-review-overdue",
        clause: "6.1.5.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Information and technology reviewed on time",
            "信息和技术按期评审",
        ),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_review_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The {subject} was due on {due} (interval {interval}, last {last}).",
    "{subject}应于{due}进行（周期{interval}，上次{last}）。",
);

fn duties_review_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    if let Some(tm) = &doc.support.technology {
        out.push(Duty {
            path: "/support/technology".into(),
            subject: "information and technology review".into(),
            activity: t("information and technology review", "信息和技术评审"),
            interval: tm.review.interval,
            last_done: tm.review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(tm.review.record),
        });
    }
}
