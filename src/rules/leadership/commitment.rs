//! 4.1 — 领导作用和承诺: top management shows its leadership and commitment to the system
//! (4.1.1 a)–j)) and its focus on customers (4.1.2 a)–c)). The items records can prove are
//! checked here: dated, documented evidence by a member of top management (4.1.1 a), c), e),
//! f); 4.1.2 a), c)), strategy and objectives it established (4.1.1 b)) and the risks that can
//! affect conformity and customer satisfaction (4.1.2 b)). The other items are shown by
//! self-assessment (the chapter's `ASSESSED` list).

use crate::model::leadership::CommitmentItem;
use crate::rules::prelude::*;

use super::shared::{is_top, list_path, top_approval};

/// Reports, at its item, each commitment item with no current evidence: a record by a
/// member of top management, citing documented information, dated within the assessment
/// validity before the as-of date.
fn emit_missing_evidence(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    items: &[(CommitmentItem, &'static Reason, (&str, &str))],
) {
    let setting = ctx.params.assessment_validity;
    let validity = setting.value;
    let stale = if setting.is_organizations() {
        &STALE_EVIDENCE
    } else {
        &STALE_EVIDENCE_DEFAULT
    };
    let commitments = &ctx.doc.leadership.commitments;
    for (item, reason, (en, zh)) in items {
        // The latest record of the item made by top management, citing documented
        // information, dated on or before the as-of date.
        let mut latest: Option<(usize, crate::common::Date)> = None;
        for (i, c) in commitments.iter().enumerate() {
            let Some(d) = c.date.filter(|d| *d <= ctx.as_of) else {
                continue;
            };
            if c.item == *item
                && is_top(ctx, c.by)
                && !c.documents.is_empty()
                && latest.is_none_or(|(_, b)| d > b)
            {
                latest = Some((i, d));
            }
        }
        match latest {
            None => em.emit_at(
                item.clause(),
                reason,
                list_path(
                    !commitments.is_empty(),
                    "/leadership/commitments",
                    "/leadership",
                ),
                &[p("asOf", ctx.as_of)],
            ),
            Some((i, d)) if validity.after(d).is_some_and(|u| u < ctx.as_of) => em.emit_at(
                item.clause(),
                stale,
                format!("/leadership/commitments/{i}"),
                &[
                    pl("item", item.clause(), en, zh),
                    p("date", d),
                    p("validity", validity),
                    p("asOf", ctx.as_of),
                ],
            ),
            Some(_) => {}
        }
    }
}

const STALE_EVIDENCE: Reason = Reason::on_parameter(
    "assessmentValidity",
    "stale-evidence",
    "The latest evidence that top management demonstrates '{item}' is dated {date}, older than the organization's validity of {validity} before {asOf}.",
    "最高管理者证实“{item}”的最近证据日期为{date}，已超出组织规定的有效期（截至{asOf}的{validity}）。",
);
const STALE_EVIDENCE_DEFAULT: Reason = Reason::on_parameter(
    "assessmentValidity",
    "stale-evidence-default",
    "The latest evidence that top management demonstrates '{item}' is dated {date}, older than the default validity of {validity} before {asOf} (the organization states none).",
    "最高管理者证实“{item}”的最近证据日期为{date}，已超出默认有效期（截至{asOf}的{validity}，组织未规定）。",
);

/// 4.1.1 a), c), e), f): current, documented evidence of top management's commitment.
pub static COMMITMENT_EVIDENCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.1.1-commitment-evidence",
        clause: "4.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Top management's commitment evidenced",
            "最高管理者的领导作用和承诺有证据",
        ),
        reasons: &[
            NO_ACCOUNTABILITY_EVIDENCE,
            NO_INTEGRATION_EVIDENCE,
            NO_RESOURCES_EVIDENCE,
            NO_COMMUNICATION_EVIDENCE,
            STALE_EVIDENCE,
            STALE_EVIDENCE_DEFAULT,
        ],
        covers: &["4.1.1.a", "4.1.1.c", "4.1.1.e", "4.1.1.f"],
    },
    check: check_commitment_evidence,
    obligations: None,
};

