//! Rules for chapter 3 — context of the organization.

use super::obligations::{Obligation, emit_overdue};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::catalog;
use crate::model::EcmsDocument;
use crate::model::context::FactorCategory;

pub(super) static RULES: &[BuiltinRule] = &[
    rule!(
        "ecms-3.1-factor-categories",
        "3.1",
        Error,
        Shall,
        Major,
        ("Context factors cover 3.1 a)–d)", "内外部因素覆盖3.1 a)–d)"),
        (
            "No context factor of category '{category}' is recorded.",
            "未记录类别为“{category}”的内外部因素。"
        ),
        check_factor_categories,
        covers = ["3.1.a", "3.1.b", "3.1.c", "3.1.d"],
    ),
    rule!(
        "ecms-3.1-factor-evaluated",
        "3.1",
        Error,
        Shall,
        Minor,
        (
            "Context factors analysed and evaluated",
            "内外部因素经分析评价"
        ),
        (
            "Context factor '{subject}' has no recorded analysis or evaluation.",
            "内外部因素“{subject}”没有分析评价记录。"
        ),
        check_factor_evaluated,
    ),
    rule!(
        "ecms-3.1-factor-review-interval",
        "3.1",
        Error,
        Shall,
        Minor,
        (
            "Context factors have a review interval",
            "内外部因素规定评审周期"
        ),
        (
            "Context factor '{subject}' declares no review interval, so its monitoring and review cannot be planned.",
            "内外部因素“{subject}”未规定评审周期，无法策划其监视和评审。"
        ),
        check_factor_interval,
    ),
    rule!(
        "ecms-3.1-factor-review-overdue",
        "3.1",
        Error,
        Shall,
        Minor,
        ("Context factors reviewed on time", "内外部因素按期评审"),
        (
            "The review of context factor '{subject}' was due on {due} (interval {interval}, last {last}).",
            "内外部因素“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        emit_overdue,
    ),
    rule!(
        "ecms-3.2.a-parties-identified",
        "3.2.a",
        Error,
        Shall,
        Major,
        ("Interested parties determined", "确定相关方"),
        ("No interested party is recorded.", "未记录任何相关方。"),
        check_parties_exist,
    ),
    rule!(
        "ecms-3.2.b-party-requirements",
        "3.2.b",
        Error,
        Shall,
        Minor,
        (
            "Requirements of each interested party",
            "确定各相关方的要求"
        ),
        (
            "Interested party '{subject}' has no recorded requirements.",
            "相关方“{subject}”没有记录其要求。"
        ),
        check_party_requirements,
    ),
    rule!(
        "ecms-3.2-party-review-interval",
        "3.2",
        Error,
        Shall,
        Minor,
        (
            "Interested parties have a review interval",
            "相关方规定评审周期"
        ),
        (
            "Interested party '{subject}' declares no review interval.",
            "相关方“{subject}”未规定评审周期。"
        ),
        check_party_interval,
    ),
    rule!(
        "ecms-3.2-party-review-overdue",
        "3.2",
        Error,
        Shall,
        Minor,
        ("Interested parties reviewed on time", "相关方按期评审"),
        (
            "The review of interested party '{subject}' was due on {due} (interval {interval}, last {last}).",
            "相关方“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        emit_overdue,
    ),
    rule!(
        "ecms-3.3-scope-documented",
        "3.3",
        Error,
        Shall,
        Major,
        ("Scope documented and available", "范围形成成文信息"),
        (
            "The scope of the management system is {problem}.",
            "电子商务管理体系范围{problem_zh}。"
        ),
        check_scope_documented,
    ),
    rule!(
        "ecms-3.3-scope-considerations",
        "3.3",
        Error,
        Shall,
        Minor,
        (
            "Scope considers factors, requirements, interfaces",
            "确定范围时考虑因素、要求和接口"
        ),
        (
            "The scope does not record the {what} it considered.",
            "范围未记录所考虑的{what_zh}。"
        ),
        check_scope_considerations,
        covers = ["3.3.a", "3.3.b", "3.3.c"],
    ),
    rule!(
        "ecms-3.3-exclusion-justified",
        "3.3",
        Error,
        Shall,
        Major,
        ("Exclusions are justified", "不适用要求说明理由"),
        (
            "The exclusion of {clause} gives no justification.",
            "对{clause}的不适用声明未说明理由。"
        ),
        check_exclusion_justified,
    ),
    rule!(
        "ecms-3.3-exclusion-permissible",
        "3.3",
        Error,
        Shall,
        Major,
        (
            "Only exclusions that leave service intact",
            "不适用要求不得影响服务能力"
        ),
        (
            "The exclusion of {clause} is not permissible: {reason}",
            "对{clause}的不适用声明不成立：{reason_zh}"
        ),
        check_exclusion_permissible,
    ),
    rule!(
        "ecms-3.3-exclusion-approved",
        "3.3",
        Warning,
        Policy,
        Minor,
        ("Exclusions approved", "不适用声明经批准"),
        (
            "The exclusion of {clause} records no approver and date.",
            "对{clause}的不适用声明未记录批准人和日期。"
        ),
        check_exclusion_approved,
    ),
    rule!(
        "ecms-3.3-exclusion-review-due",
        "3.3",
        Warning,
        Policy,
        Minor,
        ("Exclusions reconsidered on time", "不适用声明按期复核"),
        (
            "The exclusion of {clause} was due for review on {due}.",
            "对{clause}的不适用声明应于{due}复核。"
        ),
        check_exclusion_review,
    ),
    rule!(
        "ecms-3.4-processes-defined",
        "3.4",
        Error,
        Shall,
        Major,
        ("Processes of the system determined", "确定体系所需过程"),
        (
            "No process of the management system is recorded.",
            "未记录电子商务管理体系的任何过程。"
        ),
        check_processes_exist,
    ),
    rule!(
        "ecms-3.4-process-defined",
        "3.4",
        Error,
        Shall,
        Minor,
        (
            "Each process has owner, inputs, outputs",
            "过程有负责岗位、输入和输出"
        ),
        (
            "Process '{subject}' has no {what}.",
            "过程“{subject}”没有{what_zh}。"
        ),
        check_process_defined,
    ),
    rule!(
        "ecms-3.4-process-documented",
        "3.4",
        Error,
        Shall,
        Minor,
        (
            "Process information maintained and retained",
            "保持和保留过程成文信息"
        ),
        (
            "Process '{subject}' has no {what}.",
            "过程“{subject}”没有{what_zh}。"
        ),
        check_process_documented,
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[];

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    for (i, f) in doc.context.factors.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-3.1-factor-review-overdue",
            clause: "3.1",
            path: format!("/context/factors/{i}"),
            subject: f.description.clone(),
            activity: t("context factor review", "内外部因素评审"),
            interval: f.review.interval,
            last_done: f.review.last_done,
            anchor: None,
        });
    }
    for (i, party) in doc.context.interested_parties.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-3.2-party-review-overdue",
            clause: "3.2",
            path: format!("/context/interestedParties/{i}"),
            subject: party.name.clone(),
            activity: t("interested party review", "相关方评审"),
            interval: party.review.interval,
            last_done: party.review.last_done,
            anchor: None,
        });
    }
}

