//! 7.2.3 d) — 产品定价管理: the organization establishes documented pricing principles with
//! a handling process, a display mode and a basis for adjustment (d.1), and a price approval
//! mechanism with the roles and authorities of approvers (d.2); each price change is approved
//! by an authorized role before it takes effect.

use super::shared::emit_not_current;
use super::shared::emit_role_vacant;
use crate::common::is_default;
use crate::rules::prelude::*;

use super::shared::{ApprovalDefect, approval_defect, change_percent, missing, product_name};

const LS: &str = "/operation/listing";

/// Where the pricing policy is, or its parent when a default policy is not serialized.
fn pricing_path(ctx: &Ctx<'_>) -> String {
    if is_default(&ctx.doc.operation.listing.pricing) {
        LS.to_owned()
    } else {
        format!("{LS}/pricing")
    }
}

/// 7.2.3 d) 1): the pricing principles are documented and complete.
pub static PRINCIPLES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.d.1-pricing-principles",
        clause: "7.2.3.d.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Pricing principles established", "建立产品定价原则"),
        reasons: &[
            NOT_DOCUMENTED,
            NO_PRINCIPLES,
            NO_HANDLING_PROCESS,
            NO_DISPLAY_MODE,
            NO_ADJUSTMENT_BASIS,
            DOCUMENT_NOT_CURRENT,
        ],
        covers: &[],
    },
    check: check_principles,
    obligations: None,
};

const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The pricing principles have no documented information. The organization requires documented procedures; the standard asks for the process only.",
    "定价原则没有成文信息。组织要求形成成文信息（本标准只要求过程）。",
);
const NO_PRINCIPLES: Reason = Reason::new(
    "no-principles",
    "The pricing principles have no principles.",
    "定价原则没有定价原则。",
);
const NO_HANDLING_PROCESS: Reason = Reason::new(
    "no-handling-process",
    "The pricing principles have no handling process.",
    "定价原则没有处理流程。",
);
const NO_DISPLAY_MODE: Reason = Reason::new(
    "no-display-mode",
    "The pricing principles have no display mode.",
    "定价原则没有显示模式。",
);
const NO_ADJUSTMENT_BASIS: Reason = Reason::new(
    "no-adjustment-basis",
    "The pricing principles have no basis for adjusting to market and own situation.",
    "定价原则没有根据市场需求和自身环境调整的依据。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The pricing principles is held in document '{document}', which is not the version in force ({status}).",
    "定价原则所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_principles(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let pr = &ctx.doc.operation.listing.pricing;
    missing(
        em,
        &pricing_path(ctx),
        &[],
        &[
            (
                pr.document.is_none() && ctx.documentation_required(),
                &NOT_DOCUMENTED,
            ),
            (all_blank(&pr.principles), &NO_PRINCIPLES),
            (blank(&pr.handling_process), &NO_HANDLING_PROCESS),
            (blank(&pr.display_mode), &NO_DISPLAY_MODE),
            (blank(&pr.adjustment_basis), &NO_ADJUSTMENT_BASIS),
        ],
    );
    if let Some(id) = ctx.doc.operation.listing.pricing.document {
        emit_not_current(ctx, em, &DOCUMENT_NOT_CURRENT, &pricing_path(ctx), id, &[]);
    }
}

/// 7.2.3 d) 2): at least one role is given the authority to approve prices.
pub static APPROVAL_MECHANISM: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.d.2-approval-mechanism",
        clause: "7.2.3.d.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Price approval roles and authorities defined",
            "明确定价审批人员的职责和权限",
        ),
        reasons: &[NO_AUTHORITY, AUTHORITY_VACANT],
        covers: &[],
    },
    check: check_approval_mechanism,
    obligations: None,
};

const NO_AUTHORITY: Reason = Reason::new(
    "no-authority",
    "No role is given the authority to approve prices.",
    "未规定任何具有定价审批权限的岗位。",
);

const AUTHORITY_VACANT: Reason = Reason::new(
    "authority-vacant",
    "Role '{role}' has the authority to approve prices, but nobody holds it on the evaluation date.",
    "具有定价审批权限的岗位“{role}”在评价日无人担任。",
);

fn check_approval_mechanism(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx
        .doc
        .operation
        .listing
        .pricing
        .approval_authorities
        .is_empty()
    {
        em.emit(&NO_AUTHORITY, pricing_path(ctx), &[]);
    }
    for (k, a) in ctx
        .doc
        .operation
        .listing
        .pricing
        .approval_authorities
        .iter()
        .enumerate()
    {
        emit_role_vacant(
            ctx,
            em,
            &AUTHORITY_VACANT,
            &format!("{}/approvalAuthorities/{k}", pricing_path(ctx)),
            a.role,
            &[],
        );
    }
}

/// 7.2.3 d) 2): each price change has an effective date and is approved before it.
pub static CHANGE_APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.d.2-price-change-approved",
        clause: "7.2.3.d.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Price changes approved before they take effect",
            "价格调整生效前经审批",
        ),
        reasons: &[
            NO_EFFECTIVE_DATE,
            NOT_APPROVED,
            APPROVED_AFTER_AS_OF,
            APPROVED_AFTER_EFFECTIVE,
        ],
        covers: &[],
    },
    check: check_change_approved,
    obligations: None,
};

