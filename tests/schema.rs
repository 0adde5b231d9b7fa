//! The JSON Schemas are exactly the parser's contract.
//!
//! * the committed `docs/schema/*.json` are up to date (`ECMS_BLESS=1` rewrites them);
//! * they use only standard Draft 2020-12 keywords and formats, no union types, and describe
//!   every entity and field;
//! * the bundled dataset and `tests/fixtures/valid/*.json` validate and parse;
//!   `tests/fixtures/invalid/*.json` are refused by both;
//! * generated mutations of the dataset and fixtures: the schema accepts exactly what
//!   `ecms::parse_document` accepts (both directions);
//! * property tests: serialized model values validate; for value types, schema acceptance of
//!   an arbitrary string equals parse acceptance;
//! * the outputs (report, rule catalog, clause catalog) validate against their schemas.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use ecms::common::{Currency, ExactDecimal, Interval, IntervalUnit, Money, Schedule};
use ecms::ids::*;
use ecms::model::context::{
    ContextFactor, FactorCategory, FactorOrigin, InterestedParty, PartyKind, Process,
};
use ecms::model::{Assessment, AssessmentStatus};
use ecms::schema::{SCHEMA_NAMES, schema, schema_for, to_pretty_json};
use jsonschema::Validator;
use proptest::prelude::*;
use serde_json::{Value, json};
use uuid::Uuid;

const DATASET: &str = include_str!("../examples/data/silk-road-threads.json");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn compile(schema: &Value) -> Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

fn named(name: &str) -> Value {
    schema(name).unwrap_or_else(|| panic!("no schema {name}"))
}

fn document_validator() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| compile(&named("document")))
}

/// A validator for one `$defs` entry of the document schema.
fn def_validator(def: &str) -> Validator {
    let doc = named("document");
    assert!(doc["$defs"].get(def).is_some(), "no $defs/{def}");
    compile(&json!({
        "$schema": ecms::schema::META_SCHEMA,
        "$defs": doc["$defs"],
        "$ref": format!("#/$defs/{def}"),
    }))
}

fn errors(v: &Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------------------------------------
// Committed files

#[test]
fn committed_schemas_are_up_to_date() {
    let dir = root().join("docs/schema");
    let bless = std::env::var("ECMS_BLESS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for name in SCHEMA_NAMES {
        let path = dir.join(format!("{name}.json"));
        let want = to_pretty_json(&named(name));
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &want).unwrap();
                eprintln!("blessed {}", path.display());
            } else {
                stale.push(format!("docs/schema/{name}.json"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale committed schema(s): {}.\nThe model changed; regenerate with \
         `ECMS_BLESS=1 cargo test --test schema committed_schemas` and commit the result.",
        stale.join(", ")
    );
    // No leftovers of schemas that no longer exist.
    for f in json_files(&dir) {
        let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            SCHEMA_NAMES.contains(&stem.as_str()),
            "docs/schema/{stem}.json is not a published schema; delete it"
        );
    }
}

#[test]
fn unknown_schema_name_is_none() {
    assert!(schema("nope").is_none());
    assert!(schema("").is_none());
}

// ---------------------------------------------------------------------------------------------
// Shape of the schemas: what strict ajv and Python need

const KEYWORDS_2020_12: &[&str] = &[
    "$schema",
    "$id",
    "$ref",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "$vocabulary",
    "$comment",
    "$defs",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "prefixItems",
    "items",
    "contains",
    "properties",
    "patternProperties",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "type",
    "enum",
    "const",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxContains",
    "minContains",
    "maxProperties",
    "minProperties",
    "required",
    "dependentRequired",
    "format",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];

/// Calls `f(pointer, schema)` on every schema object inside `schema`.
fn walk_schemas(
    schema: &Value,
    ptr: &str,
    f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>),
) {
    let Some(obj) = schema.as_object() else {
        return;
    };
    f(ptr, obj);
    for (k, v) in obj {
        let p = format!("{ptr}/{}", k.replace('~', "~0").replace('/', "~1"));
        match k.as_str() {
            "properties" | "$defs" | "patternProperties" | "dependentSchemas" => {
                for (name, s) in v.as_object().into_iter().flatten() {
                    walk_schemas(s, &format!("{p}/{name}"), f);
                }
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                for (i, s) in v.as_array().into_iter().flatten().enumerate() {
                    walk_schemas(s, &format!("{p}/{i}"), f);
                }
            }
            "not"
            | "if"
            | "then"
            | "else"
            | "items"
            | "contains"
            | "additionalProperties"
            | "propertyNames"
            | "unevaluatedItems"
            | "unevaluatedProperties"
            | "contentSchema" => walk_schemas(v, &p, f),
            _ => {}
        }
    }
}

#[test]
fn schemas_carry_draft_2020_12_metadata() {
    for name in SCHEMA_NAMES {
        let s = named(name);
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(
            s["$id"],
            format!(
                "https://ecms.example/schema/{}/{name}.json",
                ecms::model::SCHEMA_VERSION
            ),
            "{name}"
        );
        assert!(s["title"].as_str().is_some_and(|t| !t.is_empty()), "{name}");
        assert!(
            s["description"].as_str().is_some_and(|t| !t.is_empty()),
            "{name}"
        );
        // jsonschema validates the schema against the 2020-12 meta-schema.
        assert!(
            jsonschema::draft202012::meta::is_valid(&s),
            "{name} is not a valid 2020-12 schema"
        );
    }
}

