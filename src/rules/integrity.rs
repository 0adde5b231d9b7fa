//! Rules about the data itself (ids and references) and about self-assessments.

use super::{BuiltinRule, Ctx, Emitter, p, rule};
use crate::catalog;
use crate::common::Interval;
use crate::model::AssessmentStatus;
use crate::refs::IdIndex;

pub(super) static RULES: &[BuiltinRule] = &[
    rule!(
        "ecms-ref-duplicate-id",
        "6.4.2.a",
        Error,
        Integrity,
        Minor,
        ("Ids are unique", "标识唯一"),
        (
            "The {kind} id {id} is also used at {first}.",
            "{kind}标识{id}已在{first}使用。"
        ),
        check_duplicates,
    ),
    rule!(
        "ecms-ref-dangling",
        "6.4.2.a",
        Error,
        Integrity,
        Minor,
        ("References point at existing records", "引用指向存在的记录"),
        (
            "No {kind} with id {id} exists.",
            "不存在标识为{id}的{kind}。"
        ),
        check_dangling,
    ),
    rule!(
        "ecms-assessment-unknown-requirement",
        "3.4",
        Error,
        Integrity,
        Minor,
        (
            "Assessments name real requirements",
            "自评对象为本标准的要求"
        ),
        (
            "'{requirement}' is not a clause or item of GB/T 36311-2018 chapters 3-9.",
            "“{requirement}”不是GB/T 36311—2018第3至9章的条款或列项。"
        ),
        check_assessment_known,
    ),
    rule!(
        "ecms-assessment-missing",
        "3.4",
        Error,
        Shall,
        Major,
        (
            "Assessment-only requirements are assessed",
            "需自评的要求已自评"
        ),
        (
            "Requirement {requirement} can only be shown by a self-assessment, and none is recorded.",
            "要求{requirement}只能通过自评证实，但没有自评记录。"
        ),
        check_assessment_missing,
    ),
    rule!(
        "ecms-assessment-stale",
        "3.4",
        Error,
        Shall,
        Minor,
        ("Self-assessments are current", "自评在有效期内"),
        (
            "The self-assessment of {requirement} {problem}.",
            "对{requirement}的自评{problem_zh}。"
        ),
        check_assessment_stale,
    ),
    rule!(
        "ecms-assessment-declared-nonconforming",
        "3.4",
        Error,
        Shall,
        Major,
        ("Self-assessed nonconformity", "自评为不符合"),
        (
            "The self-assessment declares {requirement} not met.",
            "自评认定{requirement}不符合。"
        ),
        check_declared_nc,
    ),
    rule!(
        "ecms-assessment-declared-partial",
        "3.4",
        Error,
        Shall,
        Minor,
        ("Self-assessed partial conformity", "自评为部分符合"),
        (
            "The self-assessment declares {requirement} only partly met.",
            "自评认定{requirement}仅部分符合。"
        ),
        check_declared_partial,
    ),
    rule!(
        "ecms-assessment-not-applicable-unjustified",
        "3.3",
        Error,
        Shall,
        Major,
        (
            "Not-applicable only with an exclusion",
            "不适用须有不适用声明"
        ),
        (
            "{requirement} is assessed as not applicable, but the scope records no exclusion for it.",
            "{requirement}被自评为不适用，但范围中没有相应的不适用声明。"
        ),
        check_na_without_exclusion,
    ),
    rule!(
        "ecms-assessment-evidence",
        "3.4",
        Warning,
        Policy,
        Minor,
        ("Self-assessments cite evidence", "自评引用证据"),
        (
            "The self-assessment of {requirement} cites no documented information as evidence.",
            "对{requirement}的自评未引用成文信息作为证据。"
        ),
        check_assessment_evidence,
    ),
];

fn check_duplicates(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // Occurrence positions of every repeated definition and of its first one.
    let mut dups: Vec<(usize, usize)> = Vec::new();
    for (i, o) in ctx.ids.definitions() {
        if let Some(first) = ctx.ids.definition_of(o.kind, o.id).filter(|f| *f != i) {
            dups.push((i, first));
        }
    }
    if dups.is_empty() {
        return;
    }
    let positions: Vec<usize> = dups.iter().flat_map(|(i, f)| [*i, *f]).collect();
    let paths = IdIndex::paths(ctx.doc, &positions);
    for ((i, _), pair) in dups.iter().zip(paths.chunks(2)) {
        let (Some(o), [at, first]) = (ctx.ids.occurrences.get(*i), pair) else {
            continue;
        };
        let entity = |p: &str| p.strip_suffix("/id").unwrap_or(p).to_owned();
        em.legacy_emit(
            entity(at),
            &[p("kind", o.kind), p("id", o.id), p("first", entity(first))],
        );
    }
}

