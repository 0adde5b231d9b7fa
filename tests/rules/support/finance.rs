//! 6.1.3 — funds.

use super::{assert_reasons, remove};
use crate::common::*;
use ecms::rules::support::finance;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn fund_needs_per_horizon() {
    let d = broken(|v| {
        arr(v, "/support/finance/fundNeeds").retain(|n| n["horizon"] != "longTerm");
    });
    let fs = assert_fires(&d, &finance::FUND_NEEDS, "6.1.3", "/support/finance");
    assert_reasons(&d, &finance::FUND_NEEDS, &["no-long-term"]);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].reason, "no-long-term");
    let d = broken(|v| remove(v, "/support", "finance"));
    let fs = assert_fires(&d, &finance::FUND_NEEDS, "6.1.3", "/support");
    assert_reasons(&d, &finance::FUND_NEEDS, &["no-short-term", "no-long-term"]);
    assert_eq!(fs.len(), 2);
}

#[test]
fn fund_need_without_source_or_amount() {
    let d = broken(|v| {
        let n = obj(v, "/support/finance/fundNeeds/0");
        n.remove("fundingSource");
        n.remove("amount");
    });
    let fs = assert_fires(
        &d,
        &finance::FUND_SUPPLY,
        "6.1.3",
        "/support/finance/fundNeeds/0",
    );
    assert_reasons(
        &d,
        &finance::FUND_SUPPLY,
        &["no-amount", "no-funding-source"],
    );
    assert_eq!(fs.len(), 2);
}

#[test]
fn no_budget() {
    let d = broken(|v| v["support"]["finance"]["budgetLines"] = json!([]));
    assert_fires(&d, &finance::BUDGET, "6.1.3", "/support/finance");
    let d = broken(|v| remove(v, "/support", "finance"));
    assert_fires(&d, &finance::BUDGET, "6.1.3", "/support");
}

#[test]
fn budget_line_without_actual() {
    let d = broken(|v| remove(v, "/support/finance/budgetLines/2", "actual"));
    assert_fires(
        &d,
        &finance::BUDGET_COMPARED,
        "6.1.3",
        "/support/finance/budgetLines/2",
    );
    assert_reasons(&d, &finance::BUDGET_COMPARED, &["no-actual"]);
    let d = broken(|v| {
        let l = obj(v, "/support/finance/budgetLines/2");
        l.remove("planned");
        l.remove("plannedToDate");
    });
    assert_fires(
        &d,
        &finance::BUDGET_COMPARED,
        "6.1.3",
        "/support/finance/budgetLines/2",
    );
    assert_reasons(&d, &finance::BUDGET_COMPARED, &["no-planned"]);
}

#[test]
fn budget_currency_mismatch() {
    let d =
        broken(|v| v["support"]["finance"]["budgetLines"][1]["actual"]["currency"] = json!("USD"));
    assert_fires(
        &d,
        &finance::BUDGET_CURRENCY,
        "6.1.3",
        "/support/finance/budgetLines/1/planned",
    );
    assert_fires(
        &d,
        &finance::BUDGET_CURRENCY,
        "6.1.3",
        "/support/finance/budgetLines/1/plannedToDate",
    );
}

#[test]
fn no_variance_threshold() {
    let d = broken(|v| remove(v, "/support/finance", "varianceThreshold"));
    let fs = assert_fires(
        &d,
        &finance::VARIANCE_THRESHOLD,
        "6.1.3",
        "/support/finance/budgetLines/0",
    );
    assert_eq!(fs.len(), 8);
    // A line's own threshold is enough for that line.
    let d = broken(|v| {
        remove(v, "/support/finance", "varianceThreshold");
        v["support"]["finance"]["budgetLines"][0]["varianceThreshold"] = json!("20");
    });
    let fs = findings(&d, &finance::VARIANCE_THRESHOLD, as_of());
    assert_eq!(fs.len(), 7);
    assert!(
        fs.iter()
            .all(|f| f.path != "/support/finance/budgetLines/0")
    );
}

