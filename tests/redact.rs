//! `ecms::redact` and `ecms redact`: personal data replaced by keyed pseudonyms, findings
//! and conformity statuses unchanged.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use ecms::EcmsDocument;
use ecms::common::Date;
use ecms::conformity::{ConformityReport, assess};
use ecms::redact::{PSEUDONYM_PREFIX, RedactOptions, Redacted, pseudonym, redact, redact_with};
use serde_json::{Value, json};

const KEY: &[u8] = b"auditor copy 2026";

/// The bundled datasets with their as-of dates (examples/data/README.md).
const DATASETS: &[(&str, (i32, u32, u32))] = &[
    ("silk-road-threads.json", (2026, 6, 30)),
    ("star-bridge-electronics.json", (2026, 9, 30)),
    ("yunling-tea.json", (2026, 11, 30)),
];

fn data_path(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(file)
}

fn load(file: &str) -> (Value, EcmsDocument) {
    let text = std::fs::read_to_string(data_path(file)).unwrap();
    let doc = ecms::parse_document(&text).unwrap().document;
    (serde_json::from_str(&text).unwrap(), doc)
}

fn day((y, m, d): (i32, u32, u32)) -> Date {
    Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn doc_from(v: &Value) -> EcmsDocument {
    ecms::parse_document(&serde_json::to_string(v).unwrap())
        .unwrap_or_else(|e| panic!("edited document does not parse: {e}"))
        .document
}

/// The names and pseudonyms of the people of a document (as JSON).
fn personal_values(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for p in v["support"]["people"].as_array().into_iter().flatten() {
        for f in ["name", "pseudonym"] {
            if let Some(s) = p[f].as_str() {
                out.push(s.to_owned());
            }
        }
    }
    out
}

/// What must not change: every finding's rule, clause, reason and path, and every clause's
/// status.
fn fingerprint(r: &ConformityReport) -> (Vec<[String; 4]>, Vec<String>) {
    let findings = r
        .findings
        .iter()
        .map(|f| {
            [
                f.rule_id.clone(),
                f.clause.clone(),
                f.reason.clone(),
                f.path.clone(),
            ]
        })
        .collect();
    let statuses = r
        .clauses
        .iter()
        .map(|c| format!("{} {:?}", c.clause, c.status))
        .collect();
    (findings, statuses)
}

fn redacted_text(r: &Redacted) -> String {
    serde_json::to_string_pretty(&r.document).unwrap()
}

fn assert_no_personal_values(original: &Value, text: &str, what: &str) {
    let values = personal_values(original);
    assert!(!values.is_empty(), "{what}: no people");
    for v in values {
        assert!(!text.contains(&v), "{what}: {v:?} is still in the copy");
        // A name in two scripts is also gone part by part.
        for part in v.split(' ').filter(|p| !p.is_ascii()) {
            assert!(
                !text.contains(part),
                "{what}: {part:?} is still in the copy"
            );
        }
    }
}

fn document_validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .should_ignore_unknown_formats(false)
            .build(&ecms::schema::schema("document").unwrap())
            .unwrap()
    })
}

