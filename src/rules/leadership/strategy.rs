//! 4.2.1 — 战略制定: top management sets a business strategy (a), a competitive strategy (b)
//! and a cooperation strategy (c), each made after analysing the points the standard lists
//! for it (a) 1)–c) 2)), and checks that each fits the organization (its overall strategy,
//! capabilities, context, compliance requirements, interested parties and resources).

use crate::model::leadership::{AlignmentBasis, StrategyAspect, StrategyKind};
use crate::rules::prelude::*;

use super::shared::{list_path, top_approval};

/// 4.2.1 a)–c): a business, a competitive and a cooperation strategy are recorded.
pub static KINDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.1-strategy-kinds",
        clause: "4.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Business, competitive and cooperation strategies",
            "制定经营、竞争和合作战略",
        ),
        reasons: &[NO_BUSINESS, NO_COMPETITIVE, NO_COOPERATION],
        covers: &["4.2.1.a", "4.2.1.b", "4.2.1.c"],
    },
    check: check_kinds,
    obligations: None,
};

const NO_BUSINESS: Reason = Reason::new(
    "no-business",
    "No business strategy is recorded.",
    "未记录经营战略。",
);
const NO_COMPETITIVE: Reason = Reason::new(
    "no-competitive",
    "No competitive strategy is recorded.",
    "未记录竞争战略。",
);
const NO_COOPERATION: Reason = Reason::new(
    "no-cooperation",
    "No cooperation strategy is recorded.",
    "未记录合作战略。",
);

fn check_kinds(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let strategies = &ctx.doc.leadership.strategies;
    for (kind, item) in StrategyKind::REQUIRED {
        let reason = match kind {
            StrategyKind::Business => &NO_BUSINESS,
            StrategyKind::Competitive => &NO_COMPETITIVE,
            StrategyKind::Cooperation => &NO_COOPERATION,
            _ => continue,
        };
        if !strategies.iter().any(|s| s.kind.as_ref() == Some(&kind)) {
            em.emit_at(
                item,
                reason,
                list_path(
                    !strategies.is_empty(),
                    "/leadership/strategies",
                    "/leadership",
                ),
                &[],
            );
        }
    }
}

/// 4.2.1 a) 1)–c) 2): the strategies of each kind together analyse every point listed for
/// that kind (reported at the first strategy of the kind).
pub static CONSIDERATIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.1-strategy-considerations",
        clause: "4.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Strategies consider 4.2.1 a) 1)–c) 2)",
            "战略考虑4.2.1 a) 1)–c) 2)",
        ),
        reasons: &[
            NO_PREREQUISITES,
            NO_ONLINE_BRAND,
            NO_POTENTIAL_COMPETITORS,
            NO_SUBSTITUTES,
            NO_CUSTOMER_POWER,
            NO_SUPPLIER_POWER,
            NO_RIVALRY,
            NO_TRADITIONAL_COOPERATION,
            NO_RELATED_COOPERATION,
        ],
        covers: &[
            "4.2.1.a.1",
            "4.2.1.a.2",
            "4.2.1.b.1",
            "4.2.1.b.2",
            "4.2.1.b.3",
            "4.2.1.b.4",
            "4.2.1.b.5",
            "4.2.1.c.1",
            "4.2.1.c.2",
        ],
    },
    check: check_considerations,
    obligations: None,
};

const NO_PREREQUISITES: Reason = Reason::new(
    "no-business-prerequisites",
    "The business strategy '{subject}' records no analysis of 'Business prerequisites and positioning'.",
    "经营战略“{subject}”没有对“经营前提与定位”的分析。",
);
const NO_ONLINE_BRAND: Reason = Reason::new(
    "no-online-brand-channels",
    "The business strategy '{subject}' records no analysis of 'Online brand, channels and relationships'.",
    "经营战略“{subject}”没有对“借助网络提升品牌渠道”的分析。",
);
const NO_POTENTIAL_COMPETITORS: Reason = Reason::new(
    "no-potential-competitors",
    "The competitive strategy '{subject}' records no analysis of 'Potential competitors'.",
    "竞争战略“{subject}”没有对“潜在竞争者”的分析。",
);
const NO_SUBSTITUTES: Reason = Reason::new(
    "no-substitutes",
    "The competitive strategy '{subject}' records no analysis of 'Substitute products or services'.",
    "竞争战略“{subject}”没有对“替代产品或服务”的分析。",
);
const NO_CUSTOMER_POWER: Reason = Reason::new(
    "no-customer-bargaining-power",
    "The competitive strategy '{subject}' records no analysis of 'Customer bargaining power'.",
    "竞争战略“{subject}”没有对“顾客议价能力”的分析。",
);
const NO_SUPPLIER_POWER: Reason = Reason::new(
    "no-supplier-bargaining-power",
    "The competitive strategy '{subject}' records no analysis of 'Supplier bargaining power'.",
    "竞争战略“{subject}”没有对“供应商议价能力”的分析。",
);
const NO_RIVALRY: Reason = Reason::new(
    "no-industry-rivalry",
    "The competitive strategy '{subject}' records no analysis of 'Rivalry within the industry'.",
    "竞争战略“{subject}”没有对“行业内竞争”的分析。",
);
const NO_TRADITIONAL_COOPERATION: Reason = Reason::new(
    "no-traditional-business-cooperation",
    "The cooperation strategy '{subject}' records no analysis of 'Cooperation with traditional businesses'.",
    "合作战略“{subject}”没有对“与传统企业合作”的分析。",
);
const NO_RELATED_COOPERATION: Reason = Reason::new(
    "no-related-industry-cooperation",
    "The cooperation strategy '{subject}' records no analysis of 'Cooperation with related industries'.",
    "合作战略“{subject}”没有对“与相关行业合作”的分析。",
);

