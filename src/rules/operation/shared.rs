//! Helpers shared by the chapter 7 rule modules: reporting each missing part of a record
//! under its own reason, the defects of an approval that should precede a date, and the
//! report of undeclared intervals for the `…-review-intervals` rules.

use rust_decimal::Decimal;

use crate::common::{Approval, Date, Money};
use crate::model::EcmsDocument;
use crate::rules::prelude::*;

/// Emits, at `path` with `params`, the reason of every part that is missing.
pub(super) fn missing(
    em: &mut Emitter<'_>,
    path: &str,
    params: &[(&'static str, String)],
    parts: &[(bool, &'static Reason)],
) {
    for (absent, reason) in parts {
        if *absent {
            em.emit(reason, path, params);
        }
    }
}

/// What is wrong with an approval that should precede a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ApprovalDefect {
    /// No complete approval (approver and date) is recorded.
    Missing,
    /// Approved on a date after the evaluation date.
    AfterAsOf(Date),
    /// Approved on the first date, after the deadline (the second date).
    AfterDeadline(Date, Date),
}

/// The defect of an approval that should precede `deadline` (when given), if any.
pub(super) fn approval_defect(
    approval: Option<&Approval>,
    deadline: Option<Date>,
    as_of: Date,
) -> Option<ApprovalDefect> {
    let Some(a) = approval.filter(|a| a.is_complete()) else {
        return Some(ApprovalDefect::Missing);
    };
    let date = a.date?;
    if date > as_of {
        return Some(ApprovalDefect::AfterAsOf(date));
    }
    match deadline {
        Some(d) if date > d => Some(ApprovalDefect::AfterDeadline(date, d)),
        _ => None,
    }
}

/// The change between two prices in percent of the old one; `None` when not comparable.
pub(super) fn change_percent(old: &Money, new: &Money) -> Option<Decimal> {
    if old.currency != new.currency || old.amount.value().is_zero() {
        return None;
    }
    let diff = new.amount.value().checked_sub(old.amount.value())?.abs();
    diff.checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(old.amount.value().abs())
        .map(|d| d.round_dp(2))
}

/// A product's name for messages, or the id when the product is not recorded.
pub(super) fn product_name(doc: &EcmsDocument, id: crate::ids::ProductId) -> String {
    doc.operation
        .listing
        .products
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Reports, for a `…-review-intervals` rule, every obligation of a watched time rule that
/// declares no interval, with the reason that names the watched activity.
pub(super) fn emit_missing_intervals(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    watched: &[(&BuiltinRule, &'static Reason)],
) {
    for o in ctx.obligations.iter().filter(|o| o.interval.is_none()) {
        if let Some((_, reason)) = watched.iter().find(|(r, _)| r.id() == o.rule_id) {
            em.emit_at(
                o.clause,
                reason,
                o.path.clone(),
                &[crate::rules::obligations::subject_param(&o.subject)],
            );
        }
    }
}
