//! Rule tests, laid out as the rules are (`tests/rules/<chapter>/<module>.rs` mirrors
//! `src/rules/<chapter>/<module>.rs`): one test binary for all of them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../common/mod.rs"]
mod common;

mod conditional;
mod context;
mod improvement;
mod integrity;
mod leadership;
mod obligations;
mod operation;
mod performance;
mod planning;
mod support;
