//! 5.2.1 — 目标的设定 (setting, a)–d)): the organization sets e-commerce objectives for the
//! relevant functions and processes and keeps them as documented information; they are
//! consistent with the strategy (a), measurable (b), take account of applicable
//! requirements (c) and are relevant to conformity and customer satisfaction (d).

use crate::rules::prelude::*;

use super::shared::objectives;

/// 5.2.1: at least one objective is recorded.
pub static OBJECTIVES_SET: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1-objectives-set",
        clause: "5.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Objectives set", "设定目标"),
        reasons: &[NO_OBJECTIVES],
        covers: &[],
    },
    check: check_objectives_set,
    obligations: None,
};

const NO_OBJECTIVES: Reason = Reason::new(
    "no-objectives",
    "No e-commerce objective is recorded.",
    "未记录任何电子商务目标。",
);

fn check_objectives_set(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.planning.objectives.is_empty() {
        em.emit(&NO_OBJECTIVES, "/planning", &[]);
    }
}

/// 5.2.1: each objective names the function or process it is set for and the documented
/// information that holds it.
pub static DOCUMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1-objective-documented",
        clause: "5.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Objectives set for functions, documented",
            "目标针对职能设定并保留成文信息",
        ),
        reasons: &[NO_FUNCTION, NOT_DOCUMENTED, DOCUMENT_UNAVAILABLE],
        covers: &[],
    },
    check: check_documented,
    obligations: None,
};

const NO_FUNCTION: Reason = Reason::new(
    "no-function",
    "Objective '{subject}' has no function (owner role) or process it is set for.",
    "目标“{subject}”没有所针对的职能（负责岗位）或过程。",
);
const NOT_DOCUMENTED: Reason = Reason::new(
    "not-documented",
    "Objective '{subject}' has no documented information that holds it.",
    "目标“{subject}”没有记录它的成文信息。",
);

const DOCUMENT_UNAVAILABLE: Reason = Reason::new(
    "document-unavailable",
    "Objective '{subject}' is in force on {as_of}, but its documented information is neither a retained record nor an effective document available that day.",
    "目标“{subject}”在{as_of}有效，但其成文信息在当日既不是保留的记录，也不是现行有效的文件。",
);

fn check_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.owner.is_none() && o.processes.is_empty() {
            em.emit(&NO_FUNCTION, &path, &[p("subject", &o.title)]);
        }
        match o.document {
            None => em.emit(&NOT_DOCUMENTED, &path, &[p("subject", &o.title)]),
            Some(d) if o.is_active_on(ctx.as_of) && !document_available(ctx.doc, d, ctx.as_of) => {
                em.emit(
                    &DOCUMENT_UNAVAILABLE,
                    &path,
                    &[p("subject", &o.title), p("as_of", ctx.as_of)],
                )
            }
            Some(_) => {}
        }
    }
}

/// 5.2.1 a): each objective is linked to an e-commerce strategy.
pub static STRATEGY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.a-objective-strategy",
        clause: "5.2.1.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Objectives consistent with strategy", "目标与战略一致"),
        reasons: &[NO_STRATEGY],
        covers: &[],
    },
    check: check_strategy,
    obligations: None,
};

const NO_STRATEGY: Reason = Reason::new(
    "no-strategy",
    "Objective '{subject}' is not linked to any e-commerce strategy.",
    "目标“{subject}”未关联任何电子商务战略。",
);

fn check_strategy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.strategies.is_empty() {
            em.emit(&NO_STRATEGY, path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.1 b): each objective's target has a metric, unit, value, direction and due date.
pub static MEASURABLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.b-objective-measurable",
        clause: "5.2.1.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Objectives measurable", "目标可测量"),
        reasons: &[NO_METRIC, NO_UNIT, NO_VALUE, NO_DIRECTION, NO_DUE],
        covers: &[],
    },
    check: check_measurable,
    obligations: None,
};

const NO_METRIC: Reason = Reason::new(
    "no-metric",
    "Objective '{subject}' has no metric in its target.",
    "目标“{subject}”的指标缺少测量项。",
);
const NO_UNIT: Reason = Reason::new(
    "no-unit",
    "Objective '{subject}' has no unit in its target.",
    "目标“{subject}”的指标缺少单位。",
);
const NO_VALUE: Reason = Reason::new(
    "no-value",
    "Objective '{subject}' has no target value in its target.",
    "目标“{subject}”的指标缺少目标值。",
);
const NO_DIRECTION: Reason = Reason::new(
    "no-direction",
    "Objective '{subject}' has no direction (at least / at most) in its target.",
    "目标“{subject}”的指标缺少比较方向（不低于/不高于）。",
);
const NO_DUE: Reason = Reason::new(
    "no-due",
    "Objective '{subject}' has no due date in its target.",
    "目标“{subject}”的指标缺少完成日期。",
);

fn check_measurable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        let tg = &o.target;
        let mut missing: Vec<&'static Reason> = Vec::new();
        if blank(&tg.metric) {
            missing.push(&NO_METRIC);
        }
        if blank(&tg.unit) {
            missing.push(&NO_UNIT);
        }
        if tg.value.is_none() {
            missing.push(&NO_VALUE);
        }
        if tg.direction.is_none() {
            missing.push(&NO_DIRECTION);
        }
        if tg.due.is_none() {
            missing.push(&NO_DUE);
        }
        for reason in missing {
            em.emit(reason, &path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.1 c): each objective records the applicable requirements, entries of the register of
/// compliance obligations or interested parties it takes into account.
pub static REQUIREMENTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.c-objective-requirements",
        clause: "5.2.1.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Objectives consider applicable requirements",
            "目标考虑适用的要求",
        ),
        reasons: &[NONE_CONSIDERED],
        covers: &[],
    },
    check: check_requirements,
    obligations: None,
};

const NONE_CONSIDERED: Reason = Reason::new(
    "none-considered",
    "Objective '{subject}' records no applicable requirement, compliance obligation or interested party considered.",
    "目标“{subject}”未记录所考虑的适用要求、合规义务或相关方。",
);

fn check_requirements(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if all_blank(&o.requirements_considered) && o.parties.is_empty() && o.obligations.is_empty()
        {
            em.emit(&NONE_CONSIDERED, path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.1 d): each objective records whether it serves conformity or customer satisfaction,
/// and how.
pub static RELEVANCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.d-objective-relevance",
        clause: "5.2.1.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Objectives relevant to conformity and satisfaction",
            "目标与合格及顾客满意相关",
        ),
        reasons: &[NO_RELEVANCE, NO_CONTRIBUTION],
        covers: &[],
    },
    check: check_relevance,
    obligations: None,
};

const NO_RELEVANCE: Reason = Reason::new(
    "no-relevance",
    "Objective '{subject}' does not record whether it serves product or service conformity or customer satisfaction.",
    "目标“{subject}”未记录其服务于产品或服务合格还是顾客满意。",
);
const NO_CONTRIBUTION: Reason = Reason::new(
    "no-contribution",
    "Objective '{subject}' does not record how it contributes to conformity or customer satisfaction.",
    "目标“{subject}”未记录其如何促进合格或顾客满意。",
);

fn check_relevance(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx) {
        if o.relevance.is_empty() {
            em.emit(&NO_RELEVANCE, &path, &[p("subject", &o.title)]);
        } else if blank(&o.relevance_note) {
            em.emit(&NO_CONTRIBUTION, &path, &[p("subject", &o.title)]);
        }
    }
}
