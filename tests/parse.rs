//! Reading documents: located errors, unknown fields, exact decimals, round trips.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;

use ecms::common::{ExactDecimal, Interval, Money};
use ecms::parse::{InvalidKind, parse_value};
use ecms::{ParseError, ParseOptions, UnknownFieldPolicy, parse_document, parse_document_with};

fn invalid(text: &str) -> (InvalidKind, usize, usize, String, String) {
    match parse_document(text) {
        Err(ParseError::Invalid {
            kind,
            line,
            column,
            path,
            message,
        }) => (kind, line, column, path, message),
        other => panic!("expected an Invalid error, got {other:?}"),
    }
}

const HEAD: &str = r#"{"schemaVersion": "1.0", "organization": {"name": "X"}"#;

#[test]
fn dataset_round_trips_to_an_equal_value() {
    let doc = dataset();
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let again = parse_document(&text).unwrap().document;
    assert_eq!(doc, again);
    // And the serialized JSON equals the input JSON (nothing lost, nothing invented).
    let input: serde_json::Value = serde_json::from_str(DATASET).unwrap();
    let output: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(input, output);
}

#[test]
fn broken_json_is_located() {
    let (kind, line, column, path, _) =
        invalid("{\n  \"schemaVersion\": \"1.0\",\n  \"organization\": {\"name\": \"X\",}\n}");
    assert_eq!(kind, InvalidKind::Syntax);
    assert_eq!(line, 3);
    assert!(column > 20, "column {column}");
    assert_eq!(path, "/organization");
    let (kind, ..) = invalid("{\"schemaVersion\": \"1.0\"");
    assert_eq!(kind, InvalidKind::Eof);
    let (kind, ..) = invalid("");
    assert_eq!(kind, InvalidKind::Eof);
    let (kind, ..) = invalid(&format!("{HEAD}}} trailing"));
    assert_eq!(kind, InvalidKind::Syntax);
}

#[test]
fn wrong_date_is_located() {
    let text = format!(
        "{HEAD},\n\"context\": {{\"factors\": [{{\"id\": \"31000000-0000-4000-8000-000000000001\", \"description\": \"d\",\n \"review\": {{\"lastDone\": \"2026-02-30\"}}}}]}}}}"
    );
    let (kind, line, _, path, message) = invalid(&text);
    assert_eq!(kind, InvalidKind::Data);
    assert_eq!(line, 3);
    assert_eq!(path, "/context/factors/0/review/lastDone");
    assert!(
        message.contains("input is out of range") || message.contains("invalid"),
        "{message}"
    );
}

#[test]
fn unknown_enum_value_is_located_and_lists_the_variants() {
    let text = format!(
        "{HEAD}, \"context\": {{\"factors\": [{{\"id\": \"31000000-0000-4000-8000-000000000001\", \"description\": \"d\", \"category\": \"weather\"}}]}}}}"
    );
    let (kind, _, _, path, message) = invalid(&text);
    assert_eq!(kind, InvalidKind::Data);
    assert_eq!(path, "/context/factors/0/category");
    assert!(
        message.contains("weather") && message.contains("marketAndCustomers"),
        "{message}"
    );
}

