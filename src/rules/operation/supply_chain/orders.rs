//! 7.3.2 — 订单管理 (the policy): the organization documents how it manages orders — the
//! processing principles (a: sequence, priorities, time limits per stage, accuracy), the daily
//! (b) and after-sales (c) procedures, the control of order documents (d) and the regular
//! summary and analysis of order data (e).

use super::super::shared::emit_not_current;
use crate::model::EcmsDocument;
use crate::model::operation::supply_chain::OrderStage;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{SC, missing_at, sc};

/// 7.3.2: the order management policy is recorded and held as documented information.
pub static POLICY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2-order-policy",
        clause: "7.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Order management policy documented",
            "订单管理规定形成成文信息",
        ),
        reasons: &[
            POLICY_NOT_RECORDED,
            POLICY_NOT_DOCUMENTED,
            DOCUMENT_NOT_CURRENT,
        ],
        covers: &[],
    },
    check: check_policy,
    obligations: None,
};

const POLICY_NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The order management policy is not recorded.",
    "订单管理规定未记录。",
);

const POLICY_NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The order management policy is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "订单管理规定未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The order management policy is held in document '{document}', which is not the version in force ({status}).",
    "订单管理规定所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_policy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).order_policy {
        None => em.emit(&POLICY_NOT_RECORDED, SC, &[]),
        Some(op) if op.document.is_none() && ctx.documentation_required() => {
            em.emit(&POLICY_NOT_DOCUMENTED, format!("{SC}/orderPolicy"), &[]);
        }
        Some(_) => {}
    }
    if let Some(id) = sc(ctx).order_policy.as_ref().and_then(|x| x.document) {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/orderPolicy"),
            id,
            &[],
        );
    }
}

/// 7.3.2 a) 1), 2), 4): the principles state the processing sequence, the orders handled
/// first and how order information is kept accurate.
pub static PRINCIPLES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.a-order-principles",
        clause: "7.3.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Order processing principles", "订单处理原则"),
        reasons: &[NO_SEQUENCE, NO_PRIORITIES, NO_ACCURACY_CHECKS],
        covers: &["7.3.2.a.1", "7.3.2.a.2", "7.3.2.a.4"],
    },
    check: check_principles,
    obligations: None,
};

const NO_SEQUENCE: Reason = Reason::new(
    "no-sequence",
    "The order processing principles do not state the sequence in which orders are processed.",
    "订单处理原则未规定订单处理的先后顺序。",
);

const NO_PRIORITIES: Reason = Reason::new(
    "no-priorities",
    "The order processing principles do not state which orders are handled first.",
    "订单处理原则未规定优先处理的订单。",
);

const NO_ACCURACY_CHECKS: Reason = Reason::new(
    "no-accuracy-checks",
    "The order processing principles do not state how order information is kept accurate.",
    "订单处理原则未规定确保订单信息准确的措施。",
);

fn check_principles(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    missing_at(
        em,
        &format!("{SC}/orderPolicy"),
        &[],
        &[
            ("7.3.2.a.1", blank(&op.processing_sequence), &NO_SEQUENCE),
            ("7.3.2.a.2", all_blank(&op.priority_orders), &NO_PRIORITIES),
            (
                "7.3.2.a.4",
                all_blank(&op.accuracy_checks),
                &NO_ACCURACY_CHECKS,
            ),
        ],
    );
}

/// 7.3.2 a) 3): the policy sets a time limit for each order stage.
pub static TIME_LIMITS_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.a.3-time-limits-defined",
        clause: "7.3.2.a.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Time limits for each order stage", "订单各环节规定时限"),
        reasons: &[
            NO_LIMIT_DUNNING,
            NO_LIMIT_SHIPPING,
            NO_LIMIT_RETURNS,
            NO_LIMIT_INVOICING,
            NO_LIMIT_SETTLEMENT,
        ],
        covers: &[],
    },
    check: check_time_limits_defined,
    obligations: None,
};

const NO_LIMIT_DUNNING: Reason = Reason::new(
    "no-dunning-limit",
    "The order policy sets no time limit for dunning.",
    "订单处理原则未规定催款环节的时限。",
);

const NO_LIMIT_SHIPPING: Reason = Reason::new(
    "no-shipping-limit",
    "The order policy sets no time limit for shipping.",
    "订单处理原则未规定发货环节的时限。",
);

