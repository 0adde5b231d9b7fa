//! The conformity report: per clause and item of chapters 3–9, a status with the evidence
//! behind it, and a summary.
//!
//! How a status is decided, for each catalog entry at leaf, item or sub-item level:
//!
//! 1. Excluded in the scope (3.3) by a valid exclusion of the entry or an ancestor →
//!    **not applicable**. Any requirement of chapters 3–9 (not a whole chapter, not 3.3
//!    itself) may be excluded; the exclusion is valid when it is justified, records an
//!    assessment concluding that it affects neither the ability to ensure the e-commerce
//!    services nor customer satisfaction, and — for requirements that face customers or run
//!    the management system ([`crate::rules::context::scope::SENSITIVE`]) — is backed by a
//!    person's dated self-assessment. Every exclusion, valid or not, is listed in
//!    [`ConformityReport::exclusions`].
//! 2. An error finding at the entry or below, or an open nonconformity the organization
//!    itself recorded against the entry or below (an internal-audit finding of kind
//!    nonconformity, or a nonconformity record naming the requirement) →
//!    **nonconforming**, major when any such finding is major (the rule's grade, or the
//!    organization's own grade; an ungraded record of the organization counts as minor),
//!    else minor. This holds even when a self-assessment says "conforms": a finding
//!    outranks a manual verdict, and the entry says so (`assessmentOverridden`).
//! 3. Otherwise, when a rule checks the entry (its clause or `covers`), an entry below it
//!    conforms, or a current self-assessment says "conforms" → **conforms**.
//! 4. Otherwise → **not assessed**.
//!
//! Warnings (should-level and policy findings) are listed as evidence but never make an
//! entry nonconforming. Open observations (观察项) and opportunities for improvement
//! (改进机会) recorded by internal audits are listed with the entry
//! (`organizationFindings`) and leave its status as it is.
//!
//! Data errors — findings of rules with basis `integrity` (dangling references, duplicate
//! ids, impossible dates) — say the document cannot be read as written, not that the
//! organization fails a clause: they are listed in [`ConformityReport::data_errors`] and
//! counted in [`Summary::data_errors`], and no clause status rests on them. A report with
//! data errors does not conform.
//!
//! **Readiness** is the share of the standard's 60 leaf clauses shown to conform. An
//! excluded leaf clause stays in the denominator and does not count as conforming, so
//! excluding something never raises readiness: excluding a nonconforming clause leaves the
//! figure unchanged, excluding a conforming one lowers it. Whether conformity may be
//! claimed with the exclusions is [`Summary::conforms`].

use std::collections::{BTreeMap, HashMap};

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::{self, ClauseLevel};
use crate::model::context::ImpactConclusion;
use crate::model::improvement::NcGrade;
use crate::model::performance::{AuditStatus, FindingKind};
use crate::model::{AssessmentStatus, EcmsDocument};
use crate::rules::{AppliedOverride, Basis, Engine, Finding, Grade, Report, Severity};

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
    /// Indexes into the report's `organizationFindings` of the organization's own open
    /// findings at this entry or below.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organization_findings: Vec<usize>,
}

/// Where one of the organization's own findings is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvidenceSource {
    /// A finding of an internal audit (8.2 e)).
    InternalAudit,
    /// A nonconformity record (9.2).
    Nonconformity,
}

/// One of the organization's own findings against a requirement, open on the as-of date:
/// a nonconformity lowers the status of its entry, an observation (观察项) or opportunity for
/// improvement (改进机会) is listed with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OrganizationFinding {
    /// JSON pointer of the record.
    pub path: String,
    /// Where it is recorded.
    pub source: EvidenceSource,
    /// Nonconformity, observation or opportunity for improvement.
    pub kind: FindingKind,
    /// For a nonconformity: the organization's grade (minor when it gave none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<NcGrade>,
    /// Catalog id of the requirement it names.
    pub clause: String,
}

