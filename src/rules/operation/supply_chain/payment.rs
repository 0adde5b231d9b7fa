//! 7.3.7 — 支付管理: payment platforms in use are recorded under a documented payment
//! management procedure; each platform is licensed or recognised by a competent authority and
//! has its information security assessed at planned intervals and passed; technical measures
//! keep transaction and payment data confidential and intact (a); and the risks to customers'
//! personal data in it are assessed and controlled (b).

use super::super::shared::emit_not_current;
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::{SC, sc};

/// 7.3.7: at least one payment platform is in use.
pub static PLATFORMS_RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7-platforms-recorded",
        clause: "7.3.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Payment platforms recorded", "记录交易及支付平台"),
        reasons: &[NO_PLATFORM],
        covers: &[],
    },
    check: check_platforms_recorded,
    obligations: None,
};

const NO_PLATFORM: Reason = Reason::new(
    "none",
    "No payment platform in use is recorded.",
    "未记录任何在用的交易及支付平台。",
);

fn check_platforms_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !sc(ctx).payment_platforms.iter().any(|x| !x.retired) {
        em.emit(&NO_PLATFORM, SC, &[]);
    }
}

/// 7.3.7: the payment management procedure is recorded and held as documented information.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7-procedure",
        clause: "7.3.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Payment management procedure", "支付管理程序"),
        reasons: &[NOT_RECORDED, NOT_DOCUMENTED, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The payment management procedure is not recorded.",
    "支付管理程序未记录。",
);

const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The payment management procedure is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "支付管理程序未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The payment management procedure is held in document '{document}', which is not the version in force ({status}).",
    "支付管理程序所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).payment_procedure {
        None => em.emit(&NOT_RECORDED, SC, &[]),
        Some(pp) if pp.document.is_none() && ctx.documentation_required() => {
            em.emit(&NOT_DOCUMENTED, format!("{SC}/paymentProcedure"), &[]);
        }
        Some(_) => {}
    }
    if let Some(id) = sc(ctx).payment_procedure.as_ref().and_then(|x| x.document) {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/paymentProcedure"),
            id,
            &[],
        );
    }
}

/// 7.3.7: each platform in use records a complete, current licence or recognition by a
/// competent authority.
pub static PLATFORM_LICENSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7-platform-licensed",
        clause: "7.3.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Payment platform recognised by an authority",
            "支付平台经权威机构认定",
        ),
        reasons: &[NO_LICENCE, LICENCE_INCOMPLETE, LICENCE_EXPIRED],
        covers: &[],
    },
    check: check_platform_licensed,
    obligations: None,
};

const NO_LICENCE: Reason = Reason::new(
    "no-licence",
    "Payment platform '{subject}' records no licence or certification by a competent authority.",
    "支付平台“{subject}”没有记录权威机构的许可或认定。",
);

const LICENCE_INCOMPLETE: Reason = Reason::new(
    "licence-incomplete",
    "Payment platform '{subject}' records its licence without number or issuing authority.",
    "支付平台“{subject}”的许可证缺少编号或发证机关。",
);

const LICENCE_EXPIRED: Reason = Reason::new(
    "licence-expired",
    "Payment platform '{subject}' has a licence that expired on {until}.",
    "支付平台“{subject}”的许可证已于{until}过期。",
);

fn check_platform_licensed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pp) in sc(ctx).payment_platforms.iter().enumerate() {
        if pp.retired {
            continue;
        }
        let path = format!("{SC}/paymentPlatforms/{i}");
        let subject = p("subject", &pp.name);
        match &pp.licence {
            None => em.emit(&NO_LICENCE, path, &[subject]),
            Some(l) if blank(&l.number) || blank(&l.issuer) => {
                em.emit(&LICENCE_INCOMPLETE, format!("{path}/licence"), &[subject]);
            }
            Some(l) => {
                if let Some(until) = l.valid_until
                    && until < ctx.as_of
                {
                    em.emit(
                        &LICENCE_EXPIRED,
                        format!("{path}/licence"),
                        &[subject, p("until", until)],
                    );
                }
            }
        }
    }
}

/// 7.3.7: each platform in use sets an interval for assessing its information security.
pub static SECURITY_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7-security-assessment-interval",
        clause: "7.3.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Platform security assessment interval",
            "支付平台信息安全定期评估",
        ),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_security_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Payment platform '{subject}' has no interval for assessing its information security.",
    "支付平台“{subject}”未规定信息安全评估周期。",
);

fn check_security_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pp) in sc(ctx).payment_platforms.iter().enumerate() {
        if !pp.retired && pp.assessment_interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("{SC}/paymentPlatforms/{i}"),
                &[p("subject", &pp.name)],
            );
        }
    }
}

/// 7.3.7: each platform in use has its information security assessed at its interval.
pub static SECURITY_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7-security-assessment-overdue",
        clause: "7.3.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Platform security assessed on time",
            "支付平台信息安全按期评估",
        ),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(assessment_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The security assessment of payment platform '{subject}' was due on {due} (interval {interval}, last {last}).",
    "支付平台“{subject}”的信息安全评估应于{due}完成（周期{interval}，上次{last}）。",
);

fn assessment_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, pp) in doc
        .operation
        .supply_chain
        .payment_platforms
        .iter()
        .enumerate()
    {
        if pp.retired {
            continue;
        }
        out.push(Duty {
            path: format!("{SC}/paymentPlatforms/{i}"),
            subject: pp.name.clone(),
            activity: t(
                "payment platform security assessment",
                "支付平台信息安全评估",
            ),
            interval: pp.assessment_interval,
            last_done: out.latest(pp.security_assessments.iter().map(|a| a.date)),
            anchor: pp.since,
            evidence: Evidence::Records,
        });
    }
}

