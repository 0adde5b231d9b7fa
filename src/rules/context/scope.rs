//! 3.3 — 确定电子商务管理体系的范围: the scope is determined considering the factors of 3.1
//! (a), the requirements of 3.2 (b) and the interfaces and dependencies of activities (c); it
//! is held as documented information (成文信息); a requirement declared not applicable is
//! justified, and conformity may be claimed only where that leaves the ability to serve
//! customers intact.
//!
//! Whether an exclusion is valid is decided once, by [`exclusion_defect`]: the 3.3 rules
//! report its defects, and the conformity report and the self-assessment checks honour only
//! valid exclusions ([`is_excluded`]). Disabling or downgrading a 3.3 rule changes neither.
//! An exclusion counts only on the days it is in force (`effectiveFrom` up to the day before
//! `withdrawnOn`): the rules look at the exclusions in force on the as-of date.
//!
//! The boundaries (边界) of the system: when the organization records its legal entities,
//! sites and platform stores, each one in use is either covered by the scope or placed outside
//! it with a reason ([`BOUNDARIES`]).

use crate::catalog;
use crate::common::Date;
use crate::ids::SiteId;
use crate::model::EcmsDocument;
use crate::model::context::{Exclusion, Scope};
use crate::rules::prelude::*;

/// 3.3: the scope is recorded with its statement and boundaries, as documented information.
pub static DOCUMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-scope-documented",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Scope documented and available", "范围形成成文信息"),
        reasons: &[SCOPE_MISSING, SCOPE_INCOMPLETE, SCOPE_NOT_DOCUMENTED],
        covers: &[],
    },
    check: check_documented,
    obligations: None,
};

const SCOPE_MISSING: Reason = Reason::new(
    "missing",
    "The scope of the management system is not recorded.",
    "电子商务管理体系范围未记录。",
);
const SCOPE_INCOMPLETE: Reason = Reason::new(
    "incomplete",
    "The scope of the management system is missing its statement or boundaries.",
    "电子商务管理体系范围缺少范围描述或边界。",
);
const SCOPE_NOT_DOCUMENTED: Reason = Reason::new(
    "not-documented",
    "The scope of the management system is not held as documented information.",
    "电子商务管理体系范围未形成成文信息。",
);

fn check_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(s) = &ctx.doc.context.scope else {
        em.emit(&SCOPE_MISSING, "/context", &[]);
        return;
    };
    if blank(&s.statement) || s.boundaries.is_empty() {
        em.emit(&SCOPE_INCOMPLETE, "/context/scope", &[]);
    }
    if s.document.is_none() {
        em.emit(&SCOPE_NOT_DOCUMENTED, "/context/scope", &[]);
    }
}

/// 3.3 a)–c): the scope records what it considered.
pub static CONSIDERATIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-scope-considerations",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Scope considers factors, requirements, interfaces",
            "确定范围时考虑因素、要求和接口",
        ),
        reasons: &[NO_FACTORS, NO_PARTIES, NO_INTERFACES],
        covers: &["3.3.a", "3.3.b", "3.3.c"],
    },
    check: check_considerations,
    obligations: None,
};

const NO_FACTORS: Reason = Reason::new(
    "no-factors",
    "The scope does not record the context factors (3.1) it considered.",
    "范围未记录所考虑的内外部因素（3.1）。",
);
const NO_PARTIES: Reason = Reason::new(
    "no-party-requirements",
    "The scope does not record the interested-party requirements (3.2) it considered.",
    "范围未记录所考虑的相关方要求（3.2）。",
);
const NO_INTERFACES: Reason = Reason::new(
    "no-interfaces",
    "The scope does not record the interfaces and dependencies it considered.",
    "范围未记录所考虑的接口和依赖关系。",
);

fn check_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(s) = &ctx.doc.context.scope else {
        return;
    };
    if s.factors_considered.is_empty() {
        em.emit_at("3.3.a", &NO_FACTORS, "/context/scope", &[]);
    }
    if s.parties_considered.is_empty() {
        em.emit_at("3.3.b", &NO_PARTIES, "/context/scope", &[]);
    }
    if all_blank(&s.interfaces) {
        em.emit_at("3.3.c", &NO_INTERFACES, "/context/scope", &[]);
    }
}

/// What makes an exclusion invalid, as decided by [`exclusion_defect`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExclusionDefect {
    /// No justification is given.
    Unjustified,
    /// The excluded id is not a clause or item of chapters 3–9.
    UnknownClause,
    /// Chapter 7 as a whole is excluded.
    WholeChapter7,
    /// A requirement outside chapter 7 is excluded.
    OutsideChapter7,
}

