//! 6.1.6 — 监视和测量资源 (monitoring and measuring resources): resources used to verify
//! conformity are suitable (a), calibrated or verified at intervals and not used when found
//! unfit (b), with retained evidence.

use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::*;

/// 6.1.6: monitoring and measuring resources determined. The clause applies "when monitoring
/// or measurement is used to verify conformity" (当…时); the records cannot show that it is
/// not, so an organization with no resource recorded gets a warning asking it to determine
/// them or to state that it does not verify conformity by measurement — not a nonconformity.
pub static DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.6-instruments",
        clause: "6.1.6",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Monitoring and measuring resources determined",
            "确定监视和测量资源",
        ),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_instruments,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No monitoring or measuring resource is recorded: if monitoring or measurement verifies that products and services conform, determine the resources it needs.",
    "未记录任何监视和测量资源：如利用监视或测量验证产品和服务符合要求，应确定所需的资源。",
);

fn check_instruments(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).instruments.is_empty() {
        em.emit(&NONE, "/support", &[]);
    }
}

/// 6.1.6.a: resources suit the measurement.
pub static SUITABILITY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.6.a-suitability",
        clause: "6.1.6.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Resources suit the measurement", "资源适合监测活动"),
        reasons: &[
            NO_PURPOSE,
            NO_ACCURACY,
            NOT_CONFIRMED,
            CONFIRMER_NOT_EMPLOYED,
        ],
        covers: &[],
    },
    check: check_suitability,
    obligations: None,
};

const NO_PURPOSE: Reason = Reason::new(
    "no-purpose",
    "Monitoring or measuring resource '{subject}' has no stated purpose (what it verifies).",
    "监视和测量资源“{subject}”没有用途说明（验证什么）。",
);

const NO_ACCURACY: Reason = Reason::new(
    "no-accuracy",
    "Monitoring or measuring resource '{subject}' has no range and accuracy.",
    "监视和测量资源“{subject}”没有量程和准确度。",
);

const CONFIRMER_NOT_EMPLOYED: Reason = Reason::new(
    "confirmer-not-employed",
    "The suitability of monitoring or measuring resource '{subject}' was confirmed on {date} by {person}, who did not work for the organization that day.",
    "监视和测量资源“{subject}”的适用性于{date}由{person}确认，但其当日不在本组织任职。",
);

const NOT_CONFIRMED: Reason = Reason::new(
    "not-confirmed",
    "Monitoring or measuring resource '{subject}' has no confirmation of suitability.",
    "监视和测量资源“{subject}”没有适用性确认。",
);

fn check_suitability(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        if !m.in_use() {
            continue;
        }
        let path = format!("/support/instruments/{i}");
        if blank(&m.purpose) {
            em.emit(&NO_PURPOSE, &path, &[p("subject", &m.name)]);
        }
        if blank(&m.accuracy) {
            em.emit(&NO_ACCURACY, &path, &[p("subject", &m.name)]);
        }
        match m.suitability_confirmed.as_ref() {
            Some(a) if a.is_complete() => {
                if let (Some(by), Some(date)) = (a.by, a.date)
                    && support(ctx)
                        .people
                        .iter()
                        .any(|pe| pe.id == by && !pe.is_active(date))
                {
                    em.emit(
                        &CONFIRMER_NOT_EMPLOYED,
                        format!("{path}/suitabilityConfirmed"),
                        &[
                            p("subject", &m.name),
                            p("date", date),
                            p("person", person_name(ctx.doc, by)),
                        ],
                    );
                }
            }
            _ => em.emit(&NOT_CONFIRMED, &path, &[p("subject", &m.name)]),
        }
    }
}

/// 6.1.6.b: calibration or verification interval set.
pub static CALIBRATION_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.6.b-calibration-interval",
        clause: "6.1.6.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Calibration or verification interval set",
            "规定校准或检定周期",
        ),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_calibration_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Monitoring or measuring resource '{subject}' declares no calibration or verification interval.",
    "监视和测量资源“{subject}”未规定校准或检定周期。",
);

fn check_calibration_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        if m.in_use() && m.calibration.interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("/support/instruments/{i}"),
                &[p("subject", &m.name)],
            );
        }
    }
}