const NO_ACCOUNTABILITY_EVIDENCE: Reason = Reason::new(
    "no-accountability-evidence",
    "No evidence that top management demonstrates \'Accountability for system effectiveness\': no record made by a member of top management, dated on or before {asOf}, cites documented information.",
    "没有最高管理者证实“对体系有效性负责”的证据：截至{asOf}没有最高管理者成员作出并引用成文信息的记录。",
);
const NO_INTEGRATION_EVIDENCE: Reason = Reason::new(
    "no-integration-evidence",
    "No evidence that top management demonstrates \'Integration into business processes\': no record made by a member of top management, dated on or before {asOf}, cites documented information.",
    "没有最高管理者证实“要求融入业务过程”的证据：截至{asOf}没有最高管理者成员作出并引用成文信息的记录。",
);
const NO_RESOURCES_EVIDENCE: Reason = Reason::new(
    "no-resources-evidence",
    "No evidence that top management demonstrates \'Resources made available\': no record made by a member of top management, dated on or before {asOf}, cites documented information.",
    "没有最高管理者证实“确保资源可获得”的证据：截至{asOf}没有最高管理者成员作出并引用成文信息的记录。",
);
const NO_COMMUNICATION_EVIDENCE: Reason = Reason::new(
    "no-communication-evidence",
    "No evidence that top management demonstrates \'Communicating importance of the system\': no record made by a member of top management, dated on or before {asOf}, cites documented information.",
    "没有最高管理者证实“沟通体系的重要性”的证据：截至{asOf}没有最高管理者成员作出并引用成文信息的记录。",
);

fn check_commitment_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    emit_missing_evidence(
        ctx,
        em,
        &[
            (
                CommitmentItem::Accountability,
                &NO_ACCOUNTABILITY_EVIDENCE,
                (
                    "Accountability for system effectiveness",
                    "对体系有效性负责",
                ),
            ),
            (
                CommitmentItem::ProcessIntegration,
                &NO_INTEGRATION_EVIDENCE,
                ("Integration into business processes", "要求融入业务过程"),
            ),
            (
                CommitmentItem::Resources,
                &NO_RESOURCES_EVIDENCE,
                ("Resources made available", "确保资源可获得"),
            ),
            (
                CommitmentItem::CommunicatingImportance,
                &NO_COMMUNICATION_EVIDENCE,
                ("Communicating importance of the system", "沟通体系的重要性"),
            ),
        ],
    );
}

/// 4.1.1 b): top management has approved an e-commerce strategy and every active objective,
/// and objectives are set at all.
pub static STRATEGY_OBJECTIVES_ESTABLISHED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.1.1.b-strategy-objectives-established",
        clause: "4.1.1.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Strategy and objectives established by top management",
            "最高管理者确保制定战略和目标",
        ),
        reasons: &[NO_APPROVED_STRATEGY, NO_OBJECTIVES, OBJECTIVE_NOT_APPROVED],
        covers: &[],
    },
    check: check_strategy_objectives_established,
    obligations: None,
};

const NO_APPROVED_STRATEGY: Reason = Reason::new(
    "no-approved-strategy",
    "No e-commerce strategy has been approved by a member of top management.",
    "没有经最高管理者成员批准的电子商务战略。",
);
const NO_OBJECTIVES: Reason = Reason::new(
    "no-objectives",
    "No e-commerce objective has been set.",
    "未设定电子商务目标。",
);
const OBJECTIVE_NOT_APPROVED: Reason = Reason::new(
    "objective-not-approved",
    "Objective '{subject}' is not approved by a member of top management.",
    "目标“{subject}”未经最高管理者成员批准。",
);