fn assert_schema_valid(text: &str, what: &str) {
    let v: Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = document_validator()
        .iter_errors(&v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn bundled_datasets_redact_without_personal_data_and_with_the_same_findings() {
    for (file, on) in DATASETS {
        let (value, doc) = load(file);
        let r = redact(&doc, KEY).unwrap();
        let text = redacted_text(&r);
        // (a) no original value anywhere.
        assert_no_personal_values(&value, &text, file);
        assert_eq!(
            r.replacements.len(),
            personal_values(&value).len(),
            "{file}"
        );
        assert!(r.replacements.iter().all(|x| x.fields >= 1), "{file}");
        // (b) the same findings and statuses, on the as-of date (none) and a year later
        // (many, several about people).
        let on = day(*on);
        let later = Date(on.0.checked_add_months(chrono::Months::new(12)).unwrap());
        for d in [on, later] {
            let before = assess(&doc, d);
            let after = assess(&r.document, d);
            assert_eq!(fingerprint(&before), fingerprint(&after), "{file} on {d}");
            assert_eq!(
                before.summary.readiness_percent, after.summary.readiness_percent,
                "{file} on {d}"
            );
        }
        assert!(assess(&r.document, on).findings.is_empty(), "{file}");
        // (d) the copy reads back and validates against the published schema.
        ecms::parse_document(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_schema_valid(&text, file);
        // Only personal data changed: the rest is as it was, byte for byte, outside strings
        // that held a name.
        let original = serde_json::to_string_pretty(&doc).unwrap();
        assert_eq!(original.lines().count(), text.lines().count(), "{file}");
        for (a, b) in original.lines().zip(text.lines()) {
            if a != b {
                assert!(b.contains(PSEUDONYM_PREFIX), "{file}: {a} became {b}");
            }
        }
    }
}

/// The silk-road dataset with findings about people: competence evidence removed, a person
/// who holds a role without any, and people named in free text.
fn edited_with_people_findings() -> (Value, EcmsDocument) {
    let (mut v, _) = load("silk-road-threads.json");
    let people = v["support"]["people"].as_array_mut().unwrap();
    for p in people.iter_mut().take(3) {
        p.as_object_mut().unwrap().remove("competenceEvidence");
    }
    let roles = people[0]["roles"].clone();
    people.push(json!({
        "id": "61200000-0000-4000-8000-0000000000ff",
        "name": "欧阳娜娜",
        "pseudonym": "SRT-0099",
        "roles": roles,
        "joinedOn": "2026-01-05"
    }));
    let first = people[0]["name"].as_str().unwrap().to_owned();
    v["organization"]["sector"] = json!(format!(
        "{first} 与欧阳娜娜 (工号 SRT-0099) 在 2026 年复核了本节；Chen Wei reviewed it."
    ));
    let doc = doc_from(&v);
    (v, doc)
}

#[test]
fn findings_about_people_are_kept_with_pseudonymous_names() {
    let (v, doc) = edited_with_people_findings();
    let on = day((2026, 6, 30));
    let before = assess(&doc, on);
    let people_findings = before
        .findings
        .iter()
        .filter(|f| f.path.starts_with("/support/people"))
        .count();
    assert!(people_findings >= 4, "{:#?}", before.findings);
    let r = redact(&doc, KEY).unwrap();
    let after = assess(&r.document, on);
    assert_eq!(fingerprint(&before), fingerprint(&after));
    // The messages name the pseudonyms instead.
    let messages = |rep: &ConformityReport| {
        rep.findings
            .iter()
            .map(|f| format!("{} {}", f.message.en, f.message.zh))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(messages(&before).contains("欧阳娜娜"));
    assert!(!messages(&after).contains("欧阳娜娜"));
    assert!(messages(&after).contains(&pseudonym(KEY, "欧阳娜娜")));
    let text = redacted_text(&r);
    assert_no_personal_values(&v, &text, "edited");
    assert!(
        !text.contains("Chen Wei"),
        "the Latin part of Chen Wei 陈伟"
    );
    assert_schema_valid(&text, "edited");
    // Free text: every name and the staff number replaced, the rest kept.
    let notes = r.document.organization.sector.clone().unwrap_or_default();
    let chen = pseudonym(KEY, "Chen Wei 陈伟");
    assert_eq!(
        notes,
        format!(
            "{chen} 与{} (工号 {}) 在 2026 年复核了本节；{chen} reviewed it.",
            pseudonym(KEY, "欧阳娜娜"),
            pseudonym(KEY, "SRT-0099")
        )
    );
}

#[test]
fn stable_for_one_key_different_for_another() {
    let (_, doc) = load("star-bridge-electronics.json");
    let a = redacted_text(&redact(&doc, KEY).unwrap());
    let b = redacted_text(&redact(&doc, KEY).unwrap());
    assert_eq!(a, b);
    let other = redact(&doc, b"another key").unwrap();
    let c = redacted_text(&other);
    assert_ne!(a, c);
    let first = redact(&doc, KEY).unwrap().replacements;
    for (x, y) in first.iter().zip(&other.replacements) {
        assert_eq!(x.original, y.original);
        assert_ne!(x.pseudonym, y.pseudonym, "{}", x.original);
        assert!(!c.contains(&x.pseudonym));
    }
    // The same value gets the same pseudonym everywhere: 何静 is a name and a provider.
    let he = pseudonym(KEY, "何静");
    assert!(a.matches(&he).count() >= 4, "{he}");
}

#[test]
fn aliases_replace_short_forms_of_names() {
    let (v, doc) = load("yunling-tea.json");
    let plain = redacted_text(&redact(&doc, KEY).unwrap());
    assert!(
        plain.contains("小青"),
        "a given name alone is not recognised"
    );
    let r = redact_with(&doc, &RedactOptions::new(KEY).alias("小青", "杨小青")).unwrap();
    let text = redacted_text(&r);
    assert!(!text.contains("小青"));
    assert!(text.contains(&format!("授权{}500元", pseudonym(KEY, "杨小青"))));
    assert_no_personal_values(&v, &text, "yunling");
    let (on, later) = (day((2026, 11, 30)), day((2027, 11, 30)));
    for d in [on, later] {
        assert_eq!(
            fingerprint(&assess(&doc, d)),
            fingerprint(&assess(&r.document, d))
        );
    }
}

#[test]
fn typed_strings_extensions_and_word_boundaries() {
    let json = r#"{
        "schemaVersion": "1.1",
        "organization": {
            "name": "Li Ming Studio, Limited",
            "businessModels": ["b2c"],
            "extensions": {
                "erp": { "owner": "Li Ming", "memo": "Li Ming's memo", "rate": 0.10,
                         "big": 123456789012345678901234567890 }
            }
        },
        "support": { "people": [
            { "id": "61200000-0000-4000-8000-000000000001", "name": "Li Ming" },
            { "id": "61200000-0000-4000-8000-000000000002", "name": "b2c" },
            { "id": "61200000-0000-4000-8000-000000000003", "name": "", "pseudonym": "7" }
        ] }
    }"#;
    let doc = ecms::parse_document(json).unwrap().document;
    let r = redact(&doc, KEY).unwrap();
    let out = serde_json::to_string(&r.document).unwrap();
    let li = pseudonym(KEY, "Li Ming");
    // Free text: whole words only.
    assert_eq!(
        r.document.organization.name,
        format!("{li} Studio, Limited")
    );
    // A vocabulary value equal to a name is not personal data.
    assert!(out.contains(r#""businessModels":["b2c"]"#), "{out}");
    // Extensions: strings equal to a name are replaced, other vendor data kept verbatim.
    assert!(out.contains(&format!(
        r#""erp":{{"owner":"{li}","memo":"Li Ming's memo","rate":0.10,"big":123456789012345678901234567890}}"#
    )));
    // An empty name stays empty; a one-character value is replaced in its field only.
    let p3 = &r.document.support.people[2];
    assert_eq!(p3.name.as_deref(), Some(""));
    assert_eq!(p3.pseudonym, Some(pseudonym(KEY, "7")));
    let rep = |o: &str| r.replacements.iter().find(|x| x.original == o).unwrap();
    assert_eq!((rep("Li Ming").fields, rep("Li Ming").in_text), (1, 1));
    assert_eq!(rep("Li Ming").in_extensions, 1);
    assert_eq!(rep("b2c").fields, 1);
}

/// Every field the schema marks as personal data is a plain string (or a list of them), so
/// a pseudonym can stand in it; a marked field with a format or pattern would make `redact`
/// refuse documents.
#[test]
fn marked_fields_are_plain_strings() {
    let schema = ecms::schema::schema("document").unwrap();
    let mut marked = Vec::new();
    for (name, def) in schema["$defs"].as_object().unwrap() {
        for (field, s) in def["properties"].as_object().into_iter().flatten() {
            let comment = s["$comment"].as_str().unwrap_or_default();
            if comment.contains(ecms::schema::PERSONAL_DATA_TAG) {
                marked.push(format!("{name}.{field}"));
                let text = s.to_string();
                assert!(
                    !text.contains("\"format\"") && !text.contains("\"pattern\""),
                    "{name}.{field}: {text}"
                );
            }
        }
    }
    assert_eq!(marked, ["Person.name", "Person.pseudonym"]);
}

// ---------------------------------------------------------------------------------------------
// The command line

fn ecms(args: &[&str], env_key: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ecms"));
    c.args(args)
        .env_remove("ECMS_REDACT_KEY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(k) = env_key {
        c.env("ECMS_REDACT_KEY", k);
    }
    c.output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("redact-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn cli_writes_the_redacted_copy() {
    let input = data_path("star-bridge-electronics.json");
    let input = input.to_str().unwrap();
    let dir = scratch("cli");
    let out = dir.join("copy.json");
    let out_s = out.to_str().unwrap();
    let o = ecms(&["redact", input, "--key", "k1", "-o", out_s], None);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty());
    assert!(
        text(&o.stderr).contains("redacted 24 personal value(s)"),
        "{}",
        text(&o.stderr)
    );
    assert!(!text(&o.stderr).contains("warning"));
    let written = std::fs::read_to_string(&out).unwrap();
    let (value, doc) = load("star-bridge-electronics.json");
    assert_no_personal_values(&value, &written, "cli");
    assert_eq!(written, redacted_text(&redact(&doc, b"k1").unwrap()) + "\n");

    // An existing file is kept unless --force.
    let o = ecms(&["redact", input, "--key", "k1", "-o", out_s], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("already exists"),
        "{}",
        text(&o.stderr)
    );
    let o = ecms(
        &["redact", input, "--key", "k2", "-o", out_s, "--force"],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_ne!(std::fs::read_to_string(&out).unwrap(), written);

    // Standard output; the key from the environment gives the same copy as --key.
    let o = ecms(&["redact", input], Some("k1"));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), written);

    // No key: the public default, with a warning.
    let o = ecms(&["redact", input], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        text(&o.stderr).contains("warning: no --key"),
        "{}",
        text(&o.stderr)
    );

    // Aliases.
    let yunling = data_path("yunling-tea.json");
    let o = ecms(
        &[
            "redact",
            yunling.to_str().unwrap(),
            "--key",
            "k",
            "--alias",
            "小青=杨小青",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(!text(&o.stdout).contains("小青"));
    let o = ecms(&["redact", input, "--alias", "小青"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("ALIAS=NAME"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn cli_failures_exit_2() {
    let input = data_path("yunling-tea.json");
    let input = input.to_str().unwrap();
    let dir = scratch("fail");
    // Unreadable input.
    let missing = dir.join("missing.json");
    let o = ecms(&["redact", missing.to_str().unwrap(), "--key", "k"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    // Invalid input.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"schemaVersion\": 1}").unwrap();
    let o = ecms(&["redact", bad.to_str().unwrap(), "--key", "k"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    // An output that cannot be created.
    let nowhere = dir.join("no-such-dir").join("copy.json");
    let o = ecms(
        &[
            "redact",
            input,
            "--key",
            "k",
            "-o",
            nowhere.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("cannot write"),
        "{}",
        text(&o.stderr)
    );
    // A device is written, not synced.
    if Path::new("/dev/null").exists() {
        let o = ecms(
            &["redact", input, "--key", "k", "-o", "/dev/null", "--force"],
            None,
        );
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    }
    // Standard output that cannot be written.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let o = Command::new(env!("CARGO_BIN_EXE_ecms"))
            .args(["redact", input, "--key", "k"])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        assert!(
            text(&o.stderr).contains("cannot write"),
            "{}",
            text(&o.stderr)
        );
    }
}
