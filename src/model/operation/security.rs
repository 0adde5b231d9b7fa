//! Clause 7.7 — information security management (信息安全管理): awareness, accountability,
//! technical safeguards, incidents, and the risks of the network, the portal, the trading
//! system or platform and customers' personal information.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Extensions, Interval, Schedule};
use crate::ids::{DocumentId, IncidentId, PersonId, RiskId, RoleId, SystemId};

/// Information security management — GB/T 36311—2018, 7.7 a)–f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InformationSecurity {
    /// The documented security policy and procedures everyone works to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<DocumentId>,
    /// Awareness training (a)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub awareness: SecurityAwareness,
    /// Security responsibilities and who carries them (b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<SecurityResponsibility>,
    /// Technical measures, equipment and facilities (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technical_measures: Vec<SecurityMeasure>,
    /// Longest time an incident may stay open (d)): the organization's value of the
    /// parameter `incidentClosureLimit`, winning over `policy.parameters`; 30 days by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_closure_limit: Option<Interval>,
    /// Security incidents (d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incidents: Vec<SecurityIncident>,
    /// Security risks and their controls (e), f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<SecurityRisk>,
    /// Security obligations accepted by interested parties working under the
    /// organization's control: outsourced customer service or IT, carriers and other
    /// providers that handle customer data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub party_obligations: Vec<PartySecurityObligations>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The security obligations an interested party working under the organization's control
/// has accepted — GB/T 36311—2018, 7.7: such parties are required to manage information
/// security according to the organization's policy and procedures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PartySecurityObligations {
    /// The external provider bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<crate::ids::SupplierId>,
    /// The carrier bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<crate::ids::CarrierId>,
    /// The interested party bound, where it is neither a provider nor a carrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<crate::ids::InterestedPartyId>,
    /// The obligations: confidentiality, access limited to what the work needs, deletion
    /// after use, incident reporting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub obligations: Vec<String>,
    /// The agreement that holds them (confidentiality or data processing agreement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<DocumentId>,
    /// When the party accepted them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_on: Option<Date>,
}

/// Security awareness training — GB/T 36311—2018, 7.7 a): everyone is made aware.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityAwareness {
    /// How often everyone must attend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// Sessions held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<AwarenessSession>,
}

/// One awareness session — GB/T 36311—2018, 7.7 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AwarenessSession {
    /// When.
    pub date: Date,
    /// Topic.
    pub topic: String,
    /// Who attended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<PersonId>,
    /// Attendance record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
}

/// A security responsibility assigned to a role — GB/T 36311—2018, 7.7 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityResponsibility {
    /// What must be done (access control, backups, incident response…).
    pub duty: String,
    /// The role accountable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
}

/// A technical security measure, equipment or facility — GB/T 36311—2018, 7.7 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityMeasure {
    /// What it is (firewall, MFA, encrypted backup…).
    pub name: String,
    /// Information systems it protects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<SystemId>,
}

/// How severe an incident is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum IncidentSeverity {
    /// No data or service affected.
    Low,
    /// Limited effect.
    Medium,
    /// Data or service significantly affected.
    High,
    /// Personal data breached or trading stopped.
    Critical,
}

/// An information-security incident — GB/T 36311—2018, 7.7 d): "得到有效处理" (handled
/// effectively).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityIncident {
    /// Id.
    pub id: IncidentId,
    /// What happened.
    pub title: String,
    /// Severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<IncidentSeverity>,
    /// When it was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detected_on: Option<Date>,
    /// When it was reported to the security officer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_on: Option<Date>,
    /// Systems affected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<SystemId>,
    /// Customers' personal information was involved.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub personal_data: bool,
    /// Who handled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handled_by: Option<PersonId>,
    /// Actions taken (containment, recovery, prevention).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// Cause found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_cause: Option<String>,
    /// When it was closed; open while absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// Area of e-commerce security risk that 7.7 f) names.
    pub enum SecurityArea {
        /// f) 1) network.
        Network = "network",
        /// f) 2) portal web site.
        Portal = "portal",
        /// f) 3) trading system or trading platform.
        TradingSystem = "tradingSystem",
        /// f) 4) customers' personal information.
        CustomerPersonalInformation = "customerPersonalInformation",
        /// Any other area.
        Other = "other",
    }
}

impl SecurityArea {
    /// The four areas of 7.7 f) with their catalog sub-items.
    pub const REQUIRED: [(SecurityArea, &'static str); 4] = [
        (SecurityArea::Network, "7.7.f.1"),
        (SecurityArea::Portal, "7.7.f.2"),
        (SecurityArea::TradingSystem, "7.7.f.3"),
        (SecurityArea::CustomerPersonalInformation, "7.7.f.4"),
    ];
}

/// Rating of a security risk.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RiskLevel {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// An information-security risk and its controls — GB/T 36311—2018, 7.7 e), f).
///
/// Its id is a [`RiskId`], the same kind as the risks of 5.1: a security risk is a risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityRisk {
    /// Id.
    pub id: RiskId,
    /// Which area of 7.7 f) it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<SecurityArea>,
    /// The risk.
    pub description: String,
    /// Rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<RiskLevel>,
    /// Controls in place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
    /// The role that owns the risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Periodic reassessment.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
}