/// One exclusion of the scope (3.3) and whether it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExclusionResult {
    /// JSON pointer of the exclusion.
    pub path: String,
    /// Catalog id excluded.
    pub clause: String,
    /// The justification given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// The conclusion of its impact assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<ImpactConclusion>,
    /// JSON pointer of the person's dated self-assessment behind it, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_assessment: Option<String>,
    /// Whether a person's self-assessment is required (the requirement faces customers or
    /// runs the management system).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_assessment_required: bool,
    /// Whether it is in force on the as-of date.
    pub in_force: bool,
    /// Whether it is valid: it makes its entries not applicable only when valid and in force.
    pub valid: bool,
    /// Why it is not valid: the code of the 3.3 rule's reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect: Option<String>,
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
    /// Data errors: error findings of integrity rules (also counted in `errors`).
    #[serde(default)]
    pub data_errors: usize,
    /// The organization's own open nonconformities against a requirement.
    #[serde(default)]
    pub open_nonconformities: usize,
    /// The organization's own open observations (观察项).
    #[serde(default)]
    pub observations: usize,
    /// The organization's own open opportunities for improvement (改进机会).
    #[serde(default)]
    pub opportunities: usize,
    /// Readiness for certification: conforming leaf clauses per leaf clause of the standard
    /// (60), in percent with one decimal, as a string (e.g. `"93.3"`). A leaf clause
    /// excluded under 3.3 stays in the denominator and does not conform, so an exclusion
    /// never raises the figure.
    pub readiness_percent: String,
    /// `true` when every applicable leaf clause conforms and no error was found: conformity
    /// may be claimed with the valid exclusions in force.
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
    /// Indexes into `findings` of the data errors (integrity rules): no clause status rests
    /// on them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_errors: Vec<usize>,
    /// The organization's own findings open on the as-of date that name a requirement of the
    /// standard.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organization_findings: Vec<OrganizationFinding>,
    /// Every exclusion of the scope (3.3), valid or not, in force or not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclusions: Vec<ExclusionResult>,
}

/// Evaluates a document with every built-in rule and builds the conformity report.
///
/// ```
/// let text = include_str!("../examples/data/yunling-tea.json");
/// let doc = ecms::parse_document(text)?.document;
/// let as_of = ecms::common::Date::from_ymd(2026, 11, 30).ok_or("not a date")?;
/// let report = ecms::conformity::assess(&doc, as_of);
/// assert!(report.summary.conforms);
/// assert_eq!(report.summary.readiness_percent, "100.0");
/// // Its exclusions of items (3.3) hold; an open observation of its own audit is listed.
/// assert!(report.exclusions.iter().all(|e| e.valid));
/// assert_eq!(report.summary.observations, 1);
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

/// The organization's own findings open on a date that name a catalog entry: open
/// internal-audit findings of audits held by then (cancelled audits aside; a finding without
/// a kind counts as a nonconformity) and open nonconformity records naming a requirement,
/// their own or their audit finding's.
pub fn organization_findings(doc: &EcmsDocument, on: Date) -> Vec<OrganizationFinding> {
    let mut out = Vec::new();
    let in_catalog = |c: &Option<String>| -> Option<String> {
        c.as_deref()
            .and_then(catalog::resolve)
            .map(|c| c.id.to_owned())
    };
    for (i, a) in doc.performance.audits.iter().enumerate() {
        let held = a.status != Some(AuditStatus::Cancelled)
            && a.date.or(a.planned_date).is_some_and(|d| d <= on);
        if !held {
            continue;
        }
        for (j, f) in a.findings.iter().enumerate() {
            let open = f.closed.is_none_or(|c| c > on);
            let Some(clause) = in_catalog(&f.requirement) else {
                continue;
            };
            if !open {
                continue;
            }
            let kind = f.kind.unwrap_or(FindingKind::Nonconformity);
            out.push(OrganizationFinding {
                path: format!("/performance/audits/{i}/findings/{j}"),
                source: EvidenceSource::InternalAudit,
                kind,
                grade: (kind == FindingKind::Nonconformity)
                    .then(|| f.grade.unwrap_or(NcGrade::Minor)),
                clause,
            });
        }
    }
    let audit_finding = |id| {
        doc.performance
            .audits
            .iter()
            .flat_map(|a| a.findings.iter())
            .find(|f| f.id == id)
    };
    for (i, n) in doc.improvement.nonconformities.iter().enumerate() {
        let detected = n.detected.is_none_or(|d| d <= on);
        let closed = match (n.is_closed(), n.closed) {
            (_, Some(c)) => c <= on,
            (closed, None) => closed,
        };
        if !detected || closed {
            continue;
        }
        let from = n.audit_finding.and_then(audit_finding);
        let clause =
            in_catalog(&n.requirement).or_else(|| from.and_then(|f| in_catalog(&f.requirement)));
        let Some(clause) = clause else {
            continue;
        };
        out.push(OrganizationFinding {
            path: format!("/improvement/nonconformities/{i}"),
            source: EvidenceSource::Nonconformity,
            kind: FindingKind::Nonconformity,
            grade: Some(
                n.grade
                    .or(from.and_then(|f| f.grade))
                    .unwrap_or(NcGrade::Minor),
            ),
            clause,
        });
    }
    out
}

