//! Chapter 5 — planning (策划): the register of risks and opportunities with their actions
//! (5.1), objectives with the plans to achieve them (5.2), and planned changes of the
//! management system (5.3).
//!
//! Dates are read *as of* the evaluation date: an action completed, an evaluation made or a
//! change implemented on a date after it counts as not having happened yet.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, ExactDecimal, Extensions, Money, Schedule};
use crate::ids::{
    ActionId, ChangeId, ContextFactorId, DocumentId, InterestedPartyId, KpiId, ObjectiveId,
    PersonId, ProcessId, RiskId, RoleId, StrategyId,
};
use crate::model::leadership::CommunicationRecord;

/// Chapter 5 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Planning {
    /// The register of risks and opportunities (5.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<RiskOpportunity>,
    /// E-commerce objectives with their plans (5.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    /// Planned changes of the management system (5.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<PlannedChange>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 5.1 Risks and opportunities

/// Risk or opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RiskKind {
    /// A possible adverse effect.
    Risk,
    /// A possible favourable effect.
    Opportunity,
}

/// What addressing a risk or opportunity is meant to achieve — GB/T 36311—2018,
/// 5.1.1 a)–d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RiskAim {
    /// a) the system can achieve its intended results.
    IntendedResults,
    /// b) desirable effects are enhanced.
    EnhanceDesirable,
    /// c) undesired effects are prevented or reduced.
    PreventUndesired,
    /// d) continual improvement is achieved.
    ContinualImprovement,
}

impl RiskAim {
    /// All aims with their catalog items.
    pub const ALL: [(RiskAim, &'static str); 4] = [
        (RiskAim::IntendedResults, "5.1.1.a"),
        (RiskAim::EnhanceDesirable, "5.1.1.b"),
        (RiskAim::PreventUndesired, "5.1.1.c"),
        (RiskAim::ContinualImprovement, "5.1.1.d"),
    ];
}

/// Level of a rating, derived from likelihood × impact on the risk matrix (by default each
/// 1–5; the bands below are the default's, see [`crate::params::RiskMatrix`]).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RatingLevel {
    /// Score 1–5.
    Low,
    /// Score 6–11.
    Medium,
    /// Score 12–25.
    High,
}

impl RatingLevel {
    /// The level of a score (likelihood × impact) on the default risk matrix (5 × 5, medium
    /// from 6, high from 12); rules use the organization's matrix, the parameter
    /// `riskMatrix` (see [`crate::params::RiskMatrix`]).
    pub fn of_score(score: u8) -> Self {
        match score {
            0..=5 => RatingLevel::Low,
            6..=11 => RatingLevel::Medium,
            _ => RatingLevel::High,
        }
    }
}

/// A decision to accept a risk (or leave an opportunity) without further action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RiskAcceptance {
    /// Why no action is taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// Who accepted it and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
}

/// The plan for, and the record of, evaluating whether an action worked —
/// GB/T 36311—2018, 5.1.2 c).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EffectivenessCheck {
    /// How effectiveness will be judged (indicator, sample, comparison).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// When the evaluation is due; when absent, the parameter
    /// `effectivenessEvaluationWithin` after completion (3 months by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluated_on: Option<Date>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Whether the action was found effective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<bool>,
    /// What was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}

/// An action to address a risk or opportunity — GB/T 36311—2018, 5.1.2 a)–c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RiskAction {
    /// Id.
    pub id: ActionId,
    /// What is done.
    pub description: String,
    /// The process of the management system it is built into (5.1.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// The role responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// Planned completion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Actual completion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    /// Evaluation of effectiveness (5.1.2 c)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub effectiveness: EffectivenessCheck,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A risk or opportunity the organization determined it must address — GB/T 36311—2018,
