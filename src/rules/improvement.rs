//! Rules for chapter 9 — improvement: improvement opportunities (9.1), nonconformities and
//! corrective actions (9.2), continual improvement (9.3).

use crate::common::Date;

use super::obligations::Obligation;
use super::util::{blank, within_year};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::model::EcmsDocument;
use crate::model::improvement::{ImprovementCategory, ImprovementStatus, NcSource, Nonconformity};

pub(super) static RULES: &[BuiltinRule] = &[
    // ----------------------------------------------------------------------------- 9.1
    rule!(
        "ecms-9.1-improvements-selected",
        "9.1",
        Error,
        Shall,
        Major,
        ("Improvement opportunities selected", "确定和选择改进机会"),
        (
            "No improvement opportunity has been selected and acted upon.",
            "没有任何经选择并实施的改进机会。"
        ),
        check_improvements_selected,
    ),
    rule!(
        "ecms-9.1-improvement-categories",
        "9.1",
        Error,
        Shall,
        Minor,
        ("Improvements cover 9.1 a)–c)", "改进覆盖9.1 a)–c)"),
        (
            "No selected improvement aims at '{category}'.",
            "没有经选择的改进针对“{category_zh}”。"
        ),
        check_improvement_categories,
        covers = ["9.1.a", "9.1.b", "9.1.c"],
    ),
    rule!(
        "ecms-9.1-improvement-planned",
        "9.1",
        Error,
        Shall,
        Minor,
        ("Selected improvements acted upon", "对选择的改进采取措施"),
        (
            "Improvement '{subject}' ({status}) does not record its {what}.",
            "改进“{subject}”（{status}）未记录{what_zh}。"
        ),
        check_improvement_planned,
    ),
    rule!(
        "ecms-9.1-improvement-overdue",
        "9.1",
        Warning,
        Policy,
        Minor,
        ("Improvements on time", "改进按期完成"),
        (
            "Improvement '{subject}' was due on {due} and is not completed.",
            "改进“{subject}”应于{due}完成，至今未完成。"
        ),
        check_improvement_overdue,
    ),
    // ----------------------------------------------------------------------------- 9.2
    rule!(
        "ecms-9.2-nc-source",
        "9.2",
        Warning,
        Policy,
        Minor,
        ("Nonconformity source traced", "记录不符合来源"),
        (
            "Nonconformity '{subject}': {problem}",
            "不符合“{subject}”：{problem_zh}"
        ),
        check_nc_source,
    ),
    rule!(
        "ecms-9.2-nc-impact",
        "9.2",
        Warning,
        Policy,
        Minor,
        ("Nonconformity impact graded", "评定不符合的影响程度"),
        (
            "Nonconformity '{subject}' records no impact grade, so the proportionality of its corrective action cannot be judged.",
            "不符合“{subject}”未评定影响程度，无法判断纠正措施是否与其影响相适应。"
        ),
        check_nc_impact,
    ),
    rule!(
        "ecms-9.2.a-reaction",
        "9.2.a",
        Error,
        Shall,
        Minor,
        ("Reaction to nonconformity", "对不符合做出应对"),
        (
            "Nonconformity '{subject}' does not record {what}.",
            "不符合“{subject}”未记录{what_zh}。"
        ),
        check_nc_reaction,
        covers = ["9.2.a.1", "9.2.a.2"],
    ),
    rule!(
        "ecms-9.2.b-cause-analysis",
        "9.2.b",
        Error,
        Shall,
        Minor,
        (
            "Nonconformity reviewed, causes and similar cases determined",
            "评审不符合、确定原因和类似不符合"
        ),
        (
            "Nonconformity '{subject}' ({state}) does not record {what}.",
            "不符合“{subject}”（{state_zh}）未记录{what_zh}。"
        ),
        check_nc_analysis,
        covers = ["9.2.b.1", "9.2.b.2", "9.2.b.3"],
    ),
    rule!(
        "ecms-9.2.c-actions-implemented",
        "9.2.c",
        Error,
        Shall,
        Minor,
        (
            "Corrective actions implemented before closure",
            "关闭前实施所需措施"
        ),
        (
            "Nonconformity '{subject}' is closed, but {problem}",
            "不符合“{subject}”已关闭，但{problem_zh}"
        ),
        check_nc_actions_implemented,
    ),
    rule!(
        "ecms-9.2.c-action-planned",
        "9.2.c",
        Error,
        Shall,
        Minor,
        (
            "Corrective actions assigned and dated",
            "纠正措施明确责任人和期限"
        ),
        (
            "Corrective action '{subject}' of nonconformity '{nc}' has no {what}.",
            "不符合“{nc}”的纠正措施“{subject}”没有{what_zh}。"
        ),
        check_nc_action_planned,
    ),
    rule!(
        "ecms-9.2.c-action-overdue",
        "9.2.c",
        Error,
        Shall,
        Minor,
        ("Corrective actions implemented on time", "纠正措施按期实施"),
        (
            "Corrective action '{subject}' of nonconformity '{nc}' was due on {due} and is not completed.",
            "不符合“{nc}”的纠正措施“{subject}”应于{due}完成，至今未完成。"
        ),
        check_nc_action_overdue,
    ),
    rule!(
        "ecms-9.2.d-effectiveness-reviewed",
        "9.2.d",
        Error,
        Shall,
        Minor,
        (
            "Effectiveness of corrective action reviewed",
            "评审纠正措施的有效性"
        ),
        (
            "Nonconformity '{subject}' is closed, but {problem}",
            "不符合“{subject}”已关闭，但{problem_zh}"
        ),
        check_nc_effectiveness,
    ),
    rule!(
        "ecms-9.2.e-risk-update",
        "9.2.e",
        Error,
        Shall,
        Minor,
        (
            "Risks and opportunities updated when needed",
            "需要时更新风险和机遇"
        ),
        (
            "Nonconformity '{subject}': {problem}",
            "不符合“{subject}”：{problem_zh}"
        ),
        check_nc_risk_update,
    ),
    rule!(
        "ecms-9.2.f-system-change",
        "9.2.f",
        Error,
        Shall,
        Minor,
        (
            "Management system changed when needed",
            "需要时变更管理体系"
        ),
        (
            "Nonconformity '{subject}': {problem}",
            "不符合“{subject}”：{problem_zh}"
        ),
        check_nc_system_change,
    ),
    rule!(
        "ecms-9.2.g-records",
        "9.2.g",
        Error,
        Shall,
        Minor,
        (
            "Nonconformity evidence retained",
            "保留不符合和纠正措施的成文信息"
        ),
        (
            "Nonconformity '{subject}' does not record {what}.",
            "不符合“{subject}”未记录{what_zh}。"
        ),
        check_nc_records,
        covers = ["9.2.g.1", "9.2.g.2"],
    ),
    rule!(
        "ecms-9-record-dated-in-future",
        "9",
        Error,
        Integrity,
        Minor,
        (
            "Records of chapter 9 not dated in the future",
            "第9章记录日期不晚于评价日期"
        ),
        (
            "{subject} is dated {date}, after the evaluation date {as_of}.",
            "{subject_zh}的日期{date}晚于评价日期{as_of}。"
        ),
        check_future_dated,
        covers = ["9.2.c", "9.2.d"],
    ),
    // ----------------------------------------------------------------------------- 9.3
    rule!(
        "ecms-9.3-review-outputs-considered",
        "9.3",
        Error,
        Shall,
        Minor,
        (
            "Review outputs considered for improvement",
            "考虑管理评审输出以持续改进"
        ),
        (
            "No improvement record answers the outputs of management review '{subject}'.",
            "没有改进记录回应管理评审“{subject}”的输出。"
        ),
        check_review_outputs_considered,
    ),
    rule!(
        "ecms-9.3-analysis-results-considered",
        "9.3",
        Error,
        Shall,
        Minor,
        (
            "Analysis results considered for improvement",
            "考虑分析评价结果以持续改进"
        ),
        (
            "Analysis '{subject}' neither records a decision nor is answered by any improvement record.",
            "分析“{subject}”既未记录决定，也没有改进记录回应。"
        ),
        check_analysis_results_considered,
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[
    AssessedRequirement {
        clause: "9.2",
        reason: t(
            "Whether each corrective action is proportionate to the effects of its nonconformity is a judgement; records give the impact grade and the actions, a person weighs one against the other.",
            "纠正措施是否与不符合的影响相适应需要人工判断：记录只给出影响程度和措施，需由人员权衡二者。",
        ),
    },
    AssessedRequirement {
        clause: "9.3",
        reason: t(
            "Whether the system's suitability, adequacy and effectiveness actually improve over time is a judgement across years of records, not a property of any one record.",
            "体系的适宜性、充分性和有效性是否得到持续改进，需要跨多年记录综合判断，不是单条记录所能证明的。",
        ),
    },
];

pub(super) fn obligations(_doc: &EcmsDocument, _out: &mut Vec<Obligation>) {}

// ---------------------------------------------------------------------------------------------
// helpers

fn title(item: &str) -> (&'static str, &'static str) {
    crate::catalog::clause(item).map_or(("", ""), |c| (c.title.en, c.title.zh))
}

fn ncs<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (String, &'a Nonconformity)> {
    ctx.doc
        .improvement
        .nonconformities
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("/improvement/nonconformities/{i}"), n))
}