const NO_LIMIT_RETURNS: Reason = Reason::new(
    "no-returns-limit",
    "The order policy sets no time limit for returns.",
    "订单处理原则未规定退货环节的时限。",
);

const NO_LIMIT_INVOICING: Reason = Reason::new(
    "no-invoicing-limit",
    "The order policy sets no time limit for invoicing.",
    "订单处理原则未规定发票环节的时限。",
);

const NO_LIMIT_SETTLEMENT: Reason = Reason::new(
    "no-settlement-limit",
    "The order policy sets no time limit for settlement.",
    "订单处理原则未规定结算环节的时限。",
);

/// What the rule says when a stage has no time limit.
fn no_limit(stage: OrderStage) -> &'static Reason {
    match stage {
        OrderStage::Dunning => &NO_LIMIT_DUNNING,
        OrderStage::Shipping => &NO_LIMIT_SHIPPING,
        OrderStage::Returns => &NO_LIMIT_RETURNS,
        OrderStage::Invoicing => &NO_LIMIT_INVOICING,
        OrderStage::Settlement => &NO_LIMIT_SETTLEMENT,
    }
}

fn check_time_limits_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    for stage in OrderStage::ALL {
        if op
            .time_limits
            .iter()
            .any(|l| l.stage == stage && l.limit.is_some_and(|x| x.amount > 0))
        {
            continue;
        }
        let path = match op.time_limits.iter().position(|l| l.stage == stage) {
            Some(k) => format!("{SC}/orderPolicy/timeLimits/{k}"),
            None => format!("{SC}/orderPolicy"),
        };
        em.emit(no_limit(stage), path, &[]);
    }
}

/// 7.3.2 b): the daily order-handling procedure covers chasing payment, checking orders,
/// passing on documents, packing and shipping.
pub static DAILY_PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.b-daily-procedure",
        clause: "7.3.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Daily order-handling procedure", "日常订单处理流程"),
        reasons: &[
            NO_PAYMENT_REMINDERS,
            NO_ORDER_CHECKING,
            NO_DOCUMENT_TRANSFER,
            NO_PACKING,
            NO_SHIPPING,
        ],
        covers: &[],
    },
    check: check_daily_procedure,
    obligations: None,
};

const NO_PAYMENT_REMINDERS: Reason = Reason::new(
    "no-payment-reminders",
    "The daily order-handling procedure does not cover how payment is chased.",
    "日常订单处理流程未考虑催款的方式。",
);

const NO_ORDER_CHECKING: Reason = Reason::new(
    "no-order-checking",
    "The daily order-handling procedure does not cover order checking.",
    "日常订单处理流程未考虑订单核对。",
);

const NO_DOCUMENT_TRANSFER: Reason = Reason::new(
    "no-document-transfer",
    "The daily order-handling procedure does not cover passing on order documents.",
    "日常订单处理流程未考虑票据传递。",
);

const NO_PACKING: Reason = Reason::new(
    "no-packing",
    "The daily order-handling procedure does not cover packing and sealing.",
    "日常订单处理流程未考虑打包和封装。",
);

const NO_SHIPPING: Reason = Reason::new(
    "no-weighing-and-shipping",
    "The daily order-handling procedure does not cover weighing and shipping.",
    "日常订单处理流程未考虑称重和发货。",
);

fn check_daily_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    let d = &op.daily_procedure;
    missing_at(
        em,
        &format!("{SC}/orderPolicy"),
        &[],
        &[
            (
                "7.3.2.b",
                blank(&d.payment_reminders),
                &NO_PAYMENT_REMINDERS,
            ),
            ("7.3.2.b", blank(&d.order_checking), &NO_ORDER_CHECKING),
            (
                "7.3.2.b",
                blank(&d.document_transfer),
                &NO_DOCUMENT_TRANSFER,
            ),
            ("7.3.2.b", blank(&d.packing), &NO_PACKING),
            ("7.3.2.b", blank(&d.weighing_and_shipping), &NO_SHIPPING),
        ],
    );
}

/// 7.3.2 c): the after-sales procedure covers orders already shipped and not yet shipped.
pub static AFTER_SALES_PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.c-after-sales-procedure",
        clause: "7.3.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("After-sales order procedure", "售后订单处理流程"),
        reasons: &[NO_SHIPPED, NO_UNSHIPPED],
        covers: &[],
    },
    check: check_after_sales_procedure,
    obligations: None,
};

