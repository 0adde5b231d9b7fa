//! 7.3.3.2 applied to carriers: an order ships only with a carrier approved on its ship date.
//!
//! In the dataset, order 2 (TM-4128901233170044) ships on 2026-06-19 (local time) with ZTO
//! (carrier 1), orders 0 and 3 ship on 2026-06-16 and 2026-06-21 with SF (carrier 0), and
//! order 1 records no carrier.

use super::*;
use ecms::rules::integrity::references;
use ecms::rules::operation::supply_chain::order_carriers;

/// The dataset with ZTO's status history replaced; its current status becomes that of the
/// latest entry.
fn zto_history(h: Value) -> ecms::EcmsDocument {
    broken(|v| {
        let c = &mut sc(v)["carriers"][1];
        c["status"] = h.as_array().unwrap().last().unwrap()["status"].clone();
        c["history"] = h;
    })
}

fn approved_2022() -> Value {
    json!({"status": "approved", "from": "2022-03-01"})
}

#[test]
fn dataset_orders_name_carriers_approved_on_their_ship_dates() {
    let d = dataset();
    let orders = &d.operation.supply_chain.orders;
    assert!(orders.iter().filter(|o| o.carrier.is_some()).count() >= 2);
    assert!(orders.iter().any(|o| o.carrier.is_none()));
    assert_quiet(&d, &order_carriers::ORDER_CARRIER_APPROVED);
}

#[test]
fn carrier_suspended_on_the_ship_date() {
    let d = zto_history(json!([
        approved_2022(),
        {"status": "suspended", "from": "2026-06-18", "note": "Lost parcels at the Hangzhou hub"}
    ]));
    let fs = assert_fires(
        &d,
        &order_carriers::ORDER_CARRIER_APPROVED,
        "7.3.3.2",
        &at("/orders/2/carrier"),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "not-approved-then");
    assert_eq!(fs[0].params["status"], "suspended");
    assert_eq!(fs[0].params["date"], "2026-06-19");
    let en = &fs[0].message.en;
    assert!(en.contains("TM-4128901233170044"), "{en}");
    assert!(en.contains("ZTO Express"), "{en}");
    assert!(
        en.contains("2026-06-19") && en.contains("suspended"),
        "{en}"
    );
    let zh = &fs[0].message.zh;
    assert!(zh.contains("2026年6月19日"), "{zh}");
    assert!(zh.contains("暂停使用"), "{zh}");
    // A report as of a day before the order shipped has nothing to say about it.
    assert_quiet_on(
        &d,
        &order_carriers::ORDER_CARRIER_APPROVED,
        date(2026, 6, 18),
    );
}

#[test]
fn carrier_terminated_or_candidate_on_the_ship_date() {
    let d = zto_history(json!([
        approved_2022(),
        {"status": "terminated", "from": "2026-06-01"}
    ]));
    let fs = findings(&d, &order_carriers::ORDER_CARRIER_APPROVED, as_of());
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["status"], "terminated");
    assert!(fs[0].message.zh.contains("终止使用"));

    let d = zto_history(json!([
        {"status": "candidate", "from": "2026-05-20"},
        {"status": "approved", "from": "2026-06-20"}
    ]));
    let fs = findings(&d, &order_carriers::ORDER_CARRIER_APPROVED, as_of());
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "not-approved-then");
    assert_eq!(fs[0].params["status"], "candidate");
    assert!(fs[0].message.zh.contains("候选供方"));
}

#[test]
fn carrier_listed_only_after_the_ship_date() {
    let d = zto_history(json!([{"status": "approved", "from": "2026-06-20"}]));
    let fs = assert_fires(
        &d,
        &order_carriers::ORDER_CARRIER_APPROVED,
        "7.3.3.2",
        &at("/orders/2/carrier"),
    );
    assert_eq!(
        fs.iter().map(|f| f.reason.as_str()).collect::<Vec<_>>(),
        ["unlisted-then"]
    );
    assert!(fs[0].message.zh.contains("尚未列入供方名录"));
}

