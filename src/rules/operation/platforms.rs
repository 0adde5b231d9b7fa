//! 7.2.2 — 电子商务平台选择: the organization sets a platform selection strategy as
//! documented information, with criteria for serving target customers (a) and for a
//! forward-looking choice (b); it selects or builds its platforms, assesses each against
//! a) and b), and reviews them to adjust in time.

use super::shared::emit_not_current;
use crate::model::EcmsDocument;
use crate::model::operation::operations::PlatformStatus;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::emit_missing_intervals;

const PS: &str = "/operation/platformSelection";

/// 7.2.2: a platform selection strategy is recorded as documented information.
pub static STRATEGY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.2-platform-strategy",
        clause: "7.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Platform selection strategy set", "制定平台选择策略"),
        reasons: &[NO_STRATEGY, STRATEGY_NOT_DOCUMENTED, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_strategy,
    obligations: None,
};

const NO_STRATEGY: Reason = Reason::new(
    "missing",
    "No platform selection strategy is recorded.",
    "未记录平台选择策略。",
);
const STRATEGY_NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The platform selection strategy is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "平台选择策略未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The platform selection strategy is held in document '{document}', which is not the version in force ({status}).",
    "平台选择策略所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_strategy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &ctx.doc.operation.platform_selection.strategy {
        None => em.emit(&NO_STRATEGY, PS, &[]),
        Some(s) => {
            if s.document.is_none() && ctx.documentation_required() {
                em.emit(&STRATEGY_NOT_DOCUMENTED, format!("{PS}/strategy"), &[]);
            }
        }
    }
    if let Some(id) = ctx
        .doc
        .operation
        .platform_selection
        .strategy
        .as_ref()
        .and_then(|s| s.document)
    {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{PS}/strategy"),
            id,
            &[],
        );
    }
}

/// 7.2.2 a), b): the strategy states criteria for serving target customers and for a
/// forward-looking choice.
pub static STRATEGY_CRITERIA: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.2-strategy-criteria",
        clause: "7.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Platform strategy covers 7.2.2 a) and b)",
            "平台选择策略覆盖7.2.2 a)和b)",
        ),
        reasons: &[NO_CUSTOMER_FIT_CRITERIA, NO_OUTLOOK_CRITERIA],
        covers: &["7.2.2.a", "7.2.2.b"],
    },
    check: check_strategy_criteria,
    obligations: None,
};

const NO_CUSTOMER_FIT_CRITERIA: Reason = Reason::new(
    "no-customer-fit-criteria",
    "The platform selection strategy states no criteria for the ability to serve target customers.",
    "平台选择策略未规定满足目标顾客群体需求的能力和潜力的准则。",
);
const NO_OUTLOOK_CRITERIA: Reason = Reason::new(
    "no-outlook-criteria",
    "The platform selection strategy states no criteria for a forward-looking choice.",
    "平台选择策略未规定自身及市场发展的前瞻性的准则。",
);

fn check_strategy_criteria(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(s) = &ctx.doc.operation.platform_selection.strategy else {
        return;
    };
    let path = format!("{PS}/strategy");
    if blank(&s.customer_fit_criteria) {
        em.emit_at("7.2.2.a", &NO_CUSTOMER_FIT_CRITERIA, &path, &[]);
    }
    if blank(&s.outlook_criteria) {
        em.emit_at("7.2.2.b", &NO_OUTLOOK_CRITERIA, &path, &[]);
    }
}

/// 7.2.2: at least one active platform is recorded.
pub static SELECTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.2-platforms-selected",
        clause: "7.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Platforms selected or built", "选择或建立电子商务平台"),
        reasons: &[NO_ACTIVE_PLATFORM],
        covers: &[],
    },
    check: check_selected,
    obligations: None,
};

const NO_ACTIVE_PLATFORM: Reason = Reason::new(
    "no-active-platform",
    "No active e-commerce platform is recorded.",
    "未记录任何在用的电子商务平台。",
);

fn check_selected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .operation
        .platform_selection
        .platforms
        .iter()
        .any(|x| x.status == Some(PlatformStatus::Active))
    {
        em.emit(&NO_ACTIVE_PLATFORM, PS, &[]);
    }
}

/// 7.2.2 a), b): each platform not withdrawn is assessed for customer fit and outlook.
pub static ASSESSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.2-platform-assessed",
        clause: "7.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Each platform assessed against 7.2.2 a) and b)",
            "各平台按7.2.2 a)和b)评价",
        ),
        reasons: &[NO_CUSTOMER_FIT, NO_OUTLOOK],
        covers: &["7.2.2.a", "7.2.2.b"],
    },
    check: check_assessed,
    obligations: None,
};

const NO_CUSTOMER_FIT: Reason = Reason::new(
    "no-customer-fit",
    "Platform '{subject}' has no assessment of its ability to serve target customers.",
    "平台“{subject}”没有关于满足目标顾客群体需求的能力和潜力的评价。",
);
const NO_OUTLOOK: Reason = Reason::new(
    "no-outlook",
    "Platform '{subject}' has no assessment of its outlook.",
    "平台“{subject}”没有关于前瞻性的评价。",
);

fn check_assessed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pf) in ctx
        .doc
        .operation
        .platform_selection
        .platforms
        .iter()
        .enumerate()
    {
        if pf.status == Some(PlatformStatus::Withdrawn) {
            continue;
        }
        let path = format!("{PS}/platforms/{i}");
        if blank(&pf.customer_fit) {
            em.emit_at(
                "7.2.2.a",
                &NO_CUSTOMER_FIT,
                &path,
                &[p("subject", &pf.name)],
            );
        }
        if blank(&pf.outlook) {
            em.emit_at("7.2.2.b", &NO_OUTLOOK, &path, &[p("subject", &pf.name)]);
        }
    }
}

/// 7.2.2: each active platform is reviewed at the interval it declares.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.2-platform-review-overdue",
        clause: "7.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Platforms reviewed for adjustment", "适时评审并调整平台"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(review_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of platform '{subject}' was due on {due} (interval {interval}, last {last}).",
    "平台“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, pf) in doc
        .operation
        .platform_selection
        .platforms
        .iter()
        .enumerate()
    {
        if pf.status != Some(PlatformStatus::Active) {
            continue;
        }
        out.push(Duty {
            path: format!("{PS}/platforms/{i}"),
            subject: pf.name.clone(),
            activity: t("platform review", "平台评审"),
            interval: pf.review.interval,
            last_done: pf.review.last_done,
            anchor: pf.selected_on,
            evidence: Evidence::Schedule(pf.review.record),
        });
    }
}

/// 7.2.2: each active platform declares its review interval, so reviews can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.2-review-intervals",
        clause: "7.2.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Platform reviews scheduled", "平台评审规定周期"),
        reasons: &[NO_REVIEW_INTERVAL],
        covers: &[],
    },
    check: |ctx, em| emit_missing_intervals(ctx, em, &[(&REVIEW_OVERDUE, &NO_REVIEW_INTERVAL)]),
    obligations: None,
};

const NO_REVIEW_INTERVAL: Reason = Reason::new(
    "no-review-interval",
    "'{subject}' declares no interval for its platform review, so it cannot be planned.",
    "“{subject}”未规定平台评审周期，无法策划。",
);
