//! 7.2.4 — 顾客财产: customer property in the organization's care is identified, verified on
//! receipt, protected and maintained under rules the organization sets; its loss, damage or
//! unsuitability is reported to the customer and kept as documented information.

use super::shared::emit_not_retained;
use crate::model::operation::operations::{PropertyIncident, PropertyIncidentKind as K};
use crate::rules::prelude::*;

use super::shared::missing;

const CS: &str = "/operation/customerService";

/// 7.2.4: rules for customer property exist, and each item is identified, verified and
/// protected.
pub static CONTROLLED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-customer-property-controlled",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Customer property identified, verified, protected",
            "识别、验证和保护顾客财产",
        ),
        reasons: &[NO_RULES, NO_IDENTIFICATION, NO_VERIFICATION, NO_PROTECTION],
        covers: &[],
    },
    check: check_controlled,
    obligations: None,
};

const NO_RULES: Reason = Reason::new(
    "no-rules",
    "Customer service has no rules for identifying, verifying, protecting and maintaining customer property.",
    "顾客服务中没有识别、验证、保护和维护顾客财产的规定。",
);
const NO_IDENTIFICATION: Reason = Reason::new(
    "no-identification",
    "Customer property '{subject}' has no identification.",
    "顾客财产“{subject}”没有标识。",
);
const NO_VERIFICATION: Reason = Reason::new(
    "no-verification",
    "Customer property '{subject}' has no verification on receipt.",
    "顾客财产“{subject}”没有接收时的验证。",
);
const NO_PROTECTION: Reason = Reason::new(
    "no-protection",
    "Customer property '{subject}' has no protection and maintenance.",
    "顾客财产“{subject}”没有保护和维护措施。",
);

fn check_controlled(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let cs = &ctx.doc.operation.customer_service;
    if !cs.customer_property.is_empty() && all_blank(&cs.property_rules) {
        em.emit(&NO_RULES, CS, &[]);
    }
    for (i, x) in cs.customer_property.iter().enumerate() {
        missing(
            em,
            &format!("{CS}/customerProperty/{i}"),
            &[p("subject", &x.description)],
            &[
                (blank(&x.identification), &NO_IDENTIFICATION),
                (x.verified_on.is_none(), &NO_VERIFICATION),
                (blank(&x.protection), &NO_PROTECTION),
            ],
        );
    }
}

/// Every incident of customer property with its path and the property's description.
fn incidents<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a str, &'a PropertyIncident)> {
    ctx.doc
        .operation
        .customer_service
        .customer_property
        .iter()
        .enumerate()
        .flat_map(|(i, x)| {
            x.incidents.iter().enumerate().map(move |(k, inc)| {
                (
                    format!("{CS}/customerProperty/{i}/incidents/{k}"),
                    x.description.as_str(),
                    inc,
                )
            })
        })
}

/// 7.2.4: each loss, damage or unsuitability of customer property is reported to the
/// customer, on a date between the incident and the evaluation date.
pub static INCIDENT_REPORTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-property-incident-reported",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Loss or damage of customer property reported",
            "顾客财产丢失或损坏报告顾客",
        ),
        reasons: &[
            LOSS_NOT_REPORTED,
            LOSS_REPORTED_BEFORE,
            LOSS_REPORTED_AFTER_AS_OF,
            DAMAGE_NOT_REPORTED,
            DAMAGE_REPORTED_BEFORE,
            DAMAGE_REPORTED_AFTER_AS_OF,
            UNSUITABLE_NOT_REPORTED,
            UNSUITABLE_REPORTED_BEFORE,
            UNSUITABLE_REPORTED_AFTER_AS_OF,
        ],
        covers: &[],
    },
    check: check_incident_reported,
    obligations: None,
};

