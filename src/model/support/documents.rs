//! Clause 6.4 — documented information and its control.

use crate::common::{Approval, Date, Extensions, Interval, Schedule};
use crate::ids::{DocumentId, PersonId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Lifecycle state of documented information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentStatus {
    /// Being written; not yet in force.
    Draft,
    /// Approved and in force.
    Effective,
    /// Replaced by a newer version or withdrawn.
    Obsolete,
}

crate::names::open_vocabulary! {
    /// What kind of documented information it is.
    pub enum DocumentKind {
        /// Management-system manual.
        Manual = "manual",
        /// Policy or statement of principles.
        Policy = "policy",
        /// Procedure.
        Procedure = "procedure",
        /// Plan (strategy, objectives, budget, crisis plan).
        Plan = "plan",
        /// Work instruction.
        WorkInstruction = "workInstruction",
        /// Blank form or template.
        Form = "form",
        /// A maintained list or log (register of risks, records, training).
        Register = "register",
        /// A record: retained evidence of something done; protected once approved.
        Record = "record",
        /// Standard, regulation, platform rules or other specification.
        Specification = "specification",
        /// Contract or agreement.
        Contract = "contract",
        /// Anything else.
        Other = "other",
    }
}

/// Whether documented information is the organization's own or comes from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentOrigin {
    /// Written by the organization.
    Internal,
    /// Of external origin (standards, laws, platform rules, customer or supplier documents).
    External,
}

crate::names::open_vocabulary! {
    /// Medium (载体) of documented information (6.4.2 b)).
    pub enum DocumentMedium {
        /// Electronic only.
        Electronic = "electronic",
        /// Paper only.
        Paper = "paper",
        /// Both.
        ElectronicAndPaper = "electronicAndPaper",
    }
}

/// Who may read documented information (6.4.3 a)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AccessLevel {
    /// Anyone, including interested parties.
    Public,
    /// All staff.
    Internal,
    /// Only the roles on the distribution list.
    Restricted,
    /// Only the roles on the distribution list, under confidentiality.
    Confidential,
}

impl AccessLevel {
    /// Whether only listed roles may read it.
    pub fn needs_distribution_list(&self) -> bool {
        matches!(self, AccessLevel::Restricted | AccessLevel::Confidential)
    }
}

crate::names::open_vocabulary! {
    /// How documented information was disposed of (6.4.3 d)).
    pub enum DisposalMethod {
        /// Paper shredded.
        Shredded = "shredded",
        /// Electronic copies securely deleted.
        SecurelyDeleted = "securelyDeleted",
        /// Handed to an archive or to its owner.
        Transferred = "transferred",
    }
}

/// One version in the change history of documented information — GB/T 36311—2018,
/// 6.4.3 c).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// Version label.
    pub version: String,
    /// Date of the version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What changed and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<String>,
    /// Who approved the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
}

/// Defaults set by the document control procedure — GB/T 36311—2018, 6.4.2, 6.4.3. A
/// document's own value always wins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DocumentControl {
    /// The document control procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<DocumentId>,
    /// Default medium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<DocumentMedium>,
    /// Default file format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Default access level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_level: Option<AccessLevel>,
    /// Default storage location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// Default protection measures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub protection: Vec<String>,
    /// Default retention period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Interval>,
    /// Default review interval of controlled documents (not records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval: Option<Interval>,
    /// Who approves which kind of document, as the procedure lays down (6.4.2 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvers: Vec<ApprovalAuthority>,
}

/// The roles the document control procedure lets approve one kind of document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalAuthority {
    /// The kind of document.
    pub kind: DocumentKind,
    /// The roles whose holders may approve it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
}

/// What a review of documented information before approval concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentReviewOutcome {
    /// Suitable and adequate as it stands.
    Suitable,
    /// Suitable once the changes asked for are made.
    SuitableWithChanges,
    /// Not suitable or not adequate.
    NotSuitable,
}

