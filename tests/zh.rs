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

mod common;
use common::zh_leaks;

use ecms::rules::{Finding, Lang, builtin_rules, evaluate, localize, render_in};
use serde_json::Value;

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
            let l = zh_leaks(&strip_data(text.clone(), DATA_SAMPLES));
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
        let l = zh_leaks(r.meta.title.zh);
        if !l.is_empty() {
            bad.push(format!("rule {}: {l:?} in {}", r.meta.id, r.meta.title.zh));
        }
    }
    for c in ecms::catalog::clauses() {
        let l = zh_leaks(c.title.zh);
        if !l.is_empty() {
            bad.push(format!("clause {}: {l:?} in {}", c.id, c.title.zh));
        }
    }
    for a in ecms::rules::assessed_requirements() {
        let l = zh_leaks(a.reason.zh);
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

fn day(y: i32, m: u32, d: u32) -> ecms::common::Date {
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
    let mut l = zh_leaks(&strip_data(f.message.zh.clone(), &own));
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
        bad.extend(check(name, &v, day(y + 3, *m, *d), &mut seen));
        // Years earlier: records are dated in the future.
        bad.extend(check(name, &v, day(y - 1, *m, *d), &mut seen));
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
            bad.extend(check(name, &e, day(*y, *m, *d), &mut seen));
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
            bad.extend(check(name, &e, day(*y, *m, *d), &mut seen));
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
            bad.extend(check(name, &e, day(*y, *m, *d), &mut seen));
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

// ---------------------------------------------------------------------------------------------
// Regressions: each leak the reading found, on an edited copy of the bundled dataset

fn silk() -> Value {
    serde_json::from_str(DATASETS[0].1).unwrap()
}

fn zh_findings(v: &Value, as_of: ecms::common::Date, rule: &str) -> Vec<Finding> {
    let doc = ecms::parse_document(&v.to_string()).unwrap().document;
    evaluate(&doc, as_of)
        .findings
        .into_iter()
        .filter(|f| f.rule_id == rule)
        .collect()
}

fn template(rule: &str, code: &str) -> (&'static str, &'static str) {
    let r = builtin_rules()
        .into_iter()
        .find(|r| r.meta.id == rule)
        .unwrap();
    let m = r
        .meta
        .reasons
        .iter()
        .find(|x| x.code == code)
        .unwrap()
        .message;
    (m.en, m.zh)
}

#[test]
fn leak_dangling_reference_kind_is_a_chinese_noun() {
    let mut v = silk();
    v["improvement"]["improvements"][0]["reviews"][0] =
        Value::String("0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f".into());
    let fs = zh_findings(&v, day(2026, 6, 30), "ecms-ref-dangling");
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert!(
        fs[0].message.zh.contains("的管理评审。"),
        "{}",
        fs[0].message.zh
    );
    assert!(
        fs[0].message.en.contains("No management review with id"),
        "{}",
        fs[0].message.en
    );
    // The parameter keeps the kind's name for programs.
    assert_eq!(fs[0].params["kind"], "managementReview");
    // Duplicate ids name the kind the same way.
    let mut v = silk();
    let first = v["improvement"]["improvements"][0].clone();
    v["improvement"]["improvements"]
        .as_array_mut()
        .unwrap()
        .push(first);
    let fs = zh_findings(&v, day(2026, 6, 30), "ecms-ref-duplicate-id");
    assert!(!fs.is_empty());
    assert!(
        fs.iter().all(|f| f.message.zh.starts_with("改进标识")),
        "{fs:#?}"
    );
}

#[test]
fn leak_status_of_a_resource_need_is_chinese() {
    let mut v = silk();
    v["support"]["resourcePlan"]["needs"][0]["status"] = Value::String("planned".into());
    let fs: Vec<Finding> = {
        let doc = ecms::parse_document(&v.to_string()).unwrap().document;
        evaluate(&doc, day(2026, 6, 30))
            .findings
            .into_iter()
            .filter(|f| f.message.zh.contains("目前状态为"))
            .collect()
    };
    assert_eq!(fs.len(), 1, "{fs:#?}");
    let zh = &fs[0].message.zh;
    assert!(
        zh.contains("2026年5月31日前提供，目前状态为计划中。"),
        "{zh}"
    );
    assert!(!zh.contains("planned"), "{zh}");
    assert!(fs[0].message.en.contains("planned"));
}

#[test]
fn leak_iso_durations_and_dash_for_never() {
    // No management review held: due date unknown, never done.
    let mut v = silk();
    v["performance"]["managementReviews"] = Value::Array(vec![]);
    let fs = zh_findings(&v, day(2026, 6, 30), "ecms-8.3.1-review-overdue");
    assert_eq!(fs.len(), 1, "{fs:#?}");
    let zh = &fs[0].message.zh;
    assert!(zh.contains("1年") && zh.contains("上次从未"), "{zh}");
    assert!(!zh.contains("P1Y") && !zh.contains('-'), "{zh}");
    let en = &fs[0].message.en;
    assert!(
        en.contains("interval 1 year") && en.contains("last never"),
        "{en}"
    );
    // Parameters keep the data: the interval as written, `-` for none.
    assert_eq!(fs[0].params["interval"], "P1Y");
    assert_eq!(fs[0].params["last"], "-");
    // Years later, every duty is overdue with its dates and interval in Chinese.
    let fs = zh_findings(&silk(), day(2029, 6, 30), "ecms-8.3.1-review-overdue");
    assert!(!fs.is_empty());
    for f in fs {
        assert!(
            f.message.zh.contains("年") && iso_dates(&f.message.zh).is_empty(),
            "{}",
            f.message.zh
        );
        assert!(zh_leaks(&f.message.zh).is_empty(), "{}", f.message.zh);
    }
}

#[test]
fn leak_document_status_and_user_of_a_document() {
    // The document financial management uses is a draft.
    let mut v = silk();
    let id = v["support"]["finance"]["document"]
        .as_str()
        .unwrap()
        .to_owned();
    for d in v["support"]["documents"].as_array_mut().unwrap() {
        if d["id"] == Value::String(id.clone()) {
            d["status"] = Value::String("draft".into());
        }
    }
    let fs: Vec<Finding> = {
        let doc = ecms::parse_document(&v.to_string()).unwrap().document;
        evaluate(&doc, day(2026, 6, 30))
            .findings
            .into_iter()
            .filter(|f| f.reason == "used-by-finance")
            .collect()
    };
    assert_eq!(fs.len(), 1, "{fs:#?}");
    let zh = &fs[0].message.zh;
    assert!(
        zh.starts_with("财务资源管理使用的文件") && zh.ends_with("（草稿）。"),
        "{zh}"
    );
}

#[test]
fn leak_improvement_status_and_factor_category() {
    let mut v = silk();
    v["improvement"]["improvements"][0]["status"] = Value::String("selected".into());
    v["improvement"]["improvements"][0]
        .as_object_mut()
        .unwrap()
        .remove("selection");
    let doc = ecms::parse_document(&v.to_string()).unwrap().document;
    let fs: Vec<Finding> = evaluate(&doc, day(2026, 6, 30))
        .findings
        .into_iter()
        .filter(|f| f.message.zh.contains("未记录选择决定"))
        .collect();
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert!(
        fs[0].message.zh.contains("（已选定）"),
        "{}",
        fs[0].message.zh
    );

    // No factor of the category "market and customers": named as the standard names it.
    let mut v = silk();
    v["context"]["factors"]
        .as_array_mut()
        .unwrap()
        .retain(|f| f["category"] != Value::String("marketAndCustomers".into()));
    let doc = ecms::parse_document(&v.to_string()).unwrap().document;
    let fs: Vec<Finding> = evaluate(&doc, day(2026, 6, 30))
        .findings
        .into_iter()
        .filter(|f| f.reason == "category-missing")
        .collect();
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert_eq!(
        fs[0].message.zh,
        "未记录类别为“市场和顾客的需求、期望和偏好”的内外部因素。"
    );
    assert_eq!(fs[0].params["category"], "marketAndCustomers");
}

#[test]
fn leak_future_dated_supply_chain_record() {
    let mut v = silk();
    v["operation"]["supplyChain"]["purchases"][0]["sentOn"] = Value::String("2026-08-01".into());
    let fs = zh_findings(&v, day(2026, 6, 30), "ecms-7.3-future-dated-record");
    let f = fs
        .iter()
        .find(|f| f.reason == "purchase-sent")
        .expect("purchase-sent");
    assert_eq!(
        f.message.zh,
        "采购单PO-2025-0812的发出日期2026年8月1日晚于评价日期2026年6月30日。"
    );
}

#[test]
fn leak_named_templates() {
    for (rule, code, bad) in [
        (
            "ecms-7.2.3.d.2-price-approver-authorized",
            "unauthorized-change-unknown",
            "change unknown",
        ),
        (
            "ecms-7.7-review-intervals",
            "no-awareness-interval",
            "Security awareness",
        ),
        (
            "ecms-7.2.4-customer-property-controlled",
            "no-rules",
            "Customer service",
        ),
        (
            "ecms-6.4.3.a-current-version-in-use",
            "used-by-resource-plan",
            "The resource plan",
        ),
        (
            "ecms-7.3-future-dated-record",
            "order-analysis",
            "order data analysis",
        ),
    ] {
        let (_, zh) = template(rule, code);
        assert!(!zh.contains(bad), "{rule}/{code}: {zh}");
        let text = render_in(
            Lang::Zh,
            zh,
            &params_of(zh)
                .into_iter()
                .map(|k| (k.clone(), sample(&k).to_owned()))
                .collect(),
        );
        assert!(zh_leaks(&text).is_empty(), "{rule}/{code}: {text}");
    }
}
