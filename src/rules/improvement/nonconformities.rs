//! 9.2 — 不符合和纠正措施 (the nonconformity itself): where it came from and how much it
//! matters, the reaction to it (a: control and correct it, deal with its consequences), its
//! review and the determination of its causes and of similar cases (b), and the retained
//! information about its nature and closure and the results of its actions (g).

use super::ncs;
use crate::model::improvement::NcSource;
use crate::rules::prelude::*;

/// 9.2: each nonconformity records its source and, for an audit or a KPI, which one.
pub static SOURCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2-nc-source",
        clause: "9.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Nonconformity source traced", "记录不符合来源"),
        reasons: &[NO_SOURCE, NO_AUDIT_FINDING, NO_KPI],
        covers: &[],
    },
    check: check_source,
    obligations: None,
};

const NO_SOURCE: Reason = Reason::new(
    "no-source",
    "Nonconformity '{subject}': its source (audit, complaint, KPI, customer, other) is not recorded.",
    "不符合“{subject}”：未记录来源（审核、投诉、指标、顾客、其他）。",
);
const NO_AUDIT_FINDING: Reason = Reason::new(
    "no-audit-finding",
    "Nonconformity '{subject}': it comes from an audit but names no audit finding.",
    "不符合“{subject}”：来源为审核，但未关联审核发现。",
);
const NO_KPI: Reason = Reason::new(
    "no-kpi",
    "Nonconformity '{subject}': it comes from a KPI result but names no KPI.",
    "不符合“{subject}”：来源为关键绩效指标，但未关联指标。",
);

fn check_source(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let reason = match n.source {
            None => &NO_SOURCE,
            Some(NcSource::Audit) if n.audit_finding.is_none() => &NO_AUDIT_FINDING,
            Some(NcSource::Kpi) if n.kpi.is_none() => &NO_KPI,
            _ => continue,
        };
        em.emit(reason, &path, &[p("subject", &n.title)]);
    }
}

/// 9.2: each nonconformity is graded by impact, so that its corrective action can be weighed
/// against its effects.
pub static IMPACT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2-nc-impact",
        clause: "9.2",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Nonconformity impact graded", "评定不符合的影响程度"),
        reasons: &[NO_IMPACT],
        covers: &[],
    },
    check: check_impact,
    obligations: None,
};

const NO_IMPACT: Reason = Reason::new(
    "no-impact",
    "Nonconformity '{subject}' records no impact grade, so the proportionality of its corrective action cannot be judged.",
    "不符合“{subject}”未评定影响程度，无法判断纠正措施是否与其影响相适应。",
);

fn check_impact(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if n.impact.is_none() {
            em.emit(&NO_IMPACT, path, &[p("subject", &n.title)]);
        }
    }
}

/// 9.2 a): each nonconformity records the reaction to it. Its sub-items apply "where
/// applicable" (适用时): not every nonconformity has consequences to deal with, and one may be
/// contained without a separate correction, so the rule reports only a nonconformity that
/// records neither.
pub static REACTION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.a-reaction",
        clause: "9.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Reaction to nonconformity", "对不符合做出应对"),
        reasons: &[NO_REACTION],
        covers: &["9.2.a.1", "9.2.a.2"],
    },
    check: check_reaction,
    obligations: None,
};

const NO_REACTION: Reason = Reason::new(
    "no-reaction",
    "Nonconformity '{subject}' records no reaction: neither how it was controlled and corrected nor how its consequences were dealt with.",
    "不符合“{subject}”未记录任何应对：既未记录如何控制和纠正，也未记录如何处置其后果。",
);

fn check_reaction(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if blank(&n.reaction.consequences) && blank(&n.reaction.correction) {
            em.emit(&NO_REACTION, &path, &[p("subject", &n.title)]);
        }
    }
}