/// 5.1.1, with the actions of 5.1.2.
///
/// Rating: likelihood and impact each from 1 (lowest) to 5; their product gives the
/// [`RatingLevel`]. The response must be proportionate (5.1.2, last sentence): a high-rated
/// entry, or a medium-rated one that can affect the conformity of products and services,
/// needs at least one action; only the others may be accepted with a reasoned decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RiskOpportunity {
    /// Id.
    pub id: RiskId,
    /// Short title.
    pub title: String,
    /// Risk or opportunity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<RiskKind>,
    /// Description: cause, event, effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Context factors (3.1) it arises from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<ContextFactorId>,
    /// Interested parties (3.2) whose requirements it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InterestedPartyId>,
    /// Likelihood, 1 (rare) to the risk matrix's scale (5 by default: almost certain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likelihood: Option<u8>,
    /// Impact, 1 (negligible) to the risk matrix's scale (5 by default: severe / very large).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<u8>,
    /// Whether it can affect the conformity of products and services or customer
    /// satisfaction (4.1.2 b), 5.1.2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub customer_impact: bool,
    /// Which aims of 5.1.1 a)–d) addressing it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aims: Vec<RiskAim>,
    /// The role that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// When it was identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identified_on: Option<Date>,
    /// Where it stands now; open when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RiskStatus>,
    /// Dated status changes, so that a report for an earlier as-of date sees the status of
    /// that day; before the first entry the entry was not yet on the register.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<RiskStatusChange>,
    /// Actions to address it (5.1.2 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<RiskAction>,
    /// A decision to take no action, where the rating allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance: Option<RiskAcceptance>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Where a risk or opportunity stands on the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RiskStatus {
    /// Being addressed: it needs a response (5.1.2).
    Open,
    /// Addressed and kept under watch; still needs its response.
    Monitored,
    /// No longer relevant (the cause has gone, the opportunity has passed); it needs no
    /// further response from that day.
    Closed,
}

/// A change of a risk's or opportunity's status, in force from a date until the next change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RiskStatusChange {
    /// The status from that day.
    pub status: RiskStatus,
    /// First day of the status.
    pub from: Date,
    /// Why it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RiskOpportunity {
    /// Its status on a date (see [`crate::common::status_on`]); `None` before its first
    /// history entry, or when no status is recorded at all.
    pub fn status_on(&self, on: Date) -> Option<RiskStatus> {
        crate::common::status_on(
            &self.history,
            self.status.as_ref(),
            on,
            |h| h.from,
            |h| h.status,
        )
    }

    /// Whether it needs a response on a date: identified by then, on the register by then
    /// (its history has begun) and not closed.
    pub fn is_open_on(&self, on: Date) -> bool {
        if self.identified_on.is_some_and(|d| d > on)
            || (!self.history.is_empty() && self.history.iter().all(|h| h.from > on))
        {
            return false;
        }
        !matches!(self.status_on(on), Some(RiskStatus::Closed))
    }

    /// Likelihood × impact, when both are given and within 1–5.
    pub fn score(&self) -> Option<u8> {
        let l = self.likelihood.filter(|v| (1..=5).contains(v))?;
        let i = self.impact.filter(|v| (1..=5).contains(v))?;
        Some(l * i)
    }

    /// The rating level, when the rating is complete.
    pub fn level(&self) -> Option<RatingLevel> {
        self.score().map(RatingLevel::of_score)
    }
}

// ---------------------------------------------------------------------------------------------
// 5.2 Objectives

/// Where an objective stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ObjectiveStatus {
    /// Being pursued (the default when absent).
    Active,
    /// Closed: the target was met.
    Achieved,
    /// Closed: the target was missed.
    NotAchieved,
    /// Closed without evaluation, e.g. replaced by another objective.
    Withdrawn,
}

/// How a measured value is compared with the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum TargetDirection {
    /// The value must reach at least the target.
    AtLeast,
    /// The value must stay at or below the target.
    AtMost,
}

impl TargetDirection {
    /// Whether `value` meets `target`.
    pub fn met(&self, value: &ExactDecimal, target: &ExactDecimal) -> bool {
        match self {
            TargetDirection::AtLeast => value.value() >= target.value(),
            TargetDirection::AtMost => value.value() <= target.value(),
        }
    }

    /// `≥` or `≤`.
    pub fn symbol(&self) -> &'static str {
        match self {
            TargetDirection::AtLeast => "≥",
            TargetDirection::AtMost => "≤",
        }
    }
}

/// A measurable target — GB/T 36311—2018, 5.2.1 b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MeasurableTarget {
    /// What is measured (e.g. "on-time shipment rate").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    /// Unit (e.g. "%", "hours", "CNY").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Starting value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<ExactDecimal>,
    /// Target value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ExactDecimal>,
    /// Whether the value must be reached or not exceeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<TargetDirection>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
}

/// What an objective contributes to — GB/T 36311—2018, 5.2.1 d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RelevanceArea {
    /// Providing conforming products.
    ProductConformity,
    /// Providing conforming services.
    ServiceConformity,
    /// Enhancing customer satisfaction.
    CustomerSatisfaction,
}

/// How an objective is monitored — GB/T 36311—2018, 5.2.1 e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveMonitoring {
    /// The KPI that tracks it (8.1), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<KpiId>,
    /// How progress is measured, when no KPI is named (data source, calculation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How often progress is checked, and when it last was.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub schedule: Schedule,
}

