//! 7.4 — 营销管理 (process, data, evaluations): the organization manages marketing to a
//! documented plan, collects marketing data and information from defined sources (a),
//! analyses them periodically (b) and evaluates the marketing process (f). Campaigns are in
//! [`super::campaigns`].

use crate::common::is_default;
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::emit_missing_intervals;

pub(super) const MK: &str = "/operation/marketing";

/// 7.4: a documented marketing procedure is recorded.
/// The standard asks for the process, not for documented information (成文信息): the
/// document is required only when the organization sets `requireDocumentedProcedures`.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4-marketing-procedure",
        clause: "7.4",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Marketing managed to a plan", "有计划地开展营销"),
        reasons: &[NO_PROCEDURE],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NO_PROCEDURE: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "missing",
    "No documented marketing procedure is recorded. The organization requires documented procedures; the standard asks for the process only.",
    "未记录成文的营销管理程序。组织要求形成成文信息（本标准只要求过程）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.documentation_required() && ctx.doc.operation.marketing.procedure.is_none() {
        em.emit(&NO_PROCEDURE, MK, &[]);
    }
}

/// 7.4 a): at least one source of marketing data or information is defined.
pub static DATA_SOURCES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.a-data-sources",
        clause: "7.4.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Marketing data collected", "收集营销数据和信息"),
        reasons: &[NO_SOURCE],
        covers: &[],
    },
    check: check_data_sources,
    obligations: None,
};

const NO_SOURCE: Reason = Reason::new(
    "no-source",
    "No source of marketing data or information is defined.",
    "未规定营销数据和信息的来源。",
);

fn check_data_sources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if all_blank(&ctx.doc.operation.marketing.data_sources) {
        em.emit(&NO_SOURCE, MK, &[]);
    }
}

/// 7.4 b): marketing data are analysed at the interval declared.
pub static ANALYSIS_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.b-analysis-overdue",
        clause: "7.4.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Marketing data analysed on time", "营销数据按期分析"),
        reasons: &[ANALYSIS_DUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &ANALYSIS_DUE),
    obligations: Some(analysis_duties),
};

const ANALYSIS_DUE: Reason = Reason::new(
    "overdue",
    "The analysis of marketing data was due on {due} (interval {interval}, last {last}).",
    "营销数据分析应于{due}进行（周期{interval}，上次{last}）。",
);

fn analysis_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let mk = &doc.operation.marketing;
    if !is_default(mk) {
        out.push(Duty {
            path: MK.into(),
            subject: "Marketing".into(),
            activity: t("marketing data analysis", "营销数据分析"),
            interval: mk.analysis.interval,
            last_done: mk.analysis.last_done,
            anchor: None,
            evidence: Evidence::Schedule(mk.analysis.record),
        });
    }
}

/// 7.4 f): the marketing process is evaluated at the interval declared.
pub static PROCESS_EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.f-process-evaluation-overdue",
        clause: "7.4.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Marketing process evaluated on time",
            "营销管理过程按期评估",
        ),
        reasons: &[EVALUATION_DUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &EVALUATION_DUE),
    obligations: Some(process_evaluation_duties),
};

const EVALUATION_DUE: Reason = Reason::new(
    "overdue",
    "The evaluation of the marketing process was due on {due} (interval {interval}, last {last}).",
    "营销管理过程评估应于{due}进行（周期{interval}，上次{last}）。",
);

fn process_evaluation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let mk = &doc.operation.marketing;
    if !is_default(mk) {
        out.push(Duty {
            path: MK.into(),
            subject: "Marketing".into(),
            activity: t("marketing process evaluation", "营销管理过程评估"),
            interval: mk.process_evaluation.interval,
            last_done: mk.process_evaluation.last_done,
            anchor: None,
            evidence: Evidence::Schedule(mk.process_evaluation.record),
        });
    }
}

/// 7.4, 7.4 b), f): the analysis and the process evaluation declare their intervals, so
/// they can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4-review-intervals",
        clause: "7.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Marketing analyses and evaluations scheduled",
            "营销分析和评估规定周期",
        ),
        reasons: &[NO_ANALYSIS_INTERVAL, NO_EVALUATION_INTERVAL],
        covers: &["7.4.b", "7.4.f"],
    },
    check: |ctx, em| {
        emit_missing_intervals(
            ctx,
            em,
            &[
                (&ANALYSIS_OVERDUE, &NO_ANALYSIS_INTERVAL),
                (&PROCESS_EVALUATION_OVERDUE, &NO_EVALUATION_INTERVAL),
            ],
        )
    },
    obligations: None,
};

const NO_ANALYSIS_INTERVAL: Reason = Reason::new(
    "no-analysis-interval",
    "'{subject}' declares no interval for its marketing data analysis, so it cannot be planned.",
    "“{subject}”未规定营销数据分析周期，无法策划。",
);
const NO_EVALUATION_INTERVAL: Reason = Reason::new(
    "no-evaluation-interval",
    "'{subject}' declares no interval for its marketing process evaluation, so it cannot be planned.",
    "“{subject}”未规定营销管理过程评估周期，无法策划。",
);
