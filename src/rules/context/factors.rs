//! 3.1 — 理解组织及其环境: the organization monitors, analyses and evaluates the internal
//! and external factors of 3.1 a)–d) and reviews the information about them.

use crate::model::EcmsDocument;
use crate::model::context::FactorCategory;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 3.1 a)–d): at least one factor of each of the four categories is recorded.
pub static CATEGORIES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1-factor-categories",
        clause: "3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Context factors cover 3.1 a)–d)", "内外部因素覆盖3.1 a)–d)"),
        reasons: &[CATEGORY_MISSING],
        covers: &["3.1.a", "3.1.b", "3.1.c", "3.1.d"],
    },
    check: check_categories,
    obligations: None,
};

const CATEGORY_MISSING: Reason = Reason::new(
    "category-missing",
    "No context factor of category '{category}' is recorded.",
    "未记录类别为“{category}”的内外部因素。",
);

fn check_categories(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let factors = &ctx.doc.context.factors;
    // An empty list is not serialized: point at its parent then.
    let at = if factors.is_empty() {
        "/context"
    } else {
        "/context/factors"
    };
    for (cat, item) in FactorCategory::ALL {
        if !factors.iter().any(|f| f.category == Some(cat)) {
            em.emit_at(
                item,
                &CATEGORY_MISSING,
                at,
                &[p_item("category", cat.as_str(), item)],
            );
        }
    }
}

/// 3.1: each factor carries the analysis and evaluation made of it.
pub static EVALUATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1-factor-evaluated",
        clause: "3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Context factors analysed and evaluated",
            "内外部因素经分析评价",
        ),
        reasons: &[NOT_EVALUATED],
        covers: &[],
    },
    check: check_evaluated,
    obligations: None,
};

const NOT_EVALUATED: Reason = Reason::new(
    "not-evaluated",
    "Context factor '{subject}' has no recorded analysis or evaluation.",
    "内外部因素“{subject}”没有分析评价记录。",
);

fn check_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, f) in ctx.doc.context.factors.iter().enumerate() {
        if blank(&f.evaluation) {
            em.emit(
                &NOT_EVALUATED,
                format!("/context/factors/{i}"),
                &[p("subject", &f.description)],
            );
        }
    }
}

/// 3.1: the information about each factor is reviewed, so each declares how often.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1-factor-review-interval",
        clause: "3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Context factors have a review interval",
            "内外部因素规定评审周期",
        ),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Context factor '{subject}' declares no review interval, so its monitoring and review cannot be planned.",
    "内外部因素“{subject}”未规定评审周期，无法策划其监视和评审。",
);

fn check_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, f) in ctx.doc.context.factors.iter().enumerate() {
        if f.review.interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("/context/factors/{i}"),
                &[p("subject", &f.description)],
            );
        }
    }
}

/// 3.1: each factor is reviewed at the interval it declares.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1-factor-review-overdue",
        clause: "3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Context factors reviewed on time", "内外部因素按期评审"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(review_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of context factor '{subject}' was due on {due} (interval {interval}, last {last}).",
    "内外部因素“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, f) in doc.context.factors.iter().enumerate() {
        out.push(Duty {
            path: format!("/context/factors/{i}"),
            subject: f.description.clone(),
            activity: t("context factor review", "内外部因素评审"),
            interval: f.review.interval,
            last_done: f.review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(f.review.record),
        });
    }
}
