//! Output formats that CI systems display natively: SARIF 2.1.0, JUnit XML and GitHub
//! Actions workflow annotations.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use ecms::catalog;
use ecms::conformity::ClauseStatus;
use ecms::rules::{Basis, Engine, Finding, Severity};

use super::check::{Checked, FileResult};
use super::meta::{self, RuleInfo};
use super::term::escape_inline;
use super::text::{group_of, status_label, title};

fn message(f: &Finding, zh: bool) -> &str {
    if zh { &f.message.zh } else { &f.message.en }
}

fn display_path(p: &str) -> &str {
    if p.is_empty() { "/" } else { p }
}

/// What a data error (a finding of an integrity rule: the document cannot be read as
/// written) is called, as a message prefix, in SARIF and GitHub annotations.
fn data_error_prefix(zh: bool) -> &'static str {
    if zh {
        "数据错误："
    } else {
        "Data error: "
    }
}

/// The category of a SARIF rule or result: a data error or a clause's nonconformity.
fn category(data_error: bool) -> &'static str {
    if data_error {
        "data-error"
    } else {
        "nonconformity"
    }
}

// ---------------------------------------------------------------------------------------------
// SARIF

/// A file name as a URI reference: relative paths stay relative (with `/` separators),
/// absolute ones become `file://` URIs; everything outside the unreserved set is
/// percent-encoded.
fn uri_of(name: &str) -> String {
    let unified = name.replace('\\', "/");
    let mut out = String::new();
    if unified.starts_with('/') {
        out.push_str("file://");
    }
    for b in unified.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A sentence ends with a full stop (SARIF's guidance for message strings).
fn sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '!', '?', '。', '！', '？']) {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

fn rule_help(info: &RuleInfo, zh: bool) -> (String, String) {
    let clause_title = title(info.clause, zh);
    let mut text = String::new();
    let mut md = String::new();
    let why = meta::why(info, zh);
    let _ = write!(text, "{why} ");
    let _ = writeln!(md, "{why}\n");
    let (msgs, clause_word) = if zh {
        ("可能的消息", "条款")
    } else {
        ("Messages", "Clause")
    };
    let _ = writeln!(md, "**{clause_word}** {} {clause_title}\n", info.clause);
    let _ = writeln!(md, "**{msgs}**\n");
    for m in &info.messages {
        let t = if zh { m.template.zh } else { m.template.en };
        let _ = write!(text, "{} ", sentence(t));
        match m.code {
            Some(code) => {
                let _ = writeln!(md, "- `{code}`: {t}");
            }
            None => {
                let _ = writeln!(md, "- {t}");
            }
        }
    }
    let more = if zh {
        format!("详见：ecms explain {}", info.id)
    } else {
        format!("More: ecms explain {}", info.id)
    };
    let _ = write!(text, "{}", sentence(&more));
    let _ = write!(md, "\n{more}");
    (text, md)
}

/// SARIF 2.1.0: one run; every rule with its clause and help; one result per finding
/// with the file, the line and column of the value and the JSON pointer as a logical
/// location; inputs that could not be read as tool execution notifications.
pub(crate) fn sarif(out: &mut Vec<u8>, results: &[FileResult], zh: bool) -> Result<(), String> {
    let engine = Engine::new();
    let infos = meta::all_rules(&engine);
    let index: BTreeMap<&str, usize> = infos.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let rules: Vec<serde_json::Value> = infos
        .iter()
        .map(|r| {
            let (text, markdown) = rule_help(r, zh);
            let t = if zh { r.title.zh } else { r.title.en };
            // Data errors get rule entries of their own kind: tagged, and titled as such.
            let data_error = r.basis == Basis::Integrity;
            let (short, tags) = if data_error {
                (
                    format!("{}{t}", data_error_prefix(zh)),
                    serde_json::json!(["data-error", "GB/T 36311-2018"]),
                )
            } else {
                (
                    t.to_owned(),
                    serde_json::json!(["GB/T 36311-2018", r.clause]),
                )
            };
            serde_json::json!({
                "id": r.id,
                "shortDescription": { "text": sentence(&short) },
                "fullDescription": { "text": sentence(&meta::why(r, zh)) },
                "help": { "text": text, "markdown": markdown },
                "defaultConfiguration": { "level": sarif_level(r.severity) },
                "properties": {
                    "clause": r.clause,
                    "clauseTitle": title(r.clause, zh),
                    "basis": meta::basis_label(r.basis, false),
                    "grade": meta::grade_label(r.grade, false),
                    "category": category(data_error),
                    "tags": tags,
                },
            })
        })
        .collect();
    let mut sarif_results = Vec::new();
    let mut notifications = Vec::new();
    for r in results {
        let uri = uri_of(&r.name);
        match &r.outcome {
            Ok(c) => {
                for (i, f) in c.report.findings.iter().enumerate() {
                    let mut region = serde_json::Map::new();
                    if let Some((l, col)) = c.positions.get(i).copied().flatten() {
                        region.insert("startLine".into(), l.into());
                        region.insert("startColumn".into(), col.into());
                    }
                    let mut physical = serde_json::Map::new();
                    physical.insert("artifactLocation".into(), serde_json::json!({ "uri": uri }));
                    if !region.is_empty() {
                        physical.insert("region".into(), serde_json::Value::Object(region));
                    }
                    let data_error = c.report.data_errors.binary_search(&i).is_ok();
                    let text = if data_error {
                        format!("{}{}", data_error_prefix(zh), message(f, zh))
                    } else {
                        message(f, zh).to_owned()
                    };
                    let mut result = serde_json::json!({
                        "ruleId": f.rule_id,
                        "ruleIndex": index.get(f.rule_id.as_str()),
                        "level": sarif_level(f.severity),
                        "message": { "text": sentence(&text) },
                        "locations": [{
                            "physicalLocation": physical,
                            "logicalLocations": [{
                                "fullyQualifiedName": display_path(&f.path),
                                "kind": "member",
                            }],
                        }],
                        "properties": {
                            "clause": f.clause,
                            "reason": f.reason,
                            "jsonPointer": f.path,
                            "grade": meta::grade_label(f.grade, false),
                            "category": category(data_error),
                        },
                    });
                    if data_error
                        && let Some(props) = result
                            .get_mut("properties")
                            .and_then(serde_json::Value::as_object_mut)
                    {
                        props.insert("tags".into(), serde_json::json!(["data-error"]));
                    }
                    if let Some(o) = result.as_object_mut()
                        && o.get("ruleIndex").is_some_and(serde_json::Value::is_null)
                    {
                        // A rule outside the engine's list (cannot happen with built-ins).
                        o.remove("ruleIndex");
                    }
                    sarif_results.push(result);
                }
            }
            Err(e) => notifications.push(serde_json::json!({
                "level": "error",
                "message": { "text": sentence(&e.summary()) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri } } }],
            })),
        }
    }
    let doc = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "ecms",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://www.gb688.cn/",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    });
    super::json_to(out, &doc)
}

