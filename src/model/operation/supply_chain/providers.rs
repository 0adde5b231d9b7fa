//! Clauses 7.3.3.1 and 7.3.3.2 — external providers: provision controls, suppliers, evaluations.

use crate::common::{Date, ExactDecimal, Extensions, Interval, Money};
use crate::ids::{DocumentId, PersonId, PurchaseId, SupplierId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The situations in which controls over external provision must be determined —
/// GB/T 36311—2018, 7.3.3.1 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ProvisionCase {
    /// a) what the provider supplies becomes part of the organization's own products or
    /// services.
    PartOfOwnOffering,
    /// b) the provider delivers products or services directly to customers on the
    /// organization's behalf.
    DirectToCustomer,
    /// c) the organization has the provider run a process or part of one.
    OutsourcedProcess,
}

impl ProvisionCase {
    /// The catalog item of the case.
    pub fn item(&self) -> &'static str {
        match self {
            ProvisionCase::PartOfOwnOffering => "7.3.3.1.a",
            ProvisionCase::DirectToCustomer => "7.3.3.1.b",
            ProvisionCase::OutsourcedProcess => "7.3.3.1.c",
        }
    }
}

/// What a provider supplies in one of the cases of 7.3.3.1, and the controls determined
/// for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProvisionControl {
    /// The case.
    pub case: ProvisionCase,
    /// What is supplied (product, service or process).
    pub what: String,
    /// The controls applied (inspection, SLA monitoring, audits…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
}

/// Where an external provider stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ProviderStatus {
    /// Being evaluated; not to be used yet.
    Candidate,
    /// Approved for use.
    Approved,
    /// Approved with conditions (improvement plan, closer monitoring).
    ConditionallyApproved,
    /// Temporarily not to be used.
    Suspended,
    /// No longer used.
    Terminated,
}

impl ProviderStatus {
    /// Whether the provider may currently be used.
    pub fn is_active(&self) -> bool {
        matches!(
            self,
            ProviderStatus::Approved | ProviderStatus::ConditionallyApproved
        )
    }
}

/// A change of an external provider's status, in force from a date until the next change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderStatusChange {
    /// The status from that day.
    pub status: ProviderStatus,
    /// First day of the status.
    pub from: Date,
    /// Why it changed (evaluation, complaint, contract ended…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A provider's status on a date (see [`crate::common::status_on`]).
pub(super) fn provider_status_on(
    history: &[ProviderStatusChange],
    current: Option<ProviderStatus>,
    on: Date,
) -> Option<ProviderStatus> {
    crate::common::status_on(history, current.as_ref(), on, |h| h.from, |h| h.status)
}

/// Whether a provider is on the register on a date: always, without a history; else from its
/// first history entry on.
pub(super) fn provider_listed_on(history: &[ProviderStatusChange], on: Date) -> bool {
    history.is_empty() || history.iter().any(|h| h.from <= on)
}

/// A licence, permit, certificate or other qualification of a provider (its issuer being
/// an authority or certification body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Qualification {
    /// What it is: business licence, express delivery permit, ISO 9001 certificate, payment
    /// business licence…
    pub kind: String,
    /// Its number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Who issued it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Date of issue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<Date>,
    /// Last day of validity; absent for a qualification without expiry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// A copy on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
}

/// The agreement through which a provider knows its responsibilities and the agreed
/// requirements — 7.3.3.2 a), b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderAgreement {
    /// Contract or quality agreement on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Date signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Date>,
    /// Last day of validity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
}

/// An aspect a provider is rated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvaluationAspect {
    /// Qualification and reputation (7.3.3.2 g) 1)).
    QualificationAndReputation,
    /// Quality of the product or service (g) 2)).
    Quality,
    /// Lead time / delivery time (g) 3)).
    LeadTime,
    /// After-sales service, claims handling (g) 4)).
    AfterSales,
    /// Price and cost.
    Price,
    /// Capacity.
    Capacity,
    /// Social and environmental compliance.
    Compliance,
}

impl EvaluationAspect {
    /// The risk aspects 7.3.3.2 g) requires to be controlled, with their sub-items.
    pub const REQUIRED: [(EvaluationAspect, &'static str); 4] = [
        (EvaluationAspect::QualificationAndReputation, "7.3.3.2.g.1"),
        (EvaluationAspect::Quality, "7.3.3.2.g.2"),
        (EvaluationAspect::LeadTime, "7.3.3.2.g.3"),
        (EvaluationAspect::AfterSales, "7.3.3.2.g.4"),
    ];
}

/// The rating of one aspect in an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AspectRating {
    /// The aspect.
    pub aspect: EvaluationAspect,
    /// Score on the organization's scale (e.g. 0–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<ExactDecimal>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why an evaluation was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvaluationKind {
    /// Selection of a new provider.
    Initial,
    /// Scheduled re-evaluation (7.3.3.2 f)).
    Periodic,
    /// Triggered by an incident or change.
    Special,
}

