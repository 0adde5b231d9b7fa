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

use crate::common::Instant;

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, ExactDecimal, Extensions, Interval, Money, Schedule};
use crate::ids::{
    CarrierId, ChannelId, DocumentId, OrderId, PaymentPlatformId, PersonId, ProcessId, PurchaseId,
    RoleId, SiteId, SupplierId, WarehouseId,
};

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

// ---------------------------------------------------------------------------------------------
// 7.3.1 planning

/// The supply-chain plan — GB/T 36311—2018, 7.3.1: the organization plans and controls the
/// processes its supply chain needs, weighing the aspects a)–j) and fixing controls (k) and
/// responsibilities (l) per process.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SupplyChainPlan {
    /// Title of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The documented information holding the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Who approved the plan and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// How each aspect of 7.3.1 a)–j) was considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub considerations: Vec<PlanConsideration>,
    /// The supply-chain processes planned, with controls and responsibilities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<PlannedProcess>,
    /// Review interval and last review of the plan.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An aspect that supply-chain planning must weigh — GB/T 36311—2018, 7.3.1 a)–j).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PlanAspect {
    /// a) the organization's strategy and objectives.
    StrategyAndObjectives,
    /// b) the business environment and current situation (see 3.1, 3.2).
    BusinessContext,
    /// c) internal coordination mechanisms.
    InternalCoordination,
    /// d) information technology.
    InformationTechnology,
    /// e) inventory control.
    InventoryControl,
    /// f) product design.
    ProductDesign,
    /// g) the risks identified under 5.1.
    IdentifiedRisks,
    /// h) how customer value is measured.
    CustomerValue,
    /// i) logistics cost versus customer service level.
    LogisticsCostVsService,
    /// j) capacity to absorb changes in demand.
    DemandChanges,
}

impl PlanAspect {
    /// Every aspect with the catalog item that asks for it.
    pub const ALL: [(PlanAspect, &'static str); 10] = [
        (PlanAspect::StrategyAndObjectives, "7.3.1.a"),
        (PlanAspect::BusinessContext, "7.3.1.b"),
        (PlanAspect::InternalCoordination, "7.3.1.c"),
        (PlanAspect::InformationTechnology, "7.3.1.d"),
        (PlanAspect::InventoryControl, "7.3.1.e"),
        (PlanAspect::ProductDesign, "7.3.1.f"),
        (PlanAspect::IdentifiedRisks, "7.3.1.g"),
        (PlanAspect::CustomerValue, "7.3.1.h"),
        (PlanAspect::LogisticsCostVsService, "7.3.1.i"),
        (PlanAspect::DemandChanges, "7.3.1.j"),
    ];
}

/// How the plan took one aspect of 7.3.1 a)–j) into account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlanConsideration {
    /// The aspect.
    pub aspect: PlanAspect,
    /// What was concluded or decided about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Documented information the consideration draws on (risk register, strategy…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<DocumentId>,
}

/// Kind of control activity planned for a supply-chain process — 7.3.1 k).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ControlKind {
    /// Ongoing monitoring (监督).
    Monitoring,
    /// Periodic review (评审).
    Review,
    /// Verification against requirements (验证).
    Verification,
    /// Validation for the intended use (确认).
    Validation,
}

/// A monitoring, review, verification or validation activity — 7.3.1 k).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ControlActivity {
    /// The kind of activity.
    pub kind: ControlKind,
    /// What is done.
    pub description: String,
    /// How often, where periodic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
}

/// A supply-chain process as planned — 7.3.1 k) and l).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlannedProcess {
    /// Name of the process.
    pub name: String,
    /// The process of the management system (3.4) it corresponds to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// The role responsible (l).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// Authorities of the responsible role in this process (l).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorities: Vec<String>,
    /// Monitoring, review, verification and validation activities (k).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<ControlActivity>,
}

// ---------------------------------------------------------------------------------------------
// 7.3.2 orders

/// A step of order handling that the policy must put a time limit on — 7.3.2 a) 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum OrderStage {
    /// Reminding the customer to pay an unpaid order (催款).
    Dunning,
    /// Shipping a paid order (发货).
    Shipping,
    /// Handling a return, from request to refund (退货).
    Returns,
    /// Issuing a requested invoice (发票).
    Invoicing,
    /// Settling with the platform or payment provider (结算).
    Settlement,
}

