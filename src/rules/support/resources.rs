//! 6.1.1 — 总则 (resources, general): the organization determines and provides the
//! resources the system needs, in a plan that considers the capabilities and constraints of
//! its existing internal resources (a) and what it must obtain from external providers (b).

use crate::model::support::{ProvisionStatus, ResourceSource};
use crate::rules::prelude::*;

use super::*;

/// 6.1.1: resources determined in a plan.
pub static PLAN: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.1-resource-plan",
        clause: "6.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Resources determined in a plan", "确定所需资源"),
        reasons: &[NO_PLAN, NO_NEEDS],
        covers: &[],
    },
    check: check_resource_plan,
    obligations: None,
};

const NO_PLAN: Reason = Reason::new(
    "no-plan",
    "No resource plan is recorded.",
    "未记录资源计划。",
);

const NO_NEEDS: Reason = Reason::new(
    "no-needs",
    "The resource plan '{subject}' lists no resource needs.",
    "资源计划“{subject}”未列出任何资源需求。",
);

fn check_resource_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).resource_plan {
        None => em.emit(&NO_PLAN, "/support", &[]),
        Some(plan) if plan.needs.is_empty() => em.emit(
            &NO_NEEDS,
            "/support/resourcePlan",
            &[p("subject", &plan.title)],
        ),
        Some(_) => {}
    }
}

/// 6.1.1: resource plan covers today.
pub static PLAN_CURRENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.1-resource-plan-current",
        clause: "6.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Resource plan covers today", "资源计划在有效期内"),
        reasons: &[NO_PERIOD, EXPIRED, NOT_STARTED],
        covers: &[],
    },
    check: check_resource_plan_current,
    obligations: None,
};

const NO_PERIOD: Reason = Reason::new(
    "no-period",
    "The resource plan '{subject}' states no period it covers.",
    "资源计划“{subject}”未说明覆盖期间。",
);

const EXPIRED: Reason = Reason::new(
    "expired",
    "The resource plan '{subject}' expired on {until}.",
    "资源计划“{subject}”已于{until}到期。",
);

const NOT_STARTED: Reason = Reason::new(
    "not-started",
    "The resource plan '{subject}' only starts on {from}.",
    "资源计划“{subject}”自{from}起才适用。",
);

fn check_resource_plan_current(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    match (plan.valid_from, plan.valid_until) {
        (_, None) => em.emit(
            &NO_PERIOD,
            "/support/resourcePlan",
            &[p("subject", &plan.title)],
        ),
        (_, Some(u)) if u < ctx.as_of => em.emit(
            &EXPIRED,
            "/support/resourcePlan/validUntil",
            &[p("subject", &plan.title), p("until", u)],
        ),
        (Some(f), _) if f > ctx.as_of => em.emit(
            &NOT_STARTED,
            "/support/resourcePlan/validFrom",
            &[p("subject", &plan.title), p("from", f)],
        ),
        _ => {}
    }
}

/// 6.1.1: resource plan approved.
pub static PLAN_APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.1-resource-plan-approved",
        clause: "6.1.1",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Resource plan approved", "资源计划经批准"),
        reasons: &[NOT_APPROVED],
        covers: &[],
    },
    check: check_resource_plan_approved,
    obligations: None,
};

const NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "The resource plan '{subject}' records no approver and date.",
    "资源计划“{subject}”未记录批准人和日期。",
);

fn check_resource_plan_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(plan) = &support(ctx).resource_plan
        && !plan.approval.as_ref().is_some_and(|a| a.is_complete())
    {
        em.emit(
            &NOT_APPROVED,
            "/support/resourcePlan",
            &[p("subject", &plan.title)],
        );
    }
}

/// 6.1.1.a: internal capabilities and constraints considered.
pub static INTERNAL_CAPABILITY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.1.a-internal-capability",
        clause: "6.1.1.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Internal capabilities and constraints considered",
            "考虑内部资源的能力和约束",
        ),
        reasons: &[NONE_INTERNAL, NO_CAPABILITY, NO_CONSTRAINTS],
        covers: &[],
    },
    check: check_internal_capability,
    obligations: None,
};

const NONE_INTERNAL: Reason = Reason::new(
    "none-internal",
    "The resource plan considers no existing internal resource.",
    "资源计划未考虑任何现有内部资源。",
);

