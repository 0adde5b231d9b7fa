//! 8.1.4.3 — 标杆对比 (benchmarking): the organization selects internal or external
//! benchmarks, compares itself with them and analyses the needs for improvement that the
//! comparison shows.

use super::missing;
use crate::rules::prelude::*;

/// 8.1.4.3: at least one benchmark is recorded.
pub static USED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.3-benchmarks-used",
        clause: "8.1.4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Benchmarks selected", "选择标杆进行对比"),
        reasons: &[NO_BENCHMARK],
        covers: &[],
    },
    check: check_used,
    obligations: None,
};

const NO_BENCHMARK: Reason = Reason::new(
    "missing",
    "No internal or external benchmark is recorded.",
    "未记录任何内部或外部标杆。",
);

fn check_used(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.benchmarks.is_empty() {
        em.emit(&NO_BENCHMARK, "/performance", &[]);
    }
}

/// 8.1.4.3: each benchmark records its kind and reference, a comparison and the analysis of
/// improvement needs.
pub static COMPARED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.3-benchmark-compared",
        clause: "8.1.4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Benchmark compared and needs analysed",
            "标杆经对比并分析改进需求",
        ),
        reasons: &[NO_KIND_OR_REFERENCE, NO_COMPARISON, NO_NEEDS_ANALYSIS],
        covers: &[],
    },
    check: check_compared,
    obligations: None,
};

const NO_KIND_OR_REFERENCE: Reason = Reason::new(
    "no-kind-or-reference",
    "Benchmark '{subject}' does not record its kind (internal/external) and reference.",
    "标杆“{subject}”未记录类型（内部/外部）和对标对象。",
);
const NO_COMPARISON: Reason = Reason::new(
    "no-comparison",
    "Benchmark '{subject}' does not record its comparison.",
    "标杆“{subject}”未记录对比结果。",
);
const NO_NEEDS_ANALYSIS: Reason = Reason::new(
    "no-needs-analysis",
    "Benchmark '{subject}' does not record its analysis of improvement needs.",
    "标杆“{subject}”未记录改进需求分析。",
);

fn check_compared(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, b) in ctx.doc.performance.benchmarks.iter().enumerate() {
        missing(
            em,
            &format!("/performance/benchmarks/{i}"),
            &[p("subject", &b.name)],
            &[
                (
                    b.kind.is_none() || blank(&b.reference),
                    &NO_KIND_OR_REFERENCE,
                ),
                (b.comparisons.is_empty(), &NO_COMPARISON),
                (
                    b.improvement_needs.iter().all(|n| n.trim().is_empty())
                        && b.improvements.is_empty(),
                    &NO_NEEDS_ANALYSIS,
                ),
            ],
        );
    }
}