fn problem(em: &mut Emitter<'_>, path: &str, subject: &str, en: &str, zh: &str) {
    em.legacy_emit(
        path,
        &[p("subject", subject), p("problem", en), p("problem_zh", zh)],
    );
}

fn status_name(s: Option<ImprovementStatus>) -> &'static str {
    match s {
        Some(ImprovementStatus::Proposed) => "proposed",
        Some(ImprovementStatus::Selected) => "selected",
        Some(ImprovementStatus::InProgress) => "inProgress",
        Some(ImprovementStatus::Implemented) => "implemented",
        Some(ImprovementStatus::Rejected) => "rejected",
        _ => "no status",
    }
}

// ---------------------------------------------------------------------------------------------
// 9.1

fn selected<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = &'a crate::model::improvement::ImprovementRecord> {
    ctx.doc
        .improvement
        .improvements
        .iter()
        .filter(|r| r.status.is_some_and(|s| s.is_selected()))
}

fn improvements_path(ctx: &Ctx<'_>) -> &'static str {
    if ctx.doc.improvement.improvements.is_empty() {
        "/improvement"
    } else {
        "/improvement/improvements"
    }
}

fn check_improvements_selected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if selected(ctx).next().is_none() {
        em.legacy_emit(improvements_path(ctx), &[]);
    }
}

