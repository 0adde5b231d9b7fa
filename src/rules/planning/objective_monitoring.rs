//! 5.2.1 — 目标的设定 (follow-up, e)–g)): each active objective is monitored (e),
//! communicated (f) and updated as appropriate (g): reviewed at a declared interval and not
//! left active once its target date has passed.
//!
//! A record dated after the evaluation date (a briefing) counts as not having happened yet.

use crate::model::EcmsDocument;
use crate::rules::leadership::shared::communicated;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::objectives;

/// 5.2.1 e): each active objective has a KPI or a monitoring method, and an interval.
pub static MONITORED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.e-objective-monitored",
        clause: "5.2.1.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Objectives monitored", "目标予以监视"),
        reasons: &[NO_METHOD, NO_MONITORING_INTERVAL],
        covers: &[],
    },
    check: check_monitored,
    obligations: None,
};

const NO_METHOD: Reason = Reason::new(
    "no-method",
    "Objective '{subject}' has no KPI or monitoring method.",
    "目标“{subject}”没有关键绩效指标或监视方法。",
);
const NO_MONITORING_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Objective '{subject}' has no monitoring interval.",
    "目标“{subject}”没有监视周期。",
);

fn check_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active_on(ctx.as_of)) {
        if o.monitoring.kpi.is_none() && blank(&o.monitoring.method) {
            em.emit(&NO_METHOD, &path, &[p("subject", &o.title)]);
        }
        if o.monitoring.schedule.interval.is_none() {
            em.emit(&NO_MONITORING_INTERVAL, &path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.1 e): each active objective is monitored at its interval (never monitored: counted
/// from its approval).
pub static MONITORING_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.e-objective-monitoring-overdue",
        clause: "5.2.1.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Objectives monitored on time", "目标按期监视"),
        reasons: &[MONITORING_LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &MONITORING_LATE),
    obligations: Some(monitoring_duties),
};

const MONITORING_LATE: Reason = Reason::new(
    "overdue",
    "Monitoring of objective '{subject}' was due on {due} (interval {interval}, last {last}).",
    "目标“{subject}”应于{due}监视（周期{interval}，上次{last}）。",
);

fn monitoring_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, o) in doc.planning.objectives.iter().enumerate() {
        if !o.is_active() {
            continue;
        }
        out.push(Duty {
            path: format!("/planning/objectives/{i}"),
            subject: o.title.clone(),
            activity: t("objective monitoring", "目标监视"),
            interval: o.monitoring.schedule.interval,
            last_done: o.monitoring.schedule.last_done,
            anchor: o.approval.as_ref().and_then(|a| a.date),
            evidence: Evidence::Schedule(o.monitoring.schedule.record),
        });
    }
}

/// 5.2.1 f): each active objective has been communicated to someone.
pub static COMMUNICATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.f-objective-communicated",
        clause: "5.2.1.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Objectives communicated", "目标予以沟通"),
        reasons: &[NOT_COMMUNICATED],
        covers: &[],
    },
    check: check_communicated,
    obligations: None,
};

const NOT_COMMUNICATED: Reason = Reason::new(
    "not-communicated",
    "Objective '{subject}' has no record of being communicated.",
    "目标“{subject}”没有沟通记录。",
);

fn check_communicated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active_on(ctx.as_of)) {
        if !communicated(ctx, &o.communications) {
            em.emit(&NOT_COMMUNICATED, path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.1 g): each active objective declares the interval at which it is reviewed and updated.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.g-objective-review-interval",
        clause: "5.2.1.g",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Objectives have a review interval", "目标规定更新评审周期"),
        reasons: &[NO_REVIEW_INTERVAL],
        covers: &[],
    },
    check: check_review_interval,
    obligations: None,
};

const NO_REVIEW_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Objective '{subject}' declares no interval at which it is reviewed and updated.",
    "目标“{subject}”未规定评审和更新的周期。",
);

fn check_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active_on(ctx.as_of)) {
        if o.review.interval.is_none() {
            em.emit(&NO_REVIEW_INTERVAL, path, &[p("subject", &o.title)]);
        }
    }
}

/// 5.2.1 g): each active objective is reviewed at its interval (never reviewed: counted
/// from its approval).
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.g-objective-review-overdue",
        clause: "5.2.1.g",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Objectives reviewed on time", "目标按期评审更新"),
        reasons: &[REVIEW_LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &REVIEW_LATE),
    obligations: Some(review_duties),
};

const REVIEW_LATE: Reason = Reason::new(
    "overdue",
    "The review of objective '{subject}' was due on {due} (interval {interval}, last {last}).",
    "目标“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, o) in doc.planning.objectives.iter().enumerate() {
        if !o.is_active() {
            continue;
        }
        out.push(Duty {
            path: format!("/planning/objectives/{i}"),
            subject: o.title.clone(),
            activity: t("objective review", "目标评审"),
            interval: o.review.interval,
            last_done: o.review.last_done,
            anchor: o.approval.as_ref().and_then(|a| a.date),
            evidence: Evidence::Schedule(o.review.record),
        });
    }
}

/// 5.2.1 g): an active objective whose target date has passed is closed or given a new
/// target.
pub static TARGET_LAPSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.2.1.g-objective-target-lapsed",
        clause: "5.2.1.g",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Objectives updated when their date passes",
            "目标到期后予以更新",
        ),
        reasons: &[LAPSED],
        covers: &[],
    },
    check: check_target_lapsed,
    obligations: None,
};

const LAPSED: Reason = Reason::new(
    "lapsed",
    "Objective '{subject}' is still active although its target date {due} has passed; close it with its result or set a new target.",
    "目标“{subject}”的目标日期{due}已过仍处于进行中，应记录结果关闭或设定新指标。",
);

fn check_target_lapsed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in objectives(ctx).filter(|(_, o)| o.is_active_on(ctx.as_of)) {
        if let Some(due) = o.target.due
            && due < ctx.as_of
        {
            em.emit(&LAPSED, path, &[p("subject", &o.title), p("due", due)]);
        }
    }
}