#[test]
fn only_standard_keywords_formats_and_single_types() {
    for name in SCHEMA_NAMES {
        let s = named(name);
        let mut problems = Vec::new();
        walk_schemas(&s, "", &mut |ptr, obj| {
            for k in obj.keys() {
                if !KEYWORDS_2020_12.contains(&k.as_str()) {
                    problems.push(format!(
                        "{ptr}: unknown keyword {k:?} (strict ajv refuses it)"
                    ));
                }
            }
            if let Some(f) = obj.get("format").and_then(Value::as_str)
                && !ecms::schema::STANDARD_FORMATS.contains(&f)
            {
                problems.push(format!("{ptr}: non-standard format {f:?}"));
            }
            if obj.get("type").is_some_and(Value::is_array) {
                problems.push(format!(
                    "{ptr}: union type (strict ajv needs allowUnionTypes)"
                ));
            }
            if let Some(p) = obj.get("pattern").and_then(Value::as_str)
                && p.ends_with('$')
            {
                problems.push(format!("{ptr}: pattern {p:?} ends in a bare $ (Python's re lets it match before a final newline)"));
            }
            // strictTypes: object/array/string keywords need their type alongside.
            let needs = [
                ("properties", "object"),
                ("required", "object"),
                ("additionalProperties", "object"),
                ("items", "array"),
                ("pattern", "string"),
                ("format", "string"),
                ("minimum", "number"),
            ];
            for (kw, ty) in needs {
                if obj.contains_key(kw) {
                    let t = obj.get("type").and_then(Value::as_str);
                    let ok = t == Some(ty) || (ty == "number" && t == Some("integer"));
                    if !ok {
                        problems.push(format!("{ptr}: {kw} without \"type\": {ty:?}"));
                    }
                }
            }
        });
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
    }
}

#[test]
fn every_entity_and_field_is_described() {
    for name in SCHEMA_NAMES {
        let s = named(name);
        let mut missing = Vec::new();
        let mut check = |ptr: String, v: &Value| {
            if v["description"]
                .as_str()
                .is_none_or(|d| d.trim().is_empty())
            {
                missing.push(ptr);
            }
        };
        for (def, ds) in s["$defs"].as_object().into_iter().flatten() {
            check(format!("/$defs/{def}"), ds);
            for (prop, ps) in ds["properties"].as_object().into_iter().flatten() {
                check(format!("/$defs/{def}/properties/{prop}"), ps);
            }
        }
        for (prop, ps) in s["properties"].as_object().into_iter().flatten() {
            check(format!("/properties/{prop}"), ps);
        }
        assert!(missing.is_empty(), "{name}: undescribed: {missing:?}");
    }
}

#[test]
fn enums_list_their_values() {
    let doc = named("document");
    let defs = doc["$defs"].as_object().unwrap();
    let cat = &defs["FactorCategory"];
    assert_eq!(cat["type"], "string");
    assert_eq!(
        cat["enum"],
        json!([
            "marketAndCustomers",
            "competitors",
            "capability",
            "reputationAndCompliance"
        ])
    );
    // No enum is left as oneOf-of-consts.
    walk_schemas(&doc, "", &mut |ptr, obj| {
        assert!(!obj.contains_key("oneOf"), "{ptr} still uses oneOf");
    });
}

#[test]
fn formats_and_patterns_of_value_types() {
    let doc = named("document");
    let d = &doc["$defs"];
    // ids: uuid; dates: date.
    assert_eq!(d["ContextFactor"]["properties"]["id"]["format"], "uuid");
    let last = &d["Schedule"]["properties"]["lastDone"]["anyOf"];
    assert_eq!(last[0]["format"], "date");
    assert_eq!(last[1], json!({"type": "null"}));
    // Decimals, intervals, currencies: strings with the parser's pattern.
    let dec = schema_for::<ExactDecimal>();
    assert_eq!(dec["type"], "string");
    assert_eq!(
        dec["pattern"],
        format!("{}(?!\\n)", ecms::common::DECIMAL_PATTERN)
    );
    let money = schema_for::<Money>();
    let amount = &money["properties"]["amount"];
    assert_eq!(amount["type"], "string");
    assert!(
        amount["description"].as_str().unwrap().contains("string"),
        "{amount}"
    );
    // A decimal field whose doc does not say how it is written gets the note.
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct Kpi {
        /// Target value.
        target: Option<ExactDecimal>,
        /// Review frequency.
        every: Interval,
    }
    let kpi = schema_for::<Kpi>();
    let target = kpi["properties"]["target"]["description"].as_str().unwrap();
    assert!(
        target.starts_with("Target value. Exact decimal written as a JSON string"),
        "{target}"
    );
    let every = kpi["properties"]["every"]["description"].as_str().unwrap();
    assert!(every.contains("ISO 8601"), "{every}");
}

