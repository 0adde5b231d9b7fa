//! Clause 7.3.4 — distribution and transport: the procedure and carriers.

use super::providers::{provider_listed_on, provider_status_on};
use super::{
    ProviderAgreement, ProviderEvaluation, ProviderStatus, ProviderStatusChange, ProvisionControl,
    Qualification,
};
use crate::common::{Date, Extensions, Interval};
use crate::ids::{CarrierId, DocumentId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The distribution and transport procedure — GB/T 36311—2018, 7.3.4 a)–f).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DistributionProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// The single information system and dispatching through which distribution is run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unified_dispatch: Option<String>,
    /// a) stock preparation: sourcing, ordering, consolidation, cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_preparation: Option<String>,
    /// b) storage: time control, sources and arrivals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// c) sorting and picking: efficiency, automation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sorting_and_picking: Option<String>,
    /// d) consolidation and loading of different customers' goods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loading: Option<String>,
    /// e) transport: modes, vehicles, monitoring, cost control.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transport: Option<String>,
    /// f) risk management of distribution and transport.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub risk_management: DeliveryRiskControls,
}

/// Risk management of distribution and transport — 7.3.4 f) 1)–4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryRiskControls {
    /// 1) the carriers' qualification and reputation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_qualification: Option<String>,
    /// 2) timeliness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeliness: Option<String>,
    /// 3) assurance of the process (tracking, packaging, insurance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process_assurance: Option<String>,
    /// 4) claims for loss and damage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<String>,
}

impl Carrier {
    /// Its status on a date: before its first history entry none; from its latest entry on
    /// (or without a history) its current `status`; in between the history entry in force.
    pub fn status_on(&self, on: Date) -> Option<ProviderStatus> {
        provider_status_on(&self.history, self.status, on)
    }

    /// Whether it is on the register on a date (from its first history entry on).
    pub fn listed_on(&self, on: Date) -> bool {
        provider_listed_on(&self.history, on)
    }
}

/// A carrier or logistics provider — GB/T 36311—2018, 7.3.4 (an external provider under
/// 7.3.3 as well).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Carrier {
    /// Id.
    pub id: CarrierId,
    /// Name.
    pub name: String,
    /// Services used (express parcels, bulky freight…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Where it stands now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProviderStatus>,
    /// Its status changes with the day each took effect, so that its status on an earlier
    /// date can be read; from the latest entry on, `status` is the status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<ProviderStatusChange>,
    /// When it was approved for use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// A strategic supply-chain partner (7.3.1).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strategic_partner: bool,
    /// Cases of 7.3.3.1 that apply, with the controls determined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provision: Vec<ProvisionControl>,
    /// Operating licences and certificates (7.3.4 f) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifications: Vec<Qualification>,
    /// Contract (7.3.3.2 a), b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<ProviderAgreement>,
    /// Agreed delivery time (7.3.4 f) 2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_commitment: Option<String>,
    /// Process assurance: tracking, insurance, handling (7.3.4 f) 3)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_assurance: Vec<String>,
    /// Claims terms for loss, damage and delay (7.3.4 f) 4)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims_terms: Option<String>,
    /// Evaluations, initial and periodic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<ProviderEvaluation>,
    /// Declared re-evaluation interval; at most a year (7.3.3.2 f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval: Option<Interval>,
    /// Handles customers' personal data on the organization's behalf (names, addresses,
    /// telephone numbers), so bound by security obligations under 7.7.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub handles_customer_data: bool,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
