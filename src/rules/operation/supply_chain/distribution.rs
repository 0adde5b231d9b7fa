//! 7.3.4 — 配送与运输: a documented distribution and transport procedure manages
//! distribution information and dispatching in one place and covers stock preparation,
//! storage, sorting and picking, loading and transport (a–e) and the risks of f) — the
//! qualification of carriers, timeliness, process assurance and claims — which carriers'
//! qualifications and terms make good.

use super::super::shared::emit_not_current;
use crate::rules::prelude::*;

use super::shared::{
    QualificationProblem, SC, missing_at, providers_on, qualification_problems, sc,
};

/// 7.3.4: the distribution and transport procedure is recorded, documented and says how
/// distribution is managed and dispatched in one place.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.4-procedure",
        clause: "7.3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Distribution and transport procedure", "配送与运输控制程序"),
        reasons: &[
            NOT_RECORDED,
            NOT_DOCUMENTED,
            NO_UNIFIED_DISPATCH,
            DOCUMENT_NOT_CURRENT,
        ],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The distribution and transport procedure is not recorded.",
    "配送与运输控制程序未记录。",
);

const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The distribution and transport procedure is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "配送与运输控制程序未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const NO_UNIFIED_DISPATCH: Reason = Reason::new(
    "no-unified-dispatch",
    "The distribution and transport procedure does not say how distribution information and dispatching are managed in one place.",
    "配送与运输控制程序未说明如何对配送体系实行统一的信息管理和调度。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The distribution and transport procedure is held in document '{document}', which is not the version in force ({status}).",
    "配送与运输控制程序所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(d) = &sc(ctx).distribution else {
        em.emit(&NOT_RECORDED, SC, &[]);
        return;
    };
    let path = format!("{SC}/distribution");
    if d.document.is_none() && ctx.documentation_required() {
        em.emit(&NOT_DOCUMENTED, &path, &[]);
    }
    if blank(&d.unified_dispatch) {
        em.emit(&NO_UNIFIED_DISPATCH, &path, &[]);
    }
    if let Some(id) = sc(ctx).distribution.as_ref().and_then(|x| x.document) {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/distribution"),
            id,
            &[],
        );
    }
}

/// 7.3.4 a)–e): the procedure covers stock preparation, storage, sorting and picking,
/// loading and transport, each reported at its item.
pub static PROCEDURE_ITEMS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.4-procedure-items",
        clause: "7.3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Distribution procedure covers a)–e)", "配送程序覆盖a)–e)"),
        reasons: &[
            NO_STOCK_PREPARATION,
            NO_STORAGE,
            NO_SORTING,
            NO_LOADING,
            NO_TRANSPORT,
        ],
        covers: &["7.3.4.a", "7.3.4.b", "7.3.4.c", "7.3.4.d", "7.3.4.e"],
    },
    check: check_procedure_items,
    obligations: None,
};

const NO_STOCK_PREPARATION: Reason = Reason::new(
    "no-stock-preparation",
    "The distribution and transport procedure does not cover stock preparation.",
    "配送与运输控制程序未包括备货。",
);

const NO_STORAGE: Reason = Reason::new(
    "no-storage",
    "The distribution and transport procedure does not cover storage.",
    "配送与运输控制程序未包括储存。",
);

const NO_SORTING: Reason = Reason::new(
    "no-sorting-and-picking",
    "The distribution and transport procedure does not cover sorting and picking.",
    "配送与运输控制程序未包括分拣和配货。",
);

const NO_LOADING: Reason = Reason::new(
    "no-loading",
    "The distribution and transport procedure does not cover consolidation and loading.",
    "配送与运输控制程序未包括配装。",
);

const NO_TRANSPORT: Reason = Reason::new(
    "no-transport",
    "The distribution and transport procedure does not cover transport.",
    "配送与运输控制程序未包括运输。",
);

fn check_procedure_items(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(d) = &sc(ctx).distribution else {
        return;
    };
    missing_at(
        em,
        &format!("{SC}/distribution"),
        &[],
        &[
            (
                "7.3.4.a",
                blank(&d.stock_preparation),
                &NO_STOCK_PREPARATION,
            ),
            ("7.3.4.b", blank(&d.storage), &NO_STORAGE),
            ("7.3.4.c", blank(&d.sorting_and_picking), &NO_SORTING),
            ("7.3.4.d", blank(&d.loading), &NO_LOADING),
            ("7.3.4.e", blank(&d.transport), &NO_TRANSPORT),
        ],
    );
}

/// 7.3.4 f) 1)–4): distribution risk management covers provider qualification, timeliness,
/// process assurance and claims, each reported at its item.
pub static RISK_MANAGEMENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.4.f-risk-management",
        clause: "7.3.4.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Distribution risk management", "配送与运输风险管理"),
        reasons: &[
            NO_QUALIFICATION_RISK,
            NO_TIMELINESS_RISK,
            NO_ASSURANCE_RISK,
            NO_CLAIMS_RISK,
        ],
        covers: &["7.3.4.f.1", "7.3.4.f.2", "7.3.4.f.3", "7.3.4.f.4"],
    },
    check: check_risk_management,
    obligations: None,
};

const NO_QUALIFICATION_RISK: Reason = Reason::new(
    "no-provider-qualification",
    "Distribution risk management does not cover the qualification and reputation of external providers.",
    "配送与运输风险管理未包括外部供方的资质和信誉。",
);