#[test]
fn clause_tags_come_from_doc_comments() {
    let doc = named("document");
    let d = &doc["$defs"];
    assert_eq!(d["ContextFactor"]["$comment"], "x-clause: 3.1");
    assert_eq!(d["InterestedParty"]["$comment"], "x-clause: 3.2");
    assert_eq!(
        d["Scope"]["properties"]["factorsConsidered"]["$comment"],
        "x-clause: 3.3.a"
    );
    assert_eq!(
        d["ContextFactor"]["properties"]["category"]["$comment"],
        "x-clause: 3.1.a, 3.1.b, 3.1.c, 3.1.d"
    );
    // Inherited by fields that name no clause; never on the vendor map.
    assert_eq!(
        d["ContextFactor"]["properties"]["evaluation"]["$comment"],
        "x-clause: 3.1"
    );
    assert!(
        d["ContextFactor"]["properties"]["extensions"]
            .get("$comment")
            .is_none()
    );
    // Every tag names catalog ids.
    walk_schemas(&doc, "", &mut |ptr, obj| {
        if let Some(c) = obj.get("$comment").and_then(Value::as_str) {
            // Tags are separated by "; ": the clause tag, then the personal-data tag.
            let mut tags = c.split("; ");
            let ids = tags
                .next()
                .and_then(|t| t.strip_prefix(ecms::schema::CLAUSE_TAG_PREFIX))
                .unwrap();
            assert!(
                tags.all(|t| t == ecms::schema::PERSONAL_DATA_TAG),
                "{ptr}: {c}"
            );
            for id in ids.split(", ") {
                assert!(ecms::catalog::clause(id).is_some(), "{ptr}: {id}");
            }
        }
    });
}

#[test]
fn structs_are_closed_maps_are_open() {
    let doc = named("document");
    let d = &doc["$defs"];
    assert_eq!(doc["additionalProperties"], false);
    for (name, def) in d.as_object().unwrap() {
        if def.get("properties").is_some() {
            assert_eq!(def["additionalProperties"], false, "{name}");
        }
    }
    assert_eq!(
        d["ContextFactor"]["properties"]["extensions"]["additionalProperties"],
        true
    );
    // Outputs stay open: serde ignores unknown fields there, and consumers should tolerate
    // fields added in later versions.
    let report = named("report");
    assert!(
        report["$defs"]["Finding"]
            .get("additionalProperties")
            .is_none()
    );
}

// ---------------------------------------------------------------------------------------------
// Dataset and fixtures

#[test]
fn bundled_dataset_validates() {
    let v: Value = serde_json::from_str(DATASET).unwrap();
    let e = errors(document_validator(), &v);
    assert!(e.is_empty(), "{e:#?}");
    ecms::parse_document(DATASET).unwrap();
}

#[test]
fn valid_fixtures_validate_and_parse() {
    let files = json_files(&root().join("tests/fixtures/valid"));
    assert!(files.len() >= 4);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        let e = errors(document_validator(), &v);
        assert!(e.is_empty(), "{}: {e:#?}", f.display());
        if let Err(e) = ecms::parse_document(&text) {
            panic!("{}: {e}", f.display());
        }
    }
}

#[test]
fn invalid_fixtures_are_refused_by_both() {
    let files = json_files(&root().join("tests/fixtures/invalid"));
    assert!(files.len() >= 30);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert!(
            ecms::parse_document(&text).is_err(),
            "{}: the parser accepts it",
            f.display()
        );
        assert!(
            !document_validator().is_valid(&v),
            "{}: the schema accepts it",
            f.display()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Outputs

#[test]
fn reports_validate() {
    let v = compile(&named("report"));
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let quiet = ecms::parse_document(DATASET).unwrap().document;
    let empty =
        ecms::parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "Empty"}}"#)
            .unwrap()
            .document;
    let late = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap();
    for (doc, date) in [(quiet.clone(), as_of), (quiet, late), (empty, as_of)] {
        let report = ecms::conformity::assess(&doc, date);
        let j = serde_json::to_value(&report).unwrap();
        let e = errors(&v, &j);
        assert!(e.is_empty(), "{e:#?}");
        // And the report schema is the deserialize contract: it reads back.
        let back: ecms::conformity::ConformityReport = serde_json::from_value(j).unwrap();
        assert_eq!(back, report);
    }
    let ob = compile(&named("obligations"));
    let doc = ecms::parse_document(DATASET).unwrap().document;
    let list = ecms::rules::obligations::list(&doc, late, 30);
    let j = serde_json::to_value(&list).unwrap();
    let e = errors(&ob, &j);
    assert!(e.is_empty(), "{e:#?}");
}

#[test]
fn rule_catalog_validates() {
    let v = compile(&named("rules"));
    let metas: Vec<_> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta)
        .collect();
    assert!(!metas.is_empty());
    let e = errors(&v, &serde_json::to_value(&metas).unwrap());
    assert!(e.is_empty(), "{e:#?}");
    let metas: Vec<_> = ecms::Engine::new().rules().copied().collect();
    let e = errors(&v, &serde_json::to_value(&metas).unwrap());
    assert!(e.is_empty(), "{e:#?}");
}

#[test]
fn clause_catalog_validates() {
    let v = compile(&named("catalog"));
    let e = errors(&v, &serde_json::to_value(ecms::catalog::clauses()).unwrap());
    assert!(e.is_empty(), "{e:#?}");
}

/// `ECMS_EXPORT_DIR`, created, when set.
fn export_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("ECMS_EXPORT_DIR")?);
    std::fs::create_dir_all(&dir).unwrap();
    Some(dir)
}

