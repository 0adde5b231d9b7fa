//! 7.2.3 — 产品上下架管理 (process and strategy, a), identification and traceability): the
//! organization establishes a documented listing and delisting process with a strategy
//! covering market information (a.1), process requirements (a.2) and their periodic review
//! (a.3), monitoring (a.4), adjustment to change (a.5) and evaluation of results (a.6);
//! listings and delistings follow the process; products are identifiable and traceable.

use super::shared::emit_not_current;
use crate::common::is_default;
use crate::model::EcmsDocument;
use crate::model::operation::operations::ListingStatus;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::classification;
use super::shared::{ApprovalDefect, approval_defect, emit_missing_intervals};

const LS: &str = "/operation/listing";

/// 7.2.3: a documented listing and delisting procedure is recorded.
/// The standard asks for the process, not for documented information (成文信息): the
/// document is required only when the organization sets `requireDocumentedProcedures`.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3-listing-procedure",
        clause: "7.2.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Listing and delisting process established",
            "建立产品上下架管理过程",
        ),
        reasons: &[NO_PROCEDURE],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "missing",
    "No documented product listing and delisting procedure is recorded. The organization requires documented procedures; the standard asks for the process only.",
    "未记录成文的产品上下架管理程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.documentation_required() && ctx.doc.operation.listing.procedure.is_none() {
        em.emit(&NO_PROCEDURE, LS, &[]);
    }
}

/// 7.2.3 a) 1)–6): the listing strategy is documented and defines each of its parts.
pub static STRATEGY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.a-listing-strategy",
        clause: "7.2.3.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Listing strategy covers a) 1)–6)", "上下架策略覆盖a) 1)–6)"),
        reasons: &[
            STRATEGY_NOT_DOCUMENTED,
            NO_MARKET_INFORMATION,
            NO_PROCESS_REQUIREMENTS,
            NO_REQUIREMENTS_REVIEW,
            NO_MONITORING,
            NO_ADJUSTMENT,
            NO_OUTCOME_EVALUATION,
            DOCUMENT_NOT_CURRENT,
        ],
        covers: &[
            "7.2.3.a.1",
            "7.2.3.a.2",
            "7.2.3.a.3",
            "7.2.3.a.4",
            "7.2.3.a.5",
            "7.2.3.a.6",
        ],
    },
    check: check_strategy,
    obligations: None,
};

const STRATEGY_NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The listing strategy does not define its documented information. The organization requires documented procedures; the standard asks for the process only.",
    "上下架策略未规定成文信息。组织要求形成成文信息（本标准只要求过程）。",
);
const NO_MARKET_INFORMATION: Reason = Reason::new(
    "no-market-information",
    "The listing strategy does not define how product market information is obtained and analysed.",
    "上下架策略未规定产品市场信息的获取和分析。",
);
const NO_PROCESS_REQUIREMENTS: Reason = Reason::new(
    "no-process-requirements",
    "The listing strategy does not define the listing process requirements.",
    "上下架策略未规定上下架过程要求。",
);
const NO_REQUIREMENTS_REVIEW: Reason = Reason::new(
    "no-requirements-review",
    "The listing strategy does not define a review of the process requirements.",
    "上下架策略未规定过程要求的评审。",
);
const NO_MONITORING: Reason = Reason::new(
    "no-monitoring",
    "The listing strategy does not define how its execution is monitored.",
    "上下架策略未规定策略执行时的监控。",
);
const NO_ADJUSTMENT: Reason = Reason::new(
    "no-adjustment",
    "The listing strategy does not define adjustments for internal and external changes.",
    "上下架策略未规定针对内外部因素变更的调整。",
);
const NO_OUTCOME_EVALUATION: Reason = Reason::new(
    "no-outcome-evaluation",
    "The listing strategy does not define an evaluation of results.",
    "上下架策略未规定执行结果的评估。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The listing strategy is held in document '{document}', which is not the version in force ({status}).",
    "上下架策略所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_strategy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = &ctx.doc.operation.listing.strategy;
    // A default strategy is not serialized: point at its parent then.
    let path = if is_default(s) {
        LS.to_owned()
    } else {
        format!("{LS}/strategy")
    };
    let items: [(&'static str, bool, &'static Reason); 7] = [
        (
            "7.2.3.a",
            s.document.is_none() && ctx.documentation_required(),
            &STRATEGY_NOT_DOCUMENTED,
        ),
        (
            "7.2.3.a.1",
            all_blank(&s.market_information),
            &NO_MARKET_INFORMATION,
        ),
        (
            "7.2.3.a.2",
            all_blank(&s.process_requirements),
            &NO_PROCESS_REQUIREMENTS,
        ),
        (
            "7.2.3.a.3",
            is_default(&s.requirements_review),
            &NO_REQUIREMENTS_REVIEW,
        ),
        ("7.2.3.a.4", all_blank(&s.monitoring), &NO_MONITORING),
        (
            "7.2.3.a.5",
            all_blank(&s.adjustment_triggers),
            &NO_ADJUSTMENT,
        ),
        (
            "7.2.3.a.6",
            is_default(&s.outcome_evaluation),
            &NO_OUTCOME_EVALUATION,
        ),
    ];
    for (item, absent, reason) in items {
        if absent {
            em.emit_at(item, reason, &path, &[]);
        }
    }
    if let Some(id) = ctx.doc.operation.listing.strategy.document {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{LS}/strategy"),
            id,
            &[],
        );
    }
}

