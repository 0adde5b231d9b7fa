//! Rules for chapter 5 — planning: risks and opportunities (5.1), objectives and the plans
//! to achieve them (5.2), and changes of the management system (5.3).
//!
//! A record dated after the evaluation date (a completion, an evaluation, an
//! implementation) counts as not having happened yet.

use chrono::Months;

use crate::common::Date;

use super::leadership::communicated;
use super::obligations::{Obligation, legacy_emit_overdue};
use super::util::blank;
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::model::EcmsDocument;
use crate::model::planning::{ObjectiveStatus, RatingLevel, RiskAction, RiskAim};

pub(super) static RULES: &[BuiltinRule] = &[
    rule!(
        "ecms-5.1.1-risks-determined",
        "5.1.1",
        Error,
        Shall,
        Major,
        (
            "Risks and opportunities determined",
            "确定需要应对的风险和机遇"
        ),
        (
            "No risk or opportunity to be addressed is recorded.",
            "未记录任何需要应对的风险或机遇。"
        ),
        check_risks_determined,
    ),
    rule!(
        "ecms-5.1.1-risk-defined",
        "5.1.1",
        Error,
        Shall,
        Minor,
        (
            "Each risk or opportunity is traced and classified",
            "风险和机遇有来源和分类"
        ),
        (
            "Risk or opportunity '{subject}' does not record {what}.",
            "风险或机遇“{subject}”未记录{what_zh}。"
        ),
        check_risk_defined,
    ),
    rule!(
        "ecms-5.1.1-risk-rated",
        "5.1.1",
        Error,
        Shall,
        Minor,
        ("Each risk or opportunity is rated", "风险和机遇经评级"),
        (
            "Risk or opportunity '{subject}' has no complete rating (likelihood and impact, each 1–5).",
            "风险或机遇“{subject}”没有完整评级（可能性和影响各为1–5）。"
        ),
        check_risk_rated,
    ),
    rule!(
        "ecms-5.1.1-aims-covered",
        "5.1.1",
        Error,
        Shall,
        Minor,
        (
            "Register serves the aims of 5.1.1 a)–d)",
            "风险和机遇覆盖5.1.1 a)–d)的目的"
        ),
        (
            "No recorded risk or opportunity serves the aim '{aim}'.",
            "没有服务于“{aim_zh}”目的的风险或机遇。"
        ),
        check_aims_covered,
        covers = ["5.1.1.a", "5.1.1.b", "5.1.1.c", "5.1.1.d"],
    ),
    rule!(
        "ecms-5.1.2.a-risk-response",
        "5.1.2.a",
        Error,
        Shall,
        Minor,
        (
            "Each risk or opportunity has a planned response",
            "风险和机遇有应对措施"
        ),
        (
            "Risk or opportunity '{subject}' has no action and no approved, reasoned decision to accept it.",
            "风险或机遇“{subject}”既无应对措施，也无经批准并说明理由的接受决定。"
        ),
        check_risk_response,
    ),
    rule!(
        "ecms-5.1.2-response-proportionate",
        "5.1.2",
        Error,
        Shall,
        Minor,
        (
            "Response proportionate to the rating",
            "应对措施与潜在影响相适应"
        ),
        (
            "Risk or opportunity '{subject}' is rated {level} (score {score}){customer} but is only accepted; it needs at least one action.",
            "风险或机遇“{subject}”评级为{level_zh}（分值{score}）{customer_zh}，却仅被接受，应至少有一项应对措施。"
        ),
        check_response_proportionate,
    ),
    rule!(
        "ecms-5.1.2.a-action-planned",
        "5.1.2.a",
        Error,
        Shall,
        Minor,
        (
            "Risk actions have an owner and a date",
            "风险应对措施有负责岗位和完成日期"
        ),
        (
            "Action '{action}' on '{subject}' has no {what}.",
            "“{subject}”的措施“{action}”没有{what_zh}。"
        ),
        check_risk_action_planned,
    ),
    rule!(
        "ecms-5.1.2.b-action-integrated",
        "5.1.2.b",
        Error,
        Shall,
        Minor,
        ("Risk actions built into processes", "应对措施融入体系过程"),
        (
            "Action '{action}' on '{subject}' names no process of the management system it is built into.",
            "“{subject}”的措施“{action}”未指明其融入的管理体系过程。"
        ),
        check_risk_action_integrated,
    ),
    rule!(
        "ecms-5.1.2.b-action-overdue",
        "5.1.2.b",
        Error,
        Shall,
        Minor,
        ("Risk actions implemented on time", "应对措施按期实施"),
        (
            "Action '{action}' on '{subject}' was due on {due} and is not completed.",
            "“{subject}”的措施“{action}”应于{due}完成，但尚未完成。"
        ),
        check_risk_action_overdue,
    ),
    rule!(
        "ecms-5.1.2.c-evaluation-planned",
        "5.1.2.c",
        Error,
        Shall,
        Minor,
        ("Effectiveness evaluation planned", "策划措施有效性的评价"),
        (
            "Action '{action}' on '{subject}' does not say how its effectiveness will be evaluated.",
            "“{subject}”的措施“{action}”未说明如何评价其有效性。"
        ),
        check_evaluation_planned,
    ),
    rule!(
        "ecms-5.1.2.c-evaluation-done",
        "5.1.2.c",
        Error,
        Shall,
        Minor,
        ("Completed actions evaluated", "已完成措施经有效性评价"),
        (
            "Action '{action}' on '{subject}' was completed on {completed}; its effectiveness evaluation was due on {due} and is not recorded.",
            "“{subject}”的措施“{action}”已于{completed}完成，有效性评价应于{due}前完成，但没有记录。"
        ),
        check_evaluation_done,
    ),
    rule!(
        "ecms-5.1.2.c-ineffective-followed-up",
        "5.1.2.c",
        Warning,
        Policy,
        Minor,
        ("Ineffective actions followed up", "无效措施有后续措施"),
        (
            "Action '{action}' on '{subject}' was found ineffective on {date}, and no further action is planned.",
            "“{subject}”的措施“{action}”于{date}被评价为无效，但未策划后续措施。"
        ),
        check_ineffective_followed_up,
    ),
    rule!(
        "ecms-5.2.1-objectives-set",
        "5.2.1",
        Error,
        Shall,
        Major,
        ("Objectives set", "设定目标"),
        (
            "No e-commerce objective is recorded.",
            "未记录任何电子商务目标。"
        ),
        check_objectives_set,
    ),
    rule!(
        "ecms-5.2.1-objective-documented",
        "5.2.1",
        Error,
        Shall,
        Minor,
        (
            "Objectives set for functions, documented",
            "目标针对职能设定并保留成文信息"
        ),
        (
            "Objective '{subject}' has no {what}.",
            "目标“{subject}”没有{what_zh}。"
        ),
        check_objective_documented,
    ),
    rule!(
        "ecms-5.2.1.a-objective-strategy",
        "5.2.1.a",
        Error,
        Shall,
        Minor,
        ("Objectives consistent with strategy", "目标与战略一致"),
        (
            "Objective '{subject}' is not linked to any e-commerce strategy.",
            "目标“{subject}”未关联任何电子商务战略。"
        ),
        check_objective_strategy,
    ),
    rule!(
        "ecms-5.2.1.b-objective-measurable",
        "5.2.1.b",
        Error,
        Shall,
        Minor,
        ("Objectives measurable", "目标可测量"),
        (
            "Objective '{subject}' has no {what} in its target.",
            "目标“{subject}”的指标缺少{what_zh}。"
        ),
        check_objective_measurable,
    ),
    rule!(
        "ecms-5.2.1.c-objective-requirements",
        "5.2.1.c",
        Error,
        Shall,
        Minor,
        (
            "Objectives consider applicable requirements",
            "目标考虑适用的要求"
        ),
        (
            "Objective '{subject}' records no applicable requirement or interested party considered.",
            "目标“{subject}”未记录所考虑的适用要求或相关方。"
        ),
        check_objective_requirements,
    ),
    rule!(
        "ecms-5.2.1.d-objective-relevance",
        "5.2.1.d",
        Error,
        Shall,
        Minor,
        (
            "Objectives relevant to conformity and satisfaction",
            "目标与合格及顾客满意相关"
        ),
        (
            "Objective '{subject}' does not record {what}.",
            "目标“{subject}”未记录{what_zh}。"
        ),
        check_objective_relevance,
    ),
    rule!(
        "ecms-5.2.1.e-objective-monitored",
        "5.2.1.e",
        Error,
        Shall,
        Minor,
        ("Objectives monitored", "目标予以监视"),
        (
            "Objective '{subject}' has no {what}.",
            "目标“{subject}”没有{what_zh}。"
        ),
        check_objective_monitored,
    ),
    rule!(
        "ecms-5.2.1.e-objective-monitoring-overdue",
        "5.2.1.e",
        Error,
        Shall,
        Minor,
        ("Objectives monitored on time", "目标按期监视"),
        (
            "Monitoring of objective '{subject}' was due on {due} (interval {interval}, last {last}).",
            "目标“{subject}”应于{due}监视（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-5.2.1.f-objective-communicated",
        "5.2.1.f",
        Error,
        Shall,
        Minor,
        ("Objectives communicated", "目标予以沟通"),
        (
            "Objective '{subject}' has no record of being communicated.",
            "目标“{subject}”没有沟通记录。"
        ),
        check_objective_communicated,
    ),
    rule!(
        "ecms-5.2.1.g-objective-review-interval",
        "5.2.1.g",
        Error,
        Shall,
        Minor,
        ("Objectives have a review interval", "目标规定更新评审周期"),
        (
            "Objective '{subject}' declares no interval at which it is reviewed and updated.",
            "目标“{subject}”未规定评审和更新的周期。"
        ),
        check_objective_review_interval,
    ),
    rule!(
        "ecms-5.2.1.g-objective-review-overdue",
        "5.2.1.g",
        Error,
        Shall,
        Minor,
        ("Objectives reviewed on time", "目标按期评审更新"),
        (
            "The review of objective '{subject}' was due on {due} (interval {interval}, last {last}).",
            "目标“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-5.2.1.g-objective-target-lapsed",
        "5.2.1.g",
        Error,
        Shall,
        Minor,
        (
            "Objectives updated when their date passes",
            "目标到期后予以更新"
        ),
        (
            "Objective '{subject}' is still active although its target date {due} has passed; close it with its result or set a new target.",
            "目标“{subject}”的目标日期{due}已过仍处于进行中，应记录结果关闭或设定新指标。"
        ),
        check_objective_target_lapsed,
    ),
    rule!(
        "ecms-5.2.2.a-objective-actions",
        "5.2.2.a",
        Error,
        Shall,
        Minor,
        ("Actions planned for each objective", "确定实现目标的措施"),
        (
            "Active objective '{subject}' has no planned action.",
            "进行中的目标“{subject}”没有策划措施。"
        ),
        check_objective_actions,
    ),
    rule!(
        "ecms-5.2.2-action-planned",
        "5.2.2",
        Error,
        Shall,
        Minor,
        (
            "Objective actions have resources, owner, date",
            "目标措施有资源、职责和完成时间"
        ),
        (
            "Action '{action}' for objective '{subject}' has no {what}.",
            "目标“{subject}”的措施“{action}”没有{what_zh}。"
        ),
        check_objective_action_planned,
        covers = ["5.2.2.b", "5.2.2.c", "5.2.2.d"],
    ),
    rule!(
        "ecms-5.2.2.d-action-overdue",
        "5.2.2.d",
        Error,
        Shall,
        Minor,
        ("Objective actions completed on time", "目标措施按时完成"),
        (
            "Action '{action}' for objective '{subject}' was due on {due} and is not completed.",
            "目标“{subject}”的措施“{action}”应于{due}完成，但尚未完成。"
        ),
        check_objective_action_overdue,
    ),
    rule!(
        "ecms-5.2.2.e-result-evaluation",
        "5.2.2.e",
        Error,
        Shall,
        Minor,
        ("How results are evaluated", "确定如何评价结果"),
        (
            "Objective '{subject}' {problem}.",
            "目标“{subject}”{problem_zh}。"
        ),
        check_result_evaluation,
    ),
    rule!(
        "ecms-5.3-change-considerations",
        "5.3",
        Error,
        Shall,
        Minor,
        ("Changes consider 5.3 a)–d)", "变更考虑5.3 a)–d)"),
        (
            "Change '{subject}' is approved or carried out without recording {what}.",
            "变更“{subject}”已批准或实施，但未记录{what_zh}。"
        ),
        check_change_considerations,
        covers = ["5.3.a", "5.3.b", "5.3.c", "5.3.d"],
    ),
    rule!(
        "ecms-5.3-change-planned-first",
        "5.3",
        Error,
        Shall,
        Minor,
        ("Changes planned before they are made", "变更先策划后实施"),
        (
            "Change '{subject}' was carried out on {implemented} without a plan approved on or before that day.",
            "变更“{subject}”于{implemented}实施，但此前没有经批准的变更策划。"
        ),
        check_change_planned_first,
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[];

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    for (i, o) in doc.planning.objectives.iter().enumerate() {
        if !o.is_active() {
            continue;
        }
        let anchor = o.approval.as_ref().and_then(|a| a.date);
        out.push(Obligation {
            rule_id: "ecms-5.2.1.e-objective-monitoring-overdue",
            clause: "5.2.1.e",
            path: format!("/planning/objectives/{i}"),
            subject: o.title.clone(),
            activity: t("objective monitoring", "目标监视"),
            interval: o.monitoring.schedule.interval,
            last_done: o.monitoring.schedule.last_done,
            anchor,
        });
        out.push(Obligation {
            rule_id: "ecms-5.2.1.g-objective-review-overdue",
            clause: "5.2.1.g",
            path: format!("/planning/objectives/{i}"),
            subject: o.title.clone(),
            activity: t("objective review", "目标评审"),
            interval: o.review.interval,
            last_done: o.review.last_done,
            anchor,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn done(d: Option<Date>, as_of: Date) -> Option<Date> {
    d.filter(|d| *d <= as_of)
}

fn emit_what(em: &mut Emitter<'_>, path: &str, subject: &str, what: (&str, &str)) {
    em.legacy_emit(
        path,
        &[
            p("subject", subject),
            p("what", what.0),
            p("what_zh", what.1),
        ],
    );
}

/// Every risk action with its path, the entry's title and the entry's index.
fn risk_actions<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a str, &'a RiskAction)> + 'a {
    ctx.doc
        .planning
        .risks
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.actions.iter().enumerate().map(move |(j, a)| {
                (
                    format!("/planning/risks/{i}/actions/{j}"),
                    r.title.as_str(),
                    a,
                )
            })
        })
}

// ---------------------------------------------------------------------------------------------
// 5.1.1

fn check_risks_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.planning.risks.is_empty() {
        em.legacy_emit("/planning", &[]);
    }
}

fn check_risk_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        let path = format!("/planning/risks/{i}");
        if r.kind.is_none() {
            emit_what(
                em,
                &path,
                &r.title,
                ("whether it is a risk or an opportunity", "属于风险还是机遇"),
            );
        }
        if r.factors.is_empty() && r.parties.is_empty() {
            emit_what(
                em,
                &path,
                &r.title,
                (
                    "the context factors (3.1) or interested-party requirements (3.2) it arises from",
                    "其来源的内外部因素（3.1）或相关方要求（3.2）",
                ),
            );
        }
        if r.aims.is_empty() {
            emit_what(
                em,
                &path,
                &r.title,
                (
                    "which aims of 5.1.1 a)–d) addressing it serves",
                    "应对它所服务的5.1.1 a)–d)目的",
                ),
            );
        }
    }
}

fn check_risk_rated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        if r.score().is_none() {
            em.legacy_emit(format!("/planning/risks/{i}"), &[p("subject", &r.title)]);
        }
    }
}

