//! Clause 7.3.1 — the supply-chain plan: considerations a)–j), controls k), responsibilities l).

use crate::common::{Approval, Extensions, Interval, Schedule};
use crate::ids::{DocumentId, ProcessId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The supply-chain plan — GB/T 36311—2018, 7.3.1: the organization plans and controls the
/// processes its supply chain needs, weighing the aspects a)–j) and fixing controls (k) and
/// responsibilities (l) per process.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SupplyChainPlan {
    /// Title of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The documented information holding the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Who approved the plan and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// How each aspect of 7.3.1 a)–j) was considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub considerations: Vec<PlanConsideration>,
    /// The supply-chain processes planned, with controls and responsibilities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<PlannedProcess>,
    /// Review interval and last review of the plan.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An aspect that supply-chain planning must weigh — GB/T 36311—2018, 7.3.1 a)–j).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PlanAspect {
    /// a) the organization's strategy and objectives.
    StrategyAndObjectives,
    /// b) the business environment and current situation (see 3.1, 3.2).
    BusinessContext,
    /// c) internal coordination mechanisms.
    InternalCoordination,
    /// d) information technology.
    InformationTechnology,
    /// e) inventory control.
    InventoryControl,
    /// f) product design.
    ProductDesign,
    /// g) the risks identified under 5.1.
    IdentifiedRisks,
    /// h) how customer value is measured.
    CustomerValue,
    /// i) logistics cost versus customer service level.
    LogisticsCostVsService,
    /// j) capacity to absorb changes in demand.
    DemandChanges,
}

impl PlanAspect {
    /// Every aspect with the catalog item that asks for it.
    pub const ALL: [(PlanAspect, &'static str); 10] = [
        (PlanAspect::StrategyAndObjectives, "7.3.1.a"),
        (PlanAspect::BusinessContext, "7.3.1.b"),
        (PlanAspect::InternalCoordination, "7.3.1.c"),
        (PlanAspect::InformationTechnology, "7.3.1.d"),
        (PlanAspect::InventoryControl, "7.3.1.e"),
        (PlanAspect::ProductDesign, "7.3.1.f"),
        (PlanAspect::IdentifiedRisks, "7.3.1.g"),
        (PlanAspect::CustomerValue, "7.3.1.h"),
        (PlanAspect::LogisticsCostVsService, "7.3.1.i"),
        (PlanAspect::DemandChanges, "7.3.1.j"),
    ];
}

/// How the plan took one aspect of 7.3.1 a)–j) into account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanConsideration {
    /// The aspect.
    pub aspect: PlanAspect,
    /// What was concluded or decided about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Documented information the consideration draws on (risk register, strategy…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<DocumentId>,
}

/// Kind of control activity planned for a supply-chain process — 7.3.1 k).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ControlKind {
    /// Ongoing monitoring (监督).
    Monitoring,
    /// Periodic review (评审).
    Review,
    /// Verification against requirements (验证).
    Verification,
    /// Validation for the intended use (确认).
    Validation,
}

/// A monitoring, review, verification or validation activity — 7.3.1 k).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ControlActivity {
    /// The kind of activity.
    pub kind: ControlKind,
    /// What is done.
    pub description: String,
    /// How often, where periodic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
}

/// A supply-chain process as planned — 7.3.1 k) and l).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlannedProcess {
    /// Name of the process.
    pub name: String,
    /// The process of the management system (3.4) it corresponds to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// The role responsible (l).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// Authorities of the responsible role in this process (l).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorities: Vec<String>,
    /// Monitoring, review, verification and validation activities (k).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<ControlActivity>,
}

crate::names::serialized_names!(PlanAspect);
