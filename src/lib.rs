//! ecms
pub mod catalog;
