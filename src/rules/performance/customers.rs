//! 8.1.3 — 顾客满意和信用评价 (customer satisfaction and credit rating): the organization
//! monitors how satisfied customers are and how they rate its credit, determining for each how
//! the information is obtained, how often and how the results are reviewed, and obtains the
//! results at that frequency.

use super::missing;
use crate::model::EcmsDocument;
use crate::model::performance::CustomerAspect;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// Where a finding about customer monitoring as a whole points: the list, or its parent when
/// empty.
fn customer_path(ctx: &Ctx<'_>) -> &'static str {
    if ctx.doc.performance.customer_monitoring.is_empty() {
        "/performance"
    } else {
        "/performance/customerMonitoring"
    }
}

/// Whether some customer monitoring watches an aspect.
fn monitors(ctx: &Ctx<'_>, aspect: CustomerAspect) -> bool {
    ctx.doc
        .performance
        .customer_monitoring
        .iter()
        .any(|c| c.aspect == Some(aspect))
}

/// 8.1.3: customer satisfaction is monitored: a monitoring of it is recorded and has
/// obtained at least one result on or before the as-of date.
pub static SATISFACTION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.3-satisfaction-monitored",
        clause: "8.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t("Customer satisfaction monitored", "监视顾客满意"),
        reasons: &[NO_SATISFACTION, NO_SATISFACTION_RESULT],
        covers: &[],
    },
    check: check_satisfaction,
    obligations: None,
};

const NO_SATISFACTION: Reason = Reason::new(
    "not-monitored",
    "No method of monitoring customer satisfaction is recorded.",
    "未记录任何顾客满意监视方法。",
);

const NO_SATISFACTION_RESULT: Reason = Reason::new(
    "no-result",
    "Customer satisfaction is not yet monitored: no monitoring of it has obtained a result on or before {as_of}.",
    "顾客满意尚未得到监视：截至{as_of}，相关监视未获得任何结果。",
);

fn check_satisfaction(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    check_aspect(
        ctx,
        em,
        CustomerAspect::Satisfaction,
        &NO_SATISFACTION,
        &NO_SATISFACTION_RESULT,
    );
}

/// Reports `none` when no customer monitoring watches `aspect`, and `no_result` when none of
/// those that do has a result dated on or before the as-of date.
fn check_aspect(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    aspect: CustomerAspect,
    none: &'static Reason,
    no_result: &'static Reason,
) {
    if !monitors(ctx, aspect) {
        em.emit(none, customer_path(ctx), &[]);
        return;
    }
    let obtained = ctx
        .doc
        .performance
        .customer_monitoring
        .iter()
        .filter(|c| c.aspect == Some(aspect))
        .any(|c| c.results.iter().any(|r| r.date <= ctx.as_of));
    if !obtained {
        em.emit(no_result, customer_path(ctx), &[p("as_of", ctx.as_of)]);
    }
}

/// 8.1.3: the credit rating customers give the organization is monitored: a monitoring of
/// it is recorded and has obtained at least one result on or before the as-of date.
pub static CREDIT_RATING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.3-credit-rating-monitored",
        clause: "8.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t("Customer credit rating monitored", "监视顾客信用评价"),
        reasons: &[NO_CREDIT_RATING, NO_CREDIT_RATING_RESULT],
        covers: &[],
    },
    check: check_credit_rating,
    obligations: None,
};

const NO_CREDIT_RATING: Reason = Reason::new(
    "not-monitored",
    "No method of monitoring the credit rating customers give the organization is recorded.",
    "未记录任何监视顾客对组织信用评价的方法。",
);

const NO_CREDIT_RATING_RESULT: Reason = Reason::new(
    "no-result",
    "The credit rating customers give the organization is not yet monitored: no monitoring of it has obtained a result on or before {as_of}.",
    "顾客对组织的信用评价尚未得到监视：截至{as_of}，相关监视未获得任何结果。",
);

fn check_credit_rating(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    check_aspect(
        ctx,
        em,
        CustomerAspect::CreditRating,
        &NO_CREDIT_RATING,
        &NO_CREDIT_RATING_RESULT,
    );
}

/// 8.1.3: each customer monitoring records what it watches, how and from where the
/// information is obtained, how often, and how results are reviewed.
pub static METHOD_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.3-method-defined",
        clause: "8.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Customer monitoring methods determined",
            "确定顾客信息的获取和评审方法",
        ),
        reasons: &[NO_ASPECT, NO_METHOD, NO_FREQUENCY, NO_REVIEW],
        covers: &[],
    },
    check: check_method_defined,
    obligations: None,
};

const NO_ASPECT: Reason = Reason::new(
    "no-aspect",
    "Customer monitoring '{subject}' does not record its aspect (satisfaction or credit rating).",
    "顾客监视“{subject}”未记录监视内容（满意或信用评价）。",
);
const NO_METHOD: Reason = Reason::new(
    "no-method",
    "Customer monitoring '{subject}' does not record its method and source of the information.",
    "顾客监视“{subject}”未记录信息获取方法和来源。",
);
const NO_FREQUENCY: Reason = Reason::new(
    "no-frequency",
    "Customer monitoring '{subject}' does not record its monitoring frequency.",
    "顾客监视“{subject}”未记录监视频次。",
);
const NO_REVIEW: Reason = Reason::new(
    "no-review",
    "Customer monitoring '{subject}' does not record its way of reviewing results.",
    "顾客监视“{subject}”未记录结果评审方式。",
);

fn check_method_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.performance.customer_monitoring.iter().enumerate() {
        missing(
            em,
            &format!("/performance/customerMonitoring/{i}"),
            &[p("subject", &c.name)],
            &[
                (c.aspect.is_none(), &NO_ASPECT),
                (c.method.is_none() || blank(&c.source), &NO_METHOD),
                (c.frequency.is_none(), &NO_FREQUENCY),
                (blank(&c.review), &NO_REVIEW),
            ],
        );
    }
}

/// 8.1.3: each customer monitoring obtains its results at its frequency.
pub static RESULTS_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.3-results-overdue",
        clause: "8.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Customer monitoring results on time",
            "按期获取顾客监视结果",
        ),
        reasons: &[LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &LATE),
    obligations: Some(result_duties),
};

const LATE: Reason = Reason::new(
    "overdue",
    "The next result of customer monitoring '{subject}' was due on {due} (interval {interval}, last {last}).",
    "顾客监视“{subject}”的下一次结果应于{due}获取（周期{interval}，上次{last}）。",
);

fn result_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, c) in doc.performance.customer_monitoring.iter().enumerate() {
        out.push(Duty {
            path: format!("/performance/customerMonitoring/{i}"),
            subject: c.name.clone(),
            activity: t("customer monitoring", "顾客监视"),
            interval: c.frequency,
            last_done: out.latest(c.results.iter().map(|r| r.date)),
            anchor: None,
            evidence: Evidence::Records,
        });
    }
}
