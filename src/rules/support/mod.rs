//! Chapter 6 — 支持 (support): the resources the system needs — resources in general
//! (6.1.1), people (6.1.2), funds (6.1.3), natural resources (6.1.4), infrastructure and
//! information and technology (6.1.5), monitoring and measuring resources (6.1.6) and
//! organizational knowledge (6.1.7) — competence (6.2), awareness (6.3) and documented
//! information (6.4).

pub mod awareness;
pub mod competence;
pub mod control;
pub mod documents;
pub mod finance;
pub mod infrastructure;
pub mod instruments;
pub mod knowledge;
pub mod natural;
pub mod resources;
pub mod staffing;
pub mod technology;

use crate::common::Date;
use crate::ids::RoleId;
use crate::model::support::{DocumentStatus, DocumentedInformation, Person, Support};

use super::prelude::*;
use super::{AssessedRequirement, BuiltinRule};

/// Chapter 6's rules, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    &resources::PLAN,
    &resources::PLAN_CURRENT,
    &resources::PLAN_APPROVED,
    &resources::INTERNAL_CAPABILITY,
    &resources::EXTERNAL_RESOURCES,
    &resources::PROVIDED,
    &staffing::DETERMINED,
    &staffing::ROLE_HEADCOUNT,
    &staffing::SHORTFALL,
    &staffing::PERSON_WITHOUT_ROLE,
    &finance::FUND_NEEDS,
    &finance::FUND_SUPPLY,
    &finance::BUDGET,
    &finance::BUDGET_COMPARED,
    &finance::BUDGET_CURRENCY,
    &finance::VARIANCE_THRESHOLD,
    &finance::VARIANCE_ACTED,
    &finance::COMPARISON_INTERVAL,
    &finance::COMPARISON_OVERDUE,
    &natural::DETERMINED,
    &natural::IMPACT,
    &natural::SUPPLY,
    &natural::ENVIRONMENTAL,
    &natural::REVIEW_INTERVAL,
    &natural::REVIEW_OVERDUE,
    &infrastructure::DETERMINED,
    &infrastructure::ASSET_OWNER,
    &infrastructure::MAINTENANCE_INTERVAL,
    &infrastructure::MAINTENANCE_OVERDUE,
    &infrastructure::TECHNOLOGY_PROCEDURE,
    &infrastructure::ASSET_PROTECTION,
    &technology::INFORMATION_FOR_DECISIONS,
    &technology::DECISION_RECORDED,
    &technology::PLAN,
    &technology::GOAL_COMPLETE,
    &technology::GOAL_OVERDUE,
    &technology::SHARING,
    &technology::REVIEW_PROCEDURE,
    &technology::REVIEW_INTERVAL,
    &technology::REVIEW_OVERDUE,
    &instruments::DETERMINED,
    &instruments::SUITABILITY,
    &instruments::CALIBRATION_INTERVAL,
    &instruments::CALIBRATION_OVERDUE,
    &instruments::FAILED_IN_USE,
    &instruments::CALIBRATION_EVIDENCE,
    &knowledge::DETERMINED,
    &knowledge::PROCESS,
    &knowledge::MAINTAINED,
    &knowledge::AVAILABLE,
    &knowledge::UPDATE,
    &knowledge::REVIEW_INTERVAL,
    &knowledge::REVIEW_OVERDUE,
    &competence::DETERMINED,
    &competence::ROLE_COMPETENCE,
    &competence::PERSON_COMPETENT,
    &competence::TRAINING_EFFECTIVENESS,
    &competence::TRAINING_EFFECTIVENESS_DEFAULT_WINDOW,
    &competence::INEFFECTIVE_FOLLOW_UP,
    &competence::EVIDENCE_RETAINED,
    &awareness::AWARENESS,
    &documents::REQUIRED_INFORMATION,
    &documents::REQUIRED_BY_KNOWN,
    &crate::rules::obligations::PERIODIC_RECORD,
    &documents::IDENTIFICATION,
    &documents::FORMAT_MEDIUM,
    &documents::EFFECTIVE_APPROVED,
    &documents::APPROVED_BEFORE_EFFECTIVE,
    &documents::APPROVER_AUTHORIZED,
    &documents::REVIEWED_BEFORE_APPROVAL,
    &documents::REVIEW_INTERVAL,
    &documents::REVIEW_OVERDUE,
    &documents::DATE_IN_FUTURE,
    &control::ACCESS,
    &control::CURRENT_VERSION_IN_USE,
    &control::STORAGE,
    &control::ONE_CURRENT_VERSION,
    &control::CHANGE_HISTORY,
    &control::RETENTION_DEFINED,
    &control::DISPOSED_EARLY,
    &control::KEPT_PAST_RETENTION,
    &control::DISPOSAL_RECORDED,
    &control::EXTERNAL_CONTROLLED,
    &control::RECORD_PROTECTED,
];

