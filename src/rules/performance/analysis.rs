//! 8.1.4.4 — 分析与评价 (analysis and evaluation): the organization determines the channels
//! its data come from and the methods it analyses them with, and uses the results to evaluate
//! a) product and service conformity, b) customer satisfaction, c) system performance,
//! d) whether planning was implemented effectively, e) the effect of actions on risks and
//! opportunities, f) external providers' performance and g) the need for improvement.

use super::{analyses_path, emit_if_stale, latest_dated, missing};
use crate::model::performance::AnalysisItem;
use crate::rules::prelude::*;

/// 8.1.4.4: each analysis records its data channels and analysis methods.
pub static SOURCES_METHODS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.4-analysis-sources-methods",
        clause: "8.1.4.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Data channels and analysis methods",
            "确定数据渠道和分析方法",
        ),
        reasons: &[NO_DATA_CHANNELS, NO_METHODS],
        covers: &[],
    },
    check: check_sources_methods,
    obligations: None,
};

const NO_DATA_CHANNELS: Reason = Reason::new(
    "no-data-channels",
    "Analysis '{subject}' does not record its data channels.",
    "分析“{subject}”未记录数据获取渠道。",
);
const NO_METHODS: Reason = Reason::new(
    "no-methods",
    "Analysis '{subject}' does not record its analysis methods.",
    "分析“{subject}”未记录分析方法。",
);

fn check_sources_methods(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.analyses.iter().enumerate() {
        missing(
            em,
            &format!("/performance/analyses/{i}"),
            &[p("subject", &a.title)],
            &[
                (all_blank(&a.data_sources), &NO_DATA_CHANNELS),
                (all_blank(&a.methods), &NO_METHODS),
            ],
        );
    }
}

/// 8.1.4.4 a)–g): the analyses conclude on each of the seven subjects; the latest conclusion
/// on each lies in the evidence window (`evidenceWindow`, else a policy warning).
pub static EVALUATION_ITEMS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.4-evaluation-items",
        clause: "8.1.4.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Analyses evaluate 8.1.4.4 a)–g)",
            "分析结果评价8.1.4.4 a)–g)",
        ),
        reasons: &[
            NO_PRODUCT_CONFORMITY,
            NO_CUSTOMER_SATISFACTION,
            NO_SYSTEM_PERFORMANCE,
            NO_PLANNING_IMPLEMENTATION,
            NO_RISK_ACTIONS,
            NO_PROVIDER_PERFORMANCE,
            NO_IMPROVEMENT_NEEDS,
            ITEM_NOT_RECENT,
            ITEM_NOT_RECENT_DEFAULT,
        ],
        covers: &[
            "8.1.4.4.a",
            "8.1.4.4.b",
            "8.1.4.4.c",
            "8.1.4.4.d",
            "8.1.4.4.e",
            "8.1.4.4.f",
            "8.1.4.4.g",
        ],
    },
    check: check_evaluation_items,
    obligations: None,
};

const NO_PRODUCT_CONFORMITY: Reason = Reason::new(
    "no-product-conformity",
    "No analysis dated on or before {as_of} evaluates 'Product and service conformity (8.1.4.4.a)'.",
    "截至{as_of}没有任何分析评价“产品服务符合性（8.1.4.4 a)）”。",
);
const NO_CUSTOMER_SATISFACTION: Reason = Reason::new(
    "no-customer-satisfaction",
    "No analysis dated on or before {as_of} evaluates 'Customer satisfaction level (8.1.4.4.b)'.",
    "截至{as_of}没有任何分析评价“顾客满意程度（8.1.4.4 b)）”。",
);
const NO_SYSTEM_PERFORMANCE: Reason = Reason::new(
    "no-system-performance",
    "No analysis dated on or before {as_of} evaluates 'System performance (8.1.4.4.c)'.",
    "截至{as_of}没有任何分析评价“体系绩效有效性（8.1.4.4 c)）”。",
);
const NO_PLANNING_IMPLEMENTATION: Reason = Reason::new(
    "no-planning-implementation",
    "No analysis dated on or before {as_of} evaluates 'Planning implemented effectively (8.1.4.4.d)'.",
    "截至{as_of}没有任何分析评价“策划实施情况（8.1.4.4 d)）”。",
);
const NO_RISK_ACTIONS: Reason = Reason::new(
    "no-risk-actions",
    "No analysis dated on or before {as_of} evaluates 'Effect of risk actions (8.1.4.4.e)'.",
    "截至{as_of}没有任何分析评价“风险措施有效性（8.1.4.4 e)）”。",
);
const NO_PROVIDER_PERFORMANCE: Reason = Reason::new(
    "no-provider-performance",
    "No analysis dated on or before {as_of} evaluates 'External provider performance (8.1.4.4.f)'.",
    "截至{as_of}没有任何分析评价“外部供方绩效（8.1.4.4 f)）”。",
);
const NO_IMPROVEMENT_NEEDS: Reason = Reason::new(
    "no-improvement-needs",
    "No analysis dated on or before {as_of} evaluates 'Improvement needs (8.1.4.4.g)'.",
    "截至{as_of}没有任何分析评价“体系改进需求（8.1.4.4 g)）”。",
);