/// A review of documented information before its approval — GB/T 36311—2018, 6.4.2 c):
/// review and approval are two steps, often by different people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DocumentReview {
    /// The reviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// When it was reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What the review concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DocumentReviewOutcome>,
}

/// One piece of documented information (成文信息) — GB/T 36311—2018, 6.4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DocumentedInformation {
    /// Id.
    pub id: DocumentId,
    /// Document code shown on the document, e.g. `QP-7.3-01` (identification, 6.4.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Title.
    pub title: String,
    /// Version label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Lifecycle state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DocumentStatus>,
    /// Approval (6.4.2 c)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The review of this version for suitability and adequacy before it was approved
    /// (6.4.2 c)), where it is recorded apart from the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_approval_review: Option<DocumentReview>,
    /// Date from which the version is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Date>,
    /// Kind (description, 6.4.2 a)); records are protected against change once approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// What the document is for (description, 6.4.2 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Role responsible for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<RoleId>,
    /// Internal, or of external origin (6.4.3); internal when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<DocumentOrigin>,
    /// Issuer of a document of external origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Catalog ids of the requirements of GB/T 36311—2018 it satisfies (6.4.1 a)), e.g.
    /// `3.3`, `6.2.d`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_by: Vec<String>,
    /// Medium (6.4.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<DocumentMedium>,
    /// File format and language (6.4.2 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Who may read it (6.4.3 a)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_level: Option<AccessLevel>,
    /// Roles it is distributed to (6.4.3 a)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<RoleId>,
    /// Where it is stored (6.4.3 b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// How it is protected and kept legible (6.4.3 b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub protection: Vec<String>,
    /// Periodic review for continuing suitability (6.4.2 c)); not for records.
    #[serde(default, skip_serializing_if = "crate::common::is_default")]
    pub review: Schedule,
    /// Change history, one entry per version (6.4.3 c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Revision>,
    /// Retention period (6.4.3 d)), counted for records from approval and for other
    /// documents from withdrawal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Interval>,
    /// Date withdrawn from use (obsolete documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_on: Option<Date>,
    /// Why it is kept past its retention period (legal hold, dispute…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_hold: Option<String>,
    /// Date disposed of (6.4.3 d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposed_on: Option<Date>,
    /// How it was disposed of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposal_method: Option<DisposalMethod>,
    /// Write-protected (read-only, WORM storage, signed PDF) — for records.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// Date of the last change to the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<Date>,
    /// Content digest taken at approval, e.g. `sha256:…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_digest: Option<String>,
    /// Content digest now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_digest: Option<String>,
    /// Digest of this version's entry, taken when it was approved: `sha256:` and 64 hex
    /// digits of the SHA-256 of its canonical content (`ecms::diff::canonical_content`:
    /// identification, approval and description of the version, without its control data).
    /// `ecms diff` reports a version whose entry no longer matches it (6.4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_digest: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl DocumentedInformation {
    /// Whether it is a record (retained evidence).
    pub fn is_record(&self) -> bool {
        self.kind == Some(DocumentKind::Record)
    }

    /// Whether it is the version in force on a date: effective, in force from that date or
    /// earlier, and not disposed of.
    pub fn is_current(&self, on: Date) -> bool {
        self.status == Some(DocumentStatus::Effective)
            && self.effective_from.is_none_or(|d| d <= on)
            && self.disposed_on.is_none_or(|d| d > on)
    }

    /// Of external origin.
    pub fn is_external(&self) -> bool {
        self.origin == Some(DocumentOrigin::External)
    }

    /// The date retention is counted from: approval (or effective date) for records,
    /// withdrawal for other documents.
    pub fn retention_start(&self) -> Option<Date> {
        if self.is_record() {
            self.approval
                .as_ref()
                .and_then(|a| a.date)
                .or(self.effective_from)
        } else {
            self.withdrawn_on
        }
    }
}
