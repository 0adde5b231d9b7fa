//! Chapter 9 — improvement (改进): nonconformities, corrective actions, continual improvement.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;

/// Chapter 9 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Improvement {
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
