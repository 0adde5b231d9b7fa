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
        kind: RuleKind::Relation,
        title: t("Scope documented and available", "范围形成成文信息"),
        reasons: &[
            SCOPE_MISSING,
            SCOPE_INCOMPLETE,
            SCOPE_NOT_DOCUMENTED,
            SCOPE_DOCUMENT_NOT_IN_FORCE,
        ],
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

const SCOPE_DOCUMENT_NOT_IN_FORCE: Reason = Reason::new(
    "scope-document-not-in-force",
    "The scope's documented information is not an effective document in force on {as_of}.",
    "范围的成文信息在{as_of}不是现行有效的文件。",
);

fn check_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(s) = &ctx.doc.context.scope else {
        em.emit(&SCOPE_MISSING, "/context", &[]);
        return;
    };
    if blank(&s.statement) || s.boundaries.is_empty() {
        em.emit(&SCOPE_INCOMPLETE, "/context/scope", &[]);
    }
    match s.document {
        None => em.emit(&SCOPE_NOT_DOCUMENTED, "/context/scope", &[]),
        Some(d) if !document_current(ctx.doc, d, ctx.as_of) => em.emit(
            &SCOPE_DOCUMENT_NOT_IN_FORCE,
            "/context/scope",
            &[p("as_of", ctx.as_of)],
        ),
        Some(_) => {}
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
    /// A whole chapter is excluded: a chapter is a part of the management system, not "some
    /// requirements" (某些要求) of it.
    WholeChapter,
    /// 3.3 itself is excluded: the scope and its exclusions cannot declare themselves not
    /// applicable.
    ScopeItself,
    /// No assessment of the exclusion's effect on the services to customers and on customer
    /// satisfaction is recorded (a conclusion and its rationale).
    NoImpactAssessment,
    /// The recorded assessment concludes that the exclusion affects the ability to ensure the
    /// e-commerce services or customer satisfaction: conformity cannot be claimed with it.
    AffectsService,
    /// The requirement touches customers or the management system's own machinery
    /// ([`SENSITIVE`]) and no person's dated self-assessment (an `assessments` entry with
    /// status `notApplicable`, assessor and date) backs the exclusion.
    NoSelfAssessment,
}

impl ExclusionDefect {
    /// The code of the reason the 3.3 rules report for it.
    pub fn code(&self) -> &'static str {
        match self {
            ExclusionDefect::Unjustified => UNJUSTIFIED.code,
            ExclusionDefect::UnknownClause => UNKNOWN_CLAUSE.code,
            ExclusionDefect::WholeChapter => WHOLE_CHAPTER.code,
            ExclusionDefect::ScopeItself => SCOPE_ITSELF.code,
            ExclusionDefect::NoImpactAssessment => NO_IMPACT_ASSESSMENT.code,
            ExclusionDefect::AffectsService => AFFECTS_SERVICE.code,
            ExclusionDefect::NoSelfAssessment => NO_SELF_ASSESSMENT.code,
        }
    }
}

/// Requirements whose exclusion needs a person's dated self-assessment (an `assessments`
/// entry for the excluded requirement, status `notApplicable`, with assessor and date on or
/// before the evaluation date, still valid then — [`self_assessment`]) besides the justification and impact assessment: they face
/// customers, or they are the machinery by which the management system keeps itself
/// working, so text alone does not show that the exclusion leaves the service intact. An
/// exclusion is sensitive when it names one of these, an entry below one, or an entry above
/// one (excluding 7.2 would exclude 7.2.4).
pub const SENSITIVE: &[(&str, &str)] = &[
    ("3.4", "the management system and its processes"),
    (
        "4",
        "leadership: commitment, customer focus, strategy, roles, communication",
    ),
    ("6.4", "documented information"),
    ("7.2.4", "customer service, including complaints"),
    ("7.2.5", "crisis management, which protects customers"),
    ("7.3.2", "order management, the customer's order"),
    (
        "7.7",
        "information security, including customers' personal information",
    ),
    ("8.1.3", "customer satisfaction and credit rating"),
    ("8.2", "internal audit"),
    ("8.3", "management review"),
    (
        "9",
        "improvement: nonconformity, corrective action, continual improvement",
    ),
];

