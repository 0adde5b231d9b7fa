//! 9.2 e)–f) — 更新风险和机遇、变更管理体系: when a nonconformity makes it necessary, the
//! risks and opportunities determined in planning are updated (e) and the management system
//! is changed (f); a closed nonconformity records whether either was needed.

use super::ncs;
use crate::rules::prelude::*;

/// 9.2 e): a closed nonconformity says whether risks and opportunities needed updating, and
/// a needed update records what was updated and when.
pub static RISK_UPDATE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.e-risk-update",
        clause: "9.2.e",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Risks and opportunities updated when needed",
            "需要时更新风险和机遇",
        ),
        reasons: &[RISK_UNDECIDED, RISK_UPDATE_UNRECORDED],
        covers: &[],
    },
    check: check_risk_update,
    obligations: None,
};

const RISK_UNDECIDED: Reason = Reason::new(
    "undecided",
    "Nonconformity '{subject}': closed without deciding whether risks and opportunities needed updating.",
    "不符合“{subject}”：关闭前未判定是否需要更新风险和机遇。",
);
const RISK_UPDATE_UNRECORDED: Reason = Reason::new(
    "update-unrecorded",
    "Nonconformity '{subject}': an update of risks and opportunities was needed, but the updated risks or register and the date are not recorded.",
    "不符合“{subject}”：需要更新风险和机遇，但未记录更新的风险或登记表及日期。",
);

fn check_risk_update(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let u = &n.risk_update;
        let params = [p("subject", &n.title)];
        match u.needed {
            None if n.is_closed() => em.emit(&RISK_UNDECIDED, &path, &params),
            Some(true) if (u.risks.is_empty() && u.documents.is_empty()) || u.date.is_none() => em
                .emit(
                    &RISK_UPDATE_UNRECORDED,
                    format!("{path}/riskUpdate"),
                    &params,
                ),
            _ => {}
        }
    }
}

/// 9.2 f): a closed nonconformity says whether the management system needed changing, and a
/// needed change records what was changed and when.
pub static SYSTEM_CHANGE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-9.2.f-system-change",
        clause: "9.2.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Management system changed when needed",
            "需要时变更管理体系",
        ),
        reasons: &[CHANGE_UNDECIDED, CHANGE_UNRECORDED],
        covers: &[],
    },
    check: check_system_change,
    obligations: None,
};

const CHANGE_UNDECIDED: Reason = Reason::new(
    "undecided",
    "Nonconformity '{subject}': closed without deciding whether the management system needed changing.",
    "不符合“{subject}”：关闭前未判定是否需要变更管理体系。",
);
const CHANGE_UNRECORDED: Reason = Reason::new(
    "change-unrecorded",
    "Nonconformity '{subject}': a change of the management system was needed, but the change or changed documents and the date are not recorded.",
    "不符合“{subject}”：需要变更管理体系，但未记录变更或变更的文件及日期。",
);

fn check_system_change(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, n) in ncs(ctx) {
        let c = &n.system_change;
        let params = [p("subject", &n.title)];
        match c.needed {
            None if n.is_closed() => em.emit(&CHANGE_UNDECIDED, &path, &params),
            Some(true) if (c.changes.is_empty() && c.documents.is_empty()) || c.date.is_none() => {
                em.emit(&CHANGE_UNRECORDED, format!("{path}/systemChange"), &params)
            }
            _ => {}
        }
    }
}
