//! Chapter 8 — performance evaluation (绩效评价): the monitoring plan, customer satisfaction
//! and credit-rating monitoring, key performance indicators with their measurements,
//! benchmarks, data analyses, the internal audit programme with its audits, and management
//! reviews.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, ExactDecimal, Extensions, Interval, Schedule};
use crate::ids::{
    ActionId, AuditFindingId, AuditId, BenchmarkId, ContextFactorId, DocumentId, ImprovementId,
    KpiId, MonitoringId, NonconformityId, ObjectiveId, PersonId, ProcessId, ReviewId, RoleId,
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

// ---------------------------------------------------------------------------------------------
// 8.1.1, 8.1.2 monitoring plan

/// The monitoring and measurement plan — GB/T 36311—2018, 8.1.1 ("应策划并实施" the processes
/// of monitoring, measurement, analysis and evaluation) and 8.1.2 (what is monitored, and the
/// periodic evaluation of the monitoring process itself).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringPlan {
    /// The documented plan or procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// What is monitored and measured, how, how often and by whom.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<MonitoringEntry>,
    /// How often the monitoring process itself is evaluated (8.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_interval: Option<Interval>,
    /// Evaluations of the monitoring process's performance and effectiveness (8.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<MonitoringEvaluation>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Why something is monitored: the three purposes of 8.1.1 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum MonitoringPurpose {
    /// 8.1.1 a) show that e-commerce achieves its intended objectives.
    ObjectivesAchieved,
    /// 8.1.1 b) ensure conformity and effectiveness of the management system.
    SystemConformity,
    /// 8.1.1 c) evaluate and improve e-commerce capability and performance.
    CapabilityImprovement,
}

impl MonitoringPurpose {
    /// All purposes with the catalog item that asks for each.
    pub const ALL: [(MonitoringPurpose, &'static str); 3] = [
        (MonitoringPurpose::ObjectivesAchieved, "8.1.1.a"),
        (MonitoringPurpose::SystemConformity, "8.1.1.b"),
        (MonitoringPurpose::CapabilityImprovement, "8.1.1.c"),
    ];
}

/// One line of the monitoring plan — GB/T 36311—2018, 8.1.1, 8.1.2: what is monitored or
/// measured, for which purpose, by which method, how often, by whom and how the results are
/// analysed and evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringEntry {
    /// Id.
    pub id: MonitoringId,
    /// What is monitored or measured.
    pub subject: String,
    /// Which purposes of 8.1.1 a)–c) it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<MonitoringPurpose>,
    /// Method of monitoring or measurement (8.1.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How often, and when it was last done.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub schedule: Schedule,
    /// The role that performs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// When and how the results are analysed and evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Processes monitored (8.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Internal and external factors monitored (8.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<ContextFactorId>,
    /// Objectives whose achievement it shows (8.1.1 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    /// KPIs it measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An evaluation of the monitoring process itself — GB/T 36311—2018, 8.1.2: its performance
/// and effectiveness, and the actions taken to improve it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringEvaluation {
    /// Id.
    pub id: MonitoringId,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// How well monitoring worked (timeliness, data quality, coverage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance: Option<String>,
    /// Whether monitoring served its purposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<String>,
    /// Actions decided to improve monitoring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// Improvement records opened for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvements: Vec<ImprovementId>,
    /// The record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 8.1.3 customer satisfaction and credit rating

/// What customer perception is monitored (8.1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CustomerAspect {
    /// How far customers feel their needs and expectations are met.
    Satisfaction,
    /// The credit rating customers give the organization (store rating, reputation score).
    CreditRating,
}

crate::names::open_vocabulary! {
    /// How customer perception is obtained (8.1.3 and its note).
    pub enum CustomerMethod {
        /// Customer surveys.
        Survey = "survey",
        /// Ratings and reviews on the e-commerce platform.
        PlatformRating = "platformRating",
        /// Feedback on delivered products or services.
        Feedback = "feedback",
        /// Customer interviews or panels.
        Interview = "interview",
        /// Market-share analysis.
        MarketShareAnalysis = "marketShareAnalysis",
        /// Compliments.
        Compliments = "compliments",
        /// Warranty or after-sales claims.
        WarrantyClaims = "warrantyClaims",
        /// Reports from dealers or channel partners.
        DealerReports = "dealerReports",
        /// Any other method.
        Other = "other",
    }
}

