//! Shared helpers for rule tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use ecms::rules::{Finding, evaluate};
use ecms::{EcmsDocument, parse_document};
use serde_json::Value;

/// The bundled conformant dataset.
pub const DATASET: &str = include_str!("../../examples/data/silk-road-threads.json");

/// The date as of which the bundled dataset is fully conformant.
pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

/// Date helper.
pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The dataset as a JSON value, to be broken by a test.
pub fn dataset_value() -> Value {
    serde_json::from_str(DATASET).unwrap()
}

/// The dataset as a typed document.
pub fn dataset() -> EcmsDocument {
    parse_document(DATASET).unwrap().document
}

/// Keys that hold a document (成文信息) or a documented procedure. Removing one in a test
/// stands for an organization that wants its processes documented: the standard asks for
/// most of them only as processes, so the rules demand the document only with the parameter
/// `requireDocumentedProcedures` (tests/params.rs checks the default).
pub const DOCUMENT_KEYS: [&str; 4] = ["document", "documents", "procedure", "reviewProcedure"];

/// After removing `key`: when it held a document, sets `requireDocumentedProcedures`.
pub fn wants_documents(v: &mut Value, key: &str) {
    if DOCUMENT_KEYS.contains(&key) {
        v["policy"]["parameters"]["requireDocumentedProcedures"] = Value::Bool(true);
    }
}

/// Parses an edited JSON value (must still be a valid document).
pub fn doc_from(v: &Value) -> EcmsDocument {
    parse_document(&serde_json::to_string(v).unwrap())
        .unwrap_or_else(|e| panic!("edited fixture does not parse: {e}"))
        .document
}

/// Applies an edit to the dataset and returns the document.
pub fn broken(edit: impl FnOnce(&mut Value)) -> EcmsDocument {
    let mut v = dataset_value();
    edit(&mut v);
    doc_from(&v)
}

/// A rule named by its typed item (`&scope::EXCLUSION_JUSTIFIED`) or, in older tests, by
/// its id.
pub trait RuleRef {
    /// The rule's id.
    fn rule_id(&self) -> &str;
}

impl RuleRef for &str {
    fn rule_id(&self) -> &str {
        self
    }
}

impl RuleRef for &&str {
    fn rule_id(&self) -> &str {
        self
    }
}

impl RuleRef for &ecms::rules::BuiltinRule {
    fn rule_id(&self) -> &str {
        self.id()
    }
}

impl RuleRef for &&ecms::rules::BuiltinRule {
    fn rule_id(&self) -> &str {
        self.id()
    }
}

/// Findings of one rule as of a date.
pub fn findings(doc: &EcmsDocument, rule: impl RuleRef, as_of: NaiveDate) -> Vec<Finding> {
    let rule_id = rule.rule_id().to_owned();
    evaluate(doc, as_of)
        .findings
        .into_iter()
        .filter(|f| f.rule_id == rule_id)
        .collect()
}

/// The reason codes of a rule's findings on `doc` as of the dataset date.
pub fn reasons(doc: &EcmsDocument, rule: impl RuleRef) -> Vec<String> {
    findings(doc, rule, as_of())
        .into_iter()
        .map(|f| f.reason)
        .collect()
}

/// Asserts that `rule_id` fires on `doc` (as of the dataset date) with `clause` at `path`,
/// and that the path resolves in the serialized document. Returns the findings of the rule.
pub fn assert_fires(
    doc: &EcmsDocument,
    rule: impl RuleRef,
    clause: &str,
    path: &str,
) -> Vec<Finding> {
    assert_fires_on(doc, rule, clause, path, as_of())
}

/// Like [`assert_fires`] with an explicit as-of date.
pub fn assert_fires_on(
    doc: &EcmsDocument,
    rule: impl RuleRef,
    clause: &str,
    path: &str,
    as_of: NaiveDate,
) -> Vec<Finding> {
    let rule_id = rule.rule_id().to_owned();
    let rule_id = rule_id.as_str();
    let builtin = ecms::rules::builtin_rules()
        .into_iter()
        .find(|r| r.meta.id == rule_id)
        .unwrap_or_else(|| panic!("no built-in rule {rule_id}"));
    let fs = findings(doc, rule_id, as_of);
    assert!(
        fs.iter().any(|f| f.clause == clause && f.path == path),
        "expected {rule_id} at clause {clause}, path {path}; got {:#?}",
        fs.iter().map(|f| (&f.clause, &f.path)).collect::<Vec<_>>()
    );
    let v = serde_json::to_value(doc).unwrap();
    for f in &fs {
        assert!(
            v.pointer(&f.path).is_some(),
            "path {} of {rule_id} does not resolve",
            f.path
        );
        assert!(
            ecms::catalog::clause(&f.clause).is_some(),
            "clause {} unknown",
            f.clause
        );
        assert!(
            !f.message.en.contains('{') && !f.message.zh.contains('{'),
            "unrendered: {:?}",
            f.message
        );
        assert!(
            builtin.meta.reasons.iter().any(|r| r.code == f.reason),
            "{rule_id} gave reason {:?}, which it does not declare",
            f.reason
        );
    }
    fs
}

/// Asserts that `rule_id` does not fire on `doc` as of the dataset date.
pub fn assert_quiet(doc: &EcmsDocument, rule: impl RuleRef) {
    assert_quiet_on(doc, rule, as_of())
}

/// Asserts that `rule_id` does not fire on `doc` as of a date.
pub fn assert_quiet_on(doc: &EcmsDocument, rule: impl RuleRef, as_of: NaiveDate) {
    let rule_id = rule.rule_id().to_owned();
    let rule_id = rule_id.as_str();
    let fs = findings(doc, rule_id, as_of);
    assert!(fs.is_empty(), "{rule_id} fired: {fs:#?}");
}

/// Mutable access to a JSON array at a pointer.
pub fn arr<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Vec<Value> {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}"))
        .as_array_mut()
        .unwrap_or_else(|| panic!("{pointer} is not an array"))
}

/// Mutable access to a JSON object at a pointer.
pub fn obj<'a>(v: &'a mut Value, pointer: &str) -> &'a mut serde_json::Map<String, Value> {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}"))
        .as_object_mut()
        .unwrap_or_else(|| panic!("{pointer} is not an object"))
}

/// Latin-script codes a Chinese text may contain: the standard's own designation and the
/// trade term for a stock-keeping unit.
pub const ZH_ALLOWED: &[&str] = &["GB", "T", "ISO", "SKU"];

/// Latin words of a zh text that are not allowed: a run of ASCII letters that is neither an
/// allowed code nor an item letter of the standard's notation (`a)`, `a)–d)`).
pub fn zh_leaks(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let item_letter = word.len() == 1
                && word.chars().all(|c| c.is_ascii_lowercase())
                && chars.get(i) == Some(&')');
            if !item_letter && !ZH_ALLOWED.contains(&word.as_str()) {
                out.push(word);
            }
        } else {
            i += 1;
        }
    }
    out
}