/// The one decision on an exclusion's validity: `None` when it is valid. An unjustified
/// exclusion is reported first; then whether the clause may be excluded at all.
pub fn exclusion_defect(e: &Exclusion) -> Option<ExclusionDefect> {
    if blank(&e.justification) {
        return Some(ExclusionDefect::Unjustified);
    }
    permissibility_defect(e)
}

fn permissibility_defect(e: &Exclusion) -> Option<ExclusionDefect> {
    match catalog::chapter_of(&e.clause) {
        None => Some(ExclusionDefect::UnknownClause),
        Some("7") if e.clause == "7" => Some(ExclusionDefect::WholeChapter7),
        Some("7") => None,
        Some(_) => Some(ExclusionDefect::OutsideChapter7),
    }
}

/// The valid exclusions of a document in force on a date, with their JSON pointers.
pub fn valid_exclusions(
    doc: &EcmsDocument,
    on: Date,
) -> impl Iterator<Item = (String, &Exclusion)> {
    exclusions(doc).filter(move |(_, e)| e.in_force_on(on) && exclusion_defect(e).is_none())
}

/// Whether a requirement (or one of its ancestors) is excluded on a date by a valid exclusion
/// in force then.
pub fn is_excluded(doc: &EcmsDocument, requirement: &str, on: Date) -> bool {
    valid_exclusions(doc, on).any(|(_, e)| {
        requirement == e.clause
            || requirement
                .strip_prefix(e.clause.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

fn exclusions(doc: &EcmsDocument) -> impl Iterator<Item = (String, &Exclusion)> {
    doc.context
        .scope
        .iter()
        .flat_map(|s| s.exclusions.iter().enumerate())
        .map(|(i, e)| (format!("/context/scope/exclusions/{i}"), e))
}

/// The exclusions in force on the as-of date, valid or not.
fn exclusions_in_force<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (String, &'a Exclusion)> {
    let as_of = ctx.as_of;
    exclusions(ctx.doc).filter(move |(_, e)| e.in_force_on(as_of))
}

/// 3.3: every exclusion states why the requirement does not apply.
pub static EXCLUSION_JUSTIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-justified",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Exclusions are justified", "不适用要求说明理由"),
        reasons: &[UNJUSTIFIED],
        covers: &[],
    },
    check: check_justified,
    obligations: None,
};

const UNJUSTIFIED: Reason = Reason::new(
    "unjustified",
    "The exclusion of {clause} gives no justification.",
    "对{clause}的不适用声明未说明理由。",
);

fn check_justified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions_in_force(ctx) {
        if exclusion_defect(e) == Some(ExclusionDefect::Unjustified) {
            em.emit(&UNJUSTIFIED, path, &[p("clause", &e.clause)]);
        }
    }
}

/// 3.3: only requirements whose exclusion leaves the service to customers intact.
pub static EXCLUSION_PERMISSIBLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-permissible",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Only exclusions that leave service intact",
            "不适用要求不得影响服务能力",
        ),
        reasons: &[UNKNOWN_CLAUSE, WHOLE_CHAPTER_7, OUTSIDE_CHAPTER_7],
        covers: &[],
    },
    check: check_permissible,
    obligations: None,
};

const UNKNOWN_CLAUSE: Reason = Reason::new(
    "unknown-clause",
    "The exclusion of {clause} is not permissible: it is not a clause or item of GB/T 36311-2018 chapters 3-9.",
    "对{clause}的不适用声明不成立：该编号不是GB/T 36311—2018第3至9章的条款或列项。",
);
const WHOLE_CHAPTER_7: Reason = Reason::new(
    "whole-chapter-7",
    "The exclusion of {clause} is not permissible: chapter 7 cannot be excluded as a whole.",
    "对{clause}的不适用声明不成立：第7章不能整体声明不适用。",
);
const OUTSIDE_CHAPTER_7: Reason = Reason::new(
    "outside-chapter-7",
    "The exclusion of {clause} is not permissible: only requirements of chapter 7 may be excluded; the others keep the system able to serve customers.",
    "对{clause}的不适用声明不成立：只有第7章的要求可以声明不适用，其他要求关系到组织服务顾客的能力。",
);

fn check_permissible(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions_in_force(ctx) {
        let reason = match permissibility_defect(e) {
            Some(ExclusionDefect::UnknownClause) => &UNKNOWN_CLAUSE,
            Some(ExclusionDefect::WholeChapter7) => &WHOLE_CHAPTER_7,
            Some(ExclusionDefect::OutsideChapter7) => &OUTSIDE_CHAPTER_7,
            _ => continue,
        };
        em.emit(reason, format!("{path}/clause"), &[p("clause", &e.clause)]);
    }
}

