//! 7.2.4 f) — 售后投诉和退赔款: after-sale complaints are recorded with their dates,
//! resolution, remedy and handler, resolved within the time limit the organization declares,
//! and refunds are recorded and approved by an authorized role.

use crate::common::is_default;
use crate::rules::prelude::*;

const CS: &str = "/operation/customerService";

/// 7.2.4 f): each complaint is dated consistently and, once resolved, records its
/// resolution, remedy and handler.
pub static RECORD: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4.f-complaint-record",
        clause: "7.2.4.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Complaints recorded and resolved", "投诉记录完整"),
        reasons: &[
            NO_RECEIPT_DATE,
            RECEIVED_AFTER_AS_OF,
            RESOLVED_BEFORE_RECEIVED,
            RESOLVED_AFTER_AS_OF,
            NO_RESOLUTION,
            NO_HANDLER,
        ],
        covers: &[],
    },
    check: check_record,
    obligations: None,
};

const NO_RECEIPT_DATE: Reason = Reason::new(
    "no-receipt-date",
    "Complaint '{subject}' has no date of receipt.",
    "投诉“{subject}”没有受理日期。",
);
const RECEIVED_AFTER_AS_OF: Reason = Reason::new(
    "received-after-as-of",
    "Complaint '{subject}' is received on {received}, after the evaluation date.",
    "投诉“{subject}”受理日期{received}晚于评价日期。",
);
const RESOLVED_BEFORE_RECEIVED: Reason = Reason::new(
    "resolved-before-received",
    "Complaint '{subject}' is resolved on {resolved}, before it was received.",
    "投诉“{subject}”处理完成日期{resolved}早于受理日期。",
);
const RESOLVED_AFTER_AS_OF: Reason = Reason::new(
    "resolved-after-as-of",
    "Complaint '{subject}' is resolved on {resolved}, after the evaluation date.",
    "投诉“{subject}”处理完成日期{resolved}晚于评价日期。",
);
const NO_RESOLUTION: Reason = Reason::new(
    "no-resolution",
    "Complaint '{subject}' is closed without a recorded resolution and remedy.",
    "投诉“{subject}”已关闭但未记录处理结果和处理方式。",
);
const NO_HANDLER: Reason = Reason::new(
    "no-handler",
    "Complaint '{subject}' names no one who handled it.",
    "投诉“{subject}”未记录处理人。",
);

fn check_record(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx
        .doc
        .operation
        .customer_service
        .complaints
        .iter()
        .enumerate()
    {
        let path = format!("{CS}/complaints/{i}");
        let subject = p("subject", &c.summary);
        match c.received_on {
            None => em.emit(&NO_RECEIPT_DATE, &path, std::slice::from_ref(&subject)),
            Some(r) if r > ctx.as_of => em.emit(
                &RECEIVED_AFTER_AS_OF,
                &path,
                &[subject.clone(), p("received", r)],
            ),
            Some(_) => {}
        }
        if let Some(done) = c.resolved_on {
            if c.received_on.is_some_and(|r| done < r) {
                em.emit(
                    &RESOLVED_BEFORE_RECEIVED,
                    &path,
                    &[subject.clone(), p("resolved", done)],
                );
            }
            if done > ctx.as_of {
                em.emit(
                    &RESOLVED_AFTER_AS_OF,
                    &path,
                    &[subject.clone(), p("resolved", done)],
                );
            }
            if blank(&c.resolution) || c.remedy.is_none() {
                em.emit(&NO_RESOLUTION, &path, std::slice::from_ref(&subject));
            }
            if c.handled_by.is_none() {
                em.emit(&NO_HANDLER, &path, &[subject]);
            }
        }
    }
}

/// 7.2.4 f) (policy): a time limit for resolving complaints is declared, and each complaint
/// is resolved within it. The standard asks for complaints to be handled and states no time
/// limit: the limit is the organization's own, so this is a warning.
pub static RESOLUTION_TIME: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4.f-complaint-resolution-time",
        clause: "7.2.4.f",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Complaints resolved in time", "投诉按时处理"),
        reasons: &[NO_LIMIT, RESOLVED_LATE, STILL_OPEN],
        covers: &[],
    },
    check: check_resolution_time,
    obligations: None,
};

const NO_LIMIT: Reason = Reason::new(
    "no-limit",
    "No time limit for resolving complaints is declared (the standard states none; a declared limit lets the organization show complaints are handled in time).",
    "未规定投诉处理时限（本标准未规定时限；规定时限便于证实投诉得到及时处理）。",
);
const RESOLVED_LATE: Reason = Reason::new(
    "resolved-late",
    "Complaint '{subject}' was resolved on {resolved}, after the organization's limit of {limit} (due {due}).",
    "投诉“{subject}”于{resolved}处理完成，超过组织规定的时限{limit}（应于{due}前）。",
);
const STILL_OPEN: Reason = Reason::new(
    "still-open",
    "Complaint '{subject}' is still open; it was due for resolution on {due} (the organization's limit of {limit}).",
    "投诉“{subject}”仍未处理完成，应于{due}前处理（组织规定的时限{limit}）。",
);

