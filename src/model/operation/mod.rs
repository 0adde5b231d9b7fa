//! Chapter 7 — operation (运行): key processes, operations management (platforms, listing,
//! customer service, crisis), the supply chain ([`supply_chain`], 7.3), marketing,
//! information, funds and information security.
//!
//! * 7.1 key-process control plans: [`ProcessControl`] (the processes themselves, with their
//!   `key` and `outsourced` flags, live in [`crate::model::context`]);
//! * 7.2 operations management: [`operations`];
//! * 7.3 supply chain: [`supply_chain`];
//! * 7.4 marketing: [`marketing`];
//! * 7.5 information management: [`information`];
//! * 7.6 funds management: [`funds`];
//! * 7.7 information security: [`security`].

pub mod funds;
pub mod information;
pub mod marketing;
pub mod operations;
pub mod security;
pub mod supply_chain;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Extensions;
use crate::ids::{DocumentId, ProcessId};

pub use funds::FundManagement;
pub use information::InformationManagement;
pub use marketing::Marketing;
pub use operations::{
    CrisisManagement, CustomerService, ListingManagement, OperatingModel, PlatformSelection,
};
pub use security::InformationSecurity;
pub use supply_chain::SupplyChain;

/// Chapter 7 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// 7.1 how each key process is planned and controlled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_controls: Vec<ProcessControl>,
    /// 7.2.1 the operating model and its operations processes.
    #[serde(default)]
    pub operating_model: OperatingModel,
    /// 7.2.2 platform selection strategy and the platforms the organization trades on.
    #[serde(default)]
    pub platform_selection: PlatformSelection,
    /// 7.2.3 product listing and delisting: strategy, classification, description, pricing,
    /// products and price changes.
    #[serde(default)]
    pub listing: ListingManagement,
    /// 7.2.4 customer service, complaints and customer property.
    #[serde(default)]
    pub customer_service: CustomerService,
    /// 7.2.5 crisis prevention and handling.
    #[serde(default)]
    pub crisis: CrisisManagement,
    /// 7.3 supply chain management.
    #[serde(default)]
    pub supply_chain: SupplyChain,
    /// 7.4 marketing management and campaigns.
    #[serde(default)]
    pub marketing: Marketing,
    /// 7.5 information management and information systems.
    #[serde(default)]
    pub information: InformationManagement,
    /// 7.6 financial control system and fund procedures.
    #[serde(default)]
    pub funds: FundManagement,
    /// 7.7 information security.
    #[serde(default)]
    pub security: InformationSecurity,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The plan and controls of one key (or outsourced) process — GB/T 36311—2018, 7.1: key
/// processes are planned, implemented and "有效的控制" (effectively controlled), with the
/// documented information of a) and b) retained.
///
/// Not an entity of its own: it is keyed by the process it controls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProcessControl {
    /// The process controlled (a process of 3.4 marked `key` or `outsourced`).
    pub process: ProcessId,
    /// Which strategy elements and objectives the process serves, showing it is fit for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Criteria the process must meet (targets, time limits, acceptance criteria).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<String>,
    /// How the process is controlled (checks, approvals, monitoring points); for an
    /// outsourced process, how the provider is controlled (see 7.3.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
    /// Records retained to give confidence that the process ran as planned (7.1 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub execution_records: Vec<DocumentId>,
    /// Records retained to show that products and services conform (7.1 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conformity_records: Vec<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
