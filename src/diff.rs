//! Document control between two versions of one organization's document — GB/T 36311—2018,
//! 6.4.3 (成文信息的控制): documented information is protected against loss of integrity and
//! unintended alteration, and is retained and disposed of as planned.
//!
//! [`compare`] reads an earlier version (OLD) and a later version (NEW) of the same
//! organization's [`EcmsDocument`] and reports every change that breaks document control:
//!
//! | Check id | What changed |
//! |---|---|
//! | `ecms-diff-6.4.3-approved-record-altered` | approved documented information changed without a new version |
//! | `ecms-diff-6.4.3-retained-record-altered` | a record (`kind: record`) within its retention period changed |
//! | `ecms-diff-6.4.3-record-deleted-in-retention` | documented information deleted before its retention period ended |
//! | `ecms-diff-6.4.3-approval-backdated` | an approval dated earlier than it was, or earlier than OLD |
//! | `ecms-diff-6.4.3-version-reused` | a version label used again for different content |
//! | `ecms-diff-6.4.3-history-rewritten` | a recorded history entry or date changed or removed |
//! | `ecms-diff-6.4.3-digest-mismatch` | a version's `versionDigest` does not match its content |
//!
//! Every [`DiffFinding`] carries JSON pointers into both documents (`oldPath`, `newPath`,
//! whichever exist) and its message in English and Chinese. See [`CHECKS`].
//!
//! # Dates
//!
//! The library never reads the clock. [`DiffOptions::as_of`] is the date NEW is judged on
//! (retention periods); when absent, the latest approval date in NEW. [`DiffOptions::old_as_of`]
//! is the date OLD was taken; when absent, the latest approval date in OLD (a snapshot cannot
//! be older than its latest approval). An approval that NEW adds, dated before that day, was
//! recorded after OLD but dated before it.
//!
//! # Version digests
//!
//! A [`DocumentedInformation`] may carry `versionDigest`: `sha256:` and the 64 lowercase hex
//! digits of the SHA-256 of the version's canonical content ([`canonical_content`],
//! [`version_digest`]), taken when the version was approved. The canonical content is the
//! compact JSON (no whitespace, UTF-8, strings escaped as `serde_json` writes them) of an
//! object with these members, in this order, each left out when absent or empty, each written
//! as the document format writes it: `id`, `code`, `title`, `version`, `approval`,
//! `preApprovalReview`, `effectiveFrom`, `kind`, `description`, `origin`, `issuer`,
//! `requiredBy`, `medium`, `format`, `approvedDigest`. These are what the approval covers;
//! the control data that changes over a version's life (status, owner, access, distribution,
//! storage, protection, review, change history, retention, withdrawal, disposal, lock, last
//! modification, `currentDigest`, `versionDigest` itself and `extensions`) is left out.
//! `approvedDigest` (the digest of the stored file at approval) is inside, so a version digest
//! also seals the file's digest.

use std::collections::{BTreeSet, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::EcmsDocument;
use crate::common::{Approval, Date, Interval, IntervalUnit, LocalizedText};
use crate::model::support::{
    DocumentKind, DocumentMedium, DocumentOrigin, DocumentReview, DocumentStatus,
    DocumentedInformation,
};
use crate::pointer::Pointer;
use crate::rules::Severity;

/// The clause every check cites.
pub const CLAUSE: &str = "6.4.3";

/// Prefix of a version digest.
pub const DIGEST_PREFIX: &str = "sha256:";

/// One kind of change that breaks document control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DiffCheck {
    /// Stable id, e.g. `ecms-diff-6.4.3-approval-backdated`.
    pub id: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Title in English.
    pub title_en: &'static str,
    /// Title in Chinese.
    pub title_zh: &'static str,
}

/// Approved documented information changed without a new version.
pub const APPROVED_RECORD_ALTERED: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-approved-record-altered",
    severity: Severity::Error,
    title_en: "Approved documented information altered without a new version",
    title_zh: "已批准的成文信息未经换版被更改",
};

/// A record within its retention period changed.
pub const RETAINED_RECORD_ALTERED: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-retained-record-altered",
    severity: Severity::Error,
    title_en: "Record altered within its retention period",
    title_zh: "保存期内的记录被更改",
};

/// Documented information deleted before its retention period ended.
pub const RECORD_DELETED_IN_RETENTION: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-record-deleted-in-retention",
    severity: Severity::Error,
    title_en: "Documented information deleted before its retention period ended",
    title_zh: "成文信息在保存期满前被删除",
};

/// An approval dated earlier than it was recorded.
pub const APPROVAL_BACKDATED: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-approval-backdated",
    severity: Severity::Error,
    title_en: "Approval back-dated",
    title_zh: "批准日期被提前填写",
};

