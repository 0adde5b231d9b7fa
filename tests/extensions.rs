//! Vendor `extensions` are kept exactly: numbers as written, key order, no duplicate keys.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;

use ecms::common::{ExtNumber, ExtValue, Extensions};
use ecms::parse::InvalidKind;
use ecms::{ParseError, parse_document};
use proptest::prelude::*;

fn doc_with(ext: &str) -> String {
    format!(
        "{{\"schemaVersion\": \"1.0\",\n \"organization\": {{\"name\": \"X\",\n \"extensions\": {ext}}}}}"
    )
}

#[test]
fn numbers_order_and_text_survive_a_round_trip() {
    let ext = r#"{"z": 123456789012345678901234567890, "a": 0.10, "m": 1e2, "n": -0, "e": 1E-7,
        "nested": {"y": [1.50, {"k": 18446744073709551616}], "b": null, "a": "\u00e9\n"}}"#;
    let doc = parse_document(&doc_with(ext)).unwrap().document;
    let keys: Vec<_> = doc.organization.extensions.keys().collect();
    assert_eq!(keys, ["z", "a", "m", "n", "e", "nested"]);
    let out = serde_json::to_string(&doc).unwrap();
    assert!(
        out.contains(r#""extensions":{"z":123456789012345678901234567890,"a":0.10,"m":1e2,"n":-0,"e":1E-7,"nested":{"y":[1.50,{"k":18446744073709551616}],"b":null,"a":"é\n"}}"#),
        "{out}"
    );
    // Pretty output keeps them too, and reads back to the same value.
    let pretty = serde_json::to_string_pretty(&doc).unwrap();
    assert_eq!(parse_document(&pretty).unwrap().document, doc);
}

#[test]
fn the_canonical_dataset_reproduces_byte_for_byte() {
    let doc = parse_document(DATASET).unwrap().document;
    assert_eq!(serde_json::to_string_pretty(&doc).unwrap() + "\n", DATASET);
}

#[test]
fn duplicate_keys_are_refused_with_their_location() {
    for (ext, path, line, column) in [
        (r#"{"a": 1, "a": 2}"#, "/organization/extensions/a", 3, 25),
        (
            "{\"名\": {\"k\": 1,\n \"k\": 2}}",
            "/organization/extensions/名/k",
            4,
            2,
        ),
        (
            r#"{"a": [{"x/y": 1, "x/y": 1}]}"#,
            "/organization/extensions/a/0/x~1y",
            3,
            34,
        ),
    ] {
        match parse_document(&doc_with(ext)) {
            Err(ParseError::Invalid {
                kind,
                line: l,
                column: c,
                path: p,
                message,
            }) => {
                assert_eq!(kind, InvalidKind::DuplicateKey, "{message}");
                assert_eq!((p.as_str(), l, c), (path, line, column), "{message}");
                assert!(message.contains("already given at line 3"), "{message}");
            }
            other => panic!("{ext}: {other:?}"),
        }
    }
    // Elsewhere too, with the same kind of error.
    let text =
        "{\"schemaVersion\": \"1.0\",\n \"organization\": {\"name\": \"X\", \"name\": \"Y\"}}";
    match parse_document(text) {
        Err(ParseError::Invalid {
            kind,
            line,
            column,
            path,
            ..
        }) => {
            assert_eq!(kind, InvalidKind::DuplicateKey);
            assert_eq!((line, column, path.as_str()), (2, 32, "/organization/name"));
        }
        other => panic!("{other:?}"),
    }
    // serde_json used directly refuses them as well.
    assert!(serde_json::from_str::<Extensions>(r#"{"a": {"b": 1, "b": 1}}"#).is_err());
}

#[test]
fn extensions_api() {
    let mut e = Extensions::new();
    assert!(e.is_empty());
    e.insert("b", ExtValue::Bool(true));
    e.insert("a", ExtValue::Number(ExtNumber::new("1.0").unwrap()));
    assert_eq!(e.insert("b", ExtValue::Null), Some(ExtValue::Bool(true)));
    assert_eq!(e.keys().collect::<Vec<_>>(), ["b", "a"]);
    assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"b":null,"a":1.0}"#);
    assert_eq!(e.remove("b"), Some(ExtValue::Null));
    assert_eq!(e.len(), 1);
    for bad in ["01", "1.", ".5", "+1", "1e", "NaN", "", "1 "] {
        assert!(ExtNumber::new(bad).is_none(), "{bad}");
    }
    assert!(Extensions::from_json("[1]").is_err());
    let deep = format!("{{\"a\": {}1{}}}", "[".repeat(200), "]".repeat(200));
    assert!(Extensions::from_json(&deep).is_err());
    assert!(parse_document(&doc_with(&deep)).is_err());
}

// ---------------------------------------------------------------------------------------------
// Property: any extension content round-trips exactly.

fn number() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        "(0|[1-9][0-9]{0,40})",
        proptest::option::of("[0-9]{1,20}"),
        proptest::option::of(("[eE]", "[+-]?", "[0-9]{1,3}")),
    )
        .prop_map(|(neg, int, frac, exp)| {
            let mut s = String::new();
            if neg {
                s.push('-');
            }
            s.push_str(&int);
            if let Some(f) = frac {
                s.push('.');
                s.push_str(&f);
            }
            if let Some((e, sign, d)) = exp {
                s.push_str(&e);
                s.push_str(&sign);
                s.push_str(&d);
            }
            s
        })
}

fn ext_value() -> impl Strategy<Value = ExtValue> {
    let leaf = prop_oneof![
        Just(ExtValue::Null),
        any::<bool>().prop_map(ExtValue::Bool),
        number().prop_map(|n| ExtValue::Number(ExtNumber::new(&n).unwrap())),
        any::<String>().prop_map(ExtValue::String),
        "[a-z陈\"\\\\/\u{1}]{0,6}".prop_map(ExtValue::String),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(ExtValue::Array),
            proptest::collection::vec((any::<String>(), inner), 0..4)
                .prop_map(|m| ExtValue::Object(m.into_iter().collect())),
        ]
    })
}

fn extensions() -> impl Strategy<Value = Extensions> {
    proptest::collection::vec(("[a-z:~/陈]{0,8}", ext_value()), 0..5)
        .prop_map(|m| m.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn any_extension_round_trips_exactly(ext in extensions(), pretty in any::<bool>()) {
        let json = if pretty {
            serde_json::to_string_pretty(&ext).unwrap()
        } else {
            serde_json::to_string(&ext).unwrap()
        };
        let text = doc_with(&json);
        let doc = parse_document(&text).unwrap().document;
        prop_assert_eq!(&doc.organization.extensions, &ext);
        let again = if pretty {
            serde_json::to_string_pretty(&doc.organization.extensions).unwrap()
        } else {
            serde_json::to_string(&doc.organization.extensions).unwrap()
        };
        prop_assert_eq!(again, json);
    }
}
