//! `ecms explain RULE_ID`.
//!
//! The example fragments are not hand-written: they are found by running the rule.
//! * **Breaks it**: the rule's finding on the starter document (`ecms init`) as of
//!   2026-06-30, or else on the bundled example dataset as of 2030-01-01 (when its
//!   periodic records have lapsed). The fragment is the value at the finding's path — or,
//!   when the finding points where something is missing, at its nearest existing ancestor.
//! * **Satisfies it**: the bundled example dataset, which is clean as of 2026-06-30, at the
//!   same path; of an object, only the members whose removal makes the rule fire (found by
//!   removing each in turn), when there are such members.
//!
//! Fragments are abbreviated (arrays show their first element; long texts are cut) and
//! the output says so. Rules that fire on neither document (e.g. dangling references)
//! say plainly that no generated example exists.

use std::fmt::Write as _;

use ecms::common::Date;
use ecms::rules::{Engine, Finding};
use serde_json::Value;

use super::meta::{self, RuleInfo};
use super::text::{sev_label, title};
use super::{Outcome, init, json_to};

/// The bundled example organization, clean as of 2026-06-30.
const DATASET: &str = include_str!("../../examples/data/silk-road-threads.json");
const DATASET_NAME: &str = "examples/data/silk-road-threads.json";

/// Where an example fragment comes from.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Example {
    /// `ecms init` or the bundled dataset's path.
    source: &'static str,
    /// The as-of date it is judged at.
    as_of: String,
    /// The JSON pointer shown.
    path: String,
    /// The (abbreviated) value there.
    fragment: Value,
    /// The finding it produces, for the breaking example.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

fn date(y: i32, m: u32, d: u32) -> Result<Date, String> {
    Date::from_ymd(y, m, d).ok_or_else(|| "internal: bad date".to_owned())
}

fn findings_of(text: &str, rule: &str, as_of: Date) -> Result<(Value, Vec<Finding>), String> {
    let parsed = ecms::parse_document(text).map_err(|e| e.to_string())?;
    let report = Engine::new().evaluate(&parsed.document, as_of);
    let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let fs = report
        .findings
        .into_iter()
        .filter(|f| f.rule_id == rule)
        .collect();
    Ok((value, fs))
}

/// The value at `path`, or at its nearest existing ancestor; with the pointer used.
fn at_or_above(doc: &Value, path: &str) -> (String, Value) {
    let mut p = path.to_owned();
    loop {
        if let Some(v) = doc.pointer(&p) {
            return (p, v.clone());
        }
        match p.rfind('/') {
            Some(i) => p.truncate(i),
            None => return (String::new(), doc.clone()),
        }
    }
}

/// Arrays keep their first element; strings are cut at 80 characters; depth is limited.
fn abbreviate(v: &Value, depth: usize, zh: bool) -> Value {
    let note = |n: usize, en: &str, zh_word: &str| {
        Value::String(if zh {
            format!("…另有 {n} {zh_word}")
        } else {
            format!("… {n} {en}")
        })
    };
    match v {
        Value::Array(a) if depth >= 4 => note(a.len(), "element(s)", "个元素"),
        Value::Object(o) if depth >= 4 => note(o.len(), "member(s)", "个成员"),
        Value::Array(a) => {
            let mut out: Vec<Value> = a
                .iter()
                .take(1)
                .map(|x| abbreviate(x, depth + 1, zh))
                .collect();
            if a.len() > 1 {
                out.push(note(a.len() - 1, "more", "项"));
            }
            Value::Array(out)
        }
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), abbreviate(x, depth + 1, zh)))
                .collect(),
        ),
        Value::String(s) if s.chars().count() > 80 => {
            Value::String(format!("{}…", s.chars().take(80).collect::<String>()))
        }
        other => other.clone(),
    }
}

