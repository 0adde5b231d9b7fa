//! Chapter 3 — context of the organization (组织环境): context factors, interested parties,
//! the scope with its exclusions, and the processes of the management system.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, Extensions, Schedule};
use crate::ids::{
    ContextFactorId, DocumentId, ExclusionId, InterestedPartyId, LegalEntityId, ProcessId, RoleId,
    SiteId, StoreId, SupplierId,
};

/// Chapter 3 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Context {
    /// Internal and external factors that affect e-commerce (3.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<ContextFactor>,
    /// Interested parties and their requirements (3.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interested_parties: Vec<InterestedParty>,
    /// The scope of the management system (3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// Processes of the management system (3.4, 7.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<Process>,
    /// The register of compliance obligations: laws, regulations, standards, platform rules
    /// and contracts that apply to the organization (3.1 d), 4.1.2 a), 5.2.1 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compliance_obligations: Vec<ComplianceObligation>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The four kinds of information about context factors that 3.1 a)–d) require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FactorCategory {
    /// 3.1 a) market and customer needs, expectations and preferences.
    MarketAndCustomers,
    /// 3.1 b) what the main competitors are doing.
    Competitors,
    /// 3.1 c) the organization's management, technical and innovation capability.
    Capability,
    /// 3.1 d) reputation, ethical conduct and legal compliance.
    ReputationAndCompliance,
}

impl FactorCategory {
    /// All categories with the catalog item that asks for each.
    pub const ALL: [(FactorCategory, &'static str); 4] = [
        (FactorCategory::MarketAndCustomers, "3.1.a"),
        (FactorCategory::Competitors, "3.1.b"),
        (FactorCategory::Capability, "3.1.c"),
        (FactorCategory::ReputationAndCompliance, "3.1.d"),
    ];
}

/// Whether a factor arises inside or outside the organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FactorOrigin {
    /// Inside the organization.
    Internal,
    /// Outside the organization.
    External,
}

/// An internal or external factor affecting e-commerce — GB/T 36311—2018, 3.1: the
/// organization "应监视、分析和评价" (shall monitor, analyse and evaluate) such factors and
/// review the information about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ContextFactor {
    /// Id.
    pub id: ContextFactorId,
    /// Which of 3.1 a)–d) the factor informs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<FactorCategory>,
    /// Internal or external.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<FactorOrigin>,
    /// What the factor is.
    pub description: String,
    /// The analysis / evaluation made of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// How it is monitored (source, method).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<String>,
    /// Review interval and last review.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// Kind of interested party.
    pub enum PartyKind {
        /// Customers / consumers.
        Customer = "customer",
        /// Suppliers and other external providers.
        Supplier = "supplier",
        /// E-commerce platform operators.
        Platform = "platform",
        /// Regulators and public authorities.
        Regulator = "regulator",
        /// Employees.
        Employee = "employee",
        /// Owners and investors.
        Investor = "investor",
        /// Logistics and payment service partners.
        ServicePartner = "servicePartner",
        /// Community, media, industry bodies.
        Community = "community",
        /// Any other party.
        Other = "other",
        /// Live-streaming hosts, influencers and their agencies (主播、达人).
        Creator = "creator",
    }
}

/// An interested party (相关方) and its requirements — GB/T 36311—2018, 3.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InterestedParty {
    /// Id.
    pub id: InterestedPartyId,
    /// Name.
    pub name: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PartyKind>,
    /// What the party requires of the organization (3.2 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<String>,
    /// Review interval and last review of the party and its requirements.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The scope of the management system — GB/T 36311—2018, 3.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Scope {
    /// The scope statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// Boundaries: sites, platforms, product lines, activities covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boundaries: Vec<String>,
    /// Context factors considered (3.3 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors_considered: Vec<ContextFactorId>,
    /// Interested parties whose requirements were considered (3.3 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties_considered: Vec<InterestedPartyId>,
    /// Interfaces and dependencies between activities, inside and with other organizations
    /// (3.3 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interfaces: Vec<String>,
    /// The documented information that holds the scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Requirements declared not applicable, each with its justification.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclusions: Vec<Exclusion>,
    /// Legal entities (`organization.entities`) the system covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<LegalEntityId>,
    /// Sites (`organization.sites`) the system covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<SiteId>,
    /// Platform stores (`operation.platformSelection.platforms[].stores`) the system covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stores: Vec<StoreId>,
    /// Entities, sites and stores the organization places outside the system, each with the
    /// reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outside: Vec<OutsideScope>,
}

/// An entity, site or store of the organization placed outside the scope of the management
/// system (3.3: the boundaries of the system), with the reason. Names one of the three.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OutsideScope {
    /// The legal entity placed outside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<LegalEntityId>,
    /// The site placed outside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// The store placed outside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<StoreId>,
    /// Why it is outside the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A requirement of the standard declared not applicable — GB/T 36311—2018, 3.3: the
