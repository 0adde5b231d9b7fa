//! 7.3.3.2 — 外部供方的选择和评价, applied to carriers: an order is handed only to a carrier
//! that the organization had selected and approved for use on the day the order shipped.
//! A carrier delivers products to customers on the organization's behalf (7.3.3.1 b)), so
//! it is an external provider like a supplier; the day of use is the order's ship date.

use crate::common::Date;
use crate::model::operation::supply_chain::{Carrier, ProviderStatus};
use crate::rules::prelude::*;

use super::shared::{SC, sc};

/// 7.3.3.2: an order recorded with its carrier shipped on a day when that carrier was on
/// the register and approved (or conditionally approved) for use, and not before the day it
/// was approved. The carrier is judged by its status on the ship date when it has a status
/// history (so a carrier suspended since is no finding for orders shipped before); without a
/// history only a carrier that is still a candidate is known to have been unapproved then.
/// Orders without a carrier, without a date or shipped after the as-of date are not judged.
pub static ORDER_CARRIER_APPROVED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2-order-carrier-approved",
        clause: "7.3.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Orders shipped only with carriers approved that day",
            "订单仅交由当日经批准的承运方配送",
        ),
        reasons: &[UNLISTED_THEN, NOT_APPROVED_THEN, APPROVED_LATER],
        covers: &[],
    },
    check: check_order_carrier_approved,
    obligations: None,
};

const UNLISTED_THEN: Reason = Reason::new(
    "unlisted-then",
    "Order {subject} was shipped on {date} with carrier '{carrier}', which its status history shows was not yet a provider of the organization on that day.",
    "订单{subject}于{date}交由承运方“{carrier}”发货，但按其状态记录，该承运方当日尚未列入供方名录。",
);

const NOT_APPROVED_THEN: Reason = Reason::new(
    "not-approved-then",
    "Order {subject} was shipped on {date} with carrier '{carrier}', whose status that day was {status}, not approved for use.",
    "订单{subject}于{date}交由承运方“{carrier}”发货，但该承运方当日的状态为{status}，未获准使用。",
);

const APPROVED_LATER: Reason = Reason::new(
    "approved-later",
    "Order {subject} was shipped on {date} with carrier '{carrier}', which was approved for use only on {approved}.",
    "订单{subject}于{date}交由承运方“{carrier}”发货，但该承运方至{approved}才获批准使用。",
);

/// A status that is not approval, as a finding parameter with its English and Chinese words.
fn status_param(s: ProviderStatus) -> Option<(&'static str, String)> {
    let (en, zh) = match s {
        ProviderStatus::Candidate => ("a candidate still being evaluated", "候选供方（评价中）"),
        ProviderStatus::Suspended => ("suspended", "暂停使用"),
        ProviderStatus::Terminated => ("no longer used", "终止使用"),
        _ => return None,
    };
    Some(pl("status", s.as_str(), en, zh))
}

/// What is wrong with using `c` on `day`, with the extra parameters of the finding.
fn problem(c: &Carrier, day: Date) -> Option<(&'static Reason, Vec<(&'static str, String)>)> {
    if !c.listed_on(day) {
        return Some((&UNLISTED_THEN, Vec::new()));
    }
    let status = c.status_on(day);
    // Without a history a suspension or termination has no date, so it may have come after
    // the order; only a carrier still a candidate was certainly unapproved that day.
    let known = !c.history.is_empty() || status == Some(ProviderStatus::Candidate);
    if known && let Some(param) = status.and_then(status_param) {
        return Some((&NOT_APPROVED_THEN, vec![param]));
    }
    match c.approved_on {
        Some(a) if a > day => Some((&APPROVED_LATER, vec![p("approved", a)])),
        _ => None,
    }
}

fn check_order_carrier_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let tz = ctx.doc.time_zone();
    for (i, order) in s.orders.iter().enumerate() {
        let Some(id) = order.carrier else {
            continue;
        };
        let Some(day) = order.ship_date(tz) else {
            continue;
        };
        if day > ctx.as_of {
            continue;
        }
        let Some(c) = s.carriers.iter().find(|c| c.id == id) else {
            continue; // dangling: reported by the reference rules
        };
        if let Some((reason, extra)) = problem(c, day) {
            let mut params = vec![
                p("subject", &order.number),
                p("date", day),
                p("carrier", &c.name),
            ];
            params.extend(extra);
            em.emit(reason, format!("{SC}/orders/{i}/carrier"), &params);
        }
    }
}