fn check_factor_categories(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (cat, item) in FactorCategory::ALL {
        if !ctx
            .doc
            .context
            .factors
            .iter()
            .any(|f| f.category == Some(cat))
        {
            em.emit_at(item, "/context/factors", &[p("category", cat.as_str())]);
        }
    }
}

fn check_factor_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, f) in ctx.doc.context.factors.iter().enumerate() {
        if f.evaluation.as_deref().is_none_or(|s| s.trim().is_empty()) {
            em.emit(
                format!("/context/factors/{i}"),
                &[p("subject", &f.description)],
            );
        }
    }
}

fn check_factor_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, f) in ctx.doc.context.factors.iter().enumerate() {
        if f.review.interval.is_none() {
            em.emit(
                format!("/context/factors/{i}"),
                &[p("subject", &f.description)],
            );
        }
    }
}

fn check_parties_exist(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.context.interested_parties.is_empty() {
        em.emit("/context", &[]);
    }
}

fn check_party_requirements(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, party) in ctx.doc.context.interested_parties.iter().enumerate() {
        if party.requirements.iter().all(|r| r.trim().is_empty()) {
            em.emit(
                format!("/context/interestedParties/{i}"),
                &[p("subject", &party.name)],
            );
        }
    }
}

fn check_party_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, party) in ctx.doc.context.interested_parties.iter().enumerate() {
        if party.review.interval.is_none() {
            em.emit(
                format!("/context/interestedParties/{i}"),
                &[p("subject", &party.name)],
            );
        }
    }
}