fn aspect_reason(aspect: StrategyAspect) -> &'static Reason {
    match aspect {
        StrategyAspect::BusinessPrerequisites => &NO_PREREQUISITES,
        StrategyAspect::OnlineBrandAndChannels => &NO_ONLINE_BRAND,
        StrategyAspect::PotentialEntrants => &NO_POTENTIAL_COMPETITORS,
        StrategyAspect::Substitutes => &NO_SUBSTITUTES,
        StrategyAspect::CustomerBargainingPower => &NO_CUSTOMER_POWER,
        StrategyAspect::SupplierBargainingPower => &NO_SUPPLIER_POWER,
        StrategyAspect::IndustryRivalry => &NO_RIVALRY,
        StrategyAspect::TraditionalBusinessCooperation => &NO_TRADITIONAL_COOPERATION,
        StrategyAspect::RelatedIndustryCooperation => &NO_RELATED_COOPERATION,
    }
}

fn check_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let strategies = &ctx.doc.leadership.strategies;
    for (kind, _) in StrategyKind::REQUIRED {
        let Some((first, s)) = strategies
            .iter()
            .enumerate()
            .find(|(_, s)| s.kind.as_ref() == Some(&kind))
        else {
            continue;
        };
        for (aspect, k, item) in StrategyAspect::ALL {
            if k != kind {
                continue;
            }
            let analysed = strategies
                .iter()
                .filter(|s| s.kind.as_ref() == Some(&kind))
                .flat_map(|s| s.considerations.iter())
                .any(|c| c.aspect == aspect && !blank(&c.analysis));
            if !analysed {
                em.emit_at(
                    item,
                    aspect_reason(aspect),
                    format!("/leadership/strategies/{first}"),
                    &[p("subject", &s.title)],
                );
            }
        }
    }
}

/// 4.2.1: each strategy is approved by a member of top management.
pub static APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.1-strategy-approved",
        clause: "4.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Strategies set by top management", "战略由最高管理者制定"),
        reasons: &[NOT_APPROVED],
        covers: &[],
    },
    check: check_approved,
    obligations: None,
};

const NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "Strategy '{subject}' is not approved by a member of top management (on or before {asOf}).",
    "战略“{subject}”未经最高管理者成员批准（截至{asOf}）。",
);

fn check_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        if top_approval(ctx, &s.approval).is_none() {
            em.emit(
                &NOT_APPROVED,
                format!("/leadership/strategies/{i}"),
                &[p("subject", &s.title), p("asOf", ctx.as_of)],
            );
        }
    }
}

/// 4.2.1: each strategy records a concluded check of its fit with each of the six bases.
pub static ALIGNMENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.1-strategy-alignment",
        clause: "4.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Strategies fit the organization", "战略与组织相适应"),
        reasons: &[
            NO_FIT_OVERALL_STRATEGY,
            NO_FIT_CAPABILITIES,
            NO_FIT_CONTEXT_FACTORS,
            NO_FIT_COMPLIANCE,
            NO_FIT_INTERESTED_PARTIES,
            NO_FIT_RESOURCES,
        ],
        covers: &[],
    },
    check: check_alignment,
    obligations: None,
};

