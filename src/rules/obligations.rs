//! Periodic obligations: one mechanism for everything that must happen "at least once a
//! year", "at planned intervals", at a KPI's measurement frequency, at a calibration or
//! document-review interval.
//!
//! The organization declares the interval on the record; the record says when the activity
//! last happened. [`collect`] gathers every obligation of a document; [`Obligation::status`]
//! compares it with an as-of date. Time rules report overdue obligations through
//! [`emit_overdue`]; the `ecms obligations` command lists them with a horizon.
//!
//! Due date = last occurrence + interval (or, never done, the anchor date + interval).
//! On the due day itself the obligation is *not* overdue; the day after, it is.
//!
//! # Evidence of the last occurrence
//!
//! The last occurrence counts from evidence, in this order ([`Evidence`], [`EvidenceState`]):
//!
//! 1. **records of the activity itself** where the model has them (supplier evaluations,
//!    crisis exercises, KPI measurements, audits, management reviews, satisfaction results,
//!    security awareness sessions, payment security assessments): the latest dated record;
//! 2. **a referenced record**: a schedule's `record` names the retained documented
//!    information of the last occurrence; the record's approval date (else the date it took
//!    effect) is the last occurrence, whatever `lastDone` says;
//! 3. **a declaration**: a bare `lastDone` with no record behind it. It still counts for the
//!    due date (an organization is not made overdue by its bookkeeping), but it is a weaker
//!    verdict: the obligation is listed with evidence `declared`, and the rule
//!    `ecms-6.4.1.b-periodic-record` warns, at the duty's clause, that no retained record
//!    backs it — unless the duty is overdue anyway, which its own time rule reports.

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{BuiltinRule, Ctx, Emitter, Reason, RuleMeta, p, pl};
use crate::catalog::StaticText;
use crate::common::Interval;
use crate::ids::DocumentId;
use crate::model::EcmsDocument;

/// Where a producer reads the last occurrence of a duty from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Evidence {
    /// From the dated records of the activity itself (evaluations, exercises,
    /// measurements, audits…).
    Records,
    /// From a schedule: its declared `lastDone`, and the retained record it names, if any.
    Schedule(Option<DocumentId>),
}

/// How well the last occurrence of an obligation is evidenced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EvidenceState {
    /// The latest dated record of the activity.
    Records,
    /// A referenced retained record, by its date.
    Record,
    /// Only a declared date, with no record behind it.
    Declared,
    /// Nothing: never done.
    None,
}

/// One periodic obligation of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Obligation {
    /// The rule that reports it when overdue.
    pub rule_id: &'static str,
    /// Catalog id of the clause or item that asks for it.
    pub clause: &'static str,
    /// JSON pointer of the record.
    pub path: String,
    /// Name of the record (supplier name, KPI name…).
    pub subject: String,
    /// What must be done, e.g. "supplier review".
    pub activity: StaticText,
    /// How often; `None` when the record declares no interval.
    pub interval: Option<Interval>,
    /// When it last happened.
    pub last_done: Option<Date>,
    /// When the obligation began (record approved, supplier taken on…), used as the start
    /// when the activity never happened.
    pub anchor: Option<Date>,
    /// How the last occurrence is evidenced.
    pub evidence: EvidenceState,
    /// The referenced record of the last occurrence, if any.
    pub record: Option<DocumentId>,
    /// A date of the last occurrence the document states (declared, or of the named record)
    /// that lies after the evaluation date the obligations were collected for, so it is not
    /// evidence yet (the future-date rules report it).
    pub stated_after_as_of: Option<Date>,
}

/// Where an obligation stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", tag = "state")]
#[non_exhaustive]
pub enum ObligationStatus {
    /// Past its due date.
    #[serde(rename_all = "camelCase")]
    Overdue {
        /// The due date.
        due: Date,
        /// Days since the due date (≥ 1).
        days_overdue: i64,
    },
    /// Due within the horizon (or today).
    #[serde(rename_all = "camelCase")]
    DueSoon {
        /// The due date.
        due: Date,
        /// Days left (0 = due today).
        days_left: i64,
    },
    /// Due later than the horizon.
    #[serde(rename_all = "camelCase")]
    Scheduled {
        /// The due date.
        due: Date,
    },
    /// Never done, and no date from which to count: due now.
    NeverDone,
    /// No interval declared: cannot be scheduled.
    Unscheduled,
}