/// organization "应说明理由" (shall justify it); conformity may only be claimed when the
/// exclusion does not affect its ability and responsibility to serve customers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Exclusion {
    /// Id.
    pub id: ExclusionId,
    /// Catalog id of the clause or item excluded, e.g. `7.3.5`.
    pub clause: String,
    /// Why it does not apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// Who approved the exclusion and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// When the exclusion must be reconsidered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<Date>,
    /// First day the exclusion applies; from the start when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Date>,
    /// Day the exclusion was withdrawn: from that day on the requirement applies again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_on: Option<Date>,
    /// The recorded assessment of what the exclusion does to the organization's ability and
    /// responsibility to ensure its e-commerce services and to customer satisfaction (3.3:
    /// conformity may be claimed only when it affects neither).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact_assessment: Option<ImpactAssessment>,
}

/// The assessment of an exclusion's effect — GB/T 36311—2018, 3.3: "只有当所确定的不适用的要求
/// 不影响组织确保其电子商务服务的能力和责任，对增强顾客满意也不会产生影响时，方可声称符合".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImpactAssessment {
    /// What the assessment concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<ImpactConclusion>,
    /// Why: how the services to customers and customer satisfaction stay (or do not stay)
    /// unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
}

/// The conclusion of an exclusion's impact assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ImpactConclusion {
    /// Neither the ability and responsibility to ensure the e-commerce services nor customer
    /// satisfaction is affected.
    NoEffect,
    /// The exclusion affects them: conformity cannot be claimed with it.
    Affects,
}

impl Exclusion {
    /// Whether the exclusion applies on a date: on or after `effectiveFrom`, before
    /// `withdrawnOn`.
    pub fn in_force_on(&self, on: Date) -> bool {
        self.effective_from.is_none_or(|f| f <= on) && self.withdrawn_on.is_none_or(|w| w > on)
    }
}

/// A process of the management system — GB/T 36311—2018, 3.4 (and 7.1 for key and
/// outsourced processes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Process {
    /// Id.
    pub id: ProcessId,
    /// Name.
    pub name: String,
    /// The role that owns the process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Inputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<String>,
    /// Outputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<String>,
    /// Processes this one exchanges inputs/outputs with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interactions: Vec<ProcessId>,
    /// Documented information maintained to support the process (procedures…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentId>,
    /// Records retained to show it runs as planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<DocumentId>,
    /// A key process in the sense of 7.1.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key: bool,
    /// Run by an external provider (7.1, controlled through 7.3.3).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outsourced: bool,
    /// The external provider running it, when outsourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<SupplierId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// What kind of compliance obligation it is.
    pub enum ObligationKind {
        /// A law (法律), e.g. the E-Commerce Law.
        Law = "law",
        /// An administrative regulation or departmental rule (法规、规章).
        Regulation = "regulation",
        /// A mandatory or adopted standard (标准).
        Standard = "standard",
        /// Rules of an e-commerce platform the organization sells on (平台规则).
        PlatformRule = "platformRule",
        /// An obligation taken on by contract.
        Contract = "contract",
        /// Anything else.
        Other = "other",
    }
}

/// The result of an evaluation of compliance with one obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ComplianceResult {
    /// Every requirement of the obligation is met.
    Compliant,
    /// Some requirements are met, others not.
    PartlyCompliant,
    /// The obligation is not met.
    NonCompliant,
}

impl ComplianceResult {
    /// Whether some requirement of the obligation is not met.
    pub fn is_shortfall(&self) -> bool {
        matches!(
            self,
            ComplianceResult::PartlyCompliant | ComplianceResult::NonCompliant
        )
    }
}

/// One dated evaluation of compliance with an obligation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ComplianceEvaluation {
    /// When it was evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ComplianceResult>,
    /// Who evaluated it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<crate::ids::PersonId>,
    /// The record of the evaluation (checklist, legal opinion, platform health report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<DocumentId>,
    /// Remarks: what was checked, what falls short.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The nonconformity raised for a shortfall (9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonconformity: Option<crate::ids::NonconformityId>,
}

/// An entry of the register of compliance obligations (合规义务): a law, regulation,
/// standard, platform rule or contract that applies to the organization, with its owner and
/// the dated evaluations of compliance — the information on legal compliance that 3.1 d)
/// asks to monitor, and the applicable legal requirements that top management determines
/// and meets under 4.1.2 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ComplianceObligation {
    /// Id.
    pub id: crate::ids::ComplianceObligationId,
    /// Title, e.g. 《中华人民共和国电子商务法》.
    pub title: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ObligationKind>,
    /// Who issued it (legislature, ministry, platform operator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Number, version or articles concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// How it applies to the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicability: Option<String>,
    /// The role responsible for meeting it and keeping the entry current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// The text held as documented information of external origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Evaluations of compliance, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<ComplianceEvaluation>,
    /// How often compliance is evaluated, and when it last was.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl ComplianceObligation {
    /// The latest dated evaluation (of several on one day, the one listed last).
    pub fn latest_evaluation(&self) -> Option<&ComplianceEvaluation> {
        self.evaluations
            .iter()
            .filter(|e| e.date.is_some())
            .max_by_key(|e| e.date)
    }
}

crate::names::serialized_names!(FactorCategory);
