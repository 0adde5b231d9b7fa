//! 7.3.3.2 — 外部供方的控制 (selection and agreement): suppliers are recorded; a documented
//! procedure governs how external providers are evaluated, selected, bound and monitored
//! (a–g); providers are used only once selected on an evaluation of their capability and
//! approved, and each is bound by a signed, current agreement.

use super::super::shared::emit_not_current;
use crate::model::operation::supply_chain::{EvaluationResult, ProviderAgreement, ProviderStatus};
use crate::rules::prelude::*;

use super::shared::{SC, missing_at, providers_on, sc};

/// 7.3.3.2: at least one supplier is recorded.
pub static RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-providers-recorded",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
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
        kind: RuleKind::Relation,
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
            DOCUMENT_NOT_CURRENT,
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

const PROCEDURE_NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The external provider management procedure is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "外部供方管理程序未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
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

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The external provider management procedure is held in document '{document}', which is not the version in force ({status}).",
    "外部供方管理程序所在文件“{document}”不是现行有效版本（{status}）。",
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
            (
                "7.3.3.2",
                pp.document.is_none() && ctx.documentation_required(),
                &PROCEDURE_NOT_DOCUMENTED,
            ),
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
    if let Some(id) = sc(ctx).provider_procedure.as_ref().and_then(|x| x.document) {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/providerProcedure"),
            id,
            &[],
        );
    }
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
        kind: RuleKind::Time,
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
    for pv in providers_on(sc(ctx), ctx.as_of) {
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

/// 7.3.3.2: a purchase goes only to a supplier approved before it was sent, and in use (not
/// suspended or terminated) on the day it was sent; the same holds, on its date, for a
/// purchase or call-off recorded only as a business transaction with the provider (returns,
/// claims and settlements may follow a supplier's suspension and are not checked).
pub static APPROVED_BEFORE_USE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-provider-approved-before-use",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Only approved providers used", "仅使用经批准的供方"),
        reasons: &[
            CANDIDATE,
            NOT_APPROVED,
            APPROVED_LATER,
            UNLISTED_THEN,
            CANDIDATE_THEN,
            SUSPENDED_THEN,
            TERMINATED_THEN,
        ],
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

const UNLISTED_THEN: Reason = Reason::new(
    "unlisted-then",
    "Purchase {subject} was sent on {sent} to '{supplier}', which its status history shows was not yet a provider of the organization on that day.",
    "采购单{subject}于{sent}发给“{supplier}”，但按其状态记录，该供方当日尚未列入供方名录。",
);

const CANDIDATE_THEN: Reason = Reason::new(
    "candidate-then",
    "Purchase {subject} was sent on {sent} to '{supplier}', which was still a candidate on that day.",
    "采购单{subject}于{sent}发给“{supplier}”，但该供方当日仍为候选供方。",
);

const SUSPENDED_THEN: Reason = Reason::new(
    "suspended-then",
    "Purchase {subject} was sent on {sent} to '{supplier}', which was suspended on that day.",
    "采购单{subject}于{sent}发给“{supplier}”，但该供方当日处于暂停使用状态。",
);

const TERMINATED_THEN: Reason = Reason::new(
    "terminated-then",
    "Purchase {subject} was sent on {sent} to '{supplier}', which was no longer used from an earlier day.",
    "采购单{subject}于{sent}发给“{supplier}”，但该供方此前已终止使用。",
);