#[test]
fn wrong_type_and_bad_uuid() {
    let (_, _, _, path, _) = invalid(r#"{"schemaVersion": "1.0", "organization": {"name": 7}}"#);
    assert_eq!(path, "/organization/name");
    let (_, _, _, path, message) = invalid(
        r#"{"schemaVersion": "1.0", "organization": {"name": "X", "topManagement": ["not-a-uuid"]}}"#,
    );
    assert_eq!(path, "/organization/topManagement/0");
    assert!(message.contains("UUID"), "{message}");
}

#[test]
fn unknown_fields_are_refused_by_default_and_reported_on_request() {
    let text = "{\"schemaVersion\": \"1.0\",\n \"organization\": {\"name\": \"X\", \"colour\": \"red\"},\n \"extra\": 1}";
    match parse_document(text) {
        Err(ParseError::UnknownFields { fields }) => {
            let paths: Vec<_> = fields.iter().map(|f| f.path.as_str()).collect();
            assert_eq!(paths, ["/organization/colour", "/extra"]);
            assert_eq!((fields[0].line, fields[0].column), (Some(2), Some(32)));
            assert_eq!((fields[1].line, fields[1].column), (Some(3), Some(2)));
        }
        other => panic!("expected UnknownFields, got {other:?}"),
    }
    let parsed = parse_document_with(
        text,
        ParseOptions {
            unknown_fields: UnknownFieldPolicy::Report,
        },
    )
    .unwrap();
    assert_eq!(parsed.unknown_fields.len(), 2);
    assert_eq!(parsed.document.organization.name, "X");
    // Vendor data in `extensions` is kept verbatim.
    let text = r#"{"schemaVersion": "1.0", "organization": {"name": "X", "extensions": {"acme:tier": {"level": 3}}}}"#;
    let doc = parse_document(text).unwrap().document;
    let level = doc
        .organization
        .extensions
        .get("acme:tier")
        .and_then(|t| t.get("level"));
    assert!(matches!(level, Some(ecms::common::ExtValue::Number(n)) if n.as_str() == "3"));
    assert!(serde_json::to_string(&doc).unwrap().contains("acme:tier"));
}

#[test]
fn format_versions_older_newer_and_malformed_are_named() {
    use ecms::parse::VersionRelation;
    let relation = |v: &str| match parse_document(&format!(
        r#"{{"schemaVersion": "{v}", "organization": {{"name": "X"}}}}"#
    )) {
        Err(ParseError::UnsupportedVersion {
            found, relation, ..
        }) => {
            assert_eq!(found, v);
            Some(relation)
        }
        Ok(_) => None,
        Err(e) => panic!("{v}: {e}"),
    };
    assert_eq!(relation("1.0"), None);
    assert_eq!(relation("1.1"), None);
    assert_eq!(relation("0.9"), Some(VersionRelation::Older));
    assert_eq!(relation("1.2"), Some(VersionRelation::Newer));
    assert_eq!(relation("2.0"), Some(VersionRelation::Newer));
    assert_eq!(relation("1"), Some(VersionRelation::NotAVersion));
    assert_eq!(relation("v1.1"), Some(VersionRelation::NotAVersion));
    // An older document is named by its version even when its other fields are of another
    // shape, which would otherwise be the first error.
    let old = r#"{"schemaVersion": "0.9", "org": {"title": "X"}, "chapters": []}"#;
    match parse_document(old) {
        Err(e @ ParseError::UnsupportedVersion { .. }) => {
            let text = e.to_string();
            assert!(text.contains("\"0.9\"") && text.contains("older"), "{text}");
        }
        other => panic!("{other:?}"),
    }
    // A 1.0 document keeps its version when written back.
    let doc = parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "X"}}"#)
        .unwrap()
        .document;
    assert_eq!(doc.schema_version, "1.0");
}