/// The outcome of an evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvaluationResult {
    /// Fit for use.
    Approved,
    /// Fit for use under conditions.
    ConditionallyApproved,
    /// Not fit for use.
    Rejected,
}

/// An evaluation of an external provider's ability to meet the organization's
/// requirements — GB/T 36311—2018, 7.3.3.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderEvaluation {
    /// Date of the evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Why it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EvaluationKind>,
    /// Who evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<PersonId>,
    /// Ratings per aspect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<AspectRating>,
    /// The outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<EvaluationResult>,
    /// The evaluation report on file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<DocumentId>,
}

crate::names::open_vocabulary! {
    /// Kind of supplier.
    pub enum SupplierKind {
        /// Fabric or trim supplier.
        Materials = "materials",
        /// Packaging supplier.
        Packaging = "packaging",
        /// Printing, labels, tags.
        Printing = "printing",
        /// Service provider (photography, IT, agency…).
        Service = "service",
        /// Anything else.
        Other = "other",
        /// Manufacturer of finished goods.
        Manufacturer = "manufacturer",
        /// Distributor, wholesaler or brand agent.
        Distributor = "distributor",
        /// Carrier, express or freight forwarder.
        Logistics = "logistics",
        /// Warehouse or fulfilment operator, including bonded warehouses.
        Warehousing = "warehousing",
        /// Customs broker or declaration agent (报关).
        CustomsBroker = "customsBroker",
        /// Cloud hosting, software or other IT service.
        CloudIt = "cloudIt",
        /// Outsourced customer service (客服外包).
        CustomerServiceOutsourcing = "customerServiceOutsourcing",
        /// Marketing, advertising, live-streaming or influencer agency.
        MarketingAgency = "marketingAgency",
        /// Payment or settlement service.
        Payment = "payment",
    }
}

impl Supplier {
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

/// An external provider of products or services — GB/T 36311—2018, 7.3.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Supplier {
    /// Id.
    pub id: SupplierId,
    /// Name.
    pub name: String,
    /// Kind of supplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SupplierKind>,
    /// What the organization buys from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplies: Option<String>,
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
    /// Licences and certificates (7.3.3.2 g) 1)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifications: Vec<Qualification>,
    /// Contract or quality agreement (7.3.3.2 a), b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<ProviderAgreement>,
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

/// The external-provider management procedure — GB/T 36311—2018, 7.3.3.2 a)–g): each
/// field says how the procedure provides for the item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderProcedure {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// How providers are selected on their capability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection_criteria: Option<String>,
    /// a) how providers learn their responsibilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibilities: Option<String>,
    /// b) how agreed requirements are made sure of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_requirements: Option<String>,
    /// c) how changes to requirements and responsibilities are managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_management: Option<String>,
    /// d) how business transactions with all parties are recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_records: Option<String>,
    /// e) how provider performance is controlled and monitored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance_monitoring: Option<String>,
    /// f) the periodic review of providers' service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periodic_review: Option<String>,
    /// g) controls of purchasing risks.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub risk_controls: PurchasingRiskControls,
}

/// Controls of purchasing risks — 7.3.3.2 g) 1)–4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PurchasingRiskControls {
    /// 1) supplier qualification and reputation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification_and_reputation: Option<String>,
    /// 2) product quality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_quality: Option<String>,
    /// 3) delivery lead time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_time: Option<String>,
    /// 4) after-sales service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_sales: Option<String>,
}

crate::names::open_vocabulary! {
    /// Kind of business transaction with an external provider.
    pub enum TransactionKind {
        /// A purchase or call-off.
        Purchase = "purchase",
        /// Goods returned to the provider.
        Return = "return",
        /// A claim against the provider (defects, shortage, damage, delay).
        Claim = "claim",
        /// A settlement of accounts, a payment or a credit note.
        Settlement = "settlement",
        /// Anything else.
        Other = "other",
    }
}

/// A business transaction with an external provider and its retained record —
/// GB/T 36311—2018, 7.3.3.2 d).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProviderTransaction {
    /// Kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TransactionKind>,
    /// When it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<SupplierId>,
    /// The purchase it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase: Option<PurchaseId>,
    /// What it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The amount, where money changed hands or was claimed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// The retained record (return note, claim letter, credit note, statement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(ProvisionCase, EvaluationAspect, ProviderStatus);
