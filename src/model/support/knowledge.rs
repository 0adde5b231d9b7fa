//! Clause 6.1.7 — organizational knowledge.

use crate::common::{Extensions, Schedule};
use crate::ids::{DocumentId, KnowledgeId, ProcessId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
