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

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-7.4.b-campaign-data-basis",
        "7.4 b) asks only that campaigns be based on analysed data; the basis is recorded, nobody or no date is named",
    ),
    (
        "ecms-7.4.c-campaign-planned",
        "7.4 c) asks only that campaigns be planned: an objective, a plan and dates exist",
    ),
    (
        "ecms-7.4.d-campaign-resources",
        "7.4 d) asks only that resources be provided for campaigns; no approver or date is named",
    ),
    (
        "ecms-7.2.3.b.1-product-classified",
        "7.2.3 b) 1) asks only that products be classified; membership in a declared category is all it names",
    ),
    (
        "ecms-7.2.5-scenario-complete",
        "7.2.5 a)-d) list what the crisis system contains; the text asks for each part to exist",
    ),
    (
        "ecms-7.2.5-review-intervals",
        "declares the planned interval of crisis exercises; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.2.4-customer-property-controlled",
        "7.2.4 asks that customer property be identified, verified and protected; the arrangements existing is all it names",
    ),
    (
        "ecms-7.2.4-service-arrangements",
        "7.2.4 a)-f) list what customer service determines; the text asks only that each be determined",
    ),
    (
        "ecms-7.2.4-staff-evaluation",
        "7.2.4 asks for an evaluation system for service staff; its criteria existing is all it names",
    ),
    (
        "ecms-7.2.4-review-intervals",
        "declares the planned interval of staff evaluations; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.2.3.c.1-product-described",
        "7.2.3 c) 1) asks that listed products have titles and parameters; nothing about who or when",
    ),
    (
        "ecms-7.2.3.c.2-customer-information",
        "7.2.3 c) 2) asks only that further information for customers be given",
    ),
    (
        "ecms-7.6-financial-control-functions",
        "7.6 lists the elements of the financial control system; the text asks for each to exist",
    ),
    (
        "ecms-7.6-review-intervals",
        "declares the planned interval of financial controls; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.5-information-flows",
        "7.5 asks that requirements for internal and external information be determined; nothing about who or when",
    ),
    (
        "ecms-7.5-flow-handling",
        "7.5 asks that information be collected, processed, stored, used and fed back; how each is done existing is all it names",
    ),
    (
        "ecms-7.5-systems-determined",
        "7.5 asks only that information systems be provided",
    ),
    (
        "ecms-7.5-review-intervals",
        "declares the planned interval of system maintenance; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.1-key-processes-identified",
        "7.1 asks only that key processes be determined",
    ),
    (
        "ecms-7.2.3-product-traceable",
        "7.2.3 asks that products be traceable; a receipt date and source existing is all it names",
    ),
    (
        "ecms-7.2.3-review-intervals",
        "declares the planned interval of listing reviews; the overdue rules check the dated records",
    ),
    (
        "ecms-7.4.a-data-sources",
        "7.4 a) asks only that marketing data and information be collected from defined sources",
    ),
    (
        "ecms-7.4-review-intervals",
        "declares the planned interval of marketing analyses; the overdue rules check the dated records",
    ),
    (
        "ecms-7.2.1.a-areas-covered",
        "7.2.1 a) asks only that operations processes be planned for the listed areas",
    ),
    (
        "ecms-7.2.1.b-target-customers",
        "7.2.1 b) asks only that target customers and their needs be determined",
    ),
    (
        "ecms-7.2.1.c-process-verification",
        "7.2.1 c) asks that each process define its review, verification and validation; the definition existing is all it names",
    ),
    (
        "ecms-7.2.1.d-process-measures",
        "7.2.1 d) asks only that efficiency and effectiveness measures be defined",
    ),
    (
        "ecms-7.2.1.e-feedback-channels",
        "7.2.1 e) asks only that customer feedback be gathered through defined channels",
    ),
    (
        "ecms-7.2.1-review-intervals",
        "declares the planned interval of feedback evaluation; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.2.2-strategy-criteria",
        "7.2.2 a), b) name what the platform strategy considers; the criteria existing is all they ask",
    ),
    (
        "ecms-7.2.2-platforms-selected",
        "7.2.2 asks only that platforms be selected or built",
    ),
    (
        "ecms-7.2.2-platform-assessed",
        "7.2.2 a), b) ask that each platform be considered against the criteria; the assessment existing is all they name",
    ),
    (
        "ecms-7.2.2-review-intervals",
        "declares the planned interval of platform reviews; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.7.c-technical-measures",
        "7.7 c) asks only that technical security measures, equipment and facilities be provided",
    ),
    (
        "ecms-7.7-review-intervals",
        "declares the planned intervals of security training and risk review; the overdue rules check the dated records",
    ),
    (
        "ecms-7.7.f-risk-areas",
        "7.7 f) 1)-4) ask only that the risks of each listed area be determined",
    ),
];
