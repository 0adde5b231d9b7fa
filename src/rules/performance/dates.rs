//! 8 — records of chapter 8 dated after the evaluation date: a monitoring, an evaluation, a
//! customer result, a KPI measurement, a benchmark, an analysis, a completed audit or a held
//! management review dated "in the future" is inconsistent data.

use crate::common::Date;
use crate::rules::prelude::*;

/// 8: no record of chapter 8 is dated after the evaluation date.
pub static FUTURE_DATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8-record-dated-in-future",
        clause: "8",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Records of chapter 8 not dated in the future",
            "第8章记录日期不晚于评价日期",
        ),
        reasons: &[
            MONITORING_DONE,
            MONITORING_EVALUATED,
            CUSTOMER_RESULT,
            KPI_MEASURED,
            BENCHMARK,
            ANALYSIS,
            AUDIT_COMPLETED,
            REVIEW_HELD,
        ],
        covers: &[],
    },
    check: check_future_dated,
    obligations: None,
};

const MONITORING_DONE: Reason = Reason::new(
    "monitoring-done",
    "The last monitoring of '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "“{subject}”的上次监视的日期{date}晚于评价日期{as_of}。",
);
const MONITORING_EVALUATED: Reason = Reason::new(
    "monitoring-evaluated",
    "An evaluation of the monitoring process is dated {date}, after the evaluation date {as_of}.",
    "监视过程评价的日期{date}晚于评价日期{as_of}。",
);
const CUSTOMER_RESULT: Reason = Reason::new(
    "customer-result",
    "A result of customer monitoring '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "顾客监视“{subject}”的结果的日期{date}晚于评价日期{as_of}。",
);
const KPI_MEASURED: Reason = Reason::new(
    "kpi-measured",
    "A measurement of KPI '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "关键绩效指标“{subject}”的测量的日期{date}晚于评价日期{as_of}。",
);
const BENCHMARK: Reason = Reason::new(
    "benchmark",
    "Benchmark '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "标杆“{subject}”的日期{date}晚于评价日期{as_of}。",
);
const ANALYSIS: Reason = Reason::new(
    "analysis",
    "Analysis '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "分析“{subject}”的日期{date}晚于评价日期{as_of}。",
);
const AUDIT_COMPLETED: Reason = Reason::new(
    "audit-completed",
    "Completed audit '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "已完成的审核“{subject}”的日期{date}晚于评价日期{as_of}。",
);
const REVIEW_HELD: Reason = Reason::new(
    "review-held",
    "Held management review '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "已进行的管理评审“{subject}”的日期{date}晚于评价日期{as_of}。",
);

fn check_future_dated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let as_of = ctx.as_of;
    let mut flag = |clause: &'static str,
                    reason: &'static Reason,
                    path: String,
                    subject: Option<&str>,
                    d: Date| {
        if d > as_of {
            let mut params = vec![p("date", d), p("as_of", as_of)];
            if let Some(s) = subject {
                params.insert(0, p("subject", s));
            }
            em.emit_at(clause, reason, path, &params);
        }
    };
    let perf = &ctx.doc.performance;
    for (i, e) in perf.monitoring.entries.iter().enumerate() {
        if let Some(d) = e.schedule.last_done {
            flag(
                "8.1.1",
                &MONITORING_DONE,
                format!("/performance/monitoring/entries/{i}/schedule/lastDone"),
                Some(&e.subject),
                d,
            );
        }
    }
    for (i, e) in perf.monitoring.evaluations.iter().enumerate() {
        if let Some(d) = e.date {
            flag(
                "8.1.2",
                &MONITORING_EVALUATED,
                format!("/performance/monitoring/evaluations/{i}/date"),
                None,
                d,
            );
        }
    }
    for (i, c) in perf.customer_monitoring.iter().enumerate() {
        for (j, r) in c.results.iter().enumerate() {
            flag(
                "8.1.3",
                &CUSTOMER_RESULT,
                format!("/performance/customerMonitoring/{i}/results/{j}/date"),
                Some(&c.name),
                r.date,
            );
        }
    }
    for (i, k) in perf.kpis.iter().enumerate() {
        for (j, m) in k.measurements.iter().enumerate() {
            flag(
                "8.1.4.2",
                &KPI_MEASURED,
                format!("/performance/kpis/{i}/measurements/{j}/date"),
                Some(&k.name),
                m.date,
            );
        }
    }
    for (i, b) in perf.benchmarks.iter().enumerate() {
        if let Some(d) = b.date {
            flag(
                "8.1.4.3",
                &BENCHMARK,
                format!("/performance/benchmarks/{i}/date"),
                Some(&b.name),
                d,
            );
        }
    }
    for (i, a) in perf.analyses.iter().enumerate() {
        if let Some(d) = a.date {
            flag(
                "8.1.4.4",
                &ANALYSIS,
                format!("/performance/analyses/{i}/date"),
                Some(&a.title),
                d,
            );
        }
    }
    for (i, a) in perf.audits.iter().enumerate() {
        if let (true, Some(d)) = (a.is_completed(), a.date) {
            flag(
                "8.2",
                &AUDIT_COMPLETED,
                format!("/performance/audits/{i}/date"),
                Some(&a.title),
                d,
            );
        }
    }
    for (i, r) in perf.management_reviews.iter().enumerate() {
        if let (true, Some(d)) = (r.is_held(), r.date) {
            flag(
                "8.3.1",
                &REVIEW_HELD,
                format!("/performance/managementReviews/{i}/date"),
                Some(&r.title),
                d,
            );
        }
    }
}

/// 8.2 d), e): an audit's report and the closing of its findings come after the audit.
pub static AUDIT_DATES_ORDERED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.2-audit-dates-ordered",
        clause: "8.2",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Audit report and closures dated after the audit",
            "审核报告和发现关闭日期不早于审核日期",
        ),
        reasons: &[REPORT_BEFORE_AUDIT, CLOSED_BEFORE_AUDIT],
        covers: &[],
    },
    check: check_audit_dates,
    obligations: None,
};

const REPORT_BEFORE_AUDIT: Reason = Reason::new(
    "report-before-audit",
    "The report of audit '{subject}' is dated {date}, before the audit on {audit}.",
    "审核“{subject}”的报告日期{date}早于审核日期{audit}。",
);
const CLOSED_BEFORE_AUDIT: Reason = Reason::new(
    "closed-before-audit",
    "A finding of audit '{subject}' is closed on {date}, before the audit on {audit}.",
    "审核“{subject}”的一项发现于{date}关闭，早于审核日期{audit}。",
);

fn check_audit_dates(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        let Some(audit) = a.date else { continue };
        let at = |d: Date| [p("subject", &a.title), p("date", d), p("audit", audit)];
        if let Some(d) = a
            .report
            .as_ref()
            .and_then(|r| r.date)
            .filter(|d| *d < audit)
        {
            em.emit(
                &REPORT_BEFORE_AUDIT,
                format!("/performance/audits/{i}/report/date"),
                &at(d),
            );
        }
        for (j, f) in a.findings.iter().enumerate() {
            if let Some(d) = f.closed.filter(|d| *d < audit) {
                em.emit(
                    &CLOSED_BEFORE_AUDIT,
                    format!("/performance/audits/{i}/findings/{j}/closed"),
                    &at(d),
                );
            }
        }
    }
}
