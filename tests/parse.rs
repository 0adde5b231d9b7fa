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
