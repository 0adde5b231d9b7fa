//! 6.1.4 — 自然资源 (natural resources): the organization understands how and how much the
//! natural resources it uses affect its e-commerce, assures their short- and long-term supply,
//! keeps their environmental impact low and reviews them.

use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::*;

/// 6.1.4: natural resources and their impact understood.
pub static DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.4-natural-resources",
        clause: "6.1.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Natural resources and their impact understood",
            "了解自然资源的影响",
        ),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_natural_resources,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No natural resource (packaging, energy, raw material…) is recorded.",
    "未记录任何自然资源（包装、能源、原材料等）。",
);

fn check_natural_resources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).natural_resources.is_empty() {
        em.emit(&NONE, "/support", &[]);
    }
}

/// 6.1.4: how and how much a resource affects e-commerce.
pub static IMPACT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.4-impact-understood",
        clause: "6.1.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "How and how much a resource affects e-commerce",
            "了解影响方式和程度",
        ),
        reasons: &[NO_DESCRIPTION, NO_LEVEL],
        covers: &[],
    },
    check: check_natural_impact,
    obligations: None,
};

const NO_DESCRIPTION: Reason = Reason::new(
    "no-description",
    "Natural resource '{subject}' has no description of how it affects e-commerce.",
    "自然资源“{subject}”没有对电子商务影响方式的说明。",
);

const NO_LEVEL: Reason = Reason::new(
    "no-level",
    "Natural resource '{subject}' has no rated degree of impact.",
    "自然资源“{subject}”没有影响程度评级。",
);

fn check_natural_impact(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        let path = format!("/support/naturalResources/{i}");
        if blank(&r.impact_on_business) {
            em.emit(&NO_DESCRIPTION, &path, &[p("subject", &r.name)]);
        }
        if r.impact_level.is_none() {
            em.emit(&NO_LEVEL, &path, &[p("subject", &r.name)]);
        }
    }
}

/// 6.1.4: short- and long-term supply assured.
pub static SUPPLY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.4-supply-assured",
        clause: "6.1.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Short- and long-term supply assured", "保证短期和长期供应"),
        reasons: &[NO_SHORT_TERM, NO_LONG_TERM],
        covers: &[],
    },
    check: check_natural_supply,
    obligations: None,
};

const NO_SHORT_TERM: Reason = Reason::new(
    "no-short-term",
    "Natural resource '{subject}' records no short-term supply arrangement.",
    "自然资源“{subject}”没有短期供应安排。",
);

const NO_LONG_TERM: Reason = Reason::new(
    "no-long-term",
    "Natural resource '{subject}' records no long-term supply arrangement.",
    "自然资源“{subject}”没有长期供应安排。",
);

fn check_natural_supply(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        let path = format!("/support/naturalResources/{i}");
        for (v, reason) in [
            (&r.short_term_supply, &NO_SHORT_TERM),
            (&r.long_term_supply, &NO_LONG_TERM),
        ] {
            if blank(v) {
                em.emit(reason, &path, &[p("subject", &r.name)]);
            }
        }
    }
}

/// 6.1.4: environmental impact minimized.
pub static ENVIRONMENTAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.4-environmental-impact",
        clause: "6.1.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Environmental impact minimized", "使环境影响最小"),
        reasons: &[NO_MEASURES],
        covers: &[],
    },
    check: check_natural_measures,
    obligations: None,
};

const NO_MEASURES: Reason = Reason::new(
    "no-measures",
    "Natural resource '{subject}' records no measure to keep its environmental impact low.",
    "自然资源“{subject}”没有降低环境影响的措施。",
);

fn check_natural_measures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        if all_blank(&r.environmental_measures) {
            em.emit(
                &NO_MEASURES,
                format!("/support/naturalResources/{i}"),
                &[p("subject", &r.name)],
            );
        }
    }
}

/// 6.1.4: natural resources have a review interval.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.4-review-interval",
        clause: "6.1.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Natural resources have a review interval",
            "自然资源规定评审周期",
        ),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_natural_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Natural resource '{subject}' declares no review interval.",
    "自然资源“{subject}”未规定评审周期。",
);

fn check_natural_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        if r.review.interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("/support/naturalResources/{i}"),
                &[p("subject", &r.name)],
            );
        }
    }
}

/// 6.1.4: natural resources reviewed on time.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.4-review-overdue",
        clause: "6.1.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Natural resources reviewed on time", "自然资源按期评审"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_review_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of natural resource '{subject}' was due on {due} (interval {interval}, last {last}).",
    "自然资源“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn duties_review_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, r) in doc.support.natural_resources.iter().enumerate() {
        out.push(Duty {
            path: format!("/support/naturalResources/{i}"),
            subject: r.name.clone(),
            activity: t("natural resource review", "自然资源评审"),
            interval: r.review.interval,
            last_done: r.review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(r.review.record),
        });
    }
}
