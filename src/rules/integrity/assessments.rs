//! Self-assessments: the requirements that no record can prove (listed with their reasons in
//! [`crate::rules::assessed_requirements`]) are shown by a self-assessment that is dated,
//! names its assessor, is still valid on the evaluation date (`policy.assessmentValidity`,
//! one year by default — the organization's parameter, not the standard's), and cites
//! evidence. A declared nonconformity or "not applicable" counts as the organization said.

use crate::catalog;
use crate::model::AssessmentStatus;
use crate::rules::context::scope::is_excluded;
use crate::rules::prelude::*;

/// Assessments name clauses or items of chapters 3–9.
pub static UNKNOWN_REQUIREMENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-unknown-requirement",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Assessments name real requirements",
            "自评对象为本标准的要求",
        ),
        reasons: &[UNKNOWN],
        covers: &[],
    },
    check: check_known,
    obligations: None,
};

const UNKNOWN: Reason = Reason::new(
    "unknown",
    "'{requirement}' is not a clause or item of GB/T 36311-2018 chapters 3-9.",
    "“{requirement}”不是GB/T 36311—2018第3至9章的条款或列项。",
);

fn check_known(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if catalog::clause(&a.requirement).is_none() {
            em.emit(
                &UNKNOWN,
                format!("/assessments/{i}/requirement"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}

/// Every assessment-only requirement that is not validly excluded has a self-assessment.
pub static MISSING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-missing",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Assessment-only requirements are assessed",
            "需自评的要求已自评",
        ),
        reasons: &[NOT_ASSESSED],
        covers: &[],
    },
    check: check_missing,
    obligations: None,
};

const NOT_ASSESSED: Reason = Reason::new(
    "not-assessed",
    "Requirement {requirement} can only be shown by a self-assessment, and none is recorded.",
    "要求{requirement}只能通过自评证实，但没有自评记录。",
);

fn check_missing(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // An empty list is not serialized: point at the document root then.
    let at = if ctx.doc.assessments.is_empty() {
        ""
    } else {
        "/assessments"
    };
    for req in crate::rules::assessed_requirements() {
        if is_excluded(ctx.doc, req.clause, ctx.as_of) {
            continue;
        }
        if !ctx
            .doc
            .assessments
            .iter()
            .any(|a| a.requirement == req.clause)
        {
            em.emit_at(
                req.clause,
                &NOT_ASSESSED,
                at,
                &[p("requirement", req.clause)],
            );
        }
    }
}

/// Self-assessments are dated, attributed and still valid on the evaluation date.
pub static STALE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-stale",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Self-assessments are current", "自评在有效期内"),
        reasons: &[NO_DATE, FUTURE_DATE, EXPIRED, EXPIRED_DEFAULT, NO_ASSESSOR],
        covers: &[],
    },
    check: check_stale,
    obligations: None,
};

const NO_DATE: Reason = Reason::new(
    "no-date",
    "The self-assessment of {requirement} has no date.",
    "对{requirement}的自评没有日期。",
);
const FUTURE_DATE: Reason = Reason::new(
    "dated-after-evaluation",
    "The self-assessment of {requirement} is dated {date}, after the evaluation date.",
    "对{requirement}的自评日期{date}晚于评价日期。",
);
const EXPIRED: Reason = Reason::on_parameter(
    "assessmentValidity",
    "expired",
    "The self-assessment of {requirement} expired on {until} (made {date}, valid {validity} by the organization's rule).",
    "对{requirement}的自评已于{until}过期（{date}作出，组织规定的有效期{validity}）。",
);
const EXPIRED_DEFAULT: Reason = Reason::on_parameter(
    "assessmentValidity",
    "expired-default",
    "The self-assessment of {requirement} expired on {until} (made {date}, valid {validity} by default; the organization states no validity).",
    "对{requirement}的自评已于{until}过期（{date}作出，默认有效期{validity}，组织未规定）。",
);
const NO_ASSESSOR: Reason = Reason::new(
    "no-assessor",
    "The self-assessment of {requirement} names no assessor.",
    "对{requirement}的自评未注明评价人。",
);

