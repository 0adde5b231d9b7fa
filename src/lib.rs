//! # ecms — GB/T 36311—2018 as a typed model with executable rules
//!
//! GB/T 36311—2018 *电子商务管理体系 要求* (Electronic commerce management system —
//! Requirements) is an ISO-9001-style management-system standard for e-commerce companies.
//! This crate models one organization's management system as typed data
//! ([`model::EcmsDocument`]), keeps the standard's clause structure as data
//! ([`catalog`]), and checks every requirement that records can prove as a rule
//! ([`rules`]), as of a date the caller gives.
//!
//! ```
//! let json = r#"{
//!   "schemaVersion": "1.0",
//!   "organization": { "name": "Example Shop", "businessModels": ["b2c"] }
//! }"#;
//! let parsed = ecms::parse_document(json).expect("valid JSON of the right shape");
//! let as_of = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).expect("a real date");
//! let report = ecms::rules::evaluate(&parsed.document, as_of);
//! // An empty management system breaks many requirements:
//! assert!(report.findings.iter().any(|f| f.rule_id == "ecms-3.4-processes-defined"));
//! ```
//!
//! The library does no I/O, never reads the clock, keeps no global state, has no `unsafe`
//! and does not panic on any input (only [`testing::assert_conforms`], an assertion for
//! test suites, panics, by design).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod catalog;
pub mod common;
pub mod conformity;
pub mod diff;
pub mod docs;
mod extensions;
pub mod ids;
pub mod locate;
pub mod model;
pub mod names;
pub mod params;
pub mod parse;
pub mod pointer;
pub mod redact;
pub mod refs;
pub mod rules;
pub mod schema;
mod strict;
pub mod testing;

pub use model::EcmsDocument;
pub use parse::{
    ParseError, ParseOptions, Parsed, UnknownFieldPolicy, parse_bytes, parse_bytes_with,
    parse_document, parse_document_with,
};
pub use rules::{Engine, Finding, Report, Severity, evaluate};
