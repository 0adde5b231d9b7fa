//! 9.1 — 总则 (improvement opportunities): the organization determines and selects
//! opportunities for improvement and takes the actions needed, aiming at better products and
//! services (a), fewer undesired effects (b) and better system performance (c).

use crate::model::improvement::{ImprovementCategory, ImprovementRecord, ImprovementStatus};
use crate::rules::prelude::*;

/// Every improvement selected for action.
fn selected<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = &'a ImprovementRecord> {
    ctx.doc
        .improvement
        .improvements
        .iter()
        .filter(|r| r.status.is_some_and(|s| s.is_selected()))
}

/// The serialized name of a status, as messages show it.
fn status_name(s: ImprovementStatus) -> (&'static str, String) {
    let (en, zh) = match s {
        ImprovementStatus::Proposed => ("proposed", "已提出"),
        ImprovementStatus::Selected => ("selected", "已选定"),
        ImprovementStatus::InProgress => ("inProgress", "实施中"),
        ImprovementStatus::Implemented => ("implemented", "已实施"),
        ImprovementStatus::Rejected => ("rejected", "不采纳"),
    };
    pl("status", en, en, zh)
}

/// 9.1: at least one improvement opportunity is selected and acted upon.
pub static SELECTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.1-improvements-selected",
        clause: "9.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Improvement opportunities selected", "确定和选择改进机会"),
        reasons: &[NONE_SELECTED],
        covers: &[],
    },
    check: check_selected,
    obligations: None,
};

const NONE_SELECTED: Reason = Reason::new(
    "none-selected",
    "No improvement opportunity has been selected and acted upon.",
    "没有任何经选择并实施的改进机会。",
);

fn check_selected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if selected(ctx).next().is_none() {
        // An empty list is not serialized: point at its parent then.
        let at = if ctx.doc.improvement.improvements.is_empty() {
            "/improvement"
        } else {
            "/improvement/improvements"
        };
        em.emit(&NONE_SELECTED, at, &[]);
    }
}

/// 9.1 a)–c): the selected improvements aim at each of the three categories.
pub static CATEGORIES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.1-improvement-categories",
        clause: "9.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Improvements cover 9.1 a)–c)", "改进覆盖9.1 a)–c)"),
        reasons: &[NO_PRODUCTS, NO_UNDESIRED_EFFECTS, NO_SYSTEM_PERFORMANCE],
        covers: &["9.1.a", "9.1.b", "9.1.c"],
    },
    check: check_categories,
    obligations: None,
};

const NO_PRODUCTS: Reason = Reason::new(
    "no-products-and-services",
    "No selected improvement aims at 'Improving products and services (9.1.a)'.",
    "没有经选择的改进针对“改进产品和服务（9.1 a)）”。",
);
const NO_UNDESIRED_EFFECTS: Reason = Reason::new(
    "no-undesired-effects",
    "No selected improvement aims at 'Reducing undesired effects (9.1.b)'.",
    "没有经选择的改进针对“减少不利影响（9.1 b)）”。",
);
const NO_SYSTEM_PERFORMANCE: Reason = Reason::new(
    "no-system-performance",
    "No selected improvement aims at 'Improving system performance (9.1.c)'.",
    "没有经选择的改进针对“提升体系绩效（9.1 c)）”。",
);

fn category_missing(c: ImprovementCategory) -> &'static Reason {
    match c {
        ImprovementCategory::ProductsAndServices => &NO_PRODUCTS,
        ImprovementCategory::UndesiredEffects => &NO_UNDESIRED_EFFECTS,
        ImprovementCategory::SystemPerformance => &NO_SYSTEM_PERFORMANCE,
    }
}

fn check_categories(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if selected(ctx).next().is_none() {
        return;
    }
    for (cat, item) in ImprovementCategory::ALL {
        if !selected(ctx).any(|r| r.categories.contains(&cat)) {
            em.emit_at(
                item,
                category_missing(cat),
                "/improvement/improvements",
                &[p_item("category", cat.as_str(), item)],
            );
        }
    }
}

/// 9.1: each improvement has a status; a selected one records who selected it, an owner,
/// actions and a target date; an implemented one its completion date and result.
pub static PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.1-improvement-planned",
        clause: "9.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Selected improvements acted upon", "对选择的改进采取措施"),
        reasons: &[
            NO_STATUS,
            NO_SELECTION,
            NO_OWNER,
            NO_ACTIONS,
            NO_TARGET_DATE,
            NO_COMPLETION_DATE,
            NO_RESULT,
            OWNER_UNSTAFFED,
        ],
        covers: &[],
    },
    check: check_planned,
    obligations: None,
};

