//! 7.7 e), f) — 信息安全风险: security risks are assessed, rated, controlled and owned, and
//! reassessed at the interval declared (e); risks are recorded for the network, the portal,
//! the trading system and customers' personal information (f).

use super::shared::emit_role_vacant;
use crate::model::EcmsDocument;
use crate::model::operation::security::SecurityArea;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::security::SC;
use super::shared::missing;

/// 7.7 e): each risk has a rating, controls and an owner role.
pub static CONTROLS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.e-risk-controls",
        clause: "7.7.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Security risks controlled", "信息安全风险有控制措施"),
        reasons: &[NO_RATING, NO_CONTROLS, NO_OWNER, OWNER_VACANT],
        covers: &[],
    },
    check: check_controls,
    obligations: None,
};

const NO_RATING: Reason = Reason::new(
    "no-rating",
    "Security risk '{subject}' has no rating.",
    "信息安全风险“{subject}”没有风险等级。",
);
const NO_CONTROLS: Reason = Reason::new(
    "no-controls",
    "Security risk '{subject}' has no controls.",
    "信息安全风险“{subject}”没有控制措施。",
);
const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Security risk '{subject}' has no owner role.",
    "信息安全风险“{subject}”没有负责岗位。",
);

const OWNER_VACANT: Reason = Reason::new(
    "owner-vacant",
    "Security risk '{subject}': its owner role '{role}' is held by nobody on the evaluation date.",
    "信息安全风险“{subject}”的负责岗位“{role}”在评价日无人担任。",
);

fn check_controls(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.operation.security.risks.iter().enumerate() {
        missing(
            em,
            &format!("{SC}/risks/{i}"),
            &[p("subject", &r.description)],
            &[
                (r.level.is_none(), &NO_RATING),
                (all_blank(&r.controls), &NO_CONTROLS),
                (r.owner.is_none(), &NO_OWNER),
            ],
        );
        if let Some(role) = r.owner {
            emit_role_vacant(
                ctx,
                em,
                &OWNER_VACANT,
                &format!("{SC}/risks/{i}"),
                role,
                &[p("subject", &r.description)],
            );
        }
    }
}

/// 7.7 e): each risk is reassessed at the interval it declares.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.e-risk-review-overdue",
        clause: "7.7.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Security risks reassessed on time", "信息安全风险按期评估"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(review_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The reassessment of security risk '{subject}' was due on {due} (interval {interval}, last {last}).",
    "信息安全风险“{subject}”应于{due}重新评估（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, r) in doc.operation.security.risks.iter().enumerate() {
        out.push(Duty {
            path: format!("{SC}/risks/{i}"),
            subject: r.description.clone(),
            activity: t("security risk reassessment", "信息安全风险评估"),
            interval: r.review.interval,
            last_done: r.review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(r.review.record),
        });
    }
}

/// 7.7 f) 1)–4): at least one risk is recorded for each required area.
pub static AREAS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.f-risk-areas",
        clause: "7.7.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Risks of network, portal, trading system, personal data",
            "网络、门户、交易系统和顾客信息风险",
        ),
        reasons: &[
            NO_NETWORK_RISK,
            NO_PORTAL_RISK,
            NO_TRADING_SYSTEM_RISK,
            NO_PERSONAL_INFORMATION_RISK,
        ],
        covers: &["7.7.f.1", "7.7.f.2", "7.7.f.3", "7.7.f.4"],
    },
    check: check_areas,
    obligations: None,
};

const NO_NETWORK_RISK: Reason = Reason::new(
    "no-network-risk",
    "No security risk is recorded for the area 'network'.",
    "未记录“网络”方面的信息安全风险。",
);
const NO_PORTAL_RISK: Reason = Reason::new(
    "no-portal-risk",
    "No security risk is recorded for the area 'portal'.",
    "未记录“门户网站”方面的信息安全风险。",
);
const NO_TRADING_SYSTEM_RISK: Reason = Reason::new(
    "no-trading-system-risk",
    "No security risk is recorded for the area 'tradingSystem'.",
    "未记录“交易系统/交易平台”方面的信息安全风险。",
);
const NO_PERSONAL_INFORMATION_RISK: Reason = Reason::new(
    "no-personal-information-risk",
    "No security risk is recorded for the area 'customerPersonalInformation'.",
    "未记录“顾客个人信息”方面的信息安全风险。",
);

fn check_areas(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let risks = &ctx.doc.operation.security.risks;
    for (area, item) in SecurityArea::REQUIRED {
        let reason = match area {
            SecurityArea::Network => &NO_NETWORK_RISK,
            SecurityArea::Portal => &NO_PORTAL_RISK,
            SecurityArea::TradingSystem => &NO_TRADING_SYSTEM_RISK,
            _ => &NO_PERSONAL_INFORMATION_RISK,
        };
        if !risks.iter().any(|r| r.area.as_ref() == Some(&area)) {
            em.emit_at(item, reason, SC, &[p_item("area", area.as_str(), item)]);
        }
    }
}