const LOSS_NOT_REPORTED: Reason = Reason::new(
    "loss-not-reported",
    "The loss of customer property '{subject}' was not reported to the customer.",
    "顾客财产“{subject}”的丢失未报告顾客。",
);
const LOSS_REPORTED_BEFORE: Reason = Reason::new(
    "loss-reported-before-it-happened",
    "The loss of customer property '{subject}' is reported on {reported}, before it happened ({happened}).",
    "顾客财产“{subject}”的丢失报告日期{reported}早于发生日期{happened}。",
);
const LOSS_REPORTED_AFTER_AS_OF: Reason = Reason::new(
    "loss-reported-after-as-of",
    "The loss of customer property '{subject}' is reported on {reported}, after the evaluation date.",
    "顾客财产“{subject}”的丢失报告日期{reported}晚于评价日期。",
);
const DAMAGE_NOT_REPORTED: Reason = Reason::new(
    "damage-not-reported",
    "The damage of customer property '{subject}' was not reported to the customer.",
    "顾客财产“{subject}”的损坏未报告顾客。",
);
const DAMAGE_REPORTED_BEFORE: Reason = Reason::new(
    "damage-reported-before-it-happened",
    "The damage of customer property '{subject}' is reported on {reported}, before it happened ({happened}).",
    "顾客财产“{subject}”的损坏报告日期{reported}早于发生日期{happened}。",
);
const DAMAGE_REPORTED_AFTER_AS_OF: Reason = Reason::new(
    "damage-reported-after-as-of",
    "The damage of customer property '{subject}' is reported on {reported}, after the evaluation date.",
    "顾客财产“{subject}”的损坏报告日期{reported}晚于评价日期。",
);
const UNSUITABLE_NOT_REPORTED: Reason = Reason::new(
    "unsuitability-not-reported",
    "The unsuitability of customer property '{subject}' was not reported to the customer.",
    "顾客财产“{subject}”的不适用情况未报告顾客。",
);
const UNSUITABLE_REPORTED_BEFORE: Reason = Reason::new(
    "unsuitability-reported-before-it-happened",
    "The unsuitability of customer property '{subject}' is reported on {reported}, before it happened ({happened}).",
    "顾客财产“{subject}”的不适用情况报告日期{reported}早于发生日期{happened}。",
);
const UNSUITABLE_REPORTED_AFTER_AS_OF: Reason = Reason::new(
    "unsuitability-reported-after-as-of",
    "The unsuitability of customer property '{subject}' is reported on {reported}, after the evaluation date.",
    "顾客财产“{subject}”的不适用情况报告日期{reported}晚于评价日期。",
);

/// The reasons of [`INCIDENT_REPORTED`] for a kind of incident: not reported, reported
/// before it happened, reported after the evaluation date.
fn reported_reasons(kind: K) -> [&'static Reason; 3] {
    match kind {
        K::Loss => [
            &LOSS_NOT_REPORTED,
            &LOSS_REPORTED_BEFORE,
            &LOSS_REPORTED_AFTER_AS_OF,
        ],
        K::Damage => [
            &DAMAGE_NOT_REPORTED,
            &DAMAGE_REPORTED_BEFORE,
            &DAMAGE_REPORTED_AFTER_AS_OF,
        ],
        K::Unsuitable => [
            &UNSUITABLE_NOT_REPORTED,
            &UNSUITABLE_REPORTED_BEFORE,
            &UNSUITABLE_REPORTED_AFTER_AS_OF,
        ],
    }
}

fn check_incident_reported(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, inc) in incidents(ctx) {
        let [not_reported, before, after_as_of] = reported_reasons(inc.kind);
        match (inc.reported_to_customer_on, inc.date) {
            (None, _) => em.emit(not_reported, path, &[p("subject", subject)]),
            (Some(r), Some(d)) if r < d => em.emit(
                before,
                path,
                &[p("subject", subject), p("reported", r), p("happened", d)],
            ),
            (Some(r), _) if r > ctx.as_of => em.emit(
                after_as_of,
                path,
                &[p("subject", subject), p("reported", r)],
            ),
            _ => {}
        }
    }
}

/// 7.2.4: each incident of customer property records its date, description, action and a
/// retained record.
pub static INCIDENT_RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.4-property-incident-recorded",
        clause: "7.2.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Customer property incidents recorded",
            "顾客财产问题保留成文信息",
        ),
        reasons: &[
            LOSS_NO_DATE,
            LOSS_NO_DESCRIPTION,
            LOSS_NO_ACTION,
            LOSS_NO_RECORD,
            DAMAGE_NO_DATE,
            DAMAGE_NO_DESCRIPTION,
            DAMAGE_NO_ACTION,
            DAMAGE_NO_RECORD,
            UNSUITABLE_NO_DATE,
            UNSUITABLE_NO_DESCRIPTION,
            UNSUITABLE_NO_ACTION,
            UNSUITABLE_NO_RECORD,
            RECORD_DISPOSED,
        ],
        covers: &[],
    },
    check: check_incident_recorded,
    obligations: None,
};