fn check_improvement_categories(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if selected(ctx).next().is_none() {
        return;
    }
    for (cat, item) in ImprovementCategory::ALL {
        if !selected(ctx).any(|r| r.categories.contains(&cat)) {
            em.legacy_emit_at(
                item,
                "/improvement/improvements",
                &[
                    p("category", format!("{} ({item})", title(item).0)),
                    p("category_zh", format!("{}（{item}）", title(item).1)),
                ],
            );
        }
    }
}

fn check_improvement_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.improvement.improvements.iter().enumerate() {
        let path = format!("/improvement/improvements/{i}");
        let Some(status) = r.status else {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.title),
                    p("status", "no status"),
                    p("what", "status (proposed, selected, rejected…)"),
                    p("what_zh", "状态（提出、选定、不采纳等）"),
                ],
            );
            continue;
        };
        let mut m = |what: &str, what_zh: &str| {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.title),
                    p("status", status_name(Some(status))),
                    p("what", what),
                    p("what_zh", what_zh),
                ],
            );
        };
        if status.is_selected() {
            if !r.selection.as_ref().is_some_and(|a| a.is_complete()) {
                m(
                    "selection (who decided and when)",
                    "选择决定（决定人和日期）",
                );
            }
            if r.owner.is_none() {
                m("responsible role", "负责岗位");
            }
            if r.actions.iter().all(|a| a.trim().is_empty()) {
                m("actions", "措施");
            }
            if r.due.is_none() && r.completed.is_none() {
                m("target date", "完成期限");
            }
        }
        if status == ImprovementStatus::Implemented {
            if r.completed.is_none() {
                m("completion date", "完成日期");
            }
            if blank(&r.result) {
                m("result", "实施结果");
            }
        }
    }
}

