//! 7.3.5 — 渠道管理: active sales channels are recorded under a documented channel management
//! process that chooses a channel model fit for the organization's needs (a), binds channel
//! partners by rules (b), gives them training and resources (c) and reviews the channel
//! layout at planned intervals (d).

use super::super::shared::emit_not_current;
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{SC, sc};

/// 7.3.5: at least one sales channel is in use.
pub static RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5-channels-recorded",
        clause: "7.3.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Sales channels recorded", "记录电子商务渠道"),
        reasons: &[NO_CHANNEL],
        covers: &[],
    },
    check: check_recorded,
    obligations: None,
};

const NO_CHANNEL: Reason = Reason::new(
    "none",
    "No active sales channel is recorded.",
    "未记录任何在用的电子商务渠道。",
);

fn check_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !sc(ctx).channels.iter().any(|c| !c.closed) {
        em.emit(&NO_CHANNEL, SC, &[]);
    }
}

/// 7.3.5: the channel management process is recorded and held as documented information.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5-procedure",
        clause: "7.3.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Channel management process defined", "渠道管理过程"),
        reasons: &[NOT_RECORDED, NOT_DOCUMENTED, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The channel management process is not recorded.",
    "渠道管理过程未记录。",
);

const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The channel management process is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "渠道管理过程未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The channel management process is held in document '{document}', which is not the version in force ({status}).",
    "渠道管理过程所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).channel_management {
        None => em.emit(&NOT_RECORDED, SC, &[]),
        Some(cm) if cm.document.is_none() && ctx.documentation_required() => {
            em.emit(&NOT_DOCUMENTED, format!("{SC}/channelManagement"), &[]);
        }
        Some(_) => {}
    }
    if let Some(id) = sc(ctx).channel_management.as_ref().and_then(|x| x.document) {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/channelManagement"),
            id,
            &[],
        );
    }
}

/// 7.3.5 a): the process says how channel models are chosen, and each active channel records
/// its model and why it fits the products and market.
pub static MODEL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5.a-channel-model",
        clause: "7.3.5.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Channel model chosen for the organization's needs",
            "选择适合的渠道模式",
        ),
        reasons: &[NO_MODEL_SELECTION, NO_MODEL, NO_RATIONALE],
        covers: &[],
    },
    check: check_model,
    obligations: None,
};

const NO_MODEL_SELECTION: Reason = Reason::new(
    "no-model-selection",
    "Channel management: does not say how channel models are chosen.",
    "渠道管理：未规定如何选择渠道模式。",
);

const NO_MODEL: Reason = Reason::new(
    "no-model",
    "{subject}: no channel model recorded.",
    "{subject}：未记录渠道模式。",
);

const NO_RATIONALE: Reason = Reason::new(
    "no-rationale",
    "{subject}: no reason recorded why the channel fits the products and market.",
    "{subject}：未记录依据产品和市场因素选择该渠道的理由。",
);

fn check_model(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(cm) = &s.channel_management
        && blank(&cm.model_selection)
    {
        em.emit(&NO_MODEL_SELECTION, format!("{SC}/channelManagement"), &[]);
    }
    for (i, c) in s.channels.iter().enumerate() {
        if c.closed {
            continue;
        }
        let path = format!("{SC}/channels/{i}");
        if c.model.is_none() {
            em.emit(&NO_MODEL, &path, &[p("subject", &c.name)]);
        }
        if blank(&c.rationale) {
            em.emit(&NO_RATIONALE, &path, &[p("subject", &c.name)]);
        }
    }
}

/// 7.3.5 b): channel partner rules are established, and each partner of an active channel is
/// bound by a signed agreement that has not expired.
pub static PARTNER_RULES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5.b-partner-rules",
        clause: "7.3.5.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Channel partners bound by rules", "渠道商遵循管理制度"),
        reasons: &[NO_PARTNER_RULES, NO_AGREEMENT, AGREEMENT_EXPIRED],
        covers: &[],
    },
    check: check_partner_rules,
    obligations: None,
};

const NO_PARTNER_RULES: Reason = Reason::new(
    "no-partner-rules",
    "Channel management: no channel partner rules are established.",
    "渠道管理：未建立渠道商管理制度。",
);

const NO_AGREEMENT: Reason = Reason::new(
    "no-agreement",
    "{subject}: no signed agreement binds the partner to the channel rules.",
    "{subject}：没有已签署的协议约束其遵循渠道管理要求。",
);

