//! Chapter 5 — 策划 (planning): actions to address risks and opportunities (5.1), the
//! e-commerce objectives and the planning to achieve them (5.2), and the planning of changes
//! to the management system (5.3).

pub mod changes;
pub mod objective_monitoring;
pub mod objective_plans;
pub mod objectives;
pub mod risk_actions;
pub mod risks;
mod shared;

use super::{AssessedRequirement, BuiltinRule};

/// Chapter 5's rules, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    // 5.1.1
    &risks::RISKS_DETERMINED,
    &risks::RISK_DEFINED,
    &risks::RISK_RATED,
    &risks::AIMS_COVERED,
    // 5.1.2
    &risk_actions::RISK_RESPONSE,
    &risk_actions::RESPONSE_PROPORTIONATE,
    &risk_actions::ACTION_PLANNED,
    &risk_actions::ACTION_INTEGRATED,
    &risk_actions::ACTION_OVERDUE,
    &risk_actions::EVALUATION_PLANNED,
    &risk_actions::EVALUATION_DONE,
    &risk_actions::EVALUATION_DEFAULT_WINDOW,
    &risk_actions::INEFFECTIVE_FOLLOWED_UP,
    // 5.2.1
    &objectives::OBJECTIVES_SET,
    &objectives::DOCUMENTED,
    &objectives::STRATEGY,
    &objectives::MEASURABLE,
    &objectives::REQUIREMENTS,
    &objectives::RELEVANCE,
    &objective_monitoring::MONITORED,
    &objective_monitoring::MONITORING_OVERDUE,
    &objective_monitoring::COMMUNICATED,
    &objective_monitoring::REVIEW_INTERVAL,
    &objective_monitoring::REVIEW_OVERDUE,
    &objective_monitoring::TARGET_LAPSED,
    // 5.2.2
    &objective_plans::OBJECTIVE_ACTIONS,
    &objective_plans::ACTION_PLANNED,
    &objective_plans::ACTION_OVERDUE,
    &objective_plans::RESULT_EVALUATION,
    // 5.3
    &changes::CONSIDERATIONS,
    &changes::PLANNED_FIRST,
];

/// Chapter 5 requirements shown by self-assessment only: none.
pub(super) static ASSESSED: &[AssessedRequirement] = &[];

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-5.2.1-objectives-set",
        "5.2.1 asks only that objectives be set.",
    ),
    (
        "ecms-5.2.1.a-objective-strategy",
        "5.2.1 a) asks only that objectives be consistent with the strategy.",
    ),
    (
        "ecms-5.2.1.b-objective-measurable",
        "5.2.1 b) asks only that objectives be measurable.",
    ),
    (
        "ecms-5.2.1.c-objective-requirements",
        "5.2.1 c) asks only that applicable requirements be taken into account.",
    ),
    (
        "ecms-5.2.1.d-objective-relevance",
        "5.2.1 d) asks only that objectives be relevant to conformity and customer satisfaction.",
    ),
    (
        "ecms-5.1.2.b-action-integrated",
        "5.1.2 b) asks only that actions be integrated into the processes.",
    ),
    (
        "ecms-5.1.2.c-evaluation-planned",
        "5.1.2 c) asks that evaluation be planned; its timing is checked by the evaluation rules.",
    ),
    (
        "ecms-5.1.1-risks-determined",
        "5.1.1 asks only that risks and opportunities be determined.",
    ),
    (
        "ecms-5.1.1-risk-defined",
        "5.1.1 asks only that risks be determined from 3.1 and 3.2 for the listed aims.",
    ),
];
