//! 6.1.7 — 组织的知识 (organizational knowledge): the knowledge the processes need is
//! determined, maintained, made available, kept up to date and reviewed.

use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::*;

/// 6.1.7: necessary knowledge determined.
pub static DETERMINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-determined",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Necessary knowledge determined", "确定必要的知识"),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_knowledge_determined,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No organizational knowledge is recorded.",
    "未记录任何组织的知识。",
);

fn check_knowledge_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).knowledge.is_empty() {
        em.emit(&NONE, "/support", &[]);
    }
}

/// 6.1.7: knowledge tied to processes.
pub static PROCESS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-process",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Knowledge tied to processes", "知识对应所需过程"),
        reasons: &[NO_PROCESS],
        covers: &[],
    },
    check: check_knowledge_process,
    obligations: None,
};

const NO_PROCESS: Reason = Reason::new(
    "no-process",
    "Knowledge '{subject}' names no process that needs it.",
    "知识“{subject}”未注明所支持的过程。",
);

fn check_knowledge_process(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if k.processes.is_empty() {
            em.emit(
                &NO_PROCESS,
                format!("/support/knowledge/{i}"),
                &[p("subject", &k.topic)],
            );
        }
    }
}

/// 6.1.7: knowledge maintained.
pub static MAINTAINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-maintained",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Knowledge maintained", "知识予以保持"),
        reasons: &[NO_DOCUMENTS, NO_OWNER, OWNER_VACANT],
        covers: &[],
    },
    check: check_knowledge_maintained,
    obligations: None,
};

const NO_DOCUMENTS: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "no-documents",
    "Knowledge '{subject}' has no documented information where it is kept. The organization requires documented procedures; the standard asks for the process only.",
    "知识“{subject}”没有保存该知识的成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Knowledge '{subject}' has no role keeping it up to date.",
    "知识“{subject}”没有负责保持的岗位。",
);

const OWNER_VACANT: Reason = Reason::new(
    "owner-vacant",
    "Knowledge '{subject}': nobody employed on the evaluation date holds the role '{role}' that keeps it up to date.",
    "知识“{subject}”：评价日没有在职人员担任负责保持的岗位“{role}”。",
);

fn check_knowledge_maintained(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        let path = format!("/support/knowledge/{i}");
        if k.documents.is_empty() && ctx.documentation_required() {
            em.emit(&NO_DOCUMENTS, &path, &[p("subject", &k.topic)]);
        }
        if k.owner.is_none() {
            em.emit(&NO_OWNER, &path, &[p("subject", &k.topic)]);
        } else if let Some(role) = k.owner.filter(|r| !role_filled(ctx, *r)) {
            em.emit(
                &OWNER_VACANT,
                format!("{path}/owner"),
                &[p("subject", &k.topic), p("role", role_name(ctx, role))],
            );
        }
    }
}

/// 6.1.7: knowledge available where needed.
pub static AVAILABLE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-available",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Knowledge available where needed",
            "知识在需要的范围内可获得",
        ),
        reasons: &[NOT_AVAILABLE, NOT_AVAILABLE_TO_OWNER],
        covers: &[],
    },
    check: check_knowledge_available,
    obligations: None,
};

const NOT_AVAILABLE: Reason = Reason::new(
    "not-available",
    "Knowledge '{subject}' names no role that has access to it.",
    "知识“{subject}”未注明可获取的岗位。",
);

const NOT_AVAILABLE_TO_OWNER: Reason = Reason::new(
    "not-available-to-process-owner",
    "Knowledge '{subject}' is needed for process '{process}', but the role running that process ('{role}') is not among those that have access to it.",
    "知识“{subject}”为过程“{process}”所需，但负责该过程的岗位“{role}”不在可获取的岗位之中。",
);

fn check_knowledge_available(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if !k.available_to.is_empty() {
            for (j, id) in k.processes.iter().enumerate() {
                let Some(pr) = ctx.doc.context.processes.iter().find(|x| x.id == *id) else {
                    continue;
                };
                let Some(owner) = pr.owner else { continue };
                if !k.available_to.contains(&owner) {
                    em.emit(
                        &NOT_AVAILABLE_TO_OWNER,
                        format!("/support/knowledge/{i}/processes/{j}"),
                        &[
                            p("subject", &k.topic),
                            p("process", &pr.name),
                            p("role", role_name(ctx, owner)),
                        ],
                    );
                }
            }
        }
        if k.available_to.is_empty() {
            em.emit(
                &NOT_AVAILABLE,
                format!("/support/knowledge/{i}"),
                &[p("subject", &k.topic)],
            );
        }
    }
}

/// 6.1.7: how to obtain more or updated knowledge.
pub static UPDATE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-update",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "How to obtain more or updated knowledge",
            "确定获取更多知识和知识更新的方法",
        ),
        reasons: &[NO_UPDATE_METHOD],
        covers: &[],
    },
    check: check_knowledge_update,
    obligations: None,
};

const NO_UPDATE_METHOD: Reason = Reason::new(
    "no-update-method",
    "Knowledge '{subject}' records no way to obtain additional or updated knowledge.",
    "知识“{subject}”未记录获取更多知识或知识更新的方法。",
);

fn check_knowledge_update(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if blank(&k.update_method) {
            em.emit(
                &NO_UPDATE_METHOD,
                format!("/support/knowledge/{i}"),
                &[p("subject", &k.topic)],
            );
        }
    }
}

/// 6.1.7: knowledge has a review interval.
pub static REVIEW_INTERVAL: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-review-interval",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Knowledge has a review interval", "知识规定评审周期"),
        reasons: &[NO_INTERVAL],
        covers: &[],
    },
    check: check_knowledge_interval,
    obligations: None,
};

const NO_INTERVAL: Reason = Reason::new(
    "no-interval",
    "Knowledge '{subject}' declares no review interval.",
    "知识“{subject}”未规定评审周期。",
);

fn check_knowledge_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if k.review.interval.is_none() {
            em.emit(
                &NO_INTERVAL,
                format!("/support/knowledge/{i}"),
                &[p("subject", &k.topic)],
            );
        }
    }
}

/// 6.1.7: knowledge reviewed on time.
pub static REVIEW_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.1.7-knowledge-review-overdue",
        clause: "6.1.7",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Knowledge reviewed on time", "知识按期评审"),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(duties_review_overdue),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The review of knowledge '{subject}' was due on {due} (interval {interval}, last {last}).",
    "知识“{subject}”应于{due}评审（周期{interval}，上次{last}）。",
);

fn duties_review_overdue(doc: &EcmsDocument, out: &mut Sink<'_>) {
    for (i, k) in doc.support.knowledge.iter().enumerate() {
        out.push(Duty {
            path: format!("/support/knowledge/{i}"),
            subject: k.topic.clone(),
            activity: t("knowledge review", "知识评审"),
            interval: k.review.interval,
            last_done: k.review.last_done,
            anchor: None,
            evidence: Evidence::Schedule(k.review.record),
        });
    }
}