fn check_strategy_objectives_established(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let strategies = &ctx.doc.leadership.strategies;
    if !strategies
        .iter()
        .any(|s| top_approval(ctx, &s.approval).is_some())
    {
        em.emit(
            &NO_APPROVED_STRATEGY,
            list_path(
                !strategies.is_empty(),
                "/leadership/strategies",
                "/leadership",
            ),
            &[],
        );
    }
    let objectives = &ctx.doc.planning.objectives;
    if objectives.is_empty() {
        em.emit(&NO_OBJECTIVES, "/planning", &[]);
    }
    for (i, o) in objectives.iter().enumerate() {
        if o.is_active_on(ctx.as_of) && top_approval(ctx, &o.approval).is_none() {
            em.emit(
                &OBJECTIVE_NOT_APPROVED,
                format!("/planning/objectives/{i}"),
                &[p("subject", &o.title)],
            );
        }
    }
}

/// 4.1.2 a), c): current, documented evidence of top management's customer focus.
pub static CUSTOMER_FOCUS_EVIDENCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.1.2-customer-focus-evidence",
        clause: "4.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Customer focus of top management evidenced",
            "最高管理者以顾客为关注焦点有证据",
        ),
        reasons: &[
            NO_REQUIREMENTS_EVIDENCE,
            NO_SATISFACTION_EVIDENCE,
            STALE_EVIDENCE,
            STALE_EVIDENCE_DEFAULT,
        ],
        covers: &["4.1.2.a", "4.1.2.c"],
    },
    check: check_customer_focus_evidence,
    obligations: None,
};

const NO_REQUIREMENTS_EVIDENCE: Reason = Reason::new(
    "no-requirements-evidence",
    "No evidence that top management demonstrates \'Customer and legal requirements met\': no record made by a member of top management, dated on or before {asOf}, cites documented information.",
    "没有最高管理者证实“满足顾客及法规要求”的证据：截至{asOf}没有最高管理者成员作出并引用成文信息的记录。",
);
const NO_SATISFACTION_EVIDENCE: Reason = Reason::new(
    "no-satisfaction-evidence",
    "No evidence that top management demonstrates \'Focus on customer satisfaction\': no record made by a member of top management, dated on or before {asOf}, cites documented information.",
    "没有最高管理者证实“持续增强顾客满意”的证据：截至{asOf}没有最高管理者成员作出并引用成文信息的记录。",
);

fn check_customer_focus_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    emit_missing_evidence(
        ctx,
        em,
        &[
            (
                CommitmentItem::CustomerRequirements,
                &NO_REQUIREMENTS_EVIDENCE,
                ("Customer and legal requirements met", "满足顾客及法规要求"),
            ),
            (
                CommitmentItem::CustomerSatisfaction,
                &NO_SATISFACTION_EVIDENCE,
                ("Focus on customer satisfaction", "持续增强顾客满意"),
            ),
        ],
    );
}

/// 4.1.2 b): the risk register marks the risks and opportunities that can affect conformity
/// or customer satisfaction.
pub static CUSTOMER_RISKS_DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.1.2.b-customer-risks-determined",
        clause: "4.1.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Risks to conformity and satisfaction determined",
            "确定影响合格和顾客满意的风险和机遇",
        ),
        reasons: &[NO_CUSTOMER_RISK],
        covers: &[],
    },
    check: check_customer_risks,
    obligations: None,
};

const NO_CUSTOMER_RISK: Reason = Reason::new(
    "no-customer-risk",
    "The risk register marks no risk or opportunity as able to affect the conformity of products and services or customer satisfaction.",
    "风险和机遇登记中没有标明可能影响产品和服务合格或顾客满意的风险或机遇。",
);

fn check_customer_risks(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let risks = &ctx.doc.planning.risks;
    if !risks.iter().any(|r| r.customer_impact) {
        em.emit(
            &NO_CUSTOMER_RISK,
            list_path(!risks.is_empty(), "/planning/risks", "/planning"),
            &[],
        );
    }
}
