//! 7.3.3.1 — 外部提供的过程、产品和服务的控制 (总则): for each external provider the
//! organization determines which case of a)–c) applies — provision that becomes part of its
//! own offering, provision straight to the customer, or an outsourced process — and the
//! controls that follow; an outsourced process stays under such controls.

use crate::model::operation::supply_chain::ProvisionCase;
use crate::rules::prelude::*;

use super::shared::{providers_on, sc};

/// 7.3.3.1 a)–c): each active provider has its cases of external provision determined, each
/// with its controls.
pub static PROVISION_CONTROLS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.1-provision-controls",
        clause: "7.3.3.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Controls over external provision determined",
            "确定对外部提供的控制",
        ),
        reasons: &[CASE_NOT_DETERMINED, NO_CONTROLS],
        covers: &["7.3.3.1.a", "7.3.3.1.b", "7.3.3.1.c"],
    },
    check: check_provision_controls,
    obligations: None,
};

const CASE_NOT_DETERMINED: Reason = Reason::new(
    "case-not-determined",
    "{subject}: it is not determined which case of 7.3.3.1 a)-c) applies and what controls follow.",
    "{subject}：未确定适用7.3.3.1 a)–c)中的哪种情形及相应控制。",
);

const NO_CONTROLS: Reason = Reason::new(
    "no-controls",
    "{subject}: no controls determined for '{provision}' ({case}).",
    "{subject}：未确定对“{provision}”的控制。",
);

fn check_provision_controls(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers_on(sc(ctx), ctx.as_of) {
        if !pv.is_active() {
            continue;
        }
        if pv.provision.is_empty() {
            em.emit(&CASE_NOT_DETERMINED, &pv.path, &[p("subject", pv.name)]);
        }
        for (k, pc) in pv.provision.iter().enumerate() {
            if all_blank(&pc.controls) {
                em.emit_at(
                    pc.case.item(),
                    &NO_CONTROLS,
                    format!("{}/provision/{k}", pv.path),
                    &[
                        p("subject", pv.name),
                        p("provision", &pc.what),
                        p("case", pc.case.as_str()),
                    ],
                );
            }
        }
    }
}

/// 7.3.3.1 c): an outsourced process (3.4) names its provider, that supplier has controls
/// determined for an outsourced process, and it is approved for use on the as-of date
/// (7.3.3.2: providers are used on their evaluation).
pub static OUTSOURCED_CONTROLLED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.1.c-outsourced-process-controlled",
        clause: "7.3.3.1.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Outsourced processes controlled", "外包过程受控"),
        reasons: &[NO_PROVIDER, PROVIDER_UNCONTROLLED, PROVIDER_NOT_APPROVED],
        covers: &[],
    },
    check: check_outsourced_processes,
    obligations: None,
};

const NO_PROVIDER: Reason = Reason::new(
    "no-provider",
    "Outsourced process '{subject}' names no external provider.",
    "外包过程“{subject}”未指明外部供方。",
);

const PROVIDER_UNCONTROLLED: Reason = Reason::new(
    "provider-uncontrolled",
    "Outsourced process '{subject}' has a provider with no controls determined for an outsourced process.",
    "外包过程“{subject}”的供方未确定针对外包过程的控制。",
);

const PROVIDER_NOT_APPROVED: Reason = Reason::new(
    "provider-not-approved",
    "Outsourced process '{subject}' is run by '{provider}', which is not approved for use on {as_of} (not on the register, a candidate, suspended or removed).",
    "外包过程“{subject}”由“{provider}”承担，但该供方在{as_of}未获准使用（未列入名录、评价中、暂停或终止使用）。",
);

fn check_outsourced_processes(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !pr.outsourced {
            continue;
        }
        let path = format!("/context/processes/{i}");
        let Some(provider) = pr.provider else {
            em.emit(&NO_PROVIDER, path, &[p("subject", &pr.name)]);
            continue;
        };
        let controlled = s.suppliers.iter().any(|sup| {
            sup.id == provider
                && sup.provision.iter().any(|pc| {
                    pc.case == ProvisionCase::OutsourcedProcess && !all_blank(&pc.controls)
                })
        });
        if !controlled {
            em.emit(&PROVIDER_UNCONTROLLED, &path, &[p("subject", &pr.name)]);
        }
        let unapproved = s.suppliers.iter().find(|sup| {
            sup.id == provider
                && (!sup.listed_on(ctx.as_of)
                    || !sup.status_on(ctx.as_of).is_none_or(|st| st.is_active()))
        });
        if let Some(sup) = unapproved {
            em.emit(
                &PROVIDER_NOT_APPROVED,
                format!("{path}/provider"),
                &[
                    p("subject", &pr.name),
                    p("provider", &sup.name),
                    p("as_of", ctx.as_of),
                ],
            );
        }
    }
}
