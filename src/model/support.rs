//! Chapter 6 — resources and competence (资源与能力): resources, people, competence,
//! awareness and documented information.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, Extensions};
use crate::ids::{DocumentId, PersonId, RoleId};

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
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A person working under the organization's control — GB/T 36311—2018, 6.1.2, 6.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Id.
    pub id: PersonId,
    /// Name (personal data).
    pub name: String,
    /// Roles the person holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

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
    /// Date from which the version is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<NaiveDate>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
