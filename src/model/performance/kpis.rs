//! Clause 8.1.4.2 — key performance indicators: targets, breakdowns and measurements.

use crate::common::{Date, ExactDecimal, Extensions, Interval};
use crate::ids::{
    DocumentId, ImprovementId, KpiId, NonconformityId, ObjectiveId, ProcessId, RoleId,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Which way a KPI should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum TargetDirection {
    /// The target is a minimum: values at or above it meet it.
    HigherIsBetter,
    /// The target is a maximum: values at or below it meet it.
    LowerIsBetter,
}

/// The target of a KPI: value, unit and direction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KpiTarget {
    /// Target value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ExactDecimal>,
    /// Unit, e.g. `%`, `of 5`, `h`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Whether higher or lower values are better.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<TargetDirection>,
}

impl KpiTarget {
    /// Whether value, unit and direction are all recorded.
    pub fn is_complete(&self) -> bool {
        self.value.is_some()
            && self.unit.as_deref().is_some_and(|u| !u.trim().is_empty())
            && self.direction.is_some()
    }

    /// Whether a measured value meets the target; `None` when the target is incomplete.
    pub fn is_met(&self, value: ExactDecimal) -> Option<bool> {
        let target = self.value?;
        Some(match self.direction? {
            TargetDirection::HigherIsBetter => value >= target,
            TargetDirection::LowerIsBetter => value <= target,
        })
    }
}

/// Level of the organization a KPI is broken down to (8.1.4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum BreakdownLevel {
    /// The whole organization.
    Organization,
    /// A function or department.
    Function,
    /// A team, shop or platform store.
    Team,
    /// One person.
    Individual,
}

/// One part of a KPI's breakdown across levels and functions — GB/T 36311—2018, 8.1.4.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KpiBreakdown {
    /// Level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<BreakdownLevel>,
    /// Function (role) accountable at that level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
    /// Process concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// What the part covers (e.g. `Tmall store`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Target at that level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<ExactDecimal>,
}

/// One measurement of a KPI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    /// When it was measured.
    pub date: Date,
    /// Period measured, e.g. `2026-05`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Measured value, in the unit of the target.
    pub value: ExactDecimal,
    /// Analysis of a deviation and the response decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// Nonconformity raised for a missed target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonconformity: Option<NonconformityId>,
    /// Improvement opened for a missed target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<ImprovementId>,
}

/// A key performance indicator (关键绩效指标) — GB/T 36311—2018, 8.1.4.2: set for a key success
/// factor, related to capability and performance, broken down across levels and functions,
/// measured by a determined procedure at a fixed frequency against a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Kpi {
    /// Id.
    pub id: KpiId,
    /// Name.
    pub name: String,
    /// The key success factor the KPI is set for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_factor: Option<String>,
    /// How the KPI relates to e-commerce capability and performance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability_relation: Option<String>,
    /// The role that owns the KPI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Processes whose performance it shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Objectives it measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    /// Measurement method: formula and data source (8.1.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The documented measurement procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// How often it is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
    /// Target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<KpiTarget>,
    /// Breakdown across levels and functions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<KpiBreakdown>,
    /// Since when it is measured (start of the measurement schedule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// Measurements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Kpi {
    /// Date of the latest measurement.
    pub fn last_measured(&self) -> Option<Date> {
        self.measurements.iter().map(|m| m.date).max()
    }
}
