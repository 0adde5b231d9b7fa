//! Chapter 6 — resources and competence (资源与能力): resources (people, finance, natural
//! resources, infrastructure and technology, monitoring and measuring resources, knowledge),
//! competence, awareness and documented information.
//!
//! * 6.1.1 — [`ResourcePlan`] with internal and external [`ResourceNeed`]s;
//! * 6.1.2 — [`Person`]s and [`StaffingNeed`]s per role;
//! * 6.1.3 — [`FinancialResources`]: fund needs, budget lines with planned and actual
//!   [`Money`], a variance threshold and the actions taken;
//! * 6.1.4 — [`NaturalResource`] records;
//! * 6.1.5 — [`Asset`]s and [`TechnologyManagement`] a)–e);
//! * 6.1.6 — [`Instrument`]s with calibration or verification records;
//! * 6.1.7 — [`KnowledgeItem`]s;
//! * 6.2 — [`CompetenceRequirement`]s, each person's [`CompetenceEvidence`], and
//!   [`Training`]s with their effectiveness evaluation;
//! * 6.3 — awareness sessions (a [`Training`] with [`AwarenessTopic`]s);
//! * 6.4 — [`DocumentedInformation`] with its control fields, and [`DocumentControl`]
//!   defaults.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, ExactDecimal, Extensions, Interval, Money, Schedule};
use crate::ids::{
    ActionId, AssetId, CompetenceId, DocumentId, InstrumentId, InterestedPartyId, KnowledgeId,
    PersonId, ProcessId, ResourceId, RoleId, SiteId, SupplierId, TrainingId,
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

// ---------------------------------------------------------------------------------------------
// 6.1.2 people

crate::names::open_vocabulary! {
    /// How a person works for the organization.
    pub enum EmploymentType {
        /// Permanent employee.
        Employee = "employee",
        /// Fixed-term or part-time employee.
        FixedTerm = "fixedTerm",
        /// Agency or outsourced worker under the organization's control.
        Agency = "agency",
        /// Independent contractor.
        Contractor = "contractor",
        /// Intern or trainee.
        Intern = "intern",
    }
}

/// A person working under the organization's control — GB/T 36311—2018, 6.1.2, 6.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Id.
    pub id: PersonId,
    /// Name. May be left out when the organization records people by a pseudonymous key
    /// instead (the id, or `pseudonym`). [personal data]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A pseudonymous key (staff number, alias) that identifies the person inside the
    /// organization without naming them. [personal data]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    /// Roles the person holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
    /// Roles held for a period: for a role listed here, these periods say when the person
    /// held it (see [`Person::roles_on`]); a role in `roles` with no entry here counts as held
    /// throughout.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub role_history: Vec<RoleTenure>,
    /// Kind of employment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<EmploymentType>,
    /// First working day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_on: Option<Date>,
    /// Last working day; from the day after, the person no longer counts as staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_on: Option<Date>,
    /// Evidence of competence: education, training, experience (6.2 b), d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competence_evidence: Vec<CompetenceEvidence>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Person {
    /// How messages name the person: the name, else the pseudonym, else the id.
    pub fn label(&self) -> String {
        self.name
            .clone()
            .or_else(|| self.pseudonym.clone())
            .unwrap_or_else(|| self.id.to_string())
    }

    /// Whether the person works for the organization on a date.
    pub fn is_active(&self, on: Date) -> bool {
        self.left_on.is_none_or(|l| l >= on) && self.joined_on.is_none_or(|j| j <= on)
    }

    /// Whether the person held a role on a date: by the periods of `roleHistory` when it has
    /// any for the role, else by `roles`. Employment dates are not considered here.
    pub fn holds_role_on(&self, role: RoleId, on: Date) -> bool {
        let mut periods = self
            .role_history
            .iter()
            .filter(|t| t.role == role)
            .peekable();
        if periods.peek().is_none() {
            return self.roles.contains(&role);
        }
        periods.any(|t| t.covers(on))
    }

    /// The roles the person held on a date (see [`Person::holds_role_on`]), in the order of
    /// `roles`, then of `roleHistory`, each once.
    pub fn roles_on(&self, on: Date) -> Vec<RoleId> {
        let mut out: Vec<RoleId> = Vec::new();
        let all = self
            .roles
            .iter()
            .chain(self.role_history.iter().map(|t| &t.role));
        for r in all {
            if !out.contains(r) && self.holds_role_on(*r, on) {
                out.push(*r);
            }
        }
        out
    }
}

