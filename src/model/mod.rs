//! The typed model of one organization's e-commerce management system.
//!
//! The root is [`EcmsDocument`]; below it one module per chapter of GB/T 36311—2018:
//! [`context`] (3), [`leadership`] (4), [`planning`] (5), [`support`] (6), [`operation`] (7,
//! with [`operation::supply_chain`] for 7.3), [`performance`] (8) and [`improvement`] (9).
//!
//! Parsing is lenient about *content*: every record a requirement governs may be absent or
//! empty, so that the rules can report its absence as a finding. Parsing is strict about
//! *syntax*: a malformed date, UUID, decimal, interval or an unknown enum value is an error.

pub mod context;
pub mod improvement;
pub mod leadership;
pub mod operation;
pub mod performance;
pub mod planning;
pub mod support;

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Extensions, Interval, UtcOffset};
use crate::ids::{AssessmentId, DocumentId, LegalEntityId, PersonId, SiteId};

pub use context::Context;
pub use improvement::Improvement;
pub use leadership::Leadership;
pub use operation::Operation;
pub use performance::Performance;
pub use planning::Planning;
pub use support::Support;

/// The version of the document format this crate reads and writes.
pub const SCHEMA_VERSION: &str = "1.1";

/// One organization's e-commerce management system: the root of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EcmsDocument {
    /// Format version: `"1.1"`, or `"1.0"` for documents written before open vocabularies,
    /// time zones, pseudonyms, structure and history were added (read as they are).
    pub schema_version: String,
    /// Who the organization is and how it trades.
    pub organization: OrganizationProfile,
    /// Chapter 3: context, interested parties, scope, processes.
    #[serde(default)]
    pub context: Context,
    /// Chapter 4: leadership, strategy, roles, communication.
    #[serde(default)]
    pub leadership: Leadership,
    /// Chapter 5: risks and opportunities, objectives, planned changes.
    #[serde(default)]
    pub planning: Planning,
    /// Chapter 6: resources, competence, awareness, documented information.
    #[serde(default)]
    pub support: Support,
    /// Chapter 7: operation, including the supply chain.
    #[serde(default)]
    pub operation: Operation,
    /// Chapter 8: monitoring, KPIs, internal audit, management review.
    #[serde(default)]
    pub performance: Performance,
    /// Chapter 9: nonconformities, corrective actions, improvement.
    #[serde(default)]
    pub improvement: Improvement,
    /// Self-assessments of requirements that no record can prove by itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
    /// Organization-wide settings the rules read (validity of assessments…).
    #[serde(default)]
    pub policy: Policy,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl EcmsDocument {
    /// The organization's time zone: `organization.timeZone`, or `+08:00` when absent.
    pub fn time_zone(&self) -> UtcOffset {
        self.organization.time_zone.unwrap_or_default()
    }

    /// An empty document of the current format version for an organization of this name:
    /// every section empty, ready to be filled in field by field.
    ///
    /// ```
    /// use ecms::EcmsDocument;
    ///
    /// let mut doc = EcmsDocument::new("Mountain Tea Shop");
    /// doc.organization.sector = Some("tea".into());
    /// let report = ecms::rules::evaluate(&doc, ecms::common::Date::from_ymd(2026, 6, 30).unwrap());
    /// // An empty management system has much to do.
    /// assert!(!report.findings.is_empty());
    /// ```
    pub fn new(organization_name: impl Into<String>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION.to_owned(),
            organization: OrganizationProfile {
                name: organization_name.into(),
                ..OrganizationProfile::default()
            },
            context: Context::default(),
            leadership: Leadership::default(),
            planning: Planning::default(),
            support: Support::default(),
            operation: Operation::default(),
            performance: Performance::default(),
            improvement: Improvement::default(),
            assessments: Vec::new(),
            policy: Policy::default(),
            extensions: Extensions::default(),
        }
    }
}

crate::names::open_vocabulary! {
    /// Business model of an e-commerce organization (2.2 note 1).
    pub enum BusinessModel {
        /// Business to business.
        B2b = "b2b",
        /// Business to consumer.
        B2c = "b2c",
        /// Consumer to consumer.
        C2c = "c2c",
        /// Business to business to consumer: supplying merchants who sell to consumers, or selling through a platform that resells.
        B2b2c = "b2b2c",
        /// Online to offline: online orders served or collected in a physical shop.
        O2o = "o2o",
        /// Cross-border import to buyers in China (跨境进口).
        CrossBorderImport = "crossBorderImport",
        /// Cross-border export to buyers abroad (跨境出口).
        CrossBorderExport = "crossBorderExport",
    }
}

