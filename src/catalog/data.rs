//! The catalog table. Titles are our own short paraphrases.

use super::{Clause, ClauseLevel as L, RequirementKind as K, StaticText};

macro_rules! c {
    ($id:literal, $parent:expr, $level:ident, $kind:ident, $en:literal, $zh:literal) => {
        Clause {
            id: $id,
            parent: $parent,
            level: L::$level,
            kind: K::$kind,
            title: StaticText { en: $en, zh: $zh },
        }
    };
}

pub(super) static CLAUSES: &[Clause] = &[
    c!("3", None, Chapter, Informative, "Context of the organization", "组织环境"),
    c!("3.1", Some("3"), Leaf, Shall, "The organization and its context", "组织及其环境"),
    c!("3.1.a", Some("3.1"), Item, Shall, "Market and customer needs, expectations and preferences", "市场和顾客的需求、期望与偏好"),
];
