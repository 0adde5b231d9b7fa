//! Clause 7.3.3.3 — purchasing: purchases, requirements, review before release, verification.

use crate::common::{Date, Extensions, Money};
use crate::ids::{PersonId, PurchaseId, SupplierId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One line of a purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseLine {
    /// Item, style or SKU and its description.
    pub item: String,
    /// Quantity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    /// Unit price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Money>,
}

/// The purchasing information sent to the supplier — GB/T 36311—2018, 7.3.3.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseRequirements {
    /// Specification of what is bought (quality standard, tech pack, AQL…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specification: Option<String>,
    /// a) approval of products, services, methods, processes and equipment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approvals: Option<String>,
    /// b) qualification of the supplier's personnel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personnel_qualification: Option<String>,
    /// c) requirements of the e-commerce management system passed on to the supplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub management_system: Option<String>,
}

/// The review of purchase requirements for adequacy before release — 7.3.3.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RequirementsReview {
    /// Reviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Date of the review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Found adequate.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub adequate: bool,
}

/// Outcome of checking purchased goods or services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum VerificationResult {
    /// Meets the purchase requirements.
    Conforming,
    /// Does not meet them.
    Nonconforming,
}

/// Verification of purchased products or services on receipt — 7.3.3.3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseVerification {
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Method (incoming AQL sampling, full count…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<VerificationResult>,
    /// What was done with nonconforming goods (return, rework, concession).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposition: Option<String>,
}

/// A purchase from an external provider — GB/T 36311—2018, 7.3.3.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Purchase {
    /// Id.
    pub id: PurchaseId,
    /// Purchase order number.
    pub number: String,
    /// The supplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier: Option<SupplierId>,
    /// What is bought, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<PurchaseLine>,
    /// Requirements stated to the supplier.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub requirements: PurchaseRequirements,
    /// Review of the requirements before release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<RequirementsReview>,
    /// Date the purchase order was sent to the supplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_on: Option<Date>,
    /// Date the goods were received or the service delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_on: Option<Date>,
    /// Verification on receipt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<PurchaseVerification>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
