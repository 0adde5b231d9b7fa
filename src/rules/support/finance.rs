//! 6.1.3 — 资金 (funds): the organization determines its short- and long-term fund needs,
//! assures their supply, plans the use of funds in a budget, compares actual use with the plan
//! at planned intervals and acts on variances beyond its threshold.

use crate::common::Money;
use crate::model::EcmsDocument;
use crate::model::support::FundHorizon;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;
use rust_decimal::Decimal;

use super::*;

/// 6.1.3: short- and long-term fund needs determined.
pub static FUND_NEEDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-fund-needs",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Short- and long-term fund needs determined",
            "确定长短期资金需求",
        ),
        reasons: &[NO_SHORT_TERM, NO_LONG_TERM],
        covers: &[],
    },
    check: check_fund_needs,
    obligations: None,
};

const NO_SHORT_TERM: Reason = Reason::new(
    "no-short-term",
    "No short-term fund need is recorded.",
    "未记录短期资金需求。",
);

const NO_LONG_TERM: Reason = Reason::new(
    "no-long-term",
    "No long-term fund need is recorded.",
    "未记录长期资金需求。",
);

fn check_fund_needs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let (path, needs) = match &support(ctx).finance {
        Some(f) => ("/support/finance", f.fund_needs.as_slice()),
        None => ("/support", &[][..]),
    };
    for (h, reason) in [
        (FundHorizon::ShortTerm, &NO_SHORT_TERM),
        (FundHorizon::LongTerm, &NO_LONG_TERM),
    ] {
        if !needs.iter().any(|n| n.horizon == Some(h)) {
            em.emit(reason, path, &[]);
        }
    }
}

/// 6.1.3: fund supply assured.
pub static FUND_SUPPLY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-fund-supply",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Fund supply assured", "保证资金供给"),
        reasons: &[NO_AMOUNT, NO_FUNDING_SOURCE],
        covers: &[],
    },
    check: check_fund_supply,
    obligations: None,
};

const NO_AMOUNT: Reason = Reason::new(
    "no-amount",
    "Fund need '{subject}' has no amount.",
    "资金需求“{subject}”没有金额。",
);

const NO_FUNDING_SOURCE: Reason = Reason::new(
    "no-funding-source",
    "Fund need '{subject}' has no funding source.",
    "资金需求“{subject}”没有资金来源。",
);

fn check_fund_supply(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, n) in f.fund_needs.iter().enumerate() {
        let path = format!("/support/finance/fundNeeds/{i}");
        if n.amount.is_none() {
            em.emit(&NO_AMOUNT, &path, &[p("subject", &n.description)]);
        }
        if blank(&n.funding_source) {
            em.emit(&NO_FUNDING_SOURCE, &path, &[p("subject", &n.description)]);
        }
    }
}

/// 6.1.3: a budget plans the use of funds.
pub static BUDGET: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-budget",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("A budget plans the use of funds", "有资金使用计划"),
        reasons: &[NO_BUDGET],
        covers: &[],
    },
    check: check_budget,
    obligations: None,
};

const NO_BUDGET: Reason = Reason::new(
    "no-budget",
    "No budget line with a planned amount is recorded.",
    "未记录任何有计划金额的预算项。",
);

fn check_budget(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ok = support(ctx)
        .finance
        .as_ref()
        .is_some_and(|f| f.budget_lines.iter().any(|l| l.planned.is_some()));
    if !ok {
        let path = if support(ctx).finance.is_some() {
            "/support/finance"
        } else {
            "/support"
        };
        em.emit(&NO_BUDGET, path, &[]);
    }
}

/// 6.1.3: actual spending compared with plan.
pub static BUDGET_COMPARED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-budget-actual-compared",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Actual spending compared with plan", "实际使用与计划比较"),
        reasons: &[NO_PLANNED, NO_ACTUAL, ACTUAL_DATE_OUTSIDE],
        covers: &[],
    },
    check: check_budget_compared,
    obligations: None,
};