fn check_improvement_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.improvement.improvements.iter().enumerate() {
        let open = matches!(
            r.status,
            Some(ImprovementStatus::Selected | ImprovementStatus::InProgress)
        );
        if let (true, None, Some(due)) = (open, r.completed, r.due)
            && due < ctx.as_of
        {
            em.legacy_emit(
                format!("/improvement/improvements/{i}"),
                &[p("subject", &r.title), p("due", due)],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9.2

fn check_nc_source(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        match n.source {
            None => problem(
                em,
                &path,
                &n.title,
                "its source (audit, complaint, KPI, customer, other) is not recorded.",
                "未记录来源（审核、投诉、指标、顾客、其他）。",
            ),
            Some(NcSource::Audit) if n.audit_finding.is_none() => problem(
                em,
                &path,
                &n.title,
                "it comes from an audit but names no audit finding.",
                "来源为审核，但未关联审核发现。",
            ),
            Some(NcSource::Kpi) if n.kpi.is_none() => problem(
                em,
                &path,
                &n.title,
                "it comes from a KPI result but names no KPI.",
                "来源为关键绩效指标，但未关联指标。",
            ),
            _ => {}
        }
    }
}

fn check_nc_impact(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if n.impact.is_none() {
            em.legacy_emit(path, &[p("subject", &n.title)]);
        }
    }
}

fn what(
    em: &mut Emitter<'_>,
    item: &'static str,
    path: &str,
    subject: &str,
    en: &str,
    zh: &str,
    extra: &[(&'static str, String)],
) {
    let mut params = vec![p("subject", subject), p("what", en), p("what_zh", zh)];
    params.extend_from_slice(extra);
    em.legacy_emit_at(item, path, &params);
}

fn check_nc_reaction(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if blank(&n.reaction.consequences) {
            what(
                em,
                "9.2.a.1",
                &path,
                &n.title,
                "how its consequences were dealt with",
                "如何处置其产生的后果",
                &[],
            );
        }
        if blank(&n.reaction.correction) {
            what(
                em,
                "9.2.a.2",
                &path,
                &n.title,
                "how it was controlled and corrected",
                "如何控制和纠正",
                &[],
            );
        }
    }
}

fn check_nc_analysis(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let (state, state_zh) = if n.is_closed() {
            ("closed", "已关闭")
        } else if !n.corrective_actions.is_empty() {
            ("with corrective actions", "已制定纠正措施")
        } else {
            continue;
        };
        let extra = [p("state", state), p("state_zh", state_zh)];
        let a = &n.analysis;
        if blank(&a.review) {
            what(
                em,
                "9.2.b.1",
                &path,
                &n.title,
                "a review and analysis of the nonconformity",
                "对不符合的评审和分析",
                &extra,
            );
        }
        if a.causes.iter().all(|c| c.trim().is_empty()) {
            what(
                em,
                "9.2.b.2",
                &path,
                &n.title,
                "its causes",
                "其产生的原因",
                &extra,
            );
        }
        if blank(&a.similar) {
            what(
                em,
                "9.2.b.3",
                &path,
                &n.title,
                "whether similar nonconformities exist or could occur",
                "是否存在或可能发生类似不符合",
                &extra,
            );
        }
    }
}

fn check_nc_actions_implemented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if !n.is_closed() {
            continue;
        }
        if n.corrective_actions.is_empty() {
            problem(
                em,
                &path,
                &n.title,
                "no corrective action is recorded.",
                "没有记录任何纠正措施。",
            );
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if a.completed.is_none() {
                problem(
                    em,
                    &format!("{path}/correctiveActions/{j}"),
                    &n.title,
                    &format!("corrective action '{}' is not completed.", a.description),
                    &format!("纠正措施“{}”尚未完成。", a.description),
                );
            }
        }
    }
}