/// A period in which a person held a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RoleTenure {
    /// The role.
    pub role: RoleId,
    /// First day in the role.
    pub from: Date,
    /// Last day in the role; still held when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Remarks (appointment, transfer…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RoleTenure {
    /// Whether the period includes a date.
    pub fn covers(&self, on: Date) -> bool {
        self.from <= on && self.until.is_none_or(|u| u >= on)
    }
}

/// How many people a role needs — GB/T 36311—2018, 6.1.2 (determine and provide the
/// people needed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StaffingNeed {
    /// Id.
    pub id: ResourceId,
    /// The role.
    pub role: RoleId,
    /// Number of people the role needs.
    pub headcount: u32,
    /// How the need was determined, peak arrangements, remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 6.1.1 resource plan

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

// ---------------------------------------------------------------------------------------------
// 6.1.3 financial resources

/// Time horizon of a fund need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FundHorizon {
    /// Within twelve months (working capital, peak-season stock).
    ShortTerm,
    /// Beyond twelve months (investment).
    LongTerm,
}

/// Financial resources — GB/T 36311—2018, 6.1.3: fund needs determined and supplied,
/// actual use compared with the plan, and action taken.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FinancialResources {
    /// The budget or fund procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Short- and long-term fund needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fund_needs: Vec<FundNeed>,
    /// Budget lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget_lines: Vec<BudgetLine>,
    /// Variance, in percent of the plan, beyond which action is required (e.g. `"10"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variance_threshold: Option<ExactDecimal>,
    /// How often actual spending is compared with the plan, and when it last was.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub comparison: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A need for funds and how it is supplied — GB/T 36311—2018, 6.1.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FundNeed {
    /// Id.
    pub id: ResourceId,
    /// What the money is for.
    pub description: String,
    /// Short or long term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<FundHorizon>,
    /// How much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// When it is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by: Option<Date>,
    /// Where the money comes from (cash flow, credit line, capital…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One line of the budget, with the actual spending to compare — GB/T 36311—2018, 6.1.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BudgetLine {
    /// Id.
    pub id: ResourceId,
    /// Name of the line.
    pub name: String,
    /// Role accountable for the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// First day of the budget period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_from: Option<Date>,
    /// Last day of the budget period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_to: Option<Date>,
    /// Planned amount for the whole period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<Money>,
    /// Planned amount up to `actualAsOf`, when the period is not over; the comparison uses
    /// it instead of `planned`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_to_date: Option<Money>,
    /// Actual spending up to `actualAsOf`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Money>,
    /// Date the actual figure runs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_as_of: Option<Date>,
    /// A threshold for this line overriding the general one, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variance_threshold: Option<ExactDecimal>,
    /// Actions decided on the variance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<VarianceAction>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An action decided because actual spending departed from the plan — GB/T 36311—2018,
/// 6.1.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VarianceAction {
    /// Id.
    pub id: ActionId,
    /// What was decided.
    pub description: String,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<Date>,
    /// Who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<PersonId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 6.1.4 natural resources

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

// ---------------------------------------------------------------------------------------------
// 6.1.5 infrastructure and technology

crate::names::open_vocabulary! {
    /// Kind of infrastructure or work-environment asset.
    pub enum AssetKind {
        /// Buildings and premises.
        Building = "building",
        /// Warehouse equipment: racking, packing stations, handling.
        WarehouseEquipment = "warehouseEquipment",
        /// Vehicles.
        Vehicle = "vehicle",
        /// Computers and other hardware.
        Hardware = "hardware",
        /// Networks and network security devices.
        Network = "network",
        /// Installed or licensed software.
        Software = "software",
        /// Software or infrastructure used as a service.
        CloudService = "cloudService",
        /// Web sites, online stores and their back-offices.
        Website = "website",
        /// Work environment: climate control, lighting, safety equipment.
        WorkEnvironment = "workEnvironment",
        /// Anything else.
        Other = "other",
    }
}

impl AssetKind {
    /// Whether the asset is information technology (6.1.5 a) protection applies).
    pub fn is_technology(&self) -> bool {
        matches!(
            self,
            AssetKind::Hardware
                | AssetKind::Network
                | AssetKind::Software
                | AssetKind::CloudService
                | AssetKind::Website
        )
    }
}

