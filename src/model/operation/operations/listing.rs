//! Clause 7.2.3 — listing and delisting: strategy, classification, descriptions, prices, products.

use crate::common::{Approval, Date, ExactDecimal, Extensions, Money, Schedule};
use crate::ids::{DocumentId, PersonId, PlatformId, PriceChangeId, ProductId, RoleId, SupplierId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Product listing and delisting management — GB/T 36311—2018, 7.2.3: a maintained process
/// that keeps products identifiable and traceable, with items a)–d).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ListingManagement {
    /// The documented listing and delisting procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Listing strategy (a)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub strategy: ListingStrategy,
    /// Product classification (b)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub classification: ProductClassification,
    /// Product description rules (c)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub description_rules: DescriptionRules,
    /// Pricing principles and approval mechanism (d)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub pricing: PricingPolicy,
    /// Products.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<Product>,
    /// Price changes (d) 2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub price_changes: Vec<PriceChange>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The listing strategy — GB/T 36311—2018, 7.2.3 a) 1)–6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ListingStrategy {
    /// Documented information holding the strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Sources of product-related market information and how they are analysed (a) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub market_information: Vec<String>,
    /// Requirements of the listing and delisting process (a) 2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_requirements: Vec<String>,
    /// Periodic review of those requirements (a) 3)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub requirements_review: Schedule,
    /// How execution of the strategy is monitored (a) 4)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<String>,
    /// Internal and external changes that trigger an adjustment, and how (a) 5)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustment_triggers: Vec<String>,
    /// Periodic evaluation of the results (a) 6)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub outcome_evaluation: Schedule,
}

/// Product classification — GB/T 36311—2018, 7.2.3 b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProductClassification {
    /// The classification criteria: basis, points of attention, how to apply (b) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<DocumentId>,
    /// The categories the criteria define; every product is put in one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Periodic optimisation of the criteria from market monitoring (b) 2)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub optimisation: Schedule,
}

/// Product description rules — GB/T 36311—2018, 7.2.3 c).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DescriptionRules {
    /// The documented description rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Rules for product titles (c) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub title_rules: Vec<String>,
    /// Rules for product parameters (c) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameter_rules: Vec<String>,
    /// Further information every listing gives customers (size guide, care…) (c) 2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_information: Vec<String>,
}

/// Pricing principles and the price approval mechanism — GB/T 36311—2018, 7.2.3 d).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PricingPolicy {
    /// The documented pricing principles (d) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The principles themselves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<String>,
    /// How a price is set or changed, step by step (d) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling_process: Option<String>,
    /// How prices are displayed (d) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_mode: Option<String>,
    /// How the principles are adjusted to market demand and the organization's situation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustment_basis: Option<String>,
    /// Roles that may approve prices, with their limits (d) 2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approval_authorities: Vec<PriceAuthority>,
}

/// A role's authority to approve price changes — GB/T 36311—2018, 7.2.3 d) 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PriceAuthority {
    /// The role.
    pub role: RoleId,
    /// Largest change, in percent of the old price, the role may approve; unlimited when
    /// absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_change_percent: Option<ExactDecimal>,
}

/// Listing state of a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ListingStatus {
    /// Being prepared; not yet on sale.
    Planned,
    /// On sale.
    Listed,
    /// Taken off sale.
    Delisted,
}

/// A name/value product parameter (fabric, fit, size range…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProductParameter {
    /// Parameter name.
    pub name: String,
    /// Value.
    pub value: String,
}

/// A batch (lot) of a product, tracing it back to its source — GB/T 36311—2018, 7.2.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProductBatch {
    /// Lot number printed on the goods.
    pub lot: String,
    /// When the lot was received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_on: Option<Date>,
    /// Where it came from (purchase order, supplier's lot or inspection report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A product offered online — GB/T 36311—2018, 7.2.3: identifiable (SKU) and traceable
/// (batches, supplier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// Id.
    pub id: ProductId,
    /// Internal product name.
    pub name: String,
    /// Stock-keeping unit code (identification).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Category under the classification criteria (b) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Platforms it is listed on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<PlatformId>,
    /// Listing state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ListingStatus>,
    /// Approval to list it (a) 2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listing_approval: Option<Approval>,
    /// When it went on sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_on: Option<Date>,
    /// When it was taken off sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delisted_on: Option<Date>,
    /// Why it was taken off sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delisting_reason: Option<String>,
    /// Listing title shown to customers (c) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Product parameters shown to customers (c) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<ProductParameter>,
    /// Further information shown to customers (c) 2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customer_information: Vec<String>,
    /// Current selling price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    /// The external provider that makes or supplies it (7.3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier: Option<SupplierId>,
    /// Batches received, for traceability.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batches: Vec<ProductBatch>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A change of a product's price — GB/T 36311—2018, 7.2.3 d) 2): approved under the
/// approval mechanism by a person holding an authorized role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PriceChange {
    /// Id.
    pub id: PriceChangeId,
    /// The product.
    pub product: ProductId,
    /// The platform, when the change applies to one platform only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlatformId>,
    /// Price before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_price: Option<Money>,
    /// Price after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_price: Option<Money>,
    /// Why (season end, cost change, competitor move…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who asked for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<PersonId>,
    /// Who approved it and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// When the new price took effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