fn check_nc_action_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        for (j, a) in n.corrective_actions.iter().enumerate() {
            for (missing, w, wz) in [
                (a.owner.is_none(), "owner", "责任人"),
                (a.due.is_none(), "due date", "完成期限"),
            ] {
                if missing {
                    em.legacy_emit(
                        format!("{path}/correctiveActions/{j}"),
                        &[
                            p("subject", &a.description),
                            p("nc", &n.title),
                            p("what", w),
                            p("what_zh", wz),
                        ],
                    );
                }
            }
        }
    }
}

fn check_nc_action_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if let (None, Some(due)) = (a.completed, a.due)
                && due < ctx.as_of
            {
                em.legacy_emit(
                    format!("{path}/correctiveActions/{j}"),
                    &[
                        p("subject", &a.description),
                        p("nc", &n.title),
                        p("due", due),
                    ],
                );
            }
        }
    }
}

fn check_nc_effectiveness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if !n.is_closed() {
            continue;
        }
        let Some(e) = &n.effectiveness else {
            problem(
                em,
                &path,
                &n.title,
                "the effectiveness of its corrective actions was never reviewed.",
                "从未评审其纠正措施的有效性。",
            );
            continue;
        };
        let epath = format!("{path}/effectiveness");
        if e.date.is_none() || blank(&e.evidence) {
            problem(
                em,
                &epath,
                &n.title,
                "the effectiveness review records no date or evidence.",
                "有效性评审没有日期或证据。",
            );
        }
        if e.effective != Some(true) {
            problem(
                em,
                &epath,
                &n.title,
                "the effectiveness review did not find the actions effective.",
                "有效性评审未确认措施有效。",
            );
        }
        let last_action = n
            .corrective_actions
            .iter()
            .filter_map(|a| a.completed)
            .max();
        if let (Some(d), Some(done)) = (e.date, last_action)
            && d < done
        {
            problem(
                em,
                &epath,
                &n.title,
                &format!(
                    "the effectiveness was reviewed on {d}, before the last action was completed on {done}."
                ),
                &format!("有效性评审日期{d}早于最后一项措施的完成日期{done}。"),
            );
        }
    }
}

fn check_nc_risk_update(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let u = &n.risk_update;
        match u.needed {
            None if n.is_closed() => problem(
                em,
                &path,
                &n.title,
                "closed without deciding whether risks and opportunities needed updating.",
                "关闭前未判定是否需要更新风险和机遇。",
            ),
            Some(true) if (u.risks.is_empty() && u.documents.is_empty()) || u.date.is_none() => {
                problem(
                    em,
                    &format!("{path}/riskUpdate"),
                    &n.title,
                    "an update of risks and opportunities was needed, but the updated risks or register and the date are not recorded.",
                    "需要更新风险和机遇，但未记录更新的风险或登记表及日期。",
                )
            }
            _ => {}
        }
    }
}

