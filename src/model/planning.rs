//! Chapter 5 — planning (策划): risks and opportunities, objectives and planned changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;

/// Chapter 5 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Planning {
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
