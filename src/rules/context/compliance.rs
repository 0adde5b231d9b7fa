//! 3.1 d) — 遵守法律法规的情况: the information on legal compliance that the organization
//! monitors is kept as a register of compliance obligations (laws, regulations, standards,
//! platform rules, contracts), each with a responsible role and how it applies, and each
//! evaluated for compliance in dated records, at the interval the entry declares.

use crate::model::EcmsDocument;
use crate::model::context::ComplianceObligation;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

/// Every obligation of the register with its JSON pointer.
fn obligations<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a ComplianceObligation)> + 'a {
    ctx.doc
        .context
        .compliance_obligations
        .iter()
        .enumerate()
        .map(|(i, o)| (format!("/context/complianceObligations/{i}"), o))
}

/// 3.1 d): the register of compliance obligations is kept; each entry says how it applies
/// and which role answers for it.
pub static REGISTER: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1.d-compliance-register",
        clause: "3.1.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Register of compliance obligations kept",
            "建立合规义务清单",
        ),
        reasons: &[NO_REGISTER, NO_APPLICABILITY, NO_OWNER, OWNER_UNSTAFFED],
        covers: &[],
    },
    check: check_register,
    obligations: None,
};

const NO_REGISTER: Reason = Reason::new(
    "none",
    "No compliance obligation is recorded: the laws, regulations, standards and platform rules that apply are not identified, so compliance with them cannot be monitored.",
    "未记录任何合规义务：未识别适用的法律法规、标准和平台规则，无法监视其遵守情况。",
);
const NO_APPLICABILITY: Reason = Reason::new(
    "no-applicability",
    "Compliance obligation '{subject}' does not say how it applies to the organization.",
    "合规义务“{subject}”未说明其如何适用于本组织。",
);
const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Compliance obligation '{subject}' names no responsible role.",
    "合规义务“{subject}”未指定负责岗位。",
);

const OWNER_UNSTAFFED: Reason = Reason::new(
    "owner-unstaffed",
    "Compliance obligation '{subject}': nobody holds its responsible role on {as_of}.",
    "合规义务“{subject}”：{as_of}无人担任其负责岗位。",
);

fn check_register(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.context.compliance_obligations.is_empty() {
        em.emit(&NO_REGISTER, "/context", &[]);
        return;
    }
    for (path, o) in obligations(ctx) {
        let params = [p("subject", &o.title)];
        if blank(&o.applicability) {
            em.emit(&NO_APPLICABILITY, &path, &params);
        }
        match o.owner {
            None => em.emit(&NO_OWNER, &path, &params),
            Some(role) if !role_held_on(ctx.doc, role, ctx.as_of) => em.emit(
                &OWNER_UNSTAFFED,
                &path,
                &[p("subject", &o.title), p("as_of", ctx.as_of)],
            ),
            Some(_) => {}
        }
    }
}

/// 3.1 d): compliance with each obligation is evaluated, and each evaluation is a dated
/// record of its result and of who made it.
pub static EVALUATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1.d-compliance-evaluated",
        clause: "3.1.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Compliance evaluated in dated records",
            "合规情况经评价并保留记录",
        ),
        reasons: &[NEVER_EVALUATED, EVALUATION_INCOMPLETE, EVALUATION_FUTURE],
        covers: &[],
    },
    check: check_evaluated,
    obligations: None,
};

const NEVER_EVALUATED: Reason = Reason::new(
    "never-evaluated",
    "Compliance with obligation '{subject}' has never been evaluated.",
    "从未评价合规义务“{subject}”的遵守情况。",
);
const EVALUATION_INCOMPLETE: Reason = Reason::new(
    "evaluation-incomplete",
    "An evaluation of compliance with obligation '{subject}' does not record its date, its result and who made it.",
    "合规义务“{subject}”的一次合规评价未记录日期、结果和评价人。",
);

const EVALUATION_FUTURE: Reason = Reason::new(
    "evaluation-future",
    "An evaluation of compliance with obligation '{subject}' is dated {date}, after {as_of}: it is no evidence yet.",
    "合规义务“{subject}”的一次合规评价日期为{date}，晚于{as_of}，尚不能作为证据。",
);

fn check_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, o) in obligations(ctx) {
        let params = [p("subject", &o.title)];
        if o.evaluations.is_empty() {
            em.emit(&NEVER_EVALUATED, &path, &params);
        }
        for (j, e) in o.evaluations.iter().enumerate() {
            if let Some(d) = e.date.filter(|d| *d > ctx.as_of) {
                em.emit(
                    &EVALUATION_FUTURE,
                    format!("{path}/evaluations/{j}"),
                    &[p("subject", &o.title), p("date", d), p("as_of", ctx.as_of)],
                );
            }
            if e.date.is_none() || e.result.is_none() || e.by.is_none() {
                em.emit(
                    &EVALUATION_INCOMPLETE,
                    format!("{path}/evaluations/{j}"),
                    &params,
                );
            }
        }
    }
}

/// 3.1 d): compliance is evaluated again at the interval each entry declares.
pub static EVALUATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.1.d-compliance-evaluation-overdue",
        clause: "3.1.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Compliance evaluated on time", "按期评价合规情况"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(evaluation_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The evaluation of compliance with obligation '{subject}' was due on {due} (interval {interval}, last {last}).",
    "合规义务“{subject}”应于{due}进行合规评价（周期{interval}，上次{last}）。",
);

fn evaluation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, o) in doc.context.compliance_obligations.iter().enumerate() {
        let last_evaluated = out.latest(o.evaluations.iter().filter_map(|e| e.date));
        let declared = out.latest(o.review.last_done);
        out.push(Duty {
            path: format!("/context/complianceObligations/{i}"),
            subject: o.title.clone(),
            activity: t("compliance evaluation", "合规评价"),
            interval: o.review.interval,
            last_done: last_evaluated.max(declared),
            anchor: None,
            evidence: if last_evaluated.is_some_and(|e| declared.is_none_or(|d| e >= d)) {
                Evidence::Records
            } else {
                Evidence::Schedule(o.review.record)
            },
        });
    }
}
