//! 7.6 — 资金管理: the organization builds a complete financial control system (forecasting,
//! decision, budgeting, analysis, supervision, inspection), each control owned, documented and
//! run on schedule, and documented fund procedures for the safe and timely running of online
//! transactions (a), operating standards for funds (b) and the whole payment process (c).

use super::shared::emit_not_current;
use crate::model::EcmsDocument;
use crate::model::operation::funds::{FinanceFunction, FundPurpose};
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{emit_missing_intervals, missing};

const FM: &str = "/operation/funds";

/// 7.6: the financial control system has each of its six elements.
pub static CONTROL_FUNCTIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.6-financial-control-functions",
        clause: "7.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Financial control system complete", "财务控制体系完整"),
        reasons: &[
            NO_FORECASTING,
            NO_DECISION,
            NO_BUDGETING,
            NO_ANALYSIS,
            NO_SUPERVISION,
            NO_INSPECTION,
        ],
        covers: &[],
    },
    check: check_control_functions,
    obligations: None,
};

const NO_FORECASTING: Reason = Reason::new(
    "no-forecasting",
    "The financial control system has no 'forecasting' element.",
    "财务控制体系缺少“财务预测”环节。",
);
const NO_DECISION: Reason = Reason::new(
    "no-decision",
    "The financial control system has no 'decision' element.",
    "财务控制体系缺少“财务决策”环节。",
);
const NO_BUDGETING: Reason = Reason::new(
    "no-budgeting",
    "The financial control system has no 'budgeting' element.",
    "财务控制体系缺少“计划预算”环节。",
);
const NO_ANALYSIS: Reason = Reason::new(
    "no-analysis",
    "The financial control system has no 'analysis' element.",
    "财务控制体系缺少“财务分析”环节。",
);
const NO_SUPERVISION: Reason = Reason::new(
    "no-supervision",
    "The financial control system has no 'supervision' element.",
    "财务控制体系缺少“财务监督”环节。",
);
const NO_INSPECTION: Reason = Reason::new(
    "no-inspection",
    "The financial control system has no 'inspection' element.",
    "财务控制体系缺少“财务检查”环节。",
);

fn function_missing(f: FinanceFunction) -> &'static Reason {
    match f {
        FinanceFunction::Forecasting => &NO_FORECASTING,
        FinanceFunction::Decision => &NO_DECISION,
        FinanceFunction::Budgeting => &NO_BUDGETING,
        FinanceFunction::Analysis => &NO_ANALYSIS,
        FinanceFunction::Supervision => &NO_SUPERVISION,
        FinanceFunction::Inspection => &NO_INSPECTION,
    }
}

fn check_control_functions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let controls = &ctx.doc.operation.funds.financial_controls;
    for f in FinanceFunction::ALL {
        if !controls.iter().any(|c| c.function == f) {
            em.emit(function_missing(f), FM, &[p("function", f.as_str())]);
        }
    }
}

/// 7.6: each financial control has an owner role and documented information.
pub static CONTROL_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.6-financial-control-defined",
        clause: "7.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Financial controls owned and documented",
            "财务控制有负责岗位和文件",
        ),
        reasons: &[NO_OWNER, NOT_DOCUMENTED, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_control_defined,
    obligations: None,
};

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Financial control '{subject}' has no owner role.",
    "财务控制“{subject}”没有负责岗位。",
);
const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "Financial control '{subject}' has no documented information. The organization requires documented procedures; the standard asks for the process only.",
    "财务控制“{subject}”没有成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "Financial control '{subject}' is held in document '{document}', which is not the version in force ({status}).",
    "财务控制“{subject}”所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_control_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx
        .doc
        .operation
        .funds
        .financial_controls
        .iter()
        .enumerate()
    {
        missing(
            em,
            &format!("{FM}/financialControls/{i}"),
            &[p("subject", &c.description)],
            &[
                (c.owner.is_none(), &NO_OWNER),
                (
                    c.document.is_none() && ctx.documentation_required(),
                    &NOT_DOCUMENTED,
                ),
            ],
        );
        if let Some(id) = c.document {
            emit_not_current(
                ctx,
                em,
                &DOCUMENT_NOT_CURRENT,
                &format!("{FM}/financialControls/{i}"),
                id,
                &[p("subject", &c.description)],
            );
        }
    }
}

