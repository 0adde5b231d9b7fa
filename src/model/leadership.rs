//! Chapter 4 — leadership (领导作用): commitment, strategy, roles and communication.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;
use crate::ids::{PersonId, RoleId};

/// Chapter 4 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Leadership {
    /// Roles (posts) with their responsibilities and authorities (4.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A role (post, 岗位) with its responsibilities and authorities — GB/T 36311—2018, 4.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    /// Id.
    pub id: RoleId,
    /// Name of the role.
    pub name: String,
    /// What the role is responsible for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    /// What the role may decide or approve.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorities: Vec<String>,
    /// People holding the role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holders: Vec<PersonId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