fn check_resolution_time(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let cs = &ctx.doc.operation.customer_service;
    let Some(limit) = cs.complaint_resolution_limit else {
        if !cs.complaints.is_empty() || !is_default(cs) {
            em.emit(&NO_LIMIT, CS, &[]);
        }
        return;
    };
    for (i, c) in cs.complaints.iter().enumerate() {
        let Some(due) = c.received_on.and_then(|r| limit.after(r)) else {
            continue;
        };
        let path = format!("{CS}/complaints/{i}");
        let subject = p("subject", &c.summary);
        match c.resolved_on {
            Some(done) if done > due => em.emit(
                &RESOLVED_LATE,
                path,
                &[
                    subject,
                    p("resolved", done),
                    p("limit", limit),
                    p("due", due),
                ],
            ),
            None if ctx.as_of > due => em.emit(
                &STILL_OPEN,
                path,
                &[subject, p("due", due), p("limit", limit)],
            ),
            _ => {}
        }
    }
}

/// 7.2.4 f) (policy): each refund records its amount and is approved by a holder of a role
/// authorized for that amount. The standard asks for refunds to be handled, not approved: the
/// approval scheme is the organization's own control, so this is a warning.
pub static REFUND_APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4.f-refund-approved",
        clause: "7.2.4.f",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Refunds recorded and authorized", "退款有记录并经授权"),
        reasons: &[NO_AMOUNT, REFUND_NOT_APPROVED, REFUND_UNAUTHORIZED],
        covers: &[],
    },
    check: check_refund_approved,
    obligations: None,
};

const NO_AMOUNT: Reason = Reason::new(
    "no-amount",
    "The refund for complaint '{subject}' records no amount.",
    "投诉“{subject}”的退款未记录金额。",
);
const REFUND_NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "The refund for complaint '{subject}' records no approver and approval date.",
    "投诉“{subject}”的退款未记录批准人和批准日期。",
);
const REFUND_UNAUTHORIZED: Reason = Reason::new(
    "unauthorized",
    "The refund for complaint '{subject}' of {amount} {currency} was approved by {approver}, who holds no role authorized for it.",
    "投诉“{subject}”的退款（{amount}{currency}）由{approver}批准，其所任岗位无此审批权限。",
);

fn check_refund_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let cs = &ctx.doc.operation.customer_service;
    for (i, c) in cs.complaints.iter().enumerate() {
        if !c.remedy.as_ref().is_some_and(|r| r.involves_refund()) {
            continue;
        }
        let path = format!("{CS}/complaints/{i}");
        let subject = p("subject", &c.summary);
        let Some(amount) = c.refund else {
            em.emit(&NO_AMOUNT, path, &[subject]);
            continue;
        };
        let Some(by) = c
            .refund_approval
            .as_ref()
            .filter(|a| a.is_complete())
            .and_then(|a| a.by)
        else {
            em.emit(&REFUND_NOT_APPROVED, path, &[subject]);
            continue;
        };
        let on = c
            .refund_approval
            .as_ref()
            .and_then(|a| a.date)
            .unwrap_or(ctx.as_of);
        let ok = cs.refund_authorities.iter().any(|a| {
            holds_role(ctx.doc, by, a.role, on)
                && a.max_amount.is_none_or(|max| {
                    max.currency == amount.currency && amount.amount.value() <= max.amount.value()
                })
        });
        if !ok {
            em.emit(
                &REFUND_UNAUTHORIZED,
                path,
                &[
                    subject,
                    p("amount", amount.amount),
                    currency_param(amount.currency),
                    p("approver", person_name(ctx.doc, by)),
                ],
            );
        }
    }
}

/// A currency parameter: the ISO 4217 code is recorded and shown in English; Chinese
/// messages name the common currencies in words and show other codes as they are.
fn currency_param(c: crate::common::Currency) -> (&'static str, String) {
    let code = c.as_str();
    let zh = match code {
        "CNY" => "元",
        "HKD" => "港元",
        "MOP" => "澳门元",
        "TWD" => "新台币元",
        "USD" => "美元",
        "EUR" => "欧元",
        "GBP" => "英镑",
        "JPY" => "日元",
        "KRW" => "韩元",
        "SGD" => "新加坡元",
        _ => return p("currency", code),
    };
    pl("currency", code, code, zh)
}