/// 6.1.6.b: calibration or verification on time.
pub static CALIBRATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.6.b-calibration-overdue",
        clause: "6.1.6.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Calibration or verification on time", "按期校准或检定"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_calibration_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The calibration or verification of '{subject}' was due on {due} (interval {interval}, last {last}).",
    "“{subject}”应于{due}校准或检定（周期{interval}，上次{last}）。",
);

fn duties_calibration_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, m) in doc
        .support
        .instruments
        .iter()
        .enumerate()
        .filter(|(_, m)| m.in_use())
    {
        let last_record = out.latest(m.records.iter().map(|r| r.date));
        out.push(Duty {
            path: format!("/support/instruments/{i}"),
            subject: m.name.clone(),
            activity: t("calibration or verification", "校准或检定"),
            interval: m.calibration.interval,
            // The calibration records are the evidence; without any, the schedule's date
            // (backed by its record, if it names one).
            last_done: last_record.or(m.calibration.last_done),
            anchor: None,
            evidence: if last_record.is_some() {
                Evidence::Records
            } else {
                Evidence::Schedule(m.calibration.record)
            },
        });
    }
}

/// 6.1.6.b: failed resources taken out of use.
pub static FAILED_IN_USE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.6.b-failed-in-use",
        clause: "6.1.6.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Failed resources taken out of use",
            "不合格的测量资源停止使用",
        ),
        reasons: &[FAILED],
        covers: &[],
    },
    check: check_failed_in_use,
    obligations: None,
};

const FAILED: Reason = Reason::new(
    "failed",
    "Monitoring or measuring resource '{subject}' failed its calibration on {date} and is still in use.",
    "监视和测量资源“{subject}”于{date}校准不合格，仍在使用。",
);

fn check_failed_in_use(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    use crate::model::support::CalibrationResult;
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        if !m.in_use() {
            continue;
        }
        let latest = m
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.date <= ctx.as_of)
            .max_by_key(|(_, r)| r.date);
        if let Some((j, r)) = latest
            && r.result == Some(CalibrationResult::Fail)
        {
            em.emit(
                &FAILED,
                format!("/support/instruments/{i}/records/{j}"),
                &[p("subject", &m.name), p("date", r.date)],
            );
        }
    }
}

/// 6.1.6: evidence of fitness retained.
pub static CALIBRATION_EVIDENCE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.6-calibration-evidence",
        clause: "6.1.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Evidence of fitness retained", "保存测量资源适用的证据"),
        reasons: &[NO_LAST_RECORD, NO_CERTIFICATE, NEVER_CALIBRATED],
        covers: &[],
    },
    check: check_calibration_evidence,
    obligations: None,
};

const NO_LAST_RECORD: Reason = Reason::new(
    "no-last-record",
    "Monitoring or measuring resource '{subject}': no calibration or verification record for the last one, on {last}.",
    "监视和测量资源“{subject}”：没有{last}最近一次校准或检定的记录。",
);

const NO_CERTIFICATE: Reason = Reason::new(
    "no-certificate",
    "Monitoring or measuring resource '{subject}': the calibration of {date} points at no certificate or record.",
    "监视和测量资源“{subject}”：{date}的校准未指向证书或记录。",
);

const NEVER_CALIBRATED: Reason = Reason::new(
    "never-calibrated",
    "Monitoring or measuring resource '{subject}': no record shows it was ever calibrated or verified.",
    "监视和测量资源“{subject}”：没有任何校准或检定记录。",
);

fn check_calibration_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        let path = format!("/support/instruments/{i}");
        if let Some(last) = m.calibration.last_done
            && !m.records.iter().any(|r| r.date == last)
        {
            em.emit(
                &NO_LAST_RECORD,
                &path,
                &[p("subject", &m.name), p("last", last)],
            );
        }
        for (j, r) in m.records.iter().enumerate() {
            if r.certificate.is_none() {
                em.emit(
                    &NO_CERTIFICATE,
                    format!("{path}/records/{j}"),
                    &[p("subject", &m.name), p("date", r.date)],
                );
            }
        }
        if m.in_use() && m.calibration.last_done.is_none() && m.records.is_empty() {
            em.emit(&NEVER_CALIBRATED, &path, &[p("subject", &m.name)]);
        }
    }
}
