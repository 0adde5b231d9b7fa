//! 4.2.2 — 战略沟通: the strategies are held as documented information (a), communicated and
//! applied inside the organization (b) and, where suitable, made available to interested
//! parties (c).
//!
//! A record dated after the evaluation date (an approval, a briefing) counts as not having
//! happened yet.

use crate::model::support::DocumentStatus;
use crate::rules::prelude::*;

use super::shared::{reached, top_approval};

/// 4.2.2 a): each strategy is held in an effective document.
pub static DOCUMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.2.a-strategy-documented",
        clause: "4.2.2.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Strategies held as documented information",
            "战略形成成文信息",
        ),
        reasons: &[NOT_DOCUMENTED, DOCUMENT_NOT_EFFECTIVE],
        covers: &[],
    },
    check: check_documented,
    obligations: None,
};

const NOT_DOCUMENTED: Reason = Reason::new(
    "not-documented",
    "Strategy '{subject}' is not held as documented information.",
    "战略“{subject}”未形成成文信息。",
);
const DOCUMENT_NOT_EFFECTIVE: Reason = Reason::new(
    "document-not-effective",
    "Strategy '{subject}' is held in '{document}', which is not an effective document.",
    "战略“{subject}”所在文件“{document}”不是现行有效文件。",
);

fn check_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        let path = format!("/leadership/strategies/{i}");
        let Some(doc_id) = s.document else {
            em.emit(&NOT_DOCUMENTED, path, &[p("subject", &s.title)]);
            continue;
        };
        // A dangling reference is reported by `integrity::references::DANGLING`.
        if let Some(d) = ctx.doc.support.documents.iter().find(|d| d.id == doc_id)
            && d.status != Some(DocumentStatus::Effective)
        {
            em.emit(
                &DOCUMENT_NOT_EFFECTIVE,
                format!("{path}/document"),
                &[p("subject", &s.title), p("document", &d.title)],
            );
        }
    }
}

/// 4.2.2 b): each approved strategy has been communicated to someone inside the
/// organization on or after its approval.
pub static COMMUNICATED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.2.b-strategy-communicated",
        clause: "4.2.2.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Strategies communicated internally", "战略在组织内得到沟通"),
        reasons: &[NOT_COMMUNICATED],
        covers: &[],
    },
    check: check_communicated,
    obligations: None,
};

const NOT_COMMUNICATED: Reason = Reason::new(
    "not-communicated",
    "Strategy '{subject}' has no record of being communicated inside the organization since its approval.",
    "战略“{subject}”批准后没有在组织内沟通的记录。",
);

fn check_communicated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        // An unapproved strategy is reported by `strategy::APPROVED`.
        let Some(approved) = top_approval(ctx, &s.approval) else {
            continue;
        };
        if !reached(ctx, &s.communications, Some(approved)) {
            em.emit(
                &NOT_COMMUNICATED,
                format!("/leadership/strategies/{i}"),
                &[p("subject", &s.title)],
            );
        }
    }
}

/// 4.2.2 c): the strategy is made available to interested parties "as appropriate" (适宜时):
/// whether it is appropriate is the organization's decision, so a strategy that records no
/// decision (the parties it is made available to, or why it is withheld) draws a warning
/// asking for it, not a nonconformity.
pub static AVAILABILITY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-4.2.2.c-strategy-availability",
        clause: "4.2.2.c",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Decision on sharing strategies with parties",
            "确定是否向相关方提供战略",
        ),
        reasons: &[UNDECIDED],
        covers: &[],
    },
    check: check_availability,
    obligations: None,
};

const UNDECIDED: Reason = Reason::new(
    "undecided",
    "Strategy '{subject}' records neither the interested parties it is made available to nor why it is withheld.",
    "战略“{subject}”既未记录向哪些相关方提供，也未说明不提供的理由。",
);

fn check_availability(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        let decided = s
            .disclosure
            .as_ref()
            .is_some_and(|d| !d.parties.is_empty() || !blank(&d.withheld_reason));
        if !decided {
            em.emit(
                &UNDECIDED,
                format!("/leadership/strategies/{i}"),
                &[p("subject", &s.title)],
            );
        }
    }
}
