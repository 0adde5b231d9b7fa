//! 8.3.1 — 总则 (management review): top management reviews the management system at
//! planned intervals (at least yearly, by our policy) and concludes on its continuing
//! suitability, adequacy and effectiveness and its alignment with the strategic direction.

use super::{held_reviews, missing, not_employed};
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 8.3.1: a review plan declares the interval between management reviews.
pub static INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.1-review-interval",
        clause: "8.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Management review interval planned", "策划管理评审时间间隔"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "No planned interval for management reviews is declared.",
    "未规定管理评审的策划时间间隔。",
);

fn check_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &ctx.doc.performance.review_plan {
        None => em.emit(&NO_INTERVAL, "/performance", &[]),
        Some(plan) if plan.interval.is_none() => {
            em.emit(&NO_INTERVAL, "/performance/reviewPlan", &[])
        }
        Some(_) => {}
    }
}

/// 8.3.1 (the organization's parameter): the management review interval is no longer than
/// the organization's limit `reviewIntervalLimit`. The standard asks only for planned
/// intervals, so by default there is no limit and the rule is quiet.
pub static INTERVAL_YEARLY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.1-review-interval-yearly",
        clause: "8.3.1",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Management reviews within the organization's longest interval",
            "管理评审间隔不超过组织规定",
        ),
        reasons: &[LONGER_THAN_YEARLY, LONGER_THAN_EMBEDDER_LIMIT],
        covers: &[],
    },
    check: check_interval_yearly,
    obligations: None,
};

const LONGER_THAN_YEARLY: Reason = Reason::new(
    "longer-than-yearly",
    "The management review interval of {interval} is longer than the organization's limit of {limit}.",
    "管理评审时间间隔{interval}长于组织规定的最长间隔{limit}。",
);
const LONGER_THAN_EMBEDDER_LIMIT: Reason = Reason::new(
    "longer-than-default-limit",
    "The management review interval of {interval} is longer than the default limit of {limit}.",
    "管理评审时间间隔{interval}长于默认最长间隔{limit}。",
);

fn check_interval_yearly(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let setting = ctx.params.review_interval_limit;
    let Some(limit) = setting.value else {
        return;
    };
    let reason = if setting.is_organizations() {
        &LONGER_THAN_YEARLY
    } else {
        &LONGER_THAN_EMBEDDER_LIMIT
    };
    if let Some(iv) = ctx
        .doc
        .performance
        .review_plan
        .as_ref()
        .and_then(|p| p.interval)
        && !iv.at_most(&limit)
    {
        em.emit(
            reason,
            "/performance/reviewPlan/interval",
            &[p("interval", iv), p("limit", limit)],
        );
    }
}

/// 8.3.1: management reviews are held at the planned interval.
pub static OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.1-review-overdue",
        clause: "8.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Management reviews at planned intervals",
            "按策划的时间间隔进行管理评审",
        ),
        reasons: &[LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &LATE),
    obligations: Some(review_duties),
};

const LATE: Reason = Reason::new(
    "overdue",
    "The next management review was due on {due} (interval {interval}, last {last}).",
    "下一次管理评审应于{due}进行（间隔{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let perf = &doc.performance;
    if let Some(plan) = &perf.review_plan {
        out.push(Duty {
            path: "/performance/reviewPlan".to_owned(),
            subject: "management review".to_owned(),
            activity: t("management review", "管理评审"),
            interval: plan.interval,
            last_done: out.latest(
                perf.management_reviews
                    .iter()
                    .filter(|r| r.is_held())
                    .filter_map(|r| r.date),
            ),
            anchor: None,
            evidence: Evidence::Records,
        });
    }
}

/// 8.3.1: a member of top management, working for the organization on the review date,
/// chairs or attends each held review.
pub static TOP_MANAGEMENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.1-top-management",
        clause: "8.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Top management conducts the review",
            "最高管理者进行管理评审",
        ),
        reasons: &[NO_TOP_MANAGEMENT],
        covers: &[],
    },
    check: check_top_management,
    obligations: None,
};

const NO_TOP_MANAGEMENT: Reason = Reason::new(
    "no-top-management",
    "Management review '{subject}' was neither chaired nor attended by a member of top management in office on its date.",
    "管理评审“{subject}”无当日在任的最高管理者主持或参加。",
);

fn check_top_management(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let top = &ctx.doc.organization.top_management;
    for (path, r) in held_reviews(ctx) {
        // On the review date: who had left (or not yet joined) did not conduct it.
        let on = r.date.unwrap_or(ctx.as_of);
        let present = r
            .chair
            .iter()
            .chain(r.attendees.iter())
            .any(|x| top.contains(x) && !not_employed(ctx, *x, on));
        if !present {
            em.emit(&NO_TOP_MANAGEMENT, path, &[p("subject", &r.title)]);
        }
    }
}

/// 8.3.1: each held review concludes on suitability, adequacy, effectiveness and alignment
/// with the strategic direction.
pub static CONCLUSIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.1-review-conclusions",
        clause: "8.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Review concludes on suitability, adequacy, effectiveness, alignment",
            "评审结论涵盖适宜性、充分性、有效性和战略一致性",
        ),
        reasons: &[
            NO_SUITABILITY,
            NO_ADEQUACY,
            NO_EFFECTIVENESS,
            NO_STRATEGIC_ALIGNMENT,
        ],
        covers: &[],
    },
    check: check_conclusions,
    obligations: None,
};

const NO_SUITABILITY: Reason = Reason::new(
    "no-suitability",
    "Management review '{subject}' records no conclusion on the system's suitability.",
    "管理评审“{subject}”未记录关于体系适宜性的结论。",
);
const NO_ADEQUACY: Reason = Reason::new(
    "no-adequacy",
    "Management review '{subject}' records no conclusion on the system's adequacy.",
    "管理评审“{subject}”未记录关于体系充分性的结论。",
);
const NO_EFFECTIVENESS: Reason = Reason::new(
    "no-effectiveness",
    "Management review '{subject}' records no conclusion on the system's effectiveness.",
    "管理评审“{subject}”未记录关于体系有效性的结论。",
);
const NO_STRATEGIC_ALIGNMENT: Reason = Reason::new(
    "no-strategic-alignment",
    "Management review '{subject}' records no conclusion on the system's alignment with the strategic direction.",
    "管理评审“{subject}”未记录关于体系与战略方向的一致性的结论。",
);

fn check_conclusions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        let c = &r.conclusions;
        missing(
            em,
            &path,
            &[p("subject", &r.title)],
            &[
                (blank(&c.suitability), &NO_SUITABILITY),
                (blank(&c.adequacy), &NO_ADEQUACY),
                (blank(&c.effectiveness), &NO_EFFECTIVENESS),
                (blank(&c.strategic_alignment), &NO_STRATEGIC_ALIGNMENT),
            ],
        );
    }
}