/// A purchase is judged by the supplier's status on the day it was sent when the supplier has
/// a status history (else by its current status), then by its approval date. Purchases sent
/// after the as-of date have not happened yet.
fn check_approved_before_use(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::operation::supply_chain::TransactionKind;
    let s = sc(ctx);
    let uses = s
        .purchases
        .iter()
        .enumerate()
        .map(|(i, pu)| {
            (
                format!("{SC}/purchases/{i}"),
                pu.number.clone(),
                pu.supplier,
                pu.sent_on,
            )
        })
        .chain(
            s.provider_transactions
                .iter()
                .enumerate()
                .filter(|(_, tx)| {
                    tx.kind == Some(TransactionKind::Purchase)
                        && !tx
                            .purchase
                            .is_some_and(|id| s.purchases.iter().any(|pu| pu.id == id))
                })
                .map(|(i, tx)| {
                    (
                        format!("{SC}/providerTransactions/{i}"),
                        tx.description
                            .clone()
                            .unwrap_or_else(|| format!("#{}", i + 1)),
                        tx.provider,
                        tx.date,
                    )
                }),
        );
    for (path, number, supplier, sent_on) in uses {
        let (Some(sid), Some(sent)) = (supplier, sent_on) else {
            continue;
        };
        if sent > ctx.as_of {
            continue;
        }
        let Some(sup) = s.suppliers.iter().find(|x| x.id == sid) else {
            continue; // dangling: reported by the reference rules
        };
        let by_status: Option<&'static Reason> = if sup.history.is_empty() {
            (sup.status == Some(ProviderStatus::Candidate)).then_some(&CANDIDATE)
        } else {
            match sup.status_on(sent) {
                None => Some(&UNLISTED_THEN),
                Some(ProviderStatus::Candidate) => Some(&CANDIDATE_THEN),
                Some(ProviderStatus::Suspended) => Some(&SUSPENDED_THEN),
                Some(ProviderStatus::Terminated) => Some(&TERMINATED_THEN),
                Some(_) => None,
            }
        };
        let problem = by_status.or(match sup.approved_on {
            None => Some(&NOT_APPROVED),
            Some(a) if a > sent => Some(&APPROVED_LATER),
            Some(_) => None,
        });
        if let Some(reason) = problem {
            em.emit(
                reason,
                path,
                &[
                    p("subject", &number),
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
        kind: RuleKind::Time,
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
    for pv in providers_on(sc(ctx), ctx.as_of) {
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

/// 7.3.3.2 d): business transactions with providers are recorded: each recorded transaction
/// names its provider, its date and its retained record, and goods found nonconforming on
/// receipt are followed by a recorded return or claim with the provider.
pub static TRANSACTIONS_RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2.d-transactions-recorded",
        clause: "7.3.3.2.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Business transactions with providers recorded",
            "记录与外部供方的业务交易",
        ),
        reasons: &[TRANSACTION_INCOMPLETE, NO_RECORD, REJECTION_NOT_RECORDED],
        covers: &[],
    },
    check: check_transactions,
    obligations: None,
};

const TRANSACTION_INCOMPLETE: Reason = Reason::new(
    "transaction-incomplete",
    "A transaction with a provider ('{subject}') does not record the provider and its date.",
    "一项与供方的业务交易（“{subject}”）未记录供方和日期。",
);
const NO_RECORD: Reason = Reason::new(
    "no-record",
    "The transaction '{subject}' with provider '{provider}' names no retained record.",
    "与供方“{provider}”的业务交易“{subject}”未注明保留的记录。",
);
const REJECTION_NOT_RECORDED: Reason = Reason::new(
    "rejection-not-recorded",
    "Purchase {subject} from '{provider}' was found nonconforming on receipt, but no return or claim with the provider is recorded.",
    "向“{provider}”的采购{subject}到货验证不合格，但未记录与该供方的退货或索赔。",
);

fn provider_name(ctx: &Ctx<'_>, id: Option<crate::ids::SupplierId>) -> (&'static str, String) {
    id.map(|id| {
        p(
            "provider",
            sc(ctx)
                .suppliers
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.name.clone())
                .unwrap_or_else(|| id.to_string()),
        )
    })
    .unwrap_or_else(|| pl("provider", "-", "(not named)", "（未指明）"))
}

fn check_transactions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::operation::supply_chain::{TransactionKind, VerificationResult};
    let txs = &sc(ctx).provider_transactions;
    for (i, tx) in txs.iter().enumerate() {
        let path = format!("{SC}/providerTransactions/{i}");
        let subject = tx
            .description
            .clone()
            .unwrap_or_else(|| format!("#{}", i + 1));
        if tx.provider.is_none() || tx.date.is_none() {
            em.emit(&TRANSACTION_INCOMPLETE, &path, &[p("subject", &subject)]);
        }
        if tx.record.is_none() {
            em.emit(
                &NO_RECORD,
                &path,
                &[p("subject", &subject), provider_name(ctx, tx.provider)],
            );
        }
    }
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let rejected = pu
            .verification
            .as_ref()
            .is_some_and(|v| v.result == Some(VerificationResult::Nonconforming));
        if !rejected {
            continue;
        }
        let followed = txs.iter().any(|tx| {
            tx.purchase == Some(pu.id)
                && matches!(
                    tx.kind,
                    Some(TransactionKind::Return) | Some(TransactionKind::Claim)
                )
        });
        if !followed {
            em.emit(
                &REJECTION_NOT_RECORDED,
                format!("{SC}/purchases/{i}/verification"),
                &[p("subject", &pu.number), provider_name(ctx, pu.supplier)],
            );
        }
    }
}
