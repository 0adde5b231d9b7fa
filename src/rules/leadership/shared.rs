//! Helpers of the chapter 4 rules, also used by chapter 5: approvals by top management and
//! records of communication.
//!
//! A record dated after the evaluation date (an approval, a briefing) counts as not having
//! happened yet.

use crate::common::{Approval, Date};
use crate::ids::PersonId;
use crate::model::leadership::CommunicationRecord;
use crate::rules::Ctx;

/// Whether a person is a member of top management.
pub(crate) fn is_top(ctx: &Ctx<'_>, person: Option<PersonId>) -> bool {
    person.is_some_and(|p| ctx.doc.organization.top_management.contains(&p))
}

/// The date of an approval by a member of top management on or before the as-of date.
pub(crate) fn top_approval(ctx: &Ctx<'_>, a: &Option<Approval>) -> Option<Date> {
    let a = a.as_ref()?;
    let d = a.date.filter(|d| *d <= ctx.as_of)?;
    is_top(ctx, a.by).then_some(d)
}

/// JSON pointer of a list, or of its parent when the list is empty (and so not serialized).
pub(crate) fn list_path(non_empty: bool, list: &str, parent: &str) -> String {
    if non_empty {
        list.to_owned()
    } else {
        parent.to_owned()
    }
}

/// Whether a communication record reaches someone on or before the as-of date (and on or
/// after `since`, when given).
pub(crate) fn reached(ctx: &Ctx<'_>, records: &[CommunicationRecord], since: Option<Date>) -> bool {
    records.iter().any(|r| {
        !r.audience.is_empty()
            && r.date
                .is_some_and(|d| d <= ctx.as_of && since.is_none_or(|s| d >= s))
    })
}

/// Whether any communication record reaches someone on or before the as-of date.
pub(crate) fn communicated(ctx: &Ctx<'_>, records: &[CommunicationRecord]) -> bool {
    reached(ctx, records, None)
}
