//! Integrity and self-assessment rules: each broken by an edited dataset, quiet on the
//! bundled dataset.

mod assessments;
mod references;