fn check_aims_covered(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let risks = &ctx.doc.planning.risks;
    if risks.is_empty() {
        return; // reported by ecms-5.1.1-risks-determined
    }
    for (aim, item) in RiskAim::ALL {
        if !risks.iter().any(|r| r.aims.contains(&aim)) {
            let title = crate::catalog::clause(item).map(|c| c.title);
            em.legacy_emit_at(
                item,
                "/planning/risks",
                &[
                    p("aim", title.map(|t| t.en).unwrap_or(aim.as_str())),
                    p("aim_zh", title.map(|t| t.zh).unwrap_or(aim.as_str())),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 5.1.2

fn accepted(ctx: &Ctx<'_>, r: &crate::model::planning::RiskOpportunity) -> bool {
    r.acceptance.as_ref().is_some_and(|a| {
        !blank(&a.rationale)
            && a.approval
                .as_ref()
                .is_some_and(|ap| ap.by.is_some() && ap.date.is_some_and(|d| d <= ctx.as_of))
    })
}

fn check_risk_response(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        if r.actions.is_empty() && !accepted(ctx, r) {
            em.legacy_emit(format!("/planning/risks/{i}"), &[p("subject", &r.title)]);
        }
    }
}

fn check_response_proportionate(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        // Without any response, ecms-5.1.2.a-risk-response reports it.
        if !r.actions.is_empty() || r.acceptance.is_none() {
            continue;
        }
        let (Some(score), Some(level)) = (r.score(), r.level()) else {
            continue;
        };
        let needs_action =
            level == RatingLevel::High || (level == RatingLevel::Medium && r.customer_impact);
        if needs_action {
            let level_zh = if level == RatingLevel::High {
                "高"
            } else {
                "中"
            };
            let (customer, customer_zh) = if r.customer_impact {
                (
                    " and can affect conformity or customer satisfaction",
                    "且可能影响产品和服务合格或顾客满意",
                )
            } else {
                ("", "")
            };
            em.legacy_emit(
                format!("/planning/risks/{i}"),
                &[
                    p("subject", &r.title),
                    p("level", level.as_str()),
                    p("level_zh", level_zh),
                    p("score", score),
                    p("customer", customer),
                    p("customer_zh", customer_zh),
                ],
            );
        }
    }
}

fn check_risk_action_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        let mut missing = Vec::new();
        if a.responsible.is_none() {
            missing.push(("responsible role", "负责岗位"));
        }
        if a.due.is_none() {
            missing.push(("due date", "完成日期"));
        }
        for (en, zh) in missing {
            em.legacy_emit(
                &path,
                &[
                    p("subject", subject),
                    p("action", &a.description),
                    p("what", en),
                    p("what_zh", zh),
                ],
            );
        }
    }
}

fn check_risk_action_integrated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        if a.process.is_none() {
            em.legacy_emit(path, &[p("subject", subject), p("action", &a.description)]);
        }
    }
}