/// Good practice: exclusions are approved (the standard asks for a justification only).
pub static EXCLUSION_APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-approved",
        clause: "3.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Exclusions approved", "不适用声明经批准"),
        reasons: &[NOT_APPROVED],
        covers: &[],
    },
    check: check_approved,
    obligations: None,
};

const NOT_APPROVED: Reason = Reason::new(
    "not-approved",
    "The exclusion of {clause} records no approver and date.",
    "对{clause}的不适用声明未记录批准人和日期。",
);

fn check_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions_in_force(ctx) {
        if !e.approval.as_ref().is_some_and(|a| a.is_complete()) {
            em.emit(&NOT_APPROVED, path, &[p("clause", &e.clause)]);
        }
    }
}

/// Good practice: an exclusion is reconsidered by the date it sets itself.
pub static EXCLUSION_REVIEW_DUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-review-due",
        clause: "3.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Exclusions reconsidered on time", "不适用声明按期复核"),
        reasons: &[REVIEW_DUE],
        covers: &[],
    },
    check: check_review,
    obligations: None,
};

const REVIEW_DUE: Reason = Reason::new(
    "review-due",
    "The exclusion of {clause} was due for review on {due}.",
    "对{clause}的不适用声明应于{due}复核。",
);

fn check_review(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions_in_force(ctx) {
        if let Some(d) = e.review_date
            && d < ctx.as_of
        {
            em.emit(
                &REVIEW_DUE,
                format!("{path}/reviewDate"),
                &[p("clause", &e.clause), p("due", d)],
            );
        }
    }
}

/// 3.3: the boundaries are determined — every recorded legal entity, every site in use and
/// every open platform store is either covered by the scope or placed outside it with a reason.
pub static BOUNDARIES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-scope-boundaries",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Entities, sites and stores inside or outside the scope",
            "明确法人实体、场所和店铺是否在范围内",
        ),
        reasons: &[
            ENTITY_UNPLACED,
            SITE_UNPLACED,
            STORE_UNPLACED,
            OUTSIDE_NO_REASON,
            INSIDE_AND_OUTSIDE,
        ],
        covers: &[],
    },
    check: check_boundaries,
    obligations: None,
};

const ENTITY_UNPLACED: Reason = Reason::new(
    "entity-unplaced",
    "The scope neither covers the legal entity '{subject}' nor places it outside with a reason.",
    "范围既未覆盖法人实体“{subject}”，也未说明将其排除在外及理由。",
);
const SITE_UNPLACED: Reason = Reason::new(
    "site-unplaced",
    "The site '{subject}' is in use, and the scope neither covers it nor places it outside with a reason.",
    "场所“{subject}”在使用中，但范围既未覆盖该场所，也未说明将其排除在外及理由。",
);
const STORE_UNPLACED: Reason = Reason::new(
    "store-unplaced",
    "The store '{subject}' on {platform} is open, and the scope neither covers it nor places it outside with a reason.",
    "{platform}上的店铺“{subject}”在营业，但范围既未覆盖该店铺，也未说明将其排除在外及理由。",
);
const OUTSIDE_NO_REASON: Reason = Reason::new(
    "outside-no-reason",
    "'{subject}' is placed outside the scope without a reason.",
    "“{subject}”被排除在范围之外，但未说明理由。",
);
const INSIDE_AND_OUTSIDE: Reason = Reason::new(
    "inside-and-outside",
    "'{subject}' is both covered by the scope and placed outside it.",
    "“{subject}”既在范围之内，又被排除在范围之外。",
);

fn check_boundaries(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(scope) = &ctx.doc.context.scope else {
        return; // reported by ecms-3.3-scope-documented
    };
    let org = &ctx.doc.organization;
    for (i, e) in org.entities.iter().enumerate() {
        let outside = scope.outside.iter().any(|o| o.entity == Some(e.id));
        if !(scope.entities.contains(&e.id) || outside) {
            em.emit(
                &ENTITY_UNPLACED,
                format!("/organization/entities/{i}"),
                &[p("subject", &e.name)],
            );
        }
    }
    for (i, site) in org.sites.iter().enumerate() {
        if !site.is_active(ctx.as_of) {
            continue;
        }
        let outside = scope.outside.iter().any(|o| o.site == Some(site.id));
        if !(scope.sites.contains(&site.id) || outside) {
            em.emit(
                &SITE_UNPLACED,
                format!("/organization/sites/{i}"),
                &[p("subject", &site.name)],
            );
        }
    }
    let platforms = &ctx.doc.operation.platform_selection.platforms;
    for (i, pf) in platforms.iter().enumerate() {
        for (j, st) in pf.stores.iter().enumerate() {
            if !st.is_open(ctx.as_of) {
                continue;
            }
            let outside = scope.outside.iter().any(|o| o.store == Some(st.id));
            if !(scope.stores.contains(&st.id) || outside) {
                em.emit(
                    &STORE_UNPLACED,
                    format!("/operation/platformSelection/platforms/{i}/stores/{j}"),
                    &[p("subject", &st.name), p("platform", &pf.name)],
                );
            }
        }
    }
    for (k, o) in scope.outside.iter().enumerate() {
        let path = format!("/context/scope/outside/{k}");
        let subject = outside_name(ctx, o);
        let covered = o.entity.is_some_and(|id| scope.entities.contains(&id))
            || o.site.is_some_and(|id| scope.sites.contains(&id))
            || o.store.is_some_and(|id| scope.stores.contains(&id));
        if covered {
            em.emit(&INSIDE_AND_OUTSIDE, &path, &[p("subject", &subject)]);
        }
        if blank(&o.reason) {
            em.emit(&OUTSIDE_NO_REASON, path, &[p("subject", subject)]);
        }
    }
}

