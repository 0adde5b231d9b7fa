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

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-6.1.1-resource-plan",
        "6.1.1 asks that the needed resources be determined; it names no approver, record or date.",
    ),
    (
        "ecms-6.1.1.a-internal-capability",
        "6.1.1 a) asks only that capabilities and constraints of internal resources be considered.",
    ),
    (
        "ecms-6.1.1.b-external-resources",
        "6.1.1 b) asks only that resources from external providers be considered.",
    ),
    (
        "ecms-6.1.2-staffing-determined",
        "6.1.2 asks that the needed people be determined; headcount against roles is a separate relation rule.",
    ),
    (
        "ecms-6.1.3-fund-needs",
        "6.1.3 asks that short- and long-term fund needs be determined, nothing about who or when.",
    ),
    (
        "ecms-6.1.3-fund-supply",
        "6.1.3 asks that the supply of funds be assured; an amount and a source is what can be shown.",
    ),
    (
        "ecms-6.1.3-budget",
        "6.1.3 asks for a plan to compare actual use with; the plan's existence is the requirement.",
    ),
    (
        "ecms-6.1.3-comparison-interval",
        "6.1.3 asks for a comparison; its cadence exists or not, and the overdue rule checks the dates.",
    ),
    (
        "ecms-6.1.4-natural-resources",
        "6.1.4 asks the organization to understand natural resources; that they are listed is what the text asks.",
    ),
    (
        "ecms-6.1.4-impact-understood",
        "6.1.4 asks to understand how and how much a resource affects e-commerce: a description and a level.",
    ),
    (
        "ecms-6.1.4-supply-assured",
        "6.1.4 asks that short- and long-term provision be assured; how is the organization's, so only its statement exists.",
    ),
    (
        "ecms-6.1.4-environmental-impact",
        "6.1.4 asks that environmental impact be kept minimal; the measures taken are what can be shown.",
    ),
    (
        "ecms-6.1.4-review-interval",
        "A cadence for keeping the understanding current exists or not; the overdue rule checks the dates.",
    ),
    (
        "ecms-6.1.5-infrastructure",
        "6.1.5 asks that the needed infrastructure be determined; an asset register in use is that determination.",
    ),
    (
        "ecms-6.1.5-asset-maintenance-interval",
        "6.1.5 asks that infrastructure be maintained; the interval exists or not, the overdue rule checks the dates.",
    ),
    (
        "ecms-6.1.5.a-asset-protection",
        "6.1.5 a) asks that technology be protected; which protection is the organization's choice.",
    ),
    (
        "ecms-6.1.5.c-technology-plan",
        "6.1.5 c) asks for goals and a plan for technology development; their existence is the requirement.",
    ),
    (
        "ecms-6.1.5.e-review-interval",
        "6.1.5 e) asks for a periodic review procedure; its period exists or not, the overdue rule checks the dates.",
    ),
    (
        "ecms-6.1.6.b-calibration-interval",
        "6.1.6 b) asks that resources be maintained; the interval exists or not, the overdue rule checks the dates.",
    ),
    (
        "ecms-6.1.7-knowledge-determined",
        "6.1.7 asks that the necessary knowledge be determined, nothing about who or when.",
    ),
    (
        "ecms-6.1.7-knowledge-process",
        "6.1.7 asks for the knowledge needed to run processes; naming those processes is the determination.",
    ),
    (
        "ecms-6.1.7-knowledge-update",
        "6.1.7 asks the organization to determine how to obtain more and updated knowledge: a stated method.",
    ),
    (
        "ecms-6.1.7-knowledge-review-interval",
        "6.1.7 asks that existing knowledge be reviewed; a cadence exists or not, the overdue rule checks the dates.",
    ),
    (
        "ecms-6.2.a-competence-determined",
        "6.2 a) asks that the needed competence be determined, nothing about who or when.",
    ),
    (
        "ecms-6.2.c-ineffective-follow-up",
        "6.2 c) asks for actions where applicable and an evaluation; a follow-up to a poor result is a stated action.",
    ),
    (
        "ecms-6.4.2.a-identification",
        "6.4.2 a) asks for suitable identification and description: a code and a version.",
    ),
    (
        "ecms-6.4.2.b-format-medium",
        "6.4.2 b) asks for a suitable format and medium; which is the organization's choice.",
    ),
    (
        "ecms-6.4.2.c-review-interval",
        "The review that keeps documents suitable needs a cadence; it exists or not, the overdue rule checks the dates.",
    ),
    (
        "ecms-6.4.3.a-access",
        "6.4.3 a) asks that distribution and access be controlled; the access level and distribution list are that control.",
    ),
    (
        "ecms-6.4.3.b-storage",
        "6.4.3 b) asks for storage and protection; where and how is the organization's choice.",
    ),
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

/// Whether someone employed on the as-of date holds a role then: the role's holders (4.3)
/// and the people's roles (6.2) are read through [`holds_role`]. A role the document does not
/// define counts as filled here; reference integrity reports it.
fn role_filled(ctx: &Ctx<'_>, role: RoleId) -> bool {
    !ctx.doc.leadership.roles.iter().any(|r| r.id == role)
        || super::util::role_held_on(ctx.doc, role, ctx.as_of)
}