fn check_risk_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        if let Some(due) = a.due
            && due < ctx.as_of
            && done(a.completed_on, ctx.as_of).is_none()
        {
            em.legacy_emit(
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

fn check_evaluation_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        if blank(&a.effectiveness.method) {
            em.legacy_emit(path, &[p("subject", subject), p("action", &a.description)]);
        }
    }
}

/// When the effectiveness evaluation of a completed action falls due: the planned date, or
/// three months after completion.
fn evaluation_due(a: &RiskAction, completed: Date) -> Date {
    a.effectiveness
        .due
        .or_else(|| completed.checked_add_months(Months::new(3)).map(Date))
        .unwrap_or(completed)
}

fn check_evaluation_done(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, a) in risk_actions(ctx) {
        let Some(completed) = done(a.completed_on, ctx.as_of) else {
            continue;
        };
        let due = evaluation_due(a, completed);
        let evaluated = done(a.effectiveness.evaluated_on, ctx.as_of).is_some()
            && a.effectiveness.effective.is_some();
        if due < ctx.as_of && !evaluated {
            em.legacy_emit(
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
                em.legacy_emit(
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

// ---------------------------------------------------------------------------------------------
// 5.2.1

fn check_objectives_set(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.planning.objectives.is_empty() {
        em.legacy_emit("/planning", &[]);
    }
}

fn objectives<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a crate::model::planning::Objective)> + 'a {
    ctx.doc
        .planning
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (format!("/planning/objectives/{i}"), o))
}

fn check_objective_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.owner.is_none() && o.processes.is_empty() {
            emit_what(
                em,
                &path,
                &o.title,
                (
                    "function (owner role) or process it is set for",
                    "所针对的职能（负责岗位）或过程",
                ),
            );
        }
        if o.document.is_none() {
            emit_what(
                em,
                &path,
                &o.title,
                ("documented information that holds it", "记录它的成文信息"),
            );
        }
    }
}

