//! 3.3 — 确定电子商务管理体系的范围: the scope is determined considering the factors of 3.1
//! (a), the requirements of 3.2 (b) and the interfaces and dependencies of activities (c); it
//! is held as documented information (成文信息); a requirement declared not applicable is
//! justified, and conformity may be claimed only where that leaves the ability to serve
//! customers intact.
//!
//! Whether an exclusion is valid is decided once, by [`exclusion_defect`]: the 3.3 rules
//! report its defects, and the conformity report and the self-assessment checks honour only
//! valid exclusions ([`is_excluded`]). Disabling or downgrading a 3.3 rule changes neither.

use crate::catalog;
use crate::model::EcmsDocument;
use crate::model::context::Exclusion;
use crate::rules::prelude::*;

/// 3.3: the scope is recorded with its statement and boundaries, as documented information.
pub static DOCUMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-scope-documented",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
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

/// The valid exclusions of a document with their JSON pointers.
pub fn valid_exclusions(doc: &EcmsDocument) -> impl Iterator<Item = (String, &Exclusion)> {
    exclusions(doc).filter(|(_, e)| exclusion_defect(e).is_none())
}

/// Whether a requirement (or one of its ancestors) is excluded by a valid exclusion.
pub fn is_excluded(doc: &EcmsDocument, requirement: &str) -> bool {
    valid_exclusions(doc).any(|(_, e)| {
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

/// 3.3: every exclusion states why the requirement does not apply.
pub static EXCLUSION_JUSTIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.3-exclusion-justified",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
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
    for (path, e) in exclusions(ctx.doc) {
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
    for (path, e) in exclusions(ctx.doc) {
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
    for (path, e) in exclusions(ctx.doc) {
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
    for (path, e) in exclusions(ctx.doc) {
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
