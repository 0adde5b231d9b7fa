//! Clause 8.1.4.4 — analysis and evaluation of data, and the decisions taken on it.

use crate::common::{Date, Extensions};
use crate::ids::{DocumentId, ImprovementId, KpiId, MonitoringId, PersonId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What an analysis evaluates: the seven subjects of 8.1.4.4 a)–g).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AnalysisItem {
    /// a) conformity of products and services.
    ProductConformity,
    /// b) degree of customer satisfaction.
    CustomerSatisfaction,
    /// c) performance and effectiveness of the management system.
    SystemPerformance,
    /// d) whether planning was implemented effectively.
    PlanningImplementation,
    /// e) effectiveness of actions on risks and opportunities.
    RiskActions,
    /// f) performance of external providers.
    ProviderPerformance,
    /// g) need for improvement of the management system.
    ImprovementNeeds,
}

impl AnalysisItem {
    /// All subjects with the catalog item that asks for each.
    pub const ALL: [(AnalysisItem, &'static str); 7] = [
        (AnalysisItem::ProductConformity, "8.1.4.4.a"),
        (AnalysisItem::CustomerSatisfaction, "8.1.4.4.b"),
        (AnalysisItem::SystemPerformance, "8.1.4.4.c"),
        (AnalysisItem::PlanningImplementation, "8.1.4.4.d"),
        (AnalysisItem::RiskActions, "8.1.4.4.e"),
        (AnalysisItem::ProviderPerformance, "8.1.4.4.f"),
        (AnalysisItem::ImprovementNeeds, "8.1.4.4.g"),
    ];
}

/// The evaluation of one subject within an analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisEvaluation {
    /// The subject of 8.1.4.4 a)–g).
    pub item: AnalysisItem,
    /// What the analysis concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
    /// KPIs whose results were evaluated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
}

crate::names::open_vocabulary! {
    /// The kind of decision that monitoring information supported (8.1.2).
    pub enum DecisionKind {
        /// Adjusting the strategy.
        StrategyAdjustment = "strategyAdjustment",
        /// Changing a process.
        ProcessChange = "processChange",
        /// An improvement.
        Improvement = "improvement",
        /// Any other decision.
        Other = "other",
    }
}

/// A decision taken on the basis of monitoring information — GB/T 36311—2018, 8.1.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringDecision {
    /// Kind of decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DecisionKind>,
    /// What was decided.
    pub description: String,
    /// The improvement record opened for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<ImprovementId>,
}

/// A record of data analysis and evaluation — GB/T 36311—2018, 8.1.4.1 and 8.1.4.4: data
/// channels and methods, the evaluation of a)–g), and the decisions it supported (8.1.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Id.
    pub id: MonitoringId,
    /// Title.
    pub title: String,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Period analysed, e.g. `2026-Q1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Channels the data came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_sources: Vec<String>,
    /// Methods of analysis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<String>,
    /// Evaluations of 8.1.4.4 a)–g).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<AnalysisEvaluation>,
    /// Decisions supported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<MonitoringDecision>,
    /// The report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(AnalysisItem);