const NO_EFFECTIVE_DATE: Reason = Reason::new(
    "no-effective-date",
    "The price change of '{subject}' has no effective date.",
    "“{subject}”的价格调整没有生效日期。",
);
const NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "The price change of '{subject}' records no approver and approval date.",
    "“{subject}”的价格调整未记录批准人和批准日期。",
);
const APPROVED_AFTER_AS_OF: Reason = Reason::new(
    "approved-after-as-of",
    "The price change of '{subject}' is approved on {approved}, after the evaluation date.",
    "“{subject}”的价格调整批准日期{approved}晚于评价日期。",
);
const APPROVED_AFTER_EFFECTIVE: Reason = Reason::new(
    "approved-after-effective-date",
    "The price change of '{subject}' was approved on {approved}, after its effective date {effective}.",
    "“{subject}”的价格调整于{approved}批准，晚于其生效日期{effective}。",
);

fn check_change_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.operation.listing.price_changes.iter().enumerate() {
        let path = format!("{LS}/priceChanges/{i}");
        let subject = p("subject", product_name(ctx.doc, c.product));
        if c.effective_from.is_none() {
            em.emit(&NO_EFFECTIVE_DATE, &path, std::slice::from_ref(&subject));
        }
        match approval_defect(c.approval.as_ref(), c.effective_from, ctx.as_of) {
            Some(ApprovalDefect::Missing) => em.emit(&NOT_APPROVED, &path, &[subject]),
            Some(ApprovalDefect::AfterAsOf(d)) => {
                em.emit(&APPROVED_AFTER_AS_OF, &path, &[subject, p("approved", d)])
            }
            Some(ApprovalDefect::AfterDeadline(d, effective)) => em.emit(
                &APPROVED_AFTER_EFFECTIVE,
                &path,
                &[subject, p("approved", d), p("effective", effective)],
            ),
            None => {}
        }
    }
}

/// 7.2.3 d) 2): each price change is approved by a holder of a role authorized for the
/// size of the change.
pub static APPROVER_AUTHORIZED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.d.2-price-approver-authorized",
        clause: "7.2.3.d.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t(
            "Price changes approved by an authorized role",
            "价格调整由有权限的岗位审批",
        ),
        reasons: &[UNAUTHORIZED, UNAUTHORIZED_CHANGE_UNKNOWN],
        covers: &[],
    },
    check: check_approver_authorized,
    obligations: None,
};

const UNAUTHORIZED: Reason = Reason::new(
    "unauthorized",
    "The price change of '{subject}' ({change}) was approved by {approver}, who holds no role authorized to approve it.",
    "“{subject}”的价格调整（{change}）由{approver}批准，其所任岗位无此审批权限。",
);
const UNAUTHORIZED_CHANGE_UNKNOWN: Reason = Reason::new(
    "unauthorized-change-unknown",
    "The price change of '{subject}' (change unknown) was approved by {approver}, who holds no role authorized to approve it.",
    "“{subject}”的价格调整（调整幅度未记录）由{approver}批准，其所任岗位无此审批权限。",
);

fn check_approver_authorized(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let auths = &ctx.doc.operation.listing.pricing.approval_authorities;
    for (i, c) in ctx.doc.operation.listing.price_changes.iter().enumerate() {
        let Some(by) = c.approval.as_ref().and_then(|a| a.by) else {
            continue;
        };
        let pct = match (&c.old_price, &c.new_price) {
            (Some(o), Some(n)) => change_percent(o, n),
            _ => None,
        };
        let on = c
            .approval
            .as_ref()
            .and_then(|a| a.date)
            .unwrap_or(ctx.as_of);
        let ok = auths.iter().any(|a| {
            holds_role(ctx.doc, by, a.role, on)
                && match (a.max_change_percent, pct) {
                    (None, _) => true,
                    (Some(max), Some(pct)) => pct <= max.value(),
                    (Some(_), None) => false,
                }
        });
        if !ok {
            let path = format!("{LS}/priceChanges/{i}/approval");
            let subject = p("subject", product_name(ctx.doc, c.product));
            let approver = p("approver", person_name(ctx.doc, by));
            match pct {
                Some(d) => em.emit(
                    &UNAUTHORIZED,
                    path,
                    &[subject, p("change", format!("{d}%")), approver],
                ),
                None => em.emit(&UNAUTHORIZED_CHANGE_UNKNOWN, path, &[subject, approver]),
            }
        }
    }
}

/// 7.2.3 d) 2) (policy): no one approves a price change they requested.
pub static SELF_APPROVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.d.2-price-self-approval",
        clause: "7.2.3.d.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Price changes not self-approved", "价格调整不自批"),
        reasons: &[SELF_APPROVED],
        covers: &[],
    },
    check: check_self_approval,
    obligations: None,
};

const SELF_APPROVED: Reason = Reason::new(
    "self-approved",
    "The price change of '{subject}' was requested and approved by the same person ({approver}).",
    "“{subject}”的价格调整由同一人（{approver}）申请并批准。",
);

fn check_self_approval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.operation.listing.price_changes.iter().enumerate() {
        if let (Some(req), Some(by)) = (c.requested_by, c.approval.as_ref().and_then(|a| a.by))
            && req == by
        {
            em.emit(
                &SELF_APPROVED,
                format!("{LS}/priceChanges/{i}"),
                &[
                    p("subject", product_name(ctx.doc, c.product)),
                    p("approver", person_name(ctx.doc, by)),
                ],
            );
        }
    }
}
