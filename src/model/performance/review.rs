//! Clause 8.3 — management review: plan, inputs, conclusions and outputs.

use crate::common::{Date, Extensions, Interval};
use crate::ids::{
    ActionId, AuditId, DocumentId, ImprovementId, KpiId, MonitoringId, NonconformityId, PersonId,
    ReviewId,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The planned interval of management reviews — GB/T 36311—2018, 8.3.1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewPlan {
    /// How often top management reviews the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// The management review procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// State of a management review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ReviewStatus {
    /// Planned, not yet held.
    Planned,
    /// Held.
    Held,
}

/// An input a management review must consider: 8.3.2 a)–f) with c) 1)–7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ReviewInputItem {
    /// a) status of actions from previous reviews.
    PriorActions,
    /// b) changes in internal and external factors.
    ContextChanges,
    /// c) 1) customer satisfaction and feedback from interested parties.
    CustomerFeedback,
    /// c) 2) extent to which objectives are met.
    ObjectiveAttainment,
    /// c) 3) process performance and conformity of products and services.
    ProcessPerformance,
    /// c) 4) nonconformities and corrective actions.
    Nonconformities,
    /// c) 5) monitoring and measurement results.
    MonitoringResults,
    /// c) 6) audit results.
    AuditResults,
    /// c) 7) performance of external providers.
    ProviderPerformance,
    /// d) adequacy of resources.
    ResourceAdequacy,
    /// e) effectiveness of actions on risks and opportunities.
    RiskActions,
    /// f) opportunities for improvement.
    ImprovementOpportunities,
}

impl ReviewInputItem {
    /// All inputs with the catalog item that asks for each.
    pub const ALL: [(ReviewInputItem, &'static str); 12] = [
        (ReviewInputItem::PriorActions, "8.3.2.a"),
        (ReviewInputItem::ContextChanges, "8.3.2.b"),
        (ReviewInputItem::CustomerFeedback, "8.3.2.c.1"),
        (ReviewInputItem::ObjectiveAttainment, "8.3.2.c.2"),
        (ReviewInputItem::ProcessPerformance, "8.3.2.c.3"),
        (ReviewInputItem::Nonconformities, "8.3.2.c.4"),
        (ReviewInputItem::MonitoringResults, "8.3.2.c.5"),
        (ReviewInputItem::AuditResults, "8.3.2.c.6"),
        (ReviewInputItem::ProviderPerformance, "8.3.2.c.7"),
        (ReviewInputItem::ResourceAdequacy, "8.3.2.d"),
        (ReviewInputItem::RiskActions, "8.3.2.e"),
        (ReviewInputItem::ImprovementOpportunities, "8.3.2.f"),
    ];

    /// Whether it is one of the performance information inputs of c) 1)–7).
    pub fn is_performance_information(&self) -> bool {
        !matches!(
            self,
            ReviewInputItem::PriorActions
                | ReviewInputItem::ContextChanges
                | ReviewInputItem::ResourceAdequacy
                | ReviewInputItem::RiskActions
                | ReviewInputItem::ImprovementOpportunities
        )
    }
}

/// One input considered by a management review — GB/T 36311—2018, 8.3.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewInput {
    /// Which input of 8.3.2 it is.
    pub item: ReviewInputItem,
    /// What was presented and considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Trend shown (required in spirit for the c) inputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trend: Option<String>,
    /// Documents presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<DocumentId>,
    /// KPIs presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// Audits presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audits: Vec<AuditId>,
    /// Analyses presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub analyses: Vec<MonitoringId>,
    /// Nonconformities presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nonconformities: Vec<NonconformityId>,
    /// For the input of a): the status of each action decided by earlier reviews.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_statuses: Vec<PriorActionStatus>,
}

/// Where an action of an earlier management review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PriorActionState {
    /// Done.
    Completed,
    /// Under way and within its due date.
    InProgress,
    /// Past its due date and not done.
    Overdue,
    /// Dropped by decision of top management.
    Cancelled,
}

/// The status of one action of an earlier management review, as presented to a later one —
/// GB/T 36311—2018, 8.3.2 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PriorActionStatus {
    /// The action, by the id it has in the earlier review's outputs.
    pub action: ActionId,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PriorActionState>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What top management concluded about the system — GB/T 36311—2018, 8.3.1: its continuing
/// suitability, adequacy and effectiveness, and alignment with the strategic direction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewConclusions {
    /// Suitability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suitability: Option<String>,
    /// Adequacy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adequacy: Option<String>,
    /// Effectiveness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<String>,
    /// Alignment with the strategic direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategic_alignment: Option<String>,
}

/// Kind of management review output: 8.3.3 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ReviewOutputKind {
    /// a) opportunities for improvement.
    ImprovementOpportunity,
    /// b) changes needed to the management system.
    SystemChange,
    /// c) resource needs.
    ResourceNeed,
}

impl ReviewOutputKind {
    /// All kinds with the catalog item that asks for each.
    pub const ALL: [(ReviewOutputKind, &'static str); 3] = [
        (ReviewOutputKind::ImprovementOpportunity, "8.3.3.a"),
        (ReviewOutputKind::SystemChange, "8.3.3.b"),
        (ReviewOutputKind::ResourceNeed, "8.3.3.c"),
    ];
}

/// An action decided by a management review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewAction {
    /// Id.
    pub id: ActionId,
    /// What is to be done.
    pub description: String,
    /// Who does it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Date>,
    /// The improvement record that carries it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<ImprovementId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A decision of a management review with its actions — GB/T 36311—2018, 8.3.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewOutput {
    /// Which of 8.3.3 a)–c) it addresses.
    pub kind: ReviewOutputKind,
    /// What was decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// Actions decided.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ReviewAction>,
}

/// A management review (管理评审) — GB/T 36311—2018, 8.3: held by top management at planned
/// intervals, with the inputs of 8.3.2, the outputs of 8.3.3 and a retained record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ManagementReview {
    /// Id.
    pub id: ReviewId,
    /// Title.
    pub title: String,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReviewStatus>,
    /// When it is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<Date>,
    /// When it was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who chaired it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<PersonId>,
    /// Who took part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<PersonId>,
    /// Inputs considered (8.3.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<ReviewInput>,
    /// Conclusions on the system (8.3.1).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub conclusions: ReviewConclusions,
    /// Decisions and actions (8.3.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<ReviewOutput>,
    /// The retained record (minutes / report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl ManagementReview {
    /// Whether the review was held.
    pub fn is_held(&self) -> bool {
        self.status == Some(ReviewStatus::Held)
    }
}

crate::names::serialized_names!(ReviewInputItem, ReviewOutputKind);
