//! 4.3 — 岗位、职责和权限: top management determines the roles with their responsibilities
//! and authorities, assigns and communicates them so they are understood, and gives roles the
//! duties of a)–e) (conformity with the standard, process outputs, reporting on performance,
//! customer focus, integrity during changes).
//!
//! A communication dated after the evaluation date counts as not having happened yet.

use crate::model::leadership::SystemDuty;
use crate::rules::prelude::*;

use super::shared::list_path;

/// 4.3: at least one role is recorded.
pub static ROLES_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.3-roles-defined",
        clause: "4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Roles defined", "确定岗位"),
        reasons: &[NO_ROLES],
        covers: &[],
    },
    check: check_roles_defined,
    obligations: None,
};

const NO_ROLES: Reason = Reason::new(
    "no-roles",
    "No role with responsibilities and authorities is recorded.",
    "未记录任何岗位及其职责和权限。",
);

fn check_roles_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.leadership.roles.is_empty() {
        em.emit(&NO_ROLES, "/leadership", &[]);
    }
}

/// 4.3: each role states its responsibilities and its authorities.
pub static ROLE_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.3-role-defined",
        clause: "4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Each role has responsibilities and authorities",
            "岗位有职责和权限",
        ),
        reasons: &[NO_RESPONSIBILITIES, NO_AUTHORITIES],
        covers: &[],
    },
    check: check_role_defined,
    obligations: None,
};

const NO_RESPONSIBILITIES: Reason = Reason::new(
    "no-responsibilities",
    "Role '{subject}' has no responsibilities.",
    "岗位“{subject}”没有职责。",
);
const NO_AUTHORITIES: Reason = Reason::new(
    "no-authorities",
    "Role '{subject}' has no authorities.",
    "岗位“{subject}”没有权限。",
);

fn check_role_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        let path = format!("/leadership/roles/{i}");
        if all_blank(&r.responsibilities) {
            em.emit(&NO_RESPONSIBILITIES, &path, &[p("subject", &r.name)]);
        }
        if all_blank(&r.authorities) {
            em.emit(&NO_AUTHORITIES, &path, &[p("subject", &r.name)]);
        }
    }
}

/// 4.3: each role is held by someone.
pub static ROLE_STAFFED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.3-role-staffed",
        clause: "4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Each role is assigned", "岗位已分配人员"),
        reasons: &[NO_HOLDER, NO_CURRENT_HOLDER],
        covers: &[],
    },
    check: check_role_staffed,
    obligations: None,
};

const NO_HOLDER: Reason = Reason::new(
    "no-holder",
    "Role '{subject}' is held by nobody.",
    "岗位“{subject}”没有任职人员。",
);

const NO_CURRENT_HOLDER: Reason = Reason::new(
    "no-current-holder",
    "Role '{subject}' names holders, but none of them holds it on {as_of}.",
    "岗位“{subject}”列有任职人员，但{as_of}无人在任。",
);

fn check_role_staffed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        if r.holders.is_empty() {
            em.emit(
                &NO_HOLDER,
                format!("/leadership/roles/{i}"),
                &[p("subject", &r.name)],
            );
        } else if !role_held_on(ctx.doc, r.id, ctx.as_of) {
            em.emit(
                &NO_CURRENT_HOLDER,
                format!("/leadership/roles/{i}"),
                &[p("subject", &r.name), p("as_of", ctx.as_of)],
            );
        }
    }
}

/// 4.3: each role is described in a document, communicated on a recorded date and
/// acknowledged as understood by every holder.
pub static ROLE_COMMUNICATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.3-role-communicated",
        clause: "4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Roles communicated and understood",
            "岗位职责权限得到沟通和理解",
        ),
        reasons: &[NO_DESCRIPTION, NOT_COMMUNICATED, NOT_ACKNOWLEDGED],
        covers: &[],
    },
    check: check_role_communicated,
    obligations: None,
};

const NO_DESCRIPTION: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "no-description",
    "Role '{subject}': no role description is referenced. The organization requires documented procedures; the standard asks for the process only.",
    "岗位“{subject}”：未引用岗位说明。组织要求形成成文信息（本标准只要求过程）。",
);
const NOT_COMMUNICATED: Reason = Reason::new(
    "not-communicated",
    "Role '{subject}': no date on which responsibilities and authorities were communicated.",
    "岗位“{subject}”：没有职责和权限的沟通日期。",
);
const NOT_ACKNOWLEDGED: Reason = Reason::new(
    "not-acknowledged",
    "Role '{subject}': holder {holder} has not confirmed understanding the role.",
    "岗位“{subject}”：任职人员{holder}未确认理解岗位职责。",
);

