//! 7.3.3.3 — 提供给外部供方的信息: each purchase names its supplier and describes what is
//! bought and its requirements; the requirements are reviewed before they are sent; the
//! purchase states approval, personnel-qualification and management-system requirements
//! (a–c, a "should" here); and what is received is verified.

use crate::model::operation::supply_chain::VerificationResult;
use crate::rules::prelude::*;

use super::shared::{SC, missing_at, sc};

/// 7.3.3.3: each purchase names its supplier, describes what is bought and specifies it.
pub static DESCRIBED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.3-purchase-described",
        clause: "7.3.3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Purchase information describes what is bought",
            "采购信息表述拟采购的产品和服务",
        ),
        reasons: &[NO_SUPPLIER, NOT_DESCRIBED, NO_SPECIFICATION],
        covers: &[],
    },
    check: check_described,
    obligations: None,
};

const NO_SUPPLIER: Reason = Reason::new(
    "no-supplier",
    "Purchase {subject} names no supplier.",
    "采购单{subject}未指明供方。",
);

const NOT_DESCRIBED: Reason = Reason::new(
    "not-described",
    "Purchase {subject} does not describe the products or services bought.",
    "采购单{subject}未表述拟采购的产品和服务。",
);

const NO_SPECIFICATION: Reason = Reason::new(
    "no-specification",
    "Purchase {subject} states no specification of what is bought.",
    "采购单{subject}未规定所采购产品和服务的要求。",
);

fn check_described(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let no_description =
            blank(&pu.description) && pu.lines.iter().all(|l| l.item.trim().is_empty());
        missing_at(
            em,
            &format!("{SC}/purchases/{i}"),
            &[p("subject", &pu.number)],
            &[
                ("7.3.3.3", pu.supplier.is_none(), &NO_SUPPLIER),
                ("7.3.3.3", no_description, &NOT_DESCRIBED),
                (
                    "7.3.3.3",
                    blank(&pu.requirements.specification),
                    &NO_SPECIFICATION,
                ),
            ],
        );
    }
}

/// 7.3.3.3: the requirements of a purchase are reviewed — dated, by a named reviewer, found
/// adequate — before the purchase is sent.
pub static REQUIREMENTS_REVIEWED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.3-requirements-reviewed",
        clause: "7.3.3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Purchase requirements reviewed before release",
            "采购要求发出前经评审",
        ),
        reasons: &[
            NOT_REVIEWED,
            NO_REVIEW_DATE,
            REVIEWED_AFTER_SENDING,
            NO_REVIEWER,
            NOT_ADEQUATE,
        ],
        covers: &[],
    },
    check: check_requirements_reviewed,
    obligations: None,
};

const NOT_REVIEWED: Reason = Reason::new(
    "not-reviewed",
    "Purchase {subject} was sent on {sent} without a review of its requirements.",
    "采购单{subject}于{sent}发出，但采购要求未经评审。",
);

const NO_REVIEW_DATE: Reason = Reason::new(
    "no-review-date",
    "Purchase {subject} records no date for the review of its requirements.",
    "采购单{subject}未记录采购要求的评审日期。",
);

const REVIEWED_AFTER_SENDING: Reason = Reason::new(
    "reviewed-after-sending",
    "Purchase {subject} was sent on {sent}, before its requirements were reviewed on {reviewed}.",
    "采购单{subject}于{sent}发出，早于采购要求评审日期{reviewed}。",
);

const NO_REVIEWER: Reason = Reason::new(
    "no-reviewer",
    "Purchase {subject} records no reviewer of its requirements.",
    "采购单{subject}未记录采购要求的评审人。",
);

const NOT_ADEQUATE: Reason = Reason::new(
    "not-adequate",
    "Purchase {subject} was sent although the review did not find its requirements adequate.",
    "采购单{subject}的采购要求评审未确认充分适宜即已发出。",
);

fn check_requirements_reviewed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let Some(sent) = pu.sent_on else {
            continue;
        };
        let path = format!("{SC}/purchases/{i}");
        let subject = p("subject", &pu.number);
        match &pu.review {
            None => em.emit(&NOT_REVIEWED, &path, &[subject, p("sent", sent)]),
            Some(r) => match r.date {
                None => em.emit(&NO_REVIEW_DATE, &path, &[subject]),
                Some(d) if d > sent => em.emit(
                    &REVIEWED_AFTER_SENDING,
                    &path,
                    &[subject, p("sent", sent), p("reviewed", d)],
                ),
                Some(_) if r.by.is_none() => em.emit(&NO_REVIEWER, &path, &[subject]),
                Some(_) if !r.adequate => em.emit(&NOT_ADEQUATE, &path, &[subject]),
                Some(_) => {}
            },
        }
    }
}