const NO_PLANNED: Reason = Reason::new(
    "no-planned",
    "Budget line '{subject}' has no planned amount, so actual use cannot be compared with the plan.",
    "预算项“{subject}”没有计划金额，无法将实际使用与计划比较。",
);

const NO_ACTUAL: Reason = Reason::new(
    "no-actual",
    "Budget line '{subject}' has no actual amount, so actual use cannot be compared with the plan.",
    "预算项“{subject}”没有实际金额，无法将实际使用与计划比较。",
);

const ACTUAL_DATE_OUTSIDE: Reason = Reason::new(
    "actual-date-outside",
    "Budget line '{subject}': the actual figure runs to {date}, which is not between the start of the budget period and the evaluation date {as_of}.",
    "预算项“{subject}”：实际金额截至{date}，不在预算期开始日与评价日{as_of}之间。",
);

fn check_budget_compared(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        let path = format!("/support/finance/budgetLines/{i}");
        if l.planned.is_none() {
            em.emit(&NO_PLANNED, &path, &[p("subject", &l.name)]);
        }
        // A line whose period has not begun has nothing to compare yet.
        let started = l.period_from.is_none_or(|d| d <= ctx.as_of);
        if l.actual.is_none() && started {
            em.emit(&NO_ACTUAL, &path, &[p("subject", &l.name)]);
        }
        if let Some(date) = l.actual_as_of
            && l.actual.is_some()
            && (date > ctx.as_of || l.period_from.is_some_and(|from| date < from))
        {
            em.emit(
                &ACTUAL_DATE_OUTSIDE,
                format!("{path}/actualAsOf"),
                &[
                    p("subject", &l.name),
                    p("date", date),
                    p("as_of", ctx.as_of),
                ],
            );
        }
    }
}

/// 6.1.3: plan and actual in one currency.
pub static BUDGET_CURRENCY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-budget-currency",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("Plan and actual in one currency", "计划与实际币种一致"),
        reasons: &[CURRENCY_MISMATCH],
        covers: &[],
    },
    check: check_budget_currency,
    obligations: None,
};

const CURRENCY_MISMATCH: Reason = Reason::new(
    "currency-mismatch",
    "Budget line '{subject}' is planned in {planned} but its actual is in {actual}.",
    "预算项“{subject}”计划币种为{planned}，实际币种为{actual}。",
);

fn check_budget_currency(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        let base = format!("/support/finance/budgetLines/{i}");
        let Some(actual) = l.actual else { continue };
        for (field, plan) in [("planned", l.planned), ("plannedToDate", l.planned_to_date)] {
            if let Some(plan) = plan
                && plan.currency != actual.currency
            {
                em.emit(
                    &CURRENCY_MISMATCH,
                    format!("{base}/{field}"),
                    &[
                        p("subject", &l.name),
                        p("planned", plan.currency),
                        p("actual", actual.currency),
                    ],
                );
            }
        }
    }
}

/// 6.1.3 (policy): a variance threshold is set. The standard asks for actual use to be compared
/// with the plan and measures taken in time; a threshold is the organization's own number.
pub static VARIANCE_THRESHOLD: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-variance-threshold",
        clause: "6.1.3",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Variance threshold set", "规定偏差阈值"),
        reasons: &[NO_THRESHOLD],
        covers: &[],
    },
    check: check_variance_threshold,
    obligations: None,
};

const NO_THRESHOLD: Reason = Reason::new(
    "no-threshold",
    "No variance threshold applies to budget line '{subject}', so when to act on a variance is undefined.",
    "预算项“{subject}”没有适用的偏差阈值，无法确定何时采取措施。",
);

fn check_variance_threshold(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        if l.variance_threshold.is_none() && f.variance_threshold.is_none() {
            em.emit(
                &NO_THRESHOLD,
                format!("/support/finance/budgetLines/{i}"),
                &[p("subject", &l.name)],
            );
        }
    }
}

