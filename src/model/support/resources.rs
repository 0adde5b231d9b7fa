//! Clauses 6.1.1 and 6.1.4 — the resource plan with its resource needs, and natural resources.

use crate::common::{Approval, Date, ExactDecimal, Extensions, Schedule};
use crate::ids::{DocumentId, ResourceId, RoleId, SiteId, SupplierId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::names::open_vocabulary! {
    /// Kind of resource.
    pub enum ResourceCategory {
        /// People (6.1.2).
        People = "people",
        /// Money (6.1.3).
        Financial = "financial",
        /// Natural resources (6.1.4).
        Natural = "natural",
        /// Infrastructure and work environment (6.1.5).
        Infrastructure = "infrastructure",
        /// Information and technology (6.1.5).
        Technology = "technology",
        /// Monitoring and measuring resources (6.1.6).
        Monitoring = "monitoring",
        /// Knowledge (6.1.7).
        Knowledge = "knowledge",
        /// Services bought in (logistics, platforms, payment…).
        Service = "service",
        /// Anything else.
        Other = "other",
    }
}

/// Where a resource comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ResourceSource {
    /// From the organization's existing resources (6.1.1 a)).
    Internal,
    /// From an external provider (6.1.1 b)).
    External,
}

/// Whether a planned resource has been provided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ProvisionStatus {
    /// Not yet provided.
    Planned,
    /// Partly provided.
    PartlyProvided,
    /// Provided.
    Provided,
    /// No longer needed (say why in the note).
    Cancelled,
}

/// The plan of the resources the management system needs — GB/T 36311—2018, 6.1.1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ResourcePlan {
    /// Id.
    pub id: ResourceId,
    /// Title, e.g. "Resource plan 2026".
    pub title: String,
    /// The documented information holding the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Who approved the plan and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// First day the plan covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    /// Last day the plan covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// The resources needed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<ResourceNeed>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One resource the management system needs — GB/T 36311—2018, 6.1.1 a), b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ResourceNeed {
    /// Id.
    pub id: ResourceId,
    /// What is needed.
    pub description: String,
    /// Kind of resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ResourceCategory>,
    /// Internal or from an external provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ResourceSource>,
    /// What existing internal resources can deliver (6.1.1 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability: Option<String>,
    /// Limits of the existing internal resources (6.1.1 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<String>,
    /// The external provider (6.1.1 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The provider's record in the supply chain (7.3.3), when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier: Option<SupplierId>,
    /// Role responsible for providing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Date by which it must be available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by: Option<Date>,
    /// Whether it has been provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProvisionStatus>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// Kind of natural resource.
    pub enum NaturalResourceKind {
        /// Packaging material (cartons, mailers, fill).
        Packaging = "packaging",
        /// Electricity, gas, fuel.
        Energy = "energy",
        /// Water.
        Water = "water",
        /// Raw material of the products (cotton, silk…).
        RawMaterial = "rawMaterial",
        /// Anything else.
        Other = "other",
    }
}

/// How strongly something affects the business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ImpactLevel {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// A natural resource the business depends on, how it affects e-commerce, how supply is
/// assured and how environmental impact is kept low — GB/T 36311—2018, 6.1.4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NaturalResource {
    /// Id.
    pub id: ResourceId,
    /// The resource.
    pub name: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<NaturalResourceKind>,
    /// The site (`organization.sites`) where it is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// How the resource affects the e-commerce business.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact_on_business: Option<String>,
    /// To what degree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact_level: Option<ImpactLevel>,
    /// How supply is assured in the short term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_term_supply: Option<String>,
    /// How supply is assured in the long term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_term_supply: Option<String>,
    /// Measures keeping the environmental impact as low as possible.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub environmental_measures: Vec<String>,
    /// Measured consumption, by period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consumption: Vec<Consumption>,
    /// Review interval and last review.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Where the consumption is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Consumption of a natural resource over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Consumption {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
    /// Quantity.
    pub quantity: ExactDecimal,
    /// Unit, e.g. `kg`, `kWh`, `pcs`.
    pub unit: String,
}