/// 7.6: each financial control is run at the interval it declares.
pub static CONTROL_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.6-financial-control-overdue",
        clause: "7.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Financial controls run on time", "财务控制按期执行"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(control_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "Financial control '{subject}' was due on {due} (interval {interval}, last {last}).",
    "财务控制“{subject}”应于{due}执行（周期{interval}，上次{last}）。",
);

fn control_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, c) in doc.operation.funds.financial_controls.iter().enumerate() {
        out.push(Duty {
            path: format!("{FM}/financialControls/{i}"),
            subject: c.description.clone(),
            activity: t("financial control", "财务控制"),
            interval: c.schedule.interval,
            last_done: c.schedule.last_done,
            anchor: None,
            evidence: Evidence::Schedule(c.schedule.record),
        });
    }
}

/// 7.6 a)–c): a fund procedure provides for each purpose. The standard asks for procedures
/// established (建立), not for documented information: their documents are demanded only
/// with `requireDocumentedProcedures`.
pub static FUND_PROCEDURES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.6-fund-procedures",
        clause: "7.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Fund procedures cover a)–c)", "资金管理程序覆盖a)–c)"),
        reasons: &[
            NO_TRANSACTION_SAFETY,
            NO_OPERATING_STANDARDS,
            NO_PAYMENT_PROCESS,
            PROCEDURE_NOT_DOCUMENTED,
        ],
        covers: &["7.6.a", "7.6.b", "7.6.c"],
    },
    check: check_fund_procedures,
    obligations: None,
};

const NO_TRANSACTION_SAFETY: Reason = Reason::new(
    "no-transaction-safety",
    "No fund procedure provides for the safe and timely running of online transactions and related activities.",
    "没有资金管理程序支持“线上交易及相关活动的安全及时运作”。",
);
const NO_OPERATING_STANDARDS: Reason = Reason::new(
    "no-operating-standards",
    "No fund procedure sets operating standards for the fund processes.",
    "没有资金管理程序支持“资金过程操作标准”。",
);
const NO_PAYMENT_PROCESS: Reason = Reason::new(
    "no-payment-process",
    "No fund procedure provides for the whole e-commerce payment process.",
    "没有资金管理程序支持“电子商务支付全过程”。",
);
const PROCEDURE_NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "Fund procedure '{subject}' has no documented information. The organization requires documented procedures; the standard asks for the process only.",
    "资金管理程序“{subject}”没有成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_fund_procedures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let procs = &ctx.doc.operation.funds.fund_procedures;
    for (purpose, item) in FundPurpose::ALL {
        let reason = match purpose {
            FundPurpose::TransactionSafety => &NO_TRANSACTION_SAFETY,
            FundPurpose::OperatingStandards => &NO_OPERATING_STANDARDS,
            FundPurpose::PaymentProcess => &NO_PAYMENT_PROCESS,
        };
        if !procs.iter().any(|x| x.purposes.contains(&purpose)) {
            em.emit_at(item, reason, FM, &[p("purpose", purpose.as_str())]);
        }
    }
    if ctx.documentation_required() {
        for (i, x) in procs.iter().enumerate() {
            if x.document.is_none() {
                em.emit(
                    &PROCEDURE_NOT_DOCUMENTED,
                    format!("{FM}/fundProcedures/{i}"),
                    &[p("subject", &x.name)],
                );
            }
        }
    }
}

/// 7.6: each financial control declares its interval, so it can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.6-review-intervals",
        clause: "7.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Financial controls scheduled", "财务控制规定周期"),
        reasons: &[NO_CONTROL_INTERVAL],
        covers: &[],
    },
    check: |ctx, em| emit_missing_intervals(ctx, em, &[(&CONTROL_OVERDUE, &NO_CONTROL_INTERVAL)]),
    obligations: None,
};

const NO_CONTROL_INTERVAL: Reason = Reason::new(
    "no-control-interval",
    "'{subject}' declares no interval for its financial control, so it cannot be planned.",
    "“{subject}”未规定财务控制周期，无法策划。",
);
