//! 7.7 — 信息安全 (policy, awareness, responsibilities, technical measures): the organization
//! establishes a documented information-security policy and procedures, trains everyone in
//! security awareness periodically (a), assigns security responsibilities (b) and provides
//! technical measures, equipment and facilities that protect every system in use (c).
//! Incidents (d) are in [`super::security_incidents`], risks (e, f) in
//! [`super::security_risks`].

use super::shared::emit_not_current;
use super::shared::emit_role_vacant;
use crate::model::EcmsDocument;
use crate::model::operation::information::SystemStatus;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::information::IM;
use super::security_risks;
use super::shared::emit_missing_intervals;

pub(super) const SC: &str = "/operation/security";

/// 7.7: a documented information-security policy and procedures are recorded.
pub static POLICY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7-security-policy",
        clause: "7.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Security policy and procedures established",
            "建立信息安全策略和程序",
        ),
        reasons: &[NO_POLICY, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_policy,
    obligations: None,
};

const NO_POLICY: Reason = Reason::new(
    "missing",
    "No documented information-security policy and procedures are recorded.",
    "未记录成文的信息安全策略和程序。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The information-security policy and procedures are held in document '{document}', which is not the version in force ({status}).",
    "信息安全策略和程序所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_policy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.security.policy.is_none() {
        em.emit(&NO_POLICY, SC, &[]);
    }
    if let Some(id) = ctx.doc.operation.security.policy {
        emit_not_current(ctx, em, &DOCUMENT_NOT_CURRENT, SC, id, &[]);
    }
}

/// 7.7 a): each person attends security awareness training at the interval declared.
pub static AWARENESS_TRAINING_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.a-awareness-training-overdue",
        clause: "7.7.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Everyone trained in security awareness",
            "全员接受信息安全意识培训",
        ),
        reasons: &[TRAINING_OVERDUE],
        covers: &[],
    },
    check: check_training_overdue,
    obligations: Some(awareness_duties),
};

const TRAINING_OVERDUE: Reason = Reason::new(
    "overdue",
    "{subject} was due for security awareness training on {due} (interval {interval}, last {last}).",
    "{subject}应于{due}参加信息安全意识培训（周期{interval}，上次{last}）。",
);

/// Reports overdue training only for people in scope on the as-of date: employed and past
/// the joiner grace period (parameter `joinerGracePeriod`).
fn check_training_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let people = &ctx.doc.support.people;
    let in_scope = |path: &str| {
        path.strip_prefix("/support/people/")
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| people.get(i))
            .is_none_or(|pe| ctx.staff_in_scope(pe))
    };
    let rule_id = em.rule_id().to_owned();
    let kept: Vec<crate::rules::Obligation> = ctx
        .obligations
        .iter()
        .filter(|o| o.rule_id != rule_id || in_scope(&o.path))
        .cloned()
        .collect();
    let scoped = Ctx {
        obligations: &kept,
        ..*ctx
    };
    emit_overdue(&scoped, em, &TRAINING_OVERDUE);
}

fn awareness_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let aw = &doc.operation.security.awareness;
    let Some(interval) = aw.interval else {
        return;
    };
    for (i, person) in doc.support.people.iter().enumerate() {
        let last = out.latest(
            aw.sessions
                .iter()
                .filter(|s| s.attendees.contains(&person.id))
                .map(|s| s.date),
        );
        out.push(Duty {
            path: format!("/support/people/{i}"),
            subject: person.label(),
            activity: t("security awareness training", "信息安全意识培训"),
            interval: Some(interval),
            last_done: last,
            anchor: None,
            evidence: Evidence::Records,
        });
    }
}

/// 7.7 b): security responsibilities are assigned, each duty to a role.
pub static RESPONSIBILITIES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.b-responsibilities-assigned",
        clause: "7.7.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Security responsibilities assigned", "确立信息安全责任制"),
        reasons: &[NONE_ASSIGNED, NO_ROLE, ROLE_VACANT],
        covers: &[],
    },
    check: check_responsibilities,
    obligations: None,
};