/// 7.2.3 a) 3): the listing process requirements are reviewed at the interval declared.
pub static REQUIREMENTS_REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.a.3-requirements-review-overdue",
        clause: "7.2.3.a.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Listing requirements reviewed on time",
            "上下架过程要求按期评审",
        ),
        reasons: &[REQUIREMENTS_OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &REQUIREMENTS_OVERDUE),
    obligations: Some(requirements_review_duties),
};

const REQUIREMENTS_OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of the listing process requirements was due on {due} (interval {interval}, last {last}).",
    "上下架过程要求应于{due}评审（周期{interval}，上次{last}）。",
);

fn requirements_review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let s = &doc.operation.listing.strategy;
    if !is_default(s) {
        out.push(Duty {
            path: format!("{LS}/strategy"),
            subject: "Listing strategy".into(),
            activity: t(
                "review of listing process requirements",
                "上下架过程要求评审",
            ),
            interval: s.requirements_review.interval,
            last_done: s.requirements_review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(s.requirements_review.record),
        });
    }
}

/// 7.2.3 a) 6): the results of listing are evaluated at the interval declared.
pub static OUTCOME_EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.a.6-outcome-evaluation-overdue",
        clause: "7.2.3.a.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Listing results evaluated on time",
            "上下架执行结果按期评估",
        ),
        reasons: &[OUTCOME_OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OUTCOME_OVERDUE),
    obligations: Some(outcome_evaluation_duties),
};

const OUTCOME_OVERDUE: Reason = Reason::new(
    "overdue",
    "The evaluation of listing results was due on {due} (interval {interval}, last {last}).",
    "上下架执行结果评估应于{due}进行（周期{interval}，上次{last}）。",
);

fn outcome_evaluation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let s = &doc.operation.listing.strategy;
    if !is_default(s) {
        out.push(Duty {
            path: format!("{LS}/strategy"),
            subject: "Listing strategy".into(),
            activity: t("evaluation of listing results", "上下架执行结果评估"),
            interval: s.outcome_evaluation.interval,
            last_done: s.outcome_evaluation.last_done,
            anchor: None,
            evidence: Evidence::Schedule(s.outcome_evaluation.record),
        });
    }
}

/// 7.2.3 a) 2): each listing is dated and approved no later than it took effect; each
/// delisting is dated and explained.
pub static RECORDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.a.2-listing-records",
        clause: "7.2.3.a.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Listings and delistings follow the process",
            "上下架按过程要求进行",
        ),
        reasons: &[
            NO_LISTING_DATE,
            LISTING_NOT_APPROVED,
            LISTING_APPROVED_AFTER_AS_OF,
            LISTING_APPROVED_LATE,
            DELISTING_UNRECORDED,
            NO_STATUS,
        ],
        covers: &[],
    },
    check: check_records,
    obligations: None,
};

