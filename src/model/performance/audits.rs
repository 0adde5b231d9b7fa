//! Clause 8.2 — internal audit: the audit programme, audits, reports, findings and conclusions.

use crate::common::{Approval, Date, Extensions, Interval};
use crate::ids::{
    AuditFindingId, AuditId, DocumentId, NonconformityId, PersonId, ProcessId, RoleId,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A duty within the audit programme and the role that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProgrammeDuty {
    /// The role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
    /// The duty.
    pub duty: String,
}

/// What the audit programme was planned on — GB/T 36311—2018, 8.2 a): the importance of the
/// processes, changes affecting the organization, and previous audit results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProgrammeBasis {
    /// How process importance shaped the programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_importance: Option<String>,
    /// Changes affecting the organization that were considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<String>,
    /// Previous audit results that were considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_results: Option<String>,
}

/// The internal audit programme (审核方案) — GB/T 36311—2018, 8.2 a): frequency, methods,
/// responsibilities, planning requirements and reporting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditProgramme {
    /// Period the programme covers, e.g. `2025-07/2026-06`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// How often internal audits take place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
    /// Audit methods (interviews, record sampling, system walk-throughs…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<String>,
    /// Who does what.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<ProgrammeDuty>,
    /// Planning requirements (notice, checklists, auditor independence…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning_requirements: Option<String>,
    /// How results are reported, and to whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting: Option<String>,
    /// What the programme was planned on.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub basis: ProgrammeBasis,
    /// The documented programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// State of an audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AuditStatus {
    /// Planned, not yet held.
    Planned,
    /// Held and reported.
    Completed,
    /// Cancelled.
    Cancelled,
}

/// The report of an audit and whom it reached — GB/T 36311—2018, 8.2 d).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditReport {
    /// The report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// When it was issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Managers it was given to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distributed_to: Vec<PersonId>,
}

/// Kind of audit finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FindingKind {
    /// A requirement is not met.
    Nonconformity,
    /// A weakness that may become a nonconformity.
    Observation,
    /// An opportunity for improvement.
    Opportunity,
}

/// A finding of an internal audit — GB/T 36311—2018, 8.2 e): acted upon in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditFinding {
    /// Id.
    pub id: AuditFindingId,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FindingKind>,
    /// Requirement concerned: a catalog id (`7.7.d`) or the standard's notation (`7.7 d)`),
    /// which count against that entry, or the organization's own document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    /// How the organization graded a nonconformity (major or minor); minor when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<crate::model::improvement::NcGrade>,
    /// Process concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// What was found.
    pub description: String,
    /// Immediate correction taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
    /// The nonconformity record that handles the corrective action (9.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonconformity: Option<NonconformityId>,
    /// When it must be closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When it was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An internal audit (内部审核) — GB/T 36311—2018, 8.2 b)–f): criteria and scope, objective
/// auditors, the report to management, findings and records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Audit {
    /// Id.
    pub id: AuditId,
    /// Title.
    pub title: String,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AuditStatus>,
    /// When it is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<Date>,
    /// When it was held (last day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Audit criteria (b).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<String>,
    /// Scope statement (b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Processes audited (b).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Auditors (c).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub auditors: Vec<PersonId>,
    /// The report (d).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<AuditReport>,
    /// Findings (e).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<AuditFinding>,
    /// Records retained: plan, checklists, evidence (f).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<DocumentId>,
    /// What the audit concluded about the system (8.2, first paragraph).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<AuditConclusion>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The conclusion of an internal audit — GB/T 36311—2018, 8.2: whether the system conforms
/// to the organization's own requirements and to the standard, and whether it is effectively
/// implemented and maintained.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditConclusion {
    /// Conforms to the organization's own requirements for its management system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conforms_to_own_requirements: Option<bool>,
    /// Conforms to the requirements of GB/T 36311—2018.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conforms_to_standard: Option<bool>,
    /// Effectively implemented and maintained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectively_implemented: Option<bool>,
    /// The conclusion in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

impl AuditConclusion {
    /// Whether each of the three questions is answered.
    pub fn is_complete(&self) -> bool {
        self.conforms_to_own_requirements.is_some()
            && self.conforms_to_standard.is_some()
            && self.effectively_implemented.is_some()
    }

    /// Whether some question is answered in the negative.
    pub fn is_negative(&self) -> bool {
        [
            self.conforms_to_own_requirements,
            self.conforms_to_standard,
            self.effectively_implemented,
        ]
        .contains(&Some(false))
    }
}

impl Audit {
    /// Whether the audit was held.
    pub fn is_completed(&self) -> bool {
        self.status == Some(AuditStatus::Completed)
    }
}
