//! Rules for chapter 8 — performance evaluation: monitoring plan (8.1.1, 8.1.2), customer
//! satisfaction and credit rating (8.1.3), measurement methods, KPIs, benchmarks and analyses
//! (8.1.4), internal audit (8.2) and management review (8.3).

use std::collections::BTreeSet;

use crate::common::Date;

use super::obligations::{Obligation, legacy_emit_overdue};
use super::util::{blank, holds_role, person_name, within_year};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::common::Interval;
use crate::ids::{PersonId, RoleId};
use crate::model::EcmsDocument;
use crate::model::performance::{
    AnalysisItem, AuditStatus, CustomerAspect, MonitoringPurpose, ReviewInputItem, ReviewOutputKind,
};

pub(super) static RULES: &[BuiltinRule] = &[
    // ----------------------------------------------------------------------------- 8.1.1
    rule!(
        "ecms-8.1.1-monitoring-plan",
        "8.1.1",
        Error,
        Shall,
        Major,
        ("Monitoring and measurement planned", "策划监视和测量"),
        (
            "No monitoring and measurement plan entry is recorded.",
            "未记录任何监视和测量策划。"
        ),
        check_plan_exists,
    ),
    rule!(
        "ecms-8.1.1-plan-purposes",
        "8.1.1",
        Error,
        Shall,
        Major,
        (
            "Monitoring plan serves 8.1.1 a)–c)",
            "监视策划覆盖8.1.1 a)–c)"
        ),
        (
            "No monitoring plan entry serves the purpose '{purpose}'.",
            "没有监视策划条目服务于目的“{purpose_zh}”。"
        ),
        check_plan_purposes,
        covers = ["8.1.1.a", "8.1.1.b", "8.1.1.c"],
    ),
    rule!(
        "ecms-8.1.1-plan-entry-complete",
        "8.1.1",
        Error,
        Shall,
        Minor,
        ("Monitoring plan entries complete", "监视策划条目完整"),
        (
            "Monitoring plan entry '{subject}' does not record its {what}.",
            "监视策划条目“{subject}”未记录{what_zh}。"
        ),
        check_plan_entry_complete,
    ),
    rule!(
        "ecms-8.1.1-monitoring-overdue",
        "8.1.1",
        Error,
        Shall,
        Minor,
        ("Planned monitoring done on time", "按策划实施监视"),
        (
            "Monitoring of '{subject}' was due on {due} (interval {interval}, last {last}).",
            "“{subject}”的监视应于{due}实施（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 8.1.2
    rule!(
        "ecms-8.1.2-factors-monitored",
        "8.1.2",
        Error,
        Shall,
        Minor,
        ("Context factors monitored", "监视内外部因素"),
        (
            "Context factor '{subject}' is not covered by any monitoring plan entry.",
            "内外部因素“{subject}”未纳入任何监视策划条目。"
        ),
        check_factors_monitored,
    ),
    rule!(
        "ecms-8.1.2-processes-monitored",
        "8.1.2",
        Error,
        Shall,
        Minor,
        ("Processes monitored", "监视电子商务过程"),
        (
            "Process '{subject}' is covered by no monitoring plan entry and no KPI.",
            "过程“{subject}”既未纳入监视策划条目，也没有关键绩效指标。"
        ),
        check_processes_monitored,
    ),
    rule!(
        "ecms-8.1.2-monitoring-used",
        "8.1.2",
        Error,
        Shall,
        Major,
        (
            "Monitoring information supports decisions",
            "利用监视信息支持决策"
        ),
        (
            "No analysis in the year up to {as_of} records a decision (strategy, process change, improvement) taken on monitoring information.",
            "截至{as_of}的一年内，没有分析记录表明监视信息支持了战略调整、过程变更或改进等决策。"
        ),
        check_monitoring_used,
    ),
    rule!(
        "ecms-8.1.2-monitoring-evaluation-interval",
        "8.1.2",
        Error,
        Shall,
        Minor,
        ("Interval for evaluating monitoring", "规定监视过程评价周期"),
        (
            "The monitoring plan declares no interval for evaluating the monitoring process itself.",
            "监视策划未规定评价监视过程本身的周期。"
        ),
        check_monitoring_evaluation_interval,
    ),
    rule!(
        "ecms-8.1.2-monitoring-evaluation-overdue",
        "8.1.2",
        Error,
        Shall,
        Minor,
        ("Monitoring process evaluated on time", "按期评价监视过程"),
        (
            "The evaluation of the {subject} was due on {due} (interval {interval}, last {last}).",
            "监视过程的评价应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-8.1.2-monitoring-evaluation-content",
        "8.1.2",
        Error,
        Shall,
        Minor,
        ("Monitoring evaluation complete", "监视过程评价内容完整"),
        (
            "Evaluation {subject} of the monitoring process does not record its {what}.",
            "监视过程评价{subject}未记录{what_zh}。"
        ),
        check_monitoring_evaluation_content,
    ),
    // ----------------------------------------------------------------------------- 8.1.3
    rule!(
        "ecms-8.1.3-satisfaction-monitored",
        "8.1.3",
        Error,
        Shall,
        Major,
        ("Customer satisfaction monitored", "监视顾客满意"),
        (
            "No method of monitoring customer satisfaction is recorded.",
            "未记录任何顾客满意监视方法。"
        ),
        check_satisfaction_monitored,
    ),
    rule!(
        "ecms-8.1.3-credit-rating-monitored",
        "8.1.3",
        Error,
        Shall,
        Major,
        ("Customer credit rating monitored", "监视顾客信用评价"),
        (
            "No method of monitoring the credit rating customers give the organization is recorded.",
            "未记录任何监视顾客对组织信用评价的方法。"
        ),
        check_credit_rating_monitored,
    ),
    rule!(
        "ecms-8.1.3-method-defined",
        "8.1.3",
        Error,
        Shall,
        Minor,
        (
            "Customer monitoring methods determined",
            "确定顾客信息的获取和评审方法"
        ),
        (
            "Customer monitoring '{subject}' does not record its {what}.",
            "顾客监视“{subject}”未记录{what_zh}。"
        ),
        check_customer_method_defined,
    ),
    rule!(
        "ecms-8.1.3-results-overdue",
        "8.1.3",
        Error,
        Shall,
        Minor,
        (
            "Customer monitoring results on time",
            "按期获取顾客监视结果"
        ),
        (
            "The next result of customer monitoring '{subject}' was due on {due} (interval {interval}, last {last}).",
            "顾客监视“{subject}”的下一次结果应于{due}获取（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 8.1.4.1
    rule!(
        "ecms-8.1.4.1-measurement-method",
        "8.1.4.1",
        Error,
        Shall,
        Minor,
        ("Measurement method per indicator", "针对指标采用测量方法"),
        (
            "{kind} '{subject}' records no measurement method.",
            "{kind_zh}“{subject}”未记录测量方法。"
        ),
        check_measurement_method,
    ),
    rule!(
        "ecms-8.1.4.1-data-analysed",
        "8.1.4.1",
        Error,
        Shall,
        Major,
        (
            "Monitoring data analysed and evaluated",
            "分析和评价监视测量数据"
        ),
        (
            "No analysis of monitoring and measurement data is dated in the year up to {as_of}.",
            "截至{as_of}的一年内没有监视和测量数据的分析评价记录。"
        ),
        check_data_analysed,
    ),
    // ----------------------------------------------------------------------------- 8.1.4.2
    rule!(
        "ecms-8.1.4.2-kpis-defined",
        "8.1.4.2",
        Error,
        Shall,
        Major,
        ("Key performance indicators set", "设立关键绩效指标"),
        (
            "No key performance indicator is recorded.",
            "未记录任何关键绩效指标。"
        ),
        check_kpis_defined,
    ),
    rule!(
        "ecms-8.1.4.2-kpi-definition",
        "8.1.4.2",
        Error,
        Shall,
        Minor,
        ("KPIs fully defined", "关键绩效指标定义完整"),
        (
            "KPI '{subject}' does not record its {what}.",
            "关键绩效指标“{subject}”未记录{what_zh}。"
        ),
        check_kpi_definition,
    ),
    rule!(
        "ecms-8.1.4.2-kpi-frequency",
        "8.1.4.2",
        Error,
        Shall,
        Minor,
        ("KPI measurement frequency", "规定关键绩效指标测量频次"),
        (
            "KPI '{subject}' declares no measurement frequency, so its periodic measurement cannot be planned.",
            "关键绩效指标“{subject}”未规定测量频次，无法定期测量。"
        ),
        check_kpi_frequency,
    ),
    rule!(
        "ecms-8.1.4.2-kpi-target",
        "8.1.4.2",
        Error,
        Shall,
        Minor,
        ("KPI target defined", "关键绩效指标目标值明确"),
        (
            "KPI '{subject}' has no complete target (value, unit and whether higher or lower is better).",
            "关键绩效指标“{subject}”没有完整的目标（目标值、单位及方向）。"
        ),
        check_kpi_target,
    ),
    rule!(
        "ecms-8.1.4.2-kpi-measurement-overdue",
        "8.1.4.2",
        Error,
        Shall,
        Minor,
        ("KPIs measured on schedule", "按频次测量关键绩效指标"),
        (
            "KPI '{subject}' was due to be measured on {due} (frequency {interval}, last {last}).",
            "关键绩效指标“{subject}”应于{due}测量（频次{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-8.1.4.2-kpi-target-missed",
        "8.1.4.2",
        Error,
        Shall,
        Minor,
        ("Missed KPI targets acted upon", "未达标指标得到分析处理"),
        (
            "KPI '{subject}' measured {value} for {period} against target {target}, and no analysis, nonconformity or improvement is recorded.",
            "关键绩效指标“{subject}”在{period}的测量值为{value}，未达到目标{target}，且无分析、不符合或改进记录。"
        ),
        check_kpi_target_missed,
    ),
    rule!(
        "ecms-8.1.4.2-kpi-evaluated",
        "8.1.4.2",
        Error,
        Shall,
        Minor,
        ("KPI results evaluated", "分析评价关键绩效指标结果"),
        (
            "The results of KPI '{subject}' are not evaluated in any analysis dated in the year up to {as_of}.",
            "截至{as_of}的一年内，没有分析评价关键绩效指标“{subject}”的结果。"
        ),
        check_kpi_evaluated,
    ),
    // ----------------------------------------------------------------------------- 8.1.4.3
    rule!(
        "ecms-8.1.4.3-benchmarks-used",
        "8.1.4.3",
        Error,
        Shall,
        Major,
        ("Benchmarks selected", "选择标杆进行对比"),
        (
            "No internal or external benchmark is recorded.",
            "未记录任何内部或外部标杆。"
        ),
        check_benchmarks_used,
    ),
    rule!(
        "ecms-8.1.4.3-benchmark-compared",
        "8.1.4.3",
        Error,
        Shall,
        Minor,
        (
            "Benchmark compared and needs analysed",
            "标杆经对比并分析改进需求"
        ),
        (
            "Benchmark '{subject}' does not record its {what}.",
            "标杆“{subject}”未记录{what_zh}。"
        ),
        check_benchmark_compared,
    ),
    // ----------------------------------------------------------------------------- 8.1.4.4
    rule!(
        "ecms-8.1.4.4-analysis-sources-methods",
        "8.1.4.4",
        Error,
        Shall,
        Minor,
        (
            "Data channels and analysis methods",
            "确定数据渠道和分析方法"
        ),
        (
            "Analysis '{subject}' does not record its {what}.",
            "分析“{subject}”未记录{what_zh}。"
        ),
        check_analysis_sources_methods,
    ),
    rule!(
        "ecms-8.1.4.4-evaluation-items",
        "8.1.4.4",
        Error,
        Shall,
        Minor,
        (
            "Analyses evaluate 8.1.4.4 a)–g)",
            "分析结果评价8.1.4.4 a)–g)"
        ),
        (
            "No analysis dated in the year up to {as_of} evaluates '{item}'.",
            "截至{as_of}的一年内没有分析评价“{item_zh}”。"
        ),
        check_evaluation_items,
        covers = [
            "8.1.4.4.a",
            "8.1.4.4.b",
            "8.1.4.4.c",
            "8.1.4.4.d",
            "8.1.4.4.e",
            "8.1.4.4.f",
            "8.1.4.4.g"
        ],
    ),
    rule!(
        "ecms-8-record-dated-in-future",
        "8",
        Error,
        Integrity,
        Minor,
        (
            "Records of chapter 8 not dated in the future",
            "第8章记录日期不晚于评价日期"
        ),
        (
            "{subject} is dated {date}, after the evaluation date {as_of}.",
            "{subject_zh}的日期{date}晚于评价日期{as_of}。"
        ),
        check_future_dated,
    ),
    // ----------------------------------------------------------------------------- 8.2
    rule!(
        "ecms-8.2.a-audit-programme",
        "8.2.a",
        Error,
        Shall,
        Major,
        ("Audit programme established", "制定审核方案"),
        (
            "No internal audit programme is recorded.",
            "未记录内部审核方案。"
        ),
        check_programme_exists,
    ),
    rule!(
        "ecms-8.2.a-programme-content",
        "8.2.a",
        Error,
        Shall,
        Minor,
        ("Audit programme complete", "审核方案内容完整"),
        (
            "The audit programme does not record its {what}.",
            "审核方案未记录{what_zh}。"
        ),
        check_programme_content,
    ),
    rule!(
        "ecms-8.2.a-audit-frequency-yearly",
        "8.2.a",
        Warning,
        Policy,
        Minor,
        ("Internal audits at least yearly", "内部审核至少每年一次"),
        (
            "The audit programme's frequency {interval} is longer than one year.",
            "审核方案规定的频次{interval}长于一年。"
        ),
        check_audit_frequency_yearly,
    ),
    rule!(
        "ecms-8.2-audit-overdue",
        "8.2",
        Error,
        Shall,
        Minor,
        (
            "Internal audits at planned intervals",
            "按策划的时间间隔内审"
        ),
        (
            "The next {subject} was due on {due} (frequency {interval}, last {last}).",
            "下一次内部审核应于{due}进行（频次{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-8.2.a-planned-audit-late",
        "8.2.a",
        Error,
        Shall,
        Minor,
        ("Planned audits held", "按方案实施审核"),
        (
            "Audit '{subject}' was planned for {due} and is still not held.",
            "审核“{subject}”计划于{due}进行，至今未实施。"
        ),
        check_planned_audit_late,
    ),
    rule!(
        "ecms-8.2-processes-audited",
        "8.2",
        Warning,
        Policy,
        Minor,
        (
            "Every process audited within a year",
            "每个过程一年内至少审核一次"
        ),
        (
            "Process '{subject}' was not in the scope of any internal audit held in the year up to {as_of}.",
            "截至{as_of}的一年内，过程“{subject}”未纳入任何已实施内审的范围。"
        ),
        check_processes_audited,
    ),
    rule!(
        "ecms-8.2.b-criteria-scope",
        "8.2.b",
        Error,
        Shall,
        Minor,
        ("Audit criteria and scope", "规定审核准则和范围"),
        (
            "Audit '{subject}' does not define its {what}.",
            "审核“{subject}”未规定{what_zh}。"
        ),
        check_audit_criteria_scope,
    ),
    rule!(
        "ecms-8.2.c-auditors-assigned",
        "8.2.c",
        Error,
        Shall,
        Minor,
        ("Auditors selected", "选择审核员"),
        (
            "Audit '{subject}' names no auditor.",
            "审核“{subject}”未指定审核员。"
        ),
        check_auditors_assigned,
    ),
    rule!(
        "ecms-8.2.c-auditor-objectivity",
        "8.2.c",
        Error,
        Shall,
        Minor,
        (
            "Auditors do not audit their own work",
            "审核员不审核自己的工作"
        ),
        (
            "In audit '{subject}', auditor {auditor} audits process '{process}', whose owner role they hold.",
            "审核“{subject}”中，审核员{auditor}审核了其本人担任负责岗位的过程“{process}”。"
        ),
        check_auditor_objectivity,
    ),
    rule!(
        "ecms-8.2.d-report-distributed",
        "8.2.d",
        Error,
        Shall,
        Minor,
        (
            "Audit results reported to management",
            "审核结果报告相关管理者"
        ),
        (
            "Audit '{subject}': {problem}",
            "审核“{subject}”：{problem_zh}"
        ),
        check_report_distributed,
    ),
    rule!(
        "ecms-8.2.e-findings-acted",
        "8.2.e",
        Error,
        Shall,
        Minor,
        ("Audit findings corrected in time", "及时纠正审核发现"),
        (
            "Finding '{subject}' of audit '{audit}': {problem}",
            "审核“{audit}”的发现“{subject}”：{problem_zh}"
        ),
        check_findings_acted,
    ),
    rule!(
        "ecms-8.2.f-audit-records",
        "8.2.f",
        Error,
        Shall,
        Minor,
        ("Audit records retained", "保留审核成文信息"),
        (
            "Completed audit '{subject}' does not record its {what}.",
            "已完成的审核“{subject}”未记录{what_zh}。"
        ),
        check_audit_records,
    ),
    // ----------------------------------------------------------------------------- 8.3
    rule!(
        "ecms-8.3.1-review-interval",
        "8.3.1",
        Error,
        Shall,
        Minor,
        ("Management review interval planned", "策划管理评审时间间隔"),
        (
            "No planned interval for management reviews is declared.",
            "未规定管理评审的策划时间间隔。"
        ),
        check_review_interval,
    ),
    rule!(
        "ecms-8.3.1-review-interval-yearly",
        "8.3.1",
        Warning,
        Policy,
        Minor,
        ("Management review at least yearly", "管理评审至少每年一次"),
        (
            "The management review interval {interval} is longer than one year.",
            "管理评审时间间隔{interval}长于一年。"
        ),
        check_review_interval_yearly,
    ),
    rule!(
        "ecms-8.3.1-review-overdue",
        "8.3.1",
        Error,
        Shall,
        Minor,
        (
            "Management reviews at planned intervals",
            "按策划的时间间隔进行管理评审"
        ),
        (
            "The next {subject} was due on {due} (interval {interval}, last {last}).",
            "下一次管理评审应于{due}进行（间隔{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-8.3.1-top-management",
        "8.3.1",
        Error,
        Shall,
        Minor,
        (
            "Top management conducts the review",
            "最高管理者进行管理评审"
        ),
        (
            "Management review '{subject}' was neither chaired nor attended by a member of top management.",
            "管理评审“{subject}”无最高管理者主持或参加。"
        ),
        check_review_top_management,
    ),
    rule!(
        "ecms-8.3.1-review-conclusions",
        "8.3.1",
        Error,
        Shall,
        Minor,
        (
            "Review concludes on suitability, adequacy, effectiveness, alignment",
            "评审结论涵盖适宜性、充分性、有效性和战略一致性"
        ),
        (
            "Management review '{subject}' records no conclusion on the system's {what}.",
            "管理评审“{subject}”未记录关于体系{what_zh}的结论。"
        ),
        check_review_conclusions,
    ),
    rule!(
        "ecms-8.3.2-inputs-covered",
        "8.3.2",
        Error,
        Shall,
        Minor,
        (
            "Review considers every input of 8.3.2",
            "管理评审考虑8.3.2全部输入"
        ),
        (
            "Management review '{subject}' did not consider the input '{item}'.",
            "管理评审“{subject}”未考虑输入“{item_zh}”。"
        ),
        check_review_inputs,
        covers = [
            "8.3.2.a",
            "8.3.2.b",
            "8.3.2.c.1",
            "8.3.2.c.2",
            "8.3.2.c.3",
            "8.3.2.c.4",
            "8.3.2.c.5",
            "8.3.2.c.6",
            "8.3.2.c.7",
            "8.3.2.d",
            "8.3.2.e",
            "8.3.2.f"
        ],
    ),
    rule!(
        "ecms-8.3.2.c-trends",
        "8.3.2.c",
        Error,
        Shall,
        Minor,
        (
            "Performance information includes trends",
            "绩效信息包括趋势"
        ),
        (
            "Management review '{subject}' considered performance information without any trend.",
            "管理评审“{subject}”考虑的绩效信息未包括趋势。"
        ),
        check_review_trends,
    ),
    rule!(
        "ecms-8.3.3-outputs-covered",
        "8.3.3",
        Error,
        Shall,
        Minor,
        (
            "Review decides on 8.3.3 a)–c)",
            "管理评审输出包括8.3.3 a)–c)的决定"
        ),
        (
            "Management review '{subject}' records no decision on '{item}'.",
            "管理评审“{subject}”未记录关于“{item_zh}”的决定。"
        ),
        check_review_outputs,
        covers = ["8.3.3.a", "8.3.3.b", "8.3.3.c"],
    ),
    rule!(
        "ecms-8.3.3-review-record",
        "8.3.3",
        Error,
        Shall,
        Minor,
        ("Management review record retained", "保留管理评审成文信息"),
        (
            "Held management review '{subject}' does not record its {what}.",
            "已进行的管理评审“{subject}”未记录{what_zh}。"
        ),
        check_review_record,
    ),
    rule!(
        "ecms-8.3.3-action-assigned",
        "8.3.3",
        Error,
        Shall,
        Minor,
        (
            "Review actions assigned and dated",
            "评审措施明确责任人和期限"
        ),
        (
            "Action '{subject}' of management review '{review}' has no {what}.",
            "管理评审“{review}”的措施“{subject}”没有{what_zh}。"
        ),
        check_review_action_assigned,
    ),
    rule!(
        "ecms-8.3.3-action-overdue",
        "8.3.3",
        Warning,
        Policy,
        Minor,
        ("Review actions completed on time", "评审措施按期完成"),
        (
            "Action '{subject}' of management review '{review}' was due on {due} and is not completed.",
            "管理评审“{review}”的措施“{subject}”应于{due}完成，至今未完成。"
        ),
        check_review_action_overdue,
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[];

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    let perf = &doc.performance;
    for (i, e) in perf.monitoring.entries.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-8.1.1-monitoring-overdue",
            clause: "8.1.1",
            path: format!("/performance/monitoring/entries/{i}"),
            subject: e.subject.clone(),
            activity: t("planned monitoring", "策划的监视"),
            interval: e.schedule.interval,
            last_done: e.schedule.last_done,
            anchor: None,
        });
    }
    if perf.monitoring.evaluation_interval.is_some() {
        out.push(Obligation {
            rule_id: "ecms-8.1.2-monitoring-evaluation-overdue",
            clause: "8.1.2",
            path: "/performance/monitoring".to_owned(),
            subject: "monitoring process".to_owned(),
            activity: t("evaluation of the monitoring process", "监视过程评价"),
            interval: perf.monitoring.evaluation_interval,
            last_done: perf
                .monitoring
                .evaluations
                .iter()
                .filter_map(|e| e.date)
                .max(),
            anchor: None,
        });
    }
    for (i, c) in perf.customer_monitoring.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-8.1.3-results-overdue",
            clause: "8.1.3",
            path: format!("/performance/customerMonitoring/{i}"),
            subject: c.name.clone(),
            activity: t("customer monitoring", "顾客监视"),
            interval: c.frequency,
            last_done: c.results.iter().map(|r| r.date).max(),
            anchor: None,
        });
    }
    for (i, k) in perf.kpis.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-8.1.4.2-kpi-measurement-overdue",
            clause: "8.1.4.2",
            path: format!("/performance/kpis/{i}"),
            subject: k.name.clone(),
            activity: t("KPI measurement", "关键绩效指标测量"),
            interval: k.frequency,
            last_done: k.last_measured(),
            anchor: k.since,
        });
    }
    if let Some(prog) = &perf.audit_programme {
        out.push(Obligation {
            rule_id: "ecms-8.2-audit-overdue",
            clause: "8.2",
            path: "/performance/auditProgramme".to_owned(),
            subject: "internal audit".to_owned(),
            activity: t("internal audit", "内部审核"),
            interval: prog.frequency,
            last_done: perf
                .audits
                .iter()
                .filter(|a| a.is_completed())
                .filter_map(|a| a.date)
                .max(),
            anchor: prog.approval.as_ref().and_then(|a| a.date),
        });
    }
    if let Some(plan) = &perf.review_plan {
        out.push(Obligation {
            rule_id: "ecms-8.3.1-review-overdue",
            clause: "8.3.1",
            path: "/performance/reviewPlan".to_owned(),
            subject: "management review".to_owned(),
            activity: t("management review", "管理评审"),
            interval: plan.interval,
            last_done: perf
                .management_reviews
                .iter()
                .filter(|r| r.is_held())
                .filter_map(|r| r.date)
                .max(),
            anchor: None,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// helpers

/// Every holder of a role.
fn role_holders(doc: &EcmsDocument, role: RoleId) -> BTreeSet<PersonId> {
    let mut out: BTreeSet<PersonId> = doc
        .leadership
        .roles
        .iter()
        .filter(|r| r.id == role)
        .flat_map(|r| r.holders.iter().copied())
        .collect();
    out.extend(
        doc.support
            .people
            .iter()
            .filter(|x| x.roles.contains(&role))
            .map(|x| x.id),
    );
    out
}

/// `name` and `name_zh` parameters holding the catalog title of an item.
fn title_params(name: &'static str, item: &str) -> Vec<(&'static str, String)> {
    let zh_name: &'static str = match name {
        "purpose" => "purpose_zh",
        _ => "item_zh",
    };
    match crate::catalog::clause(item) {
        Some(c) => vec![
            p(name, format!("{} ({item})", c.title.en)),
            p(zh_name, format!("{}（{item}）", c.title.zh)),
        ],
        None => vec![p(name, item), p(zh_name, item)],
    }
}

fn miss(em: &mut Emitter<'_>, path: &str, subject: &str, what: &str, what_zh: &str) {
    em.legacy_emit(
        path,
        &[
            p("subject", subject),
            p("what", what),
            p("what_zh", what_zh),
        ],
    );
}

fn plan_path(ctx: &Ctx<'_>) -> &'static str {
    if crate::common::is_default(&ctx.doc.performance.monitoring) {
        "/performance"
    } else {
        "/performance/monitoring"
    }
}

fn analyses_path(ctx: &Ctx<'_>) -> &'static str {
    if ctx.doc.performance.analyses.is_empty() {
        "/performance"
    } else {
        "/performance/analyses"
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.1

fn check_plan_exists(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.monitoring.entries.is_empty() {
        em.legacy_emit(plan_path(ctx), &[]);
    }
}

fn check_plan_purposes(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let entries = &ctx.doc.performance.monitoring.entries;
    if entries.is_empty() {
        return;
    }
    for (purpose, item) in MonitoringPurpose::ALL {
        if !entries.iter().any(|e| e.purposes.contains(&purpose)) {
            em.legacy_emit_at(
                item,
                "/performance/monitoring/entries",
                &title_params("purpose", item),
            );
        }
    }
}

fn check_plan_entry_complete(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, e) in ctx.doc.performance.monitoring.entries.iter().enumerate() {
        let path = format!("/performance/monitoring/entries/{i}");
        if e.purposes.is_empty() {
            miss(
                em,
                &path,
                &e.subject,
                "purpose (8.1.1 a)-c))",
                "目的（8.1.1 a)–c)）",
            );
        }
        if e.schedule.interval.is_none() {
            miss(em, &path, &e.subject, "frequency", "频次");
        }
        if e.responsible.is_none() {
            miss(em, &path, &e.subject, "responsible role", "负责岗位");
        }
        if blank(&e.evaluation) {
            miss(
                em,
                &path,
                &e.subject,
                "way of analysing and evaluating the results",
                "结果的分析和评价方式",
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.2

fn check_factors_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let entries = &ctx.doc.performance.monitoring.entries;
    for (i, f) in ctx.doc.context.factors.iter().enumerate() {
        if !entries.iter().any(|e| e.factors.contains(&f.id)) {
            em.legacy_emit(
                format!("/context/factors/{i}"),
                &[p("subject", &f.description)],
            );
        }
    }
}

fn check_processes_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let perf = &ctx.doc.performance;
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        let covered = perf
            .monitoring
            .entries
            .iter()
            .any(|e| e.processes.contains(&pr.id))
            || perf.kpis.iter().any(|k| k.processes.contains(&pr.id));
        if !covered {
            em.legacy_emit(format!("/context/processes/{i}"), &[p("subject", &pr.name)]);
        }
    }
}

fn check_monitoring_used(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let used = ctx.doc.performance.analyses.iter().any(|a| {
        a.date.is_some_and(|d| within_year(d, ctx.as_of))
            && a.decisions.iter().any(|d| !d.description.trim().is_empty())
    });
    if !used {
        em.legacy_emit(analyses_path(ctx), &[p("as_of", ctx.as_of)]);
    }
}

fn check_monitoring_evaluation_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.monitoring.evaluation_interval.is_none() {
        em.legacy_emit(plan_path(ctx), &[]);
    }
}

fn check_monitoring_evaluation_content(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, e) in ctx
        .doc
        .performance
        .monitoring
        .evaluations
        .iter()
        .enumerate()
    {
        let path = format!("/performance/monitoring/evaluations/{i}");
        let subject = e
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| e.id.to_string());
        if e.date.is_none() {
            miss(em, &path, &subject, "date", "日期");
        }
        if blank(&e.performance) {
            miss(em, &path, &subject, "performance assessment", "绩效评价");
        }
        if blank(&e.effectiveness) {
            miss(
                em,
                &path,
                &subject,
                "effectiveness assessment",
                "有效性评价",
            );
        }
        if e.actions.iter().all(|a| a.trim().is_empty()) && e.improvements.is_empty() {
            miss(
                em,
                &path,
                &subject,
                "actions to improve monitoring",
                "改进监视过程的措施",
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.3

fn customer_path(ctx: &Ctx<'_>) -> &'static str {
    if ctx.doc.performance.customer_monitoring.is_empty() {
        "/performance"
    } else {
        "/performance/customerMonitoring"
    }
}

fn check_satisfaction_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .performance
        .customer_monitoring
        .iter()
        .any(|c| c.aspect == Some(CustomerAspect::Satisfaction))
    {
        em.legacy_emit(customer_path(ctx), &[]);
    }
}

fn check_credit_rating_monitored(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .performance
        .customer_monitoring
        .iter()
        .any(|c| c.aspect == Some(CustomerAspect::CreditRating))
    {
        em.legacy_emit(customer_path(ctx), &[]);
    }
}

fn check_customer_method_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.performance.customer_monitoring.iter().enumerate() {
        let path = format!("/performance/customerMonitoring/{i}");
        if c.aspect.is_none() {
            miss(
                em,
                &path,
                &c.name,
                "aspect (satisfaction or credit rating)",
                "监视内容（满意或信用评价）",
            );
        }
        if c.method.is_none() || blank(&c.source) {
            miss(
                em,
                &path,
                &c.name,
                "method and source of the information",
                "信息获取方法和来源",
            );
        }
        if c.frequency.is_none() {
            miss(em, &path, &c.name, "monitoring frequency", "监视频次");
        }
        if blank(&c.review) {
            miss(
                em,
                &path,
                &c.name,
                "way of reviewing results",
                "结果评审方式",
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.4.1

fn check_measurement_method(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if blank(&k.method) {
            em.legacy_emit(
                format!("/performance/kpis/{i}"),
                &[
                    p("subject", &k.name),
                    p("kind", "KPI"),
                    p("kind_zh", "关键绩效指标"),
                ],
            );
        }
    }
    for (i, e) in ctx.doc.performance.monitoring.entries.iter().enumerate() {
        if blank(&e.method) {
            em.legacy_emit(
                format!("/performance/monitoring/entries/{i}"),
                &[
                    p("subject", &e.subject),
                    p("kind", "Monitoring plan entry"),
                    p("kind_zh", "监视策划条目"),
                ],
            );
        }
    }
}

fn check_data_analysed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .performance
        .analyses
        .iter()
        .any(|a| a.date.is_some_and(|d| within_year(d, ctx.as_of)))
    {
        em.legacy_emit(analyses_path(ctx), &[p("as_of", ctx.as_of)]);
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.4.2

fn check_kpis_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.kpis.is_empty() {
        em.legacy_emit("/performance", &[]);
    }
}

fn check_kpi_definition(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        let path = format!("/performance/kpis/{i}");
        if blank(&k.key_factor) {
            miss(em, &path, &k.name, "key success factor", "关键成功因素");
        }
        if blank(&k.capability_relation) {
            miss(
                em,
                &path,
                &k.name,
                "relation to e-commerce capability and performance",
                "与电子商务能力和绩效的关系",
            );
        }
        if !k
            .breakdown
            .iter()
            .any(|b| b.role.is_some() || b.process.is_some())
        {
            miss(
                em,
                &path,
                &k.name,
                "breakdown across levels and functions",
                "在不同层次和职能上的分解",
            );
        }
        if k.procedure.is_none() {
            miss(em, &path, &k.name, "measurement procedure", "测量程序");
        }
    }
}

fn check_kpi_frequency(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if k.frequency.is_none() {
            em.legacy_emit(format!("/performance/kpis/{i}"), &[p("subject", &k.name)]);
        }
    }
}

fn check_kpi_target(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if !k.target.as_ref().is_some_and(|t| t.is_complete()) {
            em.legacy_emit(format!("/performance/kpis/{i}"), &[p("subject", &k.name)]);
        }
    }
}

fn check_kpi_target_missed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        let Some(target) = &k.target else { continue };
        for (j, m) in k.measurements.iter().enumerate() {
            if target.is_met(m.value) != Some(false) {
                continue;
            }
            if !blank(&m.analysis) || m.nonconformity.is_some() || m.improvement.is_some() {
                continue;
            }
            let unit = target.unit.clone().unwrap_or_default();
            let tv = target.value.map(|v| v.to_string()).unwrap_or_default();
            em.legacy_emit(
                format!("/performance/kpis/{i}/measurements/{j}"),
                &[
                    p("subject", &k.name),
                    p("value", format!("{}{unit}", m.value)),
                    p("target", format!("{tv}{unit}")),
                    p(
                        "period",
                        m.period.clone().unwrap_or_else(|| m.date.to_string()),
                    ),
                ],
            );
        }
    }
}

fn check_kpi_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let evaluated: BTreeSet<_> = ctx
        .doc
        .performance
        .analyses
        .iter()
        .filter(|a| a.date.is_some_and(|d| within_year(d, ctx.as_of)))
        .flat_map(|a| a.evaluations.iter().flat_map(|e| e.kpis.iter().copied()))
        .collect();
    for (i, k) in ctx.doc.performance.kpis.iter().enumerate() {
        if k.measurements.is_empty() || evaluated.contains(&k.id) {
            continue;
        }
        em.legacy_emit(
            format!("/performance/kpis/{i}"),
            &[p("subject", &k.name), p("as_of", ctx.as_of)],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.4.3

fn check_benchmarks_used(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.benchmarks.is_empty() {
        em.legacy_emit("/performance", &[]);
    }
}

fn check_benchmark_compared(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, b) in ctx.doc.performance.benchmarks.iter().enumerate() {
        let path = format!("/performance/benchmarks/{i}");
        if b.kind.is_none() || blank(&b.reference) {
            miss(
                em,
                &path,
                &b.name,
                "kind (internal/external) and reference",
                "类型（内部/外部）和对标对象",
            );
        }
        if b.comparisons.is_empty() {
            miss(em, &path, &b.name, "comparison", "对比结果");
        }
        if b.improvement_needs.iter().all(|n| n.trim().is_empty()) && b.improvements.is_empty() {
            miss(
                em,
                &path,
                &b.name,
                "analysis of improvement needs",
                "改进需求分析",
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8.1.4.4

fn check_analysis_sources_methods(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.analyses.iter().enumerate() {
        let path = format!("/performance/analyses/{i}");
        if a.data_sources.iter().all(|s| s.trim().is_empty()) {
            miss(em, &path, &a.title, "data channels", "数据获取渠道");
        }
        if a.methods.iter().all(|s| s.trim().is_empty()) {
            miss(em, &path, &a.title, "analysis methods", "分析方法");
        }
    }
}

fn check_evaluation_items(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let recent: Vec<_> = ctx
        .doc
        .performance
        .analyses
        .iter()
        .filter(|a| a.date.is_some_and(|d| within_year(d, ctx.as_of)))
        .collect();
    for (item, clause) in AnalysisItem::ALL {
        let done = recent.iter().any(|a| {
            a.evaluations
                .iter()
                .any(|e| e.item == item && !blank(&e.conclusion))
        });
        if !done {
            em.legacy_emit_at(
                clause,
                analyses_path(ctx),
                &[title_params("item", clause), vec![p("as_of", ctx.as_of)]].concat(),
            );
        }
    }
}

fn check_future_dated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let as_of = ctx.as_of;
    let mut flag = |clause: &'static str, path: String, en: String, zh: String, d: Date| {
        if d > as_of {
            em.legacy_emit_at(
                clause,
                path,
                &[
                    p("subject", en),
                    p("subject_zh", zh),
                    p("date", d),
                    p("as_of", as_of),
                ],
            );
        }
    };
    let perf = &ctx.doc.performance;
    for (i, e) in perf.monitoring.entries.iter().enumerate() {
        if let Some(d) = e.schedule.last_done {
            flag(
                "8.1.1",
                format!("/performance/monitoring/entries/{i}/schedule/lastDone"),
                format!("The last monitoring of '{}'", e.subject),
                format!("“{}”的上次监视", e.subject),
                d,
            );
        }
    }
    for (i, e) in perf.monitoring.evaluations.iter().enumerate() {
        if let Some(d) = e.date {
            flag(
                "8.1.2",
                format!("/performance/monitoring/evaluations/{i}/date"),
                "An evaluation of the monitoring process".to_owned(),
                "监视过程评价".to_owned(),
                d,
            );
        }
    }
    for (i, c) in perf.customer_monitoring.iter().enumerate() {
        for (j, r) in c.results.iter().enumerate() {
            flag(
                "8.1.3",
                format!("/performance/customerMonitoring/{i}/results/{j}/date"),
                format!("A result of customer monitoring '{}'", c.name),
                format!("顾客监视“{}”的结果", c.name),
                r.date,
            );
        }
    }
    for (i, k) in perf.kpis.iter().enumerate() {
        for (j, m) in k.measurements.iter().enumerate() {
            flag(
                "8.1.4.2",
                format!("/performance/kpis/{i}/measurements/{j}/date"),
                format!("A measurement of KPI '{}'", k.name),
                format!("关键绩效指标“{}”的测量", k.name),
                m.date,
            );
        }
    }
    for (i, b) in perf.benchmarks.iter().enumerate() {
        if let Some(d) = b.date {
            flag(
                "8.1.4.3",
                format!("/performance/benchmarks/{i}/date"),
                format!("Benchmark '{}'", b.name),
                format!("标杆“{}”", b.name),
                d,
            );
        }
    }
    for (i, a) in perf.analyses.iter().enumerate() {
        if let Some(d) = a.date {
            flag(
                "8.1.4.4",
                format!("/performance/analyses/{i}/date"),
                format!("Analysis '{}'", a.title),
                format!("分析“{}”", a.title),
                d,
            );
        }
    }
    for (i, a) in perf.audits.iter().enumerate() {
        if let (true, Some(d)) = (a.is_completed(), a.date) {
            flag(
                "8.2",
                format!("/performance/audits/{i}/date"),
                format!("Completed audit '{}'", a.title),
                format!("已完成的审核“{}”", a.title),
                d,
            );
        }
    }
    for (i, r) in perf.management_reviews.iter().enumerate() {
        if let (true, Some(d)) = (r.is_held(), r.date) {
            flag(
                "8.3.1",
                format!("/performance/managementReviews/{i}/date"),
                format!("Held management review '{}'", r.title),
                format!("已进行的管理评审“{}”", r.title),
                d,
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8.2

fn check_programme_exists(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.performance.audit_programme.is_none() {
        em.legacy_emit("/performance", &[]);
    }
}

fn check_programme_content(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(prog) = &ctx.doc.performance.audit_programme else {
        return;
    };
    let path = "/performance/auditProgramme";
    let mut m = |what: &str, what_zh: &str| {
        em.legacy_emit(path, &[p("what", what), p("what_zh", what_zh)]);
    };
    if prog.frequency.is_none() {
        m("frequency", "频次");
    }
    if prog.methods.iter().all(|x| x.trim().is_empty()) {
        m("methods", "方法");
    }
    if !prog
        .responsibilities
        .iter()
        .any(|r| r.role.is_some() && !r.duty.trim().is_empty())
    {
        m("responsibilities", "职责");
    }
    if blank(&prog.planning_requirements) {
        m("planning requirements", "策划要求");
    }
    if blank(&prog.reporting) {
        m("reporting", "报告");
    }
    if blank(&prog.basis.process_importance) {
        m(
            "consideration of the importance of the processes",
            "对过程重要性的考虑",
        );
    }
    if blank(&prog.basis.changes) {
        m(
            "consideration of changes affecting the organization",
            "对影响组织的变化的考虑",
        );
    }
    if blank(&prog.basis.previous_results) {
        m(
            "consideration of previous audit results",
            "对以往审核结果的考虑",
        );
    }
}

fn check_audit_frequency_yearly(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(iv) = ctx
        .doc
        .performance
        .audit_programme
        .as_ref()
        .and_then(|p| p.frequency)
        && !iv.at_most(&Interval::years(1))
    {
        em.legacy_emit(
            "/performance/auditProgramme/frequency",
            &[p("interval", iv)],
        );
    }
}

fn check_planned_audit_late(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        if a.status != Some(AuditStatus::Planned) {
            continue;
        }
        if let Some(d) = a.planned_date
            && d < ctx.as_of
        {
            em.legacy_emit(
                format!("/performance/audits/{i}"),
                &[p("subject", &a.title), p("due", d)],
            );
        }
    }
}

fn check_processes_audited(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let audited: BTreeSet<_> = ctx
        .doc
        .performance
        .audits
        .iter()
        .filter(|a| a.is_completed() && a.date.is_some_and(|d| within_year(d, ctx.as_of)))
        .flat_map(|a| a.processes.iter().copied())
        .collect();
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !audited.contains(&pr.id) {
            em.legacy_emit(
                format!("/context/processes/{i}"),
                &[p("subject", &pr.name), p("as_of", ctx.as_of)],
            );
        }
    }
}

fn live_audits<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (usize, &'a crate::model::performance::Audit)> {
    ctx.doc
        .performance
        .audits
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status != Some(AuditStatus::Cancelled))
}

fn check_audit_criteria_scope(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in live_audits(ctx) {
        let path = format!("/performance/audits/{i}");
        if a.criteria.iter().all(|c| c.trim().is_empty()) {
            miss(em, &path, &a.title, "audit criteria", "审核准则");
        }
        if blank(&a.scope) || a.processes.is_empty() {
            miss(
                em,
                &path,
                &a.title,
                "scope (statement and processes)",
                "审核范围（描述及过程）",
            );
        }
    }
}

fn check_auditors_assigned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in live_audits(ctx) {
        if a.auditors.is_empty() {
            em.legacy_emit(
                format!("/performance/audits/{i}"),
                &[p("subject", &a.title)],
            );
        }
    }
}

fn check_auditor_objectivity(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let doc = ctx.doc;
    for (i, a) in live_audits(ctx) {
        for (j, auditor) in a.auditors.iter().enumerate() {
            for pid in &a.processes {
                let Some(pr) = doc.context.processes.iter().find(|x| x.id == *pid) else {
                    continue;
                };
                let Some(owner) = pr.owner else { continue };
                if holds_role(doc, *auditor, owner) {
                    em.legacy_emit(
                        format!("/performance/audits/{i}/auditors/{j}"),
                        &[
                            p("subject", &a.title),
                            p("auditor", person_name(doc, *auditor)),
                            p("process", &pr.name),
                        ],
                    );
                }
            }
        }
    }
}

fn check_report_distributed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let doc = ctx.doc;
    for (i, a) in doc.performance.audits.iter().enumerate() {
        if !a.is_completed() {
            continue;
        }
        let path = format!("/performance/audits/{i}");
        let Some(report) = &a.report else {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &a.title),
                    p("problem", "no audit report is recorded."),
                    p("problem_zh", "未记录审核报告。"),
                ],
            );
            continue;
        };
        let rpath = format!("{path}/report");
        if report.document.is_none() || report.date.is_none() {
            em.legacy_emit(
                &rpath,
                &[
                    p("subject", &a.title),
                    p("problem", "the report has no document or date."),
                    p("problem_zh", "审核报告没有文件或日期。"),
                ],
            );
        }
        if report.distributed_to.is_empty() {
            em.legacy_emit(
                &rpath,
                &[
                    p("subject", &a.title),
                    p("problem", "the report was given to no manager."),
                    p("problem_zh", "审核报告未发给任何管理者。"),
                ],
            );
            continue;
        }
        for pid in &a.processes {
            let Some(pr) = doc.context.processes.iter().find(|x| x.id == *pid) else {
                continue;
            };
            let Some(owner) = pr.owner else { continue };
            let holders = role_holders(doc, owner);
            if holders.is_empty() || report.distributed_to.iter().any(|x| holders.contains(x)) {
                continue;
            }
            em.legacy_emit(
                &rpath,
                &[
                    p("subject", &a.title),
                    p(
                        "problem",
                        format!(
                            "the report did not reach the manager responsible for audited process '{}'.",
                            pr.name
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("审核报告未送达受审核过程“{}”的负责管理者。", pr.name),
                    ),
                ],
            );
        }
    }
}

fn check_findings_acted(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::performance::FindingKind;
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        for (j, f) in a.findings.iter().enumerate() {
            let path = format!("/performance/audits/{i}/findings/{j}");
            let mut report = |en: String, zh: String| {
                em.legacy_emit(
                    &path,
                    &[
                        p("subject", &f.description),
                        p("audit", &a.title),
                        p("problem", en),
                        p("problem_zh", zh),
                    ],
                );
            };
            let is_nc = f.kind == Some(FindingKind::Nonconformity);
            if is_nc && f.nonconformity.is_none() && blank(&f.correction) {
                report(
                    "a nonconformity with neither a correction nor a nonconformity record for corrective action.".to_owned(),
                    "不符合项既无纠正也无对应的不符合及纠正措施记录。".to_owned(),
                );
            }
            if is_nc && f.closed.is_none() && f.due.is_none() {
                report(
                    "an open nonconformity with no due date for its correction.".to_owned(),
                    "未关闭的不符合项没有纠正期限。".to_owned(),
                );
            }
            if let (None, Some(due)) = (f.closed, f.due)
                && due < ctx.as_of
            {
                report(
                    format!("due on {due} and still open."),
                    format!("应于{due}关闭，至今未关闭。"),
                );
            }
        }
    }
}

fn check_audit_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in ctx.doc.performance.audits.iter().enumerate() {
        if !a.is_completed() {
            continue;
        }
        let path = format!("/performance/audits/{i}");
        if a.date.is_none() {
            miss(em, &path, &a.title, "date", "实施日期");
        }
        if a.records.is_empty() {
            miss(
                em,
                &path,
                &a.title,
                "records (plan, checklists, evidence)",
                "审核记录（计划、检查表、证据）",
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8.3

fn check_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &ctx.doc.performance.review_plan {
        None => em.legacy_emit("/performance", &[]),
        Some(plan) if plan.interval.is_none() => em.legacy_emit("/performance/reviewPlan", &[]),
        Some(_) => {}
    }
}

fn check_review_interval_yearly(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(iv) = ctx
        .doc
        .performance
        .review_plan
        .as_ref()
        .and_then(|p| p.interval)
        && !iv.at_most(&Interval::years(1))
    {
        em.legacy_emit("/performance/reviewPlan/interval", &[p("interval", iv)]);
    }
}

fn held_reviews<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a crate::model::performance::ManagementReview)> {
    ctx.doc
        .performance
        .management_reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_held())
        .map(|(i, r)| (format!("/performance/managementReviews/{i}"), r))
}

fn check_review_top_management(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let top = &ctx.doc.organization.top_management;
    for (path, r) in held_reviews(ctx) {
        let present = r
            .chair
            .iter()
            .chain(r.attendees.iter())
            .any(|x| top.contains(x));
        if !present {
            em.legacy_emit(path, &[p("subject", &r.title)]);
        }
    }
}

fn check_review_conclusions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        let c = &r.conclusions;
        for (v, what, what_zh) in [
            (&c.suitability, "suitability", "适宜性"),
            (&c.adequacy, "adequacy", "充分性"),
            (&c.effectiveness, "effectiveness", "有效性"),
            (
                &c.strategic_alignment,
                "alignment with the strategic direction",
                "与战略方向的一致性",
            ),
        ] {
            if blank(v) {
                miss(em, &path, &r.title, what, what_zh);
            }
        }
    }
}

fn check_review_inputs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        for (item, clause) in ReviewInputItem::ALL {
            if !r
                .inputs
                .iter()
                .any(|x| x.item == item && !blank(&x.summary))
            {
                em.legacy_emit_at(
                    clause,
                    &path,
                    &[vec![p("subject", &r.title)], title_params("item", clause)].concat(),
                );
            }
        }
    }
}