fn check_role_communicated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        let path = format!("/leadership/roles/{i}");
        if r.document.is_none() && ctx.documentation_required() {
            em.emit(&NO_DESCRIPTION, &path, &[p("subject", &r.name)]);
        }
        if r.communicated_on.is_none_or(|d| d > ctx.as_of) {
            em.emit(&NOT_COMMUNICATED, &path, &[p("subject", &r.name)]);
        }
        for h in &r.holders {
            if !r.acknowledged_by.contains(h) {
                em.emit(
                    &NOT_ACKNOWLEDGED,
                    &path,
                    &[p("subject", &r.name), p("holder", person_name(ctx.doc, *h))],
                );
            }
        }
    }
}

/// 4.3 a)–e): each management-system duty is assigned to a role.
pub static DUTIES_ASSIGNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.3-duties-assigned",
        clause: "4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Duties of 4.3 a)–e) assigned", "分配4.3 a)–e)的职责"),
        reasons: &[
            CONFORMITY_UNASSIGNED,
            PROCESS_OUTPUTS_UNASSIGNED,
            REPORTING_UNASSIGNED,
            CUSTOMER_FOCUS_UNASSIGNED,
            CHANGE_INTEGRITY_UNASSIGNED,
            DUTY_ROLE_UNSTAFFED,
        ],
        covers: &["4.3.a", "4.3.b", "4.3.c", "4.3.d", "4.3.e"],
    },
    check: check_duties_assigned,
    obligations: None,
};

const CONFORMITY_UNASSIGNED: Reason = Reason::new(
    "conformity-unassigned",
    "The management-system duty 'Conformity with this standard' is not assigned to any role.",
    "管理体系职责“体系符合本标准”未分配给任何岗位。",
);
const PROCESS_OUTPUTS_UNASSIGNED: Reason = Reason::new(
    "process-outputs-unassigned",
    "The management-system duty 'Processes deliver intended outputs' is not assigned to any role.",
    "管理体系职责“过程实现预期输出”未分配给任何岗位。",
);
const REPORTING_UNASSIGNED: Reason = Reason::new(
    "performance-reporting-unassigned",
    "The management-system duty 'Reporting performance and improvement' is not assigned to any role.",
    "管理体系职责“报告绩效与改进机会”未分配给任何岗位。",
);
const CUSTOMER_FOCUS_UNASSIGNED: Reason = Reason::new(
    "customer-focus-unassigned",
    "The management-system duty 'Promoting customer focus' is not assigned to any role.",
    "管理体系职责“推动关注顾客”未分配给任何岗位。",
);
const CHANGE_INTEGRITY_UNASSIGNED: Reason = Reason::new(
    "change-integrity-unassigned",
    "The management-system duty 'Integrity during changes' is not assigned to any role.",
    "管理体系职责“变更时保持完整性”未分配给任何岗位。",
);

fn duty_reason(duty: SystemDuty) -> &'static Reason {
    match duty {
        SystemDuty::Conformity => &CONFORMITY_UNASSIGNED,
        SystemDuty::ProcessOutputs => &PROCESS_OUTPUTS_UNASSIGNED,
        SystemDuty::PerformanceReporting => &REPORTING_UNASSIGNED,
        SystemDuty::CustomerFocus => &CUSTOMER_FOCUS_UNASSIGNED,
        SystemDuty::ChangeIntegrity => &CHANGE_INTEGRITY_UNASSIGNED,
    }
}

const DUTY_ROLE_UNSTAFFED: Reason = Reason::new(
    "duty-role-unstaffed",
    "The duty '{duty}' is assigned, but nobody holds an assigned role on {as_of}.",
    "职责“{duty}”已分派，但{as_of}无人担任被分派的岗位。",
);

fn check_duties_assigned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let list = &ctx.doc.leadership.duty_assignments;
    for (duty, item) in SystemDuty::ALL {
        let roles: Vec<_> = list
            .iter()
            .filter(|a| a.duty == duty)
            .filter_map(|a| a.role)
            .collect();
        if !roles.is_empty() && !roles.iter().any(|r| role_held_on(ctx.doc, *r, ctx.as_of)) {
            em.emit_at(
                item,
                &DUTY_ROLE_UNSTAFFED,
                "/leadership/dutyAssignments",
                &[p_item("duty", item, item), p("as_of", ctx.as_of)],
            );
        }
        if roles.is_empty() {
            em.emit_at(
                item,
                duty_reason(duty),
                list_path(
                    !list.is_empty(),
                    "/leadership/dutyAssignments",
                    "/leadership",
                ),
                &[],
            );
        }
    }
}
