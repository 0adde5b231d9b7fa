//! Chapter 6 — resources and competence (资源与能力): resources (people, finance, natural
//! resources, infrastructure and technology, monitoring and measuring resources, knowledge),
//! competence, awareness and documented information.
//!
//! * 6.1.1 — [`ResourcePlan`] with internal and external [`ResourceNeed`]s;
//! * 6.1.2 — [`Person`]s and [`StaffingNeed`]s per role;
//! * 6.1.3 — [`FinancialResources`]: fund needs, budget lines with planned and actual
//!   [`Money`](crate::common::Money), a variance threshold and the actions taken;
//! * 6.1.4 — [`NaturalResource`] records;
//! * 6.1.5 — [`Asset`]s and [`TechnologyManagement`] a)–e);
//! * 6.1.6 — [`Instrument`]s with calibration or verification records;
//! * 6.1.7 — [`KnowledgeItem`]s;
//! * 6.2 — [`CompetenceRequirement`]s, each person's [`CompetenceEvidence`], and
//!   [`Training`]s with their effectiveness evaluation;
//! * 6.3 — awareness sessions (a [`Training`] with [`AwarenessTopic`]s);
//! * 6.4 — [`DocumentedInformation`] with its control fields, and [`DocumentControl`]
//!   defaults.

mod competence;
mod documents;
mod finance;
mod infrastructure;
mod instruments;
mod knowledge;
mod people;
mod resources;

use crate::common::{Extensions, Interval};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use competence::{
    AwarenessTopic, CompetenceEvidence, CompetenceRequirement, EffectivenessEvaluation,
    EffectivenessResult, EvidenceKind, Training, TrainingKind,
};
pub use documents::{
    AccessLevel, ApprovalAuthority, DisposalMethod, DocumentControl, DocumentKind, DocumentMedium,
    DocumentOrigin, DocumentReview, DocumentReviewOutcome, DocumentStatus, DocumentedInformation,
    Revision,
};
pub use finance::{BudgetLine, FinancialResources, FundHorizon, FundNeed, VarianceAction};
pub use infrastructure::{
    Asset, AssetKind, AssetStatus, GoalStatus, InformationSharing, InformationUse, TechnologyGoal,
    TechnologyManagement,
};
pub use instruments::{
    CalibrationRecord, CalibrationResult, Instrument, InstrumentKind, InstrumentStatus,
    MaintenanceMethod,
};
pub use knowledge::KnowledgeItem;
pub use people::{EmploymentType, Person, RoleTenure, StaffingNeed};
pub use resources::{
    Consumption, ImpactLevel, NaturalResource, NaturalResourceKind, ProvisionStatus,
    ResourceCategory, ResourceNeed, ResourcePlan, ResourceSource,
};

/// Chapter 6 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Support {
    /// People working under the organization's control (6.1.2, 6.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Documented information (6.4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentedInformation>,
    /// The resource plan (6.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_plan: Option<ResourcePlan>,
    /// Headcount needed per role (6.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staffing: Vec<StaffingNeed>,
    /// Fund needs, budget and its comparison with actual spending (6.1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance: Option<FinancialResources>,
    /// Natural resources the business depends on and their environmental impact (6.1.4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub natural_resources: Vec<NaturalResource>,
    /// Infrastructure and work-environment assets (6.1.5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<Asset>,
    /// Management of information and technology (6.1.5 a)–e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub technology: Option<TechnologyManagement>,
    /// Monitoring and measuring resources (6.1.6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<Instrument>,
    /// Organizational knowledge (6.1.7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge: Vec<KnowledgeItem>,
    /// Competence requirements (6.2 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<CompetenceRequirement>,
    /// Trainings, briefings and other actions to build competence (6.2 c)) or awareness (6.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainings: Vec<Training>,
    /// How long an awareness session counts before it must be repeated (6.3); no limit when
    /// absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awareness_refresh: Option<Interval>,
    /// Defaults of the document control procedure, applied to every document that does not
    /// set the field itself (6.4.2, 6.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_control: Option<DocumentControl>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
