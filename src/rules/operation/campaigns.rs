//! 7.4 b)–f) — 营销活动: each campaign rests on analysed data (b), is planned with an
//! objective, a documented plan and dates and approved before it starts (c), has the
//! resources and budget it needs (d), is supervised while it runs (e) and is evaluated after
//! it ends (f).

use crate::model::operation::marketing::Campaign;
use crate::rules::prelude::*;

use super::marketing::MK;
use super::shared::missing;

/// Every campaign not cancelled, with its path.
fn campaigns<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (String, &'a Campaign)> {
    ctx.doc
        .operation
        .marketing
        .campaigns
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.cancelled)
        .map(|(i, c)| (format!("{MK}/campaigns/{i}"), c))
}

/// 7.4 b): each campaign records the data or analysis it is based on.
pub static DATA_BASIS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.b-campaign-data-basis",
        clause: "7.4.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Campaigns based on analysed data", "营销活动基于数据分析"),
        reasons: &[NO_DATA_BASIS],
        covers: &[],
    },
    check: check_data_basis,
    obligations: None,
};

const NO_DATA_BASIS: Reason = Reason::new(
    "no-data-basis",
    "Campaign '{subject}' records no data or analysis it is based on.",
    "营销活动“{subject}”未记录其依据的数据和分析。",
);

fn check_data_basis(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        if blank(&c.data_basis) {
            em.emit(&NO_DATA_BASIS, path, &[p("subject", &c.name)]);
        }
    }
}

/// 7.4 c): each campaign has an objective, a documented plan and planned dates.
pub static PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.c-campaign-planned",
        clause: "7.4.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Campaigns planned", "营销活动经策划"),
        reasons: &[NO_OBJECTIVE, NO_PLAN, NO_DATES],
        covers: &[],
    },
    check: check_planned,
    obligations: None,
};

const NO_OBJECTIVE: Reason = Reason::new(
    "no-objective",
    "Campaign '{subject}' has no objective.",
    "营销活动“{subject}”没有活动目标。",
);
const NO_PLAN: Reason = Reason::new(
    "no-plan",
    "Campaign '{subject}' has no documented plan.",
    "营销活动“{subject}”没有成文的活动方案。",
);
const NO_DATES: Reason = Reason::new(
    "no-dates",
    "Campaign '{subject}' has no planned start and end dates.",
    "营销活动“{subject}”没有计划的起止日期。",
);

fn check_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        missing(
            em,
            &path,
            &[p("subject", &c.name)],
            &[
                (blank(&c.objective), &NO_OBJECTIVE),
                (c.plan.is_none(), &NO_PLAN),
                (c.start.is_none() || c.end.is_none(), &NO_DATES),
            ],
        );
    }
}

/// 7.4 c): each campaign that has started was approved no later than its start.
pub static APPROVED_BEFORE_START: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.c-campaign-approved-before-start",
        clause: "7.4.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Campaigns approved before they start",
            "营销活动开始前得到批准",
        ),
        reasons: &[
            STARTED_UNAPPROVED,
            APPROVED_AFTER_START,
            APPROVED_AFTER_AS_OF,
            APPROVER_NOT_EMPLOYED,
        ],
        covers: &[],
    },
    check: check_approved,
    obligations: None,
};

const STARTED_UNAPPROVED: Reason = Reason::new(
    "started-unapproved",
    "Campaign '{subject}' started on {start} without a recorded approval.",
    "营销活动“{subject}”于{start}开始，但没有批准记录。",
);
const APPROVED_AFTER_START: Reason = Reason::new(
    "approved-after-start",
    "Campaign '{subject}' was approved on {approved}, after it started on {start}.",
    "营销活动“{subject}”于{approved}批准，晚于开始日期{start}。",
);
const APPROVED_AFTER_AS_OF: Reason = Reason::new(
    "approved-after-as-of",
    "Campaign '{subject}' is approved on {approved}, after the evaluation date.",
    "营销活动“{subject}”批准日期{approved}晚于评价日期。",
);

const APPROVER_NOT_EMPLOYED: Reason = Reason::new(
    "approver-not-employed",
    "Campaign '{subject}' was approved on {approved} by {person}, who did not work for the organization that day.",
    "营销活动“{subject}”于{approved}由{person}批准，但其当日不在组织任职。",
);

