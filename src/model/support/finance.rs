//! Clause 6.1.3 — financial resources: fund needs, budget lines and variance actions.

use crate::common::{Date, ExactDecimal, Extensions, Money, Schedule};
use crate::ids::{ActionId, DocumentId, PersonId, ResourceId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Time horizon of a fund need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FundHorizon {
    /// Within twelve months (working capital, peak-season stock).
    ShortTerm,
    /// Beyond twelve months (investment).
    LongTerm,
}

/// Financial resources — GB/T 36311—2018, 6.1.3: fund needs determined and supplied,
/// actual use compared with the plan, and action taken.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FinancialResources {
    /// The budget or fund procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Short- and long-term fund needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fund_needs: Vec<FundNeed>,
    /// Budget lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget_lines: Vec<BudgetLine>,
    /// Variance, in percent of the plan, beyond which action is required (e.g. `"10"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variance_threshold: Option<ExactDecimal>,
    /// How often actual spending is compared with the plan, and when it last was.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub comparison: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A need for funds and how it is supplied — GB/T 36311—2018, 6.1.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FundNeed {
    /// Id.
    pub id: ResourceId,
    /// What the money is for.
    pub description: String,
    /// Short or long term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<FundHorizon>,
    /// How much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// When it is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by: Option<Date>,
    /// Where the money comes from (cash flow, credit line, capital…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One line of the budget, with the actual spending to compare — GB/T 36311—2018, 6.1.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BudgetLine {
    /// Id.
    pub id: ResourceId,
    /// Name of the line.
    pub name: String,
    /// Role accountable for the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// First day of the budget period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_from: Option<Date>,
    /// Last day of the budget period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_to: Option<Date>,
    /// Planned amount for the whole period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<Money>,
    /// Planned amount up to `actualAsOf`, when the period is not over; the comparison uses
    /// it instead of `planned`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_to_date: Option<Money>,
    /// Actual spending up to `actualAsOf`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Money>,
    /// Date the actual figure runs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_as_of: Option<Date>,
    /// A threshold for this line overriding the general one, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variance_threshold: Option<ExactDecimal>,
    /// Actions decided on the variance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<VarianceAction>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An action decided because actual spending departed from the plan — GB/T 36311—2018,
/// 6.1.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VarianceAction {
    /// Id.
    pub id: ActionId,
    /// What was decided.
    pub description: String,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<Date>,
    /// Who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<PersonId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
