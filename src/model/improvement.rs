//! Chapter 9 — improvement (改进): improvement opportunities and actions, nonconformities with
//! their corrective actions, and continual improvement.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, Extensions};
use crate::ids::{
    ActionId, AuditFindingId, AuditId, BenchmarkId, ChangeId, ComplaintId, DocumentId,
    ImprovementId, KpiId, MonitoringId, NonconformityId, PersonId, ProcessId, ReviewId, RiskId,
    RoleId,
};

/// Chapter 9 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Improvement {
    /// Improvement opportunities and what was done about them (9.1, 9.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvements: Vec<ImprovementRecord>,
    /// Nonconformities, including those from complaints, with corrective actions (9.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nonconformities: Vec<Nonconformity>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 9.1, 9.3 improvements

/// What an improvement aims at: 9.1 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ImprovementCategory {
    /// a) improving products and services for present and future needs.
    ProductsAndServices,
    /// b) correcting, preventing or reducing undesired effects.
    UndesiredEffects,
    /// c) improving performance and effectiveness of the management system.
    SystemPerformance,
}

impl ImprovementCategory {
    /// All categories with the catalog item that asks for each.
    pub const ALL: [(ImprovementCategory, &'static str); 3] = [
        (ImprovementCategory::ProductsAndServices, "9.1.a"),
        (ImprovementCategory::UndesiredEffects, "9.1.b"),
        (ImprovementCategory::SystemPerformance, "9.1.c"),
    ];
}

crate::names::open_vocabulary! {
    /// Where an improvement opportunity came from.
    pub enum ImprovementOrigin {
        /// A management review output (8.3.3).
        ManagementReview = "managementReview",
        /// Data analysis and evaluation (8.1.4).
        Analysis = "analysis",
        /// A benchmark comparison (8.1.4.3).
        Benchmark = "benchmark",
        /// An internal audit.
        Audit = "audit",
        /// A nonconformity.
        Nonconformity = "nonconformity",
        /// Customer feedback.
        CustomerFeedback = "customerFeedback",
        /// A KPI trend.
        Kpi = "kpi",
        /// An employee suggestion.
        Suggestion = "suggestion",
        /// Anything else.
        Other = "other",
    }
}

/// State of an improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ImprovementStatus {
    /// Identified, not yet decided.
    Proposed,
    /// Selected for action.
    Selected,
    /// Being implemented.
    InProgress,
    /// Done.
    Implemented,
    /// Considered and not pursued.
    Rejected,
}

impl ImprovementStatus {
    /// Whether the opportunity was selected and acted upon (selected, in progress or done).
    pub fn is_selected(&self) -> bool {
        matches!(
            self,
            ImprovementStatus::Selected
                | ImprovementStatus::InProgress
                | ImprovementStatus::Implemented
        )
    }
}

/// An improvement opportunity and the action taken on it — GB/T 36311—2018, 9.1 ("应确定和选择
/// 改进机会") and 9.3 (which analysis results and review outputs it answers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImprovementRecord {
    /// Id.
    pub id: ImprovementId,
    /// Title.
    pub title: String,
    /// What is to be improved and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Which of 9.1 a)–c) it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<ImprovementCategory>,
    /// Where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<ImprovementOrigin>,
    /// Management reviews whose outputs it answers (9.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReviewId>,
    /// Analyses whose results it answers (9.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub analyses: Vec<MonitoringId>,
    /// Benchmarks that showed the need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benchmarks: Vec<BenchmarkId>,
    /// Audits that showed the need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audits: Vec<AuditId>,
    /// Nonconformities that showed the need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nonconformities: Vec<NonconformityId>,
    /// KPIs it should move.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiId>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ImprovementStatus>,
    /// Who selected it and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Approval>,
    /// The role responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Actions planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
    /// Target completion date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When it was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Date>,
    /// What it achieved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 9.2 nonconformities

crate::names::open_vocabulary! {
    /// Where a nonconformity was detected.
    pub enum NcSource {
        /// An internal audit finding.
        Audit = "audit",
        /// A customer complaint (9.2: "包括投诉所引起的不符合").
        Complaint = "complaint",
        /// A KPI result.
        Kpi = "kpi",
        /// Other customer feedback or a platform notice about a customer.
        Customer = "customer",
        /// Any other source (daily checks, supplier, regulator…).
        Other = "other",
        /// A management review output.
        ManagementReview = "managementReview",
        /// An audit by a customer, platform or other external party.
        ExternalAudit = "externalAudit",
        /// A certification body's audit.
        CertificationAudit = "certificationAudit",
        /// An inspection or notice by a regulator.
        RegulatorInspection = "regulatorInspection",
        /// A penalty, warning or deduction by a platform operator.
        PlatformPenalty = "platformPenalty",
        /// A provider's nonconformity found at receipt or in use.
        Supplier = "supplier",
    }
}

/// How grave a nonconformity's impact is; the corrective action must be proportionate to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum NcImpact {
    /// Little effect on customers or the system.
    Low,
    /// Noticeable effect, contained.
    Medium,
    /// Serious effect on customers, compliance or the system.
    High,
}

