//! 7.3.1 — 供应链策划: the organization plans its supply chain — a documented, approved plan
//! that considers the aspects of 7.3.1 a)–j), plans controls (k) and responsibilities (l) for
//! each supply-chain process, builds strategic partnerships, and is reviewed.

use super::super::shared::emit_not_current;
use super::super::shared::emit_role_vacant;
use crate::model::EcmsDocument;
use crate::model::operation::supply_chain::PlanAspect;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{SC, providers_on, sc};

/// 7.3.1: the supply-chain plan is recorded, held as documented information and approved.
pub static DOCUMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.1-plan-documented",
        clause: "7.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Supply-chain plan documented and approved",
            "供应链策划形成成文信息并经批准",
        ),
        reasons: &[
            PLAN_NOT_RECORDED,
            PLAN_NOT_DOCUMENTED,
            PLAN_NOT_APPROVED,
            DOCUMENT_NOT_CURRENT,
        ],
        covers: &[],
    },
    check: check_documented,
    obligations: None,
};

const PLAN_NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The supply-chain plan is not recorded.",
    "供应链策划未记录。",
);

const PLAN_NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The supply-chain plan is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "供应链策划未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const PLAN_NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "The supply-chain plan records no approver and approval date.",
    "供应链策划未记录批准人和批准日期。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The supply-chain plan is held in document '{document}', which is not the version in force ({status}).",
    "供应链策划所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        em.emit(&PLAN_NOT_RECORDED, SC, &[]);
        return;
    };
    let path = format!("{SC}/plan");
    if plan.document.is_none() && ctx.documentation_required() {
        em.emit(&PLAN_NOT_DOCUMENTED, &path, &[]);
    }
    if !plan.approval.as_ref().is_some_and(|a| a.is_complete()) {
        em.emit(&PLAN_NOT_APPROVED, &path, &[]);
    }
    if let Some(id) = sc(ctx).plan.as_ref().and_then(|x| x.document) {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/plan"),
            id,
            &[],
        );
    }
}

/// 7.3.1 a)–j): the plan records a consideration of each aspect, reported per item.
pub static CONSIDERATIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.1-plan-considerations",
        clause: "7.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Supply-chain planning considers 7.3.1 a)–j)",
            "供应链策划考虑7.3.1 a)–j)",
        ),
        reasons: &[
            NO_STRATEGY,
            NO_BUSINESS_CONTEXT,
            NO_COORDINATION,
            NO_IT,
            NO_INVENTORY,
            NO_PRODUCT_DESIGN,
            NO_RISKS,
            NO_CUSTOMER_VALUE,
            NO_LOGISTICS_COST,
            NO_DEMAND_CHANGES,
        ],
        covers: &[
            "7.3.1.a", "7.3.1.b", "7.3.1.c", "7.3.1.d", "7.3.1.e", "7.3.1.f", "7.3.1.g", "7.3.1.h",
            "7.3.1.i", "7.3.1.j",
        ],
    },
    check: check_considerations,
    obligations: None,
};

const NO_STRATEGY: Reason = Reason::new(
    "no-strategy-and-objectives",
    "The supply-chain plan records no consideration of 'strategyAndObjectives'.",
    "供应链策划未记录对“战略与目标”的考虑。",
);

const NO_BUSINESS_CONTEXT: Reason = Reason::new(
    "no-business-context",
    "The supply-chain plan records no consideration of 'businessContext'.",
    "供应链策划未记录对“业务环境与现状”的考虑。",
);

const NO_COORDINATION: Reason = Reason::new(
    "no-internal-coordination",
    "The supply-chain plan records no consideration of 'internalCoordination'.",
    "供应链策划未记录对“内部协作机制”的考虑。",
);

const NO_IT: Reason = Reason::new(
    "no-information-technology",
    "The supply-chain plan records no consideration of 'informationTechnology'.",
    "供应链策划未记录对“信息技术”的考虑。",
);

