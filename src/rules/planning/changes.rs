//! 5.3 — 体系变更的策划: changes to the management system are carried out in a planned way,
//! considering their purpose and potential consequences (a), the integrity of the system
//! (b), the availability of resources (c) and the allocation of responsibilities and
//! authorities (d).
//!
//! A record dated after the evaluation date (an approval, an implementation) counts as not
//! having happened yet.

use crate::rules::prelude::*;

use super::shared::done;

/// 5.3 a)–d): a change that is approved or carried out records what it considered.
pub static CONSIDERATIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.3-change-considerations",
        clause: "5.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Changes consider 5.3 a)–d)", "变更考虑5.3 a)–d)"),
        reasons: &[
            NO_PURPOSE,
            NO_INTEGRITY_MEASURES,
            NO_RESOURCES,
            NO_RESPONSIBILITIES,
        ],
        covers: &["5.3.a", "5.3.b", "5.3.c", "5.3.d"],
    },
    check: check_considerations,
    obligations: None,
};

const NO_PURPOSE: Reason = Reason::new(
    "no-purpose",
    "Change '{subject}' is approved or carried out without recording its purpose and potential consequences.",
    "变更“{subject}”已批准或实施，但未记录变更目的及其潜在后果。",
);
const NO_INTEGRITY_MEASURES: Reason = Reason::new(
    "no-integrity-measures",
    "Change '{subject}' is approved or carried out without recording how the integrity of the system is kept.",
    "变更“{subject}”已批准或实施，但未记录如何保持体系的完整性。",
);
const NO_RESOURCES: Reason = Reason::new(
    "no-resources",
    "Change '{subject}' is approved or carried out without recording the resources it needs.",
    "变更“{subject}”已批准或实施，但未记录所需资源的可获得性。",
);
const NO_RESPONSIBILITIES: Reason = Reason::new(
    "no-responsibilities",
    "Change '{subject}' is approved or carried out without recording the responsibilities and authorities assigned.",
    "变更“{subject}”已批准或实施，但未记录职责和权限的分配。",
);

fn check_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.planning.changes.iter().enumerate() {
        let approved = c
            .approval
            .as_ref()
            .and_then(|a| a.date)
            .is_some_and(|d| d <= ctx.as_of);
        let implemented = done(c.implemented_on, ctx.as_of).is_some();
        if !approved && !implemented {
            continue; // still being drafted
        }
        let path = format!("/planning/changes/{i}");
        let mut missing: Vec<(&'static str, &'static Reason)> = Vec::new();
        if blank(&c.purpose) || all_blank(&c.consequences) {
            missing.push(("5.3.a", &NO_PURPOSE));
        }
        if blank(&c.integrity_measures) {
            missing.push(("5.3.b", &NO_INTEGRITY_MEASURES));
        }
        if all_blank(&c.resources) {
            missing.push(("5.3.c", &NO_RESOURCES));
        }
        if c.responsibilities.is_empty() {
            missing.push(("5.3.d", &NO_RESPONSIBILITIES));
        }
        for (item, reason) in missing {
            em.emit_at(item, reason, &path, &[p("subject", &c.title)]);
        }
    }
}

/// 5.3: a change is carried out only after a plan for it has been approved.
pub static PLANNED_FIRST: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-5.3-change-planned-first",
        clause: "5.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Changes planned before they are made", "变更先策划后实施"),
        reasons: &[NOT_PLANNED_FIRST],
        covers: &[],
    },
    check: check_planned_first,
    obligations: None,
};

const NOT_PLANNED_FIRST: Reason = Reason::new(
    "not-planned-first",
    "Change '{subject}' was carried out on {implemented} without a plan approved on or before that day.",
    "变更“{subject}”于{implemented}实施，但此前没有经批准的变更策划。",
);

fn check_planned_first(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.planning.changes.iter().enumerate() {
        let Some(implemented) = done(c.implemented_on, ctx.as_of) else {
            continue;
        };
        let planned = c
            .approval
            .as_ref()
            .is_some_and(|a| a.by.is_some() && a.date.is_some_and(|d| d <= implemented));
        if !planned {
            em.emit(
                &NOT_PLANNED_FIRST,
                format!("/planning/changes/{i}"),
                &[p("subject", &c.title), p("implemented", implemented)],
            );
        }
    }
}
