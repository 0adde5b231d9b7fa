//! 7.3.3.2 — 外部供方的控制 (selection and agreement): suppliers are recorded; a documented
//! procedure governs how external providers are evaluated, selected, bound and monitored
//! (a–g); providers are used only once selected on an evaluation of their capability and
//! approved, and each is bound by a signed, current agreement.

use crate::model::operation::supply_chain::{EvaluationResult, ProviderAgreement, ProviderStatus};
use crate::rules::prelude::*;

use super::shared::{SC, missing_at, providers, sc};

/// 7.3.3.2: at least one supplier is recorded.
pub static RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-providers-recorded",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        title: t("External providers recorded", "记录外部供方"),
        reasons: &[NO_SUPPLIER],
        covers: &[],
    },
    check: check_recorded,
    obligations: None,
};

const NO_SUPPLIER: Reason = Reason::new("none", "No supplier is recorded.", "未记录任何供方。");

fn check_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if sc(ctx).suppliers.is_empty() {
        em.emit(&NO_SUPPLIER, SC, &[]);
    }
}

/// 7.3.3.2 a)–g): the external provider procedure is documented and provides for selection,
/// responsibilities, agreed requirements, changes, records, monitoring, yearly review and the
/// purchasing risks of g) 1)–4), each reported at its item.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-provider-procedure",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        title: t("External provider management procedure", "外部供方管理程序"),
        reasons: &[
            PROCEDURE_NOT_RECORDED,
            PROCEDURE_NOT_DOCUMENTED,
            NO_SELECTION_CRITERIA,
            NO_RESPONSIBILITIES,
            NO_AGREED_REQUIREMENTS,
            NO_CHANGE_MANAGEMENT,
            NO_TRANSACTION_RECORDS,
            NO_PERFORMANCE_MONITORING,
            NO_PERIODIC_REVIEW,
            NO_QUALIFICATION_RISK,
            NO_QUALITY_RISK,
            NO_LEAD_TIME_RISK,
            NO_AFTER_SALES_RISK,
        ],
        covers: &[
            "7.3.3.2.a",
            "7.3.3.2.b",
            "7.3.3.2.c",
            "7.3.3.2.d",
            "7.3.3.2.e",
            "7.3.3.2.f",
            "7.3.3.2.g.1",
            "7.3.3.2.g.2",
            "7.3.3.2.g.3",
            "7.3.3.2.g.4",
        ],
    },
    check: check_procedure,
    obligations: None,
};

const PROCEDURE_NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The external provider management procedure is not recorded.",
    "外部供方管理程序未记录。",
);

const PROCEDURE_NOT_DOCUMENTED: Reason = Reason::new(
    "not-documented",
    "The external provider management procedure is not held as documented information.",
    "外部供方管理程序未形成成文信息。",
);

const NO_SELECTION_CRITERIA: Reason = Reason::new(
    "no-selection-criteria",
    "The external provider management procedure does not say how providers are evaluated and selected on their capability.",
    "外部供方管理程序未规定依据能力评价和选择供方的方法。",
);

const NO_RESPONSIBILITIES: Reason = Reason::new(
    "no-responsibilities",
    "The external provider management procedure does not make providers aware of their responsibilities.",
    "外部供方管理程序未规定使供方了解其职责。",
);

const NO_AGREED_REQUIREMENTS: Reason = Reason::new(
    "no-agreed-requirements",
    "The external provider management procedure does not ensure agreed requirements are met.",
    "外部供方管理程序未规定确保满足约定要求。",
);

const NO_CHANGE_MANAGEMENT: Reason = Reason::new(
    "no-change-management",
    "The external provider management procedure does not manage changes to requirements and responsibilities.",
    "外部供方管理程序未规定对要求和职责变更的管理。",
);

const NO_TRANSACTION_RECORDS: Reason = Reason::new(
    "no-transaction-records",
    "The external provider management procedure does not provide for recording business transactions.",
    "外部供方管理程序未规定记录业务交易。",
);

const NO_PERFORMANCE_MONITORING: Reason = Reason::new(
    "no-performance-monitoring",
    "The external provider management procedure does not control and monitor provider performance.",
    "外部供方管理程序未规定对供方绩效的控制和监视。",
);

const NO_PERIODIC_REVIEW: Reason = Reason::new(
    "no-periodic-review",
    "The external provider management procedure does not provide for reviewing providers at least yearly.",
    "外部供方管理程序未规定至少每年评审供方。",
);

const NO_QUALIFICATION_RISK: Reason = Reason::new(
    "no-qualification-risk-control",
    "The external provider management procedure does not control the risk of supplier qualification and reputation.",
    "外部供方管理程序未控制供货商资质和信誉风险。",
);