const NO_INVENTORY: Reason = Reason::new(
    "no-inventory-control",
    "The supply-chain plan records no consideration of 'inventoryControl'.",
    "供应链策划未记录对“库存控制”的考虑。",
);

const NO_PRODUCT_DESIGN: Reason = Reason::new(
    "no-product-design",
    "The supply-chain plan records no consideration of 'productDesign'.",
    "供应链策划未记录对“产品设计”的考虑。",
);

const NO_RISKS: Reason = Reason::new(
    "no-identified-risks",
    "The supply-chain plan records no consideration of 'identifiedRisks'.",
    "供应链策划未记录对“已识别风险”的考虑。",
);

const NO_CUSTOMER_VALUE: Reason = Reason::new(
    "no-customer-value",
    "The supply-chain plan records no consideration of 'customerValue'.",
    "供应链策划未记录对“顾客价值衡量”的考虑。",
);

const NO_LOGISTICS_COST: Reason = Reason::new(
    "no-logistics-cost-vs-service",
    "The supply-chain plan records no consideration of 'logisticsCostVsService'.",
    "供应链策划未记录对“物流成本与服务水平”的考虑。",
);

const NO_DEMAND_CHANGES: Reason = Reason::new(
    "no-demand-changes",
    "The supply-chain plan records no consideration of 'demandChanges'.",
    "供应链策划未记录对“应对需求变化”的考虑。",
);

/// What the rule says when an aspect is not considered.
fn not_considered(aspect: PlanAspect) -> &'static Reason {
    match aspect {
        PlanAspect::StrategyAndObjectives => &NO_STRATEGY,
        PlanAspect::BusinessContext => &NO_BUSINESS_CONTEXT,
        PlanAspect::InternalCoordination => &NO_COORDINATION,
        PlanAspect::InformationTechnology => &NO_IT,
        PlanAspect::InventoryControl => &NO_INVENTORY,
        PlanAspect::ProductDesign => &NO_PRODUCT_DESIGN,
        PlanAspect::IdentifiedRisks => &NO_RISKS,
        PlanAspect::CustomerValue => &NO_CUSTOMER_VALUE,
        PlanAspect::LogisticsCostVsService => &NO_LOGISTICS_COST,
        PlanAspect::DemandChanges => &NO_DEMAND_CHANGES,
    }
}

fn check_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        return;
    };
    for (aspect, item) in PlanAspect::ALL {
        let found = plan
            .considerations
            .iter()
            .enumerate()
            .find(|(_, c)| c.aspect == aspect);
        match found {
            Some((_, c)) if !blank(&c.summary) => {}
            Some((k, _)) => em.emit_at(
                item,
                not_considered(aspect),
                format!("{SC}/plan/considerations/{k}"),
                &[],
            ),
            None => em.emit_at(item, not_considered(aspect), format!("{SC}/plan"), &[]),
        }
    }
}

/// 7.3.1 k): each planned supply-chain process has a monitoring, review, verification or
/// validation activity.
pub static PROCESS_CONTROLS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.1.k-process-controls",
        clause: "7.3.1.k",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Controls planned for each supply-chain process",
            "各供应链过程策划监督评审验证确认活动",
        ),
        reasons: &[NO_CONTROLS],
        covers: &[],
    },
    check: check_process_controls,
    obligations: None,
};

const NO_CONTROLS: Reason = Reason::new(
    "no-controls",
    "Supply-chain process '{subject}' has no monitoring, review, verification or validation activity planned.",
    "供应链过程“{subject}”未策划监督、评审、验证或确认活动。",
);

fn check_process_controls(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        return;
    };
    for (k, pr) in plan.processes.iter().enumerate() {
        if pr.controls.iter().all(|c| c.description.trim().is_empty()) {
            em.emit(
                &NO_CONTROLS,
                format!("{SC}/plan/processes/{k}"),
                &[p("subject", &pr.name)],
            );
        }
    }
}

