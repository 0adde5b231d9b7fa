//! 7.3.6 — warehouse management.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::warehouses;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn warehouses_and_procedure() {
    let d = broken(|v| rm(v, SC, "warehouses"));
    assert_fires(&d, &warehouses::RECORDED, "7.3.6", SC);
    let d = broken(|v| rm(v, SC, "warehouseProcedure"));
    assert_fires(&d, &warehouses::PROCEDURE, "7.3.6", SC);
    assert_eq!(reasons(&d, &warehouses::PROCEDURE), ["not-recorded"]);
    let d = broken(|v| rm(v, &at("/warehouseProcedure"), "document"));
    assert_fires(
        &d,
        &warehouses::PROCEDURE,
        "7.3.6",
        &at("/warehouseProcedure"),
    );
    assert_eq!(reasons(&d, &warehouses::PROCEDURE), ["not-documented"]);
    let d = broken(|v| {
        rm(v, &at("/warehouseProcedure"), "pickingRoutes");
        rm(v, &at("/warehouseProcedure"), "stockAlerts");
        rm(v, &at("/warehouses/0"), "siteRationale");
    });
    assert_fires(
        &d,
        &warehouses::PROCEDURE_ITEMS,
        "7.3.6.e",
        &at("/warehouseProcedure"),
    );
    assert_eq!(
        reasons(&d, &warehouses::PROCEDURE_ITEMS),
        ["no-picking-routes", "no-stock-alerts", "no-site-rationale"]
    );
    assert_fires(
        &d,
        &warehouses::PROCEDURE_ITEMS,
        "7.3.6.f",
        &at("/warehouseProcedure"),
    );
    assert_fires(
        &d,
        &warehouses::PROCEDURE_ITEMS,
        "7.3.6.a",
        &at("/warehouses/0"),
    );
}

#[test]
fn every_stock_line_has_an_alert_threshold() {
    let d = broken(|v| rm(v, &at("/warehouses/0/stock/3"), "alertThreshold"));
    let fs = assert_fires(
        &d,
        &warehouses::STOCK_ALERT_THRESHOLDS,
        "7.3.6.f",
        &at("/warehouses/0/stock/3"),
    );
    assert_eq!(
        reasons(&d, &warehouses::STOCK_ALERT_THRESHOLDS),
        ["no-threshold"]
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| rm(v, &at("/warehouses/0"), "stock"));
    assert_fires(
        &d,
        &warehouses::STOCK_ALERT_THRESHOLDS,
        "7.3.6.f",
        &at("/warehouses/0"),
    );
    assert_eq!(
        reasons(&d, &warehouses::STOCK_ALERT_THRESHOLDS),
        ["no-stock-lines"]
    );
    let d = broken(|v| rm(v, &at("/warehouses/0"), "alertSystem"));
    assert_fires(
        &d,
        &warehouses::STOCK_ALERT_THRESHOLDS,
        "7.3.6.f",
        &at("/warehouses/0"),
    );
    assert_eq!(
        reasons(&d, &warehouses::STOCK_ALERT_THRESHOLDS),
        ["no-alert-system"]
    );
}

#[test]
fn stock_alert_acted_upon() {
    let d = broken(|v| rm(v, &at("/warehouses/0/stock/4"), "replenishmentRaised"));
    let fs = assert_fires(
        &d,
        &warehouses::STOCK_ALERT_ACTED,
        "7.3.6.f",
        &at("/warehouses/0/stock/4"),
    );
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
    // At the threshold counts; one above does not.
    let d = broken(|v| sc(v)["warehouses"][0]["stock"][3]["onHand"] = json!(60));
    assert_fires(
        &d,
        &warehouses::STOCK_ALERT_ACTED,
        "7.3.6.f",
        &at("/warehouses/0/stock/3"),
    );
    let d = broken(|v| sc(v)["warehouses"][0]["stock"][3]["onHand"] = json!(61));
    assert_quiet(&d, &warehouses::STOCK_ALERT_ACTED);
}

#[test]
fn every_procedure_item_has_its_reason() {
    let d = broken(|v| {
        for k in [
            "siteSelection",
            "safePlacement",
            "equipmentUse",
            "goodsMovement",
        ] {
            rm(v, &at("/warehouseProcedure"), k);
        }
    });
    assert_eq!(
        reasons(&d, &warehouses::PROCEDURE_ITEMS),
        [
            "no-site-selection",
            "no-safe-placement",
            "no-equipment-use",
            "no-goods-movement",
        ]
    );
}