fn check_scope_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &ctx.doc.context.scope {
        None => em.emit(
            "/context",
            &[p("problem", "not recorded"), p("problem_zh", "未记录")],
        ),
        Some(s) => {
            if s.statement.as_deref().is_none_or(|x| x.trim().is_empty()) || s.boundaries.is_empty()
            {
                em.emit(
                    "/context/scope",
                    &[
                        p("problem", "missing its statement or boundaries"),
                        p("problem_zh", "缺少范围描述或边界"),
                    ],
                );
            }
            if s.document.is_none() {
                em.emit(
                    "/context/scope",
                    &[
                        p("problem", "not held as documented information"),
                        p("problem_zh", "未形成成文信息"),
                    ],
                );
            }
        }
    }
}

fn check_scope_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(s) = &ctx.doc.context.scope else {
        return;
    };
    if s.factors_considered.is_empty() {
        em.emit_at(
            "3.3.a",
            "/context/scope",
            &[
                p("what", "context factors (3.1)"),
                p("what_zh", "内外部因素（3.1）"),
            ],
        );
    }
    if s.parties_considered.is_empty() {
        em.emit_at(
            "3.3.b",
            "/context/scope",
            &[
                p("what", "interested-party requirements (3.2)"),
                p("what_zh", "相关方要求（3.2）"),
            ],
        );
    }
    if s.interfaces.iter().all(|x| x.trim().is_empty()) {
        em.emit_at(
            "3.3.c",
            "/context/scope",
            &[
                p("what", "interfaces and dependencies"),
                p("what_zh", "接口和依赖关系"),
            ],
        );
    }
}

fn exclusions<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a crate::model::context::Exclusion)> {
    ctx.doc
        .context
        .scope
        .iter()
        .flat_map(|s| s.exclusions.iter().enumerate())
        .map(|(i, e)| (format!("/context/scope/exclusions/{i}"), e))
}

fn check_exclusion_justified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions(ctx) {
        if e.justification
            .as_deref()
            .is_none_or(|j| j.trim().is_empty())
        {
            em.emit(path, &[p("clause", &e.clause)]);
        }
    }
}

fn check_exclusion_permissible(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions(ctx) {
        let (reason, reason_zh) = match catalog::chapter_of(&e.clause) {
            None => (
                "it is not a clause or item of GB/T 36311-2018 chapters 3-9.",
                "该编号不是GB/T 36311—2018第3至9章的条款或列项。",
            ),
            Some("7") if e.clause == "7" => (
                "chapter 7 cannot be excluded as a whole.",
                "第7章不能整体声明不适用。",
            ),
            Some("7") => continue,
            Some(_) => (
                "only requirements of chapter 7 may be excluded; the others keep the system able to serve customers.",
                "只有第7章的要求可以声明不适用，其他要求关系到组织服务顾客的能力。",
            ),
        };
        em.emit(
            format!("{path}/clause"),
            &[
                p("clause", &e.clause),
                p("reason", reason),
                p("reason_zh", reason_zh),
            ],
        );
    }
}

fn check_exclusion_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions(ctx) {
        if !e.approval.as_ref().is_some_and(|a| a.is_complete()) {
            em.emit(path, &[p("clause", &e.clause)]);
        }
    }
}

fn check_exclusion_review(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, e) in exclusions(ctx) {
        if let Some(d) = e.review_date
            && d < ctx.as_of
        {
            em.emit(
                format!("{path}/reviewDate"),
                &[p("clause", &e.clause), p("due", d)],
            );
        }
    }
}

fn check_processes_exist(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.context.processes.is_empty() {
        em.emit("/context", &[]);
    }
}

fn check_process_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        let path = format!("/context/processes/{i}");
        if pr.owner.is_none() {
            em.emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p("what", "owner"),
                    p("what_zh", "负责岗位"),
                ],
            );
        }
        if pr.inputs.is_empty() {
            em.emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p("what", "inputs"),
                    p("what_zh", "输入"),
                ],
            );
        }
        if pr.outputs.is_empty() {
            em.emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p("what", "outputs"),
                    p("what_zh", "输出"),
                ],
            );
        }
    }
}

fn check_process_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        let path = format!("/context/processes/{i}");
        if pr.documents.is_empty() {
            em.emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p("what", "documented information maintained to support it"),
                    p("what_zh", "支持其运行的成文信息"),
                ],
            );
        }
        if pr.records.is_empty() {
            em.emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p("what", "records retained to show it runs as planned"),
                    p("what_zh", "证实其按策划运行的记录"),
                ],
            );
        }
    }
}