const NO_STATUS: Reason = Reason::new(
    "no-status",
    "Improvement '{subject}' (no status) does not record its status (proposed, selected, rejected…).",
    "改进“{subject}”未记录状态（提出、选定、不采纳等）。",
);
const NO_SELECTION: Reason = Reason::new(
    "no-selection",
    "Improvement '{subject}' ({status}) does not record its selection (who decided and when).",
    "改进“{subject}”（{status}）未记录选择决定（决定人和日期）。",
);
const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Improvement '{subject}' ({status}) does not record its responsible role.",
    "改进“{subject}”（{status}）未记录负责岗位。",
);
const NO_ACTIONS: Reason = Reason::new(
    "no-actions",
    "Improvement '{subject}' ({status}) does not record its actions.",
    "改进“{subject}”（{status}）未记录措施。",
);
const NO_TARGET_DATE: Reason = Reason::new(
    "no-target-date",
    "Improvement '{subject}' ({status}) does not record its target date.",
    "改进“{subject}”（{status}）未记录完成期限。",
);
const NO_COMPLETION_DATE: Reason = Reason::new(
    "no-completion-date",
    "Improvement '{subject}' ({status}) does not record its completion date.",
    "改进“{subject}”（{status}）未记录完成日期。",
);
const NO_RESULT: Reason = Reason::new(
    "no-result",
    "Improvement '{subject}' ({status}) does not record its result.",
    "改进“{subject}”（{status}）未记录实施结果。",
);

const OWNER_UNSTAFFED: Reason = Reason::new(
    "owner-unstaffed",
    "Improvement '{subject}' ({status}) is not completed, and nobody holds its responsible role on {as_of}.",
    "改进“{subject}”（{status}）尚未完成，且{as_of}无人担任其负责岗位。",
);

fn check_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.improvement.improvements.iter().enumerate() {
        let path = format!("/improvement/improvements/{i}");
        let Some(status) = r.status else {
            em.emit(&NO_STATUS, &path, &[p("subject", &r.title)]);
            continue;
        };
        let params = [p("subject", &r.title), status_name(status)];
        let mut parts: Vec<(bool, &'static Reason)> = Vec::new();
        if status.is_selected() {
            parts.extend([
                (
                    !r.selection.as_ref().is_some_and(|a| a.is_complete()),
                    &NO_SELECTION,
                ),
                (r.owner.is_none(), &NO_OWNER),
                (r.actions.iter().all(|a| a.trim().is_empty()), &NO_ACTIONS),
                (r.due.is_none() && r.completed.is_none(), &NO_TARGET_DATE),
            ]);
        }
        if status == ImprovementStatus::Implemented {
            parts.extend([
                (r.completed.is_none(), &NO_COMPLETION_DATE),
                (blank(&r.result), &NO_RESULT),
            ]);
        }
        for (absent, reason) in parts {
            if absent {
                em.emit(reason, &path, &params);
            }
        }
        if let Some(role) = r.owner
            && status.is_selected()
            && status != ImprovementStatus::Implemented
            && r.completed.is_none_or(|d| d > ctx.as_of)
            && !role_held_on(ctx.doc, role, ctx.as_of)
        {
            em.emit(
                &OWNER_UNSTAFFED,
                &path,
                &[
                    p("subject", &r.title),
                    status_name(status),
                    p("as_of", ctx.as_of),
                ],
            );
        }
    }
}

/// 9.1: a selected or running improvement is completed by its target date.
pub static OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.1-improvement-overdue",
        clause: "9.1",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Improvements on time", "改进按期完成"),
        reasons: &[LATE],
        covers: &[],
    },
    check: check_overdue,
    obligations: None,
};

const LATE: Reason = Reason::new(
    "overdue",
    "Improvement '{subject}' was due on {due} and is not completed.",
    "改进“{subject}”应于{due}完成，至今未完成。",
);

fn check_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.improvement.improvements.iter().enumerate() {
        let open = matches!(
            r.status,
            Some(ImprovementStatus::Selected | ImprovementStatus::InProgress)
        );
        if let (true, None, Some(due)) = (open, r.completed, r.due)
            && due < ctx.as_of
        {
            em.emit(
                &LATE,
                format!("/improvement/improvements/{i}"),
                &[p("subject", &r.title), p("due", due)],
            );
        }
    }
}