/// A version label used again for different content.
pub const VERSION_REUSED: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-version-reused",
    severity: Severity::Error,
    title_en: "Version label reused for different content",
    title_zh: "同一版本号用于不同内容",
};

/// A recorded history entry or date changed or removed.
pub const HISTORY_REWRITTEN: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-history-rewritten",
    severity: Severity::Error,
    title_en: "Recorded history rewritten",
    title_zh: "已记录的历史被改写",
};

/// A version digest that does not match the version's content.
pub const DIGEST_MISMATCH: DiffCheck = DiffCheck {
    id: "ecms-diff-6.4.3-digest-mismatch",
    severity: Severity::Error,
    title_en: "Version digest does not match the content",
    title_zh: "版本摘要与内容不一致",
};

/// Every check, in report order.
pub const CHECKS: &[DiffCheck] = &[
    APPROVED_RECORD_ALTERED,
    RETAINED_RECORD_ALTERED,
    RECORD_DELETED_IN_RETENTION,
    APPROVAL_BACKDATED,
    VERSION_REUSED,
    HISTORY_REWRITTEN,
    DIGEST_MISMATCH,
];

/// The dates the comparison is judged on; see the [module documentation](self).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// The date NEW is judged on (retention periods); the latest approval date in NEW when
    /// absent.
    pub as_of: Option<Date>,
    /// The date OLD was taken; the latest approval date in OLD when absent.
    pub old_as_of: Option<Date>,
}

/// One change that breaks document control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DiffFinding {
    /// Id of the check, e.g. `ecms-diff-6.4.3-version-reused`.
    pub check_id: String,
    /// Always `6.4.3`.
    pub clause: String,
    /// Severity.
    pub severity: Severity,
    /// What exactly happened, e.g. `moved-earlier`.
    pub reason: String,
    /// RFC 6901 JSON pointer into OLD, when the thing exists there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    /// RFC 6901 JSON pointer into NEW, when the thing exists there (or where it should be).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    /// The message in both languages.
    pub message: LocalizedText,
}

/// What [`compare`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DiffReport {
    /// The date OLD was taken, as given or inferred; absent when OLD has no approval date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_as_of: Option<Date>,
    /// The date NEW was judged on, as given or inferred; absent when NEW has no approval date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// The findings, in the order of [`CHECKS`], then of the documents.
    pub findings: Vec<DiffFinding>,
}

impl DiffReport {
    /// Whether nothing breaks document control.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

// ---------------------------------------------------------------------------------------------
// Canonical content and digests

/// What an approval of a version covers; see the [module documentation](self).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct VersionContent<'a> {
    id: &'a crate::ids::DocumentId,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a String>,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    approval: Option<&'a Approval>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pre_approval_review: Option<&'a DocumentReview>,
    #[serde(skip_serializing_if = "Option::is_none")]
    effective_from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a DocumentKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<DocumentOrigin>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issuer: Option<&'a String>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    required_by: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    medium: Option<&'a DocumentMedium>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    approved_digest: Option<&'a String>,
}

fn content_of(d: &DocumentedInformation) -> VersionContent<'_> {
    VersionContent {
        id: &d.id,
        code: d.code.as_ref(),
        title: &d.title,
        version: d.version.as_ref(),
        approval: d.approval.as_ref(),
        pre_approval_review: d.pre_approval_review.as_ref(),
        effective_from: d.effective_from,
        kind: d.kind.as_ref(),
        description: d.description.as_ref(),
        origin: d.origin,
        issuer: d.issuer.as_ref(),
        required_by: &d.required_by,
        medium: d.medium.as_ref(),
        format: d.format.as_ref(),
        approved_digest: d.approved_digest.as_ref(),
    }
}

/// The canonical content of a version of documented information: the bytes its
/// `versionDigest` is the SHA-256 of (see the [module documentation](self)).
///
/// ```
/// let doc: ecms::model::support::DocumentedInformation = serde_json::from_str(
///     r#"{"id": "64000000-0000-4000-8000-000000000001", "title": "Manual", "version": "1.0",
///         "status": "effective", "locked": true}"#,
/// ).unwrap();
/// assert_eq!(
///     String::from_utf8(ecms::diff::canonical_content(&doc)).unwrap(),
///     r#"{"id":"64000000-0000-4000-8000-000000000001","title":"Manual","version":"1.0"}"#
/// );
/// ```
pub fn canonical_content(d: &DocumentedInformation) -> Vec<u8> {
    // Serializing plain strings, dates, ids and enums into a Vec cannot fail.
    serde_json::to_vec(&content_of(d)).unwrap_or_default()
}

