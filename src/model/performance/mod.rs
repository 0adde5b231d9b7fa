//! Chapter 8 — performance evaluation (绩效评价): the monitoring plan, customer satisfaction
//! and credit-rating monitoring, key performance indicators with their measurements,
//! benchmarks, data analyses, the internal audit programme with its audits, and management
//! reviews.

mod analysis;
mod audits;
mod benchmarks;
mod customers;
mod kpis;
mod monitoring;
mod review;

use crate::common::Extensions;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use analysis::{Analysis, AnalysisEvaluation, AnalysisItem, DecisionKind, MonitoringDecision};
pub use audits::{
    Audit, AuditConclusion, AuditFinding, AuditProgramme, AuditReport, AuditStatus, FindingKind,
    ProgrammeBasis, ProgrammeDuty,
};
pub use benchmarks::{Benchmark, BenchmarkComparison, BenchmarkKind};
pub use customers::{CustomerAspect, CustomerMethod, CustomerMonitoring, CustomerResult};
pub use kpis::{BreakdownLevel, Kpi, KpiBreakdown, KpiTarget, Measurement, TargetDirection};
pub use monitoring::{MonitoringEntry, MonitoringEvaluation, MonitoringPlan, MonitoringPurpose};
pub use review::{
    ManagementReview, PriorActionState, PriorActionStatus, ReviewAction, ReviewConclusions,
    ReviewInput, ReviewInputItem, ReviewOutput, ReviewOutputKind, ReviewPlan, ReviewStatus,
};

/// Chapter 8 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Performance {
    /// The plan of what is monitored, measured, analysed and evaluated (8.1.1, 8.1.2).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub monitoring: MonitoringPlan,
    /// How customer satisfaction and customers' credit ratings are monitored (8.1.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customer_monitoring: Vec<CustomerMonitoring>,
    /// Key performance indicators with their measurements (8.1.4.1, 8.1.4.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Internal and external benchmarks (8.1.4.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benchmarks: Vec<Benchmark>,
    /// Records of data analysis and evaluation (8.1.4.1, 8.1.4.4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub analyses: Vec<Analysis>,
    /// The internal audit programme (8.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_programme: Option<AuditProgramme>,
    /// Internal audits, planned and held (8.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audits: Vec<Audit>,
    /// The planned interval of management reviews (8.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_plan: Option<ReviewPlan>,
    /// Management reviews, planned and held (8.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub management_reviews: Vec<ManagementReview>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
