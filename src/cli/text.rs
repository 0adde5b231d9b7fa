//! Text output for people reading a terminal.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;
use ecms::EcmsDocument;
use ecms::catalog::{self, ClauseLevel};
use ecms::conformity::{ClauseStatus, ConformityReport};
use ecms::rules::obligations::{ObligationEntry, ObligationStatus};
use ecms::rules::{Engine, Finding, Severity};

fn title(id: &str, zh: bool) -> &'static str {
    catalog::clause(id)
        .map(|c| if zh { c.title.zh } else { c.title.en })
        .unwrap_or("")
}

fn status_label(s: ClauseStatus, zh: bool) -> &'static str {
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

fn sev_label(s: Severity, zh: bool) -> &'static str {
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
fn group_of(f: &Finding) -> String {
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

/// The `check` report: findings grouped by leaf clause, worst group first.
pub fn check_report(out: &mut dyn Write, doc: &EcmsDocument, r: &ConformityReport, zh: bool) {
    let head = if zh {
        format!(
            "{} — GB/T 36311—2018 符合性评价，评价日期 {}",
            doc.organization.name, r.as_of
        )
    } else {
        format!(
            "{} — GB/T 36311-2018 conformity as of {}",
            doc.organization.name, r.as_of
        )
    };
    let _ = writeln!(out, "{head}\n");
    let mut groups: BTreeMap<String, Vec<&Finding>> = BTreeMap::new();
    for f in &r.findings {
        groups.entry(group_of(f)).or_default().push(f);
    }
    let status = |id: &str| r.clauses.iter().find(|c| c.clause == id).map(|c| c.status);
    let mut ordered: Vec<(String, Vec<&Finding>)> = groups.into_iter().collect();
    ordered.sort_by_key(|(id, fs)| {
        let worst = fs.iter().map(|f| f.severity).min();
        (worst, status(id), catalog_pos(id))
    });
    for (id, mut fs) in ordered {
        fs.sort_by_key(|f| (f.severity, catalog_pos(&f.clause)));
        let st = status(&id).map(|s| status_label(s, zh)).unwrap_or("");
        let _ = writeln!(out, "{id}  {}  [{st}]", title(&id, zh));
        for f in fs {
            let msg = if zh { &f.message.zh } else { &f.message.en };
            let _ = writeln!(
                out,
                "  {:<7} {:<10} {}\n          at {}\n          {}",
                sev_label(f.severity, zh),
                f.clause,
                f.rule_id,
                if f.path.is_empty() { "/" } else { &f.path },
                msg
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
    as_of: NaiveDate,
    horizon: i64,
    zh: bool,
) {
    let _ = if zh {
        writeln!(out, "周期性义务，评价日期 {as_of}，前瞻 {horizon} 天\n")
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
                    format!("应于 {due}，逾期 {days_overdue} 天")
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
                    format!("应于 {due}，剩 {days_left} 天")
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
            "{state:<10} {:<9} {activity}: {}\n           {detail}; at {}",
            e.clause, e.subject, e.path
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