/// Keeps only the members of an object that the rule depends on: those whose removal
/// from the clean dataset makes the rule fire (found by removing each in turn). Falls
/// back to the whole object when no single member does.
fn narrow(doc: &Value, path: &str, v: Value, rule: &str, as_of: Date) -> Value {
    let Value::Object(members) = &v else {
        return v;
    };
    if members.len() < 2 {
        return v;
    }
    let mut kept = serde_json::Map::new();
    for (k, x) in members {
        let mut changed = doc.clone();
        if let Some(Value::Object(o)) = changed.pointer_mut(path) {
            o.remove(k);
        }
        let fires = serde_json::to_string(&changed)
            .ok()
            .and_then(|t| findings_of(&t, rule, as_of).ok())
            .is_some_and(|(_, fs)| !fs.is_empty());
        if fires {
            kept.insert(k.clone(), x.clone());
        }
    }
    if kept.is_empty() {
        v
    } else {
        Value::Object(kept)
    }
}

fn examples(rule: &str, zh: bool) -> Result<(Option<Example>, Option<Example>), String> {
    let (d2026, d2030) = (date(2026, 6, 30)?, date(2030, 1, 1)?);
    let skeleton = init::skeleton()?;
    let (skel_value, skel_findings) = findings_of(&skeleton, rule, d2026)?;
    let msg = |f: &Finding| {
        if zh {
            f.message.zh.clone()
        } else {
            f.message.en.clone()
        }
    };
    let breaking = if let Some(f) = skel_findings.first() {
        let (path, v) = at_or_above(&skel_value, &f.path);
        Some((
            Example {
                source: "ecms init",
                as_of: d2026.to_string(),
                path,
                fragment: abbreviate(&v, 0, zh),
                message: Some(msg(f)),
            },
            f.path.clone(),
        ))
    } else {
        let (data_value, late) = findings_of(DATASET, rule, d2030)?;
        late.first().map(|f| {
            let (path, v) = at_or_above(&data_value, &f.path);
            (
                Example {
                    source: DATASET_NAME,
                    as_of: d2030.to_string(),
                    path,
                    fragment: abbreviate(&v, 0, zh),
                    message: Some(msg(f)),
                },
                f.path.clone(),
            )
        })
    };
    let Some((breaking, finding_path)) = breaking else {
        return Ok((None, None));
    };
    let (data_value, clean) = findings_of(DATASET, rule, d2026)?;
    let satisfying = if clean.is_empty() {
        let (path, v) = at_or_above(&data_value, &finding_path);
        let v = narrow(&data_value, &path, v, rule, d2026);
        Some(Example {
            source: DATASET_NAME,
            as_of: d2026.to_string(),
            path,
            fragment: abbreviate(&v, 0, zh),
            message: None,
        })
    } else {
        None
    };
    Ok((Some(breaking), satisfying))
}

fn find_rule(id: &str) -> Result<RuleInfo, String> {
    let engine = Engine::new();
    let all = meta::all_rules(&engine);
    if let Some(r) = all.iter().find(|r| r.id == id) {
        return Ok(r.clone());
    }
    let near: Vec<&str> = all
        .iter()
        .filter(|r| {
            let needle = id.trim_start_matches("ecms-");
            !needle.is_empty() && r.id.contains(needle)
        })
        .map(|r| r.id)
        .take(5)
        .collect();
    Err(if near.is_empty() {
        format!("no rule {id:?}; `ecms rules` lists them")
    } else {
        format!("no rule {id:?}; did you mean {}?", near.join(", "))
    })
}

fn fragment_text(out: &mut String, e: &Example) {
    let key = e.path.rsplit('/').next().unwrap_or("");
    let body = serde_json::to_string_pretty(&e.fragment).unwrap_or_default();
    let shown = if e.path.is_empty() {
        body
    } else {
        format!("{}: {body}", serde_json::Value::String(key.to_owned()))
    };
    for l in shown.lines() {
        let _ = writeln!(out, "    {}", super::term::escape_inline(l));
    }
}

