//! Chapter 7 — operation (运行): key processes, operations management (platforms, listing,
//! customer service, crisis), the supply chain ([`supply_chain`], 7.3), marketing,
//! information, funds and information security.

pub mod supply_chain;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;

pub use supply_chain::SupplyChain;

/// Chapter 7 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// 7.3 supply chain management.
    #[serde(default)]
    pub supply_chain: SupplyChain,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