const LOSS_NO_DATE: Reason = Reason::new(
    "loss-no-date",
    "The loss of customer property '{subject}' has no date.",
    "顾客财产“{subject}”的丢失没有发生日期。",
);
const LOSS_NO_DESCRIPTION: Reason = Reason::new(
    "loss-no-description",
    "The loss of customer property '{subject}' has no description.",
    "顾客财产“{subject}”的丢失没有情况描述。",
);
const LOSS_NO_ACTION: Reason = Reason::new(
    "loss-no-action",
    "The loss of customer property '{subject}' has no action taken.",
    "顾客财产“{subject}”的丢失没有所采取的措施。",
);
const LOSS_NO_RECORD: Reason = Reason::new(
    "loss-no-record",
    "The loss of customer property '{subject}' has no retained record.",
    "顾客财产“{subject}”的丢失没有保留的成文信息。",
);
const DAMAGE_NO_DATE: Reason = Reason::new(
    "damage-no-date",
    "The damage of customer property '{subject}' has no date.",
    "顾客财产“{subject}”的损坏没有发生日期。",
);
const DAMAGE_NO_DESCRIPTION: Reason = Reason::new(
    "damage-no-description",
    "The damage of customer property '{subject}' has no description.",
    "顾客财产“{subject}”的损坏没有情况描述。",
);
const DAMAGE_NO_ACTION: Reason = Reason::new(
    "damage-no-action",
    "The damage of customer property '{subject}' has no action taken.",
    "顾客财产“{subject}”的损坏没有所采取的措施。",
);
const DAMAGE_NO_RECORD: Reason = Reason::new(
    "damage-no-record",
    "The damage of customer property '{subject}' has no retained record.",
    "顾客财产“{subject}”的损坏没有保留的成文信息。",
);
const UNSUITABLE_NO_DATE: Reason = Reason::new(
    "unsuitability-no-date",
    "The unsuitability of customer property '{subject}' has no date.",
    "顾客财产“{subject}”的不适用情况没有发生日期。",
);
const UNSUITABLE_NO_DESCRIPTION: Reason = Reason::new(
    "unsuitability-no-description",
    "The unsuitability of customer property '{subject}' has no description.",
    "顾客财产“{subject}”的不适用情况没有情况描述。",
);
const UNSUITABLE_NO_ACTION: Reason = Reason::new(
    "unsuitability-no-action",
    "The unsuitability of customer property '{subject}' has no action taken.",
    "顾客财产“{subject}”的不适用情况没有所采取的措施。",
);
const UNSUITABLE_NO_RECORD: Reason = Reason::new(
    "unsuitability-no-record",
    "The unsuitability of customer property '{subject}' has no retained record.",
    "顾客财产“{subject}”的不适用情况没有保留的成文信息。",
);

/// The reasons of [`INCIDENT_RECORDED`] for a kind of incident: no date, no description,
/// no action, no record.
fn recorded_reasons(kind: K) -> [&'static Reason; 4] {
    match kind {
        K::Loss => [
            &LOSS_NO_DATE,
            &LOSS_NO_DESCRIPTION,
            &LOSS_NO_ACTION,
            &LOSS_NO_RECORD,
        ],
        K::Damage => [
            &DAMAGE_NO_DATE,
            &DAMAGE_NO_DESCRIPTION,
            &DAMAGE_NO_ACTION,
            &DAMAGE_NO_RECORD,
        ],
        K::Unsuitable => [
            &UNSUITABLE_NO_DATE,
            &UNSUITABLE_NO_DESCRIPTION,
            &UNSUITABLE_NO_ACTION,
            &UNSUITABLE_NO_RECORD,
        ],
    }
}

const RECORD_DISPOSED: Reason = Reason::new(
    "record-not-retained",
    "Customer property '{subject}': the incident record '{document}' was disposed of and is no longer retained.",
    "顾客财产“{subject}”的事件记录“{document}”已处置，未予保留。",
);

fn check_incident_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, inc) in incidents(ctx) {
        let [no_date, no_description, no_action, no_record] = recorded_reasons(inc.kind);
        missing(
            em,
            &path,
            &[p("subject", subject)],
            &[
                (inc.date.is_none(), no_date),
                (blank(&inc.description), no_description),
                (blank(&inc.action), no_action),
                (inc.record.is_none(), no_record),
            ],
        );
        if let Some(id) = inc.record {
            emit_not_retained(
                ctx,
                em,
                &RECORD_DISPOSED,
                &path,
                id,
                &[p("subject", subject)],
            );
        }
    }
}