const NO_FIT_OVERALL_STRATEGY: Reason = Reason::new(
    "no-fit-overall-strategy",
    "Strategy '{subject}' records no check of its fit with 'overall strategy'.",
    "战略“{subject}”没有记录其与“组织总体战略”是否相适应的确认。",
);
const NO_FIT_CAPABILITIES: Reason = Reason::new(
    "no-fit-capabilities",
    "Strategy '{subject}' records no check of its fit with 'capabilities'.",
    "战略“{subject}”没有记录其与“组织能力”是否相适应的确认。",
);
const NO_FIT_CONTEXT_FACTORS: Reason = Reason::new(
    "no-fit-context-factors",
    "Strategy '{subject}' records no check of its fit with 'internal and external factors'.",
    "战略“{subject}”没有记录其与“内外部因素”是否相适应的确认。",
);
const NO_FIT_COMPLIANCE: Reason = Reason::new(
    "no-fit-compliance-requirements",
    "Strategy '{subject}' records no check of its fit with 'compliance requirements'.",
    "战略“{subject}”没有记录其与“合规要求”是否相适应的确认。",
);
const NO_FIT_INTERESTED_PARTIES: Reason = Reason::new(
    "no-fit-interested-parties",
    "Strategy '{subject}' records no check of its fit with 'needs of interested parties'.",
    "战略“{subject}”没有记录其与“相关方的需求和期望”是否相适应的确认。",
);
const NO_FIT_RESOURCES: Reason = Reason::new(
    "no-fit-resources",
    "Strategy '{subject}' records no check of its fit with 'resources'.",
    "战略“{subject}”没有记录其与“资源”是否相适应的确认。",
);

fn basis_reason(b: AlignmentBasis) -> &'static Reason {
    match b {
        AlignmentBasis::OverallStrategy => &NO_FIT_OVERALL_STRATEGY,
        AlignmentBasis::Capabilities => &NO_FIT_CAPABILITIES,
        AlignmentBasis::ContextFactors => &NO_FIT_CONTEXT_FACTORS,
        AlignmentBasis::ComplianceRequirements => &NO_FIT_COMPLIANCE,
        AlignmentBasis::InterestedParties => &NO_FIT_INTERESTED_PARTIES,
        AlignmentBasis::Resources => &NO_FIT_RESOURCES,
    }
}

fn check_alignment(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        for basis in AlignmentBasis::ALL {
            if !s
                .alignment
                .iter()
                .any(|a| a.basis == basis && !blank(&a.conclusion))
            {
                em.emit(
                    basis_reason(basis),
                    format!("/leadership/strategies/{i}"),
                    &[p("subject", &s.title)],
                );
            }
        }
    }
}

/// 4.2.1: each strategy records top management's dated verdict on whether it fits the
/// organization, and a strategy still in force is not one found not to fit.
pub static FITNESS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.1-strategy-fitness-verdict",
        clause: "4.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Verdict on the strategy's fit recorded",
            "记录战略是否相适应的结论",
        ),
        reasons: &[NO_VERDICT, VERDICT_INCOMPLETE, DOES_NOT_FIT],
        covers: &[],
    },
    check: check_fitness,
    obligations: None,
};

const NO_VERDICT: Reason = Reason::new(
    "no-verdict",
    "Strategy '{subject}' records no verdict on whether it fits the organization.",
    "战略“{subject}”未记录其是否与组织相适应的结论。",
);
const VERDICT_INCOMPLETE: Reason = Reason::new(
    "verdict-incomplete",
    "The verdict on the fit of strategy '{subject}' does not record when it was reached and by whom.",
    "战略“{subject}”是否相适应的结论未记录作出日期和作出人。",
);
const DOES_NOT_FIT: Reason = Reason::new(
    "does-not-fit",
    "Strategy '{subject}' is in force, but the verdict of {date} found that it does not fully fit the organization.",
    "战略“{subject}”仍在实施，但{date}的结论认为其与组织不完全相适应。",
);

fn check_fitness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::leadership::Fitness;
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        let path = format!("/leadership/strategies/{i}");
        let params = [p("subject", &s.title)];
        let Some(f) = s.fitness.as_ref().filter(|f| f.verdict.is_some()) else {
            em.emit(&NO_VERDICT, &path, &params);
            continue;
        };
        let fpath = format!("{path}/fitness");
        if f.date.is_none() || f.by.is_none() {
            em.emit(&VERDICT_INCOMPLETE, &fpath, &params);
        }
        let in_force = s.valid_until.is_none_or(|u| u >= ctx.as_of);
        if in_force && f.verdict != Some(Fitness::Fits) {
            let date = f
                .date
                .map(|d| p("date", d))
                .unwrap_or_else(|| pl("date", "-", "an undated review", "未注明日期的评审"));
            em.emit(&DOES_NOT_FIT, &fpath, &[p("subject", &s.title), date]);
        }
    }
}

/// Good practice: a strategy whose validity has ended is renewed.
pub static CURRENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.1-strategy-current",
        clause: "4.2.1",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Strategies are current", "战略在有效期内"),
        reasons: &[EXPIRED],
        covers: &[],
    },
    check: check_current,
    obligations: None,
};

const EXPIRED: Reason = Reason::new(
    "expired",
    "Strategy '{subject}' applied until {until} and has not been renewed.",
    "战略“{subject}”的有效期至{until}，尚未更新。",
);

fn check_current(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        if let Some(until) = s.valid_until
            && until < ctx.as_of
        {
            em.emit(
                &EXPIRED,
                format!("/leadership/strategies/{i}/validUntil"),
                &[p("subject", &s.title), p("until", until)],
            );
        }
    }
}
