//! Rules about the data itself and about self-assessments.
//!
//! * [`references`]: every id is defined once and every reference points at a record of the
//!   right kind — consistency of the data, reported with basis `integrity`.
//! * [`assessments`]: requirements that no record can prove are shown by a dated, attributed
//!   self-assessment (see [`super::assessed_requirements`]).

pub mod assessments;
pub mod references;

use super::BuiltinRule;

/// The integrity and self-assessment rules, in catalog order.
pub(super) static RULES: &[&BuiltinRule] = &[
    &references::DUPLICATE_ID,
    &references::DANGLING,
    &assessments::UNKNOWN_REQUIREMENT,
    &assessments::MISSING,
    &assessments::STALE,
    &assessments::DECLARED_NONCONFORMING,
    &assessments::DECLARED_PARTIAL,
    &assessments::NOT_APPLICABLE_UNJUSTIFIED,
    &assessments::EVIDENCE,
];
