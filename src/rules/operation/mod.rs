//! Chapter 7 — 运行 (operation), except 7.3: key processes (7.1), operations management
//! (7.2: operating model, platforms, product listing, customer service, crises), marketing
//! (7.4), information (7.5), funds (7.6) and information security (7.7). The supply chain
//! (7.3) is in its own module.

pub mod campaigns;
pub mod classification;
pub mod complaints;
pub mod crisis;
pub mod customer_property;
pub mod customer_service;
pub mod description;
pub mod funds;
pub mod information;
pub mod key_processes;
pub mod listing;
pub mod marketing;
pub mod operating_model;
pub mod platforms;
pub mod pricing;
pub mod security;
pub mod security_incidents;
pub mod security_risks;
mod shared;
pub mod supply_chain;

use super::{AssessedRequirement, BuiltinRule, t};

/// Chapter 7's rules except 7.3, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    // 7.1
    &key_processes::IDENTIFIED,
    &key_processes::PLANNED,
    &key_processes::EXECUTION_RECORDS,
    &key_processes::CONFORMITY_RECORDS,
    &key_processes::OUTSOURCED_CONTROLLED,
    // 7.2.1
    &operating_model::MODEL,
    &operating_model::AREAS_COVERED,
    &operating_model::TARGET_CUSTOMERS,
    &operating_model::PROCESS_VERIFICATION,
    &operating_model::PROCESS_MEASURES,
    &operating_model::FEEDBACK_CHANNELS,
    &operating_model::FEEDBACK_EVALUATION_OVERDUE,
    &operating_model::PROCESS_RESPONSIBILITY,
    &operating_model::REVIEW_INTERVALS,
    // 7.2.2
    &platforms::STRATEGY,
    &platforms::STRATEGY_CRITERIA,
    &platforms::SELECTED,
    &platforms::ASSESSED,
    &platforms::REVIEW_OVERDUE,
    &platforms::REVIEW_INTERVALS,
    // 7.2.3
    &listing::PROCEDURE,
    &listing::STRATEGY,
    &listing::REQUIREMENTS_REVIEW_OVERDUE,
    &listing::OUTCOME_EVALUATION_OVERDUE,
    &listing::RECORDS,
    &classification::CRITERIA,
    &classification::PRODUCT_CLASSIFIED,
    &classification::OPTIMISATION_OVERDUE,
    &description::DESCRIPTION_RULES,
    &description::PRODUCT_DESCRIBED,
    &description::CUSTOMER_INFORMATION,
    &pricing::PRINCIPLES,
    &pricing::APPROVAL_MECHANISM,
    &pricing::CHANGE_APPROVED,
    &pricing::APPROVER_AUTHORIZED,
    &pricing::SELF_APPROVAL,
    &listing::PRODUCT_IDENTIFIABLE,
    &listing::PRODUCT_TRACEABLE,
    &listing::REVIEW_INTERVALS,
    // 7.2.4
    &customer_service::PROCEDURE,
    &customer_service::ARRANGEMENTS,
    &customer_service::STAFF_EVALUATION,
    &customer_service::STAFF_EVALUATION_OVERDUE,
    &complaints::RECORD,
    &complaints::RESOLUTION_TIME,
    &complaints::REFUND_APPROVED,
    &customer_property::CONTROLLED,
    &customer_property::INCIDENT_REPORTED,
    &customer_property::INCIDENT_RECORDED,
    &customer_service::REVIEW_INTERVALS,
    // 7.2.5
    &crisis::PLAN,
    &crisis::SCENARIO_COMPLETE,
    &crisis::EXERCISE_OVERDUE,
    &crisis::EXERCISE_EVALUATED,
    &crisis::EVALUATION_OVERDUE,
    &crisis::REVIEW_INTERVALS,
    // 7.4
    &marketing::PROCEDURE,
    &marketing::DATA_SOURCES,
    &marketing::ANALYSIS_OVERDUE,
    &campaigns::DATA_BASIS,
    &campaigns::PLANNED,
    &campaigns::APPROVED_BEFORE_START,
    &campaigns::RESOURCES,
    &campaigns::SUPERVISED,
    &campaigns::EVALUATED,
    &campaigns::EVALUATED_IN_TIME,
    &marketing::PROCESS_EVALUATION_OVERDUE,
    &marketing::REVIEW_INTERVALS,
    // 7.5
    &information::PROCEDURE,
    &information::FLOWS,
    &information::FLOW_HANDLING,
    &information::SYSTEMS_DETERMINED,
    &information::SYSTEM_OWNER,
    &information::MAINTENANCE_OVERDUE,
    &information::REVIEW_INTERVALS,
    // 7.6
    &funds::CONTROL_FUNCTIONS,
    &funds::CONTROL_DEFINED,
    &funds::CONTROL_OVERDUE,
    &funds::FUND_PROCEDURES,
    &funds::REVIEW_INTERVALS,
    // 7.7
    &security::POLICY,
    &security::AWARENESS_TRAINING_OVERDUE,
    &security::RESPONSIBILITIES,
    &security::TECHNICAL_MEASURES,
    &security::SYSTEMS_PROTECTED,
    &security::PARTY_OBLIGATIONS,
    &security_incidents::HANDLED,
    &security_incidents::OPEN_TOO_LONG,
    &security_risks::CONTROLS,
    &security_risks::REVIEW_OVERDUE,
    &security_risks::AREAS,
    &security::REVIEW_INTERVALS,
];

/// Chapter 7 requirements (except 7.3) shown by self-assessment only: which further
/// customer-service activities are needed (7.2.4 g).
pub(super) static ASSESSED: &[AssessedRequirement] = &[AssessedRequirement {
    clause: "7.2.4.g",
    reason: t(
        "Which further activities customers need is a judgement on the whole service; a list of activities cannot show it is sufficient.",
        "还需要哪些其他活动来满足顾客需求，需对整体服务作出判断，活动清单本身不能证明其充分。",
    ),
}];