impl OrderStage {
    /// The five stages 7.3.2 a) 3) names.
    pub const ALL: [OrderStage; 5] = [
        OrderStage::Dunning,
        OrderStage::Shipping,
        OrderStage::Returns,
        OrderStage::Invoicing,
        OrderStage::Settlement,
    ];

    /// The Chinese name.
    pub fn zh(&self) -> &'static str {
        match self {
            OrderStage::Dunning => "催款",
            OrderStage::Shipping => "发货",
            OrderStage::Returns => "退货",
            OrderStage::Invoicing => "发票",
            OrderStage::Settlement => "结算",
        }
    }
}

/// Unit of a [`TimeLimit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum TimeUnit {
    /// Clock hours.
    Hours,
    /// Calendar days of 24 hours.
    Days,
}

/// A maximum duration, in hours or days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TimeLimit {
    /// How many units (≥ 1).
    pub amount: u32,
    /// Hours or days.
    pub unit: TimeUnit,
}

impl TimeLimit {
    /// The limit in hours.
    pub fn hours(&self) -> i64 {
        let n = i64::from(self.amount);
        match self.unit {
            TimeUnit::Hours => n,
            TimeUnit::Days => n * 24,
        }
    }
}

impl std::fmt::Display for TimeLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.unit {
            TimeUnit::Hours => write!(f, "{} h", self.amount),
            TimeUnit::Days => write!(f, "{} d", self.amount),
        }
    }
}

/// The time limit the policy sets for one order stage — 7.3.2 a) 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderTimeLimit {
    /// The stage.
    pub stage: OrderStage,
    /// Maximum time from the trigger to completion of the stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<TimeLimit>,
    /// What starts the clock (payment, return request, invoice request…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// The share of orders, in percent, that must meet the limit; 100 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_on_time_percent: Option<ExactDecimal>,
}

/// The daily order-handling procedure — 7.3.2 b): each field says how the step is done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DailyOrderProcedure {
    /// How unpaid orders are chased (催款的方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_reminders: Option<String>,
    /// How orders are checked (订单核对).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_checking: Option<String>,
    /// How order documents are passed on (票据传递).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_transfer: Option<String>,
    /// Packing and sealing requirements (打包和封装).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packing: Option<String>,
    /// Weighing and dispatch requirements (称重和发货).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weighing_and_shipping: Option<String>,
}

/// The after-sales order procedure — 7.3.2 c).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AfterSalesProcedure {
    /// Handling when the order has already shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped: Option<String>,
    /// Handling when the order has not shipped yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unshipped: Option<String>,
}

/// Periodic summary and analysis of order data — 7.3.2 e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderAnalysis {
    /// The reports compiled (sales by channel, return reasons…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<String>,
    /// What the analysis yields (order forecast, market analysis…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<String>,
    /// How often it is done and when it was last done.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub schedule: Schedule,
    /// Who does it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
}

/// The order-handling policy — GB/T 36311—2018, 7.3.2: principles (a), daily (b) and
/// after-sales (c) procedures, control of order documents (d) and data analysis (e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderPolicy {
    /// The documented information holding the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The order in which orders are processed (a) 1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing_sequence: Option<String>,
    /// Which orders are handled first (a) 2)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priority_orders: Vec<String>,
    /// Time limits for dunning, shipping, returns, invoicing and settlement (a) 3)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time_limits: Vec<OrderTimeLimit>,
    /// Checks that keep order information accurate (a) 4)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accuracy_checks: Vec<String>,
    /// Maximum share, in percent, of orders with inaccurate information (a) 4)), if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_inaccurate_percent: Option<ExactDecimal>,
    /// Daily order-handling procedure (b).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub daily_procedure: DailyOrderProcedure,
    /// After-sales order procedure (c).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub after_sales_procedure: AfterSalesProcedure,
    /// How order documents (invoices, delivery notes, waybills…) are controlled (d).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_control: Option<String>,
    /// Summary and analysis of order data (e).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<OrderAnalysis>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Counts for one order stage within an [`OrderPeriod`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StageCount {
    /// The stage.
    pub stage: OrderStage,
    /// Orders that went through the stage in the period.
    pub handled: u32,
    /// Of those, how many exceeded the policy's time limit.
    pub late: u32,
}