/// A measured result of an objective.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveResult {
    /// When the result was evaluated.
    pub date: Date,
    /// The value reached, in the target's unit.
    pub value: ExactDecimal,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An action of the plan to achieve an objective — GB/T 36311—2018, 5.2.2 a)–d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveAction {
    /// Id.
    pub id: ActionId,
    /// What will be done (5.2.2 a)).
    pub description: String,
    /// Resources needed: people, tools, services (5.2.2 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// Budget, where money is needed (5.2.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// The role responsible (5.2.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// The person responsible (5.2.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible_person: Option<PersonId>,
    /// When it will be completed (5.2.2 d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When it was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An e-commerce objective — GB/T 36311—2018, 5.2.1 a)–g), with the plan to achieve it
/// (5.2.2 a)–e)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Objective {
    /// Id.
    pub id: ObjectiveId,
    /// Title.
    pub title: String,
    /// Active or closed; active when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ObjectiveStatus>,
    /// Its status changes with the day each took effect, so that its status on an earlier
    /// date can be read; from the latest entry on, `status` is the status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<ObjectiveStatusChange>,
    /// The function (role) it is set for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// The processes it is set for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Approval by top management.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The documented information that holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The strategies it serves (5.2.1 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<StrategyId>,
    /// The target (5.2.1 b)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub target: MeasurableTarget,
    /// Applicable requirements considered: legal, platform, customer (5.2.1 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements_considered: Vec<String>,
    /// Interested parties whose requirements were considered (5.2.1 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InterestedPartyId>,
    /// Entries of the register of compliance obligations considered (5.2.1 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<crate::ids::ComplianceObligationId>,
    /// What it contributes to (5.2.1 d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relevance: Vec<RelevanceArea>,
    /// How it contributes (5.2.1 d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevance_note: Option<String>,
    /// How it is monitored (5.2.1 e)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub monitoring: ObjectiveMonitoring,
    /// Communication of it (5.2.1 f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communications: Vec<CommunicationRecord>,
    /// How often it is reviewed and updated, and when it last was (5.2.1 g)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// The plan: actions with resources, responsibilities and dates (5.2.2 a)–d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<ObjectiveAction>,
    /// How the result will be evaluated (5.2.2 e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_method: Option<String>,
    /// The final result, once evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ObjectiveResult>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Objective {
    /// Whether it is still being pursued (by its current `status`).
    pub fn is_active(&self) -> bool {
        matches!(self.status, None | Some(ObjectiveStatus::Active))
    }

    /// Its status on a date: before its first history entry none (active); from its latest
    /// entry on (or without a history) its current `status`; in between the history entry in
    /// force.
    pub fn status_on(&self, on: Date) -> Option<ObjectiveStatus> {
        crate::common::status_on(
            &self.history,
            self.status.as_ref(),
            on,
            |h| h.from,
            |h| h.status,
        )
    }

    /// Whether it was being pursued on a date.
    pub fn is_active_on(&self, on: Date) -> bool {
        matches!(self.status_on(on), None | Some(ObjectiveStatus::Active))
    }
}

/// A change of an objective's status, in force from a date until the next change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveStatusChange {
    /// The status from that day.
    pub status: ObjectiveStatus,
    /// First day of the status.
    pub from: Date,
    /// Why it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 5.3 Changes

/// Who does what in a change — GB/T 36311—2018, 5.3 d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChangeResponsibility {
    /// The role.
    pub role: RoleId,
    /// Its responsibility or new authority in the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duty: Option<String>,
}

/// A planned change of the management system — GB/T 36311—2018, 5.3: planned, with a)–d)
/// considered, before it is carried out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlannedChange {
    /// Id.
    pub id: ChangeId,
    /// Title.
    pub title: String,
    /// Why the change is made (5.3 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// What it may lead to, wanted and unwanted (5.3 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<String>,
    /// How the system is kept whole during and after the change (5.3 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity_measures: Option<String>,
    /// Processes affected (5.3 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affected_processes: Vec<ProcessId>,
    /// Documents to be revised (5.3 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affected_documents: Vec<DocumentId>,
    /// Resources needed and whether they are available (5.3 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// Responsibilities and authorities assigned or reassigned (5.3 d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<ChangeResponsibility>,
    /// Approval of the change plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// When it is to be carried out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<Date>,
    /// When it was carried out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implemented_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(RiskAim, RatingLevel);
