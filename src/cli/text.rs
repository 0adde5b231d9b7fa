//! Text output for people reading a terminal.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::Datelike;
use ecms::catalog::{self, ClauseLevel};
use ecms::common::Date;
use ecms::conformity::ClauseStatus;
use ecms::rules::obligations::{ObligationEntry, ObligationStatus};
use ecms::rules::{Engine, Finding, Severity};

use super::check::{Checked, FileResult};
use super::term::{Style, escape_inline, paint};

pub fn title(id: &str, zh: bool) -> &'static str {
    catalog::clause(id)
        .map(|c| if zh { c.title.zh } else { c.title.en })
        .unwrap_or("")
}

pub fn status_label(s: ClauseStatus, zh: bool) -> &'static str {
    match (s, zh) {
        (ClauseStatus::NonconformingMajor, false) => "NONCONFORMING (major)",
        (ClauseStatus::NonconformingMinor, false) => "NONCONFORMING (minor)",
        (ClauseStatus::NotAssessed, false) => "not assessed",
        (ClauseStatus::Conforms, false) => "conforms",
        (ClauseStatus::NotApplicable, false) => "not applicable",
        (ClauseStatus::NonconformingMajor, true) => "严重不符合",
        (ClauseStatus::NonconformingMinor, true) => "一般不符合",
        (ClauseStatus::NotAssessed, true) => "未评价",
        (ClauseStatus::Conforms, true) => "符合",
        (ClauseStatus::NotApplicable, true) => "不适用",
        _ => "?",
    }
}

pub fn sev_label(s: Severity, zh: bool) -> &'static str {
    match (s, zh) {
        (Severity::Error, false) => "error",
        (Severity::Warning, false) => "warning",
        (Severity::Info, false) => "info",
        (Severity::Error, true) => "错误",
        (Severity::Warning, true) => "警告",
        (Severity::Info, true) => "提示",
    }
}

/// The leaf clause (or the entry itself) a finding is grouped under.
pub fn group_of(f: &Finding) -> String {
    catalog::leaf_of(&f.clause)
        .map(|c| c.id.to_owned())
        .unwrap_or_else(|| f.clause.clone())
}

fn catalog_pos(id: &str) -> usize {
    catalog::clauses()
        .iter()
        .position(|c| c.id == id)
        .unwrap_or(usize::MAX)
}

/// A date in Chinese text: `2026年6月30日`.
pub fn zh_date(d: Date) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

fn sev_style(s: Severity) -> Style {
    match s {
        Severity::Error => Style::Red,
        Severity::Warning => Style::Yellow,
        Severity::Info => Style::Cyan,
    }
}

/// The `check` reports, file by file in the order given, then a total when there are
/// several files.
pub fn check_reports(out: &mut dyn Write, results: &[FileResult], zh: bool, color: bool) {
    for (i, r) in results.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(out);
        }
        match &r.outcome {
            Ok(c) => check_report(out, &r.name, c, zh, color),
            // One input: its error is on standard error only. Several: in place, too.
            Err(_) if results.len() == 1 => {}
            Err(e) => {
                for l in &e.lines {
                    let _ = writeln!(out, "{}", paint(&escape_inline(l), Style::Red, color));
                }
            }
        }
    }
    if results.len() > 1 {
        let unreadable = results.iter().filter(|r| r.outcome.is_err()).count();
        let failed = results
            .iter()
            .filter(|r| r.outcome.as_ref().is_ok_and(|c| c.failing))
            .count();
        let passed = results.len() - unreadable - failed;
        let _ = if zh {
            writeln!(
                out,
                "\n共检查 {} 个文件：通过 {passed}，未通过 {failed}，无法读取 {unreadable}",
                results.len()
            )
        } else {
            writeln!(
                out,
                "\n{} files checked: {passed} passed, {failed} failed, {unreadable} unreadable",
                results.len()
            )
        };
    }
}