/// Lifecycle state of an asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AssetStatus {
    /// Being acquired.
    Planned,
    /// In use.
    InUse,
    /// No longer used.
    Retired,
}

/// An infrastructure or work-environment asset — GB/T 36311—2018, 6.1.5 (determine,
/// provide and maintain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Asset {
    /// Id.
    pub id: AssetId,
    /// Name.
    pub name: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AssetKind>,
    /// Lifecycle state; in use when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AssetStatus>,
    /// Role responsible for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// External provider (vendor, landlord, cloud service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The site (`organization.sites`) where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// Processes that use it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// How it is protected (access control, backup, encryption, locks…) (6.1.5 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub protection: Vec<String>,
    /// Maintenance interval and last maintenance.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub maintenance: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Asset {
    /// Whether the asset is in use (the default when no status is given).
    pub fn in_use(&self) -> bool {
        matches!(self.status, None | Some(AssetStatus::InUse))
    }
}

/// Management of information and technology — GB/T 36311—2018, 6.1.5 a)–e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TechnologyManagement {
    /// The procedure for identifying, acquiring, evaluating, using, protecting and
    /// maintaining information and technology (a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Information extracted, analysed and used in decisions (b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decision_uses: Vec<InformationUse>,
    /// The technology development and upgrade plan (c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development_plan: Option<DocumentId>,
    /// Goals of the technology development and upgrade plan (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<TechnologyGoal>,
    /// Information and technology shared with interested parties (d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sharing: Vec<InformationSharing>,
    /// The periodic review procedure (e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_procedure: Option<DocumentId>,
    /// Review interval and last review (e)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Information extracted and analysed and the decision it informed — GB/T 36311—2018,
/// 6.1.5 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InformationUse {
    /// The analysis made.
    pub analysis: String,
    /// Where the data came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The management decision it informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// Date of the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where it is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
}

/// State of a planned goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum GoalStatus {
    /// Not started.
    Planned,
    /// Under way.
    InProgress,
    /// Achieved.
    Completed,
    /// Dropped (say why in the note).
    Cancelled,
}

/// A goal of the technology development and upgrade plan, with its measures — GB/T
/// 36311—2018, 6.1.5 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TechnologyGoal {
    /// Id.
    pub id: ResourceId,
    /// What is to be achieved.
    pub objective: String,
    /// Measures to take, including those making the technology more advanced or practical.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// Responsible role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Target date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<Date>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GoalStatus>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Information or technology communicated to or shared with an interested party — GB/T
/// 36311—2018, 6.1.5 d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InformationSharing {
    /// The interested party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<InterestedPartyId>,
    /// What is shared.
    pub what: String,
    /// How (interface, report, meeting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    /// How often it is shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
    /// When it was last shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_shared: Option<Date>,
}

// ---------------------------------------------------------------------------------------------
// 6.1.6 monitoring and measuring resources

crate::names::open_vocabulary! {
    /// Kind of monitoring or measuring resource.
    pub enum InstrumentKind {
        /// Weighing scale.
        Scale = "scale",
        /// Thermometer, hygrometer or data logger.
        Thermohygrometer = "thermohygrometer",
        /// Tape, ruler, gauge.
        DimensionalGauge = "dimensionalGauge",
        /// Colour or fabric tester.
        Tester = "tester",
        /// Website, uptime or performance monitoring tool.
        WebsiteMonitor = "websiteMonitor",
        /// Other software used to measure (analytics, survey tools).
        Software = "software",
        /// Anything else.
        Other = "other",
    }
}

/// State of a monitoring or measuring resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InstrumentStatus {
    /// In use.
    InUse,
    /// Taken out of use (quarantined, under repair).
    OutOfService,
    /// Disposed of.
    Retired,
}

crate::names::open_vocabulary! {
    /// How a resource is kept fit for purpose (6.1.6 b)).
    pub enum MaintenanceMethod {
        /// Calibration by an accredited laboratory or metrology institute.
        ExternalCalibration = "externalCalibration",
        /// Verification in house against a reference standard.
        InternalVerification = "internalVerification",
        /// Functional test (software tools: alerting, synthetic transactions).
        FunctionalCheck = "functionalCheck",
    }
}

/// Outcome of a calibration or verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CalibrationResult {
    /// Within tolerance.
    Pass,
    /// Out of tolerance, adjusted, now within tolerance.
    Adjusted,
    /// Out of tolerance.
    Fail,
}

