//! 6.1.5 and 6.1.5 a) — 基础设施和工作环境 (infrastructure and work environment): the
//! organization determines, assigns and maintains the assets it uses, and manages and protects
//! its information and technology by a procedure.

use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::*;

/// 6.1.5: infrastructure determined.
pub static DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5-infrastructure",
        clause: "6.1.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Infrastructure determined", "确定基础设施"),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_infrastructure,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No infrastructure or work-environment asset in use is recorded.",
    "未记录任何在用的基础设施或工作环境资产。",
);

fn check_infrastructure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !support(ctx).assets.iter().any(|a| a.in_use()) {
        let path = if support(ctx).assets.is_empty() {
            "/support"
        } else {
            "/support/assets"
        };
        em.emit(&NONE, path, &[]);
    }
}

/// 6.1.5: assets have an owner.
pub static ASSET_OWNER: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5-asset-owner",
        clause: "6.1.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Assets have an owner", "资产有负责岗位"),
        reasons: &[NO_OWNER, OWNER_VACANT],
        covers: &[],
    },
    check: check_asset_owner,
    obligations: None,
};

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Asset '{subject}' has no responsible role.",
    "资产“{subject}”没有负责岗位。",
);

const OWNER_VACANT: Reason = Reason::new(
    "owner-vacant",
    "Asset '{subject}' is in use, but nobody employed on the evaluation date holds its responsible role '{role}'.",
    "资产“{subject}”在用，但评价日没有在职人员担任其负责岗位“{role}”。",
);

fn check_asset_owner(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in support(ctx).assets.iter().enumerate() {
        if !a.in_use() {
            continue;
        }
        if a.owner.is_none() {
            em.emit(
                &NO_OWNER,
                format!("/support/assets/{i}"),
                &[p("subject", &a.name)],
            );
        } else if let Some(role) = vacant(ctx, a.owner) {
            em.emit(
                &OWNER_VACANT,
                format!("/support/assets/{i}/owner"),
                &[p("subject", &a.name), p("role", role)],
            );
        }
    }
}

fn vacant(ctx: &Ctx<'_>, role: Option<crate::ids::RoleId>) -> Option<String> {
    role.filter(|r| !role_filled(ctx, *r))
        .map(|r| role_name(ctx, r))
}

/// 6.1.5: assets have a maintenance interval.
pub static MAINTENANCE_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5-asset-maintenance-interval",
        clause: "6.1.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Assets have a maintenance interval", "资产规定维护周期"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_asset_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Asset '{subject}' declares no maintenance interval.",
    "资产“{subject}”未规定维护周期。",
);

fn check_asset_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in support(ctx).assets.iter().enumerate() {
        if a.in_use() && a.maintenance.interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("/support/assets/{i}"),
                &[p("subject", &a.name)],
            );
        }
    }
}

/// 6.1.5: assets maintained on time.
pub static MAINTENANCE_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5-asset-maintenance-overdue",
        clause: "6.1.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Assets maintained on time", "资产按期维护"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_maintenance_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The maintenance of asset '{subject}' was due on {due} (interval {interval}, last {last}).",
    "资产“{subject}”应于{due}维护（周期{interval}，上次{last}）。",
);

fn duties_maintenance_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, a) in doc
        .support
        .assets
        .iter()
        .enumerate()
        .filter(|(_, a)| a.in_use())
    {
        out.push(Duty {
            path: format!("/support/assets/{i}"),
            subject: a.name.clone(),
            activity: t("asset maintenance", "资产维护"),
            interval: a.maintenance.interval,
            last_done: a.maintenance.last_done,
            anchor: None,
            evidence: Evidence::Schedule(a.maintenance.record),
        });
    }
}

/// 6.1.5.a: information and technology managed by procedure.
/// The standard asks for the process, not for documented information (成文信息): the
/// document is required only when the organization sets `requireDocumentedProcedures`.
pub static TECHNOLOGY_PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.a-technology-procedure",
        clause: "6.1.5.a",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Information and technology managed by procedure",
            "按程序管理信息与技术",
        ),
        reasons: &[NO_PROCEDURE],
        covers: &[],
    },
    check: check_technology_procedure,
    obligations: None,
};

const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "no-procedure",
    "No procedure for identifying, acquiring, evaluating, using, protecting and maintaining information and technology is recorded. The organization requires documented procedures; the standard asks for the process only.",
    "未记录识别、获取、评估、使用、保护和维护信息与技术的程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_technology_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx.documentation_required() {
        return;
    }
    match &support(ctx).technology {
        None => em.emit(&NO_PROCEDURE, "/support", &[]),
        Some(tm) if tm.procedure.is_none() => em.emit(&NO_PROCEDURE, "/support/technology", &[]),
        Some(_) => {}
    }
}

/// 6.1.5.a: technology assets protected.
pub static ASSET_PROTECTION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.5.a-asset-protection",
        clause: "6.1.5.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Technology assets protected", "保护信息技术资产"),
        reasons: &[UNPROTECTED],
        covers: &[],
    },
    check: check_asset_protection,
    obligations: None,
};

const UNPROTECTED: Reason = Reason::new(
    "unprotected",
    "Technology asset '{subject}' records no protection measure.",
    "信息技术资产“{subject}”没有保护措施。",
);

fn check_asset_protection(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in support(ctx).assets.iter().enumerate() {
        if a.in_use()
            && a.kind.as_ref().is_some_and(|k| k.is_technology())
            && all_blank(&a.protection)
        {
            em.emit(
                &UNPROTECTED,
                format!("/support/assets/{i}"),
                &[p("subject", &a.name)],
            );
        }
    }
}