fn check_objective_strategy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.strategies.is_empty() {
            em.legacy_emit(path, &[p("subject", &o.title)]);
        }
    }
}

fn check_objective_measurable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        let tg = &o.target;
        let mut missing = Vec::new();
        if blank(&tg.metric) {
            missing.push(("metric", "测量项"));
        }
        if blank(&tg.unit) {
            missing.push(("unit", "单位"));
        }
        if tg.value.is_none() {
            missing.push(("target value", "目标值"));
        }
        if tg.direction.is_none() {
            missing.push((
                "direction (at least / at most)",
                "比较方向（不低于/不高于）",
            ));
        }
        if tg.due.is_none() {
            missing.push(("due date", "完成日期"));
        }
        for what in missing {
            emit_what(em, &path, &o.title, what);
        }
    }
}

fn check_objective_requirements(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.requirements_considered
            .iter()
            .all(|r| r.trim().is_empty())
            && o.parties.is_empty()
        {
            em.legacy_emit(path, &[p("subject", &o.title)]);
        }
    }
}

fn check_objective_relevance(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.relevance.is_empty() {
            emit_what(
                em,
                &path,
                &o.title,
                (
                    "whether it serves product or service conformity or customer satisfaction",
                    "其服务于产品或服务合格还是顾客满意",
                ),
            );
        } else if blank(&o.relevance_note) {
            emit_what(
                em,
                &path,
                &o.title,
                (
                    "how it contributes to conformity or customer satisfaction",
                    "其如何促进合格或顾客满意",
                ),
            );
        }
    }
}

