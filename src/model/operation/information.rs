//! Clause 7.5 — information management (信息管理): internal and external information
//! processes and the information systems that support them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Extensions, Schedule};
use crate::ids::{DocumentId, ProcessId, RoleId, SystemId};

/// Information management — GB/T 36311—2018, 7.5.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InformationManagement {
    /// The documented information-management procedure ("按照规定的程序").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Internal and external information flows and their handling requirements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flows: Vec<InformationFlow>,
    /// Information systems determined, provided and maintained.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<InformationSystem>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Whether information arises inside the organization or comes from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InformationOrigin {
    /// Inside the organization.
    Internal,
    /// Outside (platforms, customers, regulators, market).
    External,
}

impl InformationOrigin {}

/// One information flow and how it is handled — GB/T 36311—2018, 7.5: information is
/// collected, processed, stored, used and fed back under defined requirements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InformationFlow {
    /// Name of the information (e.g. "platform rule changes").
    pub name: String,
    /// Internal or external.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<InformationOrigin>,
    /// How and by whom it is collected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection: Option<String>,
    /// How it is processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing: Option<String>,
    /// Where and how long it is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// Who uses it, for what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// How the outcome is fed back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// Systems that carry it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<SystemId>,
}

/// Lifecycle state of an information system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SystemStatus {
    /// Being introduced.
    Planned,
    /// In use.
    InUse,
    /// Switched off.
    Retired,
}

/// An information system used by the information processes — GB/T 36311—2018, 7.5:
/// determined, provided and "维护" (maintained).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct InformationSystem {
    /// Id.
    pub id: SystemId,
    /// Name.
    pub name: String,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Vendor or provider (SaaS, in-house…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The role that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Processes it supports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Lifecycle state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SystemStatus>,
    /// Holds customers' personal information.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub personal_data: bool,
    /// Periodic maintenance (updates, backups restored, access reviewed).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub maintenance: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(InformationOrigin);
