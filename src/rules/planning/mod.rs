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