#[test]
fn variance_beyond_threshold_needs_action() {
    // Advertising: 542,800.00 against 460,000.00 to date = +18 %, acted upon.
    let d = broken(|v| remove(v, "/support/finance/budgetLines/0", "actions"));
    let fs = assert_fires(
        &d,
        &finance::VARIANCE_ACTED,
        "6.1.3",
        "/support/finance/budgetLines/0",
    );
    assert_eq!(fs[0].params["planned"], "460000.00 CNY");
    // Underspending counts too: IT 58,100.00 against 70,000.00 = -17 %.
    let d = broken(|v| remove(v, "/support/finance/budgetLines/4", "actions"));
    assert_fires(
        &d,
        &finance::VARIANCE_ACTED,
        "6.1.3",
        "/support/finance/budgetLines/4",
    );
    // An action decided after the evaluation date does not count.
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][0]["actions"][0]["decidedOn"] = json!("2026-07-01")
    });
    assert_fires(
        &d,
        &finance::VARIANCE_ACTED,
        "6.1.3",
        "/support/finance/budgetLines/0",
    );
}

#[test]
fn variance_threshold_boundary_is_exact() {
    // Commissions: 860,000.00 planned to date, threshold 10 %: 946,000.00 is exactly 10 %.
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][1]["actual"]["amount"] = json!("946000.00")
    });
    assert_quiet(&d, &finance::VARIANCE_ACTED);
    let d = broken(|v| {
        v["support"]["finance"]["budgetLines"][1]["actual"]["amount"] = json!("946000.01")
    });
    assert_fires(
        &d,
        &finance::VARIANCE_ACTED,
        "6.1.3",
        "/support/finance/budgetLines/1",
    );
    // A tighter line threshold overrides the general one: +4.92 % against 4 %.
    let d = broken(|v| v["support"]["finance"]["budgetLines"][1]["varianceThreshold"] = json!("4"));
    assert_fires(
        &d,
        &finance::VARIANCE_ACTED,
        "6.1.3",
        "/support/finance/budgetLines/1",
    );
    // Without a to-date plan the whole-period plan is compared.
    let d = broken(|v| remove(v, "/support/finance/budgetLines/1", "plannedToDate"));
    assert_fires(
        &d,
        &finance::VARIANCE_ACTED,
        "6.1.3",
        "/support/finance/budgetLines/1",
    );
}

#[test]
fn budget_comparison_interval_and_schedule() {
    let d = broken(|v| v["support"]["finance"]["comparison"] = json!({"lastDone": "2026-06-10"}));
    assert_fires(
        &d,
        &finance::COMPARISON_INTERVAL,
        "6.1.3",
        "/support/finance",
    );
    // Monthly, last 2026-06-10: due 2026-07-10.
    let d = dataset();
    assert_quiet_on(&d, &finance::COMPARISON_OVERDUE, date(2026, 7, 10));
    assert_fires_on(
        &d,
        &finance::COMPARISON_OVERDUE,
        "6.1.3",
        "/support/finance",
        date(2026, 7, 11),
    );
}

#[test]
fn actual_figure_dated_outside_the_period() {
    let d =
        broken(|v| v["support"]["finance"]["budgetLines"][0]["actualAsOf"] = json!("2026-07-31"));
    assert_fires(
        &d,
        &finance::BUDGET_COMPARED,
        "6.1.3",
        "/support/finance/budgetLines/0/actualAsOf",
    );
    assert_reasons(&d, &finance::BUDGET_COMPARED, &["actual-date-outside"]);
    let d =
        broken(|v| v["support"]["finance"]["budgetLines"][0]["actualAsOf"] = json!("2025-12-31"));
    assert_reasons(&d, &finance::BUDGET_COMPARED, &["actual-date-outside"]);
}

/// A budget line whose period has not begun has no actual spending to compare yet.
#[test]
fn future_budget_line_needs_no_actual() {
    let d = broken(|v| {
        let l = &mut v["support"]["finance"]["budgetLines"][0];
        l["periodFrom"] = json!("2027-01-01");
        l["periodTo"] = json!("2027-12-31");
        let l = l.as_object_mut().unwrap();
        l.remove("actual");
        l.remove("actualAsOf");
        l.remove("plannedToDate");
    });
    assert_quiet(&d, &finance::BUDGET_COMPARED);
    let d = broken(|v| {
        obj(v, "/support/finance/budgetLines/0").remove("actual");
    });
    assert_reasons(&d, &finance::BUDGET_COMPARED, &["no-actual"]);
}
