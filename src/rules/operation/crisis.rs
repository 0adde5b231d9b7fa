//! 7.2.5 — 危机管理: the organization sets up a system for preventing and handling crises: a
//! documented plan; scenarios identified and analysed (a), each with handling measures and a
//! role to lead the response (b), monitoring (c) and early-warning triggers (d); the plan is
//! exercised, and exercises and the crisis process are evaluated (e).

use super::shared::emit_not_current;
use crate::common::is_default;
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::emit_missing_intervals;

const CR: &str = "/operation/crisis";

/// 7.2.5, 7.2.5 a): a documented crisis plan and at least one analysed scenario exist.
pub static PLAN: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.5-crisis-plan",
        clause: "7.2.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Crisis prevention and handling system",
            "建立危机防范处理体系",
        ),
        reasons: &[NO_PLAN, NO_SCENARIOS, DOCUMENT_NOT_CURRENT],
        covers: &["7.2.5.a"],
    },
    check: check_plan,
    obligations: None,
};

const NO_PLAN: Reason = Reason::new(
    "no-plan",
    "No documented crisis plan is recorded.",
    "未记录成文的危机管理预案。",
);
const NO_SCENARIOS: Reason = Reason::new(
    "no-scenarios",
    "No crisis scenario is identified and analysed.",
    "未识别和分析任何危机情景。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The crisis plan is held in document '{document}', which is not the version in force ({status}).",
    "危机管理预案所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let c = &ctx.doc.operation.crisis;
    if c.plan.is_none() {
        em.emit(&NO_PLAN, CR, &[]);
    }
    if c.scenarios.is_empty() {
        em.emit_at("7.2.5.a", &NO_SCENARIOS, CR, &[]);
    }
    if let Some(id) = c.plan {
        emit_not_current(ctx, em, &DOCUMENT_NOT_CURRENT, CR, id, &[]);
    }
}

/// 7.2.5 a)–d): each scenario has its analysis, measures, lead role, monitoring and
/// early-warning triggers.
pub static SCENARIO_COMPLETE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.5-scenario-complete",
        clause: "7.2.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Crisis scenarios cover a)–d)", "危机情景覆盖a)–d)"),
        reasons: &[
            NO_ANALYSIS,
            NO_MEASURES,
            NO_OWNER,
            NO_MONITORING,
            NO_WARNING_TRIGGERS,
        ],
        covers: &["7.2.5.a", "7.2.5.b", "7.2.5.c", "7.2.5.d"],
    },
    check: check_scenario_complete,
    obligations: None,
};

const NO_ANALYSIS: Reason = Reason::new(
    "no-analysis",
    "Crisis scenario '{subject}' has no analysis.",
    "危机情景“{subject}”没有危机分析。",
);
const NO_MEASURES: Reason = Reason::new(
    "no-measures",
    "Crisis scenario '{subject}' has no handling measures.",
    "危机情景“{subject}”没有处理措施。",
);
const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Crisis scenario '{subject}' has no role leading the response.",
    "危机情景“{subject}”没有负责处理的岗位。",
);
const NO_MONITORING: Reason = Reason::new(
    "no-monitoring",
    "Crisis scenario '{subject}' has no monitoring.",
    "危机情景“{subject}”没有监测机制。",
);
const NO_WARNING_TRIGGERS: Reason = Reason::new(
    "no-warning-triggers",
    "Crisis scenario '{subject}' has no early-warning triggers.",
    "危机情景“{subject}”没有预警机制。",
);

fn check_scenario_complete(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.operation.crisis.scenarios.iter().enumerate() {
        let path = format!("{CR}/scenarios/{i}");
        let items: [(&'static str, bool, &'static Reason); 5] = [
            ("7.2.5.a", blank(&s.analysis), &NO_ANALYSIS),
            ("7.2.5.b", all_blank(&s.measures), &NO_MEASURES),
            ("7.2.5.b", s.owner.is_none(), &NO_OWNER),
            ("7.2.5.c", all_blank(&s.monitoring), &NO_MONITORING),
            (
                "7.2.5.d",
                all_blank(&s.warning_triggers),
                &NO_WARNING_TRIGGERS,
            ),
        ];
        for (item, absent, reason) in items {
            if absent {
                em.emit_at(item, reason, &path, &[p("subject", &s.name)]);
            }
        }
    }
}

