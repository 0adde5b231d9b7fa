//! 7.2.1 — 运营管理 (general): the organization adopts an operating model suited to itself
//! and its market, plans operations processes for platforms, listing, customer service and
//! crises (a), determines its target customers and their needs (b), reviews and verifies
//! each process (c) and measures its efficiency and effectiveness (d), gathers and
//! periodically evaluates customer feedback (e), and assigns responsibilities and
//! authorities per process (f).

use super::shared::emit_not_current;
use super::shared::emit_role_vacant;
use crate::common::is_default;
use crate::model::EcmsDocument;
use crate::model::operation::operations::{OperationsArea, OperationsProcess};
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{emit_missing_intervals, missing};

const OM: &str = "/operation/operatingModel";

/// 7.2.1: the operating model is described and held as documented information.
pub static MODEL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1-operating-model",
        clause: "7.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Operating model adopted", "采取合适的运营模式"),
        reasons: &[NO_DESCRIPTION, NOT_DOCUMENTED, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_model,
    obligations: None,
};

const NO_DESCRIPTION: Reason = Reason::new(
    "no-description",
    "The operating model has no description suited to the organization and its market.",
    "运营模式没有结合自身特点和市场状况的描述。",
);
const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The operating model has no documented information. The organization requires documented procedures; the standard asks for the process only.",
    "运营模式没有成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The operating model is held in document '{document}', which is not the version in force ({status}).",
    "运营模式所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_model(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let m = &ctx.doc.operation.operating_model;
    missing(
        em,
        OM,
        &[],
        &[
            (blank(&m.description), &NO_DESCRIPTION),
            (
                m.document.is_none() && ctx.documentation_required(),
                &NOT_DOCUMENTED,
            ),
        ],
    );
    if let Some(id) = ctx.doc.operation.operating_model.document {
        emit_not_current(ctx, em, &DOCUMENT_NOT_CURRENT, OM, id, &[]);
    }
}

/// 7.2.1 a): an operations process is planned for each required area.
pub static AREAS_COVERED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.a-areas-covered",
        clause: "7.2.1.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Operations cover platforms, listing, service, crisis",
            "运营过程覆盖平台、上下架、客服和危机",
        ),
        reasons: &[AREA_MISSING],
        covers: &[],
    },
    check: check_areas_covered,
    obligations: None,
};

const AREA_MISSING: Reason = Reason::new(
    "area-missing",
    "No operations process is planned for the area '{area}'.",
    "未策划“{area}”方面的运营过程。",
);

fn check_areas_covered(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let m = &ctx.doc.operation.operating_model;
    for area in OperationsArea::REQUIRED {
        if !m.processes.iter().any(|x| x.area == area) {
            em.emit(&AREA_MISSING, OM, &[area_param("area", &area)]);
        }
    }
}

/// 7.2.1 b): target customers are named, each segment with its needs.
pub static TARGET_CUSTOMERS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.b-target-customers",
        clause: "7.2.1.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Target customers and their needs", "确定目标顾客及其要求"),
        reasons: &[NO_TARGET_CUSTOMERS, NO_NEEDS],
        covers: &[],
    },
    check: check_target_customers,
    obligations: None,
};

const NO_TARGET_CUSTOMERS: Reason = Reason::new(
    "no-target-customers",
    "The operating model names no target customers.",
    "运营模式未确定目标顾客。",
);
const NO_NEEDS: Reason = Reason::new(
    "no-needs",
    "Target customer segment '{segment}' has no needs recorded.",
    "目标顾客群“{segment}”没有记录其需求。",
);

fn check_target_customers(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let m = &ctx.doc.operation.operating_model;
    if m.target_customers.is_empty() {
        em.emit(&NO_TARGET_CUSTOMERS, OM, &[]);
    }
    for (i, s) in m.target_customers.iter().enumerate() {
        if all_blank(&s.needs) {
            em.emit(
                &NO_NEEDS,
                format!("{OM}/targetCustomers/{i}"),
                &[p("segment", &s.name)],
            );
        }
    }
}

/// Each operations process with its path.
fn each_ops_process<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (String, &'a OperationsProcess)> {
    ctx.doc
        .operation
        .operating_model
        .processes
        .iter()
        .enumerate()
        .map(|(i, x)| (format!("{OM}/processes/{i}"), x))
}

/// 7.2.1 c): each operations process defines how it is reviewed, verified and validated.
pub static PROCESS_VERIFICATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.c-process-verification",
        clause: "7.2.1.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Operations processes reviewed and verified",
            "运营过程的评审、验证和确认",
        ),
        reasons: &[NO_VERIFICATION],
        covers: &[],
    },
    check: check_process_verification,
    obligations: None,
};

const NO_VERIFICATION: Reason = Reason::new(
    "no-verification",
    "The operations process for '{subject}' defines no review, verification or validation activity.",
    "“{subject}”运营过程未规定评审、验证和确认活动。",
);

fn check_process_verification(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, x) in each_ops_process(ctx) {
        if all_blank(&x.verification) {
            em.emit(&NO_VERIFICATION, path, &[area_param("subject", &x.area)]);
        }
    }
}

/// 7.2.1 d): each operations process defines how its efficiency and effectiveness are
/// measured.
pub static PROCESS_MEASURES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.d-process-measures",
        clause: "7.2.1.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Efficiency and effectiveness measured",
            "确保运营的效率和效果",
        ),
        reasons: &[NO_MEASURES],
        covers: &[],
    },
    check: check_process_measures,
    obligations: None,
};