fn check_objective_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active()) {
        if o.monitoring.kpi.is_none() && blank(&o.monitoring.method) {
            emit_what(
                em,
                &path,
                &o.title,
                ("KPI or monitoring method", "关键绩效指标或监视方法"),
            );
        }
        if o.monitoring.schedule.interval.is_none() {
            emit_what(em, &path, &o.title, ("monitoring interval", "监视周期"));
        }
    }
}

fn check_objective_communicated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active()) {
        if !communicated(ctx, &o.communications) {
            em.legacy_emit(path, &[p("subject", &o.title)]);
        }
    }
}

fn check_objective_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active()) {
        if o.review.interval.is_none() {
            em.legacy_emit(path, &[p("subject", &o.title)]);
        }
    }
}

fn check_objective_target_lapsed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active()) {
        if let Some(due) = o.target.due
            && due < ctx.as_of
        {
            em.legacy_emit(path, &[p("subject", &o.title), p("due", due)]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 5.2.2

fn check_objective_actions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active()) {
        if o.plan.is_empty() {
            em.legacy_emit(path, &[p("subject", &o.title)]);
        }
    }
}

fn check_objective_action_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        for (j, a) in o.plan.iter().enumerate() {
            let mut missing: Vec<(&'static str, &str, &str)> = Vec::new();
            if a.resources.iter().all(|r| r.trim().is_empty()) && a.budget.is_none() {
                missing.push(("5.2.2.b", "resources or budget", "所需资源或预算"));
            }
            if a.responsible.is_none() && a.responsible_person.is_none() {
                missing.push(("5.2.2.c", "responsible role or person", "负责岗位或人员"));
            }
            if a.due.is_none() {
                missing.push(("5.2.2.d", "completion date", "完成时间"));
            }
            for (item, en, zh) in missing {
                em.legacy_emit_at(
                    item,
                    format!("{path}/plan/{j}"),
                    &[
                        p("subject", &o.title),
                        p("action", &a.description),
                        p("what", en),
                        p("what_zh", zh),
                    ],
                );
            }
        }
    }
}

