//! 4.1.2 a) — 满足适用的法律法规要求: top management shows that applicable legal
//! requirements are determined and continually met; a compliance evaluation that finds an
//! obligation not (fully) met is followed by a nonconformity that handles the shortfall.

use crate::rules::prelude::*;

/// 4.1.2 a): the latest evaluation of each compliance obligation either finds it met or
/// names the nonconformity raised for the shortfall.
pub static SHORTFALL_ADDRESSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.1.2.a-compliance-shortfall-addressed",
        clause: "4.1.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Legal requirements not met are acted upon",
            "未满足的法律法规要求得到处理",
        ),
        reasons: &[NOT_ADDRESSED],
        covers: &[],
    },
    check: check_shortfall,
    obligations: None,
};

const NOT_ADDRESSED: Reason = Reason::new(
    "not-addressed",
    "The evaluation of {date} found obligation '{subject}' not fully met, and no nonconformity was raised for it.",
    "{date}的合规评价发现合规义务“{subject}”未完全满足，但未就此提出不符合。",
);

fn check_shortfall(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, o) in ctx.doc.context.compliance_obligations.iter().enumerate() {
        let Some((j, e)) = o
            .evaluations
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date.is_some())
            .max_by_key(|(_, e)| e.date)
        else {
            continue;
        };
        if e.result.is_some_and(|r| r.is_shortfall()) && e.nonconformity.is_none() {
            let date = e.date.map(|d| d.to_string()).unwrap_or_default();
            em.emit(
                &NOT_ADDRESSED,
                format!("/context/complianceObligations/{i}/evaluations/{j}"),
                &[p("subject", &o.title), p("date", date)],
            );
        }
    }
}
