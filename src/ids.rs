//! Typed identifiers.
//!
//! Every entity kind has its own id newtype around a [`Uuid`], so a [`SupplierId`] cannot stand
//! where a [`DocumentId`] belongs. In JSON an id is a plain UUID string; a malformed UUID fails
//! to parse with a located error.
//!
//! The newtypes serialize through `serialize_newtype_struct` with a name that carries the
//! entity kind. JSON output is unaffected (serde_json writes the bare string), but the crate's
//! reference walker ([`crate::refs`]) sees the kind and the path of every id in a document.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Prefix of the serde newtype name of every id type; the rest of the name is the kind.
pub(crate) const ID_NEWTYPE_PREFIX: &str = "ecms-id:";

/// Why a string is not an id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid id {0:?}: expected a UUID of 36 characters, hyphenated, e.g. \"61200000-0000-4000-8000-000000000001\""
)]
pub struct IdError(pub String);

/// Parses only the hyphenated 36-character form (the uuid crate also reads the simple,
/// braced and URN forms, which the JSON Schema's `format: uuid` refuses).
fn parse_hyphenated(s: &str) -> Result<Uuid, IdError> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        });
    if !shape_ok {
        return Err(IdError(s.to_owned()));
    }
    Uuid::parse_str(s).map_err(|_| IdError(s.to_owned()))
}

macro_rules! define_ids {
    ($( $(#[$meta:meta])* $name:ident => $kind:literal ),* $(,)?) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub struct $name(pub Uuid);

            impl $name {
                /// The entity kind this id names, as used in findings (`"supplier"`).
                pub const KIND: &'static str = $kind;

                /// Wraps a UUID.
                pub const fn new(uuid: Uuid) -> Self {
                    Self(uuid)
                }

                /// The UUID inside.
                pub const fn uuid(&self) -> Uuid {
                    self.0
                }
            }

            impl From<Uuid> for $name {
                fn from(u: Uuid) -> Self {
                    Self(u)
                }
            }

            impl fmt::Display for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl FromStr for $name {
                type Err = IdError;
                fn from_str(s: &str) -> Result<Self, Self::Err> {
                    parse_hyphenated(s).map(Self)
                }
            }

            impl Serialize for $name {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_newtype_struct(concat!("ecms-id:", $kind), &self.0)
                }
            }

            impl<'de> Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let s = std::borrow::Cow::<str>::deserialize(d)?;
                    parse_hyphenated(&s).map(Self).map_err(serde::de::Error::custom)
                }
            }

            impl schemars::JsonSchema for $name {
                fn inline_schema() -> bool {
                    true
                }
                fn schema_name() -> std::borrow::Cow<'static, str> {
                    stringify!($name).into()
                }
                fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                    schemars::json_schema!({
                        "type": "string",
                        "format": "uuid",
                        "description": concat!("Id (UUID) of a ", $kind, ".")
                    })
                }
            }
        )*

        /// Every id kind the model knows, for documentation and the reference walker.
        pub const ID_KINDS: &[&str] = &[$($kind),*];
    };
}

define_ids! {
    /// Id of an internal or external context factor (3.1).
    ContextFactorId => "contextFactor",
    /// Id of an interested party (3.2).
    InterestedPartyId => "interestedParty",
    /// Id of a scope exclusion (3.3).
    ExclusionId => "exclusion",
    /// Id of a legal entity of the organization (operating company, subsidiary, branch…).
    LegalEntityId => "legalEntity",
    /// Id of a site of the organization (office, warehouse, studio…).
    SiteId => "site",
    /// Id of a store the organization runs on an e-commerce platform (7.2.2).
    StoreId => "store",
    /// Id of an entry of the register of compliance obligations (3.1 d), 4.1.2 a)).
    ComplianceObligationId => "complianceObligation",
    /// Id of a process of the management system (3.4, 7.1).
    ProcessId => "process",
    /// Id of a strategy (4.2).
    StrategyId => "strategy",
    /// Id of a role / post (4.3).
    RoleId => "role",
    /// Id of a person working under the organization's control (6.1.2, 6.2).
    PersonId => "person",
    /// Id of a communication plan entry (4.4).
    CommunicationId => "communication",
    /// Id of a risk or opportunity (5.1).
    RiskId => "risk",
    /// Id of an action (risk treatment, objective plan step, corrective action…).
    ActionId => "action",
    /// Id of an objective (5.2).
    ObjectiveId => "objective",
    /// Id of a planned change of the management system (5.3).
    ChangeId => "change",
    /// Id of a resource plan, budget or resource record (6.1).
    ResourceId => "resource",
    /// Id of an infrastructure or technology asset (6.1.5).
    AssetId => "asset",
    /// Id of a monitoring or measuring resource (6.1.6).
    InstrumentId => "instrument",
    /// Id of a knowledge item (6.1.7).
    KnowledgeId => "knowledge",
    /// Id of a competence requirement (6.2).
    CompetenceId => "competence",
    /// Id of a training or other competence action (6.2 c), 6.3).
    TrainingId => "training",
    /// Id of a piece of documented information (6.4).
    DocumentId => "document",
    /// Id of an e-commerce platform (7.2.2).
    PlatformId => "platform",
    /// Id of a product (7.2.3).
    ProductId => "product",
    /// Id of a price change (7.2.3 d)).
    PriceChangeId => "priceChange",
    /// Id of a customer complaint or feedback (7.2.4).
    ComplaintId => "complaint",
    /// Id of a customer-property record (7.2.4).
    CustomerPropertyId => "customerProperty",
    /// Id of a crisis scenario or event (7.2.5).
    CrisisId => "crisis",
    /// Id of an order (7.3.2).
    OrderId => "order",
    /// Id of an external provider / supplier (7.3.3).
    SupplierId => "supplier",
    /// Id of a purchase (7.3.3.3).
    PurchaseId => "purchase",
    /// Id of a carrier / logistics arrangement (7.3.4).
    CarrierId => "carrier",
    /// Id of a sales channel or channel partner (7.3.5).
    ChannelId => "channel",
    /// Id of a warehouse (7.3.6).
    WarehouseId => "warehouse",
    /// Id of a payment platform (7.3.7).
    PaymentPlatformId => "paymentPlatform",
    /// Id of a marketing campaign (7.4).
    CampaignId => "campaign",
    /// Id of an information system (7.5).
    SystemId => "system",
    /// Id of a fund procedure or financial control (7.6).
    FundControlId => "fundControl",
    /// Id of an information-security incident (7.7).
    IncidentId => "incident",
    /// Id of a KPI (8.1.4.2).
    KpiId => "kpi",
    /// Id of a monitoring-plan entry, survey or analysis (8.1).
    MonitoringId => "monitoring",
    /// Id of a benchmark (8.1.4.3).
    BenchmarkId => "benchmark",
    /// Id of an internal audit (8.2).
    AuditId => "audit",
    /// Id of an audit finding (8.2).
    AuditFindingId => "auditFinding",
    /// Id of a management review (8.3).
    ReviewId => "managementReview",
    /// Id of a nonconformity (9.2).
    NonconformityId => "nonconformity",
    /// Id of an improvement (9.1, 9.3).
    ImprovementId => "improvement",
    /// Id of a self-assessment of one requirement.
    AssessmentId => "assessment",
}