fn within(id: &str, ancestor: &str) -> bool {
    id == ancestor
        || id
            .strip_prefix(ancestor)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// Whether excluding an entry needs a person's dated self-assessment ([`SENSITIVE`]).
pub fn is_sensitive(clause: &str) -> bool {
    SENSITIVE
        .iter()
        .any(|(s, _)| within(clause, s) || within(s, clause))
}

/// The one decision on an exclusion's validity on a date: `None` when it is valid. An
/// unjustified exclusion is reported first; then whether the entry may be excluded at all;
/// then the assessment of its effect on customers.
pub fn exclusion_defect(doc: &EcmsDocument, e: &Exclusion, on: Date) -> Option<ExclusionDefect> {
    if blank(&e.justification) {
        return Some(ExclusionDefect::Unjustified);
    }
    permissibility_defect(e).or_else(|| impact_defect(doc, e, on))
}

fn permissibility_defect(e: &Exclusion) -> Option<ExclusionDefect> {
    let Some(c) = catalog::clause(&e.clause) else {
        return Some(ExclusionDefect::UnknownClause);
    };
    if c.level == catalog::ClauseLevel::Chapter {
        Some(ExclusionDefect::WholeChapter)
    } else if within(c.id, "3.3") {
        Some(ExclusionDefect::ScopeItself)
    } else {
        None
    }
}

fn impact_defect(doc: &EcmsDocument, e: &Exclusion, on: Date) -> Option<ExclusionDefect> {
    use crate::model::context::ImpactConclusion;
    let Some(ia) = &e.impact_assessment else {
        return Some(ExclusionDefect::NoImpactAssessment);
    };
    match ia.conclusion {
        None => return Some(ExclusionDefect::NoImpactAssessment),
        Some(ImpactConclusion::Affects) => return Some(ExclusionDefect::AffectsService),
        Some(_) if blank(&ia.rationale) => return Some(ExclusionDefect::NoImpactAssessment),
        Some(_) => {}
    }
    if is_sensitive(&e.clause) && self_assessment(doc, &e.clause, on).is_none() {
        return Some(ExclusionDefect::NoSelfAssessment);
    }
    None
}

/// The JSON pointer of the self-assessment that backs the exclusion of a requirement: an
/// `assessments` entry for exactly that requirement, status `notApplicable`, naming as its
/// assessor a person recorded as working for the organization on its date, dated on or
/// before `on` and still valid then (`assessmentValidity` in
/// `policy.parameters` or `policy`, one year by default).
pub fn self_assessment(doc: &EcmsDocument, clause: &str, on: Date) -> Option<String> {
    // The document's `assessmentValidity` (either place), else the library default.
    let validity =
        crate::params::Effective::for_document(doc, &crate::params::Parameters::default())
            .assessment_validity
            .value;
    doc.assessments
        .iter()
        .position(|a| {
            a.requirement == clause
                && a.status == crate::model::AssessmentStatus::NotApplicable
                && a.date.is_some_and(|d| {
                    d <= on
                        && validity.after(d).is_none_or(|u| u >= on)
                        && a.assessor.is_some_and(|who| {
                            doc.support
                                .people
                                .iter()
                                .any(|pe| pe.id == who && pe.is_active(d))
                        })
                })
        })
        .map(|i| format!("/assessments/{i}"))
}

/// The valid exclusions of a document in force on a date, with their JSON pointers.
pub fn valid_exclusions(
    doc: &EcmsDocument,
    on: Date,
) -> impl Iterator<Item = (String, &Exclusion)> {
    exclusions(doc)
        .filter(move |(_, e)| e.in_force_on(on) && exclusion_defect(doc, e, on).is_none())
}

/// Whether a requirement (or one of its ancestors) is excluded on a date by a valid exclusion
/// in force then.
pub fn is_excluded(doc: &EcmsDocument, requirement: &str, on: Date) -> bool {
    valid_exclusions(doc, on).any(|(_, e)| within(requirement, &e.clause))
}

/// Every exclusion of a document with its JSON pointer, in force or not.
pub fn exclusions(doc: &EcmsDocument) -> impl Iterator<Item = (String, &Exclusion)> {
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
        if blank(&e.justification) {
            em.emit(&UNJUSTIFIED, path, &[p("clause", &e.clause)]);
        }
    }
}