/// One `check` report: findings grouped by leaf clause, worst group first, each with the
/// `file:line:column` of its path.
fn check_report(out: &mut dyn Write, file: &str, c: &Checked, zh: bool, color: bool) {
    let r = &c.report;
    let file = escape_inline(file);
    let org = escape_inline(&c.organization);
    let head = if zh {
        format!(
            "{file}：{org} — GB/T 36311—2018 符合性评价，评价日期 {}",
            zh_date(r.as_of)
        )
    } else {
        format!(
            "{file}: {org} — GB/T 36311-2018 conformity as of {}",
            r.as_of
        )
    };
    let _ = writeln!(out, "{}\n", paint(&head, Style::Bold, color));
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, f) in r.findings.iter().enumerate() {
        groups.entry(group_of(f)).or_default().push(i);
    }
    let status = |id: &str| r.clauses.iter().find(|c| c.clause == id).map(|c| c.status);
    let finding = |i: &usize| r.findings.get(*i);
    let mut ordered: Vec<(String, Vec<usize>)> = groups.into_iter().collect();
    ordered.sort_by_key(|(id, fs)| {
        let worst = fs.iter().filter_map(finding).map(|f| f.severity).min();
        (worst, status(id), catalog_pos(id))
    });
    for (id, mut fs) in ordered {
        fs.sort_by_key(|i| finding(i).map(|f| (f.severity, catalog_pos(&f.clause))));
        let st = status(&id).map(|s| status_label(s, zh)).unwrap_or("");
        let heading = format!("{id}  {}  [{st}]", title(&id, zh));
        let _ = writeln!(out, "{}", paint(&heading, Style::Bold, color));
        for i in fs {
            let Some(f) = finding(&i) else { continue };
            let msg = if zh { &f.message.zh } else { &f.message.en };
            let path = if f.path.is_empty() { "/" } else { &f.path };
            let at = match c.positions.get(i).copied().flatten() {
                Some((l, col)) => format!("{file}:{l}:{col}"),
                None => file.to_string(),
            };
            let sev = format!("{:<7}", sev_label(f.severity, zh));
            let _ = writeln!(
                out,
                "  {} {:<10} {}\n          {} {}\n          {}",
                paint(&sev, sev_style(f.severity), color),
                f.clause,
                f.rule_id,
                at,
                paint(&escape_inline(path), Style::Dim, color),
                escape_inline(msg)
            );
        }
        let _ = writeln!(out);
    }
    let s = &r.summary;
    let l = &s.leaf_clauses;
    if zh {
        let _ = writeln!(
            out,
            "60个末级条款：符合 {}，严重不符合 {}，一般不符合 {}，不适用 {}，未评价 {}；就绪度 {}%",
            l.conforms,
            l.nonconforming_major,
            l.nonconforming_minor,
            l.not_applicable,
            l.not_assessed,
            s.readiness_percent
        );
        let _ = writeln!(
            out,
            "错误 {}，警告 {}，提示 {}",
            s.errors, s.warnings, s.infos
        );
    } else {
        let _ = writeln!(
            out,
            "Leaf clauses: {} conform, {} major and {} minor nonconformities, {} not applicable, {} not assessed; readiness {}%",
            l.conforms,
            l.nonconforming_major,
            l.nonconforming_minor,
            l.not_applicable,
            l.not_assessed,
            s.readiness_percent
        );
        let _ = writeln!(
            out,
            "{} error(s), {} warning(s), {} info",
            s.errors, s.warnings, s.infos
        );
    }
}