fn check_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        let Some(start) = c.start else { continue };
        let subject = p("subject", &c.name);
        let approved = c.approval.as_ref().filter(|a| a.is_complete());
        match approved.and_then(|a| a.date) {
            None if start <= ctx.as_of => {
                em.emit(&STARTED_UNAPPROVED, path, &[subject, p("start", start)]);
            }
            None => {}
            Some(d) if d > start => em.emit(
                &APPROVED_AFTER_START,
                path,
                &[subject, p("approved", d), p("start", start)],
            ),
            Some(d) if d > ctx.as_of => {
                em.emit(&APPROVED_AFTER_AS_OF, path, &[subject, p("approved", d)]);
            }
            Some(d) => {
                // An approval is the organization's only when its approver worked there.
                let by = approved.and_then(|a| a.by);
                let stranger = by.and_then(|id| {
                    ctx.doc
                        .support
                        .people
                        .iter()
                        .find(|pe| pe.id == id)
                        .filter(|pe| !pe.is_active(d))
                });
                if let Some(pe) = stranger {
                    em.emit(
                        &APPROVER_NOT_EMPLOYED,
                        format!("{path}/approval/by"),
                        &[subject, p("approved", d), p("person", pe.label())],
                    );
                }
            }
        }
    }
}

/// 7.4 d): each campaign has its resources and a budget.
pub static RESOURCES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.d-campaign-resources",
        clause: "7.4.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Campaign resources provided", "营销活动有资源支持"),
        reasons: &[NO_RESOURCES, NO_BUDGET],
        covers: &[],
    },
    check: check_resources,
    obligations: None,
};

const NO_RESOURCES: Reason = Reason::new(
    "no-resources",
    "Campaign '{subject}' has no equipment, software or other resources.",
    "营销活动“{subject}”没有设备（硬件和软件）及相关资源。",
);
const NO_BUDGET: Reason = Reason::new(
    "no-budget",
    "Campaign '{subject}' has no budget.",
    "营销活动“{subject}”没有预算。",
);

fn check_resources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        missing(
            em,
            &path,
            &[p("subject", &c.name)],
            &[
                (all_blank(&c.resources), &NO_RESOURCES),
                (c.budget.is_none(), &NO_BUDGET),
            ],
        );
    }
}

/// 7.4 e): each campaign that has started has a supervisor and supervision records.
pub static SUPERVISED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.e-campaign-supervised",
        clause: "7.4.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Campaign execution supervised", "推广活动执行受监管"),
        reasons: &[NO_SUPERVISOR, NO_SUPERVISION_RECORDS],
        covers: &[],
    },
    check: check_supervised,
    obligations: None,
};

const NO_SUPERVISOR: Reason = Reason::new(
    "no-supervisor",
    "Campaign '{subject}' has started but has no supervisor.",
    "营销活动“{subject}”已开始，但没有监管人。",
);
const NO_SUPERVISION_RECORDS: Reason = Reason::new(
    "no-supervision-records",
    "Campaign '{subject}' has started but has no supervision records.",
    "营销活动“{subject}”已开始，但没有监管记录。",
);

fn check_supervised(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        if c.start.is_none_or(|s| s > ctx.as_of) {
            continue;
        }
        missing(
            em,
            &path,
            &[p("subject", &c.name)],
            &[
                (c.supervisor.is_none(), &NO_SUPERVISOR),
                (c.supervision_records.is_empty(), &NO_SUPERVISION_RECORDS),
            ],
        );
    }
}

/// 7.4 f): a campaign's evaluation is dated consistently (after the campaign's end, not
/// after the evaluation date) and records results. When the evaluation is due is the
/// organization's parameter (see [`EVALUATED_IN_TIME`]).
pub static EVALUATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.f-campaign-evaluated",
        clause: "7.4.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Campaigns evaluated after they end", "营销活动结束后评估"),
        reasons: &[EVALUATED_BEFORE_END, EVALUATED_AFTER_AS_OF, NO_RESULTS],
        covers: &[],
    },
    check: check_evaluated,
    obligations: None,
};

