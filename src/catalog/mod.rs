//! The clause catalog of GB/T 36311—2018 as data.
//!
//! Every chapter, clause, leaf clause, lettered item (`a)`, `b)`, …) and numbered sub-item
//! (`1)`, `2)`, …) of chapters 3–9 has one [`Clause`] entry with a stable id:
//!
//! * chapters and clauses use the standard's own numbers: `7`, `7.3`, `7.3.3`, `7.3.3.2`;
//! * a lettered item appends its letter: `7.3.3.2.f`;
//! * a numbered sub-item appends its number to the item: `8.3.2.c.7`.
//!
//! Integrators key on these ids; they never change meaning between releases.
//! Titles are short paraphrases in English and Chinese, not the standard's text.

mod conditions;
mod data;

pub use conditions::{CONDITIONAL_MARKERS, ConditionMarker};

use serde::Serialize;

/// A text in both languages the crate speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct StaticText {
    /// English.
    pub en: &'static str,
    /// Chinese (简体中文).
    pub zh: &'static str,
}

/// Where an entry sits in the standard's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ClauseLevel {
    /// A chapter, `3` … `9`.
    Chapter,
    /// A numbered clause that has numbered clauses below it (`7.3`, `7.3.3`).
    Clause,
    /// A numbered clause with no numbered clause below it (`7.3.3.2`): one of the 60.
    Leaf,
    /// A lettered item of a leaf clause (`7.3.3.2.f`).
    Item,
    /// A numbered sub-item of a lettered item (`8.3.2.c.7`).
    SubItem,
}

/// The force of an entry's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RequirementKind {
    /// A requirement (应, "shall").
    Shall,
    /// A recommendation (宜, "should").
    Should,
    /// Structure or explanation with no requirement of its own.
    Informative,
}

/// One entry of the clause catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Clause {
    /// Stable id, e.g. `7.3.3.2.f`.
    pub id: &'static str,
    /// Id of the enclosing entry; `None` for a chapter.
    pub parent: Option<&'static str>,
    /// Structural level.
    pub level: ClauseLevel,
    /// Shall, should or informative.
    pub kind: RequirementKind,
    /// Short title, our own words.
    pub title: StaticText,
    /// For a conditional requirement (当…时, 适用时, 需要时, 适宜时, 如果/若): the condition
    /// under which it (or the part of its text the condition names) applies, in our words.
    /// Rules enforcing it report only when the records show the condition holds; where the
    /// records cannot tell, they stay quiet or ask for the decision with a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<StaticText>,
}

/// The whole catalog, in the standard's order.
pub fn clauses() -> &'static [Clause] {
    data::CLAUSES
}

/// Looks up one entry by id.
///
/// ```
/// let c = ecms::catalog::clause("7.3.3.2.f").expect("in the catalog");
/// assert_eq!(c.parent, Some("7.3.3.2"));
/// assert_eq!(ecms::catalog::chapter_of(c.id), Some("7"));
/// assert!(ecms::catalog::clause("7.3.3.2.z").is_none());
/// ```
pub fn clause(id: &str) -> Option<&'static Clause> {
    data::CLAUSES.iter().find(|c| c.id == id)
}

/// A catalog entry named either by its id (`7.7.d`) or as people write it after the
/// standard's notation: `7.7 d)`, `7.7d)`, `7.7 D`, `8.3.2 c) 7)`, with full-width brackets
/// or spaces too. `None` when the text names no entry (e.g. the organization's own document).
pub fn resolve(text: &str) -> Option<&'static Clause> {
    if let Some(c) = clause(text.trim()) {
        return Some(c);
    }
    // Keep digits, letters and dots; a letter next to a digit (or the reverse) is a new
    // level, as is a run of separators (space, bracket).
    let mut id = String::with_capacity(text.len() + 4);
    let mut prev: Option<char> = None;
    let mut sep = false;
    for ch in text.trim().chars().take(64) {
        let ch = ch.to_ascii_lowercase();
        if ch.is_ascii_digit() || ch.is_ascii_lowercase() {
            if let Some(pc) = prev
                && pc != '.'
                && (sep || pc.is_ascii_digit() != ch.is_ascii_digit())
            {
                id.push('.');
            }
            id.push(ch);
            prev = Some(ch);
            sep = false;
        } else if ch == '.' {
            if prev.is_some_and(|pc| pc != '.') {
                id.push('.');
                prev = Some('.');
            }
            sep = false;
        } else if matches!(ch, ' ' | ')' | '）' | '(' | '（' | '\u{3000}') {
            sep = true;
        } else {
            return None;
        }
    }
    clause(id.trim_end_matches('.'))
}

/// The 60 leaf clauses (numbered clauses without numbered children).
pub fn leaf_clauses() -> impl Iterator<Item = &'static Clause> {
    data::CLAUSES
        .iter()
        .filter(|c| c.level == ClauseLevel::Leaf)
}

/// The leaf clause an id belongs to (`8.3.2.c.7` → `8.3.2`); `None` for unknown ids or
/// for entries above leaf level.
pub fn leaf_of(id: &str) -> Option<&'static Clause> {
    let mut cur = clause(id)?;
    loop {
        match cur.level {
            ClauseLevel::Leaf => return Some(cur),
            ClauseLevel::Item | ClauseLevel::SubItem => cur = clause(cur.parent?)?,
            _ => return None,
        }
    }
}

/// The chapter number (`"3"` … `"9"`) of an id.
pub fn chapter_of(id: &str) -> Option<&'static str> {
    let mut cur = clause(id)?;
    loop {
        match cur.parent {
            None => return Some(cur.id),
            Some(p) => cur = clause(p)?,
        }
    }
}

/// The condition under which an entry applies: its own or, for an item or sub-item, the
/// nearest enclosing entry's (`9.2.a.1` inherits the "where applicable" of `9.2.a`).
///
/// ```
/// assert!(ecms::catalog::condition("9.2.e").is_some());
/// assert!(ecms::catalog::condition("6.4.3.d").is_some());
/// assert!(ecms::catalog::condition("7.3.3.2").is_none());
/// ```
pub fn condition(id: &str) -> Option<StaticText> {
    let mut cur = clause(id)?;
    loop {
        if let Some(c) = cur.condition {
            return Some(c);
        }
        match cur.level {
            ClauseLevel::Item | ClauseLevel::SubItem => cur = clause(cur.parent?)?,
            _ => return None,
        }
    }
}

/// Direct children of an entry, in order.
pub fn children(id: &str) -> impl Iterator<Item = &'static Clause> + '_ {
    data::CLAUSES.iter().filter(move |c| c.parent == Some(id))
}
