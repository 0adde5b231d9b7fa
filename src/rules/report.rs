//! What an evaluation returns (findings, the overrides applied, what was left out) and how
//! an embedder overrides a rule.

use std::collections::BTreeMap;

use crate::common::{Date, LocalizedText};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Grade, Severity};

/// One finding of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Finding {
    /// Id of the rule.
    pub rule_id: String,
    /// Catalog id of the clause or item not met.
    pub clause: String,
    /// Severity, after overrides.
    pub severity: Severity,
    /// Nonconformity grade.
    pub grade: Grade,
    /// Code of the rule's reason (`Reason::code`) this finding gives.
    pub reason: String,
    /// RFC 6901 JSON pointer into the serialized document: the offending entity or field,
    /// or where a missing one should be.
    pub path: String,
    /// The message in both languages.
    pub message: LocalizedText,
    /// The organization's parameter (see [`crate::params`]) the finding rests on, when it
    /// rests on one rather than on the standard's text: its reason names it, or the whole
    /// rule is the organization's policy resting on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// The parameters' data values (dates and intervals in ISO 8601, built-in names as
    /// serialized, `-` for none); the messages show each in its language's form.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
}

/// An embedder's change to one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RuleOverride {
    /// `false` disables the rule.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// A new severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Why; recorded in every report.
    pub justification: String,
}

fn yes() -> bool {
    true
}

impl RuleOverride {
    /// Disables a rule, for a recorded reason.
    pub fn disable(justification: impl Into<String>) -> Self {
        Self {
            enabled: false,
            severity: None,
            justification: justification.into(),
        }
    }

    /// Gives a rule another severity, for a recorded reason.
    pub fn severity(severity: Severity, justification: impl Into<String>) -> Self {
        Self {
            enabled: true,
            severity: Some(severity),
            justification: justification.into(),
        }
    }
}

/// An override as applied in a run, for the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AppliedOverride {
    /// The rule.
    pub rule_id: String,
    /// `false` when the rule was disabled.
    pub enabled: bool,
    /// The severity it was given, if changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Why.
    pub justification: String,
}

/// Why an engine could not be configured.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// An override names a rule that does not exist.
    #[error("no rule {0:?} to override")]
    UnknownRule(String),
    /// An override has no justification.
    #[error("override of {0:?} has no justification")]
    NoJustification(String),
    /// A custom rule reuses an existing id.
    #[error("a rule with id {0:?} exists already")]
    DuplicateRule(String),
    /// A custom rule names a clause not in the catalog.
    #[error("rule {rule:?} names unknown clause {clause:?}")]
    UnknownClause {
        /// The rule.
        rule: String,
        /// The clause.
        clause: String,
    },
}

/// Result of one evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Report {
    /// The as-of date.
    pub as_of: Date,
    /// Findings, in rule-catalog order, then document order.
    pub findings: Vec<Finding>,
    /// Overrides in force.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<AppliedOverride>,
    /// Rules that reported more findings than `Limits::max_findings_per_rule`: how many
    /// of their findings were left out of `findings`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub omitted: Vec<OmittedFindings>,
}

/// Findings of one rule left out of a report by the per-rule cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OmittedFindings {
    /// The rule.
    pub rule_id: String,
    /// How many findings were kept in the report.
    pub kept: usize,
    /// How many more were found and left out.
    pub omitted: usize,
}

impl Report {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}