/// A monitoring or measuring resource — GB/T 36311—2018, 6.1.6: suitable for the
/// measurement (a)), maintained (b)), with records as evidence of fitness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Instrument {
    /// Id.
    pub id: InstrumentId,
    /// Name.
    pub name: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<InstrumentKind>,
    /// The site (`organization.sites`) where it is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// Asset tag or serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// State; in use when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InstrumentStatus>,
    /// Responsible role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Where it is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What it verifies (which product or service requirement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Range and accuracy needed by the measurement, and what the resource offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<String>,
    /// Who confirmed it suits the measurement, and when (6.1.6 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suitability_confirmed: Option<Approval>,
    /// How it is kept fit for purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MaintenanceMethod>,
    /// Calibration or verification interval and last date (6.1.6 b)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub calibration: Schedule,
    /// Calibration or verification records (evidence of fitness).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<CalibrationRecord>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Instrument {
    /// Whether the resource is in use (the default when no status is given).
    pub fn in_use(&self) -> bool {
        matches!(self.status, None | Some(InstrumentStatus::InUse))
    }
}

/// One calibration or verification — GB/T 36311—2018, 6.1.6 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CalibrationRecord {
    /// Date.
    pub date: Date,
    /// Outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<CalibrationResult>,
    /// Laboratory or person who did it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performed_by: Option<String>,
    /// The certificate or verification record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<DocumentId>,
}

// ---------------------------------------------------------------------------------------------
// 6.1.7 knowledge

/// A piece of organizational knowledge — GB/T 36311—2018, 6.1.7: determined, maintained,
/// available, reviewed and updated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KnowledgeItem {
    /// Id.
    pub id: KnowledgeId,
    /// Topic.
    pub topic: String,
    /// What the knowledge is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Processes that need it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Role keeping it up to date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Where it is maintained.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentId>,
    /// Roles that have access to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub available_to: Vec<RoleId>,
    /// How additional or updated knowledge is obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_method: Option<String>,
    /// Review interval and last review.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 6.2 competence, 6.3 awareness

crate::names::open_vocabulary! {
    /// Kind of evidence of competence (6.2 b)).
    pub enum EvidenceKind {
        /// Formal education (degree, diploma).
        Education = "education",
        /// Training attended.
        Training = "training",
        /// Work experience.
        Experience = "experience",
        /// Professional certificate or licence.
        Certification = "certification",
    }
}

/// A competence required of the holders of some roles — GB/T 36311—2018, 6.2 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CompetenceRequirement {
    /// Id.
    pub id: CompetenceId,
    /// Name.
    pub name: String,
    /// What the competence covers, and the level required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Roles that need it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
    /// Kinds of evidence accepted; any kind when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted_evidence: Vec<EvidenceKind>,
    /// How long evidence stays valid (refresher training); unlimited when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Interval>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Evidence that a person has a competence — GB/T 36311—2018, 6.2 b), d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CompetenceEvidence {
    /// The competence.
    pub competence: CompetenceId,
    /// Kind of evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EvidenceKind>,
    /// What it is (degree, course, years of experience).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Date obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Expiry of a certificate or licence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// The training that produced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<TrainingId>,
    /// The retained documented information (6.2 d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
}

crate::names::open_vocabulary! {
    /// Kind of training or other action.
    pub enum TrainingKind {
        /// Classroom or online course, internal.
        InternalCourse = "internalCourse",
        /// Course by an external provider.
        ExternalCourse = "externalCourse",
        /// Training on the job, coaching, mentoring.
        OnTheJob = "onTheJob",
        /// Briefing or meeting (typical for awareness).
        Briefing = "briefing",
        /// Hiring or reassignment of competent people.
        Recruitment = "recruitment",
    }
}

/// What people must be aware of — GB/T 36311—2018, 6.3 a)–d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AwarenessTopic {
    /// 6.3 a) the e-commerce strategy.
    Strategy,
    /// 6.3 b) the relevant e-commerce objectives.
    Objectives,
    /// 6.3 c) their contribution to the system's effectiveness and the benefits of better
    /// performance.
    Contribution,
    /// 6.3 d) the consequences of not conforming.
    Consequences,
}

