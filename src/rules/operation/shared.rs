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

/// Emits `reason` at `path` when document `id` is recorded (6.4) but is not the version in
/// force on the as-of date (a draft, obsolete, disposed of or not yet effective), with the
/// parameters `params` followed by `document` and `status`. A reference to a document that is
/// not recorded is left to the integrity rules.
pub(super) fn emit_not_current(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    reason: &'static Reason,
    path: &str,
    id: crate::ids::DocumentId,
    params: &[(&'static str, String)],
) {
    let Some(d) = ctx.doc.support.documents.iter().find(|d| d.id == id) else {
        return;
    };
    if d.is_current(ctx.as_of) {
        return;
    }
    let (en, zh) = crate::rules::support::status_text(d, ctx.as_of);
    let mut all = params.to_vec();
    all.push(p("document", crate::rules::support::doc_name(d)));
    all.push(pl("status", en, en, zh));
    em.emit(reason, path, &all);
}

/// Emits `reason` at `path` when role `role` is recorded (4.3) but nobody holds it on the
/// as-of date (see [`holds_role`](crate::rules::util::holds_role)), with the parameters
/// `params` followed by `role`. A reference to a role that is not recorded is left to the
/// integrity rules.
pub(super) fn emit_role_vacant(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    reason: &'static Reason,
    path: &str,
    role: crate::ids::RoleId,
    params: &[(&'static str, String)],
) {
    let doc = ctx.doc;
    let Some(r) = doc.leadership.roles.iter().find(|r| r.id == role) else {
        return;
    };
    if !crate::rules::util::role_held_on(doc, role, ctx.as_of) {
        let mut all = params.to_vec();
        all.push(p("role", &r.name));
        em.emit(reason, path, &all);
    }
}

/// Emits `reason` at `path` for record `id` when it is recorded (6.4) but was disposed of on
/// or before the as-of date, so it is no longer retained, with the parameters `params`
/// followed by `document`. A reference to a record that is not recorded is left to the
/// integrity rules.
pub(super) fn emit_not_retained(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    reason: &'static Reason,
    path: &str,
    id: crate::ids::DocumentId,
    params: &[(&'static str, String)],
) {
    if let Some(d) = crate::rules::util::disposed_by(ctx.doc, id, ctx.as_of) {
        let mut all = params.to_vec();
        all.push(p("document", crate::rules::support::doc_name(d)));
        em.emit(reason, path, &all);
    }
}
