//! Chinese fit: no Latin-script words, identifiers, enum names or ISO 8601 codes in any zh
//! message or title, other than a short list of codes Chinese users write themselves, the
//! standard's item notation (`a)`) and the organization's own data.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};

use ecms::rules::{Finding, Lang, builtin_rules, evaluate, localize, render_in};
use serde_json::Value;

/// Latin-script codes a Chinese text may contain: the standard's own designation and the
/// trade term for a stock-keeping unit.
const ALLOWED: &[&str] = &["GB", "T", "ISO", "SKU"];

/// Latin words of a zh text that are not allowed: a run of ASCII letters that is neither an
/// allowed code nor an item letter of the standard's notation (`a)`, `a)–d)`).
fn leaks(s: &str) -> Vec<String> {
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
            if !item_letter && !ALLOWED.contains(&word.as_str()) {
                out.push(word);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// A realistic Chinese value for every parameter name the templates use, in its raw form
/// (dates ISO 8601, intervals ISO 8601 durations): the zh renderer must show them in Chinese.
fn sample(name: &str) -> &'static str {
    match name {
        "subject" | "holder" | "approver" | "auditor" | "other" => "张伟",
        "due" | "date" | "last" | "as_of" | "asOf" | "until" | "sent" | "approved" | "reported"
        | "handled" | "resolved" | "happened" | "evaluated" | "disposed" | "reviewed"
        | "received" | "planned" | "effective" | "detected" | "completed" | "closed" | "listed"
        | "modified" | "implemented" | "start" | "end" | "from" => "2026-11-30",
        "interval" | "validity" | "within" => "P1Y",
        "limit" => "P30D",
        "clause" | "requirement" => "7.2.4.f",
        "status" => "草稿",
        "action" => "更新退货流程",
        "target" | "threshold" | "max" | "required" | "count" | "actual" | "on_hand" | "late"
        | "score" | "value" | "amount" => "12",
        "rate" | "change" => "98.5",
        "kind" => "人员",
        "id" => "3f2b8c1e-5d4a-4f6b-9c2e-1a7d8e9f0b3c",
        "first" => "/support/people/3",
        "version" => "第2版",
        "period" => "2026年第3季度",
        "currency" => "元",
        "sku" => "SRT-SCARF-001",
        _ => "示例",
    }
}

/// Parameter values that are data, not text: an id and a JSON pointer.
const DATA_SAMPLES: &[&str] = &[
    "3f2b8c1e-5d4a-4f6b-9c2e-1a7d8e9f0b3c",
    "/support/people/3",
    "SRT-SCARF-001",
];

fn params_of(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(s) = rest.find('{') {
        let after = &rest[s + 1..];
        let Some(e) = after.find('}') else { break };
        out.push(after[..e].to_owned());
        rest = &after[e + 1..];
    }
    out
}

fn strip_data(mut text: String, data: &[&str]) -> String {
    let mut data: Vec<&str> = data.iter().copied().filter(|d| !d.is_empty()).collect();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for d in data {
        text = text.replace(d, "");
    }
    text
}

#[test]
fn every_reason_renders_in_chinese() {
    let mut bad = Vec::new();
    let mut n = 0;
    for r in builtin_rules() {
        for reason in r.meta.reasons {
            let params: BTreeMap<String, String> = params_of(reason.message.zh)
                .into_iter()
                .map(|k| {
                    let v = sample(&k).to_owned();
                    (k, v)
                })
                .collect();
            let text = render_in(Lang::Zh, reason.message.zh, &params);
            n += 1;
            assert!(
                !text.contains('{'),
                "{}/{}: unrendered {text}",
                r.meta.id,
                reason.code
            );
            assert!(
                !text.contains("2026-11-30") && !text.contains("P1Y") && !text.contains("P30D"),
                "{}/{}: ISO 8601 in {text}",
                r.meta.id,
                reason.code
            );
            let l = leaks(&strip_data(text.clone(), DATA_SAMPLES));
            if !l.is_empty() {
                bad.push(format!("{} {}: {l:?} in {text}", r.meta.id, reason.code));
            }
        }
    }
    assert!(n > 850, "only {n} reasons");
    assert!(
        bad.is_empty(),
        "{} zh templates leak Latin text:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_title_is_chinese() {
    let mut bad = Vec::new();
    for r in builtin_rules() {
        let l = leaks(r.meta.title.zh);
        if !l.is_empty() {
            bad.push(format!("rule {}: {l:?} in {}", r.meta.id, r.meta.title.zh));
        }
    }
    for c in ecms::catalog::clauses() {
        let l = leaks(c.title.zh);
        if !l.is_empty() {
            bad.push(format!("clause {}: {l:?} in {}", c.id, c.title.zh));
        }
    }
    for a in ecms::rules::assessed_requirements() {
        let l = leaks(a.reason.zh);
        if !l.is_empty() {
            bad.push(format!("assessed {}: {l:?} in {}", a.clause, a.reason.zh));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn dates_durations_and_never_in_chinese() {
    assert_eq!(localize("2026-11-30", Lang::Zh), "2026年11月30日");
    assert_eq!(localize("2026-06-05", Lang::Zh), "2026年6月5日");
    assert_eq!(localize("2026-11-30", Lang::En), "2026-11-30");
    assert_eq!(
        localize("2026-01-01/2026-03-31", Lang::Zh),
        "2026年1月1日至2026年3月31日"
    );
    assert_eq!(localize("P1Y", Lang::Zh), "1年");
    assert_eq!(localize("P6M", Lang::Zh), "6个月");
    assert_eq!(localize("P30D", Lang::Zh), "30天");
    assert_eq!(localize("P2W", Lang::Zh), "2周");
    assert_eq!(localize("P1Y", Lang::En), "1 year");
    assert_eq!(localize("P6M", Lang::En), "6 months");
    assert_eq!(localize("24 h", Lang::Zh), "24小时");
    assert_eq!(localize("2 d", Lang::En), "2 days");
    assert_eq!(localize("7.2.4.f", Lang::Zh), "7.2.4 f)");
    assert_eq!(localize("8.3.2.c.1", Lang::Zh), "8.3.2 c) 1)");
    // Data stays as written.
    assert_eq!(localize("丝路衣橱", Lang::Zh), "丝路衣橱");
    assert_eq!(localize("Silk Road Threads", Lang::Zh), "Silk Road Threads");
    assert_eq!(localize("P1Y-plan", Lang::Zh), "P1Y-plan");
}

// ---------------------------------------------------------------------------------------------
// Findings of edited copies of the bundled datasets

const DATASETS: &[(&str, &str, (i32, u32, u32))] = &[
    (
        "silk-road-threads",
        include_str!("../examples/data/silk-road-threads.json"),
        (2026, 6, 30),
    ),
    (
        "star-bridge-electronics",
        include_str!("../examples/data/star-bridge-electronics.json"),
        (2026, 9, 30),
    ),
    (
        "yunling-tea",
        include_str!("../examples/data/yunling-tea.json"),
        (2026, 11, 30),
    ),
];

fn date(y: i32, m: u32, d: u32) -> ecms::common::Date {
    ecms::common::Date::from_ymd(y, m, d).unwrap()
}

/// Every string of a document that is the organization's own data: any string value except
/// enum-like names (`planned`, `customerService`), which the messages must translate.
fn user_strings(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) => {
            let enum_like = s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && s.chars().all(|c| c.is_ascii_alphanumeric());
            if !enum_like {
                out.insert(s.clone());
            }
        }
        Value::Array(a) => a.iter().for_each(|x| user_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| user_strings(x, out)),
        _ => {}
    }
}

/// The zh leaks of a finding, once the organization's own data is taken out.
fn finding_leaks(f: &Finding, data: &BTreeSet<String>) -> Vec<String> {
    let mut own: Vec<&str> = f
        .params
        .values()
        .filter(|v| data.contains(*v) || v.contains('/') || looks_like_uuid(v))
        .map(String::as_str)
        .collect();
    // Data joined by a rule (`A / B`) or quoted inside a longer value.
    let parts: Vec<&str> = f
        .params
        .values()
        .flat_map(|v| v.split(" / "))
        .filter(|v| data.contains(*v))
        .collect();
    own.extend(parts);
    let mut l = leaks(&strip_data(f.message.zh.clone(), &own));
    l.retain(|w| {
        !data
            .iter()
            .any(|d| d.contains(w.as_str()) && f.message.zh.contains(d.as_str()))
    });
    l
}

/// Every `YYYY-MM-DD` in a text.
fn iso_dates(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len())
        .filter(|&i| {
            (0..4).all(|k| d(i + k))
                && b.get(i + 4) == Some(&b'-')
                && d(i + 5)
                && d(i + 6)
                && b.get(i + 7) == Some(&b'-')
                && d(i + 8)
                && d(i + 9)
        })
        .map(|i| s[i..i + 10].to_owned())
        .collect()
}

fn looks_like_uuid(v: &str) -> bool {
    v.len() == 36 && v.bytes().filter(|b| *b == b'-').count() == 4
}

/// Paths of every array of a JSON value (the first two elements of nested arrays).
fn arrays_of(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                arrays_of(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            if !a.is_empty() {
                out.push(at.clone());
            }
            for (i, x) in a.iter().enumerate().take(2) {
                arrays_of(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Paths of every object field of a JSON value, depth first.
fn fields(v: &Value, at: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                out.push((at.clone(), k.clone()));
                fields(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate().take(2) {
                fields(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn check(
    name: &str,
    v: &Value,
    as_of: ecms::common::Date,
    seen: &mut BTreeSet<(String, String)>,
) -> Vec<String> {
    let Ok(parsed) = ecms::parse_document(&v.to_string()) else {
        return Vec::new();
    };
    let mut data = BTreeSet::new();
    user_strings(v, &mut data);
    let report = evaluate(&parsed.document, as_of);
    let mut bad = Vec::new();
    for f in &report.findings {
        seen.insert((f.rule_id.clone(), f.reason.clone()));
        let l = finding_leaks(f, &data);
        if !l.is_empty() {
            bad.push(format!(
                "{name}: {} {}: {l:?} in {}",
                f.rule_id, f.reason, f.message.zh
            ));
        }
        let iso = iso_dates(&f.message.zh);
        if iso
            .iter()
            .any(|d| !data.iter().any(|x| x.contains(d.as_str())))
        {
            bad.push(format!(
                "{name}: {} {}: ISO date in {}",
                f.rule_id, f.reason, f.message.zh
            ));
        }
    }
    bad
}

#[test]
fn findings_of_edited_datasets_are_chinese() {
    let mut bad = Vec::new();
    let mut seen = BTreeSet::new();
    for (name, text, (y, m, d)) in DATASETS {
        let v: Value = serde_json::from_str(text).unwrap();
        // Years later: every periodic duty is overdue.
        bad.extend(check(name, &v, date(y + 3, *m, *d), &mut seen));
        // Years earlier: records are dated in the future.
        bad.extend(check(name, &v, date(y - 1, *m, *d), &mut seen));
        // Every array's first element repeated: duplicate ids; a changed id: dangling
        // references.
        let mut arrays = Vec::new();
        arrays_of(&v, String::new(), &mut arrays);
        for at in arrays.iter().step_by((arrays.len() / 40).max(1)) {
            let mut e = v.clone();
            if let Some(Value::Array(a)) = e.pointer_mut(at)
                && let Some(first) = a.first().cloned()
            {
                a.push(first);
            }
            bad.extend(check(name, &e, date(*y, *m, *d), &mut seen));
            let mut e = v.clone();
            if let Some(Value::Array(a)) = e.pointer_mut(at)
                && let Some(Value::Object(o)) = a.first_mut()
                && o.contains_key("id")
            {
                o.insert(
                    "id".into(),
                    Value::String("0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f".into()),
                );
            }
            bad.extend(check(name, &e, date(*y, *m, *d), &mut seen));
        }
        // One field removed at a time, for a spread of the document's fields.
        let mut all = Vec::new();
        fields(&v, String::new(), &mut all);
        let step = (all.len() / 120).max(1);
        for (at, key) in all.iter().step_by(step) {
            let mut e = v.clone();
            if let Some(Value::Object(o)) = e.pointer_mut(at) {
                o.remove(key);
            }
            bad.extend(check(name, &e, date(*y, *m, *d), &mut seen));
        }
    }
    bad.sort();
    bad.dedup();
    println!("{} distinct reasons rendered from findings", seen.len());
    assert!(seen.len() > 100, "only {} reasons rendered", seen.len());
    assert!(
        bad.is_empty(),
        "{} zh findings leak Latin text:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
