//! Chapter 3 — 组织环境 (context of the organization): internal and external factors (3.1),
//! interested parties (3.2), the scope and its exclusions (3.3), and the processes of the
//! management system (3.4).

pub mod compliance;
pub mod factors;
pub mod parties;
pub mod processes;
pub mod scope;

use super::{AssessedRequirement, BuiltinRule};

/// Chapter 3's rules, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    &factors::CATEGORIES,
    &factors::EVALUATED,
    &factors::REVIEW_INTERVAL,
    &factors::REVIEW_OVERDUE,
    &compliance::REGISTER,
    &compliance::EVALUATED,
    &compliance::EVALUATION_OVERDUE,
    &parties::IDENTIFIED,
    &parties::REQUIREMENTS,
    &parties::REVIEW_INTERVAL,
    &parties::REVIEW_OVERDUE,
    &scope::DOCUMENTED,
    &scope::CONSIDERATIONS,
    &scope::BOUNDARIES,
    &scope::RECORD_SITE,
    &scope::EXCLUSION_JUSTIFIED,
    &scope::EXCLUSION_PERMISSIBLE,
    &scope::EXCLUSION_IMPACT,
    &scope::EXCLUSION_APPROVED,
    &scope::EXCLUSION_REVIEW_DUE,
    &processes::DEFINED,
    &processes::OWNER_INPUTS_OUTPUTS,
    &processes::DOCUMENTED,
];

/// Chapter 3 requirements shown by self-assessment only: none.
pub(super) static ASSESSED: &[AssessedRequirement] = &[];

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-3.1-factor-categories",
        "3.1 lists the four kinds of factor information to include; it names no owner, approval or date.",
    ),
    (
        "ecms-3.1-factor-evaluated",
        "3.1 asks that the factors be analysed and evaluated; the timing is checked by the review rules.",
    ),
    (
        "ecms-3.1-factor-review-interval",
        "3.1 asks for monitoring and review without a period; that a review happens on time is the overdue rule's job.",
    ),
    (
        "ecms-3.2.a-parties-identified",
        "3.2 a) asks only that the relevant interested parties be determined.",
    ),
    (
        "ecms-3.2.b-party-requirements",
        "3.2 b) asks only that the parties' requirements be determined.",
    ),
    (
        "ecms-3.2-party-review-interval",
        "3.2 asks for monitoring and review without a period; that a review happens on time is the overdue rule's job.",
    ),
    (
        "ecms-3.3-scope-considerations",
        "3.3 a)-c) ask only that factors, requirements and interfaces be considered.",
    ),
    (
        "ecms-3.3-exclusion-justified",
        "3.3 asks only that a justification be stated; its approval and impact are separate rules.",
    ),
    (
        "ecms-3.4-processes-defined",
        "3.4 asks that the needed processes be established; the text sets no owner or date.",
    ),
    (
        "ecms-3.4-process-documented",
        "3.4 asks for documented information only to the extent necessary, with no approval or date.",
    ),
];