fn check_review_trends(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        let perf_inputs: Vec<_> = r
            .inputs
            .iter()
            .filter(|x| x.item.is_performance_information())
            .collect();
        if !perf_inputs.is_empty() && perf_inputs.iter().all(|x| blank(&x.trend)) {
            em.legacy_emit(path, &[p("subject", &r.title)]);
        }
    }
}

fn check_review_outputs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        for (kind, clause) in ReviewOutputKind::ALL {
            if !r
                .outputs
                .iter()
                .any(|o| o.kind == kind && !blank(&o.decision))
            {
                em.legacy_emit_at(
                    clause,
                    &path,
                    &[vec![p("subject", &r.title)], title_params("item", clause)].concat(),
                );
            }
        }
    }
}

fn check_review_record(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        if r.date.is_none() {
            miss(em, &path, &r.title, "date", "日期");
        }
        if r.record.is_none() {
            miss(
                em,
                &path,
                &r.title,
                "retained record (minutes or report)",
                "保留的记录（纪要或报告）",
            );
        }
    }
}

fn review_actions<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<
    Item = (
        String,
        &'a crate::model::performance::ManagementReview,
        &'a crate::model::performance::ReviewAction,
    ),
> {
    ctx.doc
        .performance
        .management_reviews
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.outputs.iter().enumerate().flat_map(move |(j, o)| {
                o.actions.iter().enumerate().map(move |(k, a)| {
                    (
                        format!("/performance/managementReviews/{i}/outputs/{j}/actions/{k}"),
                        r,
                        a,
                    )
                })
            })
        })
}

fn check_review_action_assigned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r, a) in review_actions(ctx) {
        for (missing, what, what_zh) in [
            (a.owner.is_none(), "owner", "责任人"),
            (a.due.is_none(), "due date", "完成期限"),
        ] {
            if missing {
                em.legacy_emit(
                    &path,
                    &[
                        p("subject", &a.description),
                        p("review", &r.title),
                        p("what", what),
                        p("what_zh", what_zh),
                    ],
                );
            }
        }
    }
}

fn check_review_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r, a) in review_actions(ctx) {
        if let (None, Some(due)) = (a.completed, a.due)
            && due < ctx.as_of
        {
            em.legacy_emit(
                path,
                &[
                    p("subject", &a.description),
                    p("review", &r.title),
                    p("due", due),
                ],
            );
        }
    }
}
