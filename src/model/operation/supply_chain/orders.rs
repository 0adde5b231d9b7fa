//! Clause 7.3.2 — orders: the order policy a)–e), order periods and single order records.

use crate::common::{Date, ExactDecimal, Extensions, Instant, Schedule};
use crate::ids::{CarrierId, DocumentId, OrderId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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

crate::names::serialized_names!(OrderStage);