/// 3.3: only requirements of the standard may be declared not applicable — not a whole
/// chapter, not the scope itself.
pub static EXCLUSION_PERMISSIBLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-permissible",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Only requirements of the standard are excluded",
            "仅对本标准的要求声明不适用",
        ),
        reasons: &[UNKNOWN_CLAUSE, WHOLE_CHAPTER, SCOPE_ITSELF],
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
const WHOLE_CHAPTER: Reason = Reason::new(
    "whole-chapter",
    "The exclusion of {clause} is not permissible: a whole chapter is not a requirement that can be declared not applicable.",
    "对{clause}的不适用声明不成立：整章不是可以声明不适用的某项要求。",
);
const SCOPE_ITSELF: Reason = Reason::new(
    "scope-itself",
    "The exclusion of {clause} is not permissible: the scope, which records the exclusions, cannot itself be declared not applicable.",
    "对{clause}的不适用声明不成立：记录不适用要求的范围本身不能声明不适用。",
);

fn check_permissible(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions_in_force(ctx) {
        let reason = match permissibility_defect(e) {
            Some(ExclusionDefect::UnknownClause) => &UNKNOWN_CLAUSE,
            Some(ExclusionDefect::WholeChapter) => &WHOLE_CHAPTER,
            Some(ExclusionDefect::ScopeItself) => &SCOPE_ITSELF,
            _ => continue,
        };
        em.emit(reason, format!("{path}/clause"), &[p("clause", &e.clause)]);
    }
}

/// 3.3: conformity may be claimed only when the requirements declared not applicable do not
/// affect the ability and responsibility to ensure the e-commerce services, nor customer
/// satisfaction. Each exclusion records that assessment (conclusion and rationale); one
/// that touches customers or the system's own machinery ([`SENSITIVE`]) is backed by a
/// person's dated self-assessment.
pub static EXCLUSION_IMPACT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-impact-assessed",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        // The exclusion's record is deficient; the excluded requirement itself is then
        // judged by its own rules, which find any real gap.
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Exclusions leave services and customer satisfaction intact",
            "不适用要求不影响服务能力和顾客满意",
        ),
        reasons: &[NO_IMPACT_ASSESSMENT, AFFECTS_SERVICE, NO_SELF_ASSESSMENT],
        covers: &[],
    },
    check: check_impact,
    obligations: None,
};

const NO_IMPACT_ASSESSMENT: Reason = Reason::new(
    "no-impact-assessment",
    "The exclusion of {clause} records no assessment (conclusion and rationale) of its effect on the ability to ensure the e-commerce services and on customer satisfaction.",
    "对{clause}的不适用声明未记录其对确保电子商务服务的能力和对顾客满意影响的评估（结论及理由）。",
);
const AFFECTS_SERVICE: Reason = Reason::new(
    "affects-service",
    "The exclusion of {clause} is not valid: its own assessment concludes that it affects the ability to ensure the e-commerce services or customer satisfaction.",
    "对{clause}的不适用声明不成立：其影响评估认定该不适用会影响确保电子商务服务的能力或顾客满意。",
);
const NO_SELF_ASSESSMENT: Reason = Reason::new(
    "no-self-assessment",
    "The exclusion of {clause} touches customers or the management system's own processes and needs a person's dated self-assessment of {clause} as not applicable; none is recorded.",
    "对{clause}的不适用声明涉及顾客或管理体系自身的运行，需要由人员对{clause}作出注明日期的不适用自评，但没有记录。",
);

fn check_impact(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions_in_force(ctx) {
        let (reason, at) = match impact_defect(ctx.doc, e, ctx.as_of) {
            Some(ExclusionDefect::NoImpactAssessment) => (&NO_IMPACT_ASSESSMENT, path),
            Some(ExclusionDefect::AffectsService) => (
                &AFFECTS_SERVICE,
                format!("{path}/impactAssessment/conclusion"),
            ),
            Some(ExclusionDefect::NoSelfAssessment) => (&NO_SELF_ASSESSMENT, path),
            _ => continue,
        };
        em.emit(reason, at, &[p("clause", &e.clause)]);
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
