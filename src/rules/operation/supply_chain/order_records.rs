//! 7.3.2 — 订单管理 (the records): order records are kept and kept current, their summaries
//! are consistent, and they show that the time limits of 7.3.2 a) 3) are met and that order
//! information is accurate (7.3.2 a) 4)).

use crate::common::Instant;
use crate::model::operation::supply_chain::OrderStage;
use crate::rules::prelude::*;

use super::shared::{SC, percent, sc, stage_limit, target_of};

/// 7.3.2 a) 3) (policy): the share of orders handled within each stage's time limit reaches
/// the rate the organization's time control states for that stage, by period summary and by
/// single order. The standard asks for time control, not for a share of orders on time, so
/// the stated rate is the organization's parameter (`minOnTimePercent`, the record's form of
/// `onTimePercent`) and a miss is a warning. (A time limit with no rate of its own is judged
/// against `onTimePercent` by [`TIME_LIMITS_DEFAULT_TARGET`].)
pub static TIME_LIMITS_MET: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.a.3-time-limits-met",
        clause: "7.3.2.a.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Order time limits met", "订单时限得到满足"),
        reasons: &[
            LATE_DUNNING,
            LATE_SHIPPING,
            LATE_RETURNS,
            LATE_INVOICING,
            LATE_SETTLEMENT,
        ],
        covers: &[],
    },
    check: check_time_limits_met,
    obligations: None,
};

