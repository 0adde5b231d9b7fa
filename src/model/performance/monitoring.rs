//! Clauses 8.1.1 and 8.1.2 — the monitoring plan: what is monitored, how and when; evaluations.

use crate::common::{Date, Extensions, Interval, Schedule};
use crate::ids::{
    ContextFactorId, DocumentId, ImprovementId, KpiId, MonitoringId, ObjectiveId, PersonId,
    ProcessId, RoleId,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The monitoring and measurement plan — GB/T 36311—2018, 8.1.1 ("应策划并实施" the processes
/// of monitoring, measurement, analysis and evaluation) and 8.1.2 (what is monitored, and the
/// periodic evaluation of the monitoring process itself).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringPlan {
    /// The documented plan or procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// What is monitored and measured, how, how often and by whom.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<MonitoringEntry>,
    /// How often the monitoring process itself is evaluated (8.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_interval: Option<Interval>,
    /// Evaluations of the monitoring process's performance and effectiveness (8.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<MonitoringEvaluation>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Why something is monitored: the three purposes of 8.1.1 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum MonitoringPurpose {
    /// 8.1.1 a) show that e-commerce achieves its intended objectives.
    ObjectivesAchieved,
    /// 8.1.1 b) ensure conformity and effectiveness of the management system.
    SystemConformity,
    /// 8.1.1 c) evaluate and improve e-commerce capability and performance.
    CapabilityImprovement,
}

impl MonitoringPurpose {
    /// All purposes with the catalog item that asks for each.
    pub const ALL: [(MonitoringPurpose, &'static str); 3] = [
        (MonitoringPurpose::ObjectivesAchieved, "8.1.1.a"),
        (MonitoringPurpose::SystemConformity, "8.1.1.b"),
        (MonitoringPurpose::CapabilityImprovement, "8.1.1.c"),
    ];
}

/// One line of the monitoring plan — GB/T 36311—2018, 8.1.1, 8.1.2: what is monitored or
/// measured, for which purpose, by which method, how often, by whom and how the results are
/// analysed and evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringEntry {
    /// Id.
    pub id: MonitoringId,
    /// What is monitored or measured.
    pub subject: String,
    /// Which purposes of 8.1.1 a)–c) it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<MonitoringPurpose>,
    /// Method of monitoring or measurement (8.1.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How often, and when it was last done.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub schedule: Schedule,
    /// The role that performs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// When and how the results are analysed and evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Processes monitored (8.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Internal and external factors monitored (8.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<ContextFactorId>,
    /// Objectives whose achievement it shows (8.1.1 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    /// KPIs it measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An evaluation of the monitoring process itself — GB/T 36311—2018, 8.1.2: its performance
/// and effectiveness, and the actions taken to improve it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringEvaluation {
    /// Id.
    pub id: MonitoringId,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// How well monitoring worked (timeliness, data quality, coverage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance: Option<String>,
    /// Whether monitoring served its purposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<String>,
    /// Actions decided to improve monitoring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// Improvement records opened for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvements: Vec<ImprovementId>,
    /// The record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(MonitoringPurpose);
