//! 7.5 — 信息管理: the organization handles information by a documented procedure, sets
//! requirements for internal and external information across its collection, processing,
//! storage, use and feedback, and provides information systems that are owned and
//! maintained.

use super::shared::emit_role_vacant;
use crate::model::EcmsDocument;
use crate::model::operation::information::{InformationOrigin, SystemStatus};
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{emit_missing_intervals, missing};

pub(super) const IM: &str = "/operation/information";

/// 7.5: a documented information-management procedure is recorded.
/// The standard asks for the process, not for documented information (成文信息): the
/// document is required only when the organization sets `requireDocumentedProcedures`.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-information-procedure",
        clause: "7.5",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Information handled by a set procedure",
            "按规定程序管理信息",
        ),
        reasons: &[NO_PROCEDURE],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "missing",
    "No documented information-management procedure is recorded. The organization requires documented procedures; the standard asks for the process only.",
    "未记录成文的信息管理程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.documentation_required() && ctx.doc.operation.information.procedure.is_none() {
        em.emit(&NO_PROCEDURE, IM, &[]);
    }
}

/// 7.5: at least one internal and one external information flow are defined.
pub static FLOWS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-information-flows",
        clause: "7.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Requirements for internal and external information",
            "内部和外部信息的过程管理要求",
        ),
        reasons: &[NO_INTERNAL_FLOW, NO_EXTERNAL_FLOW],
        covers: &[],
    },
    check: check_flows,
    obligations: None,
};

const NO_INTERNAL_FLOW: Reason = Reason::new(
    "no-internal-flow",
    "No internal information flow and its handling requirements are defined.",
    "未规定内部信息及其过程管理要求。",
);
const NO_EXTERNAL_FLOW: Reason = Reason::new(
    "no-external-flow",
    "No external information flow and its handling requirements are defined.",
    "未规定外部信息及其过程管理要求。",
);

fn check_flows(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let flows = &ctx.doc.operation.information.flows;
    for (origin, reason) in [
        (InformationOrigin::Internal, &NO_INTERNAL_FLOW),
        (InformationOrigin::External, &NO_EXTERNAL_FLOW),
    ] {
        if !flows.iter().any(|f| f.origin == Some(origin)) {
            em.emit(reason, IM, &[p("origin", origin.as_str())]);
        }
    }
}

/// 7.5: each information flow defines its origin and how it is collected, processed,
/// stored, used and fed back.
pub static FLOW_HANDLING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-flow-handling",
        clause: "7.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Information collected, processed, stored, used, fed back",
            "信息的收集、处理、存储、利用和反馈",
        ),
        reasons: &[
            NO_ORIGIN,
            NO_COLLECTION,
            NO_PROCESSING,
            NO_STORAGE,
            NO_USE,
            NO_FEEDBACK,
        ],
        covers: &[],
    },
    check: check_flow_handling,
    obligations: None,
};

const NO_ORIGIN: Reason = Reason::new(
    "no-origin",
    "Information flow '{subject}' does not define its origin (internal or external).",
    "信息“{subject}”未规定其来源（内部或外部）。",
);
const NO_COLLECTION: Reason = Reason::new(
    "no-collection",
    "Information flow '{subject}' does not define its collection.",
    "信息“{subject}”未规定其收集。",
);
const NO_PROCESSING: Reason = Reason::new(
    "no-processing",
    "Information flow '{subject}' does not define its processing.",
    "信息“{subject}”未规定其处理。",
);
const NO_STORAGE: Reason = Reason::new(
    "no-storage",
    "Information flow '{subject}' does not define its storage.",
    "信息“{subject}”未规定其存储。",
);
const NO_USE: Reason = Reason::new(
    "no-use",
    "Information flow '{subject}' does not define its use.",
    "信息“{subject}”未规定其利用。",
);
const NO_FEEDBACK: Reason = Reason::new(
    "no-feedback",
    "Information flow '{subject}' does not define its feedback.",
    "信息“{subject}”未规定其反馈。",
);

fn check_flow_handling(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, f) in ctx.doc.operation.information.flows.iter().enumerate() {
        missing(
            em,
            &format!("{IM}/flows/{i}"),
            &[p("subject", &f.name)],
            &[
                (f.origin.is_none(), &NO_ORIGIN),
                (blank(&f.collection), &NO_COLLECTION),
                (blank(&f.processing), &NO_PROCESSING),
                (blank(&f.storage), &NO_STORAGE),
                (blank(&f.usage), &NO_USE),
                (blank(&f.feedback), &NO_FEEDBACK),
            ],
        );
    }
}