fn check_dangling(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dangling: Vec<usize> = ctx
        .ids
        .references()
        .filter(|(_, o)| !ctx.ids.is_defined(o.kind, o.id))
        .map(|(i, _)| i)
        .collect();
    if dangling.is_empty() {
        return;
    }
    let paths = IdIndex::paths(ctx.doc, &dangling);
    for (i, path) in dangling.iter().zip(paths) {
        if let Some(o) = ctx.ids.occurrences.get(*i) {
            em.legacy_emit(path, &[p("kind", o.kind), p("id", o.id)]);
        }
    }
}

fn check_assessment_known(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if catalog::clause(&a.requirement).is_none() {
            em.legacy_emit(
                format!("/assessments/{i}/requirement"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}

/// Whether a requirement (or one of its ancestors) is excluded by a valid exclusion.
pub(crate) fn is_excluded(ctx: &Ctx<'_>, requirement: &str) -> bool {
    super::context::scope::is_excluded(ctx.doc, requirement)
}

fn check_assessment_missing(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // An empty list is not serialized: point at the document root then.
    let at = if ctx.doc.assessments.is_empty() {
        ""
    } else {
        "/assessments"
    };
    for req in super::assessed_requirements() {
        if is_excluded(ctx, req.clause) {
            continue;
        }
        if !ctx
            .doc
            .assessments
            .iter()
            .any(|a| a.requirement == req.clause)
        {
            em.legacy_emit_at(req.clause, at, &[p("requirement", req.clause)]);
        }
    }
}

fn check_assessment_stale(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let validity = ctx
        .doc
        .policy
        .assessment_validity
        .unwrap_or(Interval::years(1));
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        let Some(clause) = catalog::clause(&a.requirement) else {
            continue;
        };
        let path = format!("/assessments/{i}");
        let problem = match a.date {
            None => Some(("has no date".to_owned(), "没有日期".to_owned())),
            Some(d) if d > ctx.as_of => Some((
                format!("is dated {d}, after the evaluation date"),
                format!("日期{d}晚于评价日期"),
            )),
            Some(d) => match validity.after(d) {
                Some(until) if until < ctx.as_of => Some((
                    format!("expired on {until} (made {d}, valid {validity})"),
                    format!("已于{until}过期（{d}作出，有效期{validity}）"),
                )),
                _ => None,
            },
        };
        let problem = problem.or_else(|| {
            a.assessor
                .is_none()
                .then(|| ("names no assessor".to_owned(), "未注明评价人".to_owned()))
        });
        if let Some((en, zh)) = problem {
            em.legacy_emit_at(
                clause.id,
                path,
                &[
                    p("requirement", &a.requirement),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

fn emit_status(ctx: &Ctx<'_>, em: &mut Emitter<'_>, status: AssessmentStatus) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if a.status != status {
            continue;
        }
        if let Some(c) = catalog::clause(&a.requirement) {
            em.legacy_emit_at(
                c.id,
                format!("/assessments/{i}/status"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}

fn check_declared_nc(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    emit_status(ctx, em, AssessmentStatus::Nonconforming);
}

fn check_declared_partial(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    emit_status(ctx, em, AssessmentStatus::PartiallyConforms);
}

fn check_na_without_exclusion(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if a.status == AssessmentStatus::NotApplicable
            && !is_excluded(ctx, &a.requirement)
            && let Some(c) = catalog::clause(&a.requirement)
        {
            em.legacy_emit_at(
                c.id,
                format!("/assessments/{i}/status"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}

fn check_assessment_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.assessments.iter().enumerate() {
        if a.status == AssessmentStatus::Conforms
            && a.evidence.is_empty()
            && let Some(c) = catalog::clause(&a.requirement)
        {
            em.legacy_emit_at(
                c.id,
                format!("/assessments/{i}"),
                &[p("requirement", &a.requirement)],
            );
        }
    }
}