/// The `obligations` listing.
pub fn obligations(
    out: &mut dyn Write,
    list: &[ObligationEntry],
    as_of: Date,
    horizon: i64,
    zh: bool,
) {
    let _ = if zh {
        writeln!(
            out,
            "周期性义务，评价日期 {}，前瞻 {horizon} 天\n",
            zh_date(as_of)
        )
    } else {
        writeln!(
            out,
            "Periodic obligations as of {as_of}, horizon {horizon} days\n"
        )
    };
    let mut shown = 0;
    for e in list {
        let (state, detail) = match e.status {
            ObligationStatus::Overdue { due, days_overdue } => (
                if zh { "逾期" } else { "OVERDUE" },
                if zh {
                    format!("应于 {}，逾期 {days_overdue} 天", zh_date(due))
                } else {
                    format!("due {due}, {days_overdue} day(s) overdue")
                },
            ),
            ObligationStatus::NeverDone => (
                if zh { "从未进行" } else { "NEVER DONE" },
                if zh {
                    "无记录".to_owned()
                } else {
                    "no occurrence recorded".to_owned()
                },
            ),
            ObligationStatus::DueSoon { due, days_left } => (
                if zh { "即将到期" } else { "due soon" },
                if zh {
                    format!("应于 {}，剩 {days_left} 天", zh_date(due))
                } else {
                    format!("due {due}, in {days_left} day(s)")
                },
            ),
            ObligationStatus::Unscheduled => (
                if zh { "未定周期" } else { "unscheduled" },
                if zh {
                    "未规定周期".to_owned()
                } else {
                    "no interval declared".to_owned()
                },
            ),
            _ => continue,
        };
        shown += 1;
        let activity = if zh { &e.activity.zh } else { &e.activity.en };
        let _ = writeln!(
            out,
            "{state:<10} {:<9} {}: {}\n           {detail}{} {}",
            e.clause,
            escape_inline(activity),
            escape_inline(&e.subject),
            if zh { "；位置" } else { "; at" },
            escape_inline(&e.path)
        );
    }
    let scheduled = list
        .iter()
        .filter(|e| matches!(e.status, ObligationStatus::Scheduled { .. }))
        .count();
    let _ = if zh {
        writeln!(
            out,
            "\n共 {} 项义务；{} 项列出；{} 项在前瞻期之后",
            list.len(),
            shown,
            scheduled
        )
    } else {
        writeln!(
            out,
            "\n{} obligation(s); {} listed above; {} scheduled beyond the horizon",
            list.len(),
            shown,
            scheduled
        )
    };
}

/// The clause catalog as an indented outline.
pub fn catalog(out: &mut dyn Write, zh: bool) {
    for c in catalog::clauses() {
        let indent = match c.level {
            ClauseLevel::Chapter => 0,
            ClauseLevel::Clause | ClauseLevel::Leaf => 2 * c.id.matches('.').count(),
            ClauseLevel::Item | ClauseLevel::SubItem => 2 * c.id.matches('.').count(),
            _ => 0,
        };
        let kind = match c.kind {
            ecms::catalog::RequirementKind::Shall => {
                if zh {
                    "应"
                } else {
                    "shall"
                }
            }
            ecms::catalog::RequirementKind::Should => {
                if zh {
                    "宜"
                } else {
                    "should"
                }
            }
            _ => "",
        };
        let t = if zh { c.title.zh } else { c.title.en };
        let _ = writeln!(out, "{:indent$}{} {t}  {kind}", "", c.id, indent = indent);
    }
}

/// The organization's parameters: name, default, unit, description and the rules that
/// read them.
pub fn parameters(out: &mut dyn Write, zh: bool) {
    let (default, rules, also) = if zh {
        ("默认值", "规则", "另见")
    } else {
        ("default", "rules", "also in")
    };
    for (i, p) in ecms::params::catalog().iter().enumerate() {
        if i > 0 {
            let _ = writeln!(out);
        }
        let d = if zh {
            p.description.zh
        } else {
            p.description.en
        };
        let _ = writeln!(out, "{}  ({}; {default} {})", p.name, p.unit, p.default);
        let _ = writeln!(out, "  {d}");
        if !p.also_in.is_empty() {
            let _ = writeln!(out, "  {also}: {}", p.also_in.join(", "));
        }
        if !p.rules.is_empty() {
            let _ = writeln!(out, "  {rules}: {}", p.rules.join(", "));
        }
    }
}

/// The rule catalog.
pub fn rules(out: &mut dyn Write, engine: &Engine, zh: bool) {
    for m in engine.rules() {
        let t = if zh { m.title.zh } else { m.title.en };
        let _ = writeln!(
            out,
            "{:<9} {:<7} {}\n          {t}",
            m.clause,
            sev_label(m.severity, zh),
            m.id
        );
    }
}