fn check_stale(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let setting = ctx.params.assessment_validity;
    let validity = setting.value;
    let expired = if setting.is_organizations() {
        &EXPIRED
    } else {
        &EXPIRED_DEFAULT
    };
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        let Some(clause) = catalog::clause(&a.requirement) else {
            continue;
        };
        let path = format!("/assessments/{i}");
        let req = p("requirement", &a.requirement);
        match a.date {
            None => em.emit_at(clause.id, &NO_DATE, path, &[req]),
            Some(d) if d > ctx.as_of => {
                em.emit_at(clause.id, &FUTURE_DATE, path, &[req, p("date", d)])
            }
            Some(d) => match validity.after(d) {
                Some(until) if until < ctx.as_of => em.emit_at(
                    clause.id,
                    expired,
                    path,
                    &[
                        req,
                        p("until", until),
                        p("date", d),
                        p("validity", validity),
                    ],
                ),
                _ => {
                    if a.assessor.is_none() {
                        em.emit_at(clause.id, &NO_ASSESSOR, path, &[req]);
                    }
                }
            },
        }
    }
}

/// A self-assessment that declares a requirement not met is a nonconformity.
pub static DECLARED_NONCONFORMING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-declared-nonconforming",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Self-assessed nonconformity", "自评为不符合"),
        reasons: &[DECLARED_NOT_MET],
        covers: &[],
    },
    check: |ctx, em| emit_status(ctx, em, AssessmentStatus::Nonconforming, &DECLARED_NOT_MET),
    obligations: None,
};

const DECLARED_NOT_MET: Reason = Reason::new(
    "declared-not-met",
    "The self-assessment declares {requirement} not met.",
    "自评认定{requirement}不符合。",
);

/// A self-assessment that declares a requirement only partly met is a (minor) nonconformity.
pub static DECLARED_PARTIAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-declared-partial",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Self-assessed partial conformity", "自评为部分符合"),
        reasons: &[DECLARED_PARTLY_MET],
        covers: &[],
    },
    check: |ctx, em| {
        emit_status(
            ctx,
            em,
            AssessmentStatus::PartiallyConforms,
            &DECLARED_PARTLY_MET,
        )
    },
    obligations: None,
};

const DECLARED_PARTLY_MET: Reason = Reason::new(
    "declared-partly-met",
    "The self-assessment declares {requirement} only partly met.",
    "自评认定{requirement}仅部分符合。",
);

fn emit_status(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    status: AssessmentStatus,
    reason: &'static Reason,
) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if a.status != status {
            continue;
        }
        if let Some(c) = catalog::clause(&a.requirement) {
            em.emit_at(
                c.id,
                reason,
                format!("/assessments/{i}/status"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}

/// 3.3: a requirement is "not applicable" only through a valid exclusion in the scope.
pub static NOT_APPLICABLE_UNJUSTIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-not-applicable-unjustified",
        clause: "3.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Not-applicable only with an exclusion",
            "不适用须有不适用声明",
        ),
        reasons: &[NO_EXCLUSION],
        covers: &[],
    },
    check: check_not_applicable,
    obligations: None,
};

const NO_EXCLUSION: Reason = Reason::new(
    "no-exclusion",
    "{requirement} is assessed as not applicable, but the scope records no exclusion for it.",
    "{requirement}被自评为不适用，但范围中没有相应的不适用声明。",
);

fn check_not_applicable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if a.status == AssessmentStatus::NotApplicable
            && !is_excluded(ctx.doc, &a.requirement, ctx.as_of)
            && let Some(c) = catalog::clause(&a.requirement)
        {
            em.emit_at(
                c.id,
                &NO_EXCLUSION,
                format!("/assessments/{i}/status"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}

/// Good practice: a self-assessment that declares conformity cites documented information.
pub static EVIDENCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-assessment-evidence",
        clause: "3.4",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Self-assessments cite evidence", "自评引用证据"),
        reasons: &[NO_EVIDENCE],
        covers: &[],
    },
    check: check_evidence,
    obligations: None,
};

const NO_EVIDENCE: Reason = Reason::new(
    "no-evidence",
    "The self-assessment of {requirement} cites no documented information as evidence.",
    "对{requirement}的自评未引用成文信息作为证据。",
);

fn check_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if a.status == AssessmentStatus::Conforms
            && a.evidence.is_empty()
            && let Some(c) = catalog::clause(&a.requirement)
        {
            em.emit_at(
                c.id,
                &NO_EVIDENCE,
                format!("/assessments/{i}"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}