const NO_QUALITY_RISK: Reason = Reason::new(
    "no-quality-risk-control",
    "The external provider management procedure does not control the risk of product quality.",
    "外部供方管理程序未控制产品质量风险。",
);

const NO_LEAD_TIME_RISK: Reason = Reason::new(
    "no-lead-time-risk-control",
    "The external provider management procedure does not control the risk of delivery lead time.",
    "外部供方管理程序未控制供货周期风险。",
);

const NO_AFTER_SALES_RISK: Reason = Reason::new(
    "no-after-sales-risk-control",
    "The external provider management procedure does not control the risk of after-sales service.",
    "外部供方管理程序未控制售后服务风险。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(pp) = &sc(ctx).provider_procedure else {
        em.emit(&PROCEDURE_NOT_RECORDED, SC, &[]);
        return;
    };
    let r = &pp.risk_controls;
    missing_at(
        em,
        &format!("{SC}/providerProcedure"),
        &[],
        &[
            ("7.3.3.2", pp.document.is_none(), &PROCEDURE_NOT_DOCUMENTED),
            (
                "7.3.3.2",
                blank(&pp.selection_criteria),
                &NO_SELECTION_CRITERIA,
            ),
            (
                "7.3.3.2.a",
                blank(&pp.responsibilities),
                &NO_RESPONSIBILITIES,
            ),
            (
                "7.3.3.2.b",
                blank(&pp.agreed_requirements),
                &NO_AGREED_REQUIREMENTS,
            ),
            (
                "7.3.3.2.c",
                blank(&pp.change_management),
                &NO_CHANGE_MANAGEMENT,
            ),
            (
                "7.3.3.2.d",
                blank(&pp.transaction_records),
                &NO_TRANSACTION_RECORDS,
            ),
            (
                "7.3.3.2.e",
                blank(&pp.performance_monitoring),
                &NO_PERFORMANCE_MONITORING,
            ),
            ("7.3.3.2.f", blank(&pp.periodic_review), &NO_PERIODIC_REVIEW),
            (
                "7.3.3.2.g.1",
                blank(&r.qualification_and_reputation),
                &NO_QUALIFICATION_RISK,
            ),
            ("7.3.3.2.g.2", blank(&r.product_quality), &NO_QUALITY_RISK),
            ("7.3.3.2.g.3", blank(&r.lead_time), &NO_LEAD_TIME_RISK),
            ("7.3.3.2.g.4", blank(&r.after_sales), &NO_AFTER_SALES_RISK),
        ],
    );
}

/// 7.3.3.2: each provider's evaluations are complete, and an active provider has an
/// approval status and date preceded by a passed capability evaluation, and was not
/// rejected by its latest evaluation.
pub static SELECTED_ON_EVALUATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-provider-selected-on-evaluation",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        title: t(
            "Providers selected on evaluated capability",
            "依据能力评价选择供方",
        ),
        reasons: &[
            EVALUATION_INCOMPLETE,
            NO_STATUS,
            NO_APPROVAL_DATE,
            NOT_EVALUATED_BEFORE_APPROVAL,
            REJECTED_IN_USE,
        ],
        covers: &[],
    },
    check: check_selected,
    obligations: None,
};

const EVALUATION_INCOMPLETE: Reason = Reason::new(
    "evaluation-incomplete",
    "{subject}: an evaluation lacks its date, evaluator or result.",
    "{subject}：一次评价缺少日期、评价人或结论。",
);

const NO_STATUS: Reason = Reason::new(
    "no-status",
    "{subject}: is in use with no approval status recorded.",
    "{subject}：在用但未记录批准状态。",
);

const NO_APPROVAL_DATE: Reason = Reason::new(
    "no-approval-date",
    "{subject}: records no approval date.",
    "{subject}：未记录批准日期。",
);

const NOT_EVALUATED_BEFORE_APPROVAL: Reason = Reason::new(
    "not-evaluated-before-approval",
    "{subject}: no passed capability evaluation precedes its approval.",
    "{subject}：批准前没有通过的能力评价。",
);

const REJECTED_IN_USE: Reason = Reason::new(
    "rejected-in-use",
    "{subject}: its latest evaluation rejected it, yet it is still in use.",
    "{subject}：最近一次评价结论为不合格，但仍在使用。",
);

