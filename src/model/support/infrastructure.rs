//! Clause 6.1.5 — infrastructure and environment: assets, and information and technology a)–e).

use crate::common::{Date, Extensions, Interval, Schedule};
use crate::ids::{AssetId, DocumentId, InterestedPartyId, ProcessId, ResourceId, RoleId, SiteId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