const LATE_DUNNING: Reason = Reason::new(
    "dunning-below-target",
    "Orders {subject}: dunning within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：催款环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);

const LATE_SHIPPING: Reason = Reason::new(
    "shipping-below-target",
    "Orders {subject}: shipping within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：发货环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);

const LATE_RETURNS: Reason = Reason::new(
    "returns-below-target",
    "Orders {subject}: returns within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：退货环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);

const LATE_INVOICING: Reason = Reason::new(
    "invoicing-below-target",
    "Orders {subject}: invoicing within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：发票环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);

const LATE_SETTLEMENT: Reason = Reason::new(
    "settlement-below-target",
    "Orders {subject}: settlement within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：结算环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);

/// What the rule says when a stage misses its target.
fn below_target(stage: OrderStage) -> &'static Reason {
    match stage {
        OrderStage::Dunning => &LATE_DUNNING,
        OrderStage::Shipping => &LATE_SHIPPING,
        OrderStage::Returns => &LATE_RETURNS,
        OrderStage::Invoicing => &LATE_INVOICING,
        OrderStage::Settlement => &LATE_SETTLEMENT,
    }
}

fn check_time_limits_met(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    check_on_time(ctx, em, true, below_target);
}

/// Order time limits that state no rate of their own are met by the share of orders the
/// parameter `onTimePercent` sets (default 95 %; the standard states no share).
pub static TIME_LIMITS_DEFAULT_TARGET: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.a.3-time-limits-default-target",
        clause: "7.3.2.a.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t(
            "Order time limits met by the parameter's share of orders",
            "订单时限达成率不低于参数规定",
        ),
        reasons: &[
            DUNNING_BELOW_ORGANIZATION,
            SHIPPING_BELOW_ORGANIZATION,
            RETURNS_BELOW_ORGANIZATION,
            INVOICING_BELOW_ORGANIZATION,
            SETTLEMENT_BELOW_ORGANIZATION,
            DUNNING_BELOW_DEFAULT,
            SHIPPING_BELOW_DEFAULT,
            RETURNS_BELOW_DEFAULT,
            INVOICING_BELOW_DEFAULT,
            SETTLEMENT_BELOW_DEFAULT,
        ],
        covers: &[],
    },
    check: check_time_limits_default_target,
    obligations: None,
};

const DUNNING_BELOW_ORGANIZATION: Reason = Reason::new(
    "dunning-below-organization-target",
    "Orders {subject}: dunning within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：催款环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);
const DUNNING_BELOW_DEFAULT: Reason = Reason::new(
    "dunning-below-default-target",
    "Orders {subject}: dunning within {limit} met by {rate}% of orders ({late} of {handled} late), below the default target of {target}% (the organization states none).",
    "订单{subject}：催款环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于默认值{target}%（组织未规定达成率）。",
);
const SHIPPING_BELOW_ORGANIZATION: Reason = Reason::new(
    "shipping-below-organization-target",
    "Orders {subject}: shipping within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：发货环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);
const SHIPPING_BELOW_DEFAULT: Reason = Reason::new(
    "shipping-below-default-target",
    "Orders {subject}: shipping within {limit} met by {rate}% of orders ({late} of {handled} late), below the default target of {target}% (the organization states none).",
    "订单{subject}：发货环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于默认值{target}%（组织未规定达成率）。",
);
const RETURNS_BELOW_ORGANIZATION: Reason = Reason::new(
    "returns-below-organization-target",
    "Orders {subject}: returns within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：退货环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);
const RETURNS_BELOW_DEFAULT: Reason = Reason::new(
    "returns-below-default-target",
    "Orders {subject}: returns within {limit} met by {rate}% of orders ({late} of {handled} late), below the default target of {target}% (the organization states none).",
    "订单{subject}：退货环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于默认值{target}%（组织未规定达成率）。",
);
const INVOICING_BELOW_ORGANIZATION: Reason = Reason::new(
    "invoicing-below-organization-target",
    "Orders {subject}: invoicing within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：发票环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);
const INVOICING_BELOW_DEFAULT: Reason = Reason::new(
    "invoicing-below-default-target",
    "Orders {subject}: invoicing within {limit} met by {rate}% of orders ({late} of {handled} late), below the default target of {target}% (the organization states none).",
    "订单{subject}：发票环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于默认值{target}%（组织未规定达成率）。",
);
const SETTLEMENT_BELOW_ORGANIZATION: Reason = Reason::new(
    "settlement-below-organization-target",
    "Orders {subject}: settlement within {limit} met by {rate}% of orders ({late} of {handled} late), below the organization's target of {target}%.",
    "订单{subject}：结算环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于组织规定的{target}%。",
);
const SETTLEMENT_BELOW_DEFAULT: Reason = Reason::new(
    "settlement-below-default-target",
    "Orders {subject}: settlement within {limit} met by {rate}% of orders ({late} of {handled} late), below the default target of {target}% (the organization states none).",
    "订单{subject}：结算环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于默认值{target}%（组织未规定达成率）。",
);
fn check_time_limits_default_target(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.params.on_time_percent.is_organizations() {
        check_on_time(ctx, em, false, |stage| match stage {
            OrderStage::Dunning => &DUNNING_BELOW_ORGANIZATION,
            OrderStage::Shipping => &SHIPPING_BELOW_ORGANIZATION,
            OrderStage::Returns => &RETURNS_BELOW_ORGANIZATION,
            OrderStage::Invoicing => &INVOICING_BELOW_ORGANIZATION,
            OrderStage::Settlement => &SETTLEMENT_BELOW_ORGANIZATION,
        });
    } else {
        check_on_time(ctx, em, false, |stage| match stage {
            OrderStage::Dunning => &DUNNING_BELOW_DEFAULT,
            OrderStage::Shipping => &SHIPPING_BELOW_DEFAULT,
            OrderStage::Returns => &RETURNS_BELOW_DEFAULT,
            OrderStage::Invoicing => &INVOICING_BELOW_DEFAULT,
            OrderStage::Settlement => &SETTLEMENT_BELOW_DEFAULT,
        });
    }
}

/// Reports the stages whose on-time rate is below target, among the time limits that state
/// their own rate (`stated`) or those that do not.
fn check_on_time(
    ctx: &Ctx<'_>,
    em: &mut Emitter<'_>,
    stated: bool,
    reason_of: impl Fn(OrderStage) -> &'static Reason,
) {
    let s = sc(ctx);
    // Period summaries.
    for (i, period) in s.order_periods.iter().enumerate() {
        for (j, sc_) in period.stages.iter().enumerate() {
            let Some(limit) = stage_limit(ctx, sc_.stage) else {
                continue;
            };
            let (target, own) = target_of(ctx, limit);
            if own != stated {
                continue;
            }
            let on_time = sc_.handled.saturating_sub(sc_.late);
            let Some(rate) = percent(on_time, sc_.handled) else {
                continue;
            };
            if rate < target {
                em.emit(
                    reason_of(sc_.stage),
                    format!("{SC}/orderPeriods/{i}/stages/{j}"),
                    &[
                        p("subject", format!("{}/{}", period.start, period.end)),
                        p(
                            "limit",
                            limit.limit.map(|l| l.to_string()).unwrap_or_default(),
                        ),
                        p("rate", rate),
                        p("late", sc_.late),
                        p("handled", sc_.handled),
                        p("target", target),
                    ],
                );
            }
        }
    }
    // Single orders: per stage, the share on time across the records kept.
    let end = ctx.doc.time_zone().end_of(ctx.as_of);
    for stage in OrderStage::ALL {
        let Some(limit) = stage_limit(ctx, stage) else {
            continue;
        };
        let Some(max_hours) = limit.limit.map(|l| l.hours()) else {
            continue;
        };
        let (target, own) = target_of(ctx, limit);
        if own != stated {
            continue;
        }
        let mut late = Vec::new();
        let mut handled: u32 = 0;
        for (i, o) in s.orders.iter().enumerate() {
            for (j, step) in o.steps.iter().enumerate() {
                if step.stage != stage || step.started.utc() > end {
                    continue;
                }
                let done = step.completed.as_ref().map_or(end, Instant::utc);
                // An open step is counted only once its limit has passed.
                if step.completed.is_none()
                    && (done - step.started.utc()).num_minutes() <= max_hours * 60
                {
                    continue;
                }
                handled = handled.saturating_add(1);
                if (done - step.started.utc()).num_minutes() > max_hours * 60 {
                    late.push((i, j, &o.number));
                }
            }
        }
        let late_n = u32::try_from(late.len()).unwrap_or(u32::MAX);
        let Some(rate) = percent(handled.saturating_sub(late_n), handled) else {
            continue;
        };
        if rate < target {
            for (i, j, number) in late {
                em.emit(
                    reason_of(stage),
                    format!("{SC}/orders/{i}/steps/{j}"),
                    &[
                        p("subject", number),
                        p(
                            "limit",
                            limit.limit.map(|l| l.to_string()).unwrap_or_default(),
                        ),
                        p("rate", rate),
                        p("late", late_n),
                        p("handled", handled),
                        p("target", target),
                    ],
                );
            }
        }
    }
}

/// 7.3.2 a) 4): the share of orders with inaccurate information stays within the limit the
/// policy sets, per period summary.
pub static ACCURACY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2.a.4-order-accuracy",
        clause: "7.3.2.a.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Order information accurate", "订单信息准确"),
        reasons: &[ABOVE_LIMIT],
        covers: &[],
    },
    check: check_accuracy,
    obligations: None,
};

const ABOVE_LIMIT: Reason = Reason::new(
    "above-limit",
    "Orders {subject}: {rate}% of orders had inaccurate information, above the {max}% allowed.",
    "订单{subject}：信息有误的订单占{rate}%，高于规定上限{max}%。",
);

fn check_accuracy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let Some(max) = s
        .order_policy
        .as_ref()
        .and_then(|o| o.max_inaccurate_percent)
        .map(|d| d.value())
    else {
        return;
    };
    for (i, period) in s.order_periods.iter().enumerate() {
        let Some(bad) = period.inaccurate_orders else {
            continue;
        };
        if let Some(rate) = percent(bad, period.orders)
            && rate > max
        {
            em.emit(
                &ABOVE_LIMIT,
                format!("{SC}/orderPeriods/{i}"),
                &[
                    p("subject", format!("{}/{}", period.start, period.end)),
                    p("rate", rate),
                    p("max", max),
                ],
            );
        }
    }
}

/// 7.3.2: order records are kept, as period summaries or single orders.
pub static RECORDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2-order-records",
        clause: "7.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Order records kept", "保留订单记录"),
        reasons: &[NO_RECORDS],
        covers: &[],
    },
    check: check_records,
    obligations: None,
};