/// 7.3.3.3 a)–c) (a "should"): each purchase states its approval, personnel-qualification
/// and management-system requirements, each reported at its item.
pub static INFO_CONTENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.3-purchase-info-content",
        clause: "7.3.3.3",
        severity: Severity::Warning,
        basis: Basis::Should,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Purchase information content", "采购信息内容"),
        reasons: &[
            NO_APPROVALS,
            NO_PERSONNEL_QUALIFICATION,
            NO_MANAGEMENT_SYSTEM,
        ],
        covers: &["7.3.3.3.a", "7.3.3.3.b", "7.3.3.3.c"],
    },
    check: check_info_content,
    obligations: None,
};

const NO_APPROVALS: Reason = Reason::new(
    "no-approval-requirements",
    "Purchase {subject} states no approval requirements for products, methods, processes or equipment.",
    "采购单{subject}未说明产品和服务、方法、过程和设备的批准要求。",
);

const NO_PERSONNEL_QUALIFICATION: Reason = Reason::new(
    "no-personnel-qualification",
    "Purchase {subject} states no personnel qualification requirements.",
    "采购单{subject}未说明人员资格要求。",
);

const NO_MANAGEMENT_SYSTEM: Reason = Reason::new(
    "no-management-system",
    "Purchase {subject} states no management system requirements.",
    "采购单{subject}未说明电子商务管理体系要求。",
);

fn check_info_content(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let r = &pu.requirements;
        missing_at(
            em,
            &format!("{SC}/purchases/{i}"),
            &[p("subject", &pu.number)],
            &[
                ("7.3.3.3.a", blank(&r.approvals), &NO_APPROVALS),
                (
                    "7.3.3.3.b",
                    blank(&r.personnel_qualification),
                    &NO_PERSONNEL_QUALIFICATION,
                ),
                (
                    "7.3.3.3.c",
                    blank(&r.management_system),
                    &NO_MANAGEMENT_SYSTEM,
                ),
            ],
        );
    }
}

/// 7.3.3.3: what is received is verified — dated, with a result — and goods that fail are
/// disposed of.
pub static VERIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.3-purchase-verified",
        clause: "7.3.3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Purchased goods verified", "采购产品经验证"),
        reasons: &[
            NOT_VERIFIED,
            VERIFICATION_INCOMPLETE,
            VERIFIED_BEFORE_RECEIPT,
            NO_DISPOSITION,
        ],
        covers: &[],
    },
    check: check_verified,
    obligations: None,
};

const NOT_VERIFIED: Reason = Reason::new(
    "not-verified",
    "Purchase {subject} was received on {received} but its verification is not recorded.",
    "采购单{subject}已于{received}收货，但没有验证记录。",
);

const VERIFIED_BEFORE_RECEIPT: Reason = Reason::new(
    "verified-before-receipt",
    "Purchase {subject} is recorded as verified on {verified}, before the goods were received on {received}.",
    "采购单{subject}的验证日期{verified}早于收货日期{received}。",
);

const VERIFICATION_INCOMPLETE: Reason = Reason::new(
    "verification-incomplete",
    "Purchase {subject} has a verification without date or result.",
    "采购单{subject}的验证记录缺少日期或结论。",
);

const NO_DISPOSITION: Reason = Reason::new(
    "no-disposition",
    "Purchase {subject} failed verification and records no disposition of the goods.",
    "采购单{subject}验证不合格，但未记录处置。",
);

fn check_verified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let Some(received) = pu.received_on else {
            continue;
        };
        let path = format!("{SC}/purchases/{i}");
        let subject = p("subject", &pu.number);
        match &pu.verification {
            None => em.emit(&NOT_VERIFIED, &path, &[subject, p("received", received)]),
            Some(v) if v.result.is_none() || v.date.is_none() => {
                em.emit(&VERIFICATION_INCOMPLETE, &path, &[subject]);
            }
            // The verification of received goods cannot precede their receipt.
            Some(v) if v.date.is_some_and(|d| d < received) => em.emit(
                &VERIFIED_BEFORE_RECEIPT,
                &path,
                &[
                    subject,
                    p(
                        "verified",
                        v.date.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    p("received", received),
                ],
            ),
            Some(v)
                if v.result == Some(VerificationResult::Nonconforming) && blank(&v.disposition) =>
            {
                em.emit(&NO_DISPOSITION, &path, &[subject]);
            }
            Some(_) => {}
        }
    }
}