impl AwarenessTopic {
    /// All topics with the catalog item that asks for each.
    pub const ALL: [(AwarenessTopic, &'static str); 4] = [
        (AwarenessTopic::Strategy, "6.3.a"),
        (AwarenessTopic::Objectives, "6.3.b"),
        (AwarenessTopic::Contribution, "6.3.c"),
        (AwarenessTopic::Consequences, "6.3.d"),
    ];
}

/// Result of an effectiveness evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EffectivenessResult {
    /// The competence was acquired.
    Effective,
    /// Partly acquired.
    PartlyEffective,
    /// Not acquired.
    NotEffective,
}

/// How the effectiveness of a training was evaluated — GB/T 36311—2018, 6.2 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EffectivenessEvaluation {
    /// Method (test, observation at work, KPI comparison).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<EffectivenessResult>,
    /// Follow-up when not (fully) effective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
}

/// A training, briefing or other action to acquire competence (6.2 c)) or build awareness
/// (6.3) — GB/T 36311—2018, 6.2 c), 6.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Training {
    /// Id.
    pub id: TrainingId,
    /// Title.
    pub title: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TrainingKind>,
    /// Date (first day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Trainer or training provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Competences it is meant to build (6.2 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<CompetenceId>,
    /// Awareness topics it covered (6.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awareness_topics: Vec<AwarenessTopic>,
    /// Who attended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<PersonId>,
    /// Date by which effectiveness must be evaluated; when absent, the parameter
    /// `effectivenessEvaluationWithin` after the training (3 months by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_due: Option<Date>,
    /// Effectiveness evaluation (6.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<EffectivenessEvaluation>,
    /// Attendance sheet or training record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 6.4 documented information

/// Lifecycle state of documented information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentStatus {
    /// Being written; not yet in force.
    Draft,
    /// Approved and in force.
    Effective,
    /// Replaced by a newer version or withdrawn.
    Obsolete,
}

crate::names::open_vocabulary! {
    /// What kind of documented information it is.
    pub enum DocumentKind {
        /// Management-system manual.
        Manual = "manual",
        /// Policy or statement of principles.
        Policy = "policy",
        /// Procedure.
        Procedure = "procedure",
        /// Plan (strategy, objectives, budget, crisis plan).
        Plan = "plan",
        /// Work instruction.
        WorkInstruction = "workInstruction",
        /// Blank form or template.
        Form = "form",
        /// A maintained list or log (register of risks, records, training).
        Register = "register",
        /// A record: retained evidence of something done; protected once approved.
        Record = "record",
        /// Standard, regulation, platform rules or other specification.
        Specification = "specification",
        /// Contract or agreement.
        Contract = "contract",
        /// Anything else.
        Other = "other",
    }
}

/// Whether documented information is the organization's own or comes from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentOrigin {
    /// Written by the organization.
    Internal,
    /// Of external origin (standards, laws, platform rules, customer or supplier documents).
    External,
}

crate::names::open_vocabulary! {
    /// Medium (载体) of documented information (6.4.2 b)).
    pub enum DocumentMedium {
        /// Electronic only.
        Electronic = "electronic",
        /// Paper only.
        Paper = "paper",
        /// Both.
        ElectronicAndPaper = "electronicAndPaper",
    }
}

/// Who may read documented information (6.4.3 a)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AccessLevel {
    /// Anyone, including interested parties.
    Public,
    /// All staff.
    Internal,
    /// Only the roles on the distribution list.
    Restricted,
    /// Only the roles on the distribution list, under confidentiality.
    Confidential,
}

impl AccessLevel {
    /// Whether only listed roles may read it.
    pub fn needs_distribution_list(&self) -> bool {
        matches!(self, AccessLevel::Restricted | AccessLevel::Confidential)
    }
}

crate::names::open_vocabulary! {
    /// How documented information was disposed of (6.4.3 d)).
    pub enum DisposalMethod {
        /// Paper shredded.
        Shredded = "shredded",
        /// Electronic copies securely deleted.
        SecurelyDeleted = "securelyDeleted",
        /// Handed to an archive or to its owner.
        Transferred = "transferred",
    }
}

/// One version in the change history of documented information — GB/T 36311—2018,
/// 6.4.3 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// Version label.
    pub version: String,
    /// Date of the version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What changed and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<String>,
    /// Who approved the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
}

/// Defaults set by the document control procedure — GB/T 36311—2018, 6.4.2, 6.4.3. A
/// document's own value always wins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DocumentControl {
    /// The document control procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Default medium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<DocumentMedium>,
    /// Default file format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Default access level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_level: Option<AccessLevel>,
    /// Default storage location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// Default protection measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub protection: Vec<String>,
    /// Default retention period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Interval>,
    /// Default review interval of controlled documents (not records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval: Option<Interval>,
    /// Who approves which kind of document, as the procedure lays down (6.4.2 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvers: Vec<ApprovalAuthority>,
}

