//! Chapter 8 — performance evaluation (绩效评价): monitoring, KPIs, internal audit, management review.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;

/// Chapter 8 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Performance {
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