/// Order records aggregated over a period (typically a month) — GB/T 36311—2018, 7.3.2.
///
/// A shop handling a hundred thousand orders a year keeps its order register in its
/// platform and ERP systems; what the management system retains is the periodic summary:
/// volumes per stage and how many orders breached each time limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderPeriod {
    /// First day of the period.
    pub start: Date,
    /// Last day of the period.
    pub end: Date,
    /// Orders placed in the period.
    #[serde(default)]
    pub orders: u32,
    /// Orders found with inaccurate information (address, SKU, price…) (a) 4)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inaccurate_orders: Option<u32>,
    /// Volumes and time-limit breaches per stage (a) 3)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<StageCount>,
    /// The report or system extract the figures come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DocumentId>,
}

/// One step of a single order: when the clock started and when the step was completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderStep {
    /// The stage.
    pub stage: OrderStage,
    /// When the stage's clock started (RFC 3339).
    pub started: Instant,
    /// When the step was completed; absent while still open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Instant>,
}

/// A single order record — GB/T 36311—2018, 7.3.2 (kept for sampled or exceptional orders).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderRecord {
    /// Id.
    pub id: OrderId,
    /// The order number on the platform.
    pub number: String,
    /// The platform or channel the order came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Flagged as a priority order under the policy (a) 2)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub priority: bool,
    /// The carrier (one of `supplyChain.carriers`) the order was handed to for delivery, as
    /// its waybill names it. It must have been approved for use on the day the order
    /// shipped: the day its shipping step was completed, else the day of its earliest step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<CarrierId>,
    /// The steps the order went through.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<OrderStep>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl OrderRecord {
    /// The day the order was handed over for delivery, in the time zone `tz` (normally the
    /// organization's, [`crate::EcmsDocument::time_zone`]):
    /// the completion of its earliest completed shipping step; without one, the start of
    /// its earliest step; `None` for an order with no steps.
    pub fn ship_date(&self, tz: crate::common::UtcOffset) -> Option<Date> {
        let shipped = self
            .steps
            .iter()
            .filter(|s| s.stage == OrderStage::Shipping)
            .filter_map(|s| s.completed.as_ref())
            .min_by_key(|i| i.utc());
        shipped
            .or_else(|| {
                self.steps
                    .iter()
                    .map(|s| &s.started)
                    .min_by_key(|i| i.utc())
            })
            .map(|i| tz.date_of(&i.with_offset()))
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.3 external providers and purchasing

/// The situations in which controls over external provision must be determined —
/// GB/T 36311—2018, 7.3.3.1 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ProvisionCase {
    /// a) what the provider supplies becomes part of the organization's own products or
    /// services.
    PartOfOwnOffering,
    /// b) the provider delivers products or services directly to customers on the
    /// organization's behalf.
    DirectToCustomer,
    /// c) the organization has the provider run a process or part of one.
    OutsourcedProcess,
}

impl ProvisionCase {
    /// The catalog item of the case.
    pub fn item(&self) -> &'static str {
        match self {
            ProvisionCase::PartOfOwnOffering => "7.3.3.1.a",
            ProvisionCase::DirectToCustomer => "7.3.3.1.b",
            ProvisionCase::OutsourcedProcess => "7.3.3.1.c",
        }
    }
}

/// What a provider supplies in one of the cases of 7.3.3.1, and the controls determined
/// for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProvisionControl {
    /// The case.
    pub case: ProvisionCase,
    /// What is supplied (product, service or process).
    pub what: String,
    /// The controls applied (inspection, SLA monitoring, audits…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
}

/// Where an external provider stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ProviderStatus {
    /// Being evaluated; not to be used yet.
    Candidate,
    /// Approved for use.
    Approved,
    /// Approved with conditions (improvement plan, closer monitoring).
    ConditionallyApproved,
    /// Temporarily not to be used.
    Suspended,
    /// No longer used.
    Terminated,
}

impl ProviderStatus {
    /// Whether the provider may currently be used.
    pub fn is_active(&self) -> bool {
        matches!(
            self,
            ProviderStatus::Approved | ProviderStatus::ConditionallyApproved
        )
    }
}

