//! 7.2.4 — 顾客服务管理 (process, arrangements a)–f), staff evaluation): the organization
//! establishes a documented customer-service process that determines the competence (a),
//! infrastructure (b) and environment (c) service needs, the pre-sale rules (d), product
//! confirmation before sale (e) and after-sale rules (f); it sets up an evaluation system
//! for service staff and evaluates them periodically.

use crate::common::is_default;
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::emit_missing_intervals;

const CS: &str = "/operation/customerService";

/// 7.2.4: a documented customer-service procedure is recorded.
/// The standard asks for the process, not for documented information (成文信息): the
/// document is required only when the organization sets `requireDocumentedProcedures`.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-service-procedure",
        clause: "7.2.4",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Customer service process established",
            "建立顾客服务管理过程",
        ),
        reasons: &[NO_PROCEDURE],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "missing",
    "No documented customer-service procedure is recorded. The organization requires documented procedures; the standard asks for the process only.",
    "未记录成文的顾客服务程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.documentation_required() && ctx.doc.operation.customer_service.procedure.is_none() {
        em.emit(&NO_PROCEDURE, CS, &[]);
    }
}

/// 7.2.4 a)–f): the customer-service process determines each of its arrangements.
pub static ARRANGEMENTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-service-arrangements",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Customer service covers a)–f)", "顾客服务覆盖a)–f)"),
        reasons: &[
            NO_COMPETENCE,
            NO_INFRASTRUCTURE,
            NO_ENVIRONMENT,
            NO_PRE_SALE_RULES,
            NO_PRODUCT_CONFIRMATION,
            NO_AFTER_SALE_RULES,
        ],
        covers: &[
            "7.2.4.a", "7.2.4.b", "7.2.4.c", "7.2.4.d", "7.2.4.e", "7.2.4.f",
        ],
    },
    check: check_arrangements,
    obligations: None,
};

const NO_COMPETENCE: Reason = Reason::new(
    "no-competence",
    "The customer-service process does not determine the competence service staff need.",
    "顾客服务管理过程未确定客服人员所必要的能力。",
);
const NO_INFRASTRUCTURE: Reason = Reason::new(
    "no-infrastructure",
    "The customer-service process does not determine the infrastructure for service work.",
    "顾客服务管理过程未确定客服工作所需的基础设施。",
);
const NO_ENVIRONMENT: Reason = Reason::new(
    "no-environment",
    "The customer-service process does not determine the work environment for service quality.",
    "顾客服务管理过程未确定达到服务质量要求所需的工作环境。",
);
const NO_PRE_SALE_RULES: Reason = Reason::new(
    "no-pre-sale-rules",
    "The customer-service process does not determine rules for pre-sale enquiries, orders and their changes.",
    "顾客服务管理过程未确定售前询盘、合同或订单处理及其修改的要求。",
);
const NO_PRODUCT_CONFIRMATION: Reason = Reason::new(
    "no-product-confirmation",
    "The customer-service process does not determine how products are confirmed before sale.",
    "顾客服务管理过程未确定售前对产品的确认。",
);
const NO_AFTER_SALE_RULES: Reason = Reason::new(
    "no-after-sale-rules",
    "The customer-service process does not determine rules for after-sale feedback, complaints, refunds and returns.",
    "顾客服务管理过程未确定售后顾客反馈、投诉和退赔款/货处理的要求。",
);

fn check_arrangements(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let c = &ctx.doc.operation.customer_service;
    let items: [(&'static str, &[String], &'static Reason); 6] = [
        ("7.2.4.a", &c.competence, &NO_COMPETENCE),
        ("7.2.4.b", &c.infrastructure, &NO_INFRASTRUCTURE),
        ("7.2.4.c", &c.environment, &NO_ENVIRONMENT),
        ("7.2.4.d", &c.pre_sale_rules, &NO_PRE_SALE_RULES),
        ("7.2.4.e", &c.product_confirmation, &NO_PRODUCT_CONFIRMATION),
        ("7.2.4.f", &c.after_sale_rules, &NO_AFTER_SALE_RULES),
    ];
    for (item, list, reason) in items {
        if all_blank(list) {
            em.emit_at(item, reason, CS, &[]);
        }
    }
}

/// 7.2.4: criteria for evaluating customer-service staff are defined.
pub static STAFF_EVALUATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-staff-evaluation",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Evaluation system for service staff",
            "建立客服人员评价体系",
        ),
        reasons: &[NO_CRITERIA],
        covers: &[],
    },
    check: check_staff_evaluation,
    obligations: None,
};

const NO_CRITERIA: Reason = Reason::new(
    "no-criteria",
    "No criteria for evaluating customer-service staff are defined.",
    "未规定客服人员的评价准则。",
);

fn check_staff_evaluation(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if all_blank(&ctx.doc.operation.customer_service.evaluation_criteria) {
        em.emit(&NO_CRITERIA, CS, &[]);
    }
}

/// 7.2.4: customer-service staff are evaluated at the interval declared.
pub static STAFF_EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-staff-evaluation-overdue",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Service staff evaluated on time", "客服人员按期评价"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(staff_evaluation_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The evaluation of customer-service staff was due on {due} (interval {interval}, last {last}).",
    "客服人员评价应于{due}进行（周期{interval}，上次{last}）。",
);

fn staff_evaluation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let cs = &doc.operation.customer_service;
    if !is_default(cs) {
        out.push(Duty {
            path: CS.into(),
            subject: "Customer service".into(),
            activity: t("evaluation of customer-service staff", "客服人员评价"),
            interval: cs.staff_evaluation.interval,
            last_done: cs.staff_evaluation.last_done,
            anchor: None,
            evidence: Evidence::Schedule(cs.staff_evaluation.record),
        });
    }
}

/// 7.2.4: the staff evaluation declares its interval, so it can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-review-intervals",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Service evaluations scheduled", "客服评价规定周期"),
        reasons: &[NO_STAFF_EVALUATION_INTERVAL],
        covers: &[],
    },
    check: |ctx, em| {
        emit_missing_intervals(
            ctx,
            em,
            &[(&STAFF_EVALUATION_OVERDUE, &NO_STAFF_EVALUATION_INTERVAL)],
        )
    },
    obligations: None,
};

const NO_STAFF_EVALUATION_INTERVAL: Reason = Reason::new(
    "no-staff-evaluation-interval",
    "'{subject}' declares no interval for its evaluation of customer-service staff, so it cannot be planned.",
    "“{subject}”未规定客服人员评价周期，无法策划。",
);