/// With `ECMS_EXPORT_DIR=<dir>`: writes sample outputs (`report-quiet.json`,
/// `report-findings.json`, `rules.json`, `catalog.json`) for the interop checkers.
#[test]
fn export_outputs_for_interop() {
    let Some(dir) = export_dir() else { return };
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let quiet = ecms::parse_document(DATASET).unwrap().document;
    let empty = ecms::parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "E"}}"#)
        .unwrap()
        .document;
    let metas: Vec<_> = ecms::Engine::new().rules().copied().collect();
    let files = [
        (
            "report-quiet",
            serde_json::to_value(ecms::conformity::assess(&quiet, as_of)).unwrap(),
        ),
        (
            "report-findings",
            serde_json::to_value(ecms::conformity::assess(&empty, as_of)).unwrap(),
        ),
        ("rules", serde_json::to_value(metas).unwrap()),
        (
            "catalog",
            serde_json::to_value(ecms::catalog::clauses()).unwrap(),
        ),
    ];
    for (name, v) in files {
        std::fs::write(
            dir.join(format!("{name}.json")),
            serde_json::to_string_pretty(&v).unwrap(),
        )
        .unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Value types: the schema's pattern is the parser

fn accepts<T: JsonSchema>(s: &Value) -> bool {
    static CACHE: OnceLock<std::sync::Mutex<BTreeMap<String, &'static Validator>>> =
        OnceLock::new();
    let key = std::any::type_name::<T>().to_owned();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap();
    let v = *cache
        .entry(key)
        .or_insert_with(|| Box::leak(Box::new(compile(&schema_for::<T>()))));
    v.is_valid(s)
}

use schemars::JsonSchema;

fn serde_accepts<T: serde::de::DeserializeOwned>(v: &Value) -> bool {
    serde_json::from_str::<T>(&v.to_string()).is_ok()
}

fn assert_agree<T: JsonSchema + serde::de::DeserializeOwned>(v: &Value) {
    let schema = accepts::<T>(v);
    let serde = serde_accepts::<T>(v);
    assert_eq!(
        schema,
        serde,
        "{}: schema {} but serde {} for {v}",
        std::any::type_name::<T>(),
        if schema { "accepts" } else { "rejects" },
        if serde { "accepts" } else { "rejects" },
    );
}

#[test]
fn decimal_edge_cases_agree() {
    let accepted = [
        "0",
        "-0",
        "0.0",
        "-0.5",
        "1234.50",
        "9999999999999999",
        "9999999999999999.999999999999",
        "1.000000000000",
        "-1234567890123456.123456789012",
        "10",
        "100.10",
    ];
    let refused = [
        "",
        "-",
        "01",
        "00",
        "-01.5",
        "1.",
        ".5",
        "-.5",
        "1e5",
        "1E5",
        "+1",
        " 1",
        "1 ",
        "1.5\n",
        "1,5",
        "12345678901234567",
        "1.1234567890123",
        "0x10",
        "NaN",
        "Infinity",
        "1_000",
        "١٢",
        "1.5.5",
        "--1",
    ];
    for s in accepted {
        assert!(accepts::<ExactDecimal>(&json!(s)), "schema refuses {s:?}");
        assert_agree::<ExactDecimal>(&json!(s));
    }
    for s in refused {
        assert!(!accepts::<ExactDecimal>(&json!(s)), "schema accepts {s:?}");
        assert_agree::<ExactDecimal>(&json!(s));
    }
    // JSON numbers are refused by both.
    for v in [
        json!(1),
        json!(1.5),
        json!(0),
        json!(1e5),
        json!(null),
        json!(true),
    ] {
        assert!(!accepts::<ExactDecimal>(&v), "{v}");
        assert_agree::<ExactDecimal>(&v);
    }
}

#[test]
fn interval_and_currency_edge_cases_agree() {
    for s in [
        "P1D", "P2W", "P6M", "P1Y", "P9999Y", "P0D", "P00D", "P01M", "P10000D", "P1.5Y", "P1Y6M",
        "PT1H", "p1y", "P1y", "P", "PY", "P-1Y", "P+1Y", " P1Y", "P1Y\n", "1Y", "P1YY",
    ] {
        assert_agree::<Interval>(&json!(s));
    }
    for s in [
        "CNY", "USD", "cny", "Cny", "CNYY", "CN", "", "C1Y", "CNY\n", "ÄBC",
    ] {
        assert_agree::<Currency>(&json!(s));
    }
    for v in [json!(6), json!(null), json!(["P1Y"])] {
        assert_agree::<Interval>(&v);
        assert_agree::<Currency>(&v);
    }
}

// ---------------------------------------------------------------------------------------------
// Property tests

fn decimal_text() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        0u64..10_000_000_000_000_000u64,
        proptest::option::of("[0-9]{1,12}"),
    )
        .prop_map(|(neg, int, frac)| {
            let sign = if neg { "-" } else { "" };
            match frac {
                Some(f) => format!("{sign}{int}.{f}"),
                None => format!("{sign}{int}"),
            }
        })
}

fn decimal() -> impl Strategy<Value = ExactDecimal> {
    decimal_text().prop_map(|s| s.parse().unwrap())
}

fn interval() -> impl Strategy<Value = Interval> {
    (
        1u16..=9999,
        prop_oneof![
            Just(IntervalUnit::Days),
            Just(IntervalUnit::Weeks),
            Just(IntervalUnit::Months),
            Just(IntervalUnit::Years)
        ],
    )
        .prop_map(|(count, unit)| Interval::new(count, unit).unwrap())
}