/// A change of an external provider's status, in force from a date until the next change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderStatusChange {
    /// The status from that day.
    pub status: ProviderStatus,
    /// First day of the status.
    pub from: Date,
    /// Why it changed (evaluation, complaint, contract ended…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A provider's status on a date (see [`crate::common::status_on`]).
fn provider_status_on(
    history: &[ProviderStatusChange],
    current: Option<ProviderStatus>,
    on: Date,
) -> Option<ProviderStatus> {
    crate::common::status_on(history, current.as_ref(), on, |h| h.from, |h| h.status)
}

/// Whether a provider is on the register on a date: always, without a history; else from its
/// first history entry on.
fn provider_listed_on(history: &[ProviderStatusChange], on: Date) -> bool {
    history.is_empty() || history.iter().any(|h| h.from <= on)
}

/// A licence, permit, certificate or other qualification of a provider (its issuer being
/// an authority or certification body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Qualification {
    /// What it is: business licence, express delivery permit, ISO 9001 certificate, payment
    /// business licence…
    pub kind: String,
    /// Its number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Who issued it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Date of issue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<Date>,
    /// Last day of validity; absent for a qualification without expiry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// A copy on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
}

/// The agreement through which a provider knows its responsibilities and the agreed
/// requirements — 7.3.3.2 a), b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderAgreement {
    /// Contract or quality agreement on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Date signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Date>,
    /// Last day of validity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
}

/// An aspect a provider is rated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvaluationAspect {
    /// Qualification and reputation (7.3.3.2 g) 1)).
    QualificationAndReputation,
    /// Quality of the product or service (g) 2)).
    Quality,
    /// Lead time / delivery time (g) 3)).
    LeadTime,
    /// After-sales service, claims handling (g) 4)).
    AfterSales,
    /// Price and cost.
    Price,
    /// Capacity.
    Capacity,
    /// Social and environmental compliance.
    Compliance,
}

impl EvaluationAspect {
    /// The risk aspects 7.3.3.2 g) requires to be controlled, with their sub-items.
    pub const REQUIRED: [(EvaluationAspect, &'static str); 4] = [
        (EvaluationAspect::QualificationAndReputation, "7.3.3.2.g.1"),
        (EvaluationAspect::Quality, "7.3.3.2.g.2"),
        (EvaluationAspect::LeadTime, "7.3.3.2.g.3"),
        (EvaluationAspect::AfterSales, "7.3.3.2.g.4"),
    ];
}

/// The rating of one aspect in an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AspectRating {
    /// The aspect.
    pub aspect: EvaluationAspect,
    /// Score on the organization's scale (e.g. 0–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<ExactDecimal>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why an evaluation was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvaluationKind {
    /// Selection of a new provider.
    Initial,
    /// Scheduled re-evaluation (7.3.3.2 f)).
    Periodic,
    /// Triggered by an incident or change.
    Special,
}

/// The outcome of an evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvaluationResult {
    /// Fit for use.
    Approved,
    /// Fit for use under conditions.
    ConditionallyApproved,
    /// Not fit for use.
    Rejected,
}

/// An evaluation of an external provider's ability to meet the organization's
/// requirements — GB/T 36311—2018, 7.3.3.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderEvaluation {
    /// Date of the evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Why it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EvaluationKind>,
    /// Who evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<PersonId>,
    /// Ratings per aspect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<AspectRating>,
    /// The outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<EvaluationResult>,
    /// The evaluation report on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocumentId>,
}

crate::names::open_vocabulary! {
    /// Kind of supplier.
    pub enum SupplierKind {
        /// Fabric or trim supplier.
        Materials = "materials",
        /// Packaging supplier.
        Packaging = "packaging",
        /// Printing, labels, tags.
        Printing = "printing",
        /// Service provider (photography, IT, agency…).
        Service = "service",
        /// Anything else.
        Other = "other",
        /// Manufacturer of finished goods.
        Manufacturer = "manufacturer",
        /// Distributor, wholesaler or brand agent.
        Distributor = "distributor",
        /// Carrier, express or freight forwarder.
        Logistics = "logistics",
        /// Warehouse or fulfilment operator, including bonded warehouses.
        Warehousing = "warehousing",
        /// Customs broker or declaration agent (报关).
        CustomsBroker = "customsBroker",
        /// Cloud hosting, software or other IT service.
        CloudIt = "cloudIt",
        /// Outsourced customer service (客服外包).
        CustomerServiceOutsourcing = "customerServiceOutsourcing",
        /// Marketing, advertising, live-streaming or influencer agency.
        MarketingAgency = "marketingAgency",
        /// Payment or settlement service.
        Payment = "payment",
    }
}

