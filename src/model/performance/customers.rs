//! Clause 8.1.3 — monitoring of customer satisfaction and credit rating.

use crate::common::{Date, ExactDecimal, Extensions, Interval};
use crate::ids::{KpiId, MonitoringId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