// ---------------------------------------------------------------------------------------------
// JUnit

/// Escapes text for XML 1.0. Characters XML cannot carry at all (most C0 controls) and
/// other control characters are written as `\u{..}` text; in attributes, line breaks
/// and tabs become character references.
fn xml(s: &str, attr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

fn finding_line(file: &str, c: &Checked, i: usize, f: &Finding, zh: bool) -> String {
    let at = match c.positions.get(i).copied().flatten() {
        Some((l, col)) => format!("{file}:{l}:{col}"),
        None => file.to_owned(),
    };
    format!(
        "{} {} {} {} {at} ({}): {}",
        super::text::sev_label(f.severity, zh),
        f.clause,
        f.rule_id,
        if zh { "位置" } else { "at" },
        display_path(&f.path),
        message(f, zh)
    )
}

/// JUnit XML: a test suite per file with one test case per leaf clause. A nonconforming
/// clause fails with its findings; a clause not applicable or not assessed is skipped;
/// findings below the fail level on a conforming clause go to `system-out`. An input that
/// could not be read is a suite with one erroring test case.
pub(crate) fn junit(out: &mut Vec<u8>, results: &[FileResult], zh: bool) {
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors, mut skipped) = (0usize, 0usize, 0usize, 0usize);
    for r in results {
        let name = xml(&r.name, true);
        match &r.outcome {
            Err(e) => {
                tests += 1;
                errors += 1;
                let _ = write!(
                    suites,
                    "  <testsuite name=\"{name}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n    <testcase classname=\"{name}\" name=\"read\">\n      <error message=\"{}\" type=\"unreadable\"/>\n    </testcase>\n  </testsuite>\n",
                    xml(&e.summary(), true)
                );
            }
            Ok(c) => {
                let mut by_leaf: BTreeMap<String, Vec<usize>> = BTreeMap::new();
                for (i, f) in c.report.findings.iter().enumerate() {
                    if c.report.data_errors.contains(&i) {
                        continue;
                    }
                    by_leaf.entry(group_of(f)).or_default().push(i);
                }
                let mut cases = String::new();
                let (mut t, mut fl, mut sk, mut er) = (0usize, 0usize, 0usize, 0usize);
                let mut leaf_ids: Vec<String> =
                    catalog::leaf_clauses().map(|l| l.id.to_owned()).collect();
                // Findings at an entry that is not below a leaf clause get a case of their own.
                for k in by_leaf.keys() {
                    if !leaf_ids.contains(k) {
                        leaf_ids.push(k.clone());
                    }
                }
                for id in &leaf_ids {
                    t += 1;
                    let status = c
                        .report
                        .clauses
                        .iter()
                        .find(|x| &x.clause == id)
                        .map(|x| x.status);
                    let case_name = xml(&format!("{id} {}", title(id, zh)), true);
                    let lines: Vec<String> = by_leaf
                        .get(id)
                        .map(|v| {
                            v.iter()
                                .filter_map(|i| {
                                    c.report
                                        .findings
                                        .get(*i)
                                        .map(|f| finding_line(&r.name, c, *i, f, zh))
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let body = xml(&lines.join("\n"), false);
                    let label = status.map_or("", |s| status_label(s, zh));
                    let _ = write!(
                        cases,
                        "    <testcase classname=\"{name}\" name=\"{case_name}\""
                    );
                    let nonconforming = status.is_some_and(|s| s.is_nonconforming());
                    let own = c
                        .report
                        .clauses
                        .iter()
                        .find(|x| &x.clause == id)
                        .is_some_and(|x| !x.organization_findings.is_empty());
                    if nonconforming || (status.is_none() && !lines.is_empty()) {
                        fl += 1;
                        let what = match (lines.is_empty(), own, zh) {
                            (true, true, false) => {
                                format!("{label}: recorded by the organization's own findings")
                            }
                            (true, true, true) => format!("{label}：组织自身记录的不符合"),
                            (true, false, false) => {
                                format!("{label}: recorded by a self-assessment")
                            }
                            (true, false, true) => format!("{label}：自评记录"),
                            (false, _, false) => format!("{label}: {} finding(s)", lines.len()),
                            (false, _, true) => format!("{label}：{} 项发现", lines.len()),
                        };
                        let _ = write!(
                            cases,
                            ">\n      <failure message=\"{}\" type=\"{}\">{body}</failure>\n    </testcase>\n",
                            xml(what.trim_start_matches(": ").trim_start_matches('：'), true),
                            status.map_or("findings", |s| s.as_str())
                        );
                    } else if matches!(
                        status,
                        Some(ClauseStatus::NotApplicable | ClauseStatus::NotAssessed)
                    ) {
                        sk += 1;
                        let _ = write!(
                            cases,
                            ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                            xml(label, true)
                        );
                    } else if !lines.is_empty() {
                        let _ = write!(
                            cases,
                            ">\n      <system-out>{body}</system-out>\n    </testcase>\n"
                        );
                    } else {
                        cases.push_str("/>\n");
                    }
                }
                // Data errors: errors in the document itself, not a clause's nonconformity.
                if !c.report.data_errors.is_empty() {
                    t += 1;
                    er += 1;
                    let lines: Vec<String> = c
                        .report
                        .data_errors
                        .iter()
                        .filter_map(|i| {
                            c.report
                                .findings
                                .get(*i)
                                .map(|f| finding_line(&r.name, c, *i, f, zh))
                        })
                        .collect();
                    let (case, what) = if zh {
                        ("数据错误", format!("{} 项数据错误", lines.len()))
                    } else {
                        ("data errors", format!("{} data error(s)", lines.len()))
                    };
                    let _ = write!(
                        cases,
                        "    <testcase classname=\"{name}\" name=\"{case}\">\n      <error message=\"{}\" type=\"dataErrors\">{}</error>\n    </testcase>\n",
                        xml(&what, true),
                        xml(&lines.join("\n"), false)
                    );
                }
                tests += t;
                failures += fl;
                skipped += sk;
                errors += er;
                let _ = write!(
                    suites,
                    "  <testsuite name=\"{name}\" tests=\"{t}\" failures=\"{fl}\" errors=\"{er}\" skipped=\"{sk}\">\n    <properties>\n      <property name=\"asOf\" value=\"{}\"/>\n      <property name=\"organization\" value=\"{}\"/>\n      <property name=\"readinessPercent\" value=\"{}\"/>\n    </properties>\n{cases}  </testsuite>\n",
                    c.report.as_of,
                    xml(&c.organization, true),
                    xml(&c.report.summary.readiness_percent, true)
                );
            }
        }
    }
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ecms check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\">\n{suites}</testsuites>\n"
    );
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions

/// Escapes workflow-command data (`%`, CR, LF) and, in properties, also `:` and `,`.
fn gh(s: &str, property: bool) -> String {
    let s = escape_inline(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per
/// finding, with file, line, column and a title: the rule id and clause for a
/// nonconformity, "data error" and the rule id for a data error (the document cannot be
/// read as written; no clause status rests on it).
pub(crate) fn github(out: &mut Vec<u8>, results: &[FileResult], zh: bool) {
    for r in results {
        let file = gh(&r.name, true);
        match &r.outcome {
            Err(e) => {
                let _ = writeln!(
                    out,
                    "::error file={file},title=ecms::{}",
                    gh(&e.summary(), false)
                );
            }
            Ok(c) => {
                for (i, f) in c.report.findings.iter().enumerate() {
                    let cmd = match f.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info => "notice",
                    };
                    let pos = match c.positions.get(i).copied().flatten() {
                        Some((l, col)) => format!(",line={l},col={col}"),
                        None => String::new(),
                    };
                    let title = match (c.report.data_errors.binary_search(&i).is_ok(), zh) {
                        (true, false) => format!("data error ({})", f.rule_id),
                        (true, true) => format!("数据错误（{}）", f.rule_id),
                        (false, _) => format!("{} [{}]", f.rule_id, f.clause),
                    };
                    let _ = writeln!(
                        out,
                        "::{cmd} file={file}{pos},title={}::{} ({} {})",
                        gh(&title, true),
                        gh(message(f, zh), false),
                        gh(display_path(&f.path), false),
                        gh(&f.rule_id, false),
                    );
                }
                let s = &c.report.summary;
                let _ = if zh {
                    writeln!(
                        out,
                        "{}：错误 {}，警告 {}，提示 {}{}；就绪度 {}%",
                        escape_inline(&r.name),
                        s.errors,
                        s.warnings,
                        s.infos,
                        if s.data_errors > 0 {
                            format!("，其中数据错误 {}", s.data_errors)
                        } else {
                            String::new()
                        },
                        s.readiness_percent
                    )
                } else {
                    writeln!(
                        out,
                        "{}: {} error(s), {} warning(s), {} info{}; readiness {}%",
                        escape_inline(&r.name),
                        s.errors,
                        s.warnings,
                        s.infos,
                        if s.data_errors > 0 {
                            format!(" ({} data error(s))", s.data_errors)
                        } else {
                            String::new()
                        },
                        s.readiness_percent
                    )
                };
            }
        }
    }
}
