//! 6.2 — 能力 (competence): competence is determined per role (a), people are competent on
//! the basis of evidence (b), actions to acquire it are evaluated for effectiveness (c) and the
//! evidence is retained (d).

use crate::common::Date;
use crate::model::support::{CompetenceEvidence, CompetenceRequirement, EffectivenessResult};
use crate::rules::prelude::*;

use super::*;

/// 6.2.a: competence needs determined.
pub static DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.a-competence-determined",
        clause: "6.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Competence needs determined", "确定所需能力"),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_competence_determined,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No competence requirement is recorded.",
    "未记录任何能力要求。",
);

fn check_competence_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).competences.is_empty() {
        em.emit(&NONE, "/support", &[]);
    }
}

/// 6.2.a: each role has competence needs.
pub static ROLE_COMPETENCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.a-role-competence",
        clause: "6.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Each role has competence needs", "各岗位确定能力要求"),
        reasons: &[NO_COMPETENCE],
        covers: &[],
    },
    check: check_role_competence,
    obligations: None,
};

const NO_COMPETENCE: Reason = Reason::new(
    "no-competence",
    "Role '{subject}' has no competence requirement.",
    "岗位“{subject}”没有能力要求。",
);

fn check_role_competence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    if s.competences.is_empty() {
        return; // reported once by ecms-6.2.a-competence-determined
    }
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        if !s.competences.iter().any(|c| c.roles.contains(&r.id)) {
            em.emit(
                &NO_COMPETENCE,
                format!("/leadership/roles/{i}"),
                &[p("subject", &r.name)],
            );
        }
    }
}

/// 6.2.b: people competent for their roles.
pub static PERSON_COMPETENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.b-person-competent",
        clause: "6.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("People competent for their roles", "人员胜任其岗位"),
        reasons: &[NO_EVIDENCE],
        covers: &[],
    },
    check: check_person_competent,
    obligations: None,
};

const NO_EVIDENCE: Reason = Reason::new(
    "no-evidence",
    "'{subject}' has no valid evidence of {count} competence(s) required by the roles they hold: {first}.",
    "“{subject}”没有其岗位所要求的{count}项能力的有效证据：{first}。",
);

/// How many missing competences a finding names.
const NAMED: usize = 3;

/// One finding per person, however many competences are missing: the count and the first
/// few names (joined by ", ", with "…" when more are missing).
fn check_person_competent(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    for (i, pe) in staff_in_scope(ctx) {
        let mut missing = s
            .competences
            .iter()
            .filter(|c| c.roles.iter().any(|r| pe.holds_role_on(*r, ctx.as_of)))
            .filter(|c| {
                !pe.competence_evidence
                    .iter()
                    .any(|ev| evidence_valid(ev, c, ctx.as_of))
            })
            .map(|c| c.name.as_str());
        let first: Vec<&str> = missing.by_ref().take(NAMED).collect();
        if first.is_empty() {
            continue;
        }
        let count = first.len() + missing.count();
        let mut named = first.join(", ");
        if count > first.len() {
            named.push_str(", …");
        }
        em.emit(
            &NO_EVIDENCE,
            format!("/support/people/{i}"),
            &[
                p("subject", pe.label()),
                p("count", count),
                p("first", named),
            ],
        );
    }
}

/// 6.2.c: effectiveness of actions evaluated.
pub static TRAINING_EFFECTIVENESS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.c-training-effectiveness",
        clause: "6.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Effectiveness of actions evaluated", "评价措施的有效性"),
        reasons: &[NOT_EVALUATED],
        covers: &[],
    },
    check: check_training_effectiveness,
    obligations: None,
};

const NOT_EVALUATED: Reason = Reason::new(
    "not-evaluated",
    "The effectiveness of '{subject}' was to be evaluated by {due} and no evaluation is recorded.",
    "“{subject}”的有效性应于{due}前评价，但没有评价记录。",
);

fn check_training_effectiveness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, tr) in support(ctx).trainings.iter().enumerate() {
        if tr.competences.is_empty() {
            continue;
        }
        if tr.date.is_none_or(|d| d > ctx.as_of) {
            continue;
        }
        // Without a planned date, TRAINING_EFFECTIVENESS_DEFAULT_WINDOW applies the
        // organization's parameter.
        let Some(due) = tr.evaluation_due else {
            continue;
        };
        if due >= ctx.as_of {
            continue;
        }
        let evaluated = tr
            .effectiveness
            .as_ref()
            .is_some_and(|e| e.result.is_some() && e.date.is_some_and(|d| d <= ctx.as_of));
        if !evaluated {
            em.emit(
                &NOT_EVALUATED,
                format!("/support/trainings/{i}"),
                &[p("subject", &tr.title), p("due", due)],
            );
        }
    }
}

/// 6.2 c) (the organization's parameter): a training with no planned evaluation date is
/// evaluated within `effectivenessEvaluationWithin` of being held (3 months by default;
/// the standard states no period).
pub static TRAINING_EFFECTIVENESS_DEFAULT_WINDOW: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.c-training-effectiveness-default-window",
        clause: "6.2.c",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Effectiveness of actions evaluated within the organization's period",
            "在组织规定的期限内评价措施的有效性",
        ),
        reasons: &[NOT_EVALUATED_IN_WINDOW, NOT_EVALUATED_IN_DEFAULT_WINDOW],
        covers: &[],
    },
    check: check_training_effectiveness_default_window,
    obligations: None,
};

