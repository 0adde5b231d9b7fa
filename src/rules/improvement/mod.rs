//! Chapter 9 — 改进 (improvement): determining and selecting improvement opportunities
//! (9.1), reacting to nonconformities and taking corrective action (9.2), and continually
//! improving the management system (9.3).

pub mod continual;
pub mod corrective_actions;
pub mod dates;
pub mod nonconformities;
pub mod opportunities;
pub mod updates;

use super::{AssessedRequirement, BuiltinRule, t};

/// Chapter 9's rules, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    // 9.1
    &opportunities::SELECTED,
    &opportunities::CATEGORIES,
    &opportunities::PLANNED,
    &opportunities::OVERDUE,
    // 9.2
    &nonconformities::SOURCE,
    &nonconformities::IMPACT,
    &nonconformities::REACTION,
    &nonconformities::CAUSE_ANALYSIS,
    &nonconformities::ACTION_DECISION,
    &corrective_actions::IMPLEMENTED,
    &corrective_actions::PLANNED,
    &corrective_actions::OVERDUE,
    &corrective_actions::EFFECTIVENESS,
    &updates::RISK_UPDATE,
    &updates::SYSTEM_CHANGE,
    &updates::NEED_UNDECIDED,
    &nonconformities::RECORDS,
    &dates::FUTURE_DATED,
    &dates::NC_DATES_ORDERED,
    // 9.3
    &continual::REVIEW_OUTPUTS,
    &continual::ANALYSIS_RESULTS,
];

/// Chapter 9 requirements shown by self-assessment only: the proportionality of corrective
/// actions (9.2) and the improvement of the system over time (9.3).
pub(super) static ASSESSED: &[AssessedRequirement] = &[
    AssessedRequirement {
        clause: "9.2",
        reason: t(
            "Whether each corrective action is proportionate to the effects of its nonconformity is a judgement; records give the impact grade and the actions, a person weighs one against the other.",
            "纠正措施是否与不符合的影响相适应需要人工判断：记录只给出影响程度和措施，需由人员权衡二者。",
        ),
    },
    AssessedRequirement {
        clause: "9.3",
        reason: t(
            "Whether the system's suitability, adequacy and effectiveness actually improve over time is a judgement across years of records, not a property of any one record.",
            "体系的适宜性、充分性和有效性是否得到持续改进，需要跨多年记录综合判断，不是单条记录所能证明的。",
        ),
    },
];

/// Every nonconformity with its JSON pointer.
fn ncs<'a>(
    ctx: &'a crate::rules::Ctx<'_>,
) -> impl Iterator<Item = (String, &'a crate::model::improvement::Nonconformity)> {
    ctx.doc
        .improvement
        .nonconformities
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("/improvement/nonconformities/{i}"), n))
}

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-9.2.a-reaction",
        "9.2 a) asks only that the nonconformity be reacted to, its parts where applicable.",
    ),
    (
        "ecms-9.2.b-cause-analysis",
        "9.2 b) 1)-3) ask only for the review, the causes and similar cases.",
    ),
    (
        "ecms-9.1-improvements-selected",
        "9.1 asks only that improvement opportunities be determined and selected.",
    ),
];
