//! 9.2 e)–f) — 更新风险和机遇、变更管理体系: when a nonconformity makes it necessary (需要时),
//! the risks and opportunities determined in planning are updated (e) and the management
//! system is changed (f). These are conditional: the shall rules report only where the
//! record says the update or change was needed; a closed nonconformity that does not say
//! is a warning asking for the decision ([`NEED_UNDECIDED`]), not a nonconformity.

use super::ncs;
use crate::rules::prelude::*;

/// 9.2 e): an update of risks and opportunities the record says was needed records what was
/// updated and when.
pub static RISK_UPDATE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.e-risk-update",
        clause: "9.2.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Risks and opportunities updated when needed",
            "需要时更新风险和机遇",
        ),
        reasons: &[RISK_UPDATE_UNRECORDED, RISK_UPDATE_BEFORE_DETECTED],
        covers: &[],
    },
    check: check_risk_update,
    obligations: None,
};

const RISK_UNDECIDED: Reason = Reason::new(
    "risk-undecided",
    "Nonconformity '{subject}': closed without deciding whether risks and opportunities needed updating.",
    "不符合“{subject}”：关闭前未判定是否需要更新风险和机遇。",
);
const RISK_UPDATE_UNRECORDED: Reason = Reason::new(
    "update-unrecorded",
    "Nonconformity '{subject}': an update of risks and opportunities was needed, but the updated risks or register and the date are not recorded.",
    "不符合“{subject}”：需要更新风险和机遇，但未记录更新的风险或登记表及日期。",
);

const RISK_UPDATE_BEFORE_DETECTED: Reason = Reason::new(
    "update-before-detected",
    "Nonconformity '{subject}': the update of risks and opportunities is dated {date}, before the nonconformity was detected on {detected}, so it cannot be the update it made necessary.",
    "不符合“{subject}”：风险和机遇的更新日期{date}早于不符合的发现日期{detected}，不能作为因该不符合而进行的更新。",
);

fn check_risk_update(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let u = &n.risk_update;
        let params = [p("subject", &n.title)];
        match u.needed {
            Some(true) if (u.risks.is_empty() && u.documents.is_empty()) || u.date.is_none() => em
                .emit(
                    &RISK_UPDATE_UNRECORDED,
                    format!("{path}/riskUpdate"),
                    &params,
                ),
            _ => {}
        }
        if let (Some(true), Some(date), Some(detected)) = (u.needed, u.date, n.detected)
            && date < detected
        {
            em.emit(
                &RISK_UPDATE_BEFORE_DETECTED,
                format!("{path}/riskUpdate"),
                &[
                    p("subject", &n.title),
                    p("date", date),
                    p("detected", detected),
                ],
            );
        }
    }
}

/// 9.2 f): a change of the management system the record says was needed records what was
/// changed and when.
pub static SYSTEM_CHANGE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.f-system-change",
        clause: "9.2.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Management system changed when needed",
            "需要时变更管理体系",
        ),
        reasons: &[CHANGE_UNRECORDED, CHANGE_BEFORE_DETECTED],
        covers: &[],
    },
    check: check_system_change,
    obligations: None,
};

const CHANGE_UNDECIDED: Reason = Reason::new(
    "change-undecided",
    "Nonconformity '{subject}': closed without deciding whether the management system needed changing.",
    "不符合“{subject}”：关闭前未判定是否需要变更管理体系。",
);
const CHANGE_UNRECORDED: Reason = Reason::new(
    "change-unrecorded",
    "Nonconformity '{subject}': a change of the management system was needed, but the change or changed documents and the date are not recorded.",
    "不符合“{subject}”：需要变更管理体系，但未记录变更或变更的文件及日期。",
);

const CHANGE_BEFORE_DETECTED: Reason = Reason::new(
    "change-before-detected",
    "Nonconformity '{subject}': the change of the management system is dated {date}, before the nonconformity was detected on {detected}, so it cannot be the change it made necessary.",
    "不符合“{subject}”：管理体系的变更日期{date}早于不符合的发现日期{detected}，不能作为因该不符合而进行的变更。",
);

fn check_system_change(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let c = &n.system_change;
        let params = [p("subject", &n.title)];
        match c.needed {
            Some(true) if (c.changes.is_empty() && c.documents.is_empty()) || c.date.is_none() => {
                em.emit(&CHANGE_UNRECORDED, format!("{path}/systemChange"), &params)
            }
            _ => {}
        }
        if let (Some(true), Some(date), Some(detected)) = (c.needed, c.date, n.detected)
            && date < detected
        {
            em.emit(
                &CHANGE_BEFORE_DETECTED,
                format!("{path}/systemChange"),
                &[
                    p("subject", &n.title),
                    p("date", date),
                    p("detected", detected),
                ],
            );
        }
    }
}

/// 9.2 e)–f): a closed nonconformity that does not say whether risks and opportunities needed
/// updating, or whether the management system needed changing. The standard asks for either
/// only "as needed"; without the decision the records cannot show whether it was needed, so
/// this is a warning asking for it.
pub static NEED_UNDECIDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.e-need-undecided",
        clause: "9.2.e",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Need for updates decided at closure",
            "关闭时判定是否需要更新或变更",
        ),
        reasons: &[RISK_UNDECIDED, CHANGE_UNDECIDED],
        covers: &["9.2.f"],
    },
    check: check_need_undecided,
    obligations: None,
};

fn check_need_undecided(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        if !n.is_closed() {
            continue;
        }
        let params = [p("subject", &n.title)];
        if n.risk_update.needed.is_none() {
            em.emit_at("9.2.e", &RISK_UNDECIDED, &path, &params);
        }
        if n.system_change.needed.is_none() {
            em.emit_at("9.2.f", &CHANGE_UNDECIDED, &path, &params);
        }
    }
}