const NONE_ASSIGNED: Reason = Reason::new(
    "none-assigned",
    "No information-security responsibility is assigned.",
    "未确立任何信息安全责任。",
);
const NO_ROLE: Reason = Reason::new(
    "no-role",
    "Security duty '{duty}' is assigned to no role.",
    "信息安全职责“{duty}”未分配到岗位。",
);

const ROLE_VACANT: Reason = Reason::new(
    "role-vacant",
    "Security duty '{duty}' is assigned to role '{role}', which nobody holds on the evaluation date.",
    "信息安全职责“{duty}”所分配的岗位“{role}”在评价日无人担任。",
);

fn check_responsibilities(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let rs = &ctx.doc.operation.security.responsibilities;
    if rs.is_empty() {
        em.emit(&NONE_ASSIGNED, SC, &[]);
    }
    for (i, r) in rs.iter().enumerate() {
        if r.role.is_none() {
            em.emit(
                &NO_ROLE,
                format!("{SC}/responsibilities/{i}"),
                &[p("duty", &r.duty)],
            );
        }
        if let Some(role) = r.role {
            emit_role_vacant(
                ctx,
                em,
                &ROLE_VACANT,
                &format!("{SC}/responsibilities/{i}"),
                role,
                &[p("duty", &r.duty)],
            );
        }
    }
}

/// 7.7 c): at least one technical security measure, equipment or facility is recorded.
pub static TECHNICAL_MEASURES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.c-technical-measures",
        clause: "7.7.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t(
            "Technical security measures provided",
            "提供信息安全技术保障",
        ),
        reasons: &[NO_MEASURES],
        covers: &[],
    },
    check: check_technical_measures,
    obligations: None,
};

const NO_MEASURES: Reason = Reason::new(
    "missing",
    "No technical security measure, equipment or facility is recorded.",
    "未记录任何信息安全技术措施或设备设施。",
);

fn check_technical_measures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.security.technical_measures.is_empty() {
        em.emit(&NO_MEASURES, SC, &[]);
    }
}

/// 7.7 c): each information system in use is covered by a technical measure.
pub static SYSTEMS_PROTECTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7.c-systems-protected",
        clause: "7.7.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Every system protected", "各信息系统受保护"),
        reasons: &[UNPROTECTED],
        covers: &[],
    },
    check: check_systems_protected,
    obligations: None,
};

const UNPROTECTED: Reason = Reason::new(
    "unprotected",
    "Information system '{subject}' is covered by no technical security measure.",
    "信息系统“{subject}”没有任何技术安全措施覆盖。",
);

fn check_systems_protected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let measures = &ctx.doc.operation.security.technical_measures;
    if measures.is_empty() {
        return;
    }
    for (i, s) in ctx.doc.operation.information.systems.iter().enumerate() {
        if s.status != Some(SystemStatus::InUse) {
            continue;
        }
        if !measures.iter().any(|m| m.systems.contains(&s.id)) {
            em.emit(
                &UNPROTECTED,
                format!("{IM}/systems/{i}"),
                &[p("subject", &s.name)],
            );
        }
    }
}

/// 7.7, 7.7 a), e): awareness training and risk reassessments declare their intervals, so
/// they can be planned.
pub static REVIEW_INTERVALS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7-review-intervals",
        clause: "7.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Security training and risk reviews scheduled",
            "安全培训和风险评估规定周期",
        ),
        reasons: &[NO_AWARENESS_INTERVAL, NO_RISK_REVIEW_INTERVAL],
        covers: &["7.7.a", "7.7.e"],
    },
    check: check_intervals,
    obligations: None,
};

const NO_AWARENESS_INTERVAL: Reason = Reason::new(
    "no-awareness-interval",
    "'Security awareness' declares no interval for its security awareness training, so it cannot be planned.",
    "信息安全意识培训未规定周期，无法策划。",
);
const NO_RISK_REVIEW_INTERVAL: Reason = Reason::new(
    "no-risk-review-interval",
    "'{subject}' declares no interval for its security risk reassessment, so it cannot be planned.",
    "“{subject}”未规定信息安全风险评估周期，无法策划。",
);