fn currency() -> impl Strategy<Value = Currency> {
    "[A-Z]{3}".prop_map(|s| s.parse().unwrap())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // Years 1–9999: chrono writes other years with a sign ("+10000-01-01"), which is no
    // RFC 3339 date, and year 0 is refused by Python's date check and by our pattern; see the
    // integrator guide.
    (1i32..=9999, 1u32..=366).prop_filter_map("a real day", |(y, o)| NaiveDate::from_yo_opt(y, o))
}

fn uuid() -> impl Strategy<Value = Uuid> {
    any::<u128>().prop_map(Uuid::from_u128)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zA-Z 陈伟，。]{0,20}"]
}

fn extensions() -> impl Strategy<Value = ecms::common::Extensions> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    let value = leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            proptest::collection::btree_map("[a-z]{1,5}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    proptest::collection::btree_map(text(), value, 0..3)
        .prop_map(|m| m.into_iter().map(|(k, v)| (k, v.into())).collect())
}

fn schedule() -> impl Strategy<Value = Schedule> {
    (
        proptest::option::of(interval()),
        proptest::option::of(date()),
    )
        .prop_map(|(interval, last_done)| Schedule {
            interval,
            last_done: last_done.map(Into::into),
            record: None,
        })
}

fn ids<T: From<Uuid> + std::fmt::Debug>() -> impl Strategy<Value = Vec<T>> {
    proptest::collection::vec(uuid().prop_map(T::from), 0..3)
}

fn context_factor() -> impl Strategy<Value = ContextFactor> {
    (
        uuid(),
        proptest::option::of(prop_oneof![
            Just(FactorCategory::MarketAndCustomers),
            Just(FactorCategory::Competitors),
            Just(FactorCategory::Capability),
            Just(FactorCategory::ReputationAndCompliance),
        ]),
        proptest::option::of(prop_oneof![
            Just(FactorOrigin::Internal),
            Just(FactorOrigin::External)
        ]),
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        schedule(),
        extensions(),
    )
        .prop_map(
            |(id, category, origin, description, evaluation, monitoring, review, extensions)| {
                ContextFactor {
                    id: ContextFactorId(id),
                    category,
                    origin,
                    description,
                    evaluation,
                    monitoring,
                    review,
                    extensions,
                }
            },
        )
}

fn party_kind() -> impl Strategy<Value = PartyKind> {
    prop_oneof![
        Just(PartyKind::Customer),
        Just(PartyKind::Supplier),
        Just(PartyKind::Platform),
        Just(PartyKind::Regulator),
        Just(PartyKind::Employee),
        Just(PartyKind::Investor),
        Just(PartyKind::ServicePartner),
        Just(PartyKind::Community),
        Just(PartyKind::Other),
    ]
}

fn interested_party() -> impl Strategy<Value = InterestedParty> {
    (
        uuid(),
        text(),
        proptest::option::of(party_kind()),
        proptest::collection::vec(text(), 0..3),
        schedule(),
        extensions(),
    )
        .prop_map(
            |(id, name, kind, requirements, review, extensions)| InterestedParty {
                id: InterestedPartyId(id),
                name,
                kind,
                requirements,
                review,
                extensions,
            },
        )
}

fn process() -> impl Strategy<Value = Process> {
    (
        (uuid(), text(), proptest::option::of(uuid())),
        (
            proptest::collection::vec(text(), 0..3),
            proptest::collection::vec(text(), 0..3),
        ),
        (ids::<ProcessId>(), ids::<DocumentId>(), ids::<DocumentId>()),
        (any::<bool>(), any::<bool>(), proptest::option::of(uuid())),
        extensions(),
    )
        .prop_map(
            |(
                (id, name, owner),
                (inputs, outputs),
                (interactions, documents, records),
                (key, outsourced, provider),
                extensions,
            )| Process {
                id: ProcessId(id),
                name,
                owner: owner.map(RoleId),
                inputs,
                outputs,
                interactions,
                documents,
                records,
                key,
                outsourced,
                provider: provider.map(SupplierId),
                extensions,
            },
        )
}

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        uuid(),
        "[0-9]\\.[0-9](\\.[0-9])?(\\.[a-h])?",
        prop_oneof![
            Just(AssessmentStatus::Conforms),
            Just(AssessmentStatus::PartiallyConforms),
            Just(AssessmentStatus::Nonconforming),
            Just(AssessmentStatus::NotApplicable),
        ],
        ids::<DocumentId>(),
        proptest::option::of(uuid()),
        proptest::option::of(date()),
        proptest::option::of(text()),
    )
        .prop_map(
            |(id, requirement, status, evidence, assessor, date, note)| Assessment {
                id: AssessmentId(id),
                requirement,
                status,
                evidence,
                assessor: assessor.map(PersonId),
                date: date.map(Into::into),
                note,
            },
        )
}

/// Serializes, validates against `$defs/<def>`, and reads back with the parser.
fn round_trip<T>(value: &T, validator: &Validator) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let j = serde_json::to_value(value).unwrap();
    let e = errors(validator, &j);
    prop_assert!(e.is_empty(), "{j}: {e:?}");
    let back: T = ecms::parse::parse_value(&j.to_string()).unwrap();
    prop_assert_eq!(&back, value);
    Ok(())
}