/// The version digest of documented information as it is now: `sha256:` and 64 lowercase hex
/// digits. Write it into `versionDigest` when the version is approved.
pub fn version_digest(d: &DocumentedInformation) -> String {
    let hash = Sha256::digest(canonical_content(d));
    let mut out = String::with_capacity(DIGEST_PREFIX.len() + 64);
    out.push_str(DIGEST_PREFIX);
    for b in hash {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Whether a string is a well-formed version digest (`sha256:` and 64 hex digits).
fn well_formed(s: &str) -> bool {
    s.strip_prefix(DIGEST_PREFIX)
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

// ---------------------------------------------------------------------------------------------
// The comparison

/// Compares OLD with NEW and reports every change that breaks document control (6.4.3).
///
/// ```
/// let text = std::fs::read_to_string("examples/data/yunling-tea.json").unwrap();
/// let old = ecms::parse_document(&text).unwrap().document;
/// let mut new = old.clone();
/// new.support.documents.remove(0);
/// let report = ecms::diff::compare(&old, &new, &ecms::diff::DiffOptions::default());
/// assert_eq!(report.findings[0].check_id, "ecms-diff-6.4.3-record-deleted-in-retention");
/// assert_eq!(report.findings[0].old_path.as_deref(), Some("/support/documents/0"));
/// ```
pub fn compare(old: &EcmsDocument, new: &EcmsDocument, options: &DiffOptions) -> DiffReport {
    let old_tree = serde_json::to_value(old).unwrap_or(Value::Null);
    let new_tree = serde_json::to_value(new).unwrap_or(Value::Null);
    let old_index = Index::of(&old_tree);
    let new_index = Index::of(&new_tree);
    let old_as_of = options.old_as_of.or(old_index.latest_approval);
    let as_of = options.as_of.or(new_index.latest_approval);
    let mut c = Comparison {
        old,
        new,
        old_index: &old_index,
        new_index: &new_index,
        old_as_of,
        as_of,
        copies: Vec::new(),
        findings: Vec::new(),
    };
    c.documents();
    c.approvals();
    c.histories();
    c.fixed_dates();
    c.digests();
    let mut findings = c.findings;
    // Stable order: by check, then as found.
    findings.sort_by_key(|f| {
        CHECKS
            .iter()
            .position(|k| k.id == f.check_id)
            .unwrap_or(usize::MAX)
    });
    DiffReport {
        old_as_of,
        as_of,
        findings,
    }
}

/// Keys of the approval objects (the model's fields of type `Approval`).
const APPROVAL_KEYS: &[&str] = &[
    "approval",
    "listingApproval",
    "refundApproval",
    "suitabilityConfirmed",
    "selection",
    "assigned",
];

/// How far past the last kept entry a history entry is looked for in NEW: entries are kept
/// in order, so an OLD entry found further on would mean that many were inserted before it
/// (reported as changed instead). Keeps the comparison linear in the size of the histories.
const SEARCH_WINDOW: usize = 256;

/// Keys of append-only histories.
const HISTORY_KEYS: &[&str] = &["history", "roleHistory"];

/// Dates that record what happened, per kind of record (the key of its list): once in the
/// past they are history.
const FIXED_DATES: &[(&str, &[&str])] = &[
    ("exclusions", &["effectiveFrom", "withdrawnOn"]),
    ("documents", &["withdrawnOn", "disposedOn"]),
    ("people", &["joinedOn", "leftOn"]),
    ("suppliers", &["approvedOn"]),
    ("carriers", &["approvedOn"]),
    ("sites", &["openedOn", "closedOn"]),
];

/// A node of a document, found by its identity: the path with ids in place of the indices
/// of records that have one, so that a record keeps its identity when a list is reordered.
struct Node<'a> {
    pointer: String,
    value: &'a Value,
    /// The key of the list (records) or object member (histories, approvals) it is under.
    key: String,
}

#[derive(Default)]
struct Index<'a> {
    records: HashMap<String, Node<'a>>,
    histories: Vec<(String, Node<'a>)>,
    approvals: Vec<(String, Node<'a>)>,
    latest_approval: Option<Date>,
}

fn date_of(v: &Value) -> Option<Date> {
    v.as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .map(Date)
}

impl<'a> Index<'a> {
    fn of(tree: &'a Value) -> Self {
        let mut idx = Index::default();
        let mut ptr = Pointer::root();
        idx.walk(tree, "", &mut ptr, "");
        idx
    }

    fn walk(&mut self, v: &'a Value, ident: &str, ptr: &mut Pointer, key: &str) {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    if k == "extensions" {
                        continue;
                    }
                    let child_ident = format!("{ident}/{}", crate::pointer::escape(k));
                    ptr.push(k);
                    let node = || Node {
                        pointer: ptr.to_string(),
                        value: child,
                        key: k.clone(),
                    };
                    if HISTORY_KEYS.contains(&k.as_str()) && child.is_array() {
                        self.histories.push((child_ident.clone(), node()));
                    }
                    if APPROVAL_KEYS.contains(&k.as_str())
                        && let Some(d) = child.get("date").and_then(date_of)
                    {
                        self.approvals.push((child_ident.clone(), node()));
                        self.latest_approval = self.latest_approval.max(Some(d));
                    }
                    self.walk(child, &child_ident, ptr, k);
                    ptr.pop();
                }
            }
            Value::Array(a) => {
                for (i, el) in a.iter().enumerate() {
                    ptr.push_index(i);
                    let id = el.get("id").and_then(Value::as_str);
                    let el_ident = match id {
                        Some(id) => format!("{ident}[{id}]"),
                        None => format!("{ident}/{i}"),
                    };
                    if id.is_some() {
                        self.records.insert(
                            el_ident.clone(),
                            Node {
                                pointer: ptr.to_string(),
                                value: el,
                                key: key.to_owned(),
                            },
                        );
                    }
                    self.walk(el, &el_ident, ptr, key);
                    ptr.pop();
                }
            }
            _ => {}
        }
    }

    /// The pointer of the record an identity is inside, when there is one.
    fn enclosing_record(&self, ident: &str) -> Option<&Node<'a>> {
        let mut end = ident.len();
        while let Some(i) = ident.get(..end).and_then(|s| s.rfind('/')) {
            if let Some(n) = ident.get(..i).and_then(|p| self.records.get(p)) {
                return Some(n);
            }
            end = i;
        }
        None
    }
}

