//! Chapter 4 — leadership (领导作用): evidence of top management's commitment (4.1), the
//! e-commerce strategies and how they are communicated (4.2), roles with their
//! responsibilities and authorities (4.3), and the communication plan (4.4).
//!
//! Dates are read *as of* the evaluation date: a record dated after it (an approval, a
//! briefing, an acknowledgement) counts as not having happened yet.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Approval, Extensions, Schedule};
use crate::ids::{
    CommunicationId, ContextFactorId, DocumentId, InterestedPartyId, PersonId, RoleId, StrategyId,
};

/// Chapter 4 records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Leadership {
    /// Evidence of top management's leadership and commitment (4.1.1, 4.1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<CommitmentEvidence>,
    /// Business, competitive and cooperation strategies (4.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<Strategy>,
    /// Roles (posts) with their responsibilities and authorities (4.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Which role carries each management-system duty of 4.3 a)–e).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duty_assignments: Vec<DutyAssignment>,
    /// The internal and external communication plan (4.4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communication_plan: Vec<CommunicationPlanEntry>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 4.1 Leadership and commitment

/// The ways top management demonstrates leadership — GB/T 36311—2018, 4.1.1 a)–j) and
/// 4.1.2 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CommitmentItem {
    /// 4.1.1 a) taking accountability for the system's effectiveness.
    Accountability,
    /// 4.1.1 b) ensuring strategy and objectives are established.
    StrategyAndObjectives,
    /// 4.1.1 c) ensuring the system's requirements are built into business processes.
    ProcessIntegration,
    /// 4.1.1 d) promoting the process approach and risk-based thinking.
    ProcessApproach,
    /// 4.1.1 e) ensuring the resources needed are available.
    Resources,
    /// 4.1.1 f) communicating why effective management and conformity matter.
    CommunicatingImportance,
    /// 4.1.1 g) ensuring the system achieves its intended results.
    IntendedResults,
    /// 4.1.1 h) engaging, directing and supporting people.
    EngagingPeople,
    /// 4.1.1 i) promoting continual improvement.
    ContinualImprovement,
    /// 4.1.1 j) supporting other managers in their areas.
    SupportingManagers,
    /// 4.1.2 a) customer and legal requirements determined, understood and met.
    CustomerRequirements,
    /// 4.1.2 b) risks and opportunities affecting conformity and satisfaction addressed.
    CustomerRisks,
    /// 4.1.2 c) focus on enhancing customer satisfaction maintained.
    CustomerSatisfaction,
}

impl CommitmentItem {
    /// Every item with the catalog id of the requirement it demonstrates.
    pub const ALL: [(CommitmentItem, &'static str); 13] = [
        (CommitmentItem::Accountability, "4.1.1.a"),
        (CommitmentItem::StrategyAndObjectives, "4.1.1.b"),
        (CommitmentItem::ProcessIntegration, "4.1.1.c"),
        (CommitmentItem::ProcessApproach, "4.1.1.d"),
        (CommitmentItem::Resources, "4.1.1.e"),
        (CommitmentItem::CommunicatingImportance, "4.1.1.f"),
        (CommitmentItem::IntendedResults, "4.1.1.g"),
        (CommitmentItem::EngagingPeople, "4.1.1.h"),
        (CommitmentItem::ContinualImprovement, "4.1.1.i"),
        (CommitmentItem::SupportingManagers, "4.1.1.j"),
        (CommitmentItem::CustomerRequirements, "4.1.2.a"),
        (CommitmentItem::CustomerRisks, "4.1.2.b"),
        (CommitmentItem::CustomerSatisfaction, "4.1.2.c"),
    ];

    /// Catalog id of the requirement, e.g. `4.1.1.a`.
    pub fn clause(&self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(i, _)| i == self)
            .map(|(_, c)| *c)
            .unwrap_or("4.1")
    }
}

/// One act by which a member of top management demonstrated leadership and commitment —
/// GB/T 36311—2018, 4.1.1 ("应证实其…领导作用和承诺") and 4.1.2 (customer focus).
///
/// Examples: signing the accountability statement in the manual, chairing the management
/// review, approving the resource plan, an all-staff address on the system's importance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CommitmentEvidence {
    /// Which requirement it demonstrates.
    pub item: CommitmentItem,
    /// What was done.
    pub description: String,
    /// The member of top management who did it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Documented information that shows it (minutes, signed statement, approved plan…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 4.2 Strategy

/// Whether a strategy fits the organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Fitness {
    /// It fits.
    Fits,
    /// It fits in part; some basis does not match.
    PartlyFits,
    /// It does not fit.
    DoesNotFit,
}

/// Top management's verdict on whether a strategy fits the organization's overall strategy,
/// capabilities, internal and external factors, compliance requirements, interested
/// parties' needs and resources — GB/T 36311—2018, 4.2.1, last paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FitnessVerdict {
    /// The verdict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Fitness>,
    /// When it was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who reached it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<crate::ids::PersonId>,
    /// Remarks: what does not fit and what follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