impl Supplier {
    /// Its status on a date: before its first history entry none; from its latest entry on
    /// (or without a history) its current `status`; in between the history entry in force.
    pub fn status_on(&self, on: Date) -> Option<ProviderStatus> {
        provider_status_on(&self.history, self.status, on)
    }

    /// Whether it is on the register on a date (from its first history entry on).
    pub fn listed_on(&self, on: Date) -> bool {
        provider_listed_on(&self.history, on)
    }
}

/// An external provider of products or services — GB/T 36311—2018, 7.3.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Supplier {
    /// Id.
    pub id: SupplierId,
    /// Name.
    pub name: String,
    /// Kind of supplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SupplierKind>,
    /// What the organization buys from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplies: Option<String>,
    /// Where it stands now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProviderStatus>,
    /// Its status changes with the day each took effect, so that its status on an earlier
    /// date can be read; from the latest entry on, `status` is the status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<ProviderStatusChange>,
    /// When it was approved for use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// A strategic supply-chain partner (7.3.1).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strategic_partner: bool,
    /// Cases of 7.3.3.1 that apply, with the controls determined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provision: Vec<ProvisionControl>,
    /// Licences and certificates (7.3.3.2 g) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifications: Vec<Qualification>,
    /// Contract or quality agreement (7.3.3.2 a), b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<ProviderAgreement>,
    /// Evaluations, initial and periodic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<ProviderEvaluation>,
    /// Declared re-evaluation interval; at most a year (7.3.3.2 f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval: Option<Interval>,
    /// Handles customers' personal data on the organization's behalf (names, addresses,
    /// telephone numbers), so bound by security obligations under 7.7.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub handles_customer_data: bool,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The external-provider management procedure — GB/T 36311—2018, 7.3.3.2 a)–g): each
/// field says how the procedure provides for the item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// How providers are selected on their capability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection_criteria: Option<String>,
    /// a) how providers learn their responsibilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibilities: Option<String>,
    /// b) how agreed requirements are made sure of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_requirements: Option<String>,
    /// c) how changes to requirements and responsibilities are managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_management: Option<String>,
    /// d) how business transactions with all parties are recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_records: Option<String>,
    /// e) how provider performance is controlled and monitored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance_monitoring: Option<String>,
    /// f) the periodic review of providers' service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periodic_review: Option<String>,
    /// g) controls of purchasing risks.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub risk_controls: PurchasingRiskControls,
}

/// Controls of purchasing risks — 7.3.3.2 g) 1)–4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PurchasingRiskControls {
    /// 1) supplier qualification and reputation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification_and_reputation: Option<String>,
    /// 2) product quality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_quality: Option<String>,
    /// 3) delivery lead time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_time: Option<String>,
    /// 4) after-sales service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_sales: Option<String>,
}

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

crate::names::open_vocabulary! {
    /// Kind of business transaction with an external provider.
    pub enum TransactionKind {
        /// A purchase or call-off.
        Purchase = "purchase",
        /// Goods returned to the provider.
        Return = "return",
        /// A claim against the provider (defects, shortage, damage, delay).
        Claim = "claim",
        /// A settlement of accounts, a payment or a credit note.
        Settlement = "settlement",
        /// Anything else.
        Other = "other",
    }
}

/// A business transaction with an external provider and its retained record —
/// GB/T 36311—2018, 7.3.3.2 d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderTransaction {
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TransactionKind>,
    /// When it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<SupplierId>,
    /// The purchase it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase: Option<PurchaseId>,
    /// What it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The amount, where money changed hands or was claimed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// The retained record (return note, claim letter, credit note, statement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
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

// ---------------------------------------------------------------------------------------------
// 7.3.4 distribution and transport

