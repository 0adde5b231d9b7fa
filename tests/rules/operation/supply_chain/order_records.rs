//! 7.3.2 — order records: time limits met, accuracy, currency, consistency.

use super::{SC, at, rm, sc};
use crate::common::*;
use ecms::rules::operation::supply_chain::order_records;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn period_time_limits_breached() {
    // November: 21960 shipped; target 98.5 % on time.
    let d = broken(|v| sc(v)["orderPeriods"][4]["stages"][1]["late"] = json!(400));
    assert_fires(
        &d,
        &order_records::TIME_LIMITS_MET,
        "7.3.2.a.3",
        &at("/orderPeriods/4/stages/1"),
    );
    assert_eq!(
        reasons(&d, &order_records::TIME_LIMITS_MET),
        ["shipping-below-target"]
    );
    // Exactly on target: 985 of 1000 on time = 98.5 %.
    let d = broken(|v| {
        sc(v)["orderPeriods"][0]["stages"][1] =
            json!({"stage": "shipping", "handled": 1000, "late": 15})
    });
    assert_quiet(&d, &order_records::TIME_LIMITS_MET);
    let d = broken(|v| {
        sc(v)["orderPeriods"][0]["stages"][1] =
            json!({"stage": "shipping", "handled": 1000, "late": 16})
    });
    assert_fires(
        &d,
        &order_records::TIME_LIMITS_MET,
        "7.3.2.a.3",
        &at("/orderPeriods/0/stages/1"),
    );
    // Settlement has no tolerance (100 %): one late settlement fires.
    let d = broken(|v| sc(v)["orderPeriods"][2]["stages"][4]["late"] = json!(1));
    assert_fires(
        &d,
        &order_records::TIME_LIMITS_MET,
        "7.3.2.a.3",
        &at("/orderPeriods/2/stages/4"),
    );
    assert_eq!(
        reasons(&d, &order_records::TIME_LIMITS_MET),
        ["settlement-below-target"]
    );
}

#[test]
fn single_order_late() {
    // 4 shipping steps recorded, one of them 50 hours: 75 % on time < 98.5 %.
    let d = broken(|v| {
        sc(v)["orders"][1]["steps"][0]["completed"] = json!("2026-06-19T15:52:00Z");
    });
    assert_fires(
        &d,
        &order_records::TIME_LIMITS_MET,
        "7.3.2.a.3",
        &at("/orders/1/steps/0"),
    );
    // Exactly 48 hours is on time.
    let d = broken(|v| {
        sc(v)["orders"][1]["steps"][0]["completed"] = json!("2026-06-19T13:52:00Z");
    });
    assert_quiet(&d, &order_records::TIME_LIMITS_MET);
}

#[test]
fn open_order_step_becomes_late() {
    // Paid 2026-06-27T00:00Z, not shipped: the end of 2026-06-28 is exactly 48 h later.
    let d = broken(|v| {
        arr(v, &at("/orders")).push(json!({
            "id": "73200000-0000-4000-8000-000000000099",
            "number": "TM-4129000000000001",
            "steps": [{"stage": "shipping", "started": "2026-06-27T00:00:00Z"}]
        }))
    });
    assert_quiet_on(&d, &order_records::TIME_LIMITS_MET, date(2026, 6, 28));
    assert_fires_on(
        &d,
        &order_records::TIME_LIMITS_MET,
        "7.3.2.a.3",
        &at("/orders/4/steps/0"),
        date(2026, 6, 29),
    );
}

#[test]
fn order_accuracy_above_limit() {
    // 200 of 21960 = 0.91 % > 0.5 %.
    let d = broken(|v| sc(v)["orderPeriods"][4]["inaccurateOrders"] = json!(200));
    assert_fires(
        &d,
        &order_records::ACCURACY,
        "7.3.2.a.4",
        &at("/orderPeriods/4"),
    );
    assert_eq!(reasons(&d, &order_records::ACCURACY), ["above-limit"]);
    // Exactly 0.5 %: 50 of 10000.
    let d = broken(|v| {
        sc(v)["orderPeriods"][4]["orders"] = json!(10000);
        sc(v)["orderPeriods"][4]["inaccurateOrders"] = json!(50);
        sc(v)["orderPeriods"][4]["stages"] = json!([]);
    });
    assert_quiet(&d, &order_records::ACCURACY);
}