/// A way of monitoring customer satisfaction or credit rating — GB/T 36311—2018, 8.1.3: the
/// organization "应确定…方法" (determines how the information is obtained, monitored and
/// reviewed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerMonitoring {
    /// Id.
    pub id: MonitoringId,
    /// Name.
    pub name: String,
    /// Satisfaction or credit rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspect: Option<CustomerAspect>,
    /// Kind of method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<CustomerMethod>,
    /// Where and how the information is obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// How the results are reviewed, and by whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
    /// How often results are collected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
    /// The role responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// KPIs fed by it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// Results obtained.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<CustomerResult>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One result of customer monitoring (a survey wave, a rating snapshot).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CustomerResult {
    /// When it was obtained.
    pub date: Date,
    /// Period covered, e.g. `2026-Q1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Score, when the method yields one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<ExactDecimal>,
    /// Scale or unit of the score, e.g. `of 5`, `%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Number of responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_size: Option<u32>,
    /// What the result says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 8.1.4.2 KPIs

/// Which way a KPI should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum TargetDirection {
    /// The target is a minimum: values at or above it meet it.
    HigherIsBetter,
    /// The target is a maximum: values at or below it meet it.
    LowerIsBetter,
}

/// The target of a KPI: value, unit and direction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KpiTarget {
    /// Target value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ExactDecimal>,
    /// Unit, e.g. `%`, `of 5`, `h`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Whether higher or lower values are better.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<TargetDirection>,
}

impl KpiTarget {
    /// Whether value, unit and direction are all recorded.
    pub fn is_complete(&self) -> bool {
        self.value.is_some()
            && self.unit.as_deref().is_some_and(|u| !u.trim().is_empty())
            && self.direction.is_some()
    }

    /// Whether a measured value meets the target; `None` when the target is incomplete.
    pub fn is_met(&self, value: ExactDecimal) -> Option<bool> {
        let target = self.value?;
        Some(match self.direction? {
            TargetDirection::HigherIsBetter => value >= target,
            TargetDirection::LowerIsBetter => value <= target,
        })
    }
}

/// Level of the organization a KPI is broken down to (8.1.4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum BreakdownLevel {
    /// The whole organization.
    Organization,
    /// A function or department.
    Function,
    /// A team, shop or platform store.
    Team,
    /// One person.
    Individual,
}

/// One part of a KPI's breakdown across levels and functions — GB/T 36311—2018, 8.1.4.2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KpiBreakdown {
    /// Level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<BreakdownLevel>,
    /// Function (role) accountable at that level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
    /// Process concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<ProcessId>,
    /// What the part covers (e.g. `Tmall store`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Target at that level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<ExactDecimal>,
}

/// One measurement of a KPI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    /// When it was measured.
    pub date: Date,
    /// Period measured, e.g. `2026-05`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Measured value, in the unit of the target.
    pub value: ExactDecimal,
    /// Analysis of a deviation and the response decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// Nonconformity raised for a missed target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonconformity: Option<NonconformityId>,
    /// Improvement opened for a missed target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<ImprovementId>,
}

/// A key performance indicator (关键绩效指标) — GB/T 36311—2018, 8.1.4.2: set for a key success
/// factor, related to capability and performance, broken down across levels and functions,
/// measured by a determined procedure at a fixed frequency against a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Kpi {
    /// Id.
    pub id: KpiId,
    /// Name.
    pub name: String,
    /// The key success factor the KPI is set for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_factor: Option<String>,
    /// How the KPI relates to e-commerce capability and performance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability_relation: Option<String>,
    /// The role that owns the KPI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Processes whose performance it shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// Objectives it measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    /// Measurement method: formula and data source (8.1.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The documented measurement procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// How often it is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Interval>,
    /// Target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<KpiTarget>,
    /// Breakdown across levels and functions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<KpiBreakdown>,
    /// Since when it is measured (start of the measurement schedule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// Measurements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Kpi {
    /// Date of the latest measurement.
    pub fn last_measured(&self) -> Option<Date> {
        self.measurements.iter().map(|m| m.date).max()
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.4.3 benchmarks

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

// ---------------------------------------------------------------------------------------------
// 8.1.4.4 analyses

/// What an analysis evaluates: the seven subjects of 8.1.4.4 a)–g).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AnalysisItem {
    /// a) conformity of products and services.
    ProductConformity,
    /// b) degree of customer satisfaction.
    CustomerSatisfaction,
    /// c) performance and effectiveness of the management system.
    SystemPerformance,
    /// d) whether planning was implemented effectively.
    PlanningImplementation,
    /// e) effectiveness of actions on risks and opportunities.
    RiskActions,
    /// f) performance of external providers.
    ProviderPerformance,
    /// g) need for improvement of the management system.
    ImprovementNeeds,
}

