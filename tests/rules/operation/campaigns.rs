//! 7.4 b)–f) — campaigns.

use super::*;
use crate::common::*;
use ecms::rules::operation::campaigns;
use serde_json::json;

#[test]
fn campaign_planning_and_resources() {
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/1", "dataBasis"),
        &campaigns::DATA_BASIS,
        "7.4.b",
        "/operation/marketing/campaigns/1",
    )
    .with_reason("no-data-basis");
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/2", "plan"),
        &campaigns::PLANNED,
        "7.4.c",
        "/operation/marketing/campaigns/2",
    )
    .with_reason("no-plan");
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/0", "resources"),
        &campaigns::RESOURCES,
        "7.4.d",
        "/operation/marketing/campaigns/0",
    )
    .with_reason("no-resources");
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/0", "budget"),
        &campaigns::RESOURCES,
        "7.4.d",
        "/operation/marketing/campaigns/0",
    )
    .with_reason("no-budget");
    // A cancelled campaign is not held to these.
    let d = broken(|v| {
        v["operation"]["marketing"]["campaigns"][2]["cancelled"] = json!(true);
        drop_key(v, "/operation/marketing/campaigns/2", "plan");
    });
    assert_quiet(&d, &campaigns::PLANNED);
}

#[test]
fn campaign_approved_before_start() {
    const C: &str = "/operation/marketing/campaigns/3";
    fires(
        |v| drop_key(v, C, "approval"),
        &campaigns::APPROVED_BEFORE_START,
        "7.4.c",
        C,
    )
    .with_reason("started-unapproved");
    // Started 2026-05-28, approved the day after.
    fires(
        |v| v["operation"]["marketing"]["campaigns"][3]["approval"]["date"] = json!("2026-05-29"),
        &campaigns::APPROVED_BEFORE_START,
        "7.4.c",
        C,
    )
    .with_reason("approved-after-start");
    // Approved on the start day: fine.
    let d = broken(|v| {
        v["operation"]["marketing"]["campaigns"][3]["approval"]["date"] = json!("2026-05-28")
    });
    assert_quiet(&d, &campaigns::APPROVED_BEFORE_START);
    // A campaign that has not started yet may still await approval.
    let d = broken(|v| {
        let c = &mut v["operation"]["marketing"]["campaigns"][3];
        c["start"] = json!("2026-07-10");
        c["end"] = json!("2026-07-20");
        obj(v, C).remove("approval");
    });
    assert_quiet(&d, &campaigns::APPROVED_BEFORE_START);
}

#[test]
fn campaign_supervised() {
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/3", "supervisionRecords"),
        &campaigns::SUPERVISED,
        "7.4.e",
        "/operation/marketing/campaigns/3",
    )
    .with_reason("no-supervision-records");
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/1", "supervisor"),
        &campaigns::SUPERVISED,
        "7.4.e",
        "/operation/marketing/campaigns/1",
    )
    .with_reason("no-supervisor");
}

#[test]
fn campaign_evaluated_boundaries() {
    const C: &str = "/operation/marketing/campaigns/3";
    // The 618 sale ended 2026-06-20; evaluation due within P30D: by 2026-07-20.
    let d = dataset();
    assert_quiet_on(&d, &campaigns::EVALUATED_IN_TIME, date(2026, 7, 20));
    assert_fires_on(
        &d,
        &campaigns::EVALUATED_IN_TIME,
        "7.4.f",
        C,
        date(2026, 7, 21),
    );
    // The shall rule judges the evaluation's own record, not the organization's period.
    assert_quiet_on(&d, &campaigns::EVALUATED, date(2026, 7, 21));
    // Evaluated before it ended.
    fires(
        |v| v["operation"]["marketing"]["campaigns"][2]["evaluation"]["date"] = json!("2026-03-19"),
        &campaigns::EVALUATED,
        "7.4.f",
        "/operation/marketing/campaigns/2",
    )
    .with_reason("evaluated-before-end");
    // Evaluated too late (ended 2025-12-12, due 2026-01-11).
    fires(
        |v| v["operation"]["marketing"]["campaigns"][1]["evaluation"]["date"] = json!("2026-01-12"),
        &campaigns::EVALUATED_IN_TIME,
        "7.4.f",
        "/operation/marketing/campaigns/1",
    )
    .with_reason("evaluated-late");
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/0/evaluation", "results"),
        &campaigns::EVALUATED,
        "7.4.f",
        "/operation/marketing/campaigns/0",
    )
    .with_reason("no-results");
}

#[test]
fn every_reason_of_campaigns() {
    const C0: &str = "/operation/marketing/campaigns/0";
    const C3: &str = "/operation/marketing/campaigns/3";
    gives(
        |v| drop_key(v, C0, "objective"),
        &campaigns::PLANNED,
        "no-objective",
    );
    gives(|v| drop_key(v, C0, "end"), &campaigns::PLANNED, "no-dates");
    gives(
        |v| {
            obj(v, C3).insert("start".into(), json!("2026-08-01"));
            obj(v, C3).insert("end".into(), json!("2026-08-20"));
            v["operation"]["marketing"]["campaigns"][3]["approval"]["date"] = json!("2026-07-10");
        },
        &campaigns::APPROVED_BEFORE_START,
        "approved-after-as-of",
    );
    gives(
        |v| drop_key(v, C0, "evaluation"),
        &campaigns::EVALUATED_IN_TIME,
        "not-evaluated",
    );
    gives(
        |v| {
            obj(v, C3).insert(
                "evaluation".into(),
                json!({"date": "2026-07-05", "results": "GMV 98%"}),
            );
        },
        &campaigns::EVALUATED,
        "evaluated-after-as-of",
    );
}
