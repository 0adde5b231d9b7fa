//! The conformity report: per clause and item of chapters 3–9, a status with the evidence
//! behind it, and a summary.
//!
//! How a status is decided, for each catalog entry at leaf, item or sub-item level:
//!
//! 1. Excluded in the scope (3.3) by a justified, permissible exclusion of the entry or an
//!    ancestor → **not applicable**.
//! 2. An error finding at the entry or below → **nonconforming**, major when any such
//!    finding's rule grades it major, else minor. This holds even when a self-assessment
//!    says "conforms": an automatic finding outranks a manual verdict, and the entry says so
//!    (`assessmentOverridden`).
//! 3. Otherwise, when a rule checks the entry (its clause or `covers`), an entry below it
//!    conforms, or a current self-assessment says "conforms" → **conforms**.
//! 4. Otherwise → **not assessed**.
//!
//! Warnings (should-level and policy findings) are listed as evidence but never make an
//! entry nonconforming.

use std::collections::{BTreeMap, HashMap};

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::{self, ClauseLevel};
use crate::model::{AssessmentStatus, EcmsDocument};
use crate::rules::{AppliedOverride, Engine, Finding, Grade, Report, Severity};

/// Status of one clause or item.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ClauseStatus {
    /// A major nonconformity: the requirement is missing altogether.
    NonconformingMajor,
    /// A minor nonconformity: a lapse in a working arrangement.
    NonconformingMinor,
    /// Not assessed: no rule checks it and no self-assessment covers it.
    NotAssessed,
    /// Conforms.
    Conforms,
    /// Not applicable: excluded from the scope with justification.
    NotApplicable,
}

impl ClauseStatus {
    /// The serialized name.
    pub fn as_str(&self) -> &'static str {
        match self {
            ClauseStatus::NonconformingMajor => "nonconformingMajor",
            ClauseStatus::NonconformingMinor => "nonconformingMinor",
            ClauseStatus::NotAssessed => "notAssessed",
            ClauseStatus::Conforms => "conforms",
            ClauseStatus::NotApplicable => "notApplicable",
        }
    }

    /// Whether this is a nonconformity.
    pub fn is_nonconforming(&self) -> bool {
        matches!(
            self,
            ClauseStatus::NonconformingMajor | ClauseStatus::NonconformingMinor
        )
    }
}

/// The self-assessment behind a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AssessmentEvidence {
    /// JSON pointer of the assessment.
    pub path: String,
    /// Its verdict.
    pub status: AssessmentStatus,
    /// Its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// Status of one catalog entry with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ClauseResult {
    /// Catalog id.
    pub clause: String,
    /// Status.
    pub status: ClauseStatus,
    /// Indexes into the report's `findings` of the findings at this entry or below.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<usize>,
    /// Rules that check this entry directly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
    /// Self-assessments of this entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<AssessmentEvidence>,
    /// `true` when a self-assessment said "conforms" but automatic findings say otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub assessment_overridden: bool,
    /// JSON pointer of the exclusion that makes the entry not applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excluded_by: Option<String>,
}

/// Counts of statuses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatusCounts {
    /// Conforming.
    pub conforms: usize,
    /// Major nonconformities.
    pub nonconforming_major: usize,
    /// Minor nonconformities.
    pub nonconforming_minor: usize,
    /// Not applicable.
    pub not_applicable: usize,
    /// Not assessed.
    pub not_assessed: usize,
}

impl StatusCounts {
    fn add(&mut self, s: ClauseStatus) {
        match s {
            ClauseStatus::Conforms => self.conforms += 1,
            ClauseStatus::NonconformingMajor => self.nonconforming_major += 1,
            ClauseStatus::NonconformingMinor => self.nonconforming_minor += 1,
            ClauseStatus::NotApplicable => self.not_applicable += 1,
            ClauseStatus::NotAssessed => self.not_assessed += 1,
        }
    }
}

/// Summary of a conformity report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Summary {
    /// Statuses of the 60 leaf clauses.
    pub leaf_clauses: StatusCounts,
    /// Statuses of lettered items and sub-items.
    pub items: StatusCounts,
    /// Leaf-clause statuses per chapter (`"3"` … `"9"`).
    pub chapters: BTreeMap<String, StatusCounts>,
    /// Findings per severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Informational findings.
    pub infos: usize,
    /// Readiness for certification: conforming leaf clauses per applicable leaf clause, in
    /// percent with one decimal, as a string (e.g. `"93.3"`).
    pub readiness_percent: String,
    /// `true` when every applicable leaf clause conforms and no error was found.
    pub conforms: bool,
}

/// Findings, per-clause statuses and summary of one evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConformityReport {
    /// The as-of date.
    pub as_of: Date,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Status per leaf clause, item and sub-item, in catalog order.
    pub clauses: Vec<ClauseResult>,
    /// The summary.
    pub summary: Summary,
    /// Rule overrides in force.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<AppliedOverride>,
}

/// Evaluates a document with every built-in rule and builds the conformity report.
///
/// ```
/// let text = include_str!("../examples/data/silk-road-threads.json");
/// let doc = ecms::parse_document(text)?.document;
/// let as_of = ecms::common::Date::from_ymd(2026, 6, 30).ok_or("not a date")?;
/// let report = ecms::conformity::assess(&doc, as_of);
/// assert!(report.summary.conforms);
/// assert_eq!(report.summary.readiness_percent, "100.0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn assess(doc: &EcmsDocument, as_of: impl Into<Date>) -> ConformityReport {
    let engine = Engine::new();
    let report = engine.evaluate(doc, as_of);
    build(doc, &engine, report)
}