fn check_intervals(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let aw = &ctx.doc.operation.security.awareness;
    // The awareness obligation exists per person only once an interval is declared, so
    // its absence is checked here rather than through the obligations.
    if aw.interval.is_none() && !ctx.doc.support.people.is_empty() {
        em.emit_at("7.7.a", &NO_AWARENESS_INTERVAL, SC, &[]);
    }
    emit_missing_intervals(
        ctx,
        em,
        &[(&security_risks::REVIEW_OVERDUE, &NO_RISK_REVIEW_INTERVAL)],
    );
}

/// 7.7: interested parties working under the organization's control that handle customer
/// data — providers and carriers marked as doing so, and the providers of outsourced
/// processes — have accepted security obligations, recorded with the agreement that holds
/// them and the date of acceptance.
pub static PARTY_OBLIGATIONS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.7-party-obligations",
        clause: "7.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Parties under the organization's control bound to security obligations",
            "在组织控制下工作的相关方承担信息安全义务",
        ),
        reasons: &[NO_OBLIGATIONS, OBLIGATIONS_INCOMPLETE],
        covers: &[],
    },
    check: check_party_obligations,
    obligations: None,
};

const NO_OBLIGATIONS: Reason = Reason::new(
    "no-obligations",
    "'{subject}' handles customer data or runs an outsourced process, but no security obligations it has accepted are recorded.",
    "“{subject}”处理顾客数据或承担外包过程，但未记录其接受的信息安全义务。",
);
const OBLIGATIONS_INCOMPLETE: Reason = Reason::new(
    "obligations-incomplete",
    "The security obligations of '{subject}' do not record the obligations, the agreement that holds them and the date they were accepted.",
    "“{subject}”的信息安全义务记录未写明义务内容、所依据的协议和接受日期。",
);

fn check_party_obligations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let doc = ctx.doc;
    let sc = &doc.operation.supply_chain;
    let obligations = &doc.operation.security.party_obligations;
    let supplier_name = |id: crate::ids::SupplierId| {
        sc.suppliers
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let bound_supplier = |id| obligations.iter().any(|o| o.provider == Some(id));
    for (i, s) in sc.suppliers.iter().enumerate() {
        if s.handles_customer_data && !bound_supplier(s.id) {
            em.emit(
                &NO_OBLIGATIONS,
                format!("/operation/supplyChain/suppliers/{i}"),
                &[p("subject", &s.name)],
            );
        }
    }
    for (i, c) in sc.carriers.iter().enumerate() {
        if c.handles_customer_data && !obligations.iter().any(|o| o.carrier == Some(c.id)) {
            em.emit(
                &NO_OBLIGATIONS,
                format!("/operation/supplyChain/carriers/{i}"),
                &[p("subject", &c.name)],
            );
        }
    }
    for (i, pr) in doc.context.processes.iter().enumerate() {
        if let (true, Some(provider)) = (pr.outsourced, pr.provider)
            && !bound_supplier(provider)
        {
            em.emit(
                &NO_OBLIGATIONS,
                format!("/context/processes/{i}"),
                &[p("subject", supplier_name(provider))],
            );
        }
    }
    for (i, o) in obligations.iter().enumerate() {
        if all_blank(&o.obligations) || o.agreement.is_none() || o.accepted_on.is_none() {
            let subject = if let Some(id) = o.provider {
                supplier_name(id)
            } else if let Some(id) = o.carrier {
                sc.carriers
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.name.clone())
                    .unwrap_or_else(|| id.to_string())
            } else if let Some(id) = o.party {
                doc.context
                    .interested_parties
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| id.to_string())
            } else {
                format!("#{}", i + 1)
            };
            em.emit(
                &OBLIGATIONS_INCOMPLETE,
                format!("{SC}/partyObligations/{i}"),
                &[p("subject", subject)],
            );
        }
    }
}