/// 9.2 b) 1)–3): once corrective actions are taken (or the nonconformity is closed), it
/// records its review and analysis, its causes and whether similar nonconformities exist or
/// could occur.
pub static CAUSE_ANALYSIS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.b-cause-analysis",
        clause: "9.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Nonconformity reviewed, causes and similar cases determined",
            "评审不符合、确定原因和类似不符合",
        ),
        reasons: &[
            CLOSED_NO_REVIEW,
            CLOSED_NO_CAUSES,
            CLOSED_NO_SIMILAR,
            ACTING_NO_REVIEW,
            ACTING_NO_CAUSES,
            ACTING_NO_SIMILAR,
        ],
        covers: &["9.2.b.1", "9.2.b.2", "9.2.b.3"],
    },
    check: check_cause_analysis,
    obligations: None,
};

const CLOSED_NO_REVIEW: Reason = Reason::new(
    "closed-no-review",
    "Nonconformity '{subject}' (closed) does not record a review and analysis of the nonconformity.",
    "不符合“{subject}”（已关闭）未记录对不符合的评审和分析。",
);
const CLOSED_NO_CAUSES: Reason = Reason::new(
    "closed-no-causes",
    "Nonconformity '{subject}' (closed) does not record its causes.",
    "不符合“{subject}”（已关闭）未记录其产生的原因。",
);
const CLOSED_NO_SIMILAR: Reason = Reason::new(
    "closed-no-similar",
    "Nonconformity '{subject}' (closed) does not record whether similar nonconformities exist or could occur.",
    "不符合“{subject}”（已关闭）未记录是否存在或可能发生类似不符合。",
);
const ACTING_NO_REVIEW: Reason = Reason::new(
    "acting-no-review",
    "Nonconformity '{subject}' (with corrective actions) does not record a review and analysis of the nonconformity.",
    "不符合“{subject}”（已制定纠正措施）未记录对不符合的评审和分析。",
);
const ACTING_NO_CAUSES: Reason = Reason::new(
    "acting-no-causes",
    "Nonconformity '{subject}' (with corrective actions) does not record its causes.",
    "不符合“{subject}”（已制定纠正措施）未记录其产生的原因。",
);
const ACTING_NO_SIMILAR: Reason = Reason::new(
    "acting-no-similar",
    "Nonconformity '{subject}' (with corrective actions) does not record whether similar nonconformities exist or could occur.",
    "不符合“{subject}”（已制定纠正措施）未记录是否存在或可能发生类似不符合。",
);

fn check_cause_analysis(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let [review, causes, similar] = if n.is_closed() {
            [&CLOSED_NO_REVIEW, &CLOSED_NO_CAUSES, &CLOSED_NO_SIMILAR]
        } else if !n.corrective_actions.is_empty() {
            [&ACTING_NO_REVIEW, &ACTING_NO_CAUSES, &ACTING_NO_SIMILAR]
        } else {
            continue;
        };
        let params = [p("subject", &n.title)];
        let a = &n.analysis;
        if blank(&a.review) {
            em.emit_at("9.2.b.1", review, &path, &params);
        }
        if a.causes.iter().all(|c| c.trim().is_empty()) {
            em.emit_at("9.2.b.2", causes, &path, &params);
        }
        if blank(&a.similar) {
            em.emit_at("9.2.b.3", similar, &path, &params);
        }
    }
}

/// 9.2 b): a recorded decision on whether action is needed to remove the causes states the
/// decision, its reason, who took it and when, and a decision that none is needed is not
/// contradicted by corrective actions; a nonconformity closed without corrective action
/// records the evaluation (the evaluation itself is unconditional, the action is not).
pub static ACTION_DECISION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.b-action-decision",
        clause: "9.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Need for action evaluated and decided",
            "评价并决定是否需要采取措施",
        ),
        reasons: &[
            DECISION_INCOMPLETE,
            NOT_NEEDED_BUT_ACTIONS,
            CLOSED_UNEVALUATED,
        ],
        covers: &[],
    },
    check: check_action_decision,
    obligations: None,
};

const DECISION_INCOMPLETE: Reason = Reason::new(
    "decision-incomplete",
    "Nonconformity '{subject}' records a decision on the need for action without the decision, its reason, who took it and when.",
    "不符合“{subject}”记录了是否需要采取措施的决定，但缺少决定内容、理由、决定人或日期。",
);
const NOT_NEEDED_BUT_ACTIONS: Reason = Reason::new(
    "not-needed-but-actions",
    "Nonconformity '{subject}' records that no action is needed, yet lists corrective actions.",
    "不符合“{subject}”记录为无需采取措施，却列有纠正措施。",
);