/// Runs `explain`.
pub(crate) fn run(id: &str, json: bool, zh: bool) -> Result<Outcome, String> {
    let info = find_rule(id)?;
    let (breaking, satisfying) = examples(info.id, zh)?;
    let mut out = Vec::new();
    if json {
        let v = serde_json::json!({
            "rule": info,
            "clauseTitle": title(info.clause, zh),
            "why": meta::why(&info, zh),
            "breaks": breaking,
            "satisfies": satisfying,
        });
        json_to(&mut out, &v)?;
        return Ok(Outcome::ok(out));
    }
    let mut s = String::new();
    let t = if zh { info.title.zh } else { info.title.en };
    let _ = writeln!(s, "{}\n  {t}\n", info.id);
    let labels = if zh {
        [
            "条款",
            "严重程度",
            "依据",
            "不符合等级",
            "为何",
            "可能的消息",
            "违反示例",
            "满足示例",
            "另见",
        ]
    } else {
        [
            "Clause",
            "Severity",
            "Basis",
            "Grade",
            "Why",
            "Messages",
            "Breaks it",
            "Satisfies it",
            "Also reports at",
        ]
    };
    let [
        l_clause,
        l_sev,
        l_basis,
        l_grade,
        l_why,
        l_msgs,
        l_break,
        l_ok,
        l_covers,
    ] = labels;
    let (sep, colon) = if zh { ("：", "：") } else { (": ", ":") };
    let _ = writeln!(
        s,
        "{l_clause}{sep}{} {}",
        info.clause,
        title(info.clause, zh)
    );
    if !info.covers.is_empty() {
        let _ = writeln!(s, "{l_covers}{sep}{}", info.covers.join(", "));
    }
    let _ = writeln!(s, "{l_sev}{sep}{}", sev_label(info.severity, zh));
    let _ = writeln!(s, "{l_basis}{sep}{}", meta::basis_label(info.basis, zh));
    let _ = writeln!(s, "{l_grade}{sep}{}", meta::grade_label(info.grade, zh));
    let _ = writeln!(s, "{l_why}{sep}{}\n", meta::why(&info, zh));
    let _ = writeln!(s, "{l_msgs}{colon}");
    for m in &info.messages {
        let text = if zh { m.template.zh } else { m.template.en };
        let text = match m.parameter {
            Some(name) if zh => format!("{text}（警告：依据组织参数 {name}）"),
            Some(name) => format!("{text} (warning: rests on the organization's parameter {name})"),
            None => text.to_owned(),
        };
        match m.code {
            Some(c) => {
                let _ = writeln!(s, "  [{c}] {text}");
            }
            None => {
                let _ = writeln!(s, "  {text}");
            }
        }
    }
    let _ = writeln!(s);
    let describe = |e: &Example| {
        let at = if e.path.is_empty() {
            "/"
        } else {
            e.path.as_str()
        };
        if zh {
            let d = e
                .as_of
                .parse::<Date>()
                .map(super::text::zh_date)
                .unwrap_or_default();
            let src = if e.source == "ecms init" {
                "初始文档（ecms init）"
            } else {
                "随附示例数据"
            };
            format!("{src}，评价日期 {d}，位置 {at}（节选，数组只显示首个元素）")
        } else {
            format!(
                "{} as of {}, at {at} (abbreviated: arrays show their first element)",
                e.source, e.as_of
            )
        }
    };
    match &breaking {
        Some(e) => {
            let _ = writeln!(s, "{l_break}{sep}{}", describe(e));
            fragment_text(&mut s, e);
            if let Some(m) = &e.message {
                let _ = writeln!(s, "  → {}", super::term::escape_inline(m));
            }
        }
        None => {
            let _ = writeln!(
                s,
                "{l_break}{sep}{}",
                if zh {
                    "此规则在初始文档和随附示例数据上均不触发，没有自动生成的示例。"
                } else {
                    "no generated example: the rule fires on neither the starter document nor the bundled dataset."
                }
            );
        }
    }
    if let Some(e) = &satisfying {
        let _ = writeln!(s, "\n{l_ok}{sep}{}", describe(e));
        fragment_text(&mut s, e);
    }
    out.extend_from_slice(s.as_bytes());
    Ok(Outcome::ok(out))
}