const NO_CAPABILITY: Reason = Reason::new(
    "no-capability",
    "Internal resource '{subject}' states no capability of the existing resources.",
    "内部资源“{subject}”未说明现有资源的能力。",
);

const NO_CONSTRAINTS: Reason = Reason::new(
    "no-constraints",
    "Internal resource '{subject}' states no constraints of the existing resources.",
    "内部资源“{subject}”未说明现有资源的约束。",
);

fn check_internal_capability(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    if !plan.needs.is_empty()
        && !plan
            .needs
            .iter()
            .any(|n| n.source == Some(ResourceSource::Internal))
    {
        em.emit(&NONE_INTERNAL, "/support/resourcePlan", &[]);
    }
    for (i, n) in plan.needs.iter().enumerate() {
        if n.source != Some(ResourceSource::Internal) {
            continue;
        }
        let path = format!("/support/resourcePlan/needs/{i}");
        if blank(&n.capability) {
            em.emit(&NO_CAPABILITY, &path, &[p("subject", &n.description)]);
        }
        if all_blank(&n.constraints) {
            em.emit(&NO_CONSTRAINTS, &path, &[p("subject", &n.description)]);
        }
    }
}

/// 6.1.1.b: resources from external providers considered.
pub static EXTERNAL_RESOURCES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.1.b-external-resources",
        clause: "6.1.1.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Resources from external providers considered",
            "考虑从外部供方获取的资源",
        ),
        reasons: &[NONE_EXTERNAL, NO_PROVIDER, NO_SOURCE],
        covers: &[],
    },
    check: check_external_resources,
    obligations: None,
};

const NONE_EXTERNAL: Reason = Reason::new(
    "none-external",
    "The resource plan considers no resource from external providers.",
    "资源计划未考虑需从外部供方获取的资源。",
);

const NO_PROVIDER: Reason = Reason::new(
    "no-provider",
    "External resource '{subject}' names no provider.",
    "外部资源“{subject}”未注明供方。",
);

const NO_SOURCE: Reason = Reason::new(
    "no-source",
    "Resource '{subject}' does not say whether it is internal or from an external provider.",
    "资源“{subject}”未说明来自内部还是外部供方。",
);

fn check_external_resources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    if !plan.needs.is_empty()
        && !plan
            .needs
            .iter()
            .any(|n| n.source == Some(ResourceSource::External))
    {
        em.emit(&NONE_EXTERNAL, "/support/resourcePlan", &[]);
    }
    for (i, n) in plan.needs.iter().enumerate() {
        if n.source == Some(ResourceSource::External) && blank(&n.provider) && n.supplier.is_none()
        {
            em.emit(
                &NO_PROVIDER,
                format!("/support/resourcePlan/needs/{i}"),
                &[p("subject", &n.description)],
            );
        }
    }
    for (i, n) in plan.needs.iter().enumerate() {
        if n.source.is_none() {
            em.emit(
                &NO_SOURCE,
                format!("/support/resourcePlan/needs/{i}"),
                &[p("subject", &n.description)],
            );
        }
    }
}

/// 6.1.1: planned resources provided on time.
pub static PROVIDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.1-resources-provided",
        clause: "6.1.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Planned resources provided on time", "按期提供所需资源"),
        reasons: &[NOT_PROVIDED],
        covers: &[],
    },
    check: check_resources_provided,
    obligations: None,
};

const NOT_PROVIDED: Reason = Reason::new(
    "not-provided",
    "Resource '{subject}' was needed by {due} but is {status}.",
    "资源“{subject}”应于{due}前提供，目前状态为{status}。",
);

fn check_resources_provided(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    for (i, n) in plan.needs.iter().enumerate() {
        let Some(due) = n.needed_by else { continue };
        if due >= ctx.as_of {
            continue;
        }
        let (status, zh) = match n.status {
            Some(ProvisionStatus::Provided) | Some(ProvisionStatus::Cancelled) => continue,
            None => ("without status", "未记录状态"),
            Some(ProvisionStatus::Planned) => ("planned", "计划中"),
            Some(ProvisionStatus::PartlyProvided) => ("partly provided", "部分提供"),
        };
        em.emit(
            &NOT_PROVIDED,
            format!("/support/resourcePlan/needs/{i}"),
            &[
                p("subject", &n.description),
                p("due", due),
                pl("status", status, status, zh),
            ],
        );
    }
}
