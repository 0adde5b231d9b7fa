//! Clause 7.3.6 — warehousing: the procedure, warehouses, stock lines and alert thresholds.

use crate::common::{Date, ExactDecimal, Extensions};
use crate::ids::{DocumentId, SiteId, SupplierId, WarehouseId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