const CLOSED_UNEVALUATED: Reason = Reason::new(
    "closed-unevaluated",
    "Nonconformity '{subject}' is closed without corrective action and without a recorded evaluation of whether action was needed to remove its causes.",
    "不符合“{subject}”已关闭，既无纠正措施，也未记录是否需要采取措施消除其原因的评价。",
);

fn check_action_decision(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::improvement::ActionNeed;
    for (path, n) in ncs(ctx) {
        let Some(d) = &n.action_needed else {
            // Corrective actions show the evaluation found action needed; a closure with
            // neither actions nor a decision shows no evaluation at all.
            if n.is_closed() && n.corrective_actions.is_empty() {
                em.emit(&CLOSED_UNEVALUATED, &path, &[p("subject", &n.title)]);
            }
            continue;
        };
        let dpath = format!("{path}/actionNeeded");
        let params = [p("subject", &n.title)];
        if !d.is_complete() {
            em.emit(&DECISION_INCOMPLETE, &dpath, &params);
        }
        if d.decision == Some(ActionNeed::NotNeeded) && !n.corrective_actions.is_empty() {
            em.emit(&NOT_NEEDED_BUT_ACTIONS, &dpath, &params);
        }
    }
}

/// 9.2 g) 1)–2): each nonconformity retains its nature and detection date, its closing date
/// and records once closed, and the result of each completed corrective action.
pub static RECORDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.g-records",
        clause: "9.2.g",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Nonconformity evidence retained",
            "保留不符合和纠正措施的成文信息",
        ),
        reasons: &[
            NO_NATURE,
            NO_CLOSURE_RECORDS,
            NO_ACTION_RESULT,
            CLOSED_BEFORE_DETECTED,
        ],
        covers: &["9.2.g.1", "9.2.g.2"],
    },
    check: check_records,
    obligations: None,
};

const NO_NATURE: Reason = Reason::new(
    "no-nature",
    "Nonconformity '{subject}' does not record its nature and detection date.",
    "不符合“{subject}”未记录其性质和发现日期。",
);
const NO_CLOSURE_RECORDS: Reason = Reason::new(
    "no-closure-records",
    "Nonconformity '{subject}' does not record its closing date and retained records.",
    "不符合“{subject}”未记录关闭日期和保留的记录。",
);
const NO_ACTION_RESULT: Reason = Reason::new(
    "no-action-result",
    "Nonconformity '{subject}' does not record the result of corrective action '{action}'.",
    "不符合“{subject}”未记录纠正措施“{action}”的结果。",
);

const CLOSED_BEFORE_DETECTED: Reason = Reason::new(
    "closed-before-detected",
    "Nonconformity '{subject}' is recorded as closed on {closed}, before it was detected on {detected}.",
    "不符合“{subject}”记录的关闭日期{closed}早于其发现日期{detected}。",
);

fn check_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let params = [p("subject", &n.title)];
        if blank(&n.description) || n.detected.is_none() {
            em.emit_at("9.2.g.1", &NO_NATURE, &path, &params);
        }
        if n.is_closed() && (n.closed.is_none() || n.records.is_empty()) {
            em.emit_at("9.2.g.1", &NO_CLOSURE_RECORDS, &path, &params);
        }
        if let (Some(closed), Some(detected)) = (n.closed, n.detected)
            && closed < detected
        {
            em.emit_at(
                "9.2.g.1",
                &CLOSED_BEFORE_DETECTED,
                &path,
                &[
                    p("subject", &n.title),
                    p("closed", closed),
                    p("detected", detected),
                ],
            );
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if a.completed.is_some() && blank(&a.result) {
                em.emit_at(
                    "9.2.g.2",
                    &NO_ACTION_RESULT,
                    format!("{path}/correctiveActions/{j}"),
                    &[p("subject", &n.title), p("action", &a.description)],
                );
            }
        }
    }
}