const NO_RECORDS: Reason = Reason::new(
    "none",
    "No order records are kept, neither period summaries nor single orders.",
    "未保留任何订单记录（既无期间汇总也无单笔订单）。",
);

fn check_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if s.order_periods.is_empty() && s.orders.is_empty() {
        em.emit(&NO_RECORDS, SC, &[]);
    }
}

/// Good practice: the latest order record is no older than the parameter
/// `orderRecordsMaxAge` (default 2 months; the standard states no age).
pub static RECORDS_CURRENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2-order-records-current",
        clause: "7.3.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Order records kept up to date", "订单记录保持更新"),
        reasons: &[STALE, STALE_DEFAULT],
        covers: &[],
    },
    check: check_records_current,
    obligations: None,
};

const STALE: Reason = Reason::new(
    "stale",
    "The latest order record is of {last}, older on {as_of} than the organization's limit of {limit}.",
    "最近的订单记录为{last}，至{as_of}已超过组织规定的时限{limit}。",
);
const STALE_DEFAULT: Reason = Reason::new(
    "stale-default",
    "The latest order record is of {last}, older on {as_of} than the default limit of {limit}.",
    "最近的订单记录为{last}，至{as_of}已超过默认时限{limit}。",
);

fn check_records_current(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let latest_period = s.order_periods.iter().map(|x| x.end).max();
    let latest_order = s
        .orders
        .iter()
        .flat_map(|o| o.steps.iter())
        .map(|st| ctx.doc.time_zone().date_of(&st.started.with_offset()))
        .max();
    // Each list is serialized only when it holds the latest record.
    let (last, path) = match (latest_period, latest_order) {
        (None, None) => return,
        (Some(a), Some(b)) if b > a => (b, format!("{SC}/orders")),
        (Some(a), _) => (a, format!("{SC}/orderPeriods")),
        (None, Some(b)) => (b, format!("{SC}/orders")),
    };
    let max_age = ctx.params.order_records_max_age;
    if max_age.value.after(last).is_some_and(|d| d < ctx.as_of) {
        let reason = if max_age.is_organizations() {
            &STALE
        } else {
            &STALE_DEFAULT
        };
        em.emit(
            reason,
            path,
            &[
                p("last", last),
                p("as_of", ctx.as_of),
                p("limit", max_age.value),
            ],
        );
    }
}