/// How the organization grades a nonconformity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum NcGrade {
    /// A major nonconformity (严重不符合): a requirement is missing or broken down.
    Major,
    /// A minor nonconformity (一般不符合): a lapse in a working arrangement.
    Minor,
}

/// State of a nonconformity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum NcStatus {
    /// Being handled.
    Open,
    /// Closed after the effectiveness review.
    Closed,
}

/// The reaction to a nonconformity — GB/T 36311—2018, 9.2 a).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NcReaction {
    /// a) 1) how the consequences were dealt with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequences: Option<String>,
    /// a) 2) how the nonconformity was controlled and corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// The evaluation of the need for action to remove causes — GB/T 36311—2018, 9.2 b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NcAnalysis {
    /// b) 1) review and analysis of the nonconformity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
    /// Method used (5 whys, fishbone…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// b) 2) causes found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<String>,
    /// b) 3) whether similar nonconformities exist or could occur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similar: Option<String>,
    /// Similar nonconformities found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<NonconformityId>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
}

/// Whether action is needed to remove the causes of a nonconformity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ActionNeed {
    /// Corrective action is needed.
    Needed,
    /// No action is needed: the causes are removed or cannot recur.
    NotNeeded,
}

/// The evaluation of the need for action to remove the causes of a nonconformity so that it
/// does not recur or occur elsewhere — GB/T 36311—2018, 9.2 b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ActionDecision {
    /// The decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<ActionNeed>,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl ActionDecision {
    /// A decision, its reason, who took it and when are all recorded.
    pub fn is_complete(&self) -> bool {
        self.decision.is_some()
            && self.reason.as_deref().is_some_and(|r| !r.trim().is_empty())
            && self.by.is_some()
            && self.date.is_some()
    }
}

/// A corrective action — GB/T 36311—2018, 9.2 c), g) 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CorrectiveAction {
    /// Id.
    pub id: ActionId,
    /// What is done.
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
    /// g) 2) its result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The review of the corrective actions' effectiveness — GB/T 36311—2018, 9.2 d).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EffectivenessReview {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// Whether the actions were effective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<bool>,
    /// What showed it (e.g. no recurrence in three months of data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// Whether the risks and opportunities had to be updated, and how — GB/T 36311—2018, 9.2 e).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RiskUpdate {
    /// Whether an update was needed (the decision must be recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed: Option<bool>,
    /// Risks and opportunities updated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<RiskId>,
    /// Documents updated (e.g. the risk register).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentId>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the update was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// Whether the management system had to be changed, and how — GB/T 36311—2018, 9.2 f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SystemChange {
    /// Whether a change was needed (the decision must be recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed: Option<bool>,
    /// Planned changes of the system (5.3) raised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<ChangeId>,
    /// Documents changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentId>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the change was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// A nonconformity (不符合) and its handling — GB/T 36311—2018, 9.2 a)–g).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Nonconformity {
    /// Id.
    pub id: NonconformityId,
    /// Title.
    pub title: String,
    /// g) 1) nature of the nonconformity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where it was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<NcSource>,
    /// The complaint it arose from (optional even for complaint-sourced ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ComplaintId>,
    /// The audit finding it arose from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_finding: Option<AuditFindingId>,
    /// The KPI whose result revealed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<KpiId>,
    /// Processes concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessId>,
    /// When it was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detected: Option<Date>,
    /// Who reported it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<PersonId>,
    /// How grave its impact is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<NcImpact>,
    /// The requirement of GB/T 36311—2018 not met, as a catalog id (`7.7.d`) or in the
    /// standard's notation (`7.7 d)`), when the organization names one; a nonconformity raised from an audit finding also counts
    /// against that finding's requirement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    /// How the organization graded it (major or minor); minor when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<NcGrade>,
    /// a) reaction.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub reaction: NcReaction,
    /// b) review, causes and similar cases.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub analysis: NcAnalysis,
    /// b) the decision, from the review and analysis, whether action is needed to remove
    /// the causes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_needed: Option<ActionDecision>,
    /// c) corrective actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrective_actions: Vec<CorrectiveAction>,
    /// d) effectiveness review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<EffectivenessReview>,
    /// e) update of risks and opportunities.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub risk_update: RiskUpdate,
    /// f) change of the management system.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub system_change: SystemChange,
    /// g) records retained.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<DocumentId>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<NcStatus>,
    /// When it was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Nonconformity {
    /// Whether it is closed.
    pub fn is_closed(&self) -> bool {
        self.status == Some(NcStatus::Closed)
    }

    /// Whether a complete (reasoned, dated, attributed) decision records that no corrective
    /// action is needed (9.2 b)).
    pub fn no_action_needed(&self) -> bool {
        self.action_needed
            .as_ref()
            .is_some_and(|d| d.decision == Some(ActionNeed::NotNeeded) && d.is_complete())
    }
}

crate::names::serialized_names!(ImprovementCategory);
