//! Clause 7.3.5 — channel management: channels and their partners.

use super::ProviderAgreement;
use crate::common::{Date, Extensions, Schedule};
use crate::ids::{ChannelId, DocumentId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The channel management process — GB/T 36311—2018, 7.3.5 a)–d).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChannelManagement {
    /// The documented procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// a) how channel models are chosen from product and market factors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_selection: Option<String>,
    /// b) the rules channel partners must follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_rules: Option<DocumentId>,
    /// c) training and resources provided to channel partners.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_support: Option<String>,
    /// d) review of the channel layout, at an interval the organization sets.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub layout_review: Schedule,
}

crate::names::open_vocabulary! {
    /// Kind of channel model.
    pub enum ChannelModel {
        /// The organization's own store on a third-party platform.
        PlatformStore = "platformStore",
        /// The organization's own website or app.
        OwnSite = "ownSite",
        /// Sales through distributors or resellers.
        Distribution = "distribution",
        /// Consignment / drop-ship by a platform (e.g. self-operated platform buying).
        Consignment = "consignment",
        /// Live-stream or social commerce with partners.
        SocialCommerce = "socialCommerce",
        /// Live-streaming sales in own or partners' live rooms.
        LiveStreaming = "liveStreaming",
        /// The organization's mini-program.
        MiniProgram = "miniProgram",
        /// Cross-border sales channel.
        CrossBorder = "crossBorder",
    }
}

/// Training given to a channel partner — 7.3.5 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PartnerTraining {
    /// Date.
    pub date: Date,
    /// Topic.
    pub topic: String,
}

/// A channel partner (渠道商) — 7.3.5 b), c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChannelPartner {
    /// Name.
    pub name: String,
    /// Signed agreement binding the partner to the channel rules (b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<ProviderAgreement>,
    /// Training given (c).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainings: Vec<PartnerTraining>,
    /// Resources provided (product images, sample stock, brand guide…) (c).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
}

/// A sales channel — GB/T 36311—2018, 7.3.5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Channel {
    /// Id.
    pub id: ChannelId,
    /// Name.
    pub name: String,
    /// Channel model (a).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ChannelModel>,
    /// Why the channel fits the products and the market (a).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// In use since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// No longer used.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    /// Channel partners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<ChannelPartner>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
