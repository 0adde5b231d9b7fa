//! Helpers of the chapter 5 rules.
//!
//! A record dated after the evaluation date (a completion, an evaluation, an
//! implementation) counts as not having happened yet.

use crate::common::Date;
use crate::model::planning::{Objective, RiskAction};
use crate::rules::Ctx;

/// A date that has come by the as-of date, or `None`.
pub(super) fn done(d: Option<Date>, as_of: Date) -> Option<Date> {
    d.filter(|d| *d <= as_of)
}

/// Every risk action with its path and the title of its risk or opportunity.
pub(super) fn risk_actions<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a str, &'a RiskAction)> + 'a {
    ctx.doc
        .planning
        .risks
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.actions.iter().enumerate().map(move |(j, a)| {
                (
                    format!("/planning/risks/{i}/actions/{j}"),
                    r.title.as_str(),
                    a,
                )
            })
        })
}

/// Every objective with its path.
pub(super) fn objectives<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a Objective)> + 'a {
    ctx.doc
        .planning
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (format!("/planning/objectives/{i}"), o))
}