impl AnalysisItem {
    /// All subjects with the catalog item that asks for each.
    pub const ALL: [(AnalysisItem, &'static str); 7] = [
        (AnalysisItem::ProductConformity, "8.1.4.4.a"),
        (AnalysisItem::CustomerSatisfaction, "8.1.4.4.b"),
        (AnalysisItem::SystemPerformance, "8.1.4.4.c"),
        (AnalysisItem::PlanningImplementation, "8.1.4.4.d"),
        (AnalysisItem::RiskActions, "8.1.4.4.e"),
        (AnalysisItem::ProviderPerformance, "8.1.4.4.f"),
        (AnalysisItem::ImprovementNeeds, "8.1.4.4.g"),
    ];
}

/// The evaluation of one subject within an analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisEvaluation {
    /// The subject of 8.1.4.4 a)–g).
    pub item: AnalysisItem,
    /// What the analysis concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
    /// KPIs whose results were evaluated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
}

crate::names::open_vocabulary! {
    /// The kind of decision that monitoring information supported (8.1.2).
    pub enum DecisionKind {
        /// Adjusting the strategy.
        StrategyAdjustment = "strategyAdjustment",
        /// Changing a process.
        ProcessChange = "processChange",
        /// An improvement.
        Improvement = "improvement",
        /// Any other decision.
        Other = "other",
    }
}

/// A decision taken on the basis of monitoring information — GB/T 36311—2018, 8.1.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringDecision {
    /// Kind of decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DecisionKind>,
    /// What was decided.
    pub description: String,
    /// The improvement record opened for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<ImprovementId>,
}