const NO_TIMELINESS_RISK: Reason = Reason::new(
    "no-timeliness",
    "Distribution risk management does not cover timeliness.",
    "配送与运输风险管理未包括时效。",
);

const NO_ASSURANCE_RISK: Reason = Reason::new(
    "no-process-assurance",
    "Distribution risk management does not cover process assurance.",
    "配送与运输风险管理未包括过程保障。",
);

const NO_CLAIMS_RISK: Reason = Reason::new(
    "no-claims",
    "Distribution risk management does not cover claims for faults.",
    "配送与运输风险管理未包括过失理赔。",
);

fn check_risk_management(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(d) = &sc(ctx).distribution else {
        return;
    };
    let r = &d.risk_management;
    missing_at(
        em,
        &format!("{SC}/distribution"),
        &[],
        &[
            (
                "7.3.4.f.1",
                blank(&r.provider_qualification),
                &NO_QUALIFICATION_RISK,
            ),
            ("7.3.4.f.2", blank(&r.timeliness), &NO_TIMELINESS_RISK),
            ("7.3.4.f.3", blank(&r.process_assurance), &NO_ASSURANCE_RISK),
            ("7.3.4.f.4", blank(&r.claims), &NO_CLAIMS_RISK),
        ],
    );
}

/// Good practice: at least one active carrier or logistics provider is recorded.
pub static CARRIERS_RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.4-carriers-recorded",
        clause: "7.3.4",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t("Carriers recorded", "记录承运方"),
        reasons: &[NO_CARRIER],
        covers: &[],
    },
    check: check_carriers_recorded,
    obligations: None,
};

const NO_CARRIER: Reason = Reason::new(
    "none",
    "No active carrier or logistics provider is recorded.",
    "未记录任何在用的承运方或物流服务商。",
);

fn check_carriers_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !providers_on(sc(ctx), ctx.as_of)
        .iter()
        .any(|pv| pv.is_carrier && pv.is_active())
    {
        em.emit(&NO_CARRIER, SC, &[]);
    }
}

/// 7.3.4 f) 1): each active carrier has an operating licence on record, none expired.
pub static CARRIER_QUALIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.4.f.1-carrier-qualified",
        clause: "7.3.4.f.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Carrier qualifications valid", "承运方资质有效"),
        reasons: &[NO_LICENCE, LICENCE_EXPIRED],
        covers: &[],
    },
    check: check_carrier_qualified,
    obligations: None,
};

const NO_LICENCE: Reason = Reason::new(
    "none",
    "Carrier '{subject}' has no operating licence on record.",
    "承运方“{subject}”没有经营许可记录。",
);

const LICENCE_EXPIRED: Reason = Reason::new(
    "expired",
    "Carrier '{subject}' holds '{kind}', which expired on {until}.",
    "承运方“{subject}”的“{kind}”已于{until}过期。",
);

fn check_carrier_qualified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers_on(sc(ctx), ctx.as_of) {
        if !pv.is_carrier || !pv.is_active() {
            continue;
        }
        for (path, problem) in qualification_problems(pv.qualifications, &pv.path, ctx.as_of) {
            match problem {
                QualificationProblem::None => {
                    em.emit(&NO_LICENCE, path, &[p("subject", pv.name)]);
                }
                QualificationProblem::Expired(kind, until) => em.emit(
                    &LICENCE_EXPIRED,
                    path,
                    &[p("subject", pv.name), p("kind", kind), p("until", until)],
                ),
            }
        }
    }
}

/// 7.3.4 f) 2)–4): each active carrier has a delivery time commitment, process assurance
/// and claims terms, each reported at its item.
pub static CARRIER_TERMS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.4.f-carrier-terms",
        clause: "7.3.4.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Carrier time, assurance and claims terms",
            "承运方时效、保障与理赔条款",
        ),
        reasons: &[NO_COMMITMENT, NO_ASSURANCE, NO_CLAIMS_TERMS],
        covers: &["7.3.4.f.2", "7.3.4.f.3", "7.3.4.f.4"],
    },
    check: check_carrier_terms,
    obligations: None,
};

const NO_COMMITMENT: Reason = Reason::new(
    "no-delivery-commitment",
    "Carrier '{subject}' has no recorded delivery time commitment.",
    "承运方“{subject}”没有记录时效承诺。",
);

const NO_ASSURANCE: Reason = Reason::new(
    "no-process-assurance",
    "Carrier '{subject}' has no recorded process assurance (tracking, insurance, handling).",
    "承运方“{subject}”没有记录过程保障措施（跟踪、保险、操作要求）。",
);

const NO_CLAIMS_TERMS: Reason = Reason::new(
    "no-claims-terms",
    "Carrier '{subject}' has no recorded claims terms.",
    "承运方“{subject}”没有记录理赔条款。",
);

fn check_carrier_terms(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in sc(ctx).carriers.iter().enumerate() {
        if !c.listed_on(ctx.as_of) || !c.status_on(ctx.as_of).is_none_or(|s| s.is_active()) {
            continue;
        }
        missing_at(
            em,
            &format!("{SC}/carriers/{i}"),
            &[p("subject", &c.name)],
            &[
                ("7.3.4.f.2", blank(&c.delivery_commitment), &NO_COMMITMENT),
                ("7.3.4.f.3", all_blank(&c.process_assurance), &NO_ASSURANCE),
                ("7.3.4.f.4", blank(&c.claims_terms), &NO_CLAIMS_TERMS),
            ],
        );
    }
}