fn check_selected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        // Incomplete evaluations, for any provider.
        for (k, e) in pv.evaluations.iter().enumerate() {
            if e.date.is_none() || e.result.is_none() || e.evaluator.is_none() {
                em.emit(
                    &EVALUATION_INCOMPLETE,
                    format!("{}/evaluations/{k}", pv.path),
                    &[p("subject", pv.name)],
                );
            }
        }
        if !pv.is_active() {
            continue;
        }
        let mut problems: Vec<&'static Reason> = Vec::new();
        if pv.status.is_none() {
            problems.push(&NO_STATUS);
        }
        match pv.approved_on {
            None => problems.push(&NO_APPROVAL_DATE),
            Some(approved) => {
                let evaluated_before = pv.evaluations.iter().any(|e| {
                    e.date.is_some_and(|d| d <= approved)
                        && matches!(
                            e.result,
                            Some(
                                EvaluationResult::Approved
                                    | EvaluationResult::ConditionallyApproved
                            )
                        )
                });
                if !evaluated_before {
                    problems.push(&NOT_EVALUATED_BEFORE_APPROVAL);
                }
            }
        }
        if let Some((_, e, _)) = pv.latest_evaluation(ctx.as_of)
            && e.result == Some(EvaluationResult::Rejected)
        {
            problems.push(&REJECTED_IN_USE);
        }
        for reason in problems {
            em.emit(reason, &pv.path, &[p("subject", pv.name)]);
        }
    }
}

/// 7.3.3.2: a purchase goes only to a supplier approved before it was sent.
pub static APPROVED_BEFORE_USE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-provider-approved-before-use",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        title: t("Only approved providers used", "仅使用经批准的供方"),
        reasons: &[CANDIDATE, NOT_APPROVED, APPROVED_LATER],
        covers: &[],
    },
    check: check_approved_before_use,
    obligations: None,
};

const CANDIDATE: Reason = Reason::new(
    "candidate",
    "Purchase {subject} was sent on {sent} to '{supplier}', which is still a candidate.",
    "采购单{subject}于{sent}发给“{supplier}”，但该供方仍为候选供方。",
);

const NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "Purchase {subject} was sent on {sent} to '{supplier}', which has no recorded approval.",
    "采购单{subject}于{sent}发给“{supplier}”，但该供方没有批准记录。",
);

const APPROVED_LATER: Reason = Reason::new(
    "approved-later",
    "Purchase {subject} was sent on {sent} to '{supplier}', which was approved only later.",
    "采购单{subject}于{sent}发给“{supplier}”，但该供方当时尚未获批准。",
);

fn check_approved_before_use(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    for (i, pu) in s.purchases.iter().enumerate() {
        let (Some(sid), Some(sent)) = (pu.supplier, pu.sent_on) else {
            continue;
        };
        let Some(sup) = s.suppliers.iter().find(|x| x.id == sid) else {
            continue; // dangling: reported by the reference rules
        };
        let problem: Option<&'static Reason> = match (sup.status, sup.approved_on) {
            (Some(ProviderStatus::Candidate), _) => Some(&CANDIDATE),
            (_, None) => Some(&NOT_APPROVED),
            (_, Some(a)) if a > sent => Some(&APPROVED_LATER),
            _ => None,
        };
        if let Some(reason) = problem {
            em.emit(
                reason,
                format!("{SC}/purchases/{i}"),
                &[
                    p("subject", &pu.number),
                    p("sent", sent),
                    p("supplier", &sup.name),
                ],
            );
        }
    }
}

/// 7.3.3.2 a): each active provider is bound by a signed agreement that has not expired.
pub static AGREEMENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2.a-provider-agreement",
        clause: "7.3.3.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        title: t("Providers bound by an agreement", "与供方签订协议明确职责"),
        reasons: &[NO_AGREEMENT, UNSIGNED, EXPIRED],
        covers: &[],
    },
    check: check_agreement,
    obligations: None,
};

const NO_AGREEMENT: Reason = Reason::new(
    "no-agreement",
    "{subject}: no agreement sets out its responsibilities and the agreed requirements.",
    "{subject}：没有协议明确其职责和约定要求。",
);

const UNSIGNED: Reason = Reason::new(
    "unsigned",
    "{subject}: the agreement has no signed copy on file.",
    "{subject}：协议没有已签署的存档文本。",
);

const EXPIRED: Reason = Reason::new(
    "expired",
    "{subject}: the agreement expired on {until}.",
    "{subject}：协议已于{until}到期。",
);

fn check_agreement(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        if !pv.is_active() {
            continue;
        }
        let subject = p("subject", pv.name);
        match pv.agreement {
            None => em.emit(&NO_AGREEMENT, &pv.path, &[subject]),
            Some(a) if a.document.is_none() || a.signed.is_none() => {
                em.emit(&UNSIGNED, &pv.path, &[subject]);
            }
            Some(ProviderAgreement {
                valid_until: Some(until),
                ..
            }) if *until < ctx.as_of => {
                em.emit(&EXPIRED, &pv.path, &[subject, p("until", until)]);
            }
            Some(_) => {}
        }
    }
}
