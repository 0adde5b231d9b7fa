//! Clause 7.3 — supply chain management (供应链管理): planning, orders, external providers
//! and purchasing, distribution and transport, channels, warehousing and payment.
//!
//! The records, by clause:
//!
//! | clause | records |
//! |---|---|
//! | 7.3.1 | [`SupplyChainPlan`]: considerations a)–j), planned processes with controls (k) and responsibilities (l); strategic partners flagged on [`Supplier`] / [`Carrier`] |
//! | 7.3.2 | [`OrderPolicy`] (a)–e)), order records as monthly [`OrderPeriod`] aggregates and/or single [`OrderRecord`]s |
//! | 7.3.3.1 | [`ProvisionControl`] entries on each provider |
//! | 7.3.3.2 | [`ProviderProcedure`], [`Supplier`]s and [`Carrier`]s with [`Qualification`]s, agreements and [`ProviderEvaluation`]s |
//! | 7.3.3.3 | [`Purchase`]s with requirements, pre-release review and verification on receipt |
//! | 7.3.4 | [`DistributionProcedure`] and [`Carrier`]s |
//! | 7.3.5 | [`ChannelManagement`] and [`Channel`]s with their [`ChannelPartner`]s |
//! | 7.3.6 | [`WarehouseProcedure`] and [`Warehouse`]s with [`StockLine`]s and alert thresholds |
//! | 7.3.7 | [`PaymentProcedure`] and [`PaymentPlatform`]s with licences and security assessments |

mod channels;
mod distribution;
mod orders;
mod payment;
mod plan;
mod providers;
mod purchasing;
mod warehouses;

use crate::common::Extensions;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use channels::{Channel, ChannelManagement, ChannelModel, ChannelPartner, PartnerTraining};
pub use distribution::{Carrier, DeliveryRiskControls, DistributionProcedure};
pub use orders::{
    AfterSalesProcedure, DailyOrderProcedure, OrderAnalysis, OrderPeriod, OrderPolicy, OrderRecord,
    OrderStage, OrderStep, OrderTimeLimit, StageCount, TimeLimit, TimeUnit,
};
pub use payment::{
    DataProtectionMeasure, PaymentPlatform, PaymentProcedure, PiiRisk, PiiRiskAssessment,
    SecurityAssessment,
};
pub use plan::{
    ControlActivity, ControlKind, PlanAspect, PlanConsideration, PlannedProcess, SupplyChainPlan,
};
pub use providers::{
    AspectRating, EvaluationAspect, EvaluationKind, EvaluationResult, ProviderAgreement,
    ProviderEvaluation, ProviderProcedure, ProviderStatus, ProviderStatusChange,
    ProviderTransaction, ProvisionCase, ProvisionControl, PurchasingRiskControls, Qualification,
    Supplier, SupplierKind, TransactionKind,
};
pub use purchasing::{
    Purchase, PurchaseLine, PurchaseRequirements, PurchaseVerification, RequirementsReview,
    VerificationResult,
};
pub use warehouses::{StockLine, Warehouse, WarehouseProcedure};

/// Clause 7.3 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SupplyChain {
    /// The supply-chain plan (7.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<SupplyChainPlan>,
    /// Order-handling policy and procedures (7.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_policy: Option<OrderPolicy>,
    /// Order records aggregated per period, e.g. per month (7.3.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order_periods: Vec<OrderPeriod>,
    /// Single order records, where kept (7.3.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orders: Vec<OrderRecord>,
    /// The external-provider management procedure (7.3.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_procedure: Option<ProviderProcedure>,
    /// Suppliers of products and services (7.3.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppliers: Vec<Supplier>,
    /// Purchases (7.3.3.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purchases: Vec<Purchase>,
    /// Business transactions with providers beyond the purchase orders themselves: returns,
    /// claims, settlements (7.3.3.2 d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provider_transactions: Vec<ProviderTransaction>,
    /// The distribution and transport procedure (7.3.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<DistributionProcedure>,
    /// Carriers and logistics providers (7.3.4, also external providers under 7.3.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carriers: Vec<Carrier>,
    /// The channel management process (7.3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_management: Option<ChannelManagement>,
    /// Sales channels (7.3.5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// The warehouse management procedure (7.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warehouse_procedure: Option<WarehouseProcedure>,
    /// Warehouses (7.3.6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warehouses: Vec<Warehouse>,
    /// The payment management procedure (7.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_procedure: Option<PaymentProcedure>,
    /// Transaction and payment platforms (7.3.7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payment_platforms: Vec<PaymentPlatform>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