const EVALUATED_BEFORE_END: Reason = Reason::new(
    "evaluated-before-end",
    "Campaign '{subject}' is evaluated on {evaluated}, before it ended on {end}.",
    "营销活动“{subject}”于{evaluated}评估，早于结束日期{end}。",
);
const EVALUATED_AFTER_AS_OF: Reason = Reason::new(
    "evaluated-after-as-of",
    "Campaign '{subject}' is evaluated on {evaluated}, after the evaluation date.",
    "营销活动“{subject}”评估日期{evaluated}晚于评价日期。",
);
const NO_RESULTS: Reason = Reason::new(
    "no-results",
    "Campaign '{subject}' has an evaluation without results.",
    "营销活动“{subject}”的评估没有结果。",
);

fn check_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        let Some(end) = c.end else { continue };
        let subject = p("subject", &c.name);
        let eval = c.evaluation.as_ref();
        match eval.and_then(|e| e.date) {
            None => {}
            Some(d) if d < end => em.emit(
                &EVALUATED_BEFORE_END,
                path,
                &[subject, p("evaluated", d), p("end", end)],
            ),
            Some(d) if d > ctx.as_of => {
                em.emit(&EVALUATED_AFTER_AS_OF, path, &[subject, p("evaluated", d)])
            }
            Some(_) if eval.is_some_and(|e| blank(&e.results)) => {
                em.emit(&NO_RESULTS, path, &[subject]);
            }
            Some(_) => {}
        }
    }
}

/// 7.4 f) (the organization's parameter): each campaign that has ended is evaluated within
/// the period the organization declares (`campaignEvaluationWithin` of the marketing record
/// or of `policy.parameters`), 30 days after its end by default. The standard states no
/// period.
pub static EVALUATED_IN_TIME: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.4.f-campaign-evaluated-in-time",
        clause: "7.4.f",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Campaigns evaluated within the organization's period",
            "营销活动在组织规定的期限内评估",
        ),
        reasons: &[
            NOT_EVALUATED,
            NOT_EVALUATED_DEFAULT,
            EVALUATED_LATE,
            EVALUATED_LATE_DEFAULT,
        ],
        covers: &[],
    },
    check: check_evaluated_in_time,
    obligations: None,
};

const NOT_EVALUATED: Reason = Reason::new(
    "not-evaluated",
    "Campaign '{subject}' ended on {end}; by the organization's period of {within} it was due for evaluation by {due}, but none is recorded.",
    "营销活动“{subject}”于{end}结束，按组织规定的期限{within}应于{due}前评估，但没有评估记录。",
);
const NOT_EVALUATED_DEFAULT: Reason = Reason::new(
    "not-evaluated-default",
    "Campaign '{subject}' ended on {end}; by the default period of {within} (the organization states none) it was due for evaluation by {due}, but none is recorded.",
    "营销活动“{subject}”于{end}结束，按默认期限{within}（组织未规定）应于{due}前评估，但没有评估记录。",
);
const EVALUATED_LATE: Reason = Reason::new(
    "evaluated-late",
    "Campaign '{subject}' was evaluated on {evaluated}, later than {due} (the organization's period of {within} after its end).",
    "营销活动“{subject}”于{evaluated}评估，晚于{due}（组织规定结束后{within}内）。",
);
const EVALUATED_LATE_DEFAULT: Reason = Reason::new(
    "evaluated-late-default",
    "Campaign '{subject}' was evaluated on {evaluated}, later than {due} (the default period of {within} after its end; the organization states none).",
    "营销活动“{subject}”于{evaluated}评估，晚于{due}（默认为结束后{within}内，组织未规定）。",
);

fn check_evaluated_in_time(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let setting = ctx
        .params
        .campaign_evaluation_within
        .or_record(ctx.doc.operation.marketing.campaign_evaluation_within);
    let within = setting.value;
    let (missing, late): (&'static Reason, &'static Reason) = if setting.is_organizations() {
        (&NOT_EVALUATED, &EVALUATED_LATE)
    } else {
        (&NOT_EVALUATED_DEFAULT, &EVALUATED_LATE_DEFAULT)
    };
    for (path, c) in campaigns(ctx) {
        let Some(end) = c.end else { continue };
        let Some(due) = within.after(end) else {
            continue;
        };
        let subject = p("subject", &c.name);
        let within = p("within", within);
        match c.evaluation.as_ref().and_then(|e| e.date) {
            None if ctx.as_of > due => em.emit(
                missing,
                path,
                &[subject, p("end", end), p("due", due), within],
            ),
            Some(d) if d > due && d <= ctx.as_of => em.emit(
                late,
                path,
                &[subject, p("evaluated", d), p("due", due), within],
            ),
            _ => {}
        }
    }
}
