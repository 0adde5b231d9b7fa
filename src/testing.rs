//! Assertions for Rust test suites: a document conforms to GB/T 36311—2018 as of a date.
//!
//! ```
//! use ecms::common::Date;
//!
//! let json = r#"{"schemaVersion": "1.0", "organization": {"name": "Shop", "businessModels": ["b2c"]}}"#;
//! let doc = ecms::parse_document(json).expect("valid").document;
//! let as_of = Date::from_ymd(2026, 6, 30).expect("a real date");
//! // An empty management system does not conform; the error lists every finding.
//! let err = ecms::testing::check_conforms(&doc, as_of).unwrap_err();
//! assert!(err.to_string().contains("ecms-3.4-processes-defined"));
//! ```
//!
//! In a test, `ecms::testing::assert_conforms(&doc, as_of)` panics with the same list.

use std::fmt;

use crate::common::Date;
use crate::conformity::{self, ConformityReport};
use crate::model::EcmsDocument;

/// A document that does not conform: its conformity report, displayed as a readable list
/// of findings (severity, clause, rule, JSON pointer, message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nonconformity {
    /// The full report.
    pub report: Box<ConformityReport>,
}

impl fmt::Display for Nonconformity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.report;
        let l = &r.summary.leaf_clauses;
        writeln!(
            f,
            "the document does not conform to GB/T 36311-2018 as of {}: {} error(s), {} warning(s), {} info; {} major and {} minor nonconformities among the leaf clauses",
            r.as_of,
            r.summary.errors,
            r.summary.warnings,
            r.summary.infos,
            l.nonconforming_major,
            l.nonconforming_minor
        )?;
        for x in &r.findings {
            let path = if x.path.is_empty() { "/" } else { &x.path };
            writeln!(
                f,
                "  {:<7} {:<10} {} at {path}: {}",
                x.severity.as_str(),
                x.clause,
                x.rule_id,
                x.message.en
            )?;
        }
        for c in r.clauses.iter().filter(|c| c.status.is_nonconforming()) {
            let own: Vec<&str> = c
                .organization_findings
                .iter()
                .filter_map(|i| r.organization_findings.get(*i))
                .filter(|o| o.grade.is_some())
                .map(|o| o.path.as_str())
                .collect();
            if !own.is_empty() {
                writeln!(
                    f,
                    "  {} is {} by the organization's own open nonconformity at {}",
                    c.clause,
                    c.status.as_str(),
                    own.join(", ")
                )?;
            } else if c.findings.is_empty() {
                writeln!(
                    f,
                    "  {} is {} by self-assessment",
                    c.clause,
                    c.status.as_str()
                )?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Nonconformity {}

/// `Ok` when the document conforms as of `as_of` (every applicable leaf clause conforms
/// and no error is found, as [`conformity::Summary::conforms`] says); otherwise the report.
pub fn check_conforms(doc: &EcmsDocument, as_of: impl Into<Date>) -> Result<(), Nonconformity> {
    let report = conformity::assess(doc, as_of);
    if report.summary.conforms {
        Ok(())
    } else {
        Err(Nonconformity {
            report: Box::new(report),
        })
    }
}

/// Asserts that the document conforms as of `as_of`.
///
/// # Panics
///
/// When it does not, with the readable list of [`Nonconformity`]'s `Display`.
#[track_caller]
// An assertion helper for test suites must panic to fail the test: that is its purpose,
// and it is the only panic in the library. Nothing else calls it.
#[allow(clippy::panic)]
pub fn assert_conforms(doc: &EcmsDocument, as_of: impl Into<Date>) {
    if let Err(e) = check_conforms(doc, as_of) {
        panic!("{e}");
    }
}
