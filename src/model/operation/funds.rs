//! Clause 7.6 — funds management (资金管理): the financial control system and the fund
//! procedures.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Extensions, Schedule};
use crate::ids::{DocumentId, FundControlId, RoleId};

/// Funds management — GB/T 36311—2018, 7.6.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FundManagement {
    /// The financial control system, one entry per function.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub financial_controls: Vec<FinancialControl>,
    /// Fund procedures, covering 7.6 a)–c).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fund_procedures: Vec<FundProcedure>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A function of the financial control system that 7.6 lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FinanceFunction {
    /// Financial forecasting.
    Forecasting,
    /// Financial decision-making.
    Decision,
    /// Planning and budgeting.
    Budgeting,
    /// Financial analysis.
    Analysis,
    /// Supervision.
    Supervision,
    /// Inspection (checks, reconciliations, audits).
    Inspection,
}

impl FinanceFunction {
    /// All functions 7.6 names.
    pub const ALL: [FinanceFunction; 6] = [
        FinanceFunction::Forecasting,
        FinanceFunction::Decision,
        FinanceFunction::Budgeting,
        FinanceFunction::Analysis,
        FinanceFunction::Supervision,
        FinanceFunction::Inspection,
    ];
}

/// One element of the financial control system — GB/T 36311—2018, 7.6: forecasting,
/// decision, budgeting, analysis, supervision and inspection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FinancialControl {
    /// Id.
    pub id: FundControlId,
    /// Which function it performs.
    pub function: FinanceFunction,
    /// What is done.
    pub description: String,
    /// The role responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Documented information that governs or records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// How often it runs and when it last ran.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub schedule: Schedule,
}

/// What a fund procedure provides for — GB/T 36311—2018, 7.6 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum FundPurpose {
    /// a) safe and timely online transactions and related activities.
    TransactionSafety,
    /// b) standards for fund operations.
    OperatingStandards,
    /// c) the whole e-commerce payment process.
    PaymentProcess,
}

impl FundPurpose {
    /// All purposes with the catalog item that asks for each.
    pub const ALL: [(FundPurpose, &'static str); 3] = [
        (FundPurpose::TransactionSafety, "7.6.a"),
        (FundPurpose::OperatingStandards, "7.6.b"),
        (FundPurpose::PaymentProcess, "7.6.c"),
    ];
}

/// A fund procedure — GB/T 36311—2018, 7.6: "应建立资金管理程序" for items a)–c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FundProcedure {
    /// Id.
    pub id: FundControlId,
    /// Name.
    pub name: String,
    /// What it provides for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<FundPurpose>,
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The role responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
}

crate::names::serialized_names!(FinanceFunction, FundPurpose);
