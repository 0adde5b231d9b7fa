//! Clause 7.2.2 — platform selection: the strategy, platforms and stores.

use crate::common::{Approval, Date, Extensions, Schedule};
use crate::ids::{DocumentId, LegalEntityId, PlatformId, StoreId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Platform selection — GB/T 36311—2018, 7.2.2: a platform selection strategy, the platforms
/// chosen or built, and their timely adjustment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlatformSelection {
    /// The platform selection strategy ("应制定", shall be set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<PlatformStrategy>,
    /// Platforms chosen or built.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The platform selection strategy — GB/T 36311—2018, 7.2.2 a), b).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlatformStrategy {
    /// Documented information holding the strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// How a platform is judged able to serve the target customers now and later (a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_fit_criteria: Option<String>,
    /// How a platform is judged forward-looking for the organization and the market (b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlook_criteria: Option<String>,
    /// Who approved the strategy and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
}

crate::names::open_vocabulary! {
    /// Whether the organization uses a third-party platform or runs its own.
    pub enum PlatformKind {
        /// A third-party marketplace (Tmall, JD…).
        ThirdParty = "thirdParty",
        /// The organization's own web shop, app or mini-program.
        Own = "own",
        /// A social-commerce or live-streaming channel.
        Social = "social",
        /// A live-streaming e-commerce platform or live room (直播电商).
        LiveStreaming = "liveStreaming",
        /// A mini-program inside a super-app (小程序).
        MiniProgram = "miniProgram",
        /// A cross-border marketplace selling to buyers in other customs territories.
        CrossBorderMarketplace = "crossBorderMarketplace",
    }
}

/// Lifecycle state of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PlatformStatus {
    /// Being evaluated.
    Candidate,
    /// Trading.
    Active,
    /// Left.
    Withdrawn,
}

/// An e-commerce platform the organization trades on — GB/T 36311—2018, 7.2.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Platform {
    /// Id.
    pub id: PlatformId,
    /// Name of the platform.
    pub name: String,
    /// Who operates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// Third-party, own or social.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PlatformKind>,
    /// Name or address of the organization's store on it (a single store in words; see
    /// `stores` for several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    /// The organization's stores on it, each with the legal entity that runs it and its
    /// dates. The scope (3.3) says which of them it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stores: Vec<Store>,
    /// Lifecycle state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PlatformStatus>,
    /// When it was selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_on: Option<Date>,
    /// Assessment of its ability and potential to serve the target customers (7.2.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_fit: Option<String>,
    /// Assessment of how forward-looking it is (7.2.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlook: Option<String>,
    /// Periodic review of whether to keep, adjust or leave the platform.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A store the organization runs on a platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Store {
    /// Id.
    pub id: StoreId,
    /// Name of the store.
    pub name: String,
    /// The legal entity that holds the store account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<LegalEntityId>,
    /// Web address of the store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// First day open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_on: Option<Date>,
    /// Last day open; from the day after, the store no longer counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Store {
    /// Whether the store is open on a date.
    pub fn is_open(&self, on: Date) -> bool {
        self.opened_on.is_none_or(|o| o <= on) && self.closed_on.is_none_or(|c| c >= on)
    }
}