/// Chapter 6 requirements shown by self-assessment only.
pub(super) static ASSESSED: &[AssessedRequirement] = &[AssessedRequirement {
    clause: "6.4.1.b",
    reason: t(
        "Which further documented information the system needs to be effective is the organization's own judgement; records list what exists, not what is missing.",
        "为确保体系有效还需要哪些成文信息，由组织自行判断；记录只能列出已有的文件，不能说明缺少什么。",
    ),
}];

/// Effective, controlled (not a record), not disposed of.
fn needs_periodic_review(d: &DocumentedInformation) -> bool {
    d.status == Some(DocumentStatus::Effective) && !d.is_record() && d.disposed_on.is_none()
}

fn support<'a>(ctx: &'a Ctx<'_>) -> &'a Support {
    &ctx.doc.support
}

fn role_name(ctx: &Ctx<'_>, id: RoleId) -> String {
    ctx.doc
        .leadership
        .roles
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn active_people<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (usize, &'a Person)> + 'a {
    let as_of = ctx.as_of;
    support(ctx)
        .people
        .iter()
        .enumerate()
        .filter(move |(_, pe)| pe.is_active(as_of))
}

/// The people in scope of the competence, awareness and role rules on the as-of date:
/// employed that day and past the joiner grace period (see [`Ctx::staff_in_scope`]).
fn staff_in_scope<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (usize, &'a Person)> + 'a {
    support(ctx)
        .people
        .iter()
        .enumerate()
        .filter(move |(_, pe)| ctx.staff_in_scope(pe))
}

pub(crate) fn doc_name(d: &DocumentedInformation) -> String {
    match &d.code {
        Some(c) if !c.trim().is_empty() => format!("{c} {}", d.title),
        _ => d.title.clone(),
    }
}

fn documents<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a DocumentedInformation)> + 'a {
    support(ctx)
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (format!("/support/documents/{i}"), d))
}

/// Documents that are in use or kept: not drafts, not disposed of.
fn kept_documents<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a DocumentedInformation)> + 'a {
    documents(ctx)
        .filter(|(_, d)| d.status != Some(DocumentStatus::Draft) && d.disposed_on.is_none())
}

fn control(ctx: &Ctx<'_>) -> crate::model::support::DocumentControl {
    support(ctx).document_control.clone().unwrap_or_default()
}

/// Why a document is not current, in English and Chinese.
pub(crate) fn status_text(d: &DocumentedInformation, as_of: Date) -> (&'static str, &'static str) {
    if d.disposed_on.is_some_and(|x| x <= as_of) {
        return ("disposed", "已处置");
    }
    match d.status {
        None => ("no status", "未记录状态"),
        Some(DocumentStatus::Draft) => ("draft", "草稿"),
        Some(DocumentStatus::Obsolete) => ("obsolete", "已作废"),
        Some(DocumentStatus::Effective) => ("not yet in force", "尚未生效"),
    }
}