/// Data consistency: an order summary's period, counts and stage counts agree.
pub static PERIOD_CONSISTENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.2-order-period-consistent",
        clause: "7.3.2",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("Order summaries consistent", "订单汇总数据一致"),
        reasons: &[
            ENDS_BEFORE_START,
            TOO_MANY_INACCURATE,
            TOO_MANY_LATE_DUNNING,
            TOO_MANY_LATE_SHIPPING,
            TOO_MANY_LATE_RETURNS,
            TOO_MANY_LATE_INVOICING,
            TOO_MANY_LATE_SETTLEMENT,
        ],
        covers: &[],
    },
    check: check_period_consistent,
    obligations: None,
};

const ENDS_BEFORE_START: Reason = Reason::new(
    "ends-before-start",
    "Order summary {subject}: the period ends before it starts.",
    "订单汇总{subject}：期间结束日早于开始日。",
);

const TOO_MANY_INACCURATE: Reason = Reason::new(
    "inaccurate-exceeds-orders",
    "Order summary {subject}: more inaccurate orders than orders.",
    "订单汇总{subject}：信息有误的订单数多于订单总数。",
);

const TOO_MANY_LATE_DUNNING: Reason = Reason::new(
    "dunning-late-exceeds-handled",
    "Order summary {subject}: more late than handled at dunning.",
    "订单汇总{subject}：催款环节超时单数多于处理单数。",
);

const TOO_MANY_LATE_SHIPPING: Reason = Reason::new(
    "shipping-late-exceeds-handled",
    "Order summary {subject}: more late than handled at shipping.",
    "订单汇总{subject}：发货环节超时单数多于处理单数。",
);

const TOO_MANY_LATE_RETURNS: Reason = Reason::new(
    "returns-late-exceeds-handled",
    "Order summary {subject}: more late than handled at returns.",
    "订单汇总{subject}：退货环节超时单数多于处理单数。",
);

const TOO_MANY_LATE_INVOICING: Reason = Reason::new(
    "invoicing-late-exceeds-handled",
    "Order summary {subject}: more late than handled at invoicing.",
    "订单汇总{subject}：发票环节超时单数多于处理单数。",
);

const TOO_MANY_LATE_SETTLEMENT: Reason = Reason::new(
    "settlement-late-exceeds-handled",
    "Order summary {subject}: more late than handled at settlement.",
    "订单汇总{subject}：结算环节超时单数多于处理单数。",
);

/// What the rule says when a stage counts more late orders than it handled.
fn late_exceeds_handled(stage: OrderStage) -> &'static Reason {
    match stage {
        OrderStage::Dunning => &TOO_MANY_LATE_DUNNING,
        OrderStage::Shipping => &TOO_MANY_LATE_SHIPPING,
        OrderStage::Returns => &TOO_MANY_LATE_RETURNS,
        OrderStage::Invoicing => &TOO_MANY_LATE_INVOICING,
        OrderStage::Settlement => &TOO_MANY_LATE_SETTLEMENT,
    }
}

fn check_period_consistent(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, period) in sc(ctx).order_periods.iter().enumerate() {
        let subject = format!("{}/{}", period.start, period.end);
        let path = format!("{SC}/orderPeriods/{i}");
        if period.end < period.start {
            em.emit(&ENDS_BEFORE_START, &path, &[p("subject", &subject)]);
        }
        if period.inaccurate_orders.is_some_and(|n| n > period.orders) {
            em.emit(&TOO_MANY_INACCURATE, &path, &[p("subject", &subject)]);
        }
        for (j, st) in period.stages.iter().enumerate() {
            if st.late > st.handled {
                em.emit(
                    late_exceeds_handled(st.stage),
                    format!("{path}/stages/{j}"),
                    &[p("subject", &subject)],
                );
            }
        }
    }
}