#[test]
fn carrier_approved_that_day_though_suspended_now() {
    // Suspended from 2026-06-25, after every order shipped: status at the moment of use.
    let d = zto_history(json!([
        approved_2022(),
        {"status": "suspended", "from": "2026-06-25"}
    ]));
    assert_eq!(
        d.operation.supply_chain.carriers[1].status,
        Some(ecms::model::operation::supply_chain::ProviderStatus::Suspended)
    );
    assert_quiet(&d, &order_carriers::ORDER_CARRIER_APPROVED);
    // Suspended on the ship date itself: the order was handed to a suspended carrier.
    let d = zto_history(json!([
        approved_2022(),
        {"status": "suspended", "from": "2026-06-19"}
    ]));
    assert_eq!(
        reasons(&d, &order_carriers::ORDER_CARRIER_APPROVED),
        ["not-approved-then"]
    );
    // Suspended then approved again before the order shipped: in order.
    let d = zto_history(json!([
        approved_2022(),
        {"status": "suspended", "from": "2026-06-01"},
        {"status": "conditionallyApproved", "from": "2026-06-15"}
    ]));
    assert_quiet(&d, &order_carriers::ORDER_CARRIER_APPROVED);
}

#[test]
fn carrier_without_history_judged_by_what_is_certain() {
    // SF has no status history. Still a candidate: unapproved whenever the orders shipped.
    let d = broken(|v| sc(v)["carriers"][0]["status"] = json!("candidate"));
    let fs = findings(&d, &order_carriers::ORDER_CARRIER_APPROVED, as_of());
    let paths: Vec<&str> = fs.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [at("/orders/0/carrier"), at("/orders/3/carrier")]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    // Suspended now, with no date: the suspension may have followed the orders.
    let d = broken(|v| sc(v)["carriers"][0]["status"] = json!("suspended"));
    assert_quiet(&d, &order_carriers::ORDER_CARRIER_APPROVED);
    // Approved only after order 0 shipped (2026-06-16), before order 3 (2026-06-21).
    let d = broken(|v| sc(v)["carriers"][0]["approvedOn"] = json!("2026-06-18"));
    let fs = assert_fires(
        &d,
        &order_carriers::ORDER_CARRIER_APPROVED,
        "7.3.3.2",
        &at("/orders/0/carrier"),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "approved-later");
    assert!(fs[0].message.zh.contains("2026年6月18日"));
}

#[test]
fn orders_without_a_carrier_are_not_judged() {
    let d = broken(|v| {
        let c = &mut sc(v)["carriers"][1];
        c["status"] = json!("suspended");
        c["history"] = json!([approved_2022(), {"status": "suspended", "from": "2026-06-01"}]);
        obj(v, &at("/orders/2")).remove("carrier");
    });
    assert_quiet(&d, &order_carriers::ORDER_CARRIER_APPROVED);
}

#[test]
fn ship_date_is_the_shipping_completion_else_the_earliest_step() {
    let d = dataset();
    let tz = d.time_zone();
    let orders = &d.operation.supply_chain.orders;
    // Shipped 2026-06-19T06:12Z: the same day in China.
    assert_eq!(orders[2].ship_date(tz), Some(date(2026, 6, 19).into()));
    // Shipped 2026-06-18T08:31Z; the step started on 2026-06-17.
    assert_eq!(orders[1].ship_date(tz), Some(date(2026, 6, 18).into()));
    // Shipping still open: the day of the earliest step.
    let d = broken(|v| {
        obj(v, &at("/orders/2/steps/0")).remove("completed");
    });
    let o = &d.operation.supply_chain.orders[2];
    // Started 2026-06-18T15:20Z, i.e. 23:20 in China.
    assert_eq!(o.ship_date(tz), Some(date(2026, 6, 18).into()));
    let d = broken(|v| {
        obj(v, &at("/orders/2")).remove("steps");
    });
    assert_eq!(d.operation.supply_chain.orders[2].ship_date(tz), None);
}

#[test]
fn a_carrier_that_does_not_exist_is_a_data_error() {
    let d = broken(|v| {
        sc(v)["orders"][2]["carrier"] = json!("73400000-0000-4000-8000-000000009999");
    });
    let fs = assert_fires(
        &d,
        &references::DANGLING,
        "6.4.2.a",
        &at("/orders/2/carrier"),
    );
    assert_eq!(fs[0].params["kind"], "carrier");
    assert_quiet(&d, &order_carriers::ORDER_CARRIER_APPROVED);
    // A supplier's id is not a carrier's.
    let d = broken(|v| {
        let supplier = sc(v)["suppliers"][0]["id"].clone();
        sc(v)["orders"][2]["carrier"] = supplier;
    });
    assert_fires(
        &d,
        &references::DANGLING,
        "6.4.2.a",
        &at("/orders/2/carrier"),
    );
}
