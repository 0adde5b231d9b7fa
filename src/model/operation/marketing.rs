//! Clause 7.4 — marketing management (营销管理): data collection and analysis, campaigns
//! planned and approved, resourced, supervised and evaluated.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, Extensions, Interval, Money, Schedule};
use crate::ids::{CampaignId, DocumentId, PersonId, PlatformId, ProductId};

/// Marketing management — GB/T 36311—2018, 7.4 a)–f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Marketing {
    /// The documented marketing procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Marketing data and information collected, and from where (a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_sources: Vec<String>,
    /// Periodic analysis of that data (b)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub analysis: Schedule,
    /// Periodic evaluation of the marketing process as a whole (f)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub process_evaluation: Schedule,
    /// How soon after its end a campaign must be evaluated: the organization's value of the
    /// parameter `campaignEvaluationWithin`, winning over `policy.parameters`; 30 days by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_evaluation_within: Option<Interval>,
    /// Campaigns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campaigns: Vec<Campaign>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A marketing campaign or promotion — GB/T 36311—2018, 7.4 c)–f): planned and "得到批准"
/// (approved) before it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    /// Id.
    pub id: CampaignId,
    /// Name.
    pub name: String,
    /// What it should achieve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<String>,
    /// The data and analysis it is based on (a), b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_basis: Option<String>,
    /// The campaign plan (c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<DocumentId>,
    /// Approval of the plan (c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Platforms it runs on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<PlatformId>,
    /// Products promoted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<ProductId>,
    /// Budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// Equipment, software and other resources provided (d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// First day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// Who supervises execution (e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<PersonId>,
    /// Supervision records: daily reports, compliance checks of promotion pages (e)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supervision_records: Vec<DocumentId>,
    /// Evaluation after the end (f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<CampaignEvaluation>,
    /// Called off before it started.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cancelled: bool,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Evaluation of a finished campaign — GB/T 36311—2018, 7.4 f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CampaignEvaluation {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Results against the objective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<String>,
    /// Lessons for later campaigns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lessons: Option<String>,
}