#[test]
fn no_order_records() {
    let d = broken(|v| {
        rm(v, SC, "orderPeriods");
        rm(v, SC, "orders");
    });
    assert_fires(&d, &order_records::RECORDS, "7.3.2", SC);
    assert_quiet(&d, &order_records::RECORDS_CURRENT);
}

#[test]
fn order_records_go_stale() {
    // Latest record: period ending 2026-06-30; two months later is 2026-08-30.
    let d = dataset();
    assert_quiet_on(&d, &order_records::RECORDS_CURRENT, date(2026, 8, 30));
    assert_fires_on(
        &d,
        &order_records::RECORDS_CURRENT,
        "7.3.2",
        &at("/orderPeriods"),
        date(2026, 8, 31),
    );
}

#[test]
fn inconsistent_order_period() {
    let d = broken(|v| sc(v)["orderPeriods"][0]["stages"][0]["late"] = json!(100000));
    assert_fires(
        &d,
        &order_records::PERIOD_CONSISTENT,
        "7.3.2",
        &at("/orderPeriods/0/stages/0"),
    );
    assert_eq!(
        reasons(&d, &order_records::PERIOD_CONSISTENT),
        ["dunning-late-exceeds-handled"]
    );
    let d = broken(|v| sc(v)["orderPeriods"][1]["end"] = json!("2025-07-31"));
    assert_fires(
        &d,
        &order_records::PERIOD_CONSISTENT,
        "7.3.2",
        &at("/orderPeriods/1"),
    );
    assert_eq!(
        reasons(&d, &order_records::PERIOD_CONSISTENT),
        ["ends-before-start"]
    );
}

#[test]
fn more_inaccurate_orders_than_orders() {
    let d = broken(|v| sc(v)["orderPeriods"][4]["inaccurateOrders"] = json!(1_000_000));
    assert_fires(
        &d,
        &order_records::PERIOD_CONSISTENT,
        "7.3.2",
        &at("/orderPeriods/4"),
    );
    assert_eq!(
        reasons(&d, &order_records::PERIOD_CONSISTENT),
        ["inaccurate-exceeds-orders"]
    );
}

/// 8.5 of the format: instants are read in the organization's time zone (`+08:00` unless the
/// document says otherwise), not in UTC.
#[test]
fn order_instants_are_dated_in_the_organizations_time_zone() {
    // One order step at 2026-04-29T17:00Z: 30 April in Beijing, 29 April in London.
    let edit = |zone: Option<&str>| {
        broken(|v| {
            rm(v, SC, "orderPeriods");
            let orders = sc(v)["orders"].as_array_mut().unwrap();
            orders.truncate(1);
            let steps = orders[0]["steps"].as_array_mut().unwrap();
            steps.truncate(1);
            steps[0]["started"] = json!("2026-04-29T17:00:00Z");
            steps[0]
                .as_object_mut()
                .unwrap()
                .insert("completed".into(), json!("2026-04-29T18:00:00Z"));
            if let Some(z) = zone {
                v["organization"]["timeZone"] = json!(z);
            }
        })
    };
    // Two months after 30 April is 30 June: current on 2026-06-30 in China.
    assert_quiet(&edit(None), &order_records::RECORDS_CURRENT);
    assert_quiet(&edit(Some("+08:00")), &order_records::RECORDS_CURRENT);
    // In UTC the record is of 29 April, and stale on 30 June.
    let utc = edit(Some("+00:00"));
    let fs = assert_fires(
        &utc,
        &order_records::RECORDS_CURRENT,
        "7.3.2",
        &at("/orders"),
    );
    assert!(
        fs[0].message.en.contains("2026-04-29"),
        "{}",
        fs[0].message.en
    );
    // The instant is kept as written.
    let text = serde_json::to_string(&utc).unwrap();
    assert!(text.contains("\"2026-04-29T17:00:00Z\"") && text.contains("\"+00:00\""));
}
