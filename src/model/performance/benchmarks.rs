//! Clause 8.1.4.3 — benchmarks and their comparisons.

use crate::common::{Date, ExactDecimal, Extensions};
use crate::ids::{BenchmarkId, ImprovementId, KpiId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Whether a benchmark is inside or outside the organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum BenchmarkKind {
    /// Another unit, store or period of the organization.
    Internal,
    /// A competitor, industry figure or best-practice organization.
    External,
}

/// One compared metric of a benchmark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BenchmarkComparison {
    /// What is compared.
    pub metric: String,
    /// Our value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<ExactDecimal>,
    /// The benchmark's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benchmark: Option<ExactDecimal>,
    /// Unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A benchmark (标杆) used for comparison — GB/T 36311—2018, 8.1.4.3: compared, and the
/// resulting improvement needs analysed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Benchmark {
    /// Id.
    pub id: BenchmarkId,
    /// Name.
    pub name: String,
    /// Internal or external.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BenchmarkKind>,
    /// Who or what the benchmark is, and where its figures come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Why it was chosen as appropriate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// When the comparison was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// KPIs compared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// The comparison.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comparisons: Vec<BenchmarkComparison>,
    /// Improvement needs found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvement_needs: Vec<String>,
    /// Improvements opened from it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvements: Vec<ImprovementId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