const NO_LISTING_DATE: Reason = Reason::new(
    "no-listing-date",
    "Product '{subject}' is listed but has no listing date.",
    "产品“{subject}”已上架但没有上架日期。",
);
const LISTING_NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "Product '{subject}' listing records no approver and approval date.",
    "产品“{subject}”上架审批未记录批准人和批准日期。",
);
const LISTING_APPROVED_AFTER_AS_OF: Reason = Reason::new(
    "approved-after-as-of",
    "Product '{subject}' listing is approved on {approved}, after the evaluation date.",
    "产品“{subject}”上架审批批准日期{approved}晚于评价日期。",
);
const LISTING_APPROVED_LATE: Reason = Reason::new(
    "approved-after-listing",
    "Product '{subject}' listing was approved on {approved}, after its listing date {listed}.",
    "产品“{subject}”上架审批于{approved}批准，晚于其上架日期{listed}。",
);
const DELISTING_UNRECORDED: Reason = Reason::new(
    "delisting-unrecorded",
    "Product '{subject}' is delisted without a recorded date and reason.",
    "产品“{subject}”已下架但未记录下架日期和原因。",
);
const NO_STATUS: Reason = Reason::new(
    "no-status",
    "Product '{subject}' has no listing status.",
    "产品“{subject}”没有上下架状态。",
);

fn check_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.listing.products.iter().enumerate() {
        let path = format!("{LS}/products/{i}");
        let subject = p("subject", &x.name);
        match x.status {
            Some(ListingStatus::Listed) => {
                if x.listed_on.is_none() {
                    em.emit(&NO_LISTING_DATE, &path, std::slice::from_ref(&subject));
                }
                match approval_defect(x.listing_approval.as_ref(), x.listed_on, ctx.as_of) {
                    Some(ApprovalDefect::Missing) => {
                        em.emit(&LISTING_NOT_APPROVED, &path, &[subject]);
                    }
                    Some(ApprovalDefect::AfterAsOf(d)) => em.emit(
                        &LISTING_APPROVED_AFTER_AS_OF,
                        &path,
                        &[subject, p("approved", d)],
                    ),
                    Some(ApprovalDefect::AfterDeadline(d, listed)) => em.emit(
                        &LISTING_APPROVED_LATE,
                        &path,
                        &[subject, p("approved", d), p("listed", listed)],
                    ),
                    None => {}
                }
            }
            Some(ListingStatus::Delisted) => {
                if x.delisted_on.is_none() || blank(&x.delisting_reason) {
                    em.emit(&DELISTING_UNRECORDED, &path, &[subject]);
                }
            }
            None => em.emit(&NO_STATUS, &path, &[subject]),
            Some(_) => {}
        }
    }
}

/// 7.2.3: each product has a SKU code of its own.
pub static PRODUCT_IDENTIFIABLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3-product-identifiable",
        clause: "7.2.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Products identifiable", "产品可识别"),
        reasons: &[NO_SKU, DUPLICATE_SKU],
        covers: &[],
    },
    check: check_identifiable,
    obligations: None,
};

const NO_SKU: Reason = Reason::new(
    "no-sku",
    "Product '{subject}' has no SKU code.",
    "产品“{subject}”没有SKU编码。",
);
const DUPLICATE_SKU: Reason = Reason::new(
    "duplicate-sku",
    "Product '{subject}' has SKU {sku}, already used by '{other}'.",
    "产品“{subject}”的SKU {sku}已被“{other}”使用。",
);