impl Obligation {
    /// The due date, when one can be computed.
    pub fn due(&self) -> Option<Date> {
        let iv = self.interval?;
        iv.after(self.last_done.or(self.anchor)?)
    }

    /// Status as of a date, with a look-ahead horizon in days.
    pub fn status(&self, as_of: Date, horizon_days: i64) -> ObligationStatus {
        if self.interval.is_none() {
            return ObligationStatus::Unscheduled;
        }
        match self.due() {
            None if self.last_done.is_none() && self.anchor.is_none() => {
                ObligationStatus::NeverDone
            }
            // Beyond the calendar: never due in practice.
            None => ObligationStatus::Unscheduled,
            Some(due) => {
                let left = (due - as_of).num_days();
                if left < 0 {
                    ObligationStatus::Overdue {
                        due,
                        days_overdue: -left,
                    }
                } else if left <= horizon_days {
                    ObligationStatus::DueSoon {
                        due,
                        days_left: left,
                    }
                } else {
                    ObligationStatus::Scheduled { due }
                }
            }
        }
    }

    /// Whether it is overdue (or never done) as of a date.
    pub fn is_overdue(&self, as_of: Date) -> bool {
        matches!(
            self.status(as_of, 0),
            ObligationStatus::Overdue { .. } | ObligationStatus::NeverDone
        )
    }
}

/// One periodic duty of one record, as a rule's producer reports it; the [`Sink`] adds
/// the rule and its clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duty {
    /// JSON pointer of the record.
    pub path: String,
    /// Name of the record (supplier name, KPI name…).
    pub subject: String,
    /// What must be done, e.g. "supplier review".
    pub activity: StaticText,
    /// How often; `None` when the record declares no interval.
    pub interval: Option<Interval>,
    /// When it last happened.
    pub last_done: Option<Date>,
    /// When the obligation began, used as the start when the activity never happened.
    pub anchor: Option<Date>,
    /// Where `last_done` comes from.
    pub evidence: Evidence,
}

/// Where a rule's producer reports the duties it watches: each becomes an [`Obligation`]
/// of that rule, at the rule's clause.
#[derive(Debug)]
pub struct Sink<'a> {
    rule: &'static RuleMeta,
    doc: &'a EcmsDocument,
    out: &'a mut Vec<Obligation>,
    as_of: Option<Date>,
}

impl Sink<'_> {
    /// The latest of `dates` on or before the evaluation date (when the obligations are
    /// collected for one): a record dated after it is no evidence yet. Producers whose
    /// evidence is records ([`Evidence::Records`]) compute `last_done` with it.
    pub fn latest(&self, dates: impl IntoIterator<Item = Date>) -> Option<Date> {
        dates
            .into_iter()
            .filter(|d| self.as_of.is_none_or(|a| *d <= a))
            .max()
    }

    /// Records one duty, reading the date of the record it names, if any. A date after the
    /// evaluation date (declared, or of the named record) counts as not done yet.
    pub fn push(&mut self, mut d: Duty) {
        let as_of = self.as_of;
        let known = move |x: Option<Date>| x.filter(|x| as_of.is_none_or(|a| *x <= a));
        let stated = match d.evidence {
            Evidence::Records => None,
            Evidence::Schedule(Some(id)) => record_date(self.doc, id).or(d.last_done),
            Evidence::Schedule(None) => d.last_done,
        };
        let stated_after_as_of = stated.filter(|s| as_of.is_some_and(|a| *s > a));
        d.last_done = known(d.last_done);
        let (last_done, evidence, record) = match d.evidence {
            Evidence::Records => (
                d.last_done,
                if d.last_done.is_some() {
                    EvidenceState::Records
                } else {
                    EvidenceState::None
                },
                None,
            ),
            Evidence::Schedule(Some(id)) => {
                match known(record_date(self.doc, id)) {
                    Some(date) => (Some(date), EvidenceState::Record, Some(id)),
                    // A dangling or undated record backs nothing (a dangling id is
                    // reported by the reference rules).
                    None => (d.last_done, declared(d.last_done), Some(id)),
                }
            }
            Evidence::Schedule(None) => (d.last_done, declared(d.last_done), None),
        };
        self.out.push(Obligation {
            rule_id: self.rule.id,
            clause: self.rule.clause,
            path: d.path,
            subject: d.subject,
            activity: d.activity,
            interval: d.interval,
            last_done,
            anchor: d.anchor,
            evidence,
            record,
            stated_after_as_of,
        });
    }
}

