//! 7.3 — 供应链管理 (all records): no supply-chain record — provider evaluation, purchase,
//! order analysis, channel layout review, platform security assessment, personal-data risk
//! assessment — is dated after the evaluation date; such a record is inconsistent data, as in
//! chapters 8 and 9.

use crate::common::Date;
use crate::rules::prelude::*;

use super::shared::{SC, providers, sc};

/// 7.3: supply-chain records are not dated after the evaluation date (a data error); each is
/// reported at the item it serves.
pub static FUTURE_DATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3-future-dated-record",
        clause: "7.3",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Supply-chain records not dated in the future",
            "供应链记录日期不晚于评价日",
        ),
        reasons: &[
            EVALUATION,
            PURCHASE_REVIEW,
            PURCHASE_SENT,
            PURCHASE_VERIFICATION,
            ORDER_ANALYSIS,
            LAYOUT_REVIEW,
            SECURITY_ASSESSMENT,
            PII_ASSESSMENT,
        ],
        covers: &["7.3.2.e", "7.3.3.2.f", "7.3.5.d", "7.3.7.b"],
    },
    check: check_future_dated,
    obligations: None,
};

const EVALUATION: Reason = Reason::new(
    "provider-evaluation",
    "An evaluation of '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "对供方“{subject}”的评价记录日期{date}晚于评价日期{as_of}。",
);

const PURCHASE_REVIEW: Reason = Reason::new(
    "purchase-review",
    "The review of purchase {subject} is dated {date}, after the evaluation date {as_of}.",
    "采购单{subject}的评审日期{date}晚于评价日期{as_of}。",
);

const PURCHASE_SENT: Reason = Reason::new(
    "purchase-sent",
    "Purchase {subject} is dated {date}, after the evaluation date {as_of}.",
    "采购单{subject}的发出日期{date}晚于评价日期{as_of}。",
);

const PURCHASE_VERIFICATION: Reason = Reason::new(
    "purchase-verification",
    "The verification of purchase {subject} is dated {date}, after the evaluation date {as_of}.",
    "采购单{subject}的验证日期{date}晚于评价日期{as_of}。",
);

const ORDER_ANALYSIS: Reason = Reason::new(
    "order-analysis",
    "The last order data analysis is dated {date}, after the evaluation date {as_of}.",
    "最近一次订单数据分析的日期{date}晚于评价日期{as_of}。",
);

const LAYOUT_REVIEW: Reason = Reason::new(
    "layout-review",
    "The last channel layout review is dated {date}, after the evaluation date {as_of}.",
    "最近一次渠道布局评审的日期{date}晚于评价日期{as_of}。",
);

const SECURITY_ASSESSMENT: Reason = Reason::new(
    "security-assessment",
    "A security assessment of '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "对“{subject}”的安全评估日期{date}晚于评价日期{as_of}。",
);

const PII_ASSESSMENT: Reason = Reason::new(
    "pii-risk-assessment",
    "The personal-data risk assessment is dated {date}, after the evaluation date {as_of}.",
    "个人信息风险评估的日期{date}晚于评价日期{as_of}。",
);

/// One dated record: item, reason, path, the name or number it is about (if any), date.
type Dated<'a> = (&'static str, &'static Reason, String, Option<&'a str>, Date);

fn check_future_dated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let as_of = ctx.as_of;
    let mut hits: Vec<Dated<'_>> = Vec::new();
    for pv in providers(s) {
        for (k, e) in pv.evaluations.iter().enumerate() {
            if let Some(d) = e.date {
                hits.push((
                    "7.3.3.2.f",
                    &EVALUATION,
                    format!("{}/evaluations/{k}", pv.path),
                    Some(pv.name),
                    d,
                ));
            }
        }
    }
    for (i, pu) in s.purchases.iter().enumerate() {
        let path = format!("{SC}/purchases/{i}");
        let number = Some(pu.number.as_str());
        if let Some(d) = pu.review.as_ref().and_then(|r| r.date) {
            hits.push(("7.3.3.3", &PURCHASE_REVIEW, path.clone(), number, d));
        }
        if let Some(d) = pu.sent_on {
            hits.push(("7.3.3.3", &PURCHASE_SENT, path.clone(), number, d));
        }
        if let Some(d) = pu.verification.as_ref().and_then(|v| v.date) {
            hits.push(("7.3.3.3", &PURCHASE_VERIFICATION, path, number, d));
        }
    }
    if let Some(a) = s.order_policy.as_ref().and_then(|o| o.analysis.as_ref())
        && let Some(d) = a.schedule.last_done
    {
        hits.push((
            "7.3.2.e",
            &ORDER_ANALYSIS,
            format!("{SC}/orderPolicy/analysis"),
            None,
            d,
        ));
    }
    if let Some(d) = s
        .channel_management
        .as_ref()
        .and_then(|c| c.layout_review.last_done)
    {
        hits.push((
            "7.3.5.d",
            &LAYOUT_REVIEW,
            format!("{SC}/channelManagement"),
            None,
            d,
        ));
    }
    for (i, pp) in s.payment_platforms.iter().enumerate() {
        for (k, a) in pp.security_assessments.iter().enumerate() {
            hits.push((
                "7.3.7",
                &SECURITY_ASSESSMENT,
                format!("{SC}/paymentPlatforms/{i}/securityAssessments/{k}"),
                Some(pp.name.as_str()),
                a.date,
            ));
        }
    }
    if let Some(d) = s
        .payment_procedure
        .as_ref()
        .and_then(|x| x.pii_risk_assessment.as_ref())
        .and_then(|r| r.date)
    {
        hits.push((
            "7.3.7.b",
            &PII_ASSESSMENT,
            format!("{SC}/paymentProcedure/piiRiskAssessment"),
            None,
            d,
        ));
    }
    for (item, reason, path, subject, d) in hits {
        if d > as_of {
            let mut params = vec![p("date", d), p("as_of", as_of)];
            if let Some(s) = subject {
                params.insert(0, p("subject", s));
            }
            em.emit_at(item, reason, path, &params);
        }
    }
}