/// 7.5: at least one information system in use is recorded.
pub static SYSTEMS_DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-systems-determined",
        clause: "7.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Information systems provided", "提供信息管理系统"),
        reasons: &[NO_SYSTEM],
        covers: &[],
    },
    check: check_systems_determined,
    obligations: None,
};

const NO_SYSTEM: Reason = Reason::new(
    "no-system-in-use",
    "No information system in use is recorded.",
    "未记录任何在用的信息管理系统。",
);

fn check_systems_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .operation
        .information
        .systems
        .iter()
        .any(|s| s.status == Some(SystemStatus::InUse))
    {
        em.emit(&NO_SYSTEM, IM, &[]);
    }
}

/// 7.5: each system not retired has an owner role, the processes it supports and a status.
pub static SYSTEM_OWNER: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-system-owner",
        clause: "7.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Information systems owned", "信息系统有负责岗位"),
        reasons: &[NO_OWNER, NO_PROCESSES, NO_STATUS, OWNER_VACANT],
        covers: &[],
    },
    check: check_system_owner,
    obligations: None,
};

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Information system '{subject}' has no owner role.",
    "信息系统“{subject}”没有负责岗位。",
);
const NO_PROCESSES: Reason = Reason::new(
    "no-processes",
    "Information system '{subject}' has no processes it supports.",
    "信息系统“{subject}”没有所支持的过程。",
);
const NO_STATUS: Reason = Reason::new(
    "no-status",
    "Information system '{subject}' has no status.",
    "信息系统“{subject}”没有状态。",
);

const OWNER_VACANT: Reason = Reason::new(
    "owner-vacant",
    "Information system '{subject}': its owner role '{role}' is held by nobody on the evaluation date.",
    "信息系统“{subject}”的负责岗位“{role}”在评价日无人担任。",
);

fn check_system_owner(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.operation.information.systems.iter().enumerate() {
        if s.status == Some(SystemStatus::Retired) {
            continue;
        }
        missing(
            em,
            &format!("{IM}/systems/{i}"),
            &[p("subject", &s.name)],
            &[
                (s.owner.is_none(), &NO_OWNER),
                (s.processes.is_empty(), &NO_PROCESSES),
                (s.status.is_none(), &NO_STATUS),
            ],
        );
        if let Some(role) = s.owner {
            emit_role_vacant(
                ctx,
                em,
                &OWNER_VACANT,
                &format!("{IM}/systems/{i}"),
                role,
                &[p("subject", &s.name)],
            );
        }
    }
}

/// 7.5: each system in use is maintained at the interval it declares.
pub static MAINTENANCE_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-system-maintenance-overdue",
        clause: "7.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Information systems maintained", "信息系统按期维护"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(maintenance_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The maintenance of information system '{subject}' was due on {due} (interval {interval}, last {last}).",
    "信息系统“{subject}”应于{due}维护（周期{interval}，上次{last}）。",
);

fn maintenance_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, s) in doc.operation.information.systems.iter().enumerate() {
        if s.status != Some(SystemStatus::InUse) {
            continue;
        }
        out.push(Duty {
            path: format!("{IM}/systems/{i}"),
            subject: s.name.clone(),
            activity: t("system maintenance", "系统维护"),
            interval: s.maintenance.interval,
            last_done: s.maintenance.last_done,
            anchor: None,
            evidence: Evidence::Schedule(s.maintenance.record),
        });
    }
}

/// 7.5: each system in use declares its maintenance interval, so maintenance can be
/// planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.5-review-intervals",
        clause: "7.5",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("System maintenance scheduled", "系统维护规定周期"),
        reasons: &[NO_MAINTENANCE_INTERVAL],
        covers: &[],
    },
    check: |ctx, em| {
        emit_missing_intervals(ctx, em, &[(&MAINTENANCE_OVERDUE, &NO_MAINTENANCE_INTERVAL)])
    },
    obligations: None,
};

const NO_MAINTENANCE_INTERVAL: Reason = Reason::new(
    "no-maintenance-interval",
    "'{subject}' declares no interval for its system maintenance, so it cannot be planned.",
    "“{subject}”未规定系统维护周期，无法策划。",
);