crate::names::open_vocabulary! {
    /// The three kinds of e-commerce strategy of 4.2.1 a)–c).
    pub enum StrategyKind {
        /// 4.2.1 a) business strategy (经营战略).
        Business = "business",
        /// 4.2.1 b) competitive strategy (竞争战略).
        Competitive = "competitive",
        /// 4.2.1 c) cooperation strategy (合作战略).
        Cooperation = "cooperation",
        /// Any further strategy (e.g. a channel or technology strategy).
        Other = "other",
    }
}

impl StrategyKind {
    /// The three required kinds with their catalog items.
    pub const REQUIRED: [(StrategyKind, &'static str); 3] = [
        (StrategyKind::Business, "4.2.1.a"),
        (StrategyKind::Competitive, "4.2.1.b"),
        (StrategyKind::Cooperation, "4.2.1.c"),
    ];
}

/// What a strategy must take into account — the sub-items of GB/T 36311—2018, 4.2.1 a)–c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum StrategyAspect {
    /// a) 1) prerequisites of the business: field of operation, positioning.
    BusinessPrerequisites,
    /// a) 2) using the network for brand value, sales and purchasing channels, customer
    /// relationships.
    OnlineBrandAndChannels,
    /// b) 1) potential new competitors.
    PotentialEntrants,
    /// b) 2) substitute products or services.
    Substitutes,
    /// b) 3) bargaining power of customers.
    CustomerBargainingPower,
    /// b) 4) bargaining power of suppliers.
    SupplierBargainingPower,
    /// b) 5) rivalry within the industry.
    IndustryRivalry,
    /// c) 1) cooperation with traditional (offline) businesses.
    TraditionalBusinessCooperation,
    /// c) 2) cooperation with related industries.
    RelatedIndustryCooperation,
}

impl StrategyAspect {
    /// Every aspect with the strategy kind it belongs to and its catalog sub-item.
    pub const ALL: [(StrategyAspect, StrategyKind, &'static str); 9] = [
        (
            StrategyAspect::BusinessPrerequisites,
            StrategyKind::Business,
            "4.2.1.a.1",
        ),
        (
            StrategyAspect::OnlineBrandAndChannels,
            StrategyKind::Business,
            "4.2.1.a.2",
        ),
        (
            StrategyAspect::PotentialEntrants,
            StrategyKind::Competitive,
            "4.2.1.b.1",
        ),
        (
            StrategyAspect::Substitutes,
            StrategyKind::Competitive,
            "4.2.1.b.2",
        ),
        (
            StrategyAspect::CustomerBargainingPower,
            StrategyKind::Competitive,
            "4.2.1.b.3",
        ),
        (
            StrategyAspect::SupplierBargainingPower,
            StrategyKind::Competitive,
            "4.2.1.b.4",
        ),
        (
            StrategyAspect::IndustryRivalry,
            StrategyKind::Competitive,
            "4.2.1.b.5",
        ),
        (
            StrategyAspect::TraditionalBusinessCooperation,
            StrategyKind::Cooperation,
            "4.2.1.c.1",
        ),
        (
            StrategyAspect::RelatedIndustryCooperation,
            StrategyKind::Cooperation,
            "4.2.1.c.2",
        ),
    ];
}

/// The analysis of one aspect a strategy considers (e.g. one of the five forces) —
/// GB/T 36311—2018, 4.2.1 a) 1)–c) 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StrategyConsideration {
    /// Which aspect.
    pub aspect: StrategyAspect,
    /// What the analysis found and what the strategy concludes from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<String>,
    /// Context factors (3.1) the analysis draws on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<ContextFactorId>,
    /// Interested parties (3.2) the analysis concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InterestedPartyId>,
}

/// What a strategy must fit, according to the closing sentence of GB/T 36311—2018, 4.2.1
/// ("应确保…相适应").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AlignmentBasis {
    /// The organization's overall strategy.
    OverallStrategy,
    /// Its capabilities.
    Capabilities,
    /// Internal and external factors (3.1).
    ContextFactors,
    /// Compliance obligations.
    ComplianceRequirements,
    /// Needs and expectations of interested parties (3.2).
    InterestedParties,
    /// Resources.
    Resources,
}

impl AlignmentBasis {
    /// All six bases, in the standard's order.
    pub const ALL: [AlignmentBasis; 6] = [
        AlignmentBasis::OverallStrategy,
        AlignmentBasis::Capabilities,
        AlignmentBasis::ContextFactors,
        AlignmentBasis::ComplianceRequirements,
        AlignmentBasis::InterestedParties,
        AlignmentBasis::Resources,
    ];
}

/// Top management's check that a strategy fits one basis — GB/T 36311—2018, 4.2.1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AlignmentCheck {
    /// What the strategy was checked against.
    pub basis: AlignmentBasis,
    /// The conclusion (how the strategy fits, or what was adjusted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
}