/// The distribution and transport procedure — GB/T 36311—2018, 7.3.4 a)–f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DistributionProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The single information system and dispatching through which distribution is run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unified_dispatch: Option<String>,
    /// a) stock preparation: sourcing, ordering, consolidation, cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_preparation: Option<String>,
    /// b) storage: time control, sources and arrivals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// c) sorting and picking: efficiency, automation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sorting_and_picking: Option<String>,
    /// d) consolidation and loading of different customers' goods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loading: Option<String>,
    /// e) transport: modes, vehicles, monitoring, cost control.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transport: Option<String>,
    /// f) risk management of distribution and transport.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub risk_management: DeliveryRiskControls,
}

/// Risk management of distribution and transport — 7.3.4 f) 1)–4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryRiskControls {
    /// 1) the carriers' qualification and reputation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_qualification: Option<String>,
    /// 2) timeliness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeliness: Option<String>,
    /// 3) assurance of the process (tracking, packaging, insurance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_assurance: Option<String>,
    /// 4) claims for loss and damage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<String>,
}

impl Carrier {
    /// Its status on a date: before its first history entry none; from its latest entry on
    /// (or without a history) its current `status`; in between the history entry in force.
    pub fn status_on(&self, on: Date) -> Option<ProviderStatus> {
        provider_status_on(&self.history, self.status, on)
    }

    /// Whether it is on the register on a date (from its first history entry on).
    pub fn listed_on(&self, on: Date) -> bool {
        provider_listed_on(&self.history, on)
    }
}

/// A carrier or logistics provider — GB/T 36311—2018, 7.3.4 (an external provider under
/// 7.3.3 as well).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Carrier {
    /// Id.
    pub id: CarrierId,
    /// Name.
    pub name: String,
    /// Services used (express parcels, bulky freight…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Where it stands now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProviderStatus>,
    /// Its status changes with the day each took effect, so that its status on an earlier
    /// date can be read; from the latest entry on, `status` is the status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<ProviderStatusChange>,
    /// When it was approved for use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// A strategic supply-chain partner (7.3.1).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strategic_partner: bool,
    /// Cases of 7.3.3.1 that apply, with the controls determined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provision: Vec<ProvisionControl>,
    /// Operating licences and certificates (7.3.4 f) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifications: Vec<Qualification>,
    /// Contract (7.3.3.2 a), b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<ProviderAgreement>,
    /// Agreed delivery time (7.3.4 f) 2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_commitment: Option<String>,
    /// Process assurance: tracking, insurance, handling (7.3.4 f) 3)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_assurance: Vec<String>,
    /// Claims terms for loss, damage and delay (7.3.4 f) 4)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims_terms: Option<String>,
    /// Evaluations, initial and periodic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<ProviderEvaluation>,
    /// Declared re-evaluation interval; at most a year (7.3.3.2 f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval: Option<Interval>,
    /// Handles customers' personal data on the organization's behalf (names, addresses,
    /// telephone numbers), so bound by security obligations under 7.7.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub handles_customer_data: bool,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 7.3.5 channels

/// The channel management process — GB/T 36311—2018, 7.3.5 a)–d).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChannelManagement {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// a) how channel models are chosen from product and market factors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_selection: Option<String>,
    /// b) the rules channel partners must follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_rules: Option<DocumentId>,
    /// c) training and resources provided to channel partners.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_support: Option<String>,
    /// d) review of the channel layout, at an interval the organization sets.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub layout_review: Schedule,
}

crate::names::open_vocabulary! {
    /// Kind of channel model.
    pub enum ChannelModel {
        /// The organization's own store on a third-party platform.
        PlatformStore = "platformStore",
        /// The organization's own website or app.
        OwnSite = "ownSite",
        /// Sales through distributors or resellers.
        Distribution = "distribution",
        /// Consignment / drop-ship by a platform (e.g. self-operated platform buying).
        Consignment = "consignment",
        /// Live-stream or social commerce with partners.
        SocialCommerce = "socialCommerce",
        /// Live-streaming sales in own or partners' live rooms.
        LiveStreaming = "liveStreaming",
        /// The organization's mini-program.
        MiniProgram = "miniProgram",
        /// Cross-border sales channel.
        CrossBorder = "crossBorder",
    }
}

/// Training given to a channel partner — 7.3.5 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PartnerTraining {
    /// Date.
    pub date: Date,
    /// Topic.
    pub topic: String,
}

