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
