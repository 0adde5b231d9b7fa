//! Rules for this part of the standard.

use super::obligations::Obligation;
use super::{AssessedRequirement, BuiltinRule};
use crate::model::EcmsDocument;

pub(super) static RULES: &[BuiltinRule] = &[];

pub(super) static ASSESSED: &[AssessedRequirement] = &[];

pub(super) fn obligations(_doc: &EcmsDocument, _out: &mut Vec<Obligation>) {}
