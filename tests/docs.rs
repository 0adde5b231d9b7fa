//! Generated documentation is fresh, and every leaf clause is covered.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::HashSet;

#[test]
fn rules_doc_is_fresh() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let want = ecms::docs::rules_markdown();
    if std::env::var_os("ECMS_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: run `ECMS_BLESS=1 cargo test --test docs` (or `ecms rules --format markdown > docs/rules.md`)"
    );
}

#[test]
fn every_leaf_clause_has_a_rule_or_an_assessment_only_marking() {
    let rules = ecms::rules::builtin_rules();
    let assessed = ecms::rules::assessed_requirements();
    let mut uncovered = Vec::new();
    for leaf in ecms::catalog::leaf_clauses() {
        let under = |id: &str| ecms::catalog::leaf_of(id).is_some_and(|l| l.id == leaf.id);
        let has_rule = rules
            .iter()
            .any(|r| under(r.meta.clause) || r.meta.covers.iter().any(|c| under(c)));
        let has_assessment = assessed.iter().any(|a| {
            under(a.clause) && !a.reason.en.trim().is_empty() && !a.reason.zh.trim().is_empty()
        });
        if !has_rule && !has_assessment {
            uncovered.push(leaf.id);
        }
    }
    assert!(
        uncovered.is_empty(),
        "leaf clauses with neither a rule nor an assessment-only marking: {uncovered:?}"
    );
}

#[test]
fn rule_catalog_is_well_formed() {
    let mut ids = HashSet::new();
    for r in ecms::rules::builtin_rules() {
        let m = &r.meta;
        assert!(ids.insert(m.id), "duplicate rule id {}", m.id);
        assert!(
            ecms::catalog::clause(m.clause).is_some(),
            "{}: unknown clause {}",
            m.id,
            m.clause
        );
        for c in m.covers {
            assert!(
                ecms::catalog::clause(c).is_some(),
                "{}: covers unknown {c}",
                m.id
            );
        }
        assert!(m.id.starts_with("ecms-"), "{}", m.id);
        assert!(
            m.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
            "{} is not token-safe",
            m.id
        );
        for t in [m.title.en, m.title.zh] {
            assert!(!t.trim().is_empty(), "{}: empty text", m.id);
        }
        assert!(!m.reasons.is_empty(), "{}: no reasons", m.id);
        let mut codes = HashSet::new();
        for r in m.reasons {
            assert!(codes.insert(r.code), "{}: reason {} twice", m.id, r.code);
            assert!(
                !r.code.is_empty()
                    && r.code
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}: reason code {:?} is not kebab-case",
                m.id,
                r.code
            );
            for t in [r.message.en, r.message.zh] {
                assert!(!t.trim().is_empty(), "{}/{}: empty text", m.id, r.code);
            }
            // Once moved, a reason's templates are complete: no prose arrives in a
            // parameter, so no `{…_zh}` placeholder remains.
            if r.code != "message" {
                assert!(
                    !r.message.zh.contains("_zh}") && !r.message.en.contains("_zh}"),
                    "{}/{}: prose parameter",
                    m.id,
                    r.code
                );
            }
        }
        assert!(
            m.title
                .zh
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}: zh title has no Chinese",
            m.id
        );
        // Placeholders are plain identifiers (`{subject}`, `{due}`, `{what_zh}`).
        for t in m.reasons.iter().flat_map(|r| [r.message.en, r.message.zh]) {
            for part in t.split('{').skip(1) {
                let (name, _) = part
                    .split_once('}')
                    .unwrap_or_else(|| panic!("{}: unclosed placeholder", m.id));
                assert!(
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                    "{}: bad placeholder {{{name}}}",
                    m.id
                );
            }
        }
    }
    for a in ecms::rules::assessed_requirements() {
        assert!(
            ecms::catalog::clause(a.clause).is_some(),
            "assessed {} unknown",
            a.clause
        );
    }
}

#[test]
fn every_rule_is_broken_by_some_test() {
    // Each rule id must appear literally inside an `assert_fires(…)` / `assert_fires_on(…)`
    // call of some test file: a test that breaks the data and expects that rule.
    // A rule may be named by its id string or by its typed item (`scope::EXCLUSION_JUSTIFIED`,
    // the last module of its file and the static's name).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let mut calls = String::new();
    for p in rust_files(std::path::Path::new(dir)) {
        {
            let src = std::fs::read_to_string(&p).unwrap();
            // `assert_fires(…)`, `assert_fires_on(…)`, and local wrappers named `fires(…)`.
            for (i, _) in src.match_indices("fires") {
                let rest = &src[i..];
                let before = src[..i].chars().last().unwrap_or(' ');
                let call = rest.starts_with("fires(") && !before.is_alphanumeric()
                    || (rest.starts_with("fires(") || rest.starts_with("fires_on("))
                        && src[..i].ends_with("assert_");
                if call {
                    // Up to the parenthesis that closes the call.
                    let mut depth = 0usize;
                    let mut end = rest.len();
                    for (j, c) in rest.char_indices() {
                        match c {
                            '(' => depth += 1,
                            ')' => {
                                depth = depth.saturating_sub(1);
                                if depth == 0 {
                                    end = j;
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                    calls.push_str(&rest[..end]);
                    calls.push('\n');
                }
            }
        }
    }
    let items = rule_items();
    let missing: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| {
            !calls.contains(&format!("\"{id}\""))
                && !items
                    .iter()
                    .any(|(item, i)| i == id && mentions_item(&calls, item))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "rules that no assert_fires call breaks: {missing:?}"
    );
}

/// Every `.rs` file below a directory.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// `module::STATIC` → rule id for every built-in rule item declared in `src/rules/`.
fn rule_items() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules");
    let mut out = Vec::new();
    for p in rust_files(std::path::Path::new(dir)) {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(&p).unwrap();
        for (i, _) in src.match_indices("pub static ") {
            let rest = &src[i + "pub static ".len()..];
            let Some((name, after)) = rest.split_once(": BuiltinRule") else {
                continue;
            };
            if name.contains(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                continue;
            }
            let Some(id) = after
                .split_once("id: \"")
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(id, _)| id)
            else {
                continue;
            };
            out.push((format!("{stem}::{name}"), id.to_owned()));
        }
    }
    out
}

/// Whether `calls` names `item` (`module::NAME`) as a whole path segment pair.
fn mentions_item(calls: &str, item: &str) -> bool {
    calls.match_indices(item).any(|(i, _)| {
        let before = calls[..i].chars().last().unwrap_or(' ');
        let after = calls[i + item.len()..].chars().next().unwrap_or(' ');
        let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        !word(before) && !word(after)
    })
}