/// A record of data analysis and evaluation — GB/T 36311—2018, 8.1.4.1 and 8.1.4.4: data
/// channels and methods, the evaluation of a)–g), and the decisions it supported (8.1.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Id.
    pub id: MonitoringId,
    /// Title.
    pub title: String,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Period analysed, e.g. `2026-Q1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Channels the data came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_sources: Vec<String>,
    /// Methods of analysis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<String>,
    /// Evaluations of 8.1.4.4 a)–g).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<AnalysisEvaluation>,
    /// Decisions supported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<MonitoringDecision>,
    /// The report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 8.2 internal audit

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

// ---------------------------------------------------------------------------------------------
// 8.3 management review

/// The planned interval of management reviews — GB/T 36311—2018, 8.3.1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewPlan {
    /// How often top management reviews the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// The management review procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// State of a management review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ReviewStatus {
    /// Planned, not yet held.
    Planned,
    /// Held.
    Held,
}

/// An input a management review must consider: 8.3.2 a)–f) with c) 1)–7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ReviewInputItem {
    /// a) status of actions from previous reviews.
    PriorActions,
    /// b) changes in internal and external factors.
    ContextChanges,
    /// c) 1) customer satisfaction and feedback from interested parties.
    CustomerFeedback,
    /// c) 2) extent to which objectives are met.
    ObjectiveAttainment,
    /// c) 3) process performance and conformity of products and services.
    ProcessPerformance,
    /// c) 4) nonconformities and corrective actions.
    Nonconformities,
    /// c) 5) monitoring and measurement results.
    MonitoringResults,
    /// c) 6) audit results.
    AuditResults,
    /// c) 7) performance of external providers.
    ProviderPerformance,
    /// d) adequacy of resources.
    ResourceAdequacy,
    /// e) effectiveness of actions on risks and opportunities.
    RiskActions,
    /// f) opportunities for improvement.
    ImprovementOpportunities,
}

impl ReviewInputItem {
    /// All inputs with the catalog item that asks for each.
    pub const ALL: [(ReviewInputItem, &'static str); 12] = [
        (ReviewInputItem::PriorActions, "8.3.2.a"),
        (ReviewInputItem::ContextChanges, "8.3.2.b"),
        (ReviewInputItem::CustomerFeedback, "8.3.2.c.1"),
        (ReviewInputItem::ObjectiveAttainment, "8.3.2.c.2"),
        (ReviewInputItem::ProcessPerformance, "8.3.2.c.3"),
        (ReviewInputItem::Nonconformities, "8.3.2.c.4"),
        (ReviewInputItem::MonitoringResults, "8.3.2.c.5"),
        (ReviewInputItem::AuditResults, "8.3.2.c.6"),
        (ReviewInputItem::ProviderPerformance, "8.3.2.c.7"),
        (ReviewInputItem::ResourceAdequacy, "8.3.2.d"),
        (ReviewInputItem::RiskActions, "8.3.2.e"),
        (ReviewInputItem::ImprovementOpportunities, "8.3.2.f"),
    ];

    /// Whether it is one of the performance information inputs of c) 1)–7).
    pub fn is_performance_information(&self) -> bool {
        !matches!(
            self,
            ReviewInputItem::PriorActions
                | ReviewInputItem::ContextChanges
                | ReviewInputItem::ResourceAdequacy
                | ReviewInputItem::RiskActions
                | ReviewInputItem::ImprovementOpportunities
        )
    }
}

/// One input considered by a management review — GB/T 36311—2018, 8.3.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewInput {
    /// Which input of 8.3.2 it is.
    pub item: ReviewInputItem,
    /// What was presented and considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Trend shown (required in spirit for the c) inputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trend: Option<String>,
    /// Documents presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<DocumentId>,
    /// KPIs presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// Audits presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audits: Vec<AuditId>,
    /// Analyses presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub analyses: Vec<MonitoringId>,
    /// Nonconformities presented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nonconformities: Vec<NonconformityId>,
    /// For the input of a): the status of each action decided by earlier reviews.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_statuses: Vec<PriorActionStatus>,
}

/// Where an action of an earlier management review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PriorActionState {
    /// Done.
    Completed,
    /// Under way and within its due date.
    InProgress,
    /// Past its due date and not done.
    Overdue,
    /// Dropped by decision of top management.
    Cancelled,
}

/// The status of one action of an earlier management review, as presented to a later one —
/// GB/T 36311—2018, 8.3.2 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PriorActionStatus {
    /// The action, by the id it has in the earlier review's outputs.
    pub action: ActionId,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PriorActionState>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What top management concluded about the system — GB/T 36311—2018, 8.3.1: its continuing
/// suitability, adequacy and effectiveness, and alignment with the strategic direction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewConclusions {
    /// Suitability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suitability: Option<String>,
    /// Adequacy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adequacy: Option<String>,
    /// Effectiveness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<String>,
    /// Alignment with the strategic direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategic_alignment: Option<String>,
}

/// Kind of management review output: 8.3.3 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ReviewOutputKind {
    /// a) opportunities for improvement.
    ImprovementOpportunity,
    /// b) changes needed to the management system.
    SystemChange,
    /// c) resource needs.
    ResourceNeed,
}

impl ReviewOutputKind {
    /// All kinds with the catalog item that asks for each.
    pub const ALL: [(ReviewOutputKind, &'static str); 3] = [
        (ReviewOutputKind::ImprovementOpportunity, "8.3.3.a"),
        (ReviewOutputKind::SystemChange, "8.3.3.b"),
        (ReviewOutputKind::ResourceNeed, "8.3.3.c"),
    ];
}

/// An action decided by a management review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewAction {
    /// Id.
    pub id: ActionId,
    /// What is to be done.
    pub description: String,
    /// Who does it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Date>,
    /// The improvement record that carries it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<ImprovementId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A decision of a management review with its actions — GB/T 36311—2018, 8.3.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReviewOutput {
    /// Which of 8.3.3 a)–c) it addresses.
    pub kind: ReviewOutputKind,
    /// What was decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// Actions decided.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ReviewAction>,
}

/// A management review (管理评审) — GB/T 36311—2018, 8.3: held by top management at planned
/// intervals, with the inputs of 8.3.2, the outputs of 8.3.3 and a retained record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ManagementReview {
    /// Id.
    pub id: ReviewId,
    /// Title.
    pub title: String,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReviewStatus>,
    /// When it is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<Date>,
    /// When it was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who chaired it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<PersonId>,
    /// Who took part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<PersonId>,
    /// Inputs considered (8.3.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<ReviewInput>,
    /// Conclusions on the system (8.3.1).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub conclusions: ReviewConclusions,
    /// Decisions and actions (8.3.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<ReviewOutput>,
    /// The retained record (minutes / report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl ManagementReview {
    /// Whether the review was held.
    pub fn is_held(&self) -> bool {
        self.status == Some(ReviewStatus::Held)
    }
}

crate::names::serialized_names!(
    MonitoringPurpose,
    AnalysisItem,
    ReviewInputItem,
    ReviewOutputKind
);