/// The roles the document control procedure lets approve one kind of document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalAuthority {
    /// The kind of document.
    pub kind: DocumentKind,
    /// The roles whose holders may approve it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
}

/// What a review of documented information before approval concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentReviewOutcome {
    /// Suitable and adequate as it stands.
    Suitable,
    /// Suitable once the changes asked for are made.
    SuitableWithChanges,
    /// Not suitable or not adequate.
    NotSuitable,
}

/// A review of documented information before its approval — GB/T 36311—2018, 6.4.2 c):
/// review and approval are two steps, often by different people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DocumentReview {
    /// The reviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// When it was reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What the review concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DocumentReviewOutcome>,
}

/// One piece of documented information (成文信息) — GB/T 36311—2018, 6.4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DocumentedInformation {
    /// Id.
    pub id: DocumentId,
    /// Document code shown on the document, e.g. `QP-7.3-01` (identification, 6.4.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Title.
    pub title: String,
    /// Version label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Lifecycle state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DocumentStatus>,
    /// Approval (6.4.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The review of this version for suitability and adequacy before it was approved
    /// (6.4.2 c)), where it is recorded apart from the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_approval_review: Option<DocumentReview>,
    /// Date from which the version is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Date>,
    /// Kind (description, 6.4.2 a)); records are protected against change once approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// What the document is for (description, 6.4.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Role responsible for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Internal, or of external origin (6.4.3); internal when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<DocumentOrigin>,
    /// Issuer of a document of external origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Catalog ids of the requirements of GB/T 36311—2018 it satisfies (6.4.1 a)), e.g.
    /// `3.3`, `6.2.d`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_by: Vec<String>,
    /// Medium (6.4.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<DocumentMedium>,
    /// File format and language (6.4.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Who may read it (6.4.3 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_level: Option<AccessLevel>,
    /// Roles it is distributed to (6.4.3 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<RoleId>,
    /// Where it is stored (6.4.3 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// How it is protected and kept legible (6.4.3 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub protection: Vec<String>,
    /// Periodic review for continuing suitability (6.4.2 c)); not for records.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Change history, one entry per version (6.4.3 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Revision>,
    /// Retention period (6.4.3 d)), counted for records from approval and for other
    /// documents from withdrawal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Interval>,
    /// Date withdrawn from use (obsolete documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_on: Option<Date>,
    /// Why it is kept past its retention period (legal hold, dispute…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_hold: Option<String>,
    /// Date disposed of (6.4.3 d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposed_on: Option<Date>,
    /// How it was disposed of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposal_method: Option<DisposalMethod>,
    /// Write-protected (read-only, WORM storage, signed PDF) — for records.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// Date of the last change to the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<Date>,
    /// Content digest taken at approval, e.g. `sha256:…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_digest: Option<String>,
    /// Content digest now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_digest: Option<String>,
    /// Digest of this version's entry, taken when it was approved: `sha256:` and 64 hex
    /// digits of the SHA-256 of its canonical content (`ecms::diff::canonical_content`:
    /// identification, approval and description of the version, without its control data).
    /// `ecms diff` reports a version whose entry no longer matches it (6.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_digest: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl DocumentedInformation {
    /// Whether it is a record (retained evidence).
    pub fn is_record(&self) -> bool {
        self.kind == Some(DocumentKind::Record)
    }

    /// Whether it is the version in force on a date: effective, in force from that date or
    /// earlier, and not disposed of.
    pub fn is_current(&self, on: Date) -> bool {
        self.status == Some(DocumentStatus::Effective)
            && self.effective_from.is_none_or(|d| d <= on)
            && self.disposed_on.is_none_or(|d| d > on)
    }

    /// Of external origin.
    pub fn is_external(&self) -> bool {
        self.origin == Some(DocumentOrigin::External)
    }

    /// The date retention is counted from: approval (or effective date) for records,
    /// withdrawal for other documents.
    pub fn retention_start(&self) -> Option<Date> {
        if self.is_record() {
            self.approval
                .as_ref()
                .and_then(|a| a.date)
                .or(self.effective_from)
        } else {
            self.withdrawn_on
        }
    }
}

crate::names::serialized_names!(AwarenessTopic);