#[test]
fn unsupported_version() {
    let r = parse_document(r#"{"schemaVersion": "2.0", "organization": {"name": "X"}}"#);
    assert!(matches!(r, Err(ParseError::UnsupportedVersion { found, .. }) if found == "2.0"));
}

#[test]
fn decimals_are_exact_or_refused() {
    let m: Money =
        parse_value(r#"{"amount": "12345678901234.123456789012", "currency": "CNY"}"#).unwrap();
    assert_eq!(m.amount.to_string(), "12345678901234.123456789012");
    assert_eq!(
        serde_json::to_string(&m).unwrap(),
        r#"{"amount":"12345678901234.123456789012","currency":"CNY"}"#
    );
    let scale: ExactDecimal = parse_value("\"12.50\"").unwrap();
    assert_eq!(serde_json::to_string(&scale).unwrap(), "\"12.50\"");
    // A JSON number would go through f64: refused with a located message.
    match parse_value::<Money>(r#"{"amount": 12345678901234567890.123456789, "currency": "CNY"}"#) {
        Err(ParseError::Invalid { path, message, .. }) => {
            assert_eq!(path, "/amount");
            assert!(message.contains("JSON string"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    for bad in [
        "\"01.5\"",
        "\"1.\"",
        "\".5\"",
        "\"1e5\"",
        "\"12345678901234567\"",
        "\"1.1234567890123\"",
        "\" 1\"",
        "\"+1\"",
        "\"\"",
    ] {
        assert!(parse_value::<ExactDecimal>(bad).is_err(), "{bad} accepted");
    }
    for good in [
        "\"0\"",
        "\"-0.5\"",
        "\"9999999999999999.999999999999\"",
        "\"-1234\"",
    ] {
        assert!(parse_value::<ExactDecimal>(good).is_ok(), "{good} refused");
    }
    assert!(parse_value::<Money>(r#"{"amount": "1", "currency": "cny"}"#).is_err());
}

#[test]
fn intervals() {
    for (s, ok) in [
        ("P1Y", true),
        ("P6M", true),
        ("P30D", true),
        ("P2W", true),
        ("P0D", false),
        ("P1Y6M", false),
        ("1Y", false),
        ("P10000D", false),
        ("P01M", false),
        ("PT1H", false),
    ] {
        assert_eq!(s.parse::<Interval>().is_ok(), ok, "{s}");
    }
    let y = Interval::years(1);
    assert_eq!(y.after(date(2024, 2, 29)), Some(date(2025, 2, 28).into()));
    assert_eq!(
        Interval::months(1).after(date(2026, 1, 31)),
        Some(date(2026, 2, 28).into())
    );
    assert!(Interval::months(12).at_most(&y));
    assert!(!Interval::months(13).at_most(&y));
    assert!(Interval::days(365).at_most(&y));
    assert!(!Interval::days(400).at_most(&y));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let deep = "[".repeat(10_000);
    assert!(parse_document(&deep).is_err());
    assert!(parse_document("\u{feff}{}").is_err());
    assert!(parse_document("null").is_err());
    assert!(parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "X"}, "context": {"factors": [{"id": "31000000-0000-4000-8000-000000000001", "description": "d", "review": {"interval": "P9999Y", "lastDone": "9999-12-31"}}]}}"#).is_ok());
}

#[test]
fn far_future_dates_do_not_panic_in_rules() {
    let doc = parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "X"}, "context": {"factors": [{"id": "31000000-0000-4000-8000-000000000001", "description": "d", "review": {"interval": "P9999Y", "lastDone": "9999-12-31"}}]}}"#).unwrap().document;
    let _ = ecms::evaluate(&doc, date(1, 1, 1));
    let _ = ecms::conformity::assess(&doc, chrono::NaiveDate::MAX);
    let _ = ecms::rules::obligations::list(&doc, chrono::NaiveDate::MIN, i64::MAX);
}

// ---------------------------------------------------------------------------------------------
// Open vocabularies (business categories): built-in values stay typed, any other valid value
// is kept verbatim, round-trips and is judged neutrally.

/// Business-category fields of the dataset and a value of another sector for each.
const UNFORESEEN: &[(&str, &str)] = &[
    ("/organization/businessModels/0", "社区团购"),
    ("/organization/ecommerceRoles/0", "franchisee"),
    ("/context/interestedParties/3/kind", "冷链物流商"),
    (
        "/operation/platformSelection/platforms/0/kind",
        "groupBuying",
    ),
    (
        "/operation/platformSelection/platforms/2/kind",
        "短视频平台",
    ),
    (
        "/operation/customerService/complaints/0/category",
        "allergen labelling",
    ),
    ("/operation/customerService/complaints/2/remedy", "以旧换新"),
    ("/operation/supplyChain/suppliers/0/kind", "食品生产企业"),
    (
        "/operation/supplyChain/channels/0/model",
        "communityGroupBuying",
    ),
    ("/improvement/nonconformities/5/source", "mystery shopper"),
];

#[test]
fn values_of_other_sectors_are_kept_round_trip_and_are_judged_neutrally() {
    let mut v = dataset_value();
    for (pointer, value) in UNFORESEEN {
        *v.pointer_mut(pointer).unwrap() = serde_json::json!(value);
    }
    let text = serde_json::to_string(&v).unwrap();
    let doc = parse_document(&text).unwrap().document;
    assert!(doc.organization.business_models[0].is_custom());
    assert_eq!(doc.organization.business_models[0].as_str(), "社区团购");
    // Nothing lost: serializing gives back exactly the values read.
    let back = serde_json::to_value(&doc).unwrap();
    for (pointer, value) in UNFORESEEN {
        assert_eq!(back.pointer(pointer).unwrap(), value, "{pointer}");
    }
    assert_eq!(back, v);
    // Judged neutrally: the conformant dataset stays conformant.
    let report = ecms::rules::evaluate(&doc, as_of());
    let ids: Vec<&str> = report.findings.iter().map(|f| f.rule_id.as_str()).collect();
    assert!(ids.is_empty(), "findings after unforeseen values: {ids:?}");
}

#[test]
fn built_in_values_of_other_sectors_are_typed() {
    use ecms::model::BusinessModel;
    use ecms::model::operation::operations::PlatformKind;
    use ecms::model::operation::supply_chain::SupplierKind;
    let mut v = dataset_value();
    *v.pointer_mut("/organization/businessModels").unwrap() =
        serde_json::json!(["b2b2c", "crossBorderExport", "o2o"]);
    *v.pointer_mut("/operation/platformSelection/platforms/2/kind")
        .unwrap() = serde_json::json!("liveStreaming");
    *v.pointer_mut("/operation/supplyChain/suppliers/0/kind")
        .unwrap() = serde_json::json!("cloudIt");
    let doc = doc_from(&v);
    assert_eq!(
        doc.organization.business_models,
        [
            BusinessModel::B2b2c,
            BusinessModel::CrossBorderExport,
            BusinessModel::O2o
        ]
    );
    assert_eq!(
        doc.operation.platform_selection.platforms[2].kind,
        Some(PlatformKind::LiveStreaming)
    );
    assert_eq!(
        doc.operation.supply_chain.suppliers[0].kind,
        Some(SupplierKind::CloudIt)
    );
    // A built-in name never becomes a custom value.
    assert_eq!(BusinessModel::from_name("b2b").unwrap(), BusinessModel::B2b);
    assert!(!BusinessModel::from_name("b2b").unwrap().is_custom());
}

#[test]
fn values_an_open_vocabulary_cannot_keep_are_refused_with_their_location() {
    for (bad, why) in [
        ("", "empty"),
        (" b2b", "space"),
        ("b2b ", "space"),
        ("live\nshopping", "control character"),
        ("x\u{7f}", "control character"),
    ] {
        let text = format!(
            "{{\"schemaVersion\": \"1.0\", \"organization\": {{\"name\": \"X\", \"businessModels\": [{}]}}}}",
            serde_json::to_string(bad).unwrap()
        );
        let (kind, line, column, path, message) = invalid(&text);
        assert_eq!(kind, InvalidKind::Data, "{bad:?}");
        assert_eq!((line, column > 1), (1, true), "{bad:?}");
        assert_eq!(path, "/organization/businessModels/0", "{bad:?}");
        assert!(message.contains(why), "{bad:?}: {message}");
    }
    let long = "长".repeat(ecms::names::CUSTOM_VALUE_MAX_CHARS + 1);
    let text = format!(
        "{{\"schemaVersion\": \"1.0\", \"organization\": {{\"name\": \"X\", \"businessModels\": [\"{long}\"]}}}}"
    );
    assert!(invalid(&text).4.contains("longer than 200"));
    // A built-in value in another case or with separators is a misspelling, not a new value.
    for (bad, known) in [("B2C", "b2c"), ("cross_border_export", "crossBorderExport")] {
        let text = format!(
            "{{\"schemaVersion\": \"1.0\", \"organization\": {{\"name\": \"X\", \"businessModels\": [\"{bad}\"]}}}}"
        );
        let message = invalid(&text).4;
        assert!(
            message.contains(&format!("did you mean `{known}`")),
            "{message}"
        );
    }
    // A number is not a name.
    let text = r#"{"schemaVersion": "1.0", "organization": {"name": "X", "businessModels": [7]}}"#;
    let message = invalid(text).4;
    assert!(
        message.contains("`b2b`") && message.contains("another name"),
        "{message}"
    );
}

#[test]
fn time_zones_and_instants_are_read_strictly_and_kept_as_written() {
    use ecms::common::{Instant, UtcOffset};
    for ok in ["+08:00", "-05:00", "+05:45", "+14:00", "-12:00", "+00:00"] {
        let z: UtcOffset = ok.parse().unwrap();
        assert_eq!(z.to_string(), ok);
    }
    for bad in [
        "08:00",
        "+8:00",
        "+0800",
        "UTC+8",
        "Asia/Shanghai",
        "+15:00",
        "+08:60",
        "",
    ] {
        assert!(bad.parse::<UtcOffset>().is_err(), "{bad}");
    }
    let text =
        r#"{"schemaVersion": "1.1", "organization": {"name": "X", "timeZone": "Asia/Shanghai"}}"#;
    let (_, _, _, path, message) = invalid(text);
    assert_eq!(path, "/organization/timeZone");
    assert!(message.contains("+08:00"), "{message}");
    for ok in [
        "2026-06-16T10:14:00+08:00",
        "2026-06-16T02:14:00Z",
        "2026-06-16T02:14:00.250Z",
    ] {
        let i: Instant = ok.parse().unwrap();
        assert_eq!(i.to_string(), ok);
    }
    for bad in [
        "2026-06-16 10:14:00+08:00",
        "2026-06-16t02:14:00z",
        "2026-06-16T02:14Z",
        "2026-06-16T02:14:00",
        "0000-06-16T02:14:00Z",
        "2026-06-31T02:14:00Z",
    ] {
        assert!(bad.parse::<Instant>().is_err(), "{bad}");
    }
    // The end of a day and the date of an instant are local.
    let cst = UtcOffset::china();
    let day = ecms::common::Date::from_ymd(2026, 6, 30).unwrap();
    assert_eq!(cst.end_of(day).to_rfc3339(), "2026-06-30T16:00:00+00:00");
    let i: Instant = "2026-06-30T17:30:00Z".parse().unwrap();
    assert_eq!(cst.date_of(&i.with_offset()).to_string(), "2026-07-01");
}

#[test]
fn people_may_be_recorded_by_a_pseudonymous_key_and_names_are_marked_personal_data() {
    let mut v = dataset_value();
    for p in v["support"]["people"].as_array_mut().unwrap() {
        let p = p.as_object_mut().unwrap();
        p.remove("name");
    }
    v["support"]["people"][0]["pseudonym"] = serde_json::json!("员工-001");
    let doc = doc_from(&v);
    assert_eq!(doc.support.people[0].label(), "员工-001");
    assert_eq!(
        doc.support.people[1].label(),
        doc.support.people[1].id.to_string()
    );
    // No rule needs a person's name.
    let report = ecms::rules::evaluate(&doc, as_of());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    // The schema marks the personal data for integrators.
    let schema = ecms::schema::schema("document").unwrap();
    for field in ["name", "pseudonym"] {
        let c = schema["$defs"]["Person"]["properties"][field]["$comment"]
            .as_str()
            .unwrap();
        assert!(c.contains(ecms::schema::PERSONAL_DATA_TAG), "{field}: {c}");
    }
    let text = serde_json::to_string(&schema).unwrap();
    assert_eq!(
        text.matches(ecms::schema::PERSONAL_DATA_TAG).count(),
        2,
        "only the person's name and pseudonym are personal data"
    );
    assert!(!text.contains(ecms::schema::PERSONAL_DATA_MARK));
}