fn check_nc_system_change(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let c = &n.system_change;
        match c.needed {
            None if n.is_closed() => problem(
                em,
                &path,
                &n.title,
                "closed without deciding whether the management system needed changing.",
                "关闭前未判定是否需要变更管理体系。",
            ),
            Some(true) if (c.changes.is_empty() && c.documents.is_empty()) || c.date.is_none() => {
                problem(
                    em,
                    &format!("{path}/systemChange"),
                    &n.title,
                    "a change of the management system was needed, but the change or changed documents and the date are not recorded.",
                    "需要变更管理体系，但未记录变更或变更的文件及日期。",
                )
            }
            _ => {}
        }
    }
}

fn check_nc_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if blank(&n.description) || n.detected.is_none() {
            what(
                em,
                "9.2.g.1",
                &path,
                &n.title,
                "its nature and detection date",
                "其性质和发现日期",
                &[],
            );
        }
        if n.is_closed() && (n.closed.is_none() || n.records.is_empty()) {
            what(
                em,
                "9.2.g.1",
                &path,
                &n.title,
                "its closing date and retained records",
                "关闭日期和保留的记录",
                &[],
            );
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if a.completed.is_some() && blank(&a.result) {
                what(
                    em,
                    "9.2.g.2",
                    &format!("{path}/correctiveActions/{j}"),
                    &n.title,
                    &format!("the result of corrective action '{}'", a.description),
                    &format!("纠正措施“{}”的结果", a.description),
                    &[],
                );
            }
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
    for (i, r) in ctx.doc.improvement.improvements.iter().enumerate() {
        if let Some(d) = r.completed {
            flag(
                "9.1",
                format!("/improvement/improvements/{i}/completed"),
                format!("The completion of improvement '{}'", r.title),
                format!("改进“{}”的完成", r.title),
                d,
            );
        }
    }
    for (i, n) in ctx.doc.improvement.nonconformities.iter().enumerate() {
        let base = format!("/improvement/nonconformities/{i}");
        if let Some(d) = n.detected {
            flag(
                "9.2",
                format!("{base}/detected"),
                format!("The detection of nonconformity '{}'", n.title),
                format!("不符合“{}”的发现", n.title),
                d,
            );
        }
        if let Some(d) = n.closed {
            flag(
                "9.2",
                format!("{base}/closed"),
                format!("The closure of nonconformity '{}'", n.title),
                format!("不符合“{}”的关闭", n.title),
                d,
            );
        }
        if let Some(d) = n.effectiveness.as_ref().and_then(|e| e.date) {
            flag(
                "9.2.d",
                format!("{base}/effectiveness/date"),
                format!("The effectiveness review of nonconformity '{}'", n.title),
                format!("不符合“{}”的有效性评审", n.title),
                d,
            );
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if let Some(d) = a.completed {
                flag(
                    "9.2.c",
                    format!("{base}/correctiveActions/{j}/completed"),
                    format!("The completion of corrective action '{}'", a.description),
                    format!("纠正措施“{}”的完成", a.description),
                    d,
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9.3

fn check_review_outputs_considered(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let imps = &ctx.doc.improvement.improvements;
    for (i, r) in ctx.doc.performance.management_reviews.iter().enumerate() {
        if !r.is_held() || !r.date.is_some_and(|d| within_year(d, ctx.as_of)) {
            continue;
        }
        if !imps.iter().any(|x| x.reviews.contains(&r.id)) {
            em.legacy_emit(
                format!("/performance/managementReviews/{i}"),
                &[p("subject", &r.title)],
            );
        }
    }
}

fn check_analysis_results_considered(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let imps = &ctx.doc.improvement.improvements;
    for (i, a) in ctx.doc.performance.analyses.iter().enumerate() {
        if !a.date.is_some_and(|d| within_year(d, ctx.as_of)) {
            continue;
        }
        let decided = a.decisions.iter().any(|d| !d.description.trim().is_empty());
        if !decided && !imps.iter().any(|x| x.analyses.contains(&a.id)) {
            em.legacy_emit(
                format!("/performance/analyses/{i}"),
                &[p("subject", &a.title)],
            );
        }
    }
}