const NO_MEASURES: Reason = Reason::new(
    "no-measures",
    "The operations process for '{subject}' defines no measure of efficiency or effectiveness.",
    "“{subject}”运营过程未规定效率和效果的衡量方式。",
);

fn check_process_measures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, x) in each_ops_process(ctx) {
        if all_blank(&x.measures) {
            em.emit(&NO_MEASURES, path, &[area_param("subject", &x.area)]);
        }
    }
}

/// 7.2.1 e): at least one channel for customer feedback on needs is defined.
pub static FEEDBACK_CHANNELS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.e-feedback-channels",
        clause: "7.2.1.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Customer feedback gathered", "收集顾客需求反馈"),
        reasons: &[NO_CHANNEL],
        covers: &[],
    },
    check: check_feedback_channels,
    obligations: None,
};

const NO_CHANNEL: Reason = Reason::new(
    "no-channel",
    "No channel for customer feedback on needs is defined.",
    "未规定收集顾客需求反馈的渠道。",
);

fn check_feedback_channels(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if all_blank(&ctx.doc.operation.operating_model.feedback.channels) {
        em.emit(&NO_CHANNEL, OM, &[]);
    }
}

/// 7.2.1 e): customer feedback is evaluated at the interval declared.
pub static FEEDBACK_EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.e-feedback-evaluation-overdue",
        clause: "7.2.1.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Customer feedback evaluated on time", "顾客反馈按期评估"),
        reasons: &[FEEDBACK_OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &FEEDBACK_OVERDUE),
    obligations: Some(feedback_duties),
};

const FEEDBACK_OVERDUE: Reason = Reason::new(
    "overdue",
    "The evaluation of customer feedback was due on {due} (interval {interval}, last {last}).",
    "顾客反馈评估应于{due}进行（周期{interval}，上次{last}）。",
);

fn feedback_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let om = &doc.operation.operating_model;
    if !is_default(&om.feedback) {
        out.push(Duty {
            path: format!("{OM}/feedback"),
            subject: "Customer feedback".into(),
            activity: t("customer feedback evaluation", "顾客反馈评估"),
            interval: om.feedback.evaluation.interval,
            last_done: om.feedback.evaluation.last_done,
            anchor: None,
            evidence: Evidence::Schedule(om.feedback.evaluation.record),
        });
    }
}

/// 7.2.1 f): each operations process has a responsible role and authorities.
pub static PROCESS_RESPONSIBILITY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1.f-process-responsibility",
        clause: "7.2.1.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Responsibilities and authorities per operations process",
            "各运营过程的职责和权限",
        ),
        reasons: &[NO_RESPONSIBLE, NO_AUTHORITIES, RESPONSIBLE_VACANT],
        covers: &[],
    },
    check: check_process_responsibility,
    obligations: None,
};

const NO_RESPONSIBLE: Reason = Reason::new(
    "no-responsible-role",
    "The operations process for '{subject}' has no responsible role.",
    "“{subject}”运营过程没有负责岗位。",
);
const NO_AUTHORITIES: Reason = Reason::new(
    "no-authorities",
    "The operations process for '{subject}' has no authorities.",
    "“{subject}”运营过程没有权限。",
);

const RESPONSIBLE_VACANT: Reason = Reason::new(
    "role-vacant",
    "Operations process '{subject}': its responsible role '{role}' is held by nobody on the evaluation date.",
    "运营过程“{subject}”的负责岗位“{role}”在评价日无人担任。",
);

fn check_process_responsibility(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, x) in each_ops_process(ctx) {
        missing(
            em,
            &path,
            &[area_param("subject", &x.area)],
            &[
                (x.responsible.is_none(), &NO_RESPONSIBLE),
                (all_blank(&x.authorities), &NO_AUTHORITIES),
            ],
        );
        if let Some(role) = x.responsible {
            emit_role_vacant(
                ctx,
                em,
                &RESPONSIBLE_VACANT,
                &path,
                role,
                &[area_param("subject", &x.area)],
            );
        }
    }
}

/// 7.2.1, 7.2.1 e): the feedback evaluation declares its interval, so it can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.1-review-intervals",
        clause: "7.2.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Operating-model reviews scheduled",
            "运营模式相关评估规定周期",
        ),
        reasons: &[NO_FEEDBACK_INTERVAL],
        covers: &["7.2.1.e"],
    },
    check: |ctx, em| {
        emit_missing_intervals(
            ctx,
            em,
            &[(&FEEDBACK_EVALUATION_OVERDUE, &NO_FEEDBACK_INTERVAL)],
        )
    },
    obligations: None,
};

const NO_FEEDBACK_INTERVAL: Reason = Reason::new(
    "no-feedback-evaluation-interval",
    "'{subject}' declares no interval for its customer feedback evaluation, so it cannot be planned.",
    "“{subject}”未规定顾客反馈评估周期，无法策划。",
);

/// A parameter naming an operations area: a built-in area by the title of its clause.
fn area_param(name: &'static str, a: &OperationsArea) -> (&'static str, String) {
    let clause = match a {
        OperationsArea::PlatformSelection => "7.2.2",
        OperationsArea::Listing => "7.2.3",
        OperationsArea::CustomerService => "7.2.4",
        OperationsArea::CrisisManagement => "7.2.5",
        OperationsArea::Other => return pl(name, "other", "other", "其他"),
        _ => return p(name, a.as_str()),
    };
    p_item(name, a.as_str(), clause)
}