/// 7.2.5: the crisis plan is exercised at the interval declared.
pub static EXERCISE_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.5-exercise-overdue",
        clause: "7.2.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Crisis plan exercised on time", "危机预案按期演练"),
        reasons: &[EXERCISE_DUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &EXERCISE_DUE),
    obligations: Some(exercise_duties),
};

const EXERCISE_DUE: Reason = Reason::new(
    "overdue",
    "An exercise of the crisis plan was due on {due} (interval {interval}, last {last}).",
    "危机预案演练应于{due}进行（周期{interval}，上次{last}）。",
);

fn exercise_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let cr = &doc.operation.crisis;
    if !is_default(cr) {
        out.push(Duty {
            path: CR.into(),
            subject: "Crisis plan".into(),
            activity: t("crisis plan exercise", "危机预案演练"),
            interval: cr.exercise_interval,
            last_done: out.latest(cr.exercises.iter().map(|e| e.date)),
            anchor: None,
            evidence: Evidence::Records,
        });
    }
}

/// 7.2.5 e): each exercise is dated no later than the evaluation date and evaluated.
pub static EXERCISE_EVALUATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.5.e-exercise-evaluated",
        clause: "7.2.5.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Crisis exercises evaluated", "危机演练经评估"),
        reasons: &[DATED_AFTER_AS_OF, NOT_EVALUATED],
        covers: &[],
    },
    check: check_exercise_evaluated,
    obligations: None,
};

const DATED_AFTER_AS_OF: Reason = Reason::new(
    "dated-after-as-of",
    "The crisis exercise of {date} is dated after the evaluation date.",
    "{date}的危机演练日期晚于评价日期。",
);
const NOT_EVALUATED: Reason = Reason::new(
    "not-evaluated",
    "The crisis exercise of {date} has no evaluation.",
    "{date}的危机演练没有评估结论。",
);

fn check_exercise_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.crisis.exercises.iter().enumerate() {
        let path = format!("{CR}/exercises/{i}");
        if x.date > ctx.as_of {
            em.emit(&DATED_AFTER_AS_OF, path, &[p("date", x.date)]);
        } else if blank(&x.evaluation) {
            em.emit(&NOT_EVALUATED, path, &[p("date", x.date)]);
        }
    }
}

/// 7.2.5 e): the crisis management process is evaluated at the interval declared.
pub static EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.5.e-evaluation-overdue",
        clause: "7.2.5.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Crisis management evaluated on time",
            "危机管理过程按期评估",
        ),
        reasons: &[EVALUATION_DUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &EVALUATION_DUE),
    obligations: Some(evaluation_duties),
};

const EVALUATION_DUE: Reason = Reason::new(
    "overdue",
    "The evaluation of the crisis management process was due on {due} (interval {interval}, last {last}).",
    "危机管理过程评估应于{due}进行（周期{interval}，上次{last}）。",
);

fn evaluation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let cr = &doc.operation.crisis;
    if !is_default(cr) {
        out.push(Duty {
            path: CR.into(),
            subject: "Crisis management".into(),
            activity: t("crisis management evaluation", "危机管理过程评估"),
            interval: cr.evaluation.interval,
            last_done: cr.evaluation.last_done,
            anchor: None,
            evidence: Evidence::Schedule(cr.evaluation.record),
        });
    }
}

/// 7.2.5, 7.2.5 e): exercises and evaluations declare their intervals, so they can be
/// planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.5-review-intervals",
        clause: "7.2.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Crisis exercises and evaluations scheduled",
            "危机演练和评估规定周期",
        ),
        reasons: &[NO_EXERCISE_INTERVAL, NO_EVALUATION_INTERVAL],
        covers: &["7.2.5.e"],
    },
    check: |ctx, em| {
        emit_missing_intervals(
            ctx,
            em,
            &[
                (&EXERCISE_OVERDUE, &NO_EXERCISE_INTERVAL),
                (&EVALUATION_OVERDUE, &NO_EVALUATION_INTERVAL),
            ],
        )
    },
    obligations: None,
};

const NO_EXERCISE_INTERVAL: Reason = Reason::new(
    "no-exercise-interval",
    "'{subject}' declares no interval for its crisis plan exercise, so it cannot be planned.",
    "“{subject}”未规定危机预案演练周期，无法策划。",
);
const NO_EVALUATION_INTERVAL: Reason = Reason::new(
    "no-evaluation-interval",
    "'{subject}' declares no interval for its crisis management evaluation, so it cannot be planned.",
    "“{subject}”未规定危机管理过程评估周期，无法策划。",
);
