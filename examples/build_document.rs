//! Builds a small management-system document through the API, evaluates it as of a date,
//! and prints what is still missing.
//!
//! `cargo run --example build_document`

use chrono::NaiveDate;
use ecms::common::{Interval, Schedule};
use ecms::ids::{ContextFactorId, InterestedPartyId};
use ecms::model::context::{
    ContextFactor, FactorCategory, FactorOrigin, InterestedParty, PartyKind,
};
use ecms::model::{BusinessModel, EcmsDocument, OrganizationProfile, SCHEMA_VERSION};
use uuid::Uuid;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x3100_0000_0000_4000_8000_0000_0000_0000 | n)
}

fn main() {
    let Some(as_of) = NaiveDate::from_ymd_opt(2026, 6, 30) else {
        return;
    };
    let reviewed = Schedule {
        interval: Some(Interval::months(6)),
        last_done: ecms::common::Date::from_ymd(2026, 4, 1),
        record: None,
    };
    let mut doc = EcmsDocument {
        schema_version: SCHEMA_VERSION.to_owned(),
        organization: OrganizationProfile {
            name: "Blue Lantern Teas".into(),
            business_models: vec![BusinessModel::B2c],
            ..Default::default()
        },
        context: Default::default(),
        leadership: Default::default(),
        planning: Default::default(),
        support: Default::default(),
        operation: Default::default(),
        performance: Default::default(),
        improvement: Default::default(),
        assessments: Vec::new(),
        policy: Default::default(),
        extensions: Default::default(),
    };
    for (i, (category, text)) in [
        (
            FactorCategory::MarketAndCustomers,
            "Gift buyers want same-week delivery",
        ),
        (
            FactorCategory::Competitors,
            "Two rivals bundle free tea sets",
        ),
        (
            FactorCategory::Capability,
            "Small team, no in-house developer",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        doc.context.factors.push(ContextFactor {
            id: ContextFactorId::new(id(i as u128 + 1)),
            category: Some(category),
            origin: Some(FactorOrigin::External),
            description: text.into(),
            evaluation: Some("Discussed in the April management meeting".into()),
            monitoring: Some("Monthly sales review".into()),
            review: reviewed.clone(),
            extensions: Default::default(),
        });
    }
    doc.context.interested_parties.push(InterestedParty {
        id: InterestedPartyId::new(id(0x100)),
        name: "Online customers".into(),
        kind: Some(PartyKind::Customer),
        requirements: vec!["Fresh tea, delivered intact".into()],
        review: reviewed,
        extensions: Default::default(),
    });

    let report = ecms::conformity::assess(&doc, as_of);
    println!(
        "{}: {} error(s), {} warning(s), readiness {}%",
        doc.organization.name,
        report.summary.errors,
        report.summary.warnings,
        report.summary.readiness_percent
    );
    for f in report
        .findings
        .iter()
        .filter(|f| f.clause.starts_with("3."))
    {
        println!("  {} {:<8} {}", f.severity.as_str(), f.clause, f.message.en);
    }
    match serde_json::to_string_pretty(&doc) {
        Ok(json) => println!(
            "\nThe document as JSON starts:\n{}",
            json.lines().take(12).collect::<Vec<_>>().join("\n")
        ),
        Err(e) => eprintln!("{e}"),
    }
}