const AGREEMENT_EXPIRED: Reason = Reason::new(
    "agreement-expired",
    "{subject}: the partner agreement expired on {until}.",
    "{subject}：渠道商协议已于{until}到期。",
);

fn check_partner_rules(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(cm) = &s.channel_management
        && cm.partner_rules.is_none()
    {
        em.emit(&NO_PARTNER_RULES, format!("{SC}/channelManagement"), &[]);
    }
    for (i, c) in s.channels.iter().enumerate() {
        if c.closed {
            continue;
        }
        for (k, partner) in c.partners.iter().enumerate() {
            let path = format!("{SC}/channels/{i}/partners/{k}");
            let subject = p("subject", &partner.name);
            match &partner.agreement {
                Some(a) if a.document.is_some() && a.signed.is_some() => match a.valid_until {
                    Some(until) if until < ctx.as_of => {
                        em.emit(&AGREEMENT_EXPIRED, path, &[subject, p("until", until)]);
                    }
                    _ => {}
                },
                _ => em.emit(&NO_AGREEMENT, path, &[subject]),
            }
        }
    }
}

/// 7.3.5 c): the process provides for training and resources for channel partners, and each
/// partner of an active channel has training and resources recorded.
pub static PARTNER_SUPPORT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5.c-partner-support",
        clause: "7.3.5.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Training and resources for channel partners",
            "为渠道商提供培训和资源",
        ),
        reasons: &[NO_PARTNER_SUPPORT, NO_TRAINING, NO_RESOURCES],
        covers: &[],
    },
    check: check_partner_support,
    obligations: None,
};

const NO_PARTNER_SUPPORT: Reason = Reason::new(
    "no-partner-support",
    "Channel management: does not provide for training and resources for channel partners.",
    "渠道管理：未规定为渠道商提供培训和资源。",
);

const NO_TRAINING: Reason = Reason::new(
    "no-training",
    "{subject}: no training of the partner is recorded.",
    "{subject}：没有对渠道商的培训记录。",
);

const NO_RESOURCES: Reason = Reason::new(
    "no-resources",
    "{subject}: no resources provided to the partner are recorded.",
    "{subject}：没有向渠道商提供资源的记录。",
);

fn check_partner_support(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(cm) = &s.channel_management
        && blank(&cm.partner_support)
    {
        em.emit(&NO_PARTNER_SUPPORT, format!("{SC}/channelManagement"), &[]);
    }
    for (i, c) in s.channels.iter().enumerate() {
        if c.closed {
            continue;
        }
        for (k, partner) in c.partners.iter().enumerate() {
            let path = format!("{SC}/channels/{i}/partners/{k}");
            if partner.trainings.iter().all(|t| t.date > ctx.as_of) {
                em.emit(&NO_TRAINING, &path, &[p("subject", &partner.name)]);
            }
            if all_blank(&partner.resources) {
                em.emit(&NO_RESOURCES, &path, &[p("subject", &partner.name)]);
            }
        }
    }
}

/// 7.3.5 d): the process sets an interval for reviewing the channel layout.
pub static LAYOUT_REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5.d-layout-review-interval",
        clause: "7.3.5.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Channel layout review planned", "策划渠道布局评审"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_layout_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "The channel management process sets no interval for reviewing the channel layout.",
    "渠道管理过程未规定渠道布局的评审周期。",
);

fn check_layout_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(cm) = &sc(ctx).channel_management
        && cm.layout_review.interval.is_none()
    {
        em.emit(&NO_INTERVAL, format!("{SC}/channelManagement"), &[]);
    }
}

/// 7.3.5 d): the channel layout is reviewed at the interval the process sets.
pub static LAYOUT_REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.5.d-layout-review-overdue",
        clause: "7.3.5.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Channel layout reviewed on time", "渠道布局按期评审"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(layout_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The {subject} was due on {due} (interval {interval}, last {last}).",
    "{subject}应于{due}完成（周期{interval}，上次{last}）。",
);

fn layout_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    if let Some(cm) = &doc.operation.supply_chain.channel_management {
        out.push(Duty {
            path: format!("{SC}/channelManagement"),
            subject: "channel layout review".into(),
            activity: t("channel layout review", "渠道布局评审"),
            interval: cm.layout_review.interval,
            last_done: cm.layout_review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(cm.layout_review.record),
        });
    }
}
