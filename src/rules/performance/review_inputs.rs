//! 8.3.2 — 管理评审输入 (management review inputs): each review considers the status of
//! earlier actions (a), changes in internal and external factors (b), information on
//! performance and effectiveness with its trends (c 1–7), the adequacy of resources (d), the
//! effect of actions on risks and opportunities (e) and opportunities for improvement (f).

use super::held_reviews;
use crate::model::performance::ReviewInputItem;
use crate::rules::prelude::*;

/// 8.3.2 a)–f): each held review considered every input, with a summary; the audits and
/// analyses an input presents were made on or before the review date.
pub static INPUTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.2-inputs-covered",
        clause: "8.3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Review considers every input of 8.3.2",
            "管理评审考虑8.3.2全部输入",
        ),
        reasons: &[
            NO_PRIOR_ACTIONS,
            NO_CONTEXT_CHANGES,
            NO_CUSTOMER_FEEDBACK,
            NO_OBJECTIVE_ATTAINMENT,
            NO_PROCESS_PERFORMANCE,
            NO_NONCONFORMITIES,
            NO_MONITORING_RESULTS,
            NO_AUDIT_RESULTS,
            NO_PROVIDER_PERFORMANCE,
            NO_RESOURCE_ADEQUACY,
            NO_RISK_ACTIONS,
            NO_IMPROVEMENT_OPPORTUNITIES,
            PRESENTED_BEFORE_MADE,
        ],
        covers: &[
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
            "8.3.2.f",
        ],
    },
    check: check_inputs,
    obligations: None,
};

const PRESENTED_BEFORE_MADE: Reason = Reason::new(
    "presented-before-made",
    "Management review '{subject}' of {date} presents '{source}', dated {made}, after the review: a review cannot consider results that did not yet exist.",
    "管理评审“{subject}”（{date}）列入的输入“{source}”日期为{made}，晚于该次评审，评审不能考虑当时尚不存在的结果。",
);

const NO_PRIOR_ACTIONS: Reason = Reason::new(
    "no-prior-actions",
    "Management review '{subject}' did not consider the input 'Status of prior actions (8.3.2.a)'.",
    "管理评审“{subject}”未考虑输入“以往措施状况（8.3.2 a)）”。",
);
const NO_CONTEXT_CHANGES: Reason = Reason::new(
    "no-context-changes",
    "Management review '{subject}' did not consider the input 'Changes in issues (8.3.2.b)'.",
    "管理评审“{subject}”未考虑输入“内外部因素变化（8.3.2 b)）”。",
);
const NO_CUSTOMER_FEEDBACK: Reason = Reason::new(
    "no-customer-feedback",
    "Management review '{subject}' did not consider the input 'Customer and party feedback (8.3.2.c.1)'.",
    "管理评审“{subject}”未考虑输入“顾客与相关方反馈（8.3.2 c) 1)）”。",
);
const NO_OBJECTIVE_ATTAINMENT: Reason = Reason::new(
    "no-objective-attainment",
    "Management review '{subject}' did not consider the input 'Objective attainment (8.3.2.c.2)'.",
    "管理评审“{subject}”未考虑输入“目标实现程度（8.3.2 c) 2)）”。",
);
const NO_PROCESS_PERFORMANCE: Reason = Reason::new(
    "no-process-performance",
    "Management review '{subject}' did not consider the input 'Process and product performance (8.3.2.c.3)'.",
    "管理评审“{subject}”未考虑输入“过程与产品绩效（8.3.2 c) 3)）”。",
);
const NO_NONCONFORMITIES: Reason = Reason::new(
    "no-nonconformities",
    "Management review '{subject}' did not consider the input 'Nonconformities and corrections (8.3.2.c.4)'.",
    "管理评审“{subject}”未考虑输入“不合格与纠正措施（8.3.2 c) 4)）”。",
);
const NO_MONITORING_RESULTS: Reason = Reason::new(
    "no-monitoring-results",
    "Management review '{subject}' did not consider the input 'Monitoring and measurement results (8.3.2.c.5)'.",
    "管理评审“{subject}”未考虑输入“监测结果（8.3.2 c) 5)）”。",
);
const NO_AUDIT_RESULTS: Reason = Reason::new(
    "no-audit-results",
    "Management review '{subject}' did not consider the input 'Audit results (8.3.2.c.6)'.",
    "管理评审“{subject}”未考虑输入“审核结果（8.3.2 c) 6)）”。",
);
const NO_PROVIDER_PERFORMANCE: Reason = Reason::new(
    "no-provider-performance",
    "Management review '{subject}' did not consider the input 'External provider performance (8.3.2.c.7)'.",
    "管理评审“{subject}”未考虑输入“外部供方绩效（8.3.2 c) 7)）”。",
);
const NO_RESOURCE_ADEQUACY: Reason = Reason::new(
    "no-resource-adequacy",
    "Management review '{subject}' did not consider the input 'Resource adequacy (8.3.2.d)'.",
    "管理评审“{subject}”未考虑输入“资源充分性（8.3.2 d)）”。",
);
const NO_RISK_ACTIONS: Reason = Reason::new(
    "no-risk-actions",
    "Management review '{subject}' did not consider the input 'Effect of risk actions (8.3.2.e)'.",
    "管理评审“{subject}”未考虑输入“风险措施有效性（8.3.2 e)）”。",
);
const NO_IMPROVEMENT_OPPORTUNITIES: Reason = Reason::new(
    "no-improvement-opportunities",
    "Management review '{subject}' did not consider the input 'Improvement opportunities (8.3.2.f)'.",
    "管理评审“{subject}”未考虑输入“改进机会（8.3.2 f)）”。",
);