/// The name of what an entry of `outside` names (entity, site, store), or its id.
fn outside_name(ctx: &Ctx<'_>, o: &crate::model::context::OutsideScope) -> String {
    let org = &ctx.doc.organization;
    let mut names: Vec<String> = Vec::new();
    if let Some(id) = o.entity {
        names.push(
            org.entities
                .iter()
                .find(|e| e.id == id)
                .map_or_else(|| id.to_string(), |e| e.name.clone()),
        );
    }
    if let Some(id) = o.site {
        names.push(site_name(ctx, id));
    }
    if let Some(id) = o.store {
        names.push(
            ctx.doc
                .operation
                .platform_selection
                .platforms
                .iter()
                .flat_map(|pf| pf.stores.iter())
                .find(|s| s.id == id)
                .map_or_else(|| id.to_string(), |s| s.name.clone()),
        );
    }
    names.join(", ")
}

fn site_name(ctx: &Ctx<'_>, id: SiteId) -> String {
    ctx.doc
        .organization
        .sites
        .iter()
        .find(|s| s.id == id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}

/// Whether the scope places a site outside the system (and does not also cover it).
fn site_outside(scope: &Scope, id: SiteId) -> bool {
    !scope.sites.contains(&id) && scope.outside.iter().any(|o| o.site == Some(id))
}

/// Good practice under 3.3: a resource the system records and uses (natural resource 6.1.4,
/// infrastructure 6.1.5, monitoring and measuring resource 6.1.6, warehouse 7.3.6) is not at a
/// site the scope places outside the system — either the site belongs inside the boundaries
/// or the record does not belong to the system.
pub static RECORD_SITE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-record-site-in-scope",
        clause: "3.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Resources of the system at sites inside the scope",
            "体系资源位于范围内的场所",
        ),
        reasons: &[SITE_OUTSIDE],
        covers: &[],
    },
    check: check_record_site,
    obligations: None,
};

const SITE_OUTSIDE: Reason = Reason::new(
    "site-outside-scope",
    "{subject} is at the site '{site}', which the scope places outside the management system.",
    "{subject}位于场所“{site}”，但范围已将该场所排除在管理体系之外。",
);

fn check_record_site(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::support::{AssetStatus, InstrumentStatus};
    let Some(scope) = &ctx.doc.context.scope else {
        return;
    };
    let s = &ctx.doc.support;
    let mut at: Vec<(String, String, SiteId)> = Vec::new();
    for (i, n) in s.natural_resources.iter().enumerate() {
        if let Some(site) = n.site {
            at.push((
                format!("/support/naturalResources/{i}"),
                n.name.clone(),
                site,
            ));
        }
    }
    for (i, a) in s.assets.iter().enumerate() {
        if a.status == Some(AssetStatus::Retired) {
            continue;
        }
        if let Some(site) = a.site {
            at.push((format!("/support/assets/{i}"), a.name.clone(), site));
        }
    }
    for (i, x) in s.instruments.iter().enumerate() {
        if x.status == Some(InstrumentStatus::Retired) {
            continue;
        }
        if let Some(site) = x.site {
            at.push((format!("/support/instruments/{i}"), x.name.clone(), site));
        }
    }
    for (i, w) in ctx.doc.operation.supply_chain.warehouses.iter().enumerate() {
        if let Some(site) = w.site {
            at.push((
                format!("/operation/supplyChain/warehouses/{i}"),
                w.name.clone(),
                site,
            ));
        }
    }
    for (path, name, site) in at {
        if site_outside(scope, site) {
            em.emit(
                &SITE_OUTSIDE,
                format!("{path}/site"),
                &[p("subject", name), p("site", site_name(ctx, site))],
            );
        }
    }
}
