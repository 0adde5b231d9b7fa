//! 6.3 — awareness.

use crate::common::*;
use ecms::rules::support::awareness;
#[allow(unused_imports)]
use serde_json::{Value, json};

#[test]
fn new_joiner_without_induction() {
    let joiner = |joined: &'static str| {
        broken(move |v| {
            arr(v, "/support/people").push(json!({
                "id": "61200000-0000-4000-8000-000000000099",
                "name": "Gao Yan 高燕",
                "roles": ["43000000-0000-4000-8000-000000000007"],
                "joinedOn": joined
            }))
        })
    };
    // Joined 40 days before the as-of date (2026-06-30): past the 30-day grace period.
    let d = joiner("2026-05-21");
    for item in ["6.3.a", "6.3.b", "6.3.c", "6.3.d"] {
        assert_fires(&d, &awareness::AWARENESS, item, "/support/people/12");
    }
    // Joined 29 days before: still within the grace period (parameter joinerGracePeriod).
    assert_quiet(&joiner("2026-06-01"), &awareness::AWARENESS);
}

#[test]
fn awareness_refresh_interval() {
    // With a three-month refresh, the strategy was last briefed on 2026-01-08: too long ago.
    let d = broken(|v| v["support"]["awarenessRefresh"] = json!("P3M"));
    let fs = assert_fires(&d, &awareness::AWARENESS, "6.3.a", "/support/people/0");
    assert!(
        fs.iter()
            .all(|f| f.clause == "6.3.a" || f.clause == "6.3.b")
    );
    // The yearly refresh keeps the 2026-01-08 kick-off valid until 2027-01-08.
    let d = dataset();
    assert_quiet_on(&d, &awareness::AWARENESS, date(2026, 8, 20));
    assert_fires_on(
        &d,
        &awareness::AWARENESS,
        "6.3.d",
        "/support/people/0",
        date(2027, 5, 29),
    );
}