fn input_missing(item: ReviewInputItem) -> &'static Reason {
    match item {
        ReviewInputItem::PriorActions => &NO_PRIOR_ACTIONS,
        ReviewInputItem::ContextChanges => &NO_CONTEXT_CHANGES,
        ReviewInputItem::CustomerFeedback => &NO_CUSTOMER_FEEDBACK,
        ReviewInputItem::ObjectiveAttainment => &NO_OBJECTIVE_ATTAINMENT,
        ReviewInputItem::ProcessPerformance => &NO_PROCESS_PERFORMANCE,
        ReviewInputItem::Nonconformities => &NO_NONCONFORMITIES,
        ReviewInputItem::MonitoringResults => &NO_MONITORING_RESULTS,
        ReviewInputItem::AuditResults => &NO_AUDIT_RESULTS,
        ReviewInputItem::ProviderPerformance => &NO_PROVIDER_PERFORMANCE,
        ReviewInputItem::ResourceAdequacy => &NO_RESOURCE_ADEQUACY,
        ReviewInputItem::RiskActions => &NO_RISK_ACTIONS,
        ReviewInputItem::ImprovementOpportunities => &NO_IMPROVEMENT_OPPORTUNITIES,
    }
}

fn check_inputs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        for (item, clause) in ReviewInputItem::ALL {
            if !r
                .inputs
                .iter()
                .any(|x| x.item == item && !blank(&x.summary))
            {
                em.emit_at(
                    clause,
                    input_missing(item),
                    &path,
                    &[p("subject", &r.title), p("item", item.as_str())],
                );
            }
        }
        let Some(held) = r.date else { continue };
        for (k, input) in r.inputs.iter().enumerate() {
            let perf = &ctx.doc.performance;
            let audits = input.audits.iter().filter_map(|id| {
                let a = perf.audits.iter().find(|a| a.id == *id)?;
                Some((a.title.as_str(), a.date?))
            });
            let analyses = input.analyses.iter().filter_map(|id| {
                let a = perf.analyses.iter().find(|a| a.id == *id)?;
                Some((a.title.as_str(), a.date?))
            });
            for (source, made) in audits.chain(analyses) {
                if made > held {
                    em.emit(
                        &PRESENTED_BEFORE_MADE,
                        format!("{path}/inputs/{k}"),
                        &[
                            p("subject", &r.title),
                            p("date", held),
                            p("source", source),
                            p("made", made),
                        ],
                    );
                }
            }
        }
    }
}