/// 6.1.3: variances beyond threshold acted upon.
pub static VARIANCE_ACTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-variance-acted-upon",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t(
            "Variances beyond threshold acted upon",
            "超阈值偏差及时采取措施",
        ),
        reasons: &[NOT_ACTED],
        covers: &[],
    },
    check: check_variance_acted,
    obligations: None,
};

const NOT_ACTED: Reason = Reason::new(
    "not-acted",
    "Budget line '{subject}': actual {actual} against plan {planned} exceeds the {threshold}% threshold and no action is recorded.",
    "预算项“{subject}”：实际{actual}对计划{planned}的偏差超过{threshold}%阈值，且没有措施记录。",
);

fn check_variance_acted(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        let (Some(plan), Some(actual)) = (compared_plan(l), l.actual) else {
            continue;
        };
        let Some(threshold) = l.variance_threshold.or(f.variance_threshold) else {
            continue;
        };
        if plan.currency != actual.currency {
            continue; // reported by ecms-6.1.3-budget-currency
        }
        if !exceeds(
            plan.amount.value(),
            actual.amount.value(),
            threshold.value(),
        ) {
            continue;
        }
        let acted = l.actions.iter().any(|a| {
            !a.description.trim().is_empty() && a.decided_on.is_some_and(|d| d <= ctx.as_of)
        });
        if !acted {
            em.emit(
                &NOT_ACTED,
                format!("/support/finance/budgetLines/{i}"),
                &[
                    p("subject", &l.name),
                    p("actual", format!("{} {}", actual.amount, actual.currency)),
                    p("planned", format!("{} {}", plan.amount, plan.currency)),
                    p("threshold", threshold),
                ],
            );
        }
    }
}

/// 6.1.3: budget comparison has an interval.
pub static COMPARISON_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-comparison-interval",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Budget comparison has an interval", "规定预算比较周期"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_comparison_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "The budget declares no interval for comparing actual spending with the plan.",
    "预算未规定将实际使用与计划比较的周期。",
);

fn check_comparison_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(f) = &support(ctx).finance
        && !f.budget_lines.is_empty()
        && f.comparison.interval.is_none()
    {
        em.emit(&NO_INTERVAL, "/support/finance", &[]);
    }
}

/// 6.1.3: budget compared on time.
pub static COMPARISON_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.3-comparison-overdue",
        clause: "6.1.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Budget compared on time", "按期比较预算执行"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_comparison_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The comparison of actual spending with the {subject} was due on {due} (interval {interval}, last {last}).",
    "{subject}实际使用与计划的比较应于{due}进行（周期{interval}，上次{last}）。",
);

fn duties_comparison_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    if let Some(f) = &doc.support.finance {
        out.push(Duty {
            path: "/support/finance".into(),
            subject: "budget".into(),
            activity: t("budget versus actual comparison", "预算执行比较"),
            interval: f.comparison.interval,
            last_done: f.comparison.last_done,
            anchor: None,
            evidence: Evidence::Schedule(f.comparison.record),
        });
    }
}

/// The planned amount the actual is compared with.
fn compared_plan(l: &crate::model::support::BudgetLine) -> Option<Money> {
    l.planned_to_date.or(l.planned)
}

/// Whether |actual − plan| exceeds `threshold` percent of the plan (overflow counts as
/// exceeding; a zero plan is exceeded by any non-zero actual).
fn exceeds(plan: Decimal, actual: Decimal, threshold: Decimal) -> bool {
    let diff = match actual.checked_sub(plan) {
        Some(d) => d.abs(),
        None => return true,
    };
    let lhs = diff.checked_mul(Decimal::ONE_HUNDRED);
    let rhs = threshold.abs().checked_mul(plan.abs());
    match (lhs, rhs) {
        (Some(l), Some(r)) => l > r,
        _ => true,
    }
}
