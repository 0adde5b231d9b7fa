//! 9 — records of chapter 9 dated after the evaluation date: an improvement or corrective
//! action completed, a nonconformity detected or closed, or an effectiveness review made "in
//! the future" is inconsistent data.

use crate::common::Date;
use crate::rules::prelude::*;

/// 9: no completion, detection, closure or effectiveness review of chapter 9 is dated after
/// the evaluation date.
pub static FUTURE_DATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9-record-dated-in-future",
        clause: "9",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Records of chapter 9 not dated in the future",
            "第9章记录日期不晚于评价日期",
        ),
        reasons: &[
            IMPROVEMENT_COMPLETED,
            NC_DETECTED,
            NC_CLOSED,
            EFFECTIVENESS_REVIEWED,
            ACTION_COMPLETED,
        ],
        covers: &["9.2.c", "9.2.d"],
    },
    check: check_future_dated,
    obligations: None,
};

const IMPROVEMENT_COMPLETED: Reason = Reason::new(
    "improvement-completed",
    "The completion of improvement '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "改进“{subject}”的完成的日期{date}晚于评价日期{as_of}。",
);
const NC_DETECTED: Reason = Reason::new(
    "nc-detected",
    "The detection of nonconformity '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "不符合“{subject}”的发现的日期{date}晚于评价日期{as_of}。",
);
const NC_CLOSED: Reason = Reason::new(
    "nc-closed",
    "The closure of nonconformity '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "不符合“{subject}”的关闭的日期{date}晚于评价日期{as_of}。",
);
const EFFECTIVENESS_REVIEWED: Reason = Reason::new(
    "effectiveness-reviewed",
    "The effectiveness review of nonconformity '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "不符合“{subject}”的有效性评审的日期{date}晚于评价日期{as_of}。",
);
const ACTION_COMPLETED: Reason = Reason::new(
    "action-completed",
    "The completion of corrective action '{subject}' is dated {date}, after the evaluation date {as_of}.",
    "纠正措施“{subject}”的完成的日期{date}晚于评价日期{as_of}。",
);

fn check_future_dated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let as_of = ctx.as_of;
    let mut flag =
        |clause: &'static str, reason: &'static Reason, path: String, subject: &str, d: Date| {
            if d > as_of {
                em.emit_at(
                    clause,
                    reason,
                    path,
                    &[p("subject", subject), p("date", d), p("as_of", as_of)],
                );
            }
        };
    for (i, r) in ctx.doc.improvement.improvements.iter().enumerate() {
        if let Some(d) = r.completed {
            flag(
                "9.1",
                &IMPROVEMENT_COMPLETED,
                format!("/improvement/improvements/{i}/completed"),
                &r.title,
                d,
            );
        }
    }
    for (i, n) in ctx.doc.improvement.nonconformities.iter().enumerate() {
        let base = format!("/improvement/nonconformities/{i}");
        if let Some(d) = n.detected {
            flag("9.2", &NC_DETECTED, format!("{base}/detected"), &n.title, d);
        }
        if let Some(d) = n.closed {
            flag("9.2", &NC_CLOSED, format!("{base}/closed"), &n.title, d);
        }
        if let Some(d) = n.effectiveness.as_ref().and_then(|e| e.date) {
            flag(
                "9.2.d",
                &EFFECTIVENESS_REVIEWED,
                format!("{base}/effectiveness/date"),
                &n.title,
                d,
            );
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if let Some(d) = a.completed {
                flag(
                    "9.2.c",
                    &ACTION_COMPLETED,
                    format!("{base}/correctiveActions/{j}/completed"),
                    &a.description,
                    d,
                );
            }
        }
    }
}

/// 9.2 a)–c): a nonconformity's cause analysis, action decision and corrective actions come
/// after its detection.
pub static NC_DATES_ORDERED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2-nc-dates-ordered",
        clause: "9.2",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t(
            "Nonconformity handled after its detection",
            "不符合的处理日期不早于发现日期",
        ),
        reasons: &[ANALYSED_BEFORE, DECIDED_BEFORE, ACTED_BEFORE],
        covers: &[],
    },
    check: check_nc_dates,
    obligations: None,
};

const ANALYSED_BEFORE: Reason = Reason::new(
    "analysed-before-detection",
    "The cause analysis of nonconformity '{subject}' is dated {date}, before its detection on {detected}.",
    "不符合“{subject}”的原因分析日期{date}早于其发现日期{detected}。",
);
const DECIDED_BEFORE: Reason = Reason::new(
    "decided-before-detection",
    "The decision on the need for action on nonconformity '{subject}' is dated {date}, before its detection on {detected}.",
    "不符合“{subject}”的措施需求决定日期{date}早于其发现日期{detected}。",
);
const ACTED_BEFORE: Reason = Reason::new(
    "acted-before-detection",
    "A corrective action of nonconformity '{subject}' was completed on {date}, before its detection on {detected}.",
    "不符合“{subject}”的一项纠正措施于{date}完成，早于其发现日期{detected}。",
);

fn check_nc_dates(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, n) in ctx.doc.improvement.nonconformities.iter().enumerate() {
        let Some(detected) = n.detected else { continue };
        let path = format!("/improvement/nonconformities/{i}");
        let at = |d: Date| {
            [
                p("subject", &n.title),
                p("date", d),
                p("detected", detected),
            ]
        };
        if let Some(d) = n.analysis.date.filter(|d| *d < detected) {
            em.emit(&ANALYSED_BEFORE, format!("{path}/analysis/date"), &at(d));
        }
        if let Some(d) = n
            .action_needed
            .as_ref()
            .and_then(|x| x.date)
            .filter(|d| *d < detected)
        {
            em.emit(&DECIDED_BEFORE, format!("{path}/actionNeeded/date"), &at(d));
        }
        for (j, a) in n.corrective_actions.iter().enumerate() {
            if let Some(d) = a.completed.filter(|d| *d < detected) {
                em.emit(
                    &ACTED_BEFORE,
                    format!("{path}/correctiveActions/{j}/completed"),
                    &at(d),
                );
            }
        }
    }
}
