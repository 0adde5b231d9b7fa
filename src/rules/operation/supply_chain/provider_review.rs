//! 7.3.3.2 f)–g) — 外部供方的评审: each active provider is re-evaluated at least once a year
//! (f), on an interval of at most a year; its latest evaluation rates the purchasing risks of
//! g) 1)–4); and a supplier's qualifications (g 1) are on record and current.

use crate::common::Interval;
use crate::model::EcmsDocument;
use crate::model::operation::supply_chain::EvaluationAspect;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{QualificationProblem, providers, providers_on, qualification_problems, sc};

/// 7.3.3.2 f): each active provider is re-evaluated at its declared interval, and at least
/// yearly.
pub static REVIEW_YEARLY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2.f-supplier-review-yearly",
        clause: "7.3.3.2.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Providers re-evaluated at least yearly",
            "至少每年评审一次外部供方",
        ),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(review_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The provider re-evaluation of '{subject}' was due on {due} (interval {interval}, last {last}).",
    "“{subject}”的供方评审应于{due}完成（周期{interval}，上次{last}）。",
);

fn review_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let yearly = Interval::years(1);
    for pv in providers(&doc.operation.supply_chain) {
        if !pv.is_active() {
            continue;
        }
        let interval = match pv.review_interval {
            Some(i) if i.at_most(&yearly) => i,
            _ => yearly,
        };
        out.push(Duty {
            path: pv.path.clone(),
            subject: pv.name.to_owned(),
            activity: t("provider re-evaluation", "供方评审"),
            interval: Some(interval),
            last_done: out.latest(pv.evaluations.iter().filter_map(|e| e.date)),
            anchor: pv.approved_on,
            evidence: Evidence::Records,
        });
    }
}

/// 7.3.3.2 f): each active provider declares a re-evaluation interval of at most a year.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2.f-review-interval",
        clause: "7.3.3.2.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Provider review interval at most a year",
            "供方评审周期不超过一年",
        ),
        reasons: &[NO_INTERVAL, TOO_LONG],
        covers: &[],
    },
    check: check_review_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "{subject}: no re-evaluation interval is declared.",
    "{subject}：未规定再评价周期。",
);

const TOO_LONG: Reason = Reason::new(
    "too-long",
    "{subject}: the re-evaluation interval {interval} is longer than a year.",
    "{subject}：再评价周期{interval}超过一年。",
);

fn check_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let yearly = Interval::years(1);
    for pv in providers_on(sc(ctx), ctx.as_of) {
        if !pv.is_active() {
            continue;
        }
        match pv.review_interval {
            None => em.emit(&NO_INTERVAL, &pv.path, &[p("subject", pv.name)]),
            Some(i) if !i.at_most(&yearly) => em.emit(
                &TOO_LONG,
                &pv.path,
                &[p("subject", pv.name), p("interval", i)],
            ),
            Some(_) => {}
        }
    }
}

/// 7.3.3.2 g) 1)–4): the latest evaluation of each active provider rates qualification and
/// reputation, quality, lead time and after-sales service, each reported at its item.
pub static EVALUATION_ASPECTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2.g-evaluation-aspects",
        clause: "7.3.3.2.g",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Evaluations cover the purchasing risks",
            "供方评价覆盖采购风险",
        ),
        reasons: &[
            UNRATED_QUALIFICATION,
            UNRATED_QUALITY,
            UNRATED_LEAD_TIME,
            UNRATED_AFTER_SALES,
        ],
        covers: &["7.3.3.2.g.1", "7.3.3.2.g.2", "7.3.3.2.g.3", "7.3.3.2.g.4"],
    },
    check: check_evaluation_aspects,
    obligations: None,
};

const UNRATED_QUALIFICATION: Reason = Reason::new(
    "qualification-not-rated",
    "The latest evaluation of '{subject}' ({date}) does not rate qualificationAndReputation.",
    "“{subject}”最近一次评价（{date}）未评价资质和信誉。",
);

const UNRATED_QUALITY: Reason = Reason::new(
    "quality-not-rated",
    "The latest evaluation of '{subject}' ({date}) does not rate quality.",
    "“{subject}”最近一次评价（{date}）未评价质量。",
);

const UNRATED_LEAD_TIME: Reason = Reason::new(
    "lead-time-not-rated",
    "The latest evaluation of '{subject}' ({date}) does not rate leadTime.",
    "“{subject}”最近一次评价（{date}）未评价供货周期。",
);

const UNRATED_AFTER_SALES: Reason = Reason::new(
    "after-sales-not-rated",
    "The latest evaluation of '{subject}' ({date}) does not rate afterSales.",
    "“{subject}”最近一次评价（{date}）未评价售后服务。",
);

/// What the rule says when a required aspect is not rated.
fn not_rated(aspect: EvaluationAspect) -> &'static Reason {
    match aspect {
        EvaluationAspect::QualificationAndReputation => &UNRATED_QUALIFICATION,
        EvaluationAspect::Quality => &UNRATED_QUALITY,
        EvaluationAspect::LeadTime => &UNRATED_LEAD_TIME,
        _ => &UNRATED_AFTER_SALES,
    }
}

fn check_evaluation_aspects(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers_on(sc(ctx), ctx.as_of) {
        if !pv.is_active() {
            continue;
        }
        let Some((k, e, d)) = pv.latest_evaluation(ctx.as_of) else {
            continue;
        };
        for (aspect, item) in EvaluationAspect::REQUIRED {
            if !e.ratings.iter().any(|r| r.aspect == aspect) {
                em.emit_at(
                    item,
                    not_rated(aspect),
                    format!("{}/evaluations/{k}", pv.path),
                    &[p("subject", pv.name), p("date", d)],
                );
            }
        }
    }
}

/// 7.3.3.2 g) 1): each active supplier has a licence or certificate on record, none expired.
pub static QUALIFICATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.3.2.g.1-provider-qualification",
        clause: "7.3.3.2.g.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Supplier qualifications valid", "供货商资质有效"),
        reasons: &[NO_QUALIFICATION, QUALIFICATION_EXPIRED],
        covers: &[],
    },
    check: check_qualification,
    obligations: None,
};

const NO_QUALIFICATION: Reason = Reason::new(
    "none",
    "Supplier '{subject}' has no licence or certificate on record.",
    "供方“{subject}”没有资质证照记录。",
);

const QUALIFICATION_EXPIRED: Reason = Reason::new(
    "expired",
    "Supplier '{subject}' holds '{kind}', which expired on {until}.",
    "供方“{subject}”的“{kind}”已于{until}过期。",
);

fn check_qualification(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers_on(sc(ctx), ctx.as_of) {
        if pv.is_carrier || !pv.is_active() {
            continue;
        }
        for (path, problem) in qualification_problems(pv.qualifications, &pv.path, ctx.as_of) {
            match problem {
                QualificationProblem::None => {
                    em.emit(&NO_QUALIFICATION, path, &[p("subject", pv.name)]);
                }
                QualificationProblem::Expired(kind, until) => em.emit(
                    &QUALIFICATION_EXPIRED,
                    path,
                    &[p("subject", pv.name), p("kind", kind), p("until", until)],
                ),
            }
        }
    }
}