fn declared(last: Option<Date>) -> EvidenceState {
    if last.is_some() {
        EvidenceState::Declared
    } else {
        EvidenceState::None
    }
}

/// The date of a retained record: its approval date, else the date it took effect, else the
/// date of its latest version.
pub fn record_date(doc: &EcmsDocument, id: DocumentId) -> Option<Date> {
    let d = doc.support.documents.iter().find(|d| d.id == id)?;
    d.approval
        .as_ref()
        .and_then(|a| a.date)
        .or(d.effective_from)
        .or_else(|| d.history.iter().filter_map(|h| h.date).max())
}

/// Every obligation of a document: each built-in rule that watches a periodic duty
/// produces its own, in rule-catalog order, then document order.
pub fn collect(doc: &EcmsDocument) -> Vec<Obligation> {
    collect_inner(doc, None)
}

/// Like [`collect`], for an evaluation as of a date: records and declared dates after it
/// are not evidence yet (they are reported as data errors by the chapters' future-dated
/// rules).
pub fn collect_as_of(doc: &EcmsDocument, as_of: impl Into<Date>) -> Vec<Obligation> {
    collect_inner(doc, Some(as_of.into()))
}

fn collect_inner(doc: &EcmsDocument, as_of: Option<Date>) -> Vec<Obligation> {
    let mut out = Vec::new();
    for rule in super::builtin_rules() {
        if let Some(produce) = rule.obligations {
            let mut sink = Sink {
                rule: &rule.meta,
                doc,
                out: &mut out,
                as_of,
            };
            produce(doc, &mut sink);
        }
    }
    out
}

/// The check of every time rule: reports, for `reason`, each obligation of the running rule
/// that is overdue or never done, at the record's path, with parameters `subject`, `due`,
/// `last` and `interval` (`-` where unknown).
pub fn emit_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>, reason: &'static Reason) {
    let rule_id = em.rule_id().to_owned();
    for o in ctx.obligations.iter().filter(|o| o.rule_id == rule_id) {
        if !o.is_overdue(ctx.as_of) {
            continue;
        }
        let due = o
            .due()
            .map(|d| p("due", d))
            .unwrap_or_else(|| pl("due", "-", "an unknown date", "此前"));
        let last = o
            .last_done
            .map(|d| p("last", d))
            .unwrap_or_else(|| pl("last", "-", "never", "从未"));
        let interval = o
            .interval
            .map(|i| p("interval", i))
            .unwrap_or_else(|| pl("interval", "-", "not set", "未规定"));
        em.emit_at(
            o.clause,
            reason,
            o.path.clone(),
            &[subject_param(&o.subject), due, last, interval],
        );
    }
}

/// An obligation with its status on a date: what the `obligations` API and command list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ObligationEntry {
    /// The rule that reports it when overdue.
    pub rule_id: String,
    /// Catalog id of the clause or item.
    pub clause: String,
    /// JSON pointer of the record.
    pub path: String,
    /// Name of the record.
    pub subject: String,
    /// What must be done.
    pub activity: crate::common::LocalizedText,
    /// How often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// When it last happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_done: Option<Date>,
    /// The due date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// How the last occurrence is evidenced: `declared` is a bare date with no record.
    pub evidence: EvidenceState,
    /// The referenced record of the last occurrence, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<DocumentId>,
    /// Where it stands.
    pub status: ObligationStatus,
}

