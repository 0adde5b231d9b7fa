//! 6.3 — 意识 (awareness): everyone working under the organization's control is aware of
//! the matters of 6.3 a)–d), by sessions recorded recently enough.

use crate::common::Interval;
use crate::model::support::AwarenessTopic;
use crate::rules::prelude::*;

use super::*;

/// 6.3: people aware of 6.3 a)–d).
pub static AWARENESS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.3-awareness",
        clause: "6.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("People aware of 6.3 a)–d)", "人员知晓6.3 a)–d)"),
        reasons: &[NOT_AWARE],
        covers: &["6.3.a", "6.3.b", "6.3.c", "6.3.d"],
    },
    check: check_awareness,
    obligations: None,
};

const NOT_AWARE: Reason = Reason::new(
    "not-aware",
    "No current awareness session on '{topic}' is recorded for '{subject}'.",
    "没有“{subject}”参加关于“{topic}”的有效意识宣贯记录。",
);

fn check_awareness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    let refresh: Option<Interval> = s.awareness_refresh;
    for (i, pe) in staff_in_scope(ctx) {
        for (topic, item) in AwarenessTopic::ALL {
            let covered = s.trainings.iter().any(|tr| {
                tr.awareness_topics.contains(&topic)
                    && tr.participants.contains(&pe.id)
                    && tr.date.is_some_and(|d| {
                        d <= ctx.as_of
                            && refresh.is_none_or(|iv| iv.after(d).is_none_or(|u| u >= ctx.as_of))
                    })
            });
            if !covered {
                em.emit_at(
                    item,
                    &NOT_AWARE,
                    format!("/support/people/{i}"),
                    &[
                        p("subject", pe.label()),
                        p_item("topic", topic.as_str(), item),
                    ],
                );
            }
        }
    }
}
