//! Chapter 3 rules: each broken by an edited dataset, each quiet on the bundled dataset.

mod compliance;
mod factors;
mod parties;
mod processes;
mod scope;

use crate::common::*;

#[test]
fn dataset_satisfies_every_chapter_3_rule() {
    let d = dataset();
    for r in ecms::rules::builtin_rules()
        .into_iter()
        .filter(|r| ecms::catalog::chapter_of(r.meta.clause) == Some("3"))
    {
        assert_quiet(&d, r);
    }
}
