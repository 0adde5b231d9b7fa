//! Clauses 6.2 and 6.3 — competence requirements and evidence, trainings, awareness.

use crate::common::{Date, Extensions, Interval};
use crate::ids::{CompetenceId, DocumentId, PersonId, RoleId, TrainingId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::names::open_vocabulary! {
    /// Kind of evidence of competence (6.2 b)).
    pub enum EvidenceKind {
        /// Formal education (degree, diploma).
        Education = "education",
        /// Training attended.
        Training = "training",
        /// Work experience.
        Experience = "experience",
        /// Professional certificate or licence.
        Certification = "certification",
    }
}

/// A competence required of the holders of some roles — GB/T 36311—2018, 6.2 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CompetenceRequirement {
    /// Id.
    pub id: CompetenceId,
    /// Name.
    pub name: String,
    /// What the competence covers, and the level required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Roles that need it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
    /// Kinds of evidence accepted; any kind when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted_evidence: Vec<EvidenceKind>,
    /// How long evidence stays valid (refresher training); unlimited when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Interval>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Evidence that a person has a competence — GB/T 36311—2018, 6.2 b), d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CompetenceEvidence {
    /// The competence.
    pub competence: CompetenceId,
    /// Kind of evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EvidenceKind>,
    /// What it is (degree, course, years of experience).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Date obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Expiry of a certificate or licence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// The training that produced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<TrainingId>,
    /// The retained documented information (6.2 d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
}

crate::names::open_vocabulary! {
    /// Kind of training or other action.
    pub enum TrainingKind {
        /// Classroom or online course, internal.
        InternalCourse = "internalCourse",
        /// Course by an external provider.
        ExternalCourse = "externalCourse",
        /// Training on the job, coaching, mentoring.
        OnTheJob = "onTheJob",
        /// Briefing or meeting (typical for awareness).
        Briefing = "briefing",
        /// Hiring or reassignment of competent people.
        Recruitment = "recruitment",
    }
}

/// What people must be aware of — GB/T 36311—2018, 6.3 a)–d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AwarenessTopic {
    /// 6.3 a) the e-commerce strategy.
    Strategy,
    /// 6.3 b) the relevant e-commerce objectives.
    Objectives,
    /// 6.3 c) their contribution to the system's effectiveness and the benefits of better
    /// performance.
    Contribution,
    /// 6.3 d) the consequences of not conforming.
    Consequences,
}

impl AwarenessTopic {
    /// All topics with the catalog item that asks for each.
    pub const ALL: [(AwarenessTopic, &'static str); 4] = [
        (AwarenessTopic::Strategy, "6.3.a"),
        (AwarenessTopic::Objectives, "6.3.b"),
        (AwarenessTopic::Contribution, "6.3.c"),
        (AwarenessTopic::Consequences, "6.3.d"),
    ];
}

/// Result of an effectiveness evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EffectivenessResult {
    /// The competence was acquired.
    Effective,
    /// Partly acquired.
    PartlyEffective,
    /// Not acquired.
    NotEffective,
}

/// How the effectiveness of a training was evaluated — GB/T 36311—2018, 6.2 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EffectivenessEvaluation {
    /// Method (test, observation at work, KPI comparison).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<EffectivenessResult>,
    /// Follow-up when not (fully) effective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
}

/// A training, briefing or other action to acquire competence (6.2 c)) or build awareness
/// (6.3) — GB/T 36311—2018, 6.2 c), 6.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Training {
    /// Id.
    pub id: TrainingId,
    /// Title.
    pub title: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TrainingKind>,
    /// Date (first day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Trainer or training provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Competences it is meant to build (6.2 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<CompetenceId>,
    /// Awareness topics it covered (6.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awareness_topics: Vec<AwarenessTopic>,
    /// Who attended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<PersonId>,
    /// Date by which effectiveness must be evaluated; when absent, the parameter
    /// `effectivenessEvaluationWithin` after the training (3 months by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_due: Option<Date>,
    /// Effectiveness evaluation (6.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<EffectivenessEvaluation>,
    /// Attendance sheet or training record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(AwarenessTopic);