fn check_objective_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active()) {
        for (j, a) in o.plan.iter().enumerate() {
            if let Some(due) = a.due
                && due < ctx.as_of
                && done(a.completed_on, ctx.as_of).is_none()
            {
                em.legacy_emit(
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

fn check_result_evaluation(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        let mut problems: Vec<(String, String)> = Vec::new();
        if blank(&o.evaluation_method) {
            problems.push((
                "does not say how its result will be evaluated".into(),
                "未说明如何评价结果".into(),
            ));
        }
        let closed_with_result = matches!(
            o.status,
            Some(ObjectiveStatus::Achieved | ObjectiveStatus::NotAchieved)
        );
        let result = o.result.as_ref().filter(|r| r.date <= ctx.as_of);
        if closed_with_result && result.is_none() {
            problems.push((
                "is closed as achieved or not achieved without an evaluated result".into(),
                "已按达成或未达成关闭，但没有经评价的结果".into(),
            ));
        }
        if let (Some(r), Some(target), Some(dir)) = (result, o.target.value, o.target.direction) {
            let met = dir.met(&r.value, &target);
            let contradiction = match o.status {
                Some(ObjectiveStatus::Achieved) => !met,
                Some(ObjectiveStatus::NotAchieved) => met,
                _ => false,
            };
            if contradiction {
                let (word, word_zh) = if met {
                    ("meets", "达到")
                } else {
                    ("misses", "未达到")
                };
                problems.push((
                    format!(
                        "has a status its result contradicts: {} {word} the target {} {}",
                        r.value,
                        dir.symbol(),
                        target
                    ),
                    format!(
                        "的状态与结果矛盾：结果{}{word_zh}目标{}{}",
                        r.value,
                        dir.symbol(),
                        target
                    ),
                ));
            }
        }
        for (en, zh) in problems {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &o.title),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 5.3

fn check_change_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.planning.changes.iter().enumerate() {
        let approved = c
            .approval
            .as_ref()
            .and_then(|a| a.date)
            .is_some_and(|d| d <= ctx.as_of);
        let implemented = done(c.implemented_on, ctx.as_of).is_some();
        if !approved && !implemented {
            continue; // still being drafted
        }
        let path = format!("/planning/changes/{i}");
        let mut missing: Vec<(&'static str, &str, &str)> = Vec::new();
        if blank(&c.purpose) || c.consequences.iter().all(|x| x.trim().is_empty()) {
            missing.push((
                "5.3.a",
                "its purpose and potential consequences",
                "变更目的及其潜在后果",
            ));
        }
        if blank(&c.integrity_measures) {
            missing.push((
                "5.3.b",
                "how the integrity of the system is kept",
                "如何保持体系的完整性",
            ));
        }
        if c.resources.iter().all(|x| x.trim().is_empty()) {
            missing.push(("5.3.c", "the resources it needs", "所需资源的可获得性"));
        }
        if c.responsibilities.is_empty() {
            missing.push((
                "5.3.d",
                "the responsibilities and authorities assigned",
                "职责和权限的分配",
            ));
        }
        for (item, en, zh) in missing {
            em.legacy_emit_at(
                item,
                &path,
                &[p("subject", &c.title), p("what", en), p("what_zh", zh)],
            );
        }
    }
}

fn check_change_planned_first(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.planning.changes.iter().enumerate() {
        let Some(implemented) = done(c.implemented_on, ctx.as_of) else {
            continue;
        };
        let planned = c
            .approval
            .as_ref()
            .is_some_and(|a| a.by.is_some() && a.date.is_some_and(|d| d <= implemented));
        if !planned {
            em.legacy_emit(
                format!("/planning/changes/{i}"),
                &[p("subject", &c.title), p("implemented", implemented)],
            );
        }
    }
}
