//! 5.1.1 — 确定风险和机遇: considering its context (3.1) and the requirements of interested
//! parties (3.2), the organization determines the risks and opportunities it needs to address
//! so that the system achieves its intended results (a), desirable effects are enhanced (b),
//! undesired effects are prevented or reduced (c) and improvement is achieved (d).

use crate::model::planning::RiskAim;
use crate::rules::prelude::*;

/// 5.1.1: the register holds at least one risk or opportunity.
pub static RISKS_DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.1-risks-determined",
        clause: "5.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Risks and opportunities determined",
            "确定需要应对的风险和机遇",
        ),
        reasons: &[NO_RISKS],
        covers: &[],
    },
    check: check_risks_determined,
    obligations: None,
};

const NO_RISKS: Reason = Reason::new(
    "no-risks",
    "No risk or opportunity to be addressed is recorded.",
    "未记录任何需要应对的风险或机遇。",
);

fn check_risks_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.planning.risks.is_empty() {
        em.emit(&NO_RISKS, "/planning", &[]);
    }
}

/// 5.1.1: each entry says whether it is a risk or an opportunity, where it arises from (3.1,
/// 3.2) and which aims of a)–d) addressing it serves.
pub static RISK_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.1-risk-defined",
        clause: "5.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Each risk or opportunity is traced and classified",
            "风险和机遇有来源和分类",
        ),
        reasons: &[NO_KIND, NO_SOURCE, NO_AIMS],
        covers: &[],
    },
    check: check_risk_defined,
    obligations: None,
};

const NO_KIND: Reason = Reason::new(
    "no-kind",
    "Risk or opportunity '{subject}' does not record whether it is a risk or an opportunity.",
    "风险或机遇“{subject}”未记录属于风险还是机遇。",
);
const NO_SOURCE: Reason = Reason::new(
    "no-source",
    "Risk or opportunity '{subject}' does not record the context factors (3.1) or interested-party requirements (3.2) it arises from.",
    "风险或机遇“{subject}”未记录其来源的内外部因素（3.1）或相关方要求（3.2）。",
);
const NO_AIMS: Reason = Reason::new(
    "no-aims",
    "Risk or opportunity '{subject}' does not record which aims of 5.1.1 a)–d) addressing it serves.",
    "风险或机遇“{subject}”未记录应对它所服务的5.1.1 a)–d)目的。",
);

fn check_risk_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        let path = format!("/planning/risks/{i}");
        if r.kind.is_none() {
            em.emit(&NO_KIND, &path, &[p("subject", &r.title)]);
        }
        if r.factors.is_empty() && r.parties.is_empty() {
            em.emit(&NO_SOURCE, &path, &[p("subject", &r.title)]);
        }
        if r.aims.is_empty() {
            em.emit(&NO_AIMS, &path, &[p("subject", &r.title)]);
        }
    }
}

/// 5.1.1: each entry is rated, likelihood and impact each on the scale of the risk matrix
/// (parameter `riskMatrix`, 1 to 5 by default).
pub static RISK_RATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.1-risk-rated",
        clause: "5.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Each risk or opportunity is rated", "风险和机遇经评级"),
        reasons: &[UNRATED],
        covers: &[],
    },
    check: check_risk_rated,
    obligations: None,
};

const UNRATED: Reason = Reason::new(
    "unrated",
    "Risk or opportunity '{subject}' has no complete rating (likelihood and impact, each 1–{scale}).",
    "风险或机遇“{subject}”没有完整评级（可能性和影响各为1–{scale}）。",
);

fn check_risk_rated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.planning.risks.iter().enumerate() {
        let matrix = ctx.params.risk_matrix.value;
        if matrix.score(r.likelihood, r.impact).is_none() {
            em.emit(
                &UNRATED,
                format!("/planning/risks/{i}"),
                &[p("subject", &r.title), p("scale", matrix.scale)],
            );
        }
    }
}

/// 5.1.1 a)–d): each aim is served by at least one recorded risk or opportunity.
pub static AIMS_COVERED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.1.1-aims-covered",
        clause: "5.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Register serves the aims of 5.1.1 a)–d)",
            "风险和机遇覆盖5.1.1 a)–d)的目的",
        ),
        reasons: &[
            NO_INTENDED_RESULTS,
            NO_DESIRABLE_EFFECTS,
            NO_UNDESIRED_EFFECTS,
            NO_CONTINUAL_IMPROVEMENT,
        ],
        covers: &["5.1.1.a", "5.1.1.b", "5.1.1.c", "5.1.1.d"],
    },
    check: check_aims_covered,
    obligations: None,
};

const NO_INTENDED_RESULTS: Reason = Reason::new(
    "no-intended-results",
    "No recorded risk or opportunity serves the aim 'Achieving intended results'.",
    "没有服务于“实现预期结果”目的的风险或机遇。",
);
const NO_DESIRABLE_EFFECTS: Reason = Reason::new(
    "no-desirable-effects",
    "No recorded risk or opportunity serves the aim 'Enhancing desirable effects'.",
    "没有服务于“增强有利影响”目的的风险或机遇。",
);
const NO_UNDESIRED_EFFECTS: Reason = Reason::new(
    "no-undesired-effects",
    "No recorded risk or opportunity serves the aim 'Preventing undesired effects'.",
    "没有服务于“避免不利影响”目的的风险或机遇。",
);
const NO_CONTINUAL_IMPROVEMENT: Reason = Reason::new(
    "no-continual-improvement",
    "No recorded risk or opportunity serves the aim 'Achieving continual improvement'.",
    "没有服务于“实现持续改进”目的的风险或机遇。",
);

fn aim_reason(aim: RiskAim) -> &'static Reason {
    match aim {
        RiskAim::IntendedResults => &NO_INTENDED_RESULTS,
        RiskAim::EnhanceDesirable => &NO_DESIRABLE_EFFECTS,
        RiskAim::PreventUndesired => &NO_UNDESIRED_EFFECTS,
        RiskAim::ContinualImprovement => &NO_CONTINUAL_IMPROVEMENT,
    }
}

fn check_aims_covered(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let risks = &ctx.doc.planning.risks;
    if risks.is_empty() {
        return; // reported by RISKS_DETERMINED
    }
    for (aim, item) in RiskAim::ALL {
        if !risks.iter().any(|r| r.aims.contains(&aim)) {
            em.emit_at(item, aim_reason(aim), "/planning/risks", &[]);
        }
    }
}