const NOT_EVALUATED_IN_WINDOW: Reason = Reason::new(
    "not-evaluated",
    "'{subject}' was held on {held} with no planned evaluation date; by the organization's period of {within} its effectiveness was to be evaluated by {due}, and no evaluation is recorded.",
    "“{subject}”于{held}实施且未策划评价日期，按组织规定的期限{within}，其有效性应于{due}前评价，但没有评价记录。",
);
const NOT_EVALUATED_IN_DEFAULT_WINDOW: Reason = Reason::new(
    "not-evaluated-default",
    "'{subject}' was held on {held} with no planned evaluation date; by the default period of {within} (the organization states none) its effectiveness was to be evaluated by {due}, and no evaluation is recorded.",
    "“{subject}”于{held}实施且未策划评价日期，按默认期限{within}（组织未规定），其有效性应于{due}前评价，但没有评价记录。",
);

fn check_training_effectiveness_default_window(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let setting = ctx.params.effectiveness_evaluation_within;
    let reason = if setting.is_organizations() {
        &NOT_EVALUATED_IN_WINDOW
    } else {
        &NOT_EVALUATED_IN_DEFAULT_WINDOW
    };
    for (i, tr) in support(ctx).trainings.iter().enumerate() {
        if tr.competences.is_empty() || tr.evaluation_due.is_some() {
            continue;
        }
        let Some(held) = tr.date.filter(|d| *d <= ctx.as_of) else {
            continue;
        };
        let Some(due) = setting.value.after(held) else {
            continue;
        };
        if due >= ctx.as_of {
            continue;
        }
        let evaluated = tr
            .effectiveness
            .as_ref()
            .is_some_and(|e| e.result.is_some() && e.date.is_some_and(|d| d <= ctx.as_of));
        if !evaluated {
            em.emit(
                reason,
                format!("/support/trainings/{i}"),
                &[
                    p("subject", &tr.title),
                    p("held", held),
                    p("due", due),
                    p("within", setting.value),
                ],
            );
        }
    }
}

/// 6.2.c: ineffective actions followed up.
pub static INEFFECTIVE_FOLLOW_UP: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.c-ineffective-follow-up",
        clause: "6.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Ineffective actions followed up", "无效措施有后续行动"),
        reasons: &[NO_FOLLOW_UP],
        covers: &[],
    },
    check: check_ineffective_follow_up,
    obligations: None,
};

const NO_FOLLOW_UP: Reason = Reason::new(
    "no-follow-up",
    "'{subject}' was evaluated as {result} and no follow-up is recorded.",
    "“{subject}”评价为{result}，但没有后续措施记录。",
);

fn check_ineffective_follow_up(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, tr) in support(ctx).trainings.iter().enumerate() {
        let Some(e) = &tr.effectiveness else { continue };
        let (result, zh) = match e.result {
            Some(EffectivenessResult::PartlyEffective) => ("partly effective", "部分有效"),
            Some(EffectivenessResult::NotEffective) => ("not effective", "无效"),
            _ => continue,
        };
        if blank(&e.follow_up) {
            em.emit(
                &NO_FOLLOW_UP,
                format!("/support/trainings/{i}/effectiveness"),
                &[p("subject", &tr.title), pl("result", result, result, zh)],
            );
        }
    }
}

/// 6.2.d: evidence of competence retained.
pub static EVIDENCE_RETAINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.2.d-evidence-retained",
        clause: "6.2.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Evidence of competence retained", "保留能力证据"),
        reasons: &[NO_DOCUMENT],
        covers: &[],
    },
    check: check_evidence_retained,
    obligations: None,
};

const NO_DOCUMENT: Reason = Reason::new(
    "no-document",
    "Competence evidence '{evidence}' of '{subject}' points at no retained documented information.",
    "“{subject}”的能力证据“{evidence}”未指向保留的成文信息。",
);

fn check_evidence_retained(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    for (i, pe) in s.people.iter().enumerate() {
        for (j, ev) in pe.competence_evidence.iter().enumerate() {
            if ev.document.is_none() {
                let name = ev
                    .description
                    .clone()
                    .filter(|d| !d.trim().is_empty())
                    .or_else(|| {
                        s.competences
                            .iter()
                            .find(|c| c.id == ev.competence)
                            .map(|c| c.name.clone())
                    })
                    .unwrap_or_else(|| ev.competence.to_string());
                em.emit(
                    &NO_DOCUMENT,
                    format!("/support/people/{i}/competenceEvidence/{j}"),
                    &[p("subject", pe.label()), p("evidence", name)],
                );
            }
        }
    }
}

/// Whether a piece of evidence proves a competence as of a date.
fn evidence_valid(ev: &CompetenceEvidence, c: &CompetenceRequirement, as_of: Date) -> bool {
    let Some(date) = ev.date else { return false };
    ev.competence == c.id
        && date <= as_of
        && (c.accepted_evidence.is_empty()
            || ev
                .kind
                .as_ref()
                .is_some_and(|k| c.accepted_evidence.contains(k)))
        && ev.valid_until.is_none_or(|u| u >= as_of)
        && c.validity
            .is_none_or(|iv| iv.after(date).is_none_or(|u| u >= as_of))
}