struct Comparison<'a> {
    old: &'a EcmsDocument,
    new: &'a EcmsDocument,
    old_index: &'a Index<'a>,
    new_index: &'a Index<'a>,
    old_as_of: Option<Date>,
    as_of: Option<Date>,
    /// Identities of NEW entries that copy an OLD entry under a new id (an archived copy of
    /// a version): their approvals are not new.
    copies: Vec<String>,
    findings: Vec<DiffFinding>,
}

fn doc_name(d: &DocumentedInformation) -> String {
    match &d.code {
        Some(c) if !c.trim().is_empty() => format!("{c} {}", d.title),
        _ => d.title.clone(),
    }
}

fn version_label(d: &DocumentedInformation) -> String {
    d.version.clone().unwrap_or_default()
}

fn doc_pointer(i: usize) -> String {
    format!("/support/documents/{i}")
}

/// An interval in Chinese words: 3年, 6个月, 2周, 30天.
fn zh_interval(i: Interval) -> String {
    let unit = match i.unit() {
        IntervalUnit::Days => "天",
        IntervalUnit::Weeks => "周",
        IntervalUnit::Months => "个月",
        IntervalUnit::Years => "年",
    };
    format!("{}{unit}", i.count())
}

/// An interval in English words: 3 years, 6 months.
fn en_interval(i: Interval) -> String {
    let (one, many) = match i.unit() {
        IntervalUnit::Days => ("day", "days"),
        IntervalUnit::Weeks => ("week", "weeks"),
        IntervalUnit::Months => ("month", "months"),
        IntervalUnit::Years => ("year", "years"),
    };
    let n = i.count();
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The members of the canonical content in Chinese words, joined.
fn zh_fields(fields: &[String]) -> String {
    let words: Vec<&str> = fields
        .iter()
        .map(|f| match f.as_str() {
            "id" => "标识",
            "code" => "编号",
            "title" => "标题",
            "version" => "版本",
            "approval" => "批准",
            "preApprovalReview" => "批准前评审",
            "effectiveFrom" => "生效日期",
            "kind" => "类别",
            "description" => "说明",
            "origin" => "来源",
            "issuer" => "发布方",
            "requiredBy" => "对应的要求",
            "medium" => "载体",
            "format" => "格式",
            "approvedDigest" => "批准时的文件摘要",
            _ => "其他内容",
        })
        .collect();
    words.join("、")
}

/// The top-level members of two serialized values that differ, in the order of `a` then `b`.
fn changed_members(a: &Value, b: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return out;
    };
    for (k, v) in a {
        if b.get(k) != Some(v) {
            out.push(k.clone());
        }
    }
    for k in b.keys() {
        if !a.contains_key(k) {
            out.push(k.clone());
        }
    }
    out
}

fn approval_date(d: &DocumentedInformation) -> Option<Date> {
    d.approval
        .as_ref()
        .filter(|a| !a.is_rejected())
        .and_then(|a| a.date)
}

