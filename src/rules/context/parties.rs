//! 3.2 — 理解相关方的需求和期望: the organization determines its interested parties
//! (3.2 a) and their requirements (3.2 b), and monitors and reviews the information about
//! them.

use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// 3.2 a): interested parties are determined.
pub static IDENTIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.2.a-parties-identified",
        clause: "3.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Interested parties determined", "确定相关方"),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_identified,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No interested party is recorded.",
    "未记录任何相关方。",
);

fn check_identified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.context.interested_parties.is_empty() {
        em.emit(&NONE, "/context", &[]);
    }
}

/// 3.2 b): the requirements of each interested party are determined.
pub static REQUIREMENTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.2.b-party-requirements",
        clause: "3.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Requirements of each interested party",
            "确定各相关方的要求",
        ),
        reasons: &[NO_REQUIREMENTS],
        covers: &[],
    },
    check: check_requirements,
    obligations: None,
};

const NO_REQUIREMENTS: Reason = Reason::new(
    "no-requirements",
    "Interested party '{subject}' has no recorded requirements.",
    "相关方“{subject}”没有记录其要求。",
);

fn check_requirements(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, party) in ctx.doc.context.interested_parties.iter().enumerate() {
        if all_blank(&party.requirements) {
            em.emit(
                &NO_REQUIREMENTS,
                format!("/context/interestedParties/{i}"),
                &[p("subject", &party.name)],
            );
        }
    }
}

/// 3.2: the information about each party is reviewed, so each declares how often.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.2-party-review-interval",
        clause: "3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Interested parties have a review interval",
            "相关方规定评审周期",
        ),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Interested party '{subject}' declares no review interval.",
    "相关方“{subject}”未规定评审周期。",
);

fn check_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, party) in ctx.doc.context.interested_parties.iter().enumerate() {
        if party.review.interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("/context/interestedParties/{i}"),
                &[p("subject", &party.name)],
            );
        }
    }
}

/// 3.2: each party is reviewed at the interval it declares.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.2-party-review-overdue",
        clause: "3.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Interested parties reviewed on time", "相关方按期评审"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(review_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of interested party '{subject}' was due on {due} (interval {interval}, last {last}).",
    "相关方“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, party) in doc.context.interested_parties.iter().enumerate() {
        out.push(Duty {
            path: format!("/context/interestedParties/{i}"),
            subject: party.name.clone(),
            activity: t("interested party review", "相关方评审"),
            interval: party.review.interval,
            last_done: party.review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(party.review.record),
        });
    }
}
