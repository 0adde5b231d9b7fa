//! Clause 7.2.4 — customer service, complaints and customer property.

use crate::common::{Approval, Date, Extensions, Interval, Money, Schedule};
use crate::ids::{
    ComplaintId, CustomerPropertyId, DocumentId, PersonId, PlatformId, ProductId, RoleId,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Customer service management — GB/T 36311—2018, 7.2.4: customer-service functions and
/// their evaluation, items a)–g), complaints and customer property.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerService {
    /// The documented customer-service procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Criteria by which customer-service staff are evaluated (response time, conversion…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluation_criteria: Vec<String>,
    /// Periodic evaluation of customer-service staff.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub staff_evaluation: Schedule,
    /// Competence customer-service staff need (a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competence: Vec<String>,
    /// Infrastructure provided and maintained for the work (b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub infrastructure: Vec<String>,
    /// Work-environment conditions managed for service quality (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub environment: Vec<String>,
    /// Rules for pre-sale enquiries, contracts and orders and their changes (d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pre_sale_rules: Vec<String>,
    /// How, before a sale, the product is confirmed to meet the customer's needs (e)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub product_confirmation: Vec<String>,
    /// Rules for after-sale feedback, complaints, refunds and returns (f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after_sale_rules: Vec<String>,
    /// Further activities that meet customer needs (g)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_activities: Vec<String>,
    /// Longest time allowed from receiving a complaint to resolving it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_resolution_limit: Option<Interval>,
    /// Roles that may approve refunds, with their limits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refund_authorities: Vec<RefundAuthority>,
    /// How customer property is identified, verified, protected and maintained.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub property_rules: Vec<String>,
    /// Complaints and other after-sale feedback (f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaints: Vec<Complaint>,
    /// Customer property under the organization's control or in its use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customer_property: Vec<CustomerProperty>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A role's authority to approve refunds — GB/T 36311—2018, 7.2.4 f).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RefundAuthority {
    /// The role.
    pub role: RoleId,
    /// Largest refund the role may approve; unlimited when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_amount: Option<Money>,
}

crate::names::open_vocabulary! {
    /// What a complaint is about.
    pub enum ComplaintCategory {
        /// Product quality or defect.
        Quality = "quality",
        /// Product not as described.
        Description = "description",
        /// Late, lost or damaged delivery.
        Delivery = "delivery",
        /// Conduct or speed of service.
        Service = "service",
        /// Price, promotion or billing.
        Pricing = "pricing",
        /// Anything else.
        Other = "other",
        /// Return, exchange or refund handling.
        Returns = "returns",
        /// Personal information or privacy.
        Privacy = "privacy",
    }
}

crate::names::open_vocabulary! {
    /// How a complaint was remedied.
    pub enum Remedy {
        /// Explanation or apology only.
        Explanation = "explanation",
        /// Goods exchanged.
        Exchange = "exchange",
        /// Goods returned and money refunded.
        ReturnAndRefund = "returnAndRefund",
        /// Money refunded without a return.
        Refund = "refund",
        /// Partial refund or compensation.
        PartialRefund = "partialRefund",
        /// Goods re-sent.
        Reshipment = "reshipment",
        /// Goods repaired.
        Repair = "repair",
        /// Coupon or store credit.
        Coupon = "coupon",
        /// Compensation beyond the price paid.
        Compensation = "compensation",
    }
}

impl Remedy {
    /// Whether money goes back to the customer.
    pub fn involves_refund(&self) -> bool {
        matches!(
            self,
            Remedy::ReturnAndRefund | Remedy::Refund | Remedy::PartialRefund
        )
    }
}

/// A customer complaint or other after-sale feedback — GB/T 36311—2018, 7.2.4 f).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Complaint {
    /// Id.
    pub id: ComplaintId,
    /// What the customer said.
    pub summary: String,
    /// When it was received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_on: Option<Date>,
    /// The platform it came through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlatformId>,
    /// The platform's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// The product concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<ProductId>,
    /// What it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ComplaintCategory>,
    /// Who handled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handled_by: Option<PersonId>,
    /// How it was resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// The remedy given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Remedy>,
    /// Amount refunded, when the remedy involves a refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund: Option<Money>,
    /// Approval of the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_approval: Option<Approval>,
    /// When it was resolved; open while absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::open_vocabulary! {
    /// Kind of customer property.
    pub enum CustomerPropertyKind {
        /// Goods a customer sent back for exchange, repair or alteration.
        ReturnedGoods = "returnedGoods",
        /// Material supplied by the customer (fabric for made-to-measure…).
        CustomerMaterial = "customerMaterial",
        /// Customers' personal information.
        PersonalData = "personalData",
        /// Designs, logos or other intellectual property of customers.
        IntellectualProperty = "intellectualProperty",
        /// Anything else.
        Other = "other",
    }
}

/// Lifecycle state of customer property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CustomerPropertyStatus {
    /// Held by the organization.
    Held,
    /// Given back to the customer.
    Returned,
    /// Used up in the product or service.
    Consumed,
    /// Destroyed or erased as agreed with the customer.
    Disposed,
}

/// Customer property under the organization's control — GB/T 36311—2018, 7.2.4: identified,
/// verified, protected and maintained; loss, damage or unsuitability "应报告顾客" (reported
/// to the customer) and recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerProperty {
    /// Id.
    pub id: CustomerPropertyId,
    /// What it is.
    pub description: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CustomerPropertyKind>,
    /// How it is identified (label, return number, data set name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identification: Option<String>,
    /// When it was received or collected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_on: Option<Date>,
    /// When it was verified on receipt (condition, quantity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_on: Option<Date>,
    /// How it is protected and maintained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protection: Option<String>,
    /// Lifecycle state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CustomerPropertyStatus>,
    /// Loss, damage or unsuitability found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incidents: Vec<PropertyIncident>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// What happened to customer property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PropertyIncidentKind {
    /// Lost.
    Loss,
    /// Damaged.
    Damage,
    /// Found unsuitable for use.
    Unsuitable,
}

/// Loss, damage or unsuitability of customer property — GB/T 36311—2018, 7.2.4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PropertyIncident {
    /// Loss, damage or unsuitability.
    pub kind: PropertyIncidentKind,
    /// When it was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the customer was told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_to_customer_on: Option<Date>,
    /// What was done about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The documented information retained about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
}
