//! The one place the CLI reads rule metadata (for `explain`, SARIF rules and text).
//!
//! Each of a rule's reasons (a stable code plus en/zh templates) becomes a [`Message`].

use ecms::catalog::{self, StaticText};
use ecms::rules::{Basis, Engine, Grade, RuleMeta, Severity};

/// One message a rule can produce.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Message {
    /// Stable reason code, when the rule declares one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// The template; `{name}` stands for a parameter of the finding.
    pub template: StaticText,
    /// The organization's parameter this message rests on (its findings are warnings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<&'static str>,
}

/// What the CLI shows about a rule.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RuleInfo {
    /// Rule id.
    pub id: &'static str,
    /// Catalog id of the clause or item it enforces.
    pub clause: &'static str,
    /// Further catalog ids it reports at.
    pub covers: &'static [&'static str],
    /// Default severity.
    pub severity: Severity,
    /// What it rests on.
    pub basis: Basis,
    /// Nonconformity grade.
    pub grade: Grade,
    /// Title.
    pub title: StaticText,
    /// Every message it can produce.
    pub messages: Vec<Message>,
}

/// Reads a rule's metadata.
pub(crate) fn rule_info(m: &RuleMeta) -> RuleInfo {
    RuleInfo {
        id: m.id,
        clause: m.clause,
        covers: m.covers,
        severity: m.severity,
        basis: m.basis,
        grade: m.grade,
        title: m.title,
        messages: m
            .reasons
            .iter()
            .map(|r| Message {
                code: Some(r.code),
                template: r.message,
                parameter: r.parameter,
            })
            .collect(),
    }
}

/// Every rule of the engine.
pub(crate) fn all_rules(engine: &Engine) -> Vec<RuleInfo> {
    engine.rules().map(rule_info).collect()
}

/// Why a rule exists, in words: its basis and the clause's title.
pub(crate) fn why(info: &RuleInfo, zh: bool) -> String {
    let clause = catalog::clause(info.clause);
    let title = clause.map_or("", |c| if zh { c.title.zh } else { c.title.en });
    // The standard's own notation in Chinese: 第7.2.4条, 7.2.4 f).
    let at = if info.clause.bytes().any(|b| b.is_ascii_lowercase()) {
        ecms::rules::clause_notation(info.clause)
    } else {
        format!("第{}条", info.clause)
    };
    let (en, zh_text) = match info.basis {
        Basis::Shall => (
            format!("GB/T 36311-2018 {} ({title}) states a requirement (\"shall\"); records can show whether it is met.", info.clause),
            format!("GB/T 36311—2018 {at}（{title}）为“应”的要求，可由记录证实是否满足。"),
        ),
        Basis::Should => (
            format!("GB/T 36311-2018 {} ({title}) states a recommendation (\"should\").", info.clause),
            format!("GB/T 36311—2018 {at}（{title}）为“宜”的建议。"),
        ),
        Basis::Policy => (
            format!("Good practice that {} ({title}) implies but does not state; a heuristic.", info.clause),
            format!("{at}（{title}）隐含但未明示的良好做法，属经验判断。"),
        ),
        Basis::Integrity => (
            "The data must be consistent (ids unique, references resolve) for any other rule to be trusted.".to_owned(),
            "数据须自洽（标识唯一、引用可解析），其他规则的结论才可信。".to_owned(),
        ),
        _ => (
            format!("Clause {} ({title}).", info.clause),
            format!("{at}（{title}）。"),
        ),
    };
    if zh { zh_text } else { en }
}

/// The words for a basis.
pub(crate) fn basis_label(b: Basis, zh: bool) -> &'static str {
    match (b, zh) {
        (Basis::Shall, false) => "shall",
        (Basis::Should, false) => "should",
        (Basis::Policy, false) => "policy",
        (Basis::Integrity, false) => "data integrity",
        (Basis::Shall, true) => "应",
        (Basis::Should, true) => "宜",
        (Basis::Policy, true) => "良好做法",
        (Basis::Integrity, true) => "数据完整性",
        (_, false) => "other",
        (_, true) => "其他",
    }
}

/// The words for a grade.
pub(crate) fn grade_label(g: Grade, zh: bool) -> &'static str {
    match (g, zh) {
        (Grade::Major, false) => "major",
        (Grade::Minor, false) => "minor",
        (Grade::Major, true) => "严重",
        (Grade::Minor, true) => "一般",
    }
}
