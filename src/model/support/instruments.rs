//! Clause 6.1.6 — monitoring and measuring resources: instruments and their calibration records.

use crate::common::{Approval, Date, Extensions, Schedule};
use crate::ids::{DocumentId, InstrumentId, RoleId, SiteId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::names::open_vocabulary! {
    /// Kind of monitoring or measuring resource.
    pub enum InstrumentKind {
        /// Weighing scale.
        Scale = "scale",
        /// Thermometer, hygrometer or data logger.
        Thermohygrometer = "thermohygrometer",
        /// Tape, ruler, gauge.
        DimensionalGauge = "dimensionalGauge",
        /// Colour or fabric tester.
        Tester = "tester",
        /// Website, uptime or performance monitoring tool.
        WebsiteMonitor = "websiteMonitor",
        /// Other software used to measure (analytics, survey tools).
        Software = "software",
        /// Anything else.
        Other = "other",
    }
}

/// State of a monitoring or measuring resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InstrumentStatus {
    /// In use.
    InUse,
    /// Taken out of use (quarantined, under repair).
    OutOfService,
    /// Disposed of.
    Retired,
}

crate::names::open_vocabulary! {
    /// How a resource is kept fit for purpose (6.1.6 b)).
    pub enum MaintenanceMethod {
        /// Calibration by an accredited laboratory or metrology institute.
        ExternalCalibration = "externalCalibration",
        /// Verification in house against a reference standard.
        InternalVerification = "internalVerification",
        /// Functional test (software tools: alerting, synthetic transactions).
        FunctionalCheck = "functionalCheck",
    }
}

/// Outcome of a calibration or verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CalibrationResult {
    /// Within tolerance.
    Pass,
    /// Out of tolerance, adjusted, now within tolerance.
    Adjusted,
    /// Out of tolerance.
    Fail,
}

/// A monitoring or measuring resource — GB/T 36311—2018, 6.1.6: suitable for the
/// measurement (a)), maintained (b)), with records as evidence of fitness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Instrument {
    /// Id.
    pub id: InstrumentId,
    /// Name.
    pub name: String,
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<InstrumentKind>,
    /// The site (`organization.sites`) where it is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// Asset tag or serial number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// State; in use when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InstrumentStatus>,
    /// Responsible role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Where it is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What it verifies (which product or service requirement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Range and accuracy needed by the measurement, and what the resource offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<String>,
    /// Who confirmed it suits the measurement, and when (6.1.6 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suitability_confirmed: Option<Approval>,
    /// How it is kept fit for purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MaintenanceMethod>,
    /// Calibration or verification interval and last date (6.1.6 b)).
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub calibration: Schedule,
    /// Calibration or verification records (evidence of fitness).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<CalibrationRecord>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Instrument {
    /// Whether the resource is in use (the default when no status is given).
    pub fn in_use(&self) -> bool {
        matches!(self.status, None | Some(InstrumentStatus::InUse))
    }
}

/// One calibration or verification — GB/T 36311—2018, 6.1.6 b).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CalibrationRecord {
    /// Date.
    pub date: Date,
    /// Outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<CalibrationResult>,
    /// Laboratory or person who did it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performed_by: Option<String>,
    /// The certificate or verification record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<DocumentId>,
}
