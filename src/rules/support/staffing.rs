//! 6.1.2 — 人员 (people): the organization determines the people it needs for each role and
//! provides them.

use crate::rules::prelude::*;

use super::*;

/// 6.1.2: staffing needs determined.
pub static DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.2-staffing-determined",
        clause: "6.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Staffing needs determined", "确定所需人员"),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_staffing_determined,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No staffing need (headcount per role) is recorded.",
    "未记录任何人员需求（各岗位人数）。",
);

fn check_staffing_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).staffing.is_empty() {
        em.emit(&NONE, "/support", &[]);
    }
}

/// 6.1.2: each role has a headcount.
pub static ROLE_HEADCOUNT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.2-role-headcount",
        clause: "6.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Each role has a headcount", "各岗位确定人数"),
        reasons: &[NO_HEADCOUNT],
        covers: &[],
    },
    check: check_role_headcount,
    obligations: None,
};

const NO_HEADCOUNT: Reason = Reason::new(
    "no-headcount",
    "Role '{subject}' has no staffing need (headcount) recorded.",
    "岗位“{subject}”未记录人员需求（人数）。",
);

fn check_role_headcount(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    if s.staffing.is_empty() {
        return; // reported once by ecms-6.1.2-staffing-determined
    }
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        if !s.staffing.iter().any(|n| n.role == r.id) {
            em.emit(
                &NO_HEADCOUNT,
                format!("/leadership/roles/{i}"),
                &[p("subject", &r.name)],
            );
        }
    }
}

/// 6.1.2: needed people provided.
pub static SHORTFALL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.2-staffing-shortfall",
        clause: "6.1.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Needed people provided", "配备所需人员"),
        reasons: &[SHORT],
        covers: &[],
    },
    check: check_staffing_shortfall,
    obligations: None,
};

const SHORT: Reason = Reason::new(
    "shortfall",
    "Role '{subject}' needs {required} people but {actual} active people hold it.",
    "岗位“{subject}”需要{required}人，实际在岗{actual}人。",
);

fn check_staffing_shortfall(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, n) in support(ctx).staffing.iter().enumerate() {
        // Held by the person's role history when it has periods for the role, else by the
        // role's holders (4.3) or the person's roles (6.2), as `util::holds_role` reads it.
        let holders: std::collections::HashSet<_> = ctx
            .doc
            .leadership
            .roles
            .iter()
            .filter(|r| r.id == n.role)
            .flat_map(|r| r.holders.iter().copied())
            .collect();
        let actual = active_people(ctx)
            .filter(|(_, pe)| {
                if pe.role_history.iter().any(|t| t.role == n.role) {
                    pe.holds_role_on(n.role, ctx.as_of)
                } else {
                    holders.contains(&pe.id) || pe.roles.contains(&n.role)
                }
            })
            .count();
        if u64::try_from(actual).unwrap_or(u64::MAX) < u64::from(n.headcount) {
            em.emit(
                &SHORT,
                format!("/support/staffing/{i}"),
                &[
                    p("subject", role_name(ctx, n.role)),
                    p("required", n.headcount),
                    p("actual", actual),
                ],
            );
        }
    }
}

/// 6.1.2: every person holds a role.
pub static PERSON_WITHOUT_ROLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.2-person-without-role",
        clause: "6.1.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Every person holds a role", "每名人员均有岗位"),
        reasons: &[NO_ROLE],
        covers: &[],
    },
    check: check_person_without_role,
    obligations: None,
};

const NO_ROLE: Reason = Reason::new(
    "no-role",
    "Person '{subject}' holds no role, so responsibilities and competence needs are unclear.",
    "人员“{subject}”没有岗位，职责和能力要求不明确。",
);

fn check_person_without_role(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // A person named as a role's holder (4.3) holds that role too, unless the person's role
    // history has periods for it (then they decide).
    let mut held: std::collections::HashMap<_, Vec<_>> = std::collections::HashMap::new();
    for r in &ctx.doc.leadership.roles {
        for h in &r.holders {
            held.entry(*h).or_default().push(r.id);
        }
    }
    for (i, pe) in staff_in_scope(ctx) {
        let as_holder = held.get(&pe.id).is_some_and(|roles| {
            roles
                .iter()
                .any(|role| !pe.role_history.iter().any(|t| t.role == *role))
        });
        if pe.roles_on(ctx.as_of).is_empty() && !as_holder {
            em.emit(
                &NO_ROLE,
                format!("/support/people/{i}"),
                &[p("subject", pe.label())],
            );
        }
    }
}