const NO_SHIPPED: Reason = Reason::new(
    "no-shipped",
    "The after-sales order procedure does not cover orders already shipped.",
    "售后订单处理流程未考虑订单已发货的情形。",
);

const NO_UNSHIPPED: Reason = Reason::new(
    "no-unshipped",
    "The after-sales order procedure does not cover orders not yet shipped.",
    "售后订单处理流程未考虑订单未发货的情形。",
);

fn check_after_sales_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    let a = &op.after_sales_procedure;
    missing_at(
        em,
        &format!("{SC}/orderPolicy"),
        &[],
        &[
            ("7.3.2.c", blank(&a.shipped), &NO_SHIPPED),
            ("7.3.2.c", blank(&a.unshipped), &NO_UNSHIPPED),
        ],
    );
}

/// 7.3.2 d): the policy says how order documents are controlled.
pub static DOCUMENTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.d-order-documents",
        clause: "7.3.2.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Order documents controlled", "订单票据受控"),
        reasons: &[NO_DOCUMENT_CONTROL],
        covers: &[],
    },
    check: check_documents,
    obligations: None,
};

const NO_DOCUMENT_CONTROL: Reason = Reason::new(
    "no-document-control",
    "The order policy does not say how order documents are controlled.",
    "订单管理规定未说明如何控制订单相关票据。",
);

fn check_documents(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(op) = &sc(ctx).order_policy
        && blank(&op.document_control)
    {
        em.emit(&NO_DOCUMENT_CONTROL, format!("{SC}/orderPolicy"), &[]);
    }
}

/// 7.3.2 e): order data is summarised and analysed: reports and results named, on an
/// interval.
pub static ANALYSIS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.e-order-analysis",
        clause: "7.3.2.e",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Order data summarised and analysed", "订单数据汇总分析"),
        reasons: &[
            ANALYSIS_NOT_PROVIDED,
            ANALYSIS_NO_OUTPUTS,
            ANALYSIS_NO_INTERVAL,
        ],
        covers: &[],
    },
    check: check_analysis,
    obligations: None,
};

const ANALYSIS_NOT_PROVIDED: Reason = Reason::new(
    "not-provided",
    "Order data analysis is not provided for.",
    "订单数据分析未作规定。",
);

const ANALYSIS_NO_OUTPUTS: Reason = Reason::new(
    "no-outputs",
    "Order data analysis names no reports compiled or no results such as forecasts.",
    "订单数据分析未说明汇总的报表或获得的预测等信息。",
);

const ANALYSIS_NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Order data analysis has no interval, so its timeliness cannot be shown.",
    "订单数据分析未规定周期，无法证实其及时性。",
);

fn check_analysis(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    let Some(a) = &op.analysis else {
        em.emit(&ANALYSIS_NOT_PROVIDED, format!("{SC}/orderPolicy"), &[]);
        return;
    };
    let path = format!("{SC}/orderPolicy/analysis");
    if all_blank(&a.reports) || all_blank(&a.outputs) {
        em.emit(&ANALYSIS_NO_OUTPUTS, &path, &[]);
    }
    if a.schedule.interval.is_none() {
        em.emit(&ANALYSIS_NO_INTERVAL, &path, &[]);
    }
}

/// 7.3.2 e): the order data analysis is done at the interval it declares.
pub static ANALYSIS_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.e-order-analysis-overdue",
        clause: "7.3.2.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Order data analysed on time", "订单数据按期分析"),
        reasons: &[ANALYSIS_LATE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &ANALYSIS_LATE),
    obligations: Some(analysis_duties),
};

const ANALYSIS_LATE: Reason = Reason::new(
    "overdue",
    "The {subject} was due on {due} (interval {interval}, last {last}).",
    "{subject}应于{due}完成（周期{interval}，上次{last}）。",
);

fn analysis_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let sc = &doc.operation.supply_chain;
    if let Some(a) = sc.order_policy.as_ref().and_then(|o| o.analysis.as_ref()) {
        out.push(Duty {
            path: format!("{SC}/orderPolicy/analysis"),
            subject: "order data analysis".into(),
            activity: t("order data analysis", "订单数据分析"),
            interval: a.schedule.interval,
            last_done: a.schedule.last_done,
            anchor: None,
            evidence: Evidence::Schedule(a.schedule.record),
        });
    }
}