/// 7.3.1 l): processes are planned, each with a responsible role and its authorities.
pub static PROCESS_RESPONSIBILITIES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.1.l-process-responsibilities",
        clause: "7.3.1.l",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Responsibilities and authorities per supply-chain process",
            "各供应链过程的职责和权限",
        ),
        reasons: &[
            NO_PROCESS,
            NO_RESPONSIBLE,
            NO_AUTHORITIES,
            RESPONSIBLE_VACANT,
        ],
        covers: &[],
    },
    check: check_process_responsibilities,
    obligations: None,
};

const NO_PROCESS: Reason = Reason::new(
    "no-process",
    "Supply-chain plan: no process is planned with its responsibilities and authorities.",
    "供应链策划：未策划任何过程及其职责和权限。",
);

const NO_RESPONSIBLE: Reason = Reason::new(
    "no-responsible",
    "{subject}: no responsible role is assigned.",
    "{subject}：未指定负责岗位。",
);

const NO_AUTHORITIES: Reason = Reason::new(
    "no-authorities",
    "{subject}: the authorities of the responsible role are not stated.",
    "{subject}：未规定负责岗位的权限。",
);

const RESPONSIBLE_VACANT: Reason = Reason::new(
    "role-vacant",
    "Supply-chain process '{subject}': its responsible role '{role}' is held by nobody on the evaluation date.",
    "供应链过程“{subject}”的负责岗位“{role}”在评价日无人担任。",
);

fn check_process_responsibilities(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        return;
    };
    if plan.processes.is_empty() {
        em.emit(&NO_PROCESS, format!("{SC}/plan"), &[]);
    }
    for (k, pr) in plan.processes.iter().enumerate() {
        let path = format!("{SC}/plan/processes/{k}");
        if pr.responsible.is_none() {
            em.emit(&NO_RESPONSIBLE, &path, &[p("subject", &pr.name)]);
        }
        if all_blank(&pr.authorities) {
            em.emit(&NO_AUTHORITIES, &path, &[p("subject", &pr.name)]);
        }
        if let Some(role) = pr.responsible {
            emit_role_vacant(
                ctx,
                em,
                &RESPONSIBLE_VACANT,
                &path,
                role,
                &[p("subject", &pr.name)],
            );
        }
    }
}

/// 7.3.1: at least one active supplier or carrier is a strategic partner.
pub static STRATEGIC_PARTNERS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.1-strategic-partners",
        clause: "7.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Strategic partnerships in the supply chain",
            "建立供应链战略合作伙伴关系",
        ),
        reasons: &[NO_PARTNER],
        covers: &[],
    },
    check: check_strategic_partners,
    obligations: None,
};

const NO_PARTNER: Reason = Reason::new(
    "no-partner",
    "No active supplier or carrier is recorded as a strategic supply-chain partner.",
    "未记录任何在用供方或承运方为供应链战略合作伙伴。",
);

fn check_strategic_partners(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !providers_on(sc(ctx), ctx.as_of)
        .iter()
        .any(|pv| pv.is_active() && pv.strategic)
    {
        em.emit(&NO_PARTNER, SC, &[]);
    }
}

/// Good practice: the supply-chain plan is reviewed at the interval it declares.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.1-plan-review-overdue",
        clause: "7.3.1",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Supply-chain plan reviewed on time", "供应链策划按期评审"),
        reasons: &[PLAN_OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &PLAN_OVERDUE),
    obligations: Some(review_duties),
};

const PLAN_OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of the supply-chain plan '{subject}' was due on {due} (interval {interval}, last {last}).",
    "供应链策划“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    if let Some(plan) = &doc.operation.supply_chain.plan {
        out.push(Duty {
            path: format!("{SC}/plan"),
            subject: plan
                .title
                .clone()
                .unwrap_or_else(|| "supply-chain plan".into()),
            activity: t("supply-chain plan review", "供应链策划评审"),
            interval: plan.review.interval,
            last_done: plan.review.last_done,
            anchor: plan.approval.as_ref().and_then(|a| a.date),
            evidence: Evidence::Schedule(plan.review.record),
        });
    }
}
