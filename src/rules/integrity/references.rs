//! Reference integrity: ids are unique and references resolve. The check is generic — the
//! id index ([`crate::refs::IdIndex`]) finds every typed id with its kind — so no field
//! needs code of its own. Reported at 6.4.2 a) (identification of documented information).

use crate::refs::IdIndex;
use crate::rules::prelude::*;

/// 6.4.2 a): every record's id is used once.
pub static DUPLICATE_ID: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-ref-duplicate-id",
        clause: "6.4.2.a",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("Ids are unique", "标识唯一"),
        reasons: &[DUPLICATE],
        covers: &[],
    },
    check: check_duplicates,
    obligations: None,
};

const DUPLICATE: Reason = Reason::new(
    "duplicate",
    "The {kind} id {id} is also used at {first}.",
    "{kind}标识{id}已在{first}使用。",
);

fn check_duplicates(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // Occurrence positions of every repeated definition and of its first one.
    let mut dups: Vec<(usize, usize)> = Vec::new();
    for (i, o) in ctx.ids.definitions() {
        if let Some(first) = ctx.ids.definition_of(o.kind, o.id).filter(|f| *f != i) {
            dups.push((i, first));
        }
    }
    if dups.is_empty() {
        return;
    }
    let positions: Vec<usize> = dups.iter().flat_map(|(i, f)| [*i, *f]).collect();
    let paths = IdIndex::paths(ctx.doc, &positions);
    for ((i, _), pair) in dups.iter().zip(paths.chunks(2)) {
        let (Some(o), [at, first]) = (ctx.ids.occurrences.get(*i), pair) else {
            continue;
        };
        let entity = |p: &str| p.strip_suffix("/id").unwrap_or(p).to_owned();
        em.emit(
            &DUPLICATE,
            entity(at),
            &[p("kind", o.kind), p("id", o.id), p("first", entity(first))],
        );
    }
}

/// 6.4.2 a): every reference points at an existing record of its kind.
pub static DANGLING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-ref-dangling",
        clause: "6.4.2.a",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("References point at existing records", "引用指向存在的记录"),
        reasons: &[NO_SUCH_RECORD],
        covers: &[],
    },
    check: check_dangling,
    obligations: None,
};

const NO_SUCH_RECORD: Reason = Reason::new(
    "no-such-record",
    "No {kind} with id {id} exists.",
    "不存在标识为{id}的{kind}。",
);

fn check_dangling(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dangling: Vec<usize> = ctx
        .ids
        .references()
        .filter(|(_, o)| !ctx.ids.is_defined(o.kind, o.id))
        .map(|(i, _)| i)
        .collect();
    if dangling.is_empty() {
        return;
    }
    let paths = IdIndex::paths(ctx.doc, &dangling);
    for (i, path) in dangling.iter().zip(paths) {
        if let Some(o) = ctx.ids.occurrences.get(*i) {
            em.emit(&NO_SUCH_RECORD, path, &[p("kind", o.kind), p("id", o.id)]);
        }
    }
}
