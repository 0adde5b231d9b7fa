//! Hostile input: linear location work, located errors a person can act on, the fuzz target
//! bodies under proptest, and the recorded crashers and probe inputs replayed.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../fuzz/bodies.rs"]
mod bodies;

use ecms::locate::{locate_all, locate_all_with_work};
use ecms::parse::InvalidKind;
use ecms::{ParseError, parse_bytes, parse_document};
use proptest::prelude::*;

fn many_unknown_fields(n: usize) -> String {
    let mut s = String::from("{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"");
    for i in 0..n {
        s.push_str(&format!(",\n \"未知{i}\": {{\"v\": [1, 2, \"值\"]}}"));
    }
    s.push_str("}}");
    s
}

#[test]
fn locating_unknown_fields_is_linear() {
    let mut per_byte = Vec::new();
    for n in [1_000usize, 10_000, 50_000] {
        let text = many_unknown_fields(n);
        let fields = match parse_document(&text) {
            Err(ParseError::UnknownFields { fields }) => fields,
            other => panic!("{other:?}"),
        };
        assert_eq!(fields.len(), n);
        let last = fields.last().unwrap();
        assert_eq!((last.line, last.column), (Some(n + 1), Some(2)));
        // The parser locates them with one locate_all call; count its work.
        let pointers: Vec<&str> = fields.iter().map(|f| f.path.as_str()).collect();
        let (found, work) = locate_all_with_work(&text, &pointers);
        assert!(found.iter().all(Option::is_some));
        let size = text.len() + pointers.iter().map(|p| p.len()).sum::<usize>();
        assert!(
            work as usize <= 3 * size,
            "{n}: {work} steps for {size} bytes"
        );
        per_byte.push(work as f64 / text.len() as f64);
    }
    // The same work per byte at 1,000 and 50,000 fields: no rescanning from the start.
    assert!(per_byte[2] <= per_byte[0] * 1.1, "{per_byte:?}");
}

#[test]
fn locating_many_findings_is_linear() {
    let n = 20_000;
    let items: Vec<String> = (0..n).map(|i| format!("{{\"id\": {i}}}")).collect();
    let text = format!("{{\"a\": {{\"list\": [{}]}}}}", items.join(",\n"));
    let pointers: Vec<String> = (0..n).rev().map(|i| format!("/a/list/{i}/id")).collect();
    let refs: Vec<&str> = pointers.iter().map(String::as_str).collect();
    let (found, work) = locate_all_with_work(&text, &refs);
    assert_eq!(found[0].map(|l| l.line), Some(n));
    assert!(work as usize <= 3 * (text.len() + pointers.iter().map(String::len).sum::<usize>()));
    assert_eq!(
        locate_all(&text, &["/a/list/x", "/a/list/99999"]),
        [None, None]
    );
}

fn invalid(r: Result<ecms::Parsed, ParseError>) -> (InvalidKind, usize, usize, String, String) {
    match r {
        Err(ParseError::Invalid {
            kind,
            line,
            column,
            path,
            message,
        }) => (kind, line, column, path, message),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn columns_count_characters_in_syntax_errors_too() {
    let text = "{\"schemaVersion\": \"1.0\",\n\"organization\": {\"name\": \"电子商务\" \"x\"}}";
    let (kind, line, column, path, message) = invalid(parse_document(text));
    assert_eq!(kind, InvalidKind::Syntax);
    assert_eq!((line, column, path.as_str()), (2, 33, "/organization"));
    assert!(message.contains("found `\"`"), "{message}");
}

#[test]
fn a_bom_is_skipped() {
    let text = "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}}";
    assert!(parse_document(&format!("\u{feff}{text}")).is_ok());
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    assert!(parse_bytes(&bytes).is_ok());
    let (kind, line, column, _, message) = invalid(parse_bytes(b"\xFF\xFE{\x00}\x00"));
    assert_eq!((kind, line, column), (InvalidKind::Encoding, 1, 1));
    assert!(
        message.contains("UTF-16") && message.contains("UTF-8"),
        "{message}"
    );
    // After a BOM, columns count from the first real character.
    let (_, line, column, ..) = invalid(parse_document("\u{feff}{,}"));
    assert_eq!((line, column), (1, 2));
}

#[test]
fn invalid_utf8_is_located() {
    let bytes =
        b"{\"schemaVersion\": \"1.0\",\n \"organization\": {\"name\": \"\xE9\x99\x88\xE9\"}}";
    let (kind, line, column, path, message) = invalid(parse_bytes(bytes));
    assert_eq!(kind, InvalidKind::Encoding);
    assert_eq!((line, column, path.as_str()), (2, 29, "/organization/name"));
    assert!(
        message.contains("0xE9") && message.contains("UTF-8"),
        "{message}"
    );
}

#[test]
fn an_enum_given_a_number_says_what_was_expected() {
    let text = r#"{"schemaVersion": "1.0", "organization": {"name": "X", "businessModels": [3]}}"#;
    let (kind, line, _, path, message) = invalid(parse_document(text));
    assert_eq!((kind, line), (InvalidKind::Data, 1));
    assert_eq!(path, "/organization/businessModels/0");
    assert!(
        message.contains("integer `3`") && message.contains("`b2c`"),
        "{message}"
    );
    for v in ["true", "null", "[]", "1.5"] {
        let text = text.replace('3', v);
        let (_, _, _, _, message) = invalid(parse_document(&text));
        assert!(
            message.contains("expected a string: one of"),
            "{v}: {message}"
        );
    }
}

#[test]
fn an_unsupported_version_is_located_and_lists_the_versions_read() {
    let text = "{\n  \"schemaVersion\": \"2.0\", \"organization\": {\"name\": \"X\"}}";
    match parse_document(text) {
        Err(e @ ParseError::UnsupportedVersion { .. }) => {
            let ParseError::UnsupportedVersion {
                line, column, path, ..
            } = &e
            else {
                unreachable!()
            };
            assert_eq!((*line, *column, path.as_str()), (2, 3, "/schemaVersion"));
            assert!(e.to_string().contains("1.0 and 1.1"), "{e}");
            assert!(e.to_string().contains("newer"), "{e}");
            assert!(e.to_string().starts_with("line 2, column 3"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bare_expected_value_is_gone() {
    let (_, _, _, _, message) = invalid(parse_document("{\"schemaVersion\": 'x'}"));
    assert!(
        message.starts_with("expected a JSON value") && message.contains("`'`"),
        "{message}"
    );
    let (kind, _, _, _, message) = invalid(parse_document("{\"schemaVersion\": \"1.0\""));
    assert_eq!(kind, InvalidKind::Eof);
    assert!(message.contains("truncated"), "{message}");
}

#[test]
fn due_dates_stop_at_9999() {
    use ecms::common::Interval;
    let last = chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
    assert_eq!(Interval::days(1).after(last), None);
    assert_eq!(
        Interval::years(9999).after(chrono::NaiveDate::from_ymd_opt(1, 1, 1).unwrap()),
        None
    );
    assert!(Interval::days(1).after(last.pred_opt().unwrap()).is_some());
}

/// Every file in tests/fixtures/hostile/ (crashers, probe inputs) is read without a panic,
/// and refused with a located message, or accepted and written back unchanged.
#[test]
fn recorded_hostile_inputs_replay() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        bodies::parse_body(&bytes);
        bodies::parse_evaluate_body(&bytes);
        n += 1;
    }
    assert!(n >= 10, "only {n} recorded inputs");
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        prop_oneof![Just("1.0"), Just("2026-02-29"), Just("P1Y"), Just("b2c")]
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::vec(
                (
                    prop_oneof![
                        Just("schemaVersion".to_owned()),
                        Just("organization".to_owned()),
                        Just("name".to_owned()),
                        Just("extensions".to_owned()),
                        any::<String>()
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Case counts keep the harness under 30 s in a debug build on 2 cores; a longer stable
/// fuzzing run sets `ECMS_HOSTILE_CASES_X` to multiply them.
fn cases(n: u32) -> ProptestConfig {
    let x: u32 = std::env::var("ECMS_HOSTILE_CASES_X")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    ProptestConfig::with_cases(n.saturating_mul(x.max(1)))
}

proptest! {
    #![proptest_config(cases(400))]

    #[test]
    fn fuzz_parse_on_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        bodies::parse_body(&data);
    }

    #[test]
    fn fuzz_parse_on_arbitrary_json(v in json_value()) {
        bodies::parse_body(v.to_string().as_bytes());
    }
}

proptest! {

    #![proptest_config(cases(120))]
    #[test]
    fn fuzz_parse_evaluate_on_mutated_datasets(data in proptest::collection::vec(any::<u8>(), 0..64)) {
        bodies::parse_evaluate_body(&data);
    }
}
