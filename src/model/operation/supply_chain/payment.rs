//! Clause 7.3.7 — payment: the procedure and payment platforms, licences, security assessments.

use super::Qualification;
use crate::common::{Date, Extensions, Interval};
use crate::ids::{DocumentId, PaymentPlatformId, PersonId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A technical measure protecting transaction and payment data — 7.3.7 a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DataProtectionMeasure {
    /// The measure.
    pub description: String,
    /// Keeps unrelated third parties from reading the data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidentiality: bool,
    /// Keeps the data from being altered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub integrity: bool,
}

/// A risk to customers' personal data found in transaction and payment data — 7.3.7 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PiiRisk {
    /// The risk.
    pub description: String,
    /// Rating on the organization's scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<String>,
    /// Controls applied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
}

/// The security risk assessment of personal data in transaction and payment data —
/// 7.3.7 b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PiiRiskAssessment {
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<PersonId>,
    /// Report on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocumentId>,
    /// Risks found and their controls.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<PiiRisk>,
}

/// The payment management procedure — GB/T 36311—2018, 7.3.7 a), b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// a) technical measures protecting transaction and payment data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_protection: Vec<DataProtectionMeasure>,
    /// b) risk assessment of personal data in transaction and payment data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pii_risk_assessment: Option<PiiRiskAssessment>,
}

/// An information-security assessment of a payment platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SecurityAssessment {
    /// Date.
    pub date: Date,
    /// What was assessed and by whom (PCI DSS assessor, classified protection test…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Passed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub passed: bool,
    /// Report or attestation on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocumentId>,
}

/// A transaction or payment platform — GB/T 36311—2018, 7.3.7: chosen among those
/// recognised by a competent authority and regularly managing information security.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PaymentPlatform {
    /// Id.
    pub id: PaymentPlatformId,
    /// Name.
    pub name: String,
    /// Operating company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// In use since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// No longer used.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    /// Licence or certification from a competent authority (e.g. a payment business
    /// licence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Qualification>,
    /// Other security certifications (PCI DSS, classified protection level 3…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<Qualification>,
    /// Information-security assessments of the platform.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security_assessments: Vec<SecurityAssessment>,
    /// How often the platform's information security must be assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_interval: Option<Interval>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