/// A channel partner (渠道商) — 7.3.5 b), c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChannelPartner {
    /// Name.
    pub name: String,
    /// Signed agreement binding the partner to the channel rules (b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<ProviderAgreement>,
    /// Training given (c).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainings: Vec<PartnerTraining>,
    /// Resources provided (product images, sample stock, brand guide…) (c).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
}

/// A sales channel — GB/T 36311—2018, 7.3.5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Channel {
    /// Id.
    pub id: ChannelId,
    /// Name.
    pub name: String,
    /// Channel model (a).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ChannelModel>,
    /// Why the channel fits the products and the market (a).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// In use since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// No longer used.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    /// Channel partners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<ChannelPartner>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 7.3.6 warehouses

/// The warehouse management procedure — GB/T 36311—2018, 7.3.6 a)–f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WarehouseProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// a) choice of warehouse location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_selection: Option<String>,
    /// b) sound and safe placement of products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_placement: Option<String>,
    /// c) effective use of equipment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equipment_use: Option<String>,
    /// d) easy access to and movement of goods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_movement: Option<String>,
    /// e) picking routes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picking_routes: Option<String>,
    /// f) the stock-level alert system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_alerts: Option<String>,
}

/// Stock of one SKU in a warehouse, with its alert threshold — 7.3.6 f).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StockLine {
    /// SKU code.
    pub sku: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Units on hand at the last count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_hand: Option<u32>,
    /// Low-stock alert threshold in units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_threshold: Option<u32>,
    /// When the last low-stock alert was acted upon (replenishment raised).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replenishment_raised: Option<Date>,
}

/// A warehouse — GB/T 36311—2018, 7.3.6.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Warehouse {
    /// Id.
    pub id: WarehouseId,
    /// Name.
    pub name: String,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The site (`organization.sites`) it is, when the organization records its sites.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// Why this site was chosen (a).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_rationale: Option<String>,
    /// Floor area in square metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_m2: Option<ExactDecimal>,
    /// Run by an external provider rather than the organization itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<SupplierId>,
    /// The system raising stock alerts (WMS module…) (f).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_system: Option<String>,
    /// Stock lines with alert thresholds (f).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stock: Vec<StockLine>,
    /// Date of the stock figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_as_of: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 7.3.7 payment

/// A technical measure protecting transaction and payment data — 7.3.7 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DataProtectionMeasure {
    /// The measure.
    pub description: String,
    /// Keeps unrelated third parties from reading the data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidentiality: bool,
    /// Keeps the data from being altered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub integrity: bool,
}

/// A risk to customers' personal data found in transaction and payment data — 7.3.7 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PiiRisk {
    /// The risk.
    pub description: String,
    /// Rating on the organization's scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<String>,
    /// Controls applied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
}

/// The security risk assessment of personal data in transaction and payment data —
/// 7.3.7 b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PiiRiskAssessment {
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<PersonId>,
    /// Report on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocumentId>,
    /// Risks found and their controls.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<PiiRisk>,
}

/// The payment management procedure — GB/T 36311—2018, 7.3.7 a), b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// a) technical measures protecting transaction and payment data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_protection: Vec<DataProtectionMeasure>,
    /// b) risk assessment of personal data in transaction and payment data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pii_risk_assessment: Option<PiiRiskAssessment>,
}

/// An information-security assessment of a payment platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityAssessment {
    /// Date.
    pub date: Date,
    /// What was assessed and by whom (PCI DSS assessor, classified protection test…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Passed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub passed: bool,
    /// Report or attestation on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocumentId>,
}

/// A transaction or payment platform — GB/T 36311—2018, 7.3.7: chosen among those
/// recognised by a competent authority and regularly managing information security.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentPlatform {
    /// Id.
    pub id: PaymentPlatformId,
    /// Name.
    pub name: String,
    /// Operating company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// In use since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// No longer used.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    /// Licence or certification from a competent authority (e.g. a payment business
    /// licence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Qualification>,
    /// Other security certifications (PCI DSS, classified protection level 3…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<Qualification>,
    /// Information-security assessments of the platform.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security_assessments: Vec<SecurityAssessment>,
    /// How often the platform's information security must be assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_interval: Option<Interval>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(
    PlanAspect,
    OrderStage,
    ProvisionCase,
    EvaluationAspect,
    ProviderStatus
);
