//! Clause 7.3 — supply chain management (供应链管理): planning, orders, external providers
//! and purchasing, distribution and transport, channels, warehousing and payment.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;

/// Clause 7.3 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SupplyChain {
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
