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

/// Issue 9 item 5: in chapters 3, 4, 5 and 9, the presence-only shall rules are exactly the
/// ones each chapter lists as asking only for existence, each with a reason.
#[test]
fn existence_only_lists_match_presence_shall_rules() {
    use ecms::rules::{Basis, RuleKind};
    for (prefix, list) in [
        ("ecms-3.", ecms::rules::context::EXISTENCE_ONLY),
        ("ecms-4.", ecms::rules::leadership::EXISTENCE_ONLY),
        ("ecms-5.", ecms::rules::planning::EXISTENCE_ONLY),
        ("ecms-9.", ecms::rules::improvement::EXISTENCE_ONLY),
    ] {
        let mut presence: Vec<&str> = ecms::rules::builtin_rules()
            .into_iter()
            .filter(|r| r.meta.id.starts_with(prefix))
            .filter(|r| r.meta.basis == Basis::Shall && r.meta.kind == RuleKind::Presence)
            .map(|r| r.meta.id)
            .collect();
        let mut listed: Vec<&str> = list.iter().map(|(id, _)| *id).collect();
        assert!(list.iter().all(|(_, why)| !why.trim().is_empty()));
        presence.sort_unstable();
        listed.sort_unstable();
        assert_eq!(presence, listed, "{prefix}");
    }
}