crate::names::open_vocabulary! {
    /// The organization's part in e-commerce (2.2; the three kinds of e-commerce operator of
    /// the E-Commerce Law).
    pub enum EcommerceRole {
        /// Operator of an e-commerce platform for other merchants (平台经营者).
        PlatformOperator = "platformOperator",
        /// Merchant selling on platforms operated by others (平台内经营者).
        PlatformMerchant = "platformMerchant",
        /// Seller through its own website or other network services (自建网站经营者).
        OwnChannelOperator = "ownChannelOperator",
    }
}

/// Who the organization is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationProfile {
    /// Trading name.
    pub name: String,
    /// Registered legal name, if different.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// Unified social credit code or other registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    /// B2B, B2C or both.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub business_models: Vec<BusinessModel>,
    /// How the organization takes part in e-commerce: as a platform operator, a merchant on
    /// platforms, or through its own site and other network services (2.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ecommerce_roles: Vec<EcommerceRole>,
    /// The organization's local time as an offset from UTC (`+08:00` when absent): instants
    /// such as order steps are compared with the as-of date in this zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<UtcOffset>,
    /// What the organization sells, in a few words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// Members of top management (最高管理者).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top_management: Vec<PersonId>,
    /// The legal entities the organization consists of: operating company, subsidiaries,
    /// branches, cross-border entities. The scope (3.3) says which of them it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<LegalEntity>,
    /// The organization's sites: offices, warehouses, studios, shops, data centres. The scope
    /// (3.3) says which of them it covers; records kept per site (6.1.4–6.1.6) name theirs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<Site>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// The part a legal entity plays in the organization.
    pub enum EntityRole {
        /// The company that runs the e-commerce business.
        OperatingCompany = "operatingCompany",
        /// A subsidiary company.
        Subsidiary = "subsidiary",
        /// A branch (分公司) without separate legal personality.
        Branch = "branch",
        /// An entity set up for cross-border trade (overseas or bonded-zone company).
        CrossBorderEntity = "crossBorderEntity",
        /// Any other part.
        Other = "other",
    }
}

/// A legal entity of the organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LegalEntity {
    /// Id.
    pub id: LegalEntityId,
    /// Registered name.
    pub name: String,
    /// Unified social credit code or other registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    /// The part it plays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<EntityRole>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// Kind of site.
    pub enum SiteKind {
        /// Office.
        Office = "office",
        /// Warehouse or fulfilment centre.
        Warehouse = "warehouse",
        /// Live-streaming or photo studio.
        Studio = "studio",
        /// Physical shop.
        Shop = "shop",
        /// Customer-service centre.
        CustomerServiceCentre = "customerServiceCentre",
        /// Data centre or server room.
        DataCentre = "dataCentre",
        /// Any other kind.
        Other = "other",
    }
}

/// A site of the organization: a place where it works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Site {
    /// Id.
    pub id: SiteId,
    /// Name.
    pub name: String,
    /// Kind of site.
    pub kind: SiteKind,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The legal entity that runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<LegalEntityId>,
    /// First day in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_on: Option<Date>,
    /// Last day in use; from the day after, the site no longer counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Site {
    /// Whether the site is in use on a date.
    pub fn is_active(&self, on: Date) -> bool {
        self.opened_on.is_none_or(|o| o <= on) && self.closed_on.is_none_or(|c| c >= on)
    }
}

/// Organization-wide settings that rules read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// How long a self-assessment stays valid; one year when absent (the parameter
    /// `assessmentValidity`; this field wins over `parameters.assessmentValidity`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_validity: Option<Interval>,
    /// The organization's own values for the numbers the standard does not state (time
    /// limits, the risk matrix, grace periods); absent ones take the embedder's value or the
    /// library default (see [`crate::params`]).
    #[serde(default, skip_serializing_if = "is_default_parameters")]
    pub parameters: crate::params::Parameters,
}

fn is_default_parameters(p: &crate::params::Parameters) -> bool {
    *p == crate::params::Parameters::default()
}

/// Result of a self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AssessmentStatus {
    /// The requirement is met.
    Conforms,
    /// Partly met: a minor nonconformity.
    PartiallyConforms,
    /// Not met.
    Nonconforming,
    /// Not applicable (needs a justified exclusion under 3.3).
    NotApplicable,
}

/// A person's judgement, with evidence, that one requirement is or is not met.
///
/// Used for requirements no record can prove by itself (e.g. 4.1.1 d), promoting the
/// process approach). An automatic finding always outranks a manual `conforms`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// Id of this assessment.
    pub id: AssessmentId,
    /// Catalog id of the requirement assessed, e.g. `4.1.1.d`.
    pub requirement: String,
    /// The verdict.
    pub status: AssessmentStatus,
    /// Documented information that supports the verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<DocumentId>,
    /// Who assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<PersonId>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Free-text remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