/// A record that something was communicated: when, to whom, how.
///
/// Used for the internal communication of a strategy (4.2.2 b)) and of an objective
/// (5.2.1 f)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationRecord {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Roles reached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<RoleId>,
    /// How (meeting, intranet, briefing…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Record of it (minutes, attendance sheet, intranet notice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
}

/// The decision whether, and to whom, a strategy is made available outside the
/// organization — GB/T 36311—2018, 4.2.2 c) ("适宜时…提供").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StrategyDisclosure {
    /// Interested parties it (or an extract) is made available to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InterestedPartyId>,
    /// What is shared (the full text, a summary, the relevant chapter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract: Option<String>,
    /// Why it is not shared, when no party receives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld_reason: Option<String>,
}

/// An e-commerce strategy set by top management — GB/T 36311—2018, 4.2.1, documented and
/// communicated according to 4.2.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Strategy {
    /// Id.
    pub id: StrategyId,
    /// Title.
    pub title: String,
    /// Business, competitive, cooperation or other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<StrategyKind>,
    /// The strategy in a few sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The aspects of 4.2.1 a)–c) analysed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub considerations: Vec<StrategyConsideration>,
    /// Top management's check that the strategy fits the organization (4.2.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alignment: Vec<AlignmentCheck>,
    /// The overall verdict of that check, dated and attributed (4.2.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fitness: Option<FitnessVerdict>,
    /// Approval by top management.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Last day the strategy is meant to apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// The documented information that holds it (4.2.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Internal communication of it (4.2.2 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communications: Vec<CommunicationRecord>,
    /// Whether and to whom it is made available outside (4.2.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<StrategyDisclosure>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 4.3 Roles

/// A role (post, 岗位) with its responsibilities and authorities — GB/T 36311—2018, 4.3:
/// they are to be assigned, communicated and understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    /// Id.
    pub id: RoleId,
    /// Name of the role.
    pub name: String,
    /// What the role is responsible for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    /// What the role may decide or approve.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authorities: Vec<String>,
    /// People holding the role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holders: Vec<PersonId>,
    /// The role description (job description, responsibility matrix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// When the current responsibilities and authorities were communicated to the holders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communicated_on: Option<Date>,
    /// Holders who confirmed (e.g. signed the role description) that they understand it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acknowledged_by: Vec<PersonId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The management-system duties top management must assign — GB/T 36311—2018, 4.3 a)–e).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SystemDuty {
    /// a) the system conforms to GB/T 36311—2018.
    Conformity,
    /// b) processes deliver their intended outputs.
    ProcessOutputs,
    /// c) reporting on performance and improvement opportunities.
    PerformanceReporting,
    /// d) promoting customer focus throughout the organization.
    CustomerFocus,
    /// e) keeping the system intact when changes are planned and made.
    ChangeIntegrity,
}

impl SystemDuty {
    /// All duties with their catalog items.
    pub const ALL: [(SystemDuty, &'static str); 5] = [
        (SystemDuty::Conformity, "4.3.a"),
        (SystemDuty::ProcessOutputs, "4.3.b"),
        (SystemDuty::PerformanceReporting, "4.3.c"),
        (SystemDuty::CustomerFocus, "4.3.d"),
        (SystemDuty::ChangeIntegrity, "4.3.e"),
    ];
}

/// The assignment of one management-system duty to a role — GB/T 36311—2018, 4.3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DutyAssignment {
    /// The duty.
    pub duty: SystemDuty,
    /// The role that carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
    /// Who assigned it and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Approval>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

// ---------------------------------------------------------------------------------------------
// 4.4 Communication

/// Whether a communication stays inside the organization or reaches outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CommunicationDirection {
    /// With people of the organization.
    Internal,
    /// With interested parties outside it.
    External,
}

impl CommunicationDirection {
    /// Both directions, which 4.4 requires to be determined.
    pub const ALL: [CommunicationDirection; 2] = [
        CommunicationDirection::Internal,
        CommunicationDirection::External,
    ];
}

/// One entry of the communication plan — GB/T 36311—2018, 4.4: who communicates what, when,
/// how and with whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CommunicationPlanEntry {
    /// Id.
    pub id: CommunicationId,
    /// What is communicated (内容).
    pub topic: String,
    /// Internal or external.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<CommunicationDirection>,
    /// When, for a recurring communication (时机): interval and last occurrence.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub schedule: Schedule,
    /// When, for an event-driven communication (e.g. "within 24 h of a data breach").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    /// How (方式): channel or medium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// With whom inside the organization (对象).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience_roles: Vec<RoleId>,
    /// With whom outside the organization (对象).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience_parties: Vec<InterestedPartyId>,
    /// Who is responsible for it (职责).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<RoleId>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

crate::names::serialized_names!(
    CommitmentItem,
    StrategyAspect,
    AlignmentBasis,
    SystemDuty,
    CommunicationDirection
);