fn near_decimal() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[-+0-9.eE ]{0,20}",
        "-?0[0-9]{1,3}(\\.[0-9]{1,3})?",
        "[0-9]{15,18}(\\.[0-9]{0,14})?",
        decimal_text().prop_map(|s| format!("{s}\n")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn decimals_validate(d in decimal()) {
        let j = serde_json::to_value(d).unwrap();
        prop_assert!(accepts::<ExactDecimal>(&j), "{}", j);
        prop_assert_eq!(serde_json::from_value::<ExactDecimal>(j).unwrap(), d);
    }

    #[test]
    fn intervals_validate(i in interval()) {
        let j = serde_json::to_value(i).unwrap();
        prop_assert!(accepts::<Interval>(&j), "{}", j);
    }

    #[test]
    fn money_validates(amount in decimal(), currency in currency()) {
        let m = Money { amount, currency };
        let j = serde_json::to_value(m).unwrap();
        prop_assert!(accepts::<Money>(&j), "{}", j);
        prop_assert!(accepts::<Currency>(&serde_json::to_value(currency).unwrap()));
    }

    #[test]
    fn dates_validate(d in date()) {
        let j = serde_json::to_value(d).unwrap();
        prop_assert!(accepts::<NaiveDate>(&j), "{}", j);
    }

    #[test]
    fn decimal_strings_schema_iff_parser(s in near_decimal()) {
        let v = json!(s);
        prop_assert_eq!(accepts::<ExactDecimal>(&v), serde_accepts::<ExactDecimal>(&v), "{:?}", s);
    }

    #[test]
    fn interval_strings_schema_iff_parser(s in prop_oneof![any::<String>(), "P?[-+0-9.]{0,6}[DWMYH]?\n?"]) {
        let v = json!(s);
        prop_assert_eq!(accepts::<Interval>(&v), serde_accepts::<Interval>(&v), "{:?}", s);
    }

    #[test]
    fn currency_strings_schema_iff_parser(s in prop_oneof![any::<String>(), "[A-Za-z0-9]{2,4}\n?"]) {
        let v = json!(s);
        prop_assert_eq!(accepts::<Currency>(&v), serde_accepts::<Currency>(&v), "{:?}", s);
    }

    /// One direction only for dates and UUIDs: the parser reads more spellings than the
    /// schema allows (see `lenient_dates_and_uuids_are_refused_by_the_parser`).
    #[test]
    fn date_and_uuid_strings_schema_implies_parser(s in prop_oneof![any::<String>(), "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", "[0-9a-fA-F-]{36}"]) {
        let v = json!(s);
        if accepts::<NaiveDate>(&v) {
            prop_assert!(serde_accepts::<NaiveDate>(&v), "{:?}", s);
        }
        if accepts::<PersonId>(&v) {
            prop_assert!(serde_accepts::<PersonId>(&v), "{:?}", s);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn context_factors_validate(v in context_factor()) {
        static V: OnceLock<Validator> = OnceLock::new();
        round_trip(&v, V.get_or_init(|| def_validator("ContextFactor")))?;
    }

    #[test]
    fn interested_parties_validate(v in interested_party()) {
        static V: OnceLock<Validator> = OnceLock::new();
        round_trip(&v, V.get_or_init(|| def_validator("InterestedParty")))?;
    }

    #[test]
    fn processes_validate(v in process()) {
        static V: OnceLock<Validator> = OnceLock::new();
        round_trip(&v, V.get_or_init(|| def_validator("Process")))?;
    }

    #[test]
    fn assessments_validate(v in assessment()) {
        static V: OnceLock<Validator> = OnceLock::new();
        round_trip(&v, V.get_or_init(|| def_validator("Assessment")))?;
    }

    #[test]
    fn schedules_validate(v in schedule()) {
        static V: OnceLock<Validator> = OnceLock::new();
        round_trip(&v, V.get_or_init(|| def_validator("Schedule")))?;
    }
}

// ---------------------------------------------------------------------------------------------
// Generated mutations: the schema accepts exactly what the parser accepts

/// One array element holding every key that any element of the array has (recursively):
/// a small document in which every field that appears anywhere appears once.
fn union_of(values: &[&Value]) -> Value {
    if values.iter().all(|v| v.is_object()) && !values.is_empty() {
        let mut keys: Vec<String> = Vec::new();
        let mut by_key: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
        for v in values {
            for (k, x) in v.as_object().unwrap() {
                if !by_key.contains_key(k) {
                    keys.push(k.clone());
                }
                by_key.entry(k.clone()).or_default().push(x);
            }
        }
        let mut out = serde_json::Map::new();
        for k in keys {
            out.insert(k.clone(), union_of(&by_key[&k]));
        }
        Value::Object(out)
    } else if values.iter().all(|v| v.is_array()) && !values.is_empty() {
        let items: Vec<&Value> = values.iter().flat_map(|v| v.as_array().unwrap()).collect();
        if items.is_empty() {
            json!([])
        } else {
            json!([union_of(&items)])
        }
    } else {
        values.first().map(|v| (*v).clone()).unwrap_or(Value::Null)
    }
}

fn pointers(v: &Value, ptr: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                pointers(
                    x,
                    format!("{ptr}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{ptr}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(ptr);
}

/// Values put in places of a document, by kind: every place gets the generic ones, and the
/// ones of the kind of value it holds (a date gets bad dates, an enum value gets the other
/// values of its enum…). Spellings that the parser reads but the schema refuses (lenient
/// dates and UUIDs) are left out here and pinned by an ignored test.
struct Candidates {
    generic: Vec<Value>,
    dates: Vec<Value>,
    uuids: Vec<Value>,
    intervals: Vec<Value>,
    decimals: Vec<Value>,
    currencies: Vec<Value>,
    versions: Vec<Value>,
    /// Every enum of the schema, as its list of values.
    enums: Vec<Vec<Value>>,
}

impl Candidates {
    fn for_value(&self, current: &Value) -> Vec<&Value> {
        let mut out: Vec<&Value> = self.generic.iter().collect();
        let Some(s) = current.as_str() else {
            return out;
        };
        let b = s.as_bytes();
        let kind: &[Value] = if b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-')
        {
            &self.dates
        } else if b.len() == 36 && b.get(8) == Some(&b'-') {
            &self.uuids
        } else if s.starts_with('P') && s.len() <= 6 {
            &self.intervals
        } else if !s.is_empty()
            && s.bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-')
        {
            if s.starts_with('1') && s.len() <= 3 {
                &self.versions
            } else {
                &self.decimals
            }
        } else if b.len() == 3 && s.bytes().all(|c| c.is_ascii_uppercase()) {
            &self.currencies
        } else {
            &[]
        };
        out.extend(kind);
        for e in &self.enums {
            if e.contains(current) {
                out.extend(e);
                out.push(&self.generic[self.generic.len() - 1]);
            }
        }
        out
    }
}

fn candidates(doc_schema: &Value) -> Candidates {
    let mut enums: Vec<Vec<Value>> = Vec::new();
    walk_schemas(doc_schema, "", &mut |_, obj| {
        if let Some(list) = obj.get("enum").and_then(Value::as_array)
            && !enums.contains(list)
        {
            enums.push(list.clone());
        }
    });
    Candidates {
        generic: vec![
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(1),
            json!(-1),
            json!(1.5),
            json!(""),
            json!("x"),
            json!([]),
            json!({}),
            json!(["x"]),
            json!([null]),
            json!({"x": 1}),
            json!("unknownValue"),
        ],
        dates: vec![
            json!("2026-06-30"),
            json!("2024-02-29"),
            json!("2026-02-29"),
            json!("2026-02-30"),
            json!("2026-13-01"),
            json!("2026-00-10"),
            json!("2026-06-30T00:00:00Z"),
            json!("2026/06/30"),
            json!("2026-06-3x"),
        ],
        uuids: vec![
            json!("61200000-0000-4000-8000-000000000001"),
            json!("61200000-0000-4000-8000-00000000000A"),
            json!("61200000-0000-4000-8000-00000000000G"),
            json!("6120000-0000-4000-8000-000000000001"),
            json!("61200000-0000-4000-8000-000000000001\n"),
        ],
        intervals: vec![
            json!("P1Y"),
            json!("P9999D"),
            json!("P2W"),
            json!("P0D"),
            json!("P10000Y"),
            json!("P01M"),
            json!("P1.5Y"),
            json!("P1Y2M"),
            json!("PT1H"),
            json!("p1y"),
            json!("P1Y\n"),
        ],
        decimals: vec![
            json!("1234.50"),
            json!("0"),
            json!("-0"),
            json!("0.5"),
            json!("01.5"),
            json!("1."),
            json!(".5"),
            json!("1e5"),
            json!("+1"),
            json!("9999999999999999"),
            json!("12345678901234567"),
            json!("1.123456789012"),
            json!("1.1234567890123"),
            json!("1.5\n"),
        ],
        currencies: vec![json!("CNY"), json!("cny"), json!("CNYY")],
        versions: vec![
            json!("1.0"),
            json!("1.7"),
            json!("1"),
            json!("2.0"),
            json!("10"),
            json!("1\n"),
        ],
        enums,
    }
}

struct Outcome {
    seen: usize,
    checked: usize,
    mismatches: Vec<String>,
}

/// Every how many mutations one is checked: 1 (all of them) with `ECMS_FULL_SWEEP=1` or
/// when exporting for the interop runner; otherwise a deterministic sample of one in 16,
/// so that `cargo test` stays quick. CI runs the full sweep as a separate step.
fn sweep_stride() -> usize {
    if std::env::var_os("ECMS_FULL_SWEEP").is_some() {
        1
    } else {
        16
    }
}

fn check_mutation(
    label: String,
    doc: &Value,
    out: &mut Outcome,
    export: &mut Option<std::io::BufWriter<std::fs::File>>,
) {
    out.seen += 1;
    if export.is_none() && !(out.seen - 1).is_multiple_of(sweep_stride()) {
        return;
    }
    let text = serde_json::to_string(doc).unwrap();
    let parsed = ecms::parse_document(&text);
    let schema_ok = document_validator().is_valid(doc);
    out.checked += 1;
    if parsed.is_ok() != schema_ok {
        out.mismatches.push(format!(
            "{label}: parser {} / schema {}",
            match &parsed {
                Ok(_) => "accepts".to_owned(),
                Err(e) => format!("refuses ({e})"),
            },
            if schema_ok {
                "accepts".to_owned()
            } else {
                format!("refuses ({:?})", errors(document_validator(), doc))
            }
        ));
    }
    if let Some(w) = export {
        // Only instances on which the parser and the schema agree (all of them, once the
        // test passes).
        let line = json!({"name": label, "valid": parsed.is_ok(), "instance": doc});
        writeln!(w, "{line}").unwrap();
    }
}

/// Every mutation of every base: each place replaced by each candidate, each object given
/// an unknown field and deprived of each of its fields in turn.
///
/// With `ECMS_EXPORT_DIR=<dir>`, every mutated document on which parser and schema agree is
/// also written to `<dir>/mutations.jsonl` as a line `{"name", "valid", "instance"}` (valid =
/// what the parser said), for `scripts/interop/run.sh` to feed to ajv and Python.
#[test]
fn mutations_schema_iff_parser() {
    let doc_schema = named("document");
    let cands = candidates(&doc_schema);
    let mut bases: Vec<(String, Value)> = Vec::new();
    let dataset: Value = serde_json::from_str(DATASET).unwrap();
    bases.push(("dataset".into(), union_of(&[&dataset])));
    for f in json_files(&root().join("tests/fixtures/valid")) {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        bases.push((name, union_of(&[&v])));
    }
    let mut export = export_dir().map(|d| {
        std::io::BufWriter::new(std::fs::File::create(d.join("mutations.jsonl")).unwrap())
    });
    let mut out = Outcome {
        seen: 0,
        checked: 0,
        mismatches: Vec::new(),
    };
    for (bname, base) in &bases {
        let mut ptrs = Vec::new();
        pointers(base, String::new(), &mut ptrs);
        for ptr in ptrs {
            let current = base.pointer(&ptr).unwrap().clone();
            for (i, c) in cands.for_value(&current).into_iter().enumerate() {
                let mut m = base.clone();
                *m.pointer_mut(&ptr).unwrap() = c.clone();
                let label = format!("{bname}:{ptr}:={i}:{c}");
                check_mutation(label, &m, &mut out, &mut export);
            }
            if base.pointer(&ptr).unwrap().is_object() {
                let mut m = base.clone();
                m.pointer_mut(&ptr)
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .insert("zzUnknownField".into(), json!(1));
                let label = format!("{bname}:{ptr}:+zzUnknownField");
                check_mutation(label, &m, &mut out, &mut export);
                let keys: Vec<String> = base
                    .pointer(&ptr)
                    .unwrap()
                    .as_object()
                    .unwrap()
                    .keys()
                    .cloned()
                    .collect();
                for k in keys {
                    let mut m = base.clone();
                    m.pointer_mut(&ptr)
                        .unwrap()
                        .as_object_mut()
                        .unwrap()
                        .remove(&k);
                    check_mutation(format!("{bname}:{ptr}:-{k}"), &m, &mut out, &mut export);
                }
            }
        }
    }
    if let Some(mut w) = export {
        w.flush().unwrap();
    }
    assert!(out.seen > 5000, "only {} mutations", out.seen);
    assert!(
        out.checked >= out.seen / sweep_stride(),
        "only {} of {} mutations checked",
        out.checked,
        out.seen
    );
    eprintln!("{} of {} mutations checked", out.checked, out.seen);
    assert!(
        out.mismatches.is_empty(),
        "{} of {} mutations disagree, e.g.:\n{}",
        out.mismatches.len(),
        out.checked,
        out.mismatches
            .iter()
            .take(25)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Spellings the parser reads today although the schema (and RFC 3339 / RFC 4122) refuse
/// them: chrono's `NaiveDate` reads unpadded, signed and space-padded dates; the `uuid`
/// crate reads simple, braced and URN UUIDs. Fixing this needs strict deserializers in
/// `src/common.rs` / `src/ids.rs`; until then this test is ignored.
#[test]
fn lenient_dates_and_uuids_are_refused_by_the_parser() {
    let mut lenient = Vec::new();
    for s in [
        "2026-6-30",
        "2026-06-3",
        "26-06-30",
        " 2026-06-30",
        "2026-06-30 ",
        "2026-06-30\n",
        "+2026-06-30",
        "-0001-01-01",
        "0000-01-01",
    ] {
        if serde_accepts::<ecms::common::Date>(&json!(s)) {
            lenient.push(format!("date {s:?}"));
        }
        assert!(
            !accepts::<ecms::common::Date>(&json!(s)),
            "schema accepts {s:?}"
        );
    }
    for s in [
        "61200000000040008000000000000001",
        "{61200000-0000-4000-8000-000000000001}",
        "urn:uuid:61200000-0000-4000-8000-000000000001",
    ] {
        if serde_accepts::<PersonId>(&json!(s)) {
            lenient.push(format!("uuid {s:?}"));
        }
        assert!(!accepts::<PersonId>(&json!(s)), "schema accepts {s:?}");
    }
    assert!(lenient.is_empty(), "the parser accepts: {lenient:?}");
}

/// serde's derived `Deserialize` reads a struct from a JSON *array* of its field values in
/// declaration order (`visit_seq`), so the parser accepts `"organization": ["Shop"]`; the
/// schema (rightly) wants an object. Fixing this needs the parser (src/parse.rs) to refuse
/// sequences where a struct is expected; until then this test is ignored.
#[test]
fn structs_given_as_arrays_are_refused_by_the_parser() {
    let doc = json!({"schemaVersion": "1.0", "organization": ["Example Shop"]});
    assert!(!document_validator().is_valid(&doc));
    assert!(
        ecms::parse_document(&doc.to_string()).is_err(),
        "the parser accepts {doc}"
    );
}