const ITEM_NOT_RECENT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "item-not-recent",
    "'{item}' was last evaluated in an analysis dated {date}, longer ago than the organization's evidence window of {window} before {as_of}.",
    "“{item}”最近一次于{date}的分析中评价，早于组织规定的证据期限（截至{as_of}的{window}）。",
);
const ITEM_NOT_RECENT_DEFAULT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "item-not-recent-default",
    "'{item}' was last evaluated in an analysis dated {date}, longer ago than the default evidence window of {window} before {as_of} (the organization states none).",
    "“{item}”最近一次于{date}的分析中评价，早于默认证据期限（截至{as_of}的{window}，组织未规定）。",
);

/// The item's name in English and Chinese, as the reasons above name it.
fn item_name(item: AnalysisItem) -> (&'static str, &'static str) {
    match item {
        AnalysisItem::ProductConformity => ("Product and service conformity", "产品服务符合性"),
        AnalysisItem::CustomerSatisfaction => ("Customer satisfaction level", "顾客满意程度"),
        AnalysisItem::SystemPerformance => ("System performance", "体系绩效有效性"),
        AnalysisItem::PlanningImplementation => {
            ("Planning implemented effectively", "策划实施情况")
        }
        AnalysisItem::RiskActions => ("Effect of risk actions", "风险措施有效性"),
        AnalysisItem::ProviderPerformance => ("External provider performance", "外部供方绩效"),
        AnalysisItem::ImprovementNeeds => ("Improvement needs", "体系改进需求"),
    }
}

fn item_missing(item: AnalysisItem) -> &'static Reason {
    match item {
        AnalysisItem::ProductConformity => &NO_PRODUCT_CONFORMITY,
        AnalysisItem::CustomerSatisfaction => &NO_CUSTOMER_SATISFACTION,
        AnalysisItem::SystemPerformance => &NO_SYSTEM_PERFORMANCE,
        AnalysisItem::PlanningImplementation => &NO_PLANNING_IMPLEMENTATION,
        AnalysisItem::RiskActions => &NO_RISK_ACTIONS,
        AnalysisItem::ProviderPerformance => &NO_PROVIDER_PERFORMANCE,
        AnalysisItem::ImprovementNeeds => &NO_IMPROVEMENT_NEEDS,
    }
}

fn check_evaluation_items(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (item, clause) in AnalysisItem::ALL {
        let latest = latest_dated(ctx, |a| {
            a.evaluations
                .iter()
                .any(|e| e.item == item && !blank(&e.conclusion))
        });
        match latest {
            None => em.emit_at(
                clause,
                item_missing(item),
                analyses_path(ctx),
                &[p("item", item.as_str()), p("as_of", ctx.as_of)],
            ),
            Some((i, d)) => {
                let (en, zh) = item_name(item);
                emit_if_stale(
                    ctx,
                    em,
                    d,
                    (&ITEM_NOT_RECENT, &ITEM_NOT_RECENT_DEFAULT),
                    (Some(clause), format!("/performance/analyses/{i}")),
                    &[pl("item", item.as_str(), en, zh)],
                );
            }
        }
    }
}
