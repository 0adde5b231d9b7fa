//! Helpers shared by the 7.3 rule modules: where the supply-chain records live, suppliers
//! and carriers seen alike as external providers, order-stage time limits and rates, and the
//! report of each missing part of a record under its own reason.

use rust_decimal::Decimal;

use crate::common::{Date, Interval};
use crate::model::operation::supply_chain::{
    OrderStage, OrderTimeLimit, ProviderAgreement, ProviderEvaluation, ProviderStatus,
    ProvisionControl, Qualification, SupplyChain,
};
use crate::rules::prelude::*;

/// JSON pointer of the supply-chain records.
pub(super) const SC: &str = "/operation/supplyChain";

/// The supply-chain records of the document.
pub(super) fn sc<'a>(ctx: &'a Ctx<'_>) -> &'a SupplyChain {
    &ctx.doc.operation.supply_chain
}

/// Emits, at `path` with `params`, the reason of every part that is missing, each at its
/// catalog item: `(item, missing?, reason)`.
pub(super) fn missing_at(
    em: &mut Emitter<'_>,
    path: &str,
    params: &[(&'static str, String)],
    parts: &[(&'static str, bool, &'static Reason)],
) {
    for (item, absent, reason) in parts {
        if *absent {
            em.emit_at(item, reason, path, params);
        }
    }
}

/// A supplier or carrier seen as an external provider.
pub(super) struct ProviderView<'a> {
    /// JSON pointer of the record.
    pub(super) path: String,
    /// Its name.
    pub(super) name: &'a str,
    /// A carrier rather than a supplier.
    pub(super) is_carrier: bool,
    /// Approval status (as of the date the view was taken for, see [`providers_on`]).
    pub(super) status: Option<ProviderStatus>,
    /// On the register on that date (from the first entry of its status history on).
    pub(super) listed: bool,
    /// Date of approval.
    pub(super) approved_on: Option<Date>,
    /// Recorded as a strategic partner.
    pub(super) strategic: bool,
    /// The cases of 7.3.3.1 a)–c) and their controls.
    pub(super) provision: &'a [ProvisionControl],
    /// Licences and certificates.
    pub(super) qualifications: &'a [Qualification],
    /// The agreement with it.
    pub(super) agreement: Option<&'a ProviderAgreement>,
    /// Its evaluations.
    pub(super) evaluations: &'a [ProviderEvaluation],
    /// Declared re-evaluation interval.
    pub(super) review_interval: Option<Interval>,
}

impl ProviderView<'_> {
    /// In use: on the register, and approved, conditionally approved, or with no status
    /// recorded.
    pub(super) fn is_active(&self) -> bool {
        self.listed && self.status.is_none_or(|s| s.is_active())
    }

    /// The latest evaluation dated on or before `as_of`, with its index.
    pub(super) fn latest_evaluation(
        &self,
        as_of: Date,
    ) -> Option<(usize, &ProviderEvaluation, Date)> {
        self.evaluations
            .iter()
            .enumerate()
            .filter_map(|(k, e)| e.date.filter(|d| *d <= as_of).map(|d| (k, e, d)))
            .max_by_key(|(_, _, d)| *d)
    }
}

/// Suppliers, then carriers, as external providers, with their current status.
pub(super) fn providers(sc: &SupplyChain) -> Vec<ProviderView<'_>> {
    views(sc, None)
}

/// Suppliers, then carriers, as external providers, with their status on a date (read from
/// their status history when they have one).
pub(super) fn providers_on(sc: &SupplyChain, on: Date) -> Vec<ProviderView<'_>> {
    views(sc, Some(on))
}

fn views(sc: &SupplyChain, on: Option<Date>) -> Vec<ProviderView<'_>> {
    let suppliers = sc
        .suppliers
        .iter()
        .enumerate()
        .map(move |(i, s)| ProviderView {
            path: format!("{SC}/suppliers/{i}"),
            name: &s.name,
            is_carrier: false,
            status: on.map_or(s.status, |d| s.status_on(d)),
            listed: on.is_none_or(|d| s.listed_on(d)),
            approved_on: s.approved_on,
            strategic: s.strategic_partner,
            provision: &s.provision,
            qualifications: &s.qualifications,
            agreement: s.agreement.as_ref(),
            evaluations: &s.evaluations,
            review_interval: s.review_interval,
        });
    let carriers = sc
        .carriers
        .iter()
        .enumerate()
        .map(move |(i, c)| ProviderView {
            path: format!("{SC}/carriers/{i}"),
            name: &c.name,
            is_carrier: true,
            status: on.map_or(c.status, |d| c.status_on(d)),
            listed: on.is_none_or(|d| c.listed_on(d)),
            approved_on: c.approved_on,
            strategic: c.strategic_partner,
            provision: &c.provision,
            qualifications: &c.qualifications,
            agreement: c.agreement.as_ref(),
            evaluations: &c.evaluations,
            review_interval: c.review_interval,
        });
    suppliers.chain(carriers).collect()
}

/// A provider's qualification problem.
pub(super) enum QualificationProblem<'a> {
    /// No qualification at all is recorded.
    None,
    /// The qualification of this kind expired on that date.
    Expired(&'a str, Date),
}

/// Problems with a provider's qualifications, each with its path: none at all, or each
/// expired one.
pub(super) fn qualification_problems<'a>(
    quals: &'a [Qualification],
    path: &str,
    as_of: Date,
) -> Vec<(String, QualificationProblem<'a>)> {
    if quals.is_empty() {
        return vec![(path.to_owned(), QualificationProblem::None)];
    }
    quals
        .iter()
        .enumerate()
        .filter_map(|(k, q)| {
            let until = q.valid_until?;
            (until < as_of).then(|| {
                (
                    format!("{path}/qualifications/{k}"),
                    QualificationProblem::Expired(&q.kind, until),
                )
            })
        })
        .collect()
}

/// Percentage `part / whole × 100`, rounded to two decimals; `None` when `whole` is zero.
pub(super) fn percent(part: u32, whole: u32) -> Option<Decimal> {
    if whole == 0 {
        return None;
    }
    (Decimal::from(part) * Decimal::ONE_HUNDRED)
        .checked_div(Decimal::from(whole))
        .map(|d| d.round_dp(2))
}

/// The time limit the order policy sets for a stage, if any.
pub(super) fn stage_limit<'a>(ctx: &'a Ctx<'_>, stage: OrderStage) -> Option<&'a OrderTimeLimit> {
    sc(ctx)
        .order_policy
        .as_ref()?
        .time_limits
        .iter()
        .find(|l| l.stage == stage && l.limit.is_some())
}

/// The share of orders, in percent, that must meet a time limit: the one the time limit
/// states (`true`), else the parameter `onTimePercent` (`false`).
pub(super) fn target_of(ctx: &Ctx<'_>, l: &OrderTimeLimit) -> (Decimal, bool) {
    match l.min_on_time_percent {
        Some(d) => (d.value(), true),
        None => (ctx.params.on_time_percent.value, false),
    }
}