/// Every obligation of a document with its status as of a date, looking `horizon_days`
/// ahead; sorted with the most urgent first (overdue, never done, due soon, scheduled,
/// unscheduled; then by due date).
pub fn list(doc: &EcmsDocument, as_of: impl Into<Date>, horizon_days: i64) -> Vec<ObligationEntry> {
    let as_of = as_of.into();
    let mut out: Vec<ObligationEntry> = collect_as_of(doc, as_of)
        .into_iter()
        .map(|o| ObligationEntry {
            status: o.status(as_of, horizon_days),
            due: o.due(),
            rule_id: o.rule_id.to_owned(),
            clause: o.clause.to_owned(),
            path: o.path,
            subject: o.subject,
            activity: crate::common::LocalizedText {
                en: o.activity.en.to_owned(),
                zh: o.activity.zh.to_owned(),
            },
            interval: o.interval,
            last_done: o.last_done,
            evidence: o.evidence,
            record: o.record,
        })
        .collect();
    let rank = |s: &ObligationStatus| match s {
        ObligationStatus::Overdue { .. } => 0,
        ObligationStatus::NeverDone => 1,
        ObligationStatus::DueSoon { .. } => 2,
        ObligationStatus::Scheduled { .. } => 3,
        ObligationStatus::Unscheduled => 4,
    };
    out.sort_by(|a, b| {
        rank(&a.status)
            .cmp(&rank(&b.status))
            .then(a.due.cmp(&b.due))
            .then(a.path.cmp(&b.path))
    });
    out
}

/// The `subject` parameter of an obligation: the record's name, or, for a duty of the
/// organization as a whole that a producer names in English ("management review"), that
/// name in each language.
pub(crate) fn subject_param(subject: &str) -> (&'static str, String) {
    match fixed_subject_zh(subject) {
        Some(zh) => pl("subject", subject, subject, zh),
        None => p("subject", subject),
    }
}

/// An obligation's subject in a language: the record's name as written, or, for a duty of
/// the organization as a whole, its name in that language.
///
/// ```
/// use ecms::rules::{Lang, obligations::subject_in};
/// assert_eq!(subject_in("management review", Lang::Zh), "管理评审");
/// assert_eq!(subject_in("丝路供方", Lang::Zh), "丝路供方");
/// ```
pub fn subject_in(subject: &str, lang: super::Lang) -> String {
    match (lang, fixed_subject_zh(subject)) {
        (super::Lang::Zh, Some(zh)) => zh.to_owned(),
        _ => subject.to_owned(),
    }
}

fn fixed_subject_zh(subject: &str) -> Option<&'static str> {
    Some(match subject {
        "Customer service" => "顾客服务",
        "Customer feedback" => "顾客反馈",
        "Marketing" => "营销",
        "Crisis plan" => "危机处理预案",
        "Crisis management" => "危机管理",
        "channel layout review" => "渠道布局评审",
        "order data analysis" => "订单数据分析",
        "Product classification criteria" => "产品分类准则",
        "Listing strategy" => "上下架策略",
        "internal audit" => "内部审核",
        "monitoring process" => "监视和测量过程",
        "management review" => "管理评审",
        "budget" => "预算",
        "information and technology review" => "信息和技术评审",
        _ => return None,
    })
}

/// 6.4.1 b): the last occurrence of a periodic duty that is on schedule rests on a retained
/// record, not on a bare declared date. Reported at the duty's own clause; overdue duties are
/// left to their time rules.
pub static PERIODIC_RECORD: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.1.b-periodic-record",
        clause: "6.4.1.b",
        severity: super::Severity::Warning,
        basis: super::Basis::Policy,
        grade: super::Grade::Minor,
        kind: super::RuleKind::Relation,
        title: StaticText {
            en: "Periodic activities evidenced by records",
            zh: "定期活动有记录为证",
        },
        reasons: &[DECLARED_ONLY],
        covers: &[],
    },
    check: check_periodic_record,
    obligations: None,
};

const DECLARED_ONLY: Reason = Reason::new(
    "declared-only",
    "'{subject}': the last occurrence of a periodic activity is declared done on {last}, but no retained record backs it (name the record of the last occurrence).",
    "“{subject}”：定期活动的上次完成日期{last}仅为声明，没有保留的记录为证（应注明上次的记录）。",
);

fn check_periodic_record(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for o in ctx.obligations {
        if o.evidence != EvidenceState::Declared || o.is_overdue(ctx.as_of) {
            continue;
        }
        let Some(last) = o.last_done else {
            continue;
        };
        em.emit_at(
            o.clause,
            &DECLARED_ONLY,
            o.path.clone(),
            &[subject_param(&o.subject), p("last", last)],
        );
    }
}
