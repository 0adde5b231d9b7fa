//! 9.3 — 持续改进 (continual improvement): the organization considers the results of analysis
//! and evaluation (8.1.4.4) and the outputs of management review (8.3.3) to decide what needs
//! improving, so each recent review and analysis is answered.

use crate::rules::prelude::*;

/// 9.3: each management review held in the last year is answered by an improvement record.
pub static REVIEW_OUTPUTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.3-review-outputs-considered",
        clause: "9.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Review outputs considered for improvement",
            "考虑管理评审输出以持续改进",
        ),
        reasons: &[REVIEW_NOT_ANSWERED],
        covers: &[],
    },
    check: check_review_outputs,
    obligations: None,
};

const REVIEW_NOT_ANSWERED: Reason = Reason::new(
    "not-answered",
    "No improvement record answers the outputs of management review '{subject}'.",
    "没有改进记录回应管理评审“{subject}”的输出。",
);

fn check_review_outputs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let imps = &ctx.doc.improvement.improvements;
    // Only reviews of the evidence window (`evidenceWindow`) are judged: it narrows what
    // the rule looks at and never makes a finding by itself.
    let window = ctx.params.evidence_window.value;
    for (i, r) in ctx.doc.performance.management_reviews.iter().enumerate() {
        if !r.is_held() || !r.date.is_some_and(|d| within(window, d, ctx.as_of)) {
            continue;
        }
        if !imps.iter().any(|x| x.reviews.contains(&r.id)) {
            em.emit(
                &REVIEW_NOT_ANSWERED,
                format!("/performance/managementReviews/{i}"),
                &[p("subject", &r.title)],
            );
        }
    }
}

/// 9.3: each analysis of the last year records a decision or is answered by an improvement
/// record.
pub static ANALYSIS_RESULTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.3-analysis-results-considered",
        clause: "9.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Analysis results considered for improvement",
            "考虑分析评价结果以持续改进",
        ),
        reasons: &[ANALYSIS_NOT_CONSIDERED],
        covers: &[],
    },
    check: check_analysis_results,
    obligations: None,
};

const ANALYSIS_NOT_CONSIDERED: Reason = Reason::new(
    "not-considered",
    "Analysis '{subject}' neither records a decision nor is answered by any improvement record.",
    "分析“{subject}”既未记录决定，也没有改进记录回应。",
);

fn check_analysis_results(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let imps = &ctx.doc.improvement.improvements;
    let window = ctx.params.evidence_window.value;
    for (i, a) in ctx.doc.performance.analyses.iter().enumerate() {
        if !a.date.is_some_and(|d| within(window, d, ctx.as_of)) {
            continue;
        }
        let decided = a.decisions.iter().any(|d| !d.description.trim().is_empty());
        if !decided && !imps.iter().any(|x| x.analyses.contains(&a.id)) {
            em.emit(
                &ANALYSIS_NOT_CONSIDERED,
                format!("/performance/analyses/{i}"),
                &[p("subject", &a.title)],
            );
        }
    }
}
