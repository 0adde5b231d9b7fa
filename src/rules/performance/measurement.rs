//! 8.1.4.1 — 总则 (measurement, analysis and evaluation): each indicator is measured by a
//! determined method, and the data that monitoring and measurement produce are analysed and
//! evaluated.

use super::{analyses_path, emit_if_stale, latest_dated};
use crate::rules::prelude::*;

/// 8.1.4.1: each KPI and each monitoring plan entry records its measurement method.
pub static METHOD: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.1-measurement-method",
        clause: "8.1.4.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Measurement method per indicator", "针对指标采用测量方法"),
        reasons: &[KPI_NO_METHOD, ENTRY_NO_METHOD],
        covers: &[],
    },
    check: check_method,
    obligations: None,
};

const KPI_NO_METHOD: Reason = Reason::new(
    "kpi-no-method",
    "KPI '{subject}' records no measurement method.",
    "关键绩效指标“{subject}”未记录测量方法。",
);
const ENTRY_NO_METHOD: Reason = Reason::new(
    "entry-no-method",
    "Monitoring plan entry '{subject}' records no measurement method.",
    "监视策划条目“{subject}”未记录测量方法。",
);

fn check_method(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if blank(&k.method) {
            em.emit(
                &KPI_NO_METHOD,
                format!("/performance/kpis/{i}"),
                &[p("subject", &k.name)],
            );
        }
    }
    for (i, e) in ctx.doc.performance.monitoring.entries.iter().enumerate() {
        if blank(&e.method) {
            em.emit(
                &ENTRY_NO_METHOD,
                format!("/performance/monitoring/entries/{i}"),
                &[p("subject", &e.subject)],
            );
        }
    }
}

/// 8.1.4.1: an analysis of monitoring and measurement data is dated in the last year.
pub static DATA_ANALYSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.1.4.1-data-analysed",
        clause: "8.1.4.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Time,
        title: t(
            "Monitoring data analysed and evaluated",
            "分析和评价监视测量数据",
        ),
        reasons: &[NOT_ANALYSED, NOT_RECENT, NOT_RECENT_DEFAULT],
        covers: &[],
    },
    check: check_data_analysed,
    obligations: None,
};

const NOT_ANALYSED: Reason = Reason::new(
    "not-analysed",
    "No analysis of monitoring and measurement data is dated on or before {as_of}.",
    "截至{as_of}没有任何监视和测量数据的分析评价记录。",
);
const NOT_RECENT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "not-recent",
    "The latest analysis of monitoring and measurement data is dated {date}, longer ago than the organization's evidence window of {window} before {as_of}.",
    "最近一次监视和测量数据分析评价的日期为{date}，早于组织规定的证据期限（截至{as_of}的{window}）。",
);
const NOT_RECENT_DEFAULT: Reason = Reason::on_parameter(
    "evidenceWindow",
    "not-recent-default",
    "The latest analysis of monitoring and measurement data is dated {date}, longer ago than the default evidence window of {window} before {as_of} (the organization states none).",
    "最近一次监视和测量数据分析评价的日期为{date}，早于默认证据期限（截至{as_of}的{window}，组织未规定）。",
);

fn check_data_analysed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let latest = latest_dated(ctx, |_| true);
    let Some((i, date)) = latest else {
        em.emit(&NOT_ANALYSED, analyses_path(ctx), &[p("as_of", ctx.as_of)]);
        return;
    };
    emit_if_stale(
        ctx,
        em,
        date,
        (&NOT_RECENT, &NOT_RECENT_DEFAULT),
        (None, format!("/performance/analyses/{i}")),
        &[],
    );
}