/// 7.3.7: the latest security assessment of each platform in use was passed.
pub static SECURITY_PASSED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7-security-assessment-passed",
        clause: "7.3.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Platform passed its security assessment",
            "支付平台通过信息安全评估",
        ),
        reasons: &[NOT_PASSED],
        covers: &[],
    },
    check: check_security_passed,
    obligations: None,
};

const NOT_PASSED: Reason = Reason::new(
    "not-passed",
    "The latest security assessment of payment platform '{subject}' ({date}) was not passed.",
    "支付平台“{subject}”最近一次信息安全评估（{date}）未通过。",
);

fn check_security_passed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pp) in sc(ctx).payment_platforms.iter().enumerate() {
        if pp.retired {
            continue;
        }
        let latest = pp
            .security_assessments
            .iter()
            .enumerate()
            .filter(|(_, a)| a.date <= ctx.as_of)
            .max_by_key(|(_, a)| a.date);
        if let Some((k, a)) = latest
            && !a.passed
        {
            em.emit(
                &NOT_PASSED,
                format!("{SC}/paymentPlatforms/{i}/securityAssessments/{k}"),
                &[p("subject", &pp.name), p("date", a.date)],
            );
        }
    }
}

/// 7.3.7 a): described technical measures keep transaction and payment data from being read
/// by third parties and from being tampered with.
pub static DATA_PROTECTION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7.a-data-protection",
        clause: "7.3.7.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Transaction and payment data protected",
            "交易和支付信息安全保障",
        ),
        reasons: &[NO_CONFIDENTIALITY, NO_INTEGRITY],
        covers: &[],
    },
    check: check_data_protection,
    obligations: None,
};

const NO_CONFIDENTIALITY: Reason = Reason::new(
    "no-confidentiality",
    "No technical measure keeps transaction and payment data from being read by unrelated third parties.",
    "没有技术手段确保交易和支付信息不被无关第三方阅读。",
);

const NO_INTEGRITY: Reason = Reason::new(
    "no-integrity",
    "No technical measure keeps transaction and payment data from being tampered with.",
    "没有技术手段确保交易和支付信息不被篡改。",
);

fn check_data_protection(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(pp) = &sc(ctx).payment_procedure else {
        return;
    };
    let m = &pp.data_protection;
    let path = format!("{SC}/paymentProcedure");
    if !m
        .iter()
        .any(|x| x.confidentiality && !x.description.trim().is_empty())
    {
        em.emit(&NO_CONFIDENTIALITY, &path, &[]);
    }
    if !m
        .iter()
        .any(|x| x.integrity && !x.description.trim().is_empty())
    {
        em.emit(&NO_INTEGRITY, &path, &[]);
    }
}

/// 7.3.7 b): the risks to customers' personal data in transaction and payment data are
/// assessed — dated, by an assessor — and each risk identified is controlled.
pub static PII_RISK_ASSESSMENT: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.7.b-pii-risk-assessment",
        clause: "7.3.7.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Personal data in payments risk-assessed",
            "支付信息中个人信息的风险评估",
        ),
        reasons: &[
            ASSESSMENT_NOT_RECORDED,
            ASSESSMENT_INCOMPLETE,
            NO_RISKS,
            RISK_UNCONTROLLED,
        ],
        covers: &[],
    },
    check: check_pii_risk_assessment,
    obligations: None,
};

const ASSESSMENT_NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The personal-data risk assessment of transaction and payment data is not recorded.",
    "交易和支付信息中顾客个人信息的安全风险评估未记录。",
);

const ASSESSMENT_INCOMPLETE: Reason = Reason::new(
    "no-date-or-assessor",
    "The personal-data risk assessment of transaction and payment data records no date or assessor.",
    "交易和支付信息中顾客个人信息的安全风险评估未记录日期或评估人。",
);

const NO_RISKS: Reason = Reason::new(
    "no-risks",
    "The personal-data risk assessment of transaction and payment data identifies no risks.",
    "交易和支付信息中顾客个人信息的安全风险评估未识别任何风险。",
);

const RISK_UNCONTROLLED: Reason = Reason::new(
    "risk-uncontrolled",
    "The personal-data risk assessment of transaction and payment data has no control for the risk '{risk}'.",
    "交易和支付信息中顾客个人信息的安全风险评估对风险“{risk}”未采取控制措施。",
);

fn check_pii_risk_assessment(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(pp) = &sc(ctx).payment_procedure else {
        return;
    };
    let path = format!("{SC}/paymentProcedure");
    let Some(ra) = &pp.pii_risk_assessment else {
        em.emit(&ASSESSMENT_NOT_RECORDED, &path, &[]);
        return;
    };
    let rpath = format!("{path}/piiRiskAssessment");
    if ra.date.is_none() || ra.assessor.is_none() {
        em.emit(&ASSESSMENT_INCOMPLETE, &rpath, &[]);
    }
    if ra.risks.is_empty() {
        em.emit(&NO_RISKS, &rpath, &[]);
    }
    for (k, r) in ra.risks.iter().enumerate() {
        if all_blank(&r.controls) {
            em.emit(
                &RISK_UNCONTROLLED,
                format!("{rpath}/risks/{k}"),
                &[p("risk", &r.description)],
            );
        }
    }
}
