//! Clause 7.2.1 — the operating model, customer segments and operations processes.

use crate::common::{Extensions, Schedule};
use crate::ids::{DocumentId, ProcessId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The operating model and the planning of operations processes — GB/T 36311—2018, 7.2.1:
/// an operating model suited to the organization and its market, with items a)–f) determined.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OperatingModel {
    /// The operating model adopted (e.g. own-brand stores on third-party marketplaces) and
    /// why it suits the organization and its market.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The documented information describing the model and its processes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Target customer segments and what they need (7.2.1 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_customers: Vec<CustomerSegment>,
    /// The operations processes; together they make up the operating system (7.2.1 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<OperationsProcess>,
    /// How customer feedback is gathered and evaluated (7.2.1 e)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub feedback: CustomerFeedback,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A target customer segment and its needs — GB/T 36311—2018, 7.2.1 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerSegment {
    /// Name of the segment.
    pub name: String,
    /// What the segment needs and expects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
}

crate::names::open_vocabulary! {
    /// Area of operations management that 7.2.1 says the operations processes must include.
    pub enum OperationsArea {
        /// Platform selection (7.2.2).
        PlatformSelection = "platformSelection",
        /// Product listing and delisting (7.2.3).
        Listing = "listing",
        /// Customer service (7.2.4).
        CustomerService = "customerService",
        /// Crisis management (7.2.5).
        CrisisManagement = "crisisManagement",
        /// Any further operations process.
        Other = "other",
    }
}

impl OperationsArea {
    /// The four areas 7.2.1 requires.
    pub const REQUIRED: [OperationsArea; 4] = [
        OperationsArea::PlatformSelection,
        OperationsArea::Listing,
        OperationsArea::CustomerService,
        OperationsArea::CrisisManagement,
    ];
}

/// One operations process as planned under 7.2.1 — GB/T 36311—2018, 7.2.1 a), c), d), f).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OperationsProcess {
    /// Which area of operations management it runs.
    pub area: OperationsArea,
    /// The process of the management system (3.4) that implements it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// The role responsible (7.2.1 f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// Authorities of that role within the process (7.2.1 f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorities: Vec<String>,
    /// Review, verification and validation activities suited to the process (7.2.1 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verification: Vec<String>,
    /// Measures of its efficiency and effectiveness (7.2.1 d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
}

/// Feedback from customers and its evaluation — GB/T 36311—2018, 7.2.1 e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerFeedback {
    /// Channels through which feedback on customer needs arrives (reviews, surveys…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// Periodic evaluation of that feedback.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub evaluation: Schedule,
}
