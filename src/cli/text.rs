//! Text output for people reading a terminal.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::Datelike;
use ecms::catalog::{self, ClauseLevel};
use ecms::common::Date;
use ecms::conformity::{ClauseStatus, ConformityReport, OrganizationFinding};
use ecms::model::context::ImpactConclusion;
use ecms::model::improvement::NcGrade;
use ecms::model::performance::FindingKind;
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
        if r.data_errors.contains(&i) {
            continue;
        }
        groups.entry(group_of(f)).or_default().push(i);
    }
    let status = |id: &str| r.clauses.iter().find(|c| c.clause == id).map(|c| c.status);
    let finding = |i: &usize| r.findings.get(*i);
    let mut ordered: Vec<(String, Vec<usize>)> = groups.into_iter().collect();
    ordered.sort_by_key(|(id, fs)| {
        let worst = fs.iter().filter_map(finding).map(|f| f.severity).min();
        (worst, status(id), catalog_pos(id))
    });
    let print_findings = |out: &mut dyn Write, mut fs: Vec<usize>| {
        fs.sort_by_key(|i| finding(i).map(|f| (f.severity, catalog_pos(&f.clause))));
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
    };
    if !r.data_errors.is_empty() {
        let heading = if zh {
            "数据错误（文件本身的问题，不计为对任何条款的不符合）"
        } else {
            "Data errors (in the document itself, not nonconformities of any clause)"
        };
        let _ = writeln!(out, "{}", paint(heading, Style::Bold, color));
        print_findings(out, r.data_errors.clone());
    }
    for (id, fs) in ordered {
        let st = status(&id).map(|s| status_label(s, zh)).unwrap_or("");
        let heading = format!("{id}  {}  [{st}]", title(&id, zh));
        let _ = writeln!(out, "{}", paint(&heading, Style::Bold, color));
        print_findings(out, fs);
    }
    organization_findings(out, r, zh, color);
    exclusions(out, r, zh, color);
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
        if s.data_errors > 0 {
            let _ = writeln!(out, "其中数据错误 {}", s.data_errors);
        }
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
        if s.data_errors > 0 {
            let _ = writeln!(out, "of which {} data error(s)", s.data_errors);
        }
    }
}

/// The label of one of the organization's own findings.
fn org_kind_label(f: &OrganizationFinding, zh: bool) -> &'static str {
    match (f.kind, f.grade, zh) {
        (FindingKind::Observation, _, false) => "observation",
        (FindingKind::Observation, _, true) => "观察项",
        (FindingKind::Opportunity, _, false) => "opportunity for improvement",
        (FindingKind::Opportunity, _, true) => "改进机会",
        (_, Some(NcGrade::Major), false) => "nonconformity (major)",
        (_, Some(NcGrade::Major), true) => "严重不符合",
        (_, _, false) => "nonconformity (minor)",
        (_, _, true) => "一般不符合",
    }
}

/// The organization's own open findings (internal audits, nonconformity records).
fn organization_findings(out: &mut dyn Write, r: &ConformityReport, zh: bool, color: bool) {
    if r.organization_findings.is_empty() {
        return;
    }
    let heading = if zh {
        "组织自身记录的未关闭发现（内部审核、不符合记录）"
    } else {
        "The organization's own open findings (internal audits, nonconformity records)"
    };
    let _ = writeln!(out, "{}", paint(heading, Style::Bold, color));
    for f in &r.organization_findings {
        let _ = writeln!(
            out,
            "  {:<10} {}  {}\n          {}",
            f.clause,
            title(&f.clause, zh),
            org_kind_label(f, zh),
            paint(&escape_inline(&f.path), Style::Dim, color)
        );
    }
    let _ = writeln!(out);
}

/// The exclusions of the scope (3.3) and whether they hold.
fn exclusions(out: &mut dyn Write, r: &ConformityReport, zh: bool, color: bool) {
    if r.exclusions.is_empty() {
        return;
    }
    let heading = if zh {
        "不适用的要求（3.3）"
    } else {
        "Requirements declared not applicable (3.3)"
    };
    let _ = writeln!(out, "{}", paint(heading, Style::Bold, color));
    for e in &r.exclusions {
        let verdict = match (e.in_force, e.valid, zh) {
            (false, _, false) => "not in force",
            (false, _, true) => "未生效或已撤销",
            (true, true, false) => "valid",
            (true, true, true) => "成立",
            (true, false, false) => "NOT VALID",
            (true, false, true) => "不成立",
        };
        let impact = match (e.impact, zh) {
            (Some(ImpactConclusion::NoEffect), false) => {
                "assessed: no effect on services or customer satisfaction"
            }
            (Some(ImpactConclusion::NoEffect), true) => "评估结论：不影响服务能力和顾客满意",
            (Some(_), false) => "assessed: AFFECTS services or customer satisfaction",
            (Some(_), true) => "评估结论：影响服务能力或顾客满意",
            (None, false) => "no impact assessment",
            (None, true) => "未评估影响",
        };
        let assessed = match (&e.self_assessment, e.self_assessment_required, zh) {
            (Some(p), _, false) => format!("; self-assessment {p}"),
            (Some(p), _, true) => format!("；自评 {p}"),
            (None, true, false) => "; needs a person's dated self-assessment".to_owned(),
            (None, true, true) => "；需要人员注明日期的自评".to_owned(),
            (None, false, _) => String::new(),
        };
        let justification = e.justification.as_deref().unwrap_or("-");
        let _ = writeln!(
            out,
            "  {:<10} {}  [{verdict}]\n          {}\n          {}{}\n          {}",
            e.clause,
            title(&e.clause, zh),
            paint(&escape_inline(&e.path), Style::Dim, color),
            impact,
            escape_inline(&assessed),
            escape_inline(justification)
        );
    }
    let _ = writeln!(out);
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
            escape_inline(&ecms::rules::obligations::subject_in(
                &e.subject,
                if zh {
                    ecms::rules::Lang::Zh
                } else {
                    ecms::rules::Lang::En
                }
            )),
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
        let unit = if zh {
            ecms::params::unit_zh(p.unit)
        } else {
            p.unit
        };
        let sep = if zh { "；" } else { "; " };
        let _ = writeln!(out, "{}  ({unit}{sep}{default} {})", p.name, p.default);
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
