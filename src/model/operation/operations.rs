//! Clause 7.2 — operations management (运营管理): the operating model (7.2.1), platform
//! selection (7.2.2), product listing and delisting (7.2.3), customer service with complaints
//! and customer property (7.2.4), and crisis management (7.2.5).

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, ExactDecimal, Extensions, Interval, Money, Schedule};
use crate::ids::{
    ComplaintId, CrisisId, CustomerPropertyId, DocumentId, LegalEntityId, PersonId, PlatformId,
    PriceChangeId, ProcessId, ProductId, RoleId, StoreId, SupplierId,
};

// ---------------------------------------------------------------------------------------------
// 7.2.1 operating model

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

// ---------------------------------------------------------------------------------------------
// 7.2.2 platform selection

/// Platform selection — GB/T 36311—2018, 7.2.2: a platform selection strategy, the platforms
/// chosen or built, and their timely adjustment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlatformSelection {
    /// The platform selection strategy ("应制定", shall be set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<PlatformStrategy>,
    /// Platforms chosen or built.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The platform selection strategy — GB/T 36311—2018, 7.2.2 a), b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlatformStrategy {
    /// Documented information holding the strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// How a platform is judged able to serve the target customers now and later (a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_fit_criteria: Option<String>,
    /// How a platform is judged forward-looking for the organization and the market (b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlook_criteria: Option<String>,
    /// Who approved the strategy and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
}

crate::names::open_vocabulary! {
    /// Whether the organization uses a third-party platform or runs its own.
    pub enum PlatformKind {
        /// A third-party marketplace (Tmall, JD…).
        ThirdParty = "thirdParty",
        /// The organization's own web shop, app or mini-program.
        Own = "own",
        /// A social-commerce or live-streaming channel.
        Social = "social",
        /// A live-streaming e-commerce platform or live room (直播电商).
        LiveStreaming = "liveStreaming",
        /// A mini-program inside a super-app (小程序).
        MiniProgram = "miniProgram",
        /// A cross-border marketplace selling to buyers in other customs territories.
        CrossBorderMarketplace = "crossBorderMarketplace",
    }
}

/// Lifecycle state of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PlatformStatus {
    /// Being evaluated.
    Candidate,
    /// Trading.
    Active,
    /// Left.
    Withdrawn,
}

/// An e-commerce platform the organization trades on — GB/T 36311—2018, 7.2.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Platform {
    /// Id.
    pub id: PlatformId,
    /// Name of the platform.
    pub name: String,
    /// Who operates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// Third-party, own or social.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PlatformKind>,
    /// Name or address of the organization's store on it (a single store in words; see
    /// `stores` for several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    /// The organization's stores on it, each with the legal entity that runs it and its
    /// dates. The scope (3.3) says which of them it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stores: Vec<Store>,
    /// Lifecycle state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PlatformStatus>,
    /// When it was selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_on: Option<Date>,
    /// Assessment of its ability and potential to serve the target customers (7.2.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_fit: Option<String>,
    /// Assessment of how forward-looking it is (7.2.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlook: Option<String>,
    /// Periodic review of whether to keep, adjust or leave the platform.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A store the organization runs on a platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Store {
    /// Id.
    pub id: StoreId,
    /// Name of the store.
    pub name: String,
    /// The legal entity that holds the store account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<LegalEntityId>,
    /// Web address of the store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// First day open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_on: Option<Date>,
    /// Last day open; from the day after, the store no longer counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Store {
    /// Whether the store is open on a date.
    pub fn is_open(&self, on: Date) -> bool {
        self.opened_on.is_none_or(|o| o <= on) && self.closed_on.is_none_or(|c| c >= on)
    }
}

// ---------------------------------------------------------------------------------------------
// 7.2.3 listing and delisting

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

// ---------------------------------------------------------------------------------------------
// 7.2.4 customer service

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

// ---------------------------------------------------------------------------------------------
// 7.2.5 crisis management

/// Crisis prevention and handling — GB/T 36311—2018, 7.2.5 a)–e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrisisManagement {
    /// The documented crisis plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<DocumentId>,
    /// Crisis scenarios identified, each with analysis, measures, monitoring and warning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<CrisisScenario>,
    /// How often the plan is exercised (drill or table-top); last done = latest exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_interval: Option<Interval>,
    /// Exercises and real crises handled, with their evaluation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exercises: Vec<CrisisExercise>,
    /// Periodic evaluation of the crisis management process (e)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub evaluation: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A crisis the organization has identified and prepared for — GB/T 36311—2018, 7.2.5 a)–d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrisisScenario {
    /// Id.
    pub id: CrisisId,
    /// Name of the scenario.
    pub name: String,
    /// Analysis of causes, likelihood and impact (a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// Measures to handle it (b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// Who leads the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// What is monitored to detect it (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<String>,
    /// Early-warning thresholds and who is alerted (d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warning_triggers: Vec<String>,
}

crate::names::open_vocabulary! {
    /// Kind of crisis exercise.
    pub enum ExerciseKind {
        /// Discussion of a scenario around a table.
        TableTop = "tableTop",
        /// A live drill.
        Drill = "drill",
        /// A real crisis handled under the plan.
        RealEvent = "realEvent",
    }
}

/// An exercise of the crisis plan, or a real crisis, and its evaluation — GB/T 36311—2018,
/// 7.2.5 e).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrisisExercise {
    /// When.
    pub date: Date,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExerciseKind>,
    /// Scenarios exercised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<CrisisId>,
    /// Evaluation: what worked, what did not, what changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Report retained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
}
