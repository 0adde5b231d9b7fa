//! Clause 7.2.5 — crisis prevention and handling: scenarios and exercises.

use crate::common::{Date, Extensions, Interval, Schedule};
use crate::ids::{CrisisId, DocumentId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Crisis prevention and handling — GB/T 36311—2018, 7.2.5 a)–e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrisisManagement {
    /// The documented crisis plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<DocumentId>,
    /// Crisis scenarios identified, each with analysis, measures, monitoring and warning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<CrisisScenario>,
    /// How often the plan is exercised (drill or table-top); last done = latest exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_interval: Option<Interval>,
    /// Exercises and real crises handled, with their evaluation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exercises: Vec<CrisisExercise>,
    /// Periodic evaluation of the crisis management process (e)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub evaluation: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A crisis the organization has identified and prepared for — GB/T 36311—2018, 7.2.5 a)–d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrisisScenario {
    /// Id.
    pub id: CrisisId,
    /// Name of the scenario.
    pub name: String,
    /// Analysis of causes, likelihood and impact (a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// Measures to handle it (b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// Who leads the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// What is monitored to detect it (c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<String>,
    /// Early-warning thresholds and who is alerted (d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warning_triggers: Vec<String>,
}

crate::names::open_vocabulary! {
    /// Kind of crisis exercise.
    pub enum ExerciseKind {
        /// Discussion of a scenario around a table.
        TableTop = "tableTop",
        /// A live drill.
        Drill = "drill",
        /// A real crisis handled under the plan.
        RealEvent = "realEvent",
    }
}

/// An exercise of the crisis plan, or a real crisis, and its evaluation — GB/T 36311—2018,
/// 7.2.5 e).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrisisExercise {
    /// When.
    pub date: Date,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExerciseKind>,
    /// Scenarios exercised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<CrisisId>,
    /// Evaluation: what worked, what did not, what changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Report retained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
}