fn check_identifiable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let products = &ctx.doc.operation.listing.products;
    for (i, x) in products.iter().enumerate() {
        let path = format!("{LS}/products/{i}");
        match x.sku.as_deref().map(str::trim) {
            None | Some("") => em.emit(&NO_SKU, path, &[p("subject", &x.name)]),
            Some(sku) => {
                if let Some(other) = products
                    .iter()
                    .take(i)
                    .find(|o| o.sku.as_deref().map(str::trim) == Some(sku))
                {
                    em.emit(
                        &DUPLICATE_SKU,
                        path,
                        &[
                            p("subject", &x.name),
                            p("sku", sku),
                            p("other", &other.name),
                        ],
                    );
                }
            }
        }
    }
}

/// 7.2.3: each product beyond planning records its supplier or batches, each batch with
/// its receipt date and source.
pub static PRODUCT_TRACEABLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3-product-traceable",
        clause: "7.2.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Products traceable", "产品可追溯"),
        reasons: &[UNTRACEABLE, BATCH_INCOMPLETE],
        covers: &[],
    },
    check: check_traceable,
    obligations: None,
};

const UNTRACEABLE: Reason = Reason::new(
    "untraceable",
    "Product '{subject}' records neither a supplier nor batches, so it cannot be traced.",
    "产品“{subject}”既未记录供方也未记录批次，无法追溯。",
);
const BATCH_INCOMPLETE: Reason = Reason::new(
    "batch-incomplete",
    "Product '{subject}' has batch {lot} without a receipt date and source.",
    "产品“{subject}”的批次{lot}没有收货日期和来源。",
);

fn check_traceable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.listing.products.iter().enumerate() {
        if x.status == Some(ListingStatus::Planned) {
            continue;
        }
        let path = format!("{LS}/products/{i}");
        if x.batches.is_empty() && x.supplier.is_none() {
            em.emit(&UNTRACEABLE, &path, &[p("subject", &x.name)]);
        }
        for b in &x.batches {
            if blank(&b.source) || b.received_on.is_none() {
                em.emit(
                    &BATCH_INCOMPLETE,
                    &path,
                    &[p("subject", &x.name), p("lot", &b.lot)],
                );
            }
        }
    }
}

/// 7.2.3, a) 3), a) 6), b) 2): the periodic listing reviews declare their intervals, so
/// they can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3-review-intervals",
        clause: "7.2.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Listing reviews scheduled", "上下架相关评审规定周期"),
        reasons: &[
            NO_REQUIREMENTS_REVIEW_INTERVAL,
            NO_OUTCOME_EVALUATION_INTERVAL,
            NO_OPTIMISATION_INTERVAL,
        ],
        covers: &["7.2.3.a.3", "7.2.3.a.6", "7.2.3.b.2"],
    },
    check: |ctx, em| {
        emit_missing_intervals(
            ctx,
            em,
            &[
                (
                    &REQUIREMENTS_REVIEW_OVERDUE,
                    &NO_REQUIREMENTS_REVIEW_INTERVAL,
                ),
                (&OUTCOME_EVALUATION_OVERDUE, &NO_OUTCOME_EVALUATION_INTERVAL),
                (
                    &classification::OPTIMISATION_OVERDUE,
                    &NO_OPTIMISATION_INTERVAL,
                ),
            ],
        )
    },
    obligations: None,
};

const NO_REQUIREMENTS_REVIEW_INTERVAL: Reason = Reason::new(
    "no-requirements-review-interval",
    "'{subject}' declares no interval for its review of listing process requirements, so it cannot be planned.",
    "“{subject}”未规定上下架过程要求评审周期，无法策划。",
);
const NO_OUTCOME_EVALUATION_INTERVAL: Reason = Reason::new(
    "no-outcome-evaluation-interval",
    "'{subject}' declares no interval for its evaluation of listing results, so it cannot be planned.",
    "“{subject}”未规定上下架执行结果评估周期，无法策划。",
);
const NO_OPTIMISATION_INTERVAL: Reason = Reason::new(
    "no-optimisation-interval",
    "'{subject}' declares no interval for its optimisation of classification criteria, so it cannot be planned.",
    "“{subject}”未规定分类准则优化周期，无法策划。",
);
