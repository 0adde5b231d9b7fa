//! 4.4 — 内部和外部沟通: the organization determines its internal and external
//! communication — what it communicates, when, how, with whom and who does it — and holds
//! the communications it plans.

use crate::model::EcmsDocument;
use crate::model::leadership::CommunicationDirection;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::list_path;

/// 4.4: the communication plan holds both internal and external communication.
pub static PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.4-communications-planned",
        clause: "4.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Internal and external communication determined",
            "确定内部和外部沟通",
        ),
        reasons: &[NO_INTERNAL, NO_EXTERNAL],
        covers: &[],
    },
    check: check_planned,
    obligations: None,
};

const NO_INTERNAL: Reason = Reason::new(
    "no-internal",
    "The communication plan has no internal communication.",
    "沟通计划中没有内部沟通。",
);
const NO_EXTERNAL: Reason = Reason::new(
    "no-external",
    "The communication plan has no external communication.",
    "沟通计划中没有外部沟通。",
);

fn check_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let plan = &ctx.doc.leadership.communication_plan;
    for dir in CommunicationDirection::ALL {
        if !plan.iter().any(|c| c.direction == Some(dir)) {
            let reason = match dir {
                CommunicationDirection::Internal => &NO_INTERNAL,
                CommunicationDirection::External => &NO_EXTERNAL,
            };
            em.emit(
                reason,
                list_path(
                    !plan.is_empty(),
                    "/leadership/communicationPlan",
                    "/leadership",
                ),
                &[],
            );
        }
    }
}

/// 4.4: each planned communication says what, whether internal or external, when, how, with
/// whom (for an external one, which outside parties) and who is responsible.
pub static COMPLETE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.4-communication-complete",
        clause: "4.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Communications say what, when, how, whom, who",
            "沟通明确内容、时机、方式、对象和职责",
        ),
        reasons: &[
            NO_TOPIC,
            NO_DIRECTION,
            NO_TIMING,
            NO_METHOD,
            NO_AUDIENCE,
            NO_EXTERNAL_PARTIES,
            NO_RESPONSIBLE,
            RESPONSIBLE_UNSTAFFED,
        ],
        covers: &[],
    },
    check: check_complete,
    obligations: None,
};

const NO_TOPIC: Reason = Reason::new(
    "no-topic",
    "Communication '{subject}' does not say what is communicated.",
    "沟通“{subject}”未明确沟通内容。",
);
const NO_DIRECTION: Reason = Reason::new(
    "no-direction",
    "Communication '{subject}' does not say whether it is internal or external.",
    "沟通“{subject}”未明确内部或外部。",
);
const NO_TIMING: Reason = Reason::new(
    "no-timing",
    "Communication '{subject}' does not say when (an interval or a trigger).",
    "沟通“{subject}”未明确沟通时机（周期或触发条件）。",
);
const NO_METHOD: Reason = Reason::new(
    "no-method",
    "Communication '{subject}' does not say how.",
    "沟通“{subject}”未明确沟通方式。",
);
const NO_AUDIENCE: Reason = Reason::new(
    "no-audience",
    "Communication '{subject}' does not say with whom.",
    "沟通“{subject}”未明确沟通对象。",
);
const NO_EXTERNAL_PARTIES: Reason = Reason::new(
    "no-external-parties",
    "Communication '{subject}' does not say which interested parties outside it reaches.",
    "沟通“{subject}”未明确所涉及的外部相关方。",
);
const NO_RESPONSIBLE: Reason = Reason::new(
    "no-responsible",
    "Communication '{subject}' does not say who is responsible.",
    "沟通“{subject}”未明确沟通职责。",
);

const RESPONSIBLE_UNSTAFFED: Reason = Reason::new(
    "responsible-unstaffed",
    "Communication '{subject}': nobody holds its responsible role on {as_of}.",
    "沟通“{subject}”：{as_of}无人担任其负责岗位。",
);

fn check_complete(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.leadership.communication_plan.iter().enumerate() {
        let mut missing: Vec<&'static Reason> = Vec::new();
        if c.topic.trim().is_empty() {
            missing.push(&NO_TOPIC);
        }
        if c.direction.is_none() {
            missing.push(&NO_DIRECTION);
        }
        if c.schedule.interval.is_none() && blank(&c.trigger) {
            missing.push(&NO_TIMING);
        }
        if blank(&c.method) {
            missing.push(&NO_METHOD);
        }
        if c.audience_roles.is_empty() && c.audience_parties.is_empty() {
            missing.push(&NO_AUDIENCE);
        } else if c.direction == Some(CommunicationDirection::External)
            && c.audience_parties.is_empty()
        {
            missing.push(&NO_EXTERNAL_PARTIES);
        }
        if c.responsible.is_none() {
            missing.push(&NO_RESPONSIBLE);
        }
        if c.responsible
            .is_some_and(|role| !role_held_on(ctx.doc, role, ctx.as_of))
        {
            missing.push(&RESPONSIBLE_UNSTAFFED);
        }
        for reason in missing {
            em.emit(
                reason,
                format!("/leadership/communicationPlan/{i}"),
                &[p("subject", &c.topic), p("as_of", ctx.as_of)],
            );
        }
    }
}

/// Good practice: each communication with an interval is held at that interval.
pub static OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.4-communication-overdue",
        clause: "4.4",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Planned communications held", "按计划开展沟通"),
        reasons: &[COMMUNICATION_OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &COMMUNICATION_OVERDUE),
    obligations: Some(communication_duties),
};

const COMMUNICATION_OVERDUE: Reason = Reason::new(
    "overdue",
    "Communication '{subject}' was due on {due} (interval {interval}, last {last}).",
    "沟通“{subject}”应于{due}进行（周期{interval}，上次{last}）。",
);

fn communication_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, c) in doc.leadership.communication_plan.iter().enumerate() {
        // An event-driven communication (no interval) is not scheduled.
        if c.schedule.interval.is_none() {
            continue;
        }
        out.push(Duty {
            path: format!("/leadership/communicationPlan/{i}"),
            subject: c.topic.clone(),
            activity: t("planned communication", "计划的沟通"),
            interval: c.schedule.interval,
            last_done: c.schedule.last_done,
            anchor: None,
            evidence: Evidence::Schedule(c.schedule.record),
        });
    }
}