impl Comparison<'_> {
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        check: &DiffCheck,
        severity: Severity,
        reason: &str,
        old_path: Option<String>,
        new_path: Option<String>,
        en: String,
        zh: String,
    ) {
        self.findings.push(DiffFinding {
            check_id: check.id.to_owned(),
            clause: CLAUSE.to_owned(),
            severity,
            reason: reason.to_owned(),
            old_path,
            new_path,
            message: LocalizedText { en, zh },
        });
    }

    fn retention_end(&self, d: &DocumentedInformation) -> (Option<Interval>, Option<Date>) {
        let default = self
            .old
            .support
            .document_control
            .as_ref()
            .and_then(|c| c.retention);
        let retention = d.retention.or(default);
        let end = retention.and_then(|r| d.retention_start().and_then(|s| r.after(s)));
        (retention, end)
    }

    /// Whether a record is within its retention period on the NEW date.
    fn record_in_retention(&self, d: &DocumentedInformation) -> bool {
        if !d.is_record() || d.disposed_on.is_some() {
            return false;
        }
        match self.retention_end(d) {
            (None, _) => d.retention_hold.is_some(),
            (Some(_), None) => true,
            (Some(_), Some(end)) => {
                d.retention_hold.is_some() || self.as_of.is_none_or(|on| end > on)
            }
        }
    }

    fn documents(&mut self) {
        let new_by_id: HashMap<_, _> = self
            .new
            .support
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id, (i, d)))
            .collect();
        let old_by_id: HashMap<_, _> = self
            .old
            .support
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id, (i, d)))
            .collect();
        for (oi, o) in self.old.support.documents.iter().enumerate() {
            match new_by_id.get(&o.id) {
                Some(&(ni, n)) => self.same_document(oi, o, ni, n),
                None => self.deleted(oi, o),
            }
        }
        // A new entry with the code and version of an OLD entry but other content.
        let mut by_label: HashMap<(&str, &str), (usize, &DocumentedInformation)> = HashMap::new();
        for (i, d) in self.old.support.documents.iter().enumerate() {
            if let (Some(c), Some(v)) = (d.code.as_deref(), d.version.as_deref()) {
                by_label.entry((c, v)).or_insert((i, d));
            }
        }
        for (ni, n) in self.new.support.documents.iter().enumerate() {
            if old_by_id.contains_key(&n.id) {
                continue;
            }
            let (Some(code), Some(version)) = (n.code.as_deref(), n.version.as_deref()) else {
                continue;
            };
            let same = by_label.get(&(code, version)).copied();
            if let Some((oi, o)) = same {
                let mut a = serde_json::to_value(content_of(o)).unwrap_or(Value::Null);
                let mut b = serde_json::to_value(content_of(n)).unwrap_or(Value::Null);
                for v in [&mut a, &mut b] {
                    if let Some(m) = v.as_object_mut() {
                        m.remove("id");
                    }
                }
                if a == b {
                    self.copies.push(format!("/support/documents[{}]/", n.id));
                } else {
                    let changed = changed_members(&a, &b);
                    let (fields, fields_zh) = (changed.join(", "), zh_fields(&changed));
                    let (name, version) = (doc_name(n), version_label(n));
                    self.emit(
                        &VERSION_REUSED,
                        VERSION_REUSED.severity,
                        "new-entry",
                        Some(doc_pointer(oi)),
                        Some(doc_pointer(ni)),
                        format!(
                            "New entry '{name}' is numbered version {version}, the version of an existing entry, but its content differs ({fields})."
                        ),
                        format!(
                            "新增条目“{name}”的版本号{version}与已有条目相同，但内容不同（{fields_zh}）。"
                        ),
                    );
                }
            }
        }
    }

    fn same_document(
        &mut self,
        oi: usize,
        o: &DocumentedInformation,
        ni: usize,
        n: &DocumentedInformation,
    ) {
        if o.status == Some(DocumentStatus::Draft) {
            return;
        }
        let approved = o.approval.as_ref().is_some_and(|a| !a.is_rejected());
        let retained = self.record_in_retention(o);
        let a = serde_json::to_value(content_of(o)).unwrap_or(Value::Null);
        let b = serde_json::to_value(content_of(n)).unwrap_or(Value::Null);
        let mut fields = changed_members(&a, &b);
        let name = doc_name(n);
        let (op, np) = (Some(doc_pointer(oi)), Some(doc_pointer(ni)));
        if o.version == n.version {
            // An approval dated earlier is reported as back-dated, not again here.
            if matches!((approval_date(o), approval_date(n)), (Some(x), Some(y)) if y < x) {
                fields.retain(|f| f != "approval");
            }
            if fields.is_empty() {
                return;
            }
            let (list, list_zh) = (fields.join(", "), zh_fields(&fields));
            let version = version_label(o);
            if approved {
                self.emit(
                    &APPROVED_RECORD_ALTERED,
                    APPROVED_RECORD_ALTERED.severity,
                    "same-version",
                    op,
                    np,
                    format!(
                        "'{name}' was approved as version {version} and changed without a new version ({list})."
                    ),
                    format!("“{name}”第{version}版已批准，未换版即被更改（{list_zh}）。"),
                );
            } else if retained {
                self.emit(
                    &RETAINED_RECORD_ALTERED,
                    RETAINED_RECORD_ALTERED.severity,
                    "in-retention",
                    op,
                    np,
                    format!("Record '{name}' changed within its retention period ({list})."),
                    format!("记录“{name}”在保存期内被更改（{list_zh}）。"),
                );
            }
            return;
        }
        // A new version label: one used before for other content, or content changed under
        // the old approval.
        let earlier: BTreeSet<&str> = o
            .history
            .iter()
            .map(|r| r.version.as_str())
            .filter(|v| Some(*v) != o.version.as_deref())
            .collect();
        if let Some(v) = n.version.as_deref()
            && earlier.contains(v)
        {
            self.emit(
                &VERSION_REUSED,
                VERSION_REUSED.severity,
                "earlier-label",
                op,
                np,
                format!(
                    "'{name}' went from version {} back to version {v}, a label its history already gives to an earlier version.",
                    version_label(o)
                ),
                format!(
                    "“{name}”由第{}版改回第{v}版，而变更历史中该版本号已属于较早的版本。",
                    version_label(o)
                ),
            );
            return;
        }
        fields.retain(|f| f != "version");
        let (list, list_zh) = (fields.join(", "), zh_fields(&fields));
        if approved && o.approval == n.approval && !fields.is_empty() {
            self.emit(
                &APPROVED_RECORD_ALTERED,
                APPROVED_RECORD_ALTERED.severity,
                "new-version-old-approval",
                op,
                np,
                format!(
                    "'{name}' changed to version {} ({list}) but still carries the approval of version {}.",
                    version_label(n),
                    version_label(o)
                ),
                format!(
                    "“{name}”已改为第{}版（{list_zh}），但仍沿用第{}版的批准。",
                    version_label(n),
                    version_label(o)
                ),
            );
        } else if retained && !fields.is_empty() {
            self.emit(
                &RETAINED_RECORD_ALTERED,
                RETAINED_RECORD_ALTERED.severity,
                "in-retention",
                op,
                np,
                format!("Record '{name}' changed within its retention period ({list})."),
                format!("记录“{name}”在保存期内被更改（{list_zh}）。"),
            );
        }
    }

    fn deleted(&mut self, oi: usize, o: &DocumentedInformation) {
        if o.status == Some(DocumentStatus::Draft) || o.disposed_on.is_some() {
            return;
        }
        let name = doc_name(o);
        let op = Some(doc_pointer(oi));
        let np = Some("/support/documents".to_owned());
        if let Some(hold) = &o.retention_hold {
            self.emit(
                &RECORD_DELETED_IN_RETENTION,
                RECORD_DELETED_IN_RETENTION.severity,
                "on-hold",
                op,
                np,
                format!(
                    "'{name}' was deleted although it is held past its retention period ({hold})."
                ),
                format!("“{name}”处于保留状态（{hold}），却被删除。"),
            );
            return;
        }
        match self.retention_end(o) {
            (None, _) => {}
            (Some(r), None) => {
                let (en, zh) = if o.is_record() {
                    (
                        format!(
                            "Record '{name}' was deleted; its retention period of {} has no start date (approval or effective date), so it cannot have ended.",
                            en_interval(r)
                        ),
                        format!(
                            "记录“{name}”被删除；其保存期{}没有起算日期（批准或生效日期），不能认为已满。",
                            zh_interval(r)
                        ),
                    )
                } else {
                    (
                        format!(
                            "'{name}' was deleted without being withdrawn; its retention period of {} starts only at withdrawal.",
                            en_interval(r)
                        ),
                        format!(
                            "“{name}”未经作废即被删除；其保存期{}自作废之日起算。",
                            zh_interval(r)
                        ),
                    )
                };
                self.emit(
                    &RECORD_DELETED_IN_RETENTION,
                    RECORD_DELETED_IN_RETENTION.severity,
                    "not-started",
                    op,
                    np,
                    en,
                    zh,
                );
            }
            (Some(r), Some(end)) => {
                if self.as_of.is_some_and(|on| end <= on) {
                    return;
                }
                self.emit(
                    &RECORD_DELETED_IN_RETENTION,
                    RECORD_DELETED_IN_RETENTION.severity,
                    "before-end",
                    op,
                    np,
                    format!(
                        "'{name}' was deleted before its retention period of {} ended on {end}.",
                        en_interval(r)
                    ),
                    format!(
                        "“{name}”的保存期{}至{end}届满，但在届满前被删除。",
                        zh_interval(r)
                    ),
                );
            }
        }
    }

    fn approvals(&mut self) {
        let old: HashMap<&str, &Node<'_>> = self
            .old_index
            .approvals
            .iter()
            .map(|(k, n)| (k.as_str(), n))
            .collect();
        let mut out = Vec::new();
        for (ident, n) in &self.new_index.approvals {
            let Some(nd) = n.value.get("date").and_then(date_of) else {
                continue;
            };
            if self.copies.iter().any(|c| ident.starts_with(c.as_str())) {
                continue;
            }
            let label = self
                .new_index
                .enclosing_record(ident)
                .map(|r| record_label(r.value))
                .unwrap_or_else(|| n.pointer.clone());
            let o = old.get(ident.as_str());
            let od = o.and_then(|o| o.value.get("date").and_then(date_of));
            if let (Some(o), Some(od)) = (o, od)
                && nd < od
            {
                out.push((
                    Severity::Error,
                    "moved-earlier",
                    Some(o.pointer.clone()),
                    n.pointer.clone(),
                    format!("The approval of '{label}' was dated {od} and is now dated {nd}."),
                    format!("“{label}”的批准日期由{od}改为更早的{nd}。"),
                ));
                continue;
            }
            let unchanged = o.is_some_and(|o| o.value == n.value);
            if unchanged {
                continue;
            }
            if let Some(taken) = self.old_as_of
                && nd < taken
            {
                out.push((
                    Severity::Warning,
                    "dated-before-old",
                    o.map(|o| o.pointer.clone()),
                    n.pointer.clone(),
                    format!(
                        "The approval of '{label}' dated {nd} does not appear in the earlier version, which dates from {taken} or later."
                    ),
                    format!(
                        "“{label}”的批准日期为{nd}，但在{taken}或之后形成的前一版本中并无此批准。"
                    ),
                ));
            }
        }
        for (sev, reason, op, np, en, zh) in out {
            self.emit(&APPROVAL_BACKDATED, sev, reason, op, Some(np), en, zh);
        }
    }

    fn histories(&mut self) {
        let new: HashMap<&str, &Node<'_>> = self
            .new_index
            .histories
            .iter()
            .map(|(k, n)| (k.as_str(), n))
            .collect();
        let mut out = Vec::new();
        for (ident, o) in &self.old_index.histories {
            let Some(old_entries) = o.value.as_array() else {
                continue;
            };
            if old_entries.is_empty() {
                continue;
            }
            // Only histories of records still present in NEW.
            let new_entries: &[Value] = match new.get(ident.as_str()) {
                Some(n) => n.value.as_array().map_or(&[], Vec::as_slice),
                None => {
                    let parent = ident.rsplit_once('/').map_or("", |(p, _)| p);
                    if parent.is_empty() || self.new_index.records.contains_key(parent) {
                        &[]
                    } else {
                        continue;
                    }
                }
            };
            let new_pointer = new.get(ident.as_str()).map(|n| n.pointer.clone());
            let label = self
                .old_index
                .enclosing_record(&format!("{ident}/0"))
                .map(|r| record_label(r.value))
                .unwrap_or_else(|| o.pointer.clone());
            // First keep every OLD entry that NEW still has, in order; then name the rest.
            let mut used = vec![false; new_entries.len()];
            let mut kept = vec![false; old_entries.len()];
            let mut from = 0;
            for (i, e) in old_entries.iter().enumerate() {
                let found = new_entries
                    .iter()
                    .enumerate()
                    .skip(from)
                    .take(SEARCH_WINDOW)
                    .find(|(j, f)| !used.get(*j).copied().unwrap_or(true) && extends(f, e));
                if let Some((j, _)) = found {
                    if let Some(u) = used.get_mut(j) {
                        *u = true;
                    }
                    if let Some(k) = kept.get_mut(i) {
                        *k = true;
                    }
                    from = j + 1;
                }
            }
            for (i, _) in kept.iter().enumerate().filter(|(_, k)| !**k) {
                let old_path = format!("{}/{i}", o.pointer);
                let free = i < new_entries.len() && !used.get(i).copied().unwrap_or(true);
                let (reason, np, en, zh) = match &new_pointer {
                    Some(p) if free => (
                        "entry-changed",
                        Some(format!("{p}/{i}")),
                        format!("Entry {} of the {} of '{label}' was changed.", i + 1, o.key),
                        format!("“{label}”的历史记录第{}条被修改。", i + 1),
                    ),
                    p => (
                        "entry-removed",
                        p.clone(),
                        format!("Entry {} of the {} of '{label}' was removed.", i + 1, o.key),
                        format!("“{label}”的历史记录第{}条被删除。", i + 1),
                    ),
                };
                out.push((reason, old_path, np, en, zh));
            }
        }
        for (reason, op, np, en, zh) in out {
            self.emit(
                &HISTORY_REWRITTEN,
                HISTORY_REWRITTEN.severity,
                reason,
                Some(op),
                np,
                en,
                zh,
            );
        }
    }

    fn fixed_dates(&mut self) {
        let mut out = Vec::new();
        for (ident, o) in &self.old_index.records {
            let Some((_, keys)) = FIXED_DATES.iter().find(|(k, _)| *k == o.key) else {
                continue;
            };
            let Some(n) = self.new_index.records.get(ident) else {
                continue;
            };
            for key in *keys {
                let Some(od) = o.value.get(*key).and_then(date_of) else {
                    continue;
                };
                if self.old_as_of.is_some_and(|taken| od > taken) {
                    continue; // still a plan when OLD was taken
                }
                let nv = n.value.get(*key);
                if nv.and_then(date_of) == Some(od) {
                    continue;
                }
                let label = record_label(n.value);
                let (en, zh) = match nv.and_then(date_of) {
                    Some(nd) => (
                        format!("'{label}': {key} was {od} and is now {nd}."),
                        format!("“{label}”已记录的日期{od}被改为{nd}。"),
                    ),
                    None => (
                        format!("'{label}': {key} {od} was removed."),
                        format!("“{label}”已记录的日期{od}被删除。"),
                    ),
                };
                out.push((
                    format!("{}/{key}", o.pointer),
                    format!("{}/{key}", n.pointer),
                    en,
                    zh,
                ));
            }
        }
        out.sort();
        for (op, np, en, zh) in out {
            self.emit(
                &HISTORY_REWRITTEN,
                HISTORY_REWRITTEN.severity,
                "date-changed",
                Some(op),
                Some(np),
                en,
                zh,
            );
        }
    }

    fn digests(&mut self) {
        let old_by_id: HashMap<_, _> = self
            .old
            .support
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id, i))
            .collect();
        for (ni, n) in self.new.support.documents.iter().enumerate() {
            let Some(given) = &n.version_digest else {
                continue;
            };
            let name = doc_name(n);
            let op = old_by_id
                .get(&n.id)
                .map(|i| format!("{}/versionDigest", doc_pointer(*i)));
            let np = Some(format!("{}/versionDigest", doc_pointer(ni)));
            if !well_formed(given.trim()) {
                self.emit(
                    &DIGEST_MISMATCH,
                    DIGEST_MISMATCH.severity,
                    "malformed",
                    op,
                    np,
                    format!(
                        "The version digest of '{name}' is not `sha256:` followed by 64 hex digits."
                    ),
                    format!("“{name}”的版本摘要格式不正确，应为前缀加64位十六进制数字。"),
                );
                continue;
            }
            let actual = version_digest(n);
            if !given.trim().eq_ignore_ascii_case(&actual) {
                self.emit(
                    &DIGEST_MISMATCH,
                    DIGEST_MISMATCH.severity,
                    "mismatch",
                    op,
                    np,
                    format!(
                        "'{name}' version {} no longer matches the digest taken at approval (now {actual}).",
                        version_label(n)
                    ),
                    format!(
                        "“{name}”第{}版的内容与批准时记录的版本摘要不一致。",
                        version_label(n)
                    ),
                );
            }
        }
    }
}

/// Whether a NEW history entry keeps an OLD one: every member of the OLD entry is there with
/// the same value (members may be added, e.g. the end of a period).
fn extends(new: &Value, old: &Value) -> bool {
    match (new.as_object(), old.as_object()) {
        (Some(n), Some(o)) => o.iter().all(|(k, v)| n.get(k) == Some(v)),
        _ => new == old,
    }
}

/// How a message names a record: its code and title, name or title, else its id.
fn record_label(v: &Value) -> String {
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let main = s("name").or_else(|| s("title")).or_else(|| s("clause"));
    match (s("code"), main) {
        (Some(c), Some(t)) => format!("{c} {t}"),
        (None, Some(t)) => t,
        (Some(c), None) => c,
        (None, None) => s("id").unwrap_or_default(),
    }
}