/// 8.3.2 a): a held review's input on earlier actions gives the status of every action the
/// previous held review decided, each by its id.
pub static PRIOR_ACTIONS_STATUS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.2.a-prior-actions-status",
        clause: "8.3.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Status of each action of the previous review considered",
            "考虑上次管理评审每项措施的状况",
        ),
        reasons: &[ACTION_NOT_REPORTED, STATUS_MISSING, NOT_A_REVIEW_ACTION],
        covers: &[],
    },
    check: check_prior_actions,
    obligations: None,
};

const ACTION_NOT_REPORTED: Reason = Reason::new(
    "action-not-reported",
    "Management review '{subject}' gives no status for action '{action}' decided by the previous review '{previous}'.",
    "管理评审“{subject}”未说明上次管理评审“{previous}”所定措施“{action}”的状况。",
);
const STATUS_MISSING: Reason = Reason::new(
    "status-missing",
    "Management review '{subject}' lists an earlier action without saying where it stands.",
    "管理评审“{subject}”列出了一项以往措施，但未说明其状况。",
);
const NOT_A_REVIEW_ACTION: Reason = Reason::new(
    "not-a-review-action",
    "Management review '{subject}' reports the status of an action that no earlier management review decided.",
    "管理评审“{subject}”说明状况的措施并非以往管理评审所确定的措施。",
);

fn check_prior_actions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let held: Vec<_> = held_reviews(ctx)
        .filter(|(_, r)| r.date.is_some())
        .collect();
    for (path, r) in &held {
        let Some((k, input)) = r
            .inputs
            .iter()
            .enumerate()
            .find(|(_, x)| x.item == ReviewInputItem::PriorActions)
        else {
            // The missing input itself is reported by `ecms-8.3.2-inputs-covered`.
            continue;
        };
        let ipath = format!("{path}/inputs/{k}");
        let subject = p("subject", &r.title);
        let earlier_actions: Vec<_> = held
            .iter()
            .filter(|(_, e)| e.date < r.date)
            .flat_map(|(_, e)| e.outputs.iter().flat_map(|o| o.actions.iter()))
            .map(|a| a.id)
            .collect();
        for (j, st) in input.action_statuses.iter().enumerate() {
            let spath = format!("{ipath}/actionStatuses/{j}");
            if st.status.is_none() {
                em.emit(&STATUS_MISSING, &spath, std::slice::from_ref(&subject));
            }
            if !earlier_actions.contains(&st.action) {
                em.emit(&NOT_A_REVIEW_ACTION, &spath, std::slice::from_ref(&subject));
            }
        }
        let previous = held
            .iter()
            .filter(|(_, e)| e.date < r.date)
            .max_by_key(|(_, e)| e.date);
        let Some((_, prev)) = previous else {
            continue;
        };
        for a in prev.outputs.iter().flat_map(|o| o.actions.iter()) {
            if !input.action_statuses.iter().any(|st| st.action == a.id) {
                em.emit(
                    &ACTION_NOT_REPORTED,
                    &ipath,
                    &[
                        subject.clone(),
                        p("action", &a.description),
                        p("previous", &prev.title),
                    ],
                );
            }
        }
    }
}

/// 8.3.2 c): the performance information a held review considered shows trends.
pub static TRENDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-8.3.2.c-trends",
        clause: "8.3.2.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Performance information includes trends",
            "绩效信息包括趋势",
        ),
        reasons: &[NO_TREND],
        covers: &[],
    },
    check: check_trends,
    obligations: None,
};

const NO_TREND: Reason = Reason::new(
    "no-trend",
    "Management review '{subject}' considered performance information without any trend.",
    "管理评审“{subject}”考虑的绩效信息未包括趋势。",
);

fn check_trends(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, r) in held_reviews(ctx) {
        let perf_inputs: Vec<_> = r
            .inputs
            .iter()
            .filter(|x| x.item.is_performance_information())
            .collect();
        if !perf_inputs.is_empty() && perf_inputs.iter().all(|x| blank(&x.trend)) {
            em.emit(&NO_TREND, path, &[p("subject", &r.title)]);
        }
    }
}