fn ancestors_and_self(id: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut cur = catalog::clause(id);
    while let Some(c) = cur {
        out.push(c.id);
        cur = c.parent.and_then(catalog::clause);
    }
    out
}

/// Builds the conformity report from an engine's report.
pub fn build(doc: &EcmsDocument, engine: &Engine, report: Report) -> ConformityReport {
    // Findings per entry: each finding counts for its clause and all its ancestors.
    let mut findings_at: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        for a in ancestors_and_self(&f.clause) {
            findings_at.entry(a).or_default().push(i);
        }
    }
    // Rules that check each entry directly.
    let mut rules_at: HashMap<&str, Vec<String>> = HashMap::new();
    for m in engine.rules() {
        rules_at.entry(m.clause).or_default().push(m.id.to_owned());
        for c in m.covers {
            rules_at.entry(c).or_default().push(m.id.to_owned());
        }
    }
    // Assessments per entry.
    let mut assessed_at: HashMap<&str, Vec<AssessmentEvidence>> = HashMap::new();
    for (i, a) in doc.assessments.iter().enumerate() {
        assessed_at
            .entry(a.requirement.as_str())
            .or_default()
            .push(AssessmentEvidence {
                path: format!("/assessments/{i}"),
                status: a.status,
                date: a.date,
            });
    }
    // Valid exclusions: decided once, whatever rules are enabled or downgraded.
    let excluded: Vec<(String, String)> =
        crate::rules::context::scope::valid_exclusions(doc, report.as_of)
            .map(|(path, e)| (e.clause.clone(), path))
            .collect();
    let excluded_by = |id: &str| -> Option<String> {
        let chain = ancestors_and_self(id);
        excluded
            .iter()
            .find(|(c, _)| chain.contains(&c.as_str()))
            .map(|(_, p)| p.clone())
    };

    // Compute bottom-up: sub-items, then items, then leaves (reverse catalog order works
    // because children follow their parent in the catalog).
    let entries: Vec<&'static catalog::Clause> = catalog::clauses()
        .iter()
        .filter(|c| {
            matches!(
                c.level,
                ClauseLevel::Leaf | ClauseLevel::Item | ClauseLevel::SubItem
            )
        })
        .collect();
    let mut status_of: HashMap<&str, ClauseStatus> = HashMap::new();
    let mut results: Vec<ClauseResult> = Vec::with_capacity(entries.len());
    for c in entries.iter().rev() {
        let fidx = findings_at.get(c.id).cloned().unwrap_or_default();
        let rules = rules_at.get(c.id).cloned().unwrap_or_default();
        let assessments = assessed_at.get(c.id).cloned().unwrap_or_default();
        let exclusion = excluded_by(c.id);
        let worst_error = fidx
            .iter()
            .filter_map(|i| report.findings.get(*i))
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.grade)
            .min();
        let child_conforms =
            catalog::children(c.id).any(|ch| status_of.get(ch.id) == Some(&ClauseStatus::Conforms));
        let assessed_conforms = assessments
            .iter()
            .any(|a| a.status == AssessmentStatus::Conforms);
        let status = if exclusion.is_some() {
            ClauseStatus::NotApplicable
        } else {
            match worst_error {
                Some(Grade::Major) => ClauseStatus::NonconformingMajor,
                Some(Grade::Minor) => ClauseStatus::NonconformingMinor,
                None if !rules.is_empty() || child_conforms || assessed_conforms => {
                    ClauseStatus::Conforms
                }
                None => ClauseStatus::NotAssessed,
            }
        };
        status_of.insert(c.id, status);
        results.push(ClauseResult {
            clause: c.id.to_owned(),
            status,
            findings: fidx,
            rules,
            assessment_overridden: status.is_nonconforming() && assessed_conforms,
            assessments,
            excluded_by: exclusion,
        });
    }
    results.reverse();

    let mut summary = Summary::default();
    for (c, r) in entries.iter().zip(&results) {
        if c.level == ClauseLevel::Leaf {
            summary.leaf_clauses.add(r.status);
            if let Some(ch) = catalog::chapter_of(c.id) {
                summary
                    .chapters
                    .entry(ch.to_owned())
                    .or_default()
                    .add(r.status);
            }
        } else {
            summary.items.add(r.status);
        }
    }
    summary.errors = report.count(Severity::Error);
    summary.warnings = report.count(Severity::Warning);
    summary.infos = report.count(Severity::Info);
    let l = &summary.leaf_clauses;
    let applicable = l.conforms + l.nonconforming_major + l.nonconforming_minor + l.not_assessed;
    let permille = (l.conforms * 1000 + applicable / 2)
        .checked_div(applicable)
        .unwrap_or(0);
    summary.readiness_percent = format!("{}.{}", permille / 10, permille % 10);
    summary.conforms = summary.errors == 0 && l.conforms == applicable;

    ConformityReport {
        as_of: report.as_of,
        findings: report.findings,
        clauses: results,
        summary,
        overrides: report.overrides,
    }
}