/// Every exclusion of the scope with its validity on a date.
pub fn exclusions(doc: &EcmsDocument, on: Date) -> Vec<ExclusionResult> {
    use crate::rules::context::scope;
    scope::exclusions(doc)
        .map(|(path, e)| {
            let defect = scope::exclusion_defect(doc, e, on);
            ExclusionResult {
                path,
                clause: e.clause.clone(),
                justification: e.justification.clone(),
                impact: e.impact_assessment.as_ref().and_then(|a| a.conclusion),
                self_assessment: scope::self_assessment(doc, &e.clause, on),
                self_assessment_required: scope::is_sensitive(&e.clause),
                in_force: e.in_force_on(on),
                valid: defect.is_none(),
                defect: defect.map(|d| d.code().to_owned()),
            }
        })
        .collect()
}

/// Builds the conformity report from an engine's report.
pub fn build(doc: &EcmsDocument, engine: &Engine, report: Report) -> ConformityReport {
    // Data errors: findings of integrity rules, kept out of every clause status.
    let integrity: std::collections::HashSet<&str> = engine
        .rules()
        .filter(|m| m.basis == Basis::Integrity)
        .map(|m| m.id)
        .collect();
    let data_errors: Vec<usize> = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| integrity.contains(f.rule_id.as_str()))
        .map(|(i, _)| i)
        .collect();
    // Findings per entry: each finding counts for its clause and all its ancestors.
    let is_data_error: std::collections::HashSet<usize> = data_errors.iter().copied().collect();
    let mut findings_at: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        if is_data_error.contains(&i) {
            continue;
        }
        for a in ancestors_and_self(&f.clause) {
            findings_at.entry(a).or_default().push(i);
        }
    }
    // The organization's own open findings per entry, likewise.
    let org_findings = organization_findings(doc, report.as_of);
    let mut org_at: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (i, f) in org_findings.iter().enumerate() {
        for a in ancestors_and_self(&f.clause) {
            org_at.entry(a).or_default().push(i);
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
        let oidx = org_at.get(c.id).cloned().unwrap_or_default();
        let org_worst = oidx
            .iter()
            .filter_map(|i| org_findings.get(*i))
            .filter_map(|f| f.grade)
            .map(|g| match g {
                NcGrade::Major => Grade::Major,
                _ => Grade::Minor,
            });
        let worst_error = fidx
            .iter()
            .filter_map(|i| report.findings.get(*i))
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.grade)
            .chain(org_worst)
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
            organization_findings: oidx,
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
    summary.data_errors = data_errors.len();
    for f in &org_findings {
        match f.kind {
            FindingKind::Observation => summary.observations += 1,
            FindingKind::Opportunity => summary.opportunities += 1,
            _ => summary.open_nonconformities += 1,
        }
    }
    let l = &summary.leaf_clauses;
    let applicable = l.conforms + l.nonconforming_major + l.nonconforming_minor + l.not_assessed;
    // Every leaf clause of the standard, excluded or not: an exclusion never raises the figure.
    let all = applicable + l.not_applicable;
    let permille = (l.conforms * 1000 + all / 2).checked_div(all).unwrap_or(0);
    summary.readiness_percent = format!("{}.{}", permille / 10, permille % 10);
    summary.conforms = summary.errors == 0 && l.conforms == applicable;

    ConformityReport {
        as_of: report.as_of,
        findings: report.findings,
        clauses: results,
        summary,
        overrides: report.overrides,
        data_errors,
        organization_findings: org_findings,
        exclusions: exclusions(doc, report.as_of),
    }
}
