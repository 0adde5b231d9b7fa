//! 6.4.3 — 成文信息的控制 (control of documented information): documents are available where
//! needed (a), protected and stored (b), changes controlled (c) and retention and disposal
//! managed (d); external documents and records are controlled too.

use crate::common::{Date, Interval};
use crate::ids::DocumentId;
use crate::model::support::{DocumentStatus, DocumentedInformation};
use crate::rules::prelude::*;
use std::collections::HashMap;

use super::*;

/// 6.4.3.a: distribution and access defined.
pub static ACCESS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.a-access",
        clause: "6.4.3.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Distribution and access defined", "规定分发和访问"),
        reasons: &[NO_ACCESS_LEVEL, NO_DISTRIBUTION],
        covers: &[],
    },
    check: check_access,
    obligations: None,
};

const NO_ACCESS_LEVEL: Reason = Reason::new(
    "no-access-level",
    "Document '{subject}' defines no access level, neither itself nor by the document control defaults.",
    "文件“{subject}”未规定访问级别，文件控制默认值中也没有。",
);

const NO_DISTRIBUTION: Reason = Reason::new(
    "no-distribution",
    "Document '{subject}' is restricted but lists no role it is distributed to.",
    "文件“{subject}”访问受限，但未列出分发岗位。",
);

fn check_access(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in kept_documents(ctx) {
        match d.access_level.or(dc.access_level) {
            None => em.emit(&NO_ACCESS_LEVEL, path, &[p("subject", doc_name(d))]),
            Some(level) if level.needs_distribution_list() && d.distribution.is_empty() => {
                em.emit(&NO_DISTRIBUTION, path, &[p("subject", doc_name(d))])
            }
            Some(_) => {}
        }
    }
}

/// 6.4.3.a: only current versions in use.
pub static CURRENT_VERSION_IN_USE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.a-current-version-in-use",
        clause: "6.4.3.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Only current versions in use", "使用现行有效版本"),
        reasons: &[
            USED_BY_PROCESS,
            USED_BY_RESOURCE_PLAN,
            USED_BY_FINANCE,
            USED_BY_TECHNOLOGY,
            USED_BY_DEVELOPMENT,
            USED_BY_TECHNOLOGY_REVIEW,
            USED_BY_DOCUMENT_CONTROL,
            USED_BY_KNOWLEDGE,
        ],
        covers: &[],
    },
    check: check_current_version_in_use,
    obligations: None,
};

const USED_BY_PROCESS: Reason = Reason::new(
    "used-by-process",
    "Process '{process}' uses document '{subject}', which is not current ({status}).",
    "过程“{process}”使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_RESOURCE_PLAN: Reason = Reason::new(
    "used-by-resource-plan",
    "The resource plan uses document '{subject}', which is not current ({status}).",
    "资源策划使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_FINANCE: Reason = Reason::new(
    "used-by-finance",
    "Financial management uses document '{subject}', which is not current ({status}).",
    "财务资源管理使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_TECHNOLOGY: Reason = Reason::new(
    "used-by-technology-procedure",
    "Information and technology management uses document '{subject}', which is not current ({status}).",
    "信息与技术管理程序使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_DEVELOPMENT: Reason = Reason::new(
    "used-by-development-plan",
    "Technology development uses document '{subject}', which is not current ({status}).",
    "技术开发与改造计划使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_TECHNOLOGY_REVIEW: Reason = Reason::new(
    "used-by-technology-review-procedure",
    "Information and technology review uses document '{subject}', which is not current ({status}).",
    "信息和技术定期评审程序使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_DOCUMENT_CONTROL: Reason = Reason::new(
    "used-by-document-control",
    "Document control uses document '{subject}', which is not current ({status}).",
    "成文信息控制使用的文件“{subject}”不是现行有效版本（{status}）。",
);

const USED_BY_KNOWLEDGE: Reason = Reason::new(
    "used-by-knowledge",
    "Knowledge '{topic}' uses document '{subject}', which is not current ({status}).",
    "知识“{topic}”使用的文件“{subject}”不是现行有效版本（{status}）。",
);

/// A use of a document: where, the reason naming the user, the user's name parameter (if
/// any) and the document.
type Use = (
    String,
    &'static Reason,
    Option<(&'static str, String)>,
    DocumentId,
);

fn check_current_version_in_use(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    let mut uses: Vec<Use> = Vec::new();
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        for (j, d) in pr.documents.iter().enumerate() {
            uses.push((
                format!("/context/processes/{i}/documents/{j}"),
                &USED_BY_PROCESS,
                Some(p("process", &pr.name)),
                *d,
            ));
        }
    }
    let mut single = |path: &str, reason: &'static Reason, d: Option<DocumentId>| {
        if let Some(d) = d {
            uses.push((path.to_owned(), reason, None, d));
        }
    };
    if let Some(plan) = &s.resource_plan {
        single(
            "/support/resourcePlan/document",
            &USED_BY_RESOURCE_PLAN,
            plan.document,
        );
    }
    if let Some(f) = &s.finance {
        single("/support/finance/document", &USED_BY_FINANCE, f.document);
    }
    if let Some(tm) = &s.technology {
        single(
            "/support/technology/procedure",
            &USED_BY_TECHNOLOGY,
            tm.procedure,
        );
        single(
            "/support/technology/developmentPlan",
            &USED_BY_DEVELOPMENT,
            tm.development_plan,
        );
        single(
            "/support/technology/reviewProcedure",
            &USED_BY_TECHNOLOGY_REVIEW,
            tm.review_procedure,
        );
    }
    if let Some(dc) = &s.document_control {
        single(
            "/support/documentControl/procedure",
            &USED_BY_DOCUMENT_CONTROL,
            dc.procedure,
        );
    }
    for (i, k) in s.knowledge.iter().enumerate() {
        for (j, d) in k.documents.iter().enumerate() {
            uses.push((
                format!("/support/knowledge/{i}/documents/{j}"),
                &USED_BY_KNOWLEDGE,
                Some(p("topic", &k.topic)),
                *d,
            ));
        }
    }
    for (path, reason, user, id) in uses {
        let Some(d) = s.documents.iter().find(|d| d.id == id) else {
            continue; // dangling: reported by the integrity rules
        };
        if d.is_record() || d.is_current(ctx.as_of) {
            continue;
        }
        let mut params = vec![p("subject", doc_name(d)), {
            let (en, zh) = status_text(d, ctx.as_of);
            pl("status", en, en, zh)
        }];
        params.extend(user);
        em.emit(reason, path, &params);
    }
}

/// 6.4.3.b: storage and protection defined.
pub static STORAGE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.b-storage",
        clause: "6.4.3.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Storage and protection defined", "规定存储和保护"),
        reasons: &[NO_STORAGE, NO_PROTECTION],
        covers: &[],
    },
    check: check_storage,
    obligations: None,
};

const NO_STORAGE: Reason = Reason::new(
    "no-storage",
    "Document '{subject}' has no storage location, neither itself nor by the document control defaults.",
    "文件“{subject}”没有存储位置，文件控制默认值中也没有。",
);

const NO_PROTECTION: Reason = Reason::new(
    "no-protection",
    "Document '{subject}' has no protection measures (access control, backup, legibility), neither itself nor by the document control defaults.",
    "文件“{subject}”没有保护措施（访问控制、备份、保持可读），文件控制默认值中也没有。",
);

fn check_storage(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in kept_documents(ctx) {
        if blank(&d.storage) && blank(&dc.storage) {
            em.emit(&NO_STORAGE, &path, &[p("subject", doc_name(d))]);
        }
        if all_blank(&d.protection) && all_blank(&dc.protection) {
            em.emit(&NO_PROTECTION, &path, &[p("subject", doc_name(d))]);
        }
    }
}

/// 6.4.3.c: one current version per document.
pub static ONE_CURRENT_VERSION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.c-one-current-version",
        clause: "6.4.3.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("One current version per document", "每份文件仅一个现行版本"),
        reasons: &[DUPLICATE_CURRENT],
        covers: &[],
    },
    check: check_one_current_version,
    obligations: None,
};

const DUPLICATE_CURRENT: Reason = Reason::new(
    "duplicate-current",
    "Document code '{code}' has more than one current version: '{subject}' (version {version}) and the entry at {first}.",
    "文件编号“{code}”有多个现行版本：“{subject}”（版本{version}）和{first}处的条目。",
);

fn check_one_current_version(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let mut first: HashMap<String, String> = HashMap::new();
    for (path, d) in documents(ctx) {
        if !d.is_current(ctx.as_of) {
            continue;
        }
        let Some(code) = d.code.as_deref().map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        match first.get(code) {
            Some(f) => em.emit(
                &DUPLICATE_CURRENT,
                &path,
                &[
                    p("code", code),
                    p("subject", doc_name(d)),
                    d.version
                        .as_deref()
                        .map(|v| p("version", v))
                        .unwrap_or_else(|| pl("version", "-", "none", "未注明")),
                    p("first", f),
                ],
            ),
            None => {
                first.insert(code.to_owned(), path.clone());
            }
        }
    }
}

/// 6.4.3.c: changes recorded in a history.
pub static CHANGE_HISTORY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.c-change-history",
        clause: "6.4.3.c",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Changes recorded in a history", "变更有修订记录"),
        reasons: &[VERSION_NOT_IN_HISTORY, NO_CHANGE, NO_CHANGE_APPROVAL],
        covers: &[],
    },
    check: check_change_history,
    obligations: None,
};

const VERSION_NOT_IN_HISTORY: Reason = Reason::new(
    "version-not-in-history",
    "Document '{subject}': the current version {version} is not in its change history.",
    "文件“{subject}”：现行版本{version}不在修订记录中。",
);

const NO_CHANGE: Reason = Reason::new(
    "no-change",
    "Document '{subject}': version {version} does not record what changed.",
    "文件“{subject}”：版本{version}未记录变更内容。",
);

const NO_CHANGE_APPROVAL: Reason = Reason::new(
    "no-change-approval",
    "Document '{subject}': version {version} does not record who approved the change.",
    "文件“{subject}”：版本{version}未记录变更批准人。",
);

fn check_change_history(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if d.status != Some(DocumentStatus::Effective) || d.is_record() {
            continue;
        }
        if let Some(v) = d.version.as_deref().filter(|v| !v.trim().is_empty())
            && !d.history.iter().any(|h| h.version == v)
        {
            em.emit(
                &VERSION_NOT_IN_HISTORY,
                &path,
                &[p("subject", doc_name(d)), p("version", v)],
            );
        }
        for (j, h) in d.history.iter().enumerate() {
            let at = format!("{path}/history/{j}");
            let params = [p("subject", doc_name(d)), p("version", &h.version)];
            if blank(&h.change) {
                em.emit(&NO_CHANGE, &at, &params);
            }
            if !h.approval.as_ref().is_some_and(|a| a.is_complete()) {
                em.emit(&NO_CHANGE_APPROVAL, &at, &params);
            }
        }
    }
}

/// 6.4.3.d: retention defined.
pub static RETENTION_DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.d-retention-defined",
        clause: "6.4.3.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t("Retention defined", "规定保留期限"),
        reasons: &[NO_RETENTION, NO_WITHDRAWAL_DATE, WITHDRAWAL_DATE_INVALID],
        covers: &[],
    },
    check: check_retention_defined,
    obligations: None,
};

const NO_RETENTION: Reason = Reason::new(
    "no-retention",
    "Document '{subject}' has no retention period, neither itself nor by the document control defaults.",
    "文件“{subject}”没有保留期限，文件控制默认值中也没有。",
);

const NO_WITHDRAWAL_DATE: Reason = Reason::new(
    "no-withdrawal-date",
    "Document '{subject}' has no withdrawal date to count its retention from.",
    "文件“{subject}”没有计算保留期限的撤销日期。",
);

const WITHDRAWAL_DATE_INVALID: Reason = Reason::new(
    "withdrawal-date-invalid",
    "Document '{subject}' is recorded as withdrawn on {date}, which is not between its effective date and the evaluation date {as_of}.",
    "文件“{subject}”记录的撤销日期为{date}，不在其生效日期与评价日{as_of}之间。",
);

fn check_retention_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if d.status == Some(DocumentStatus::Draft) {
            continue;
        }
        if d.retention.or(dc.retention).is_none() {
            em.emit(&NO_RETENTION, &path, &[p("subject", doc_name(d))]);
        }
        if d.status == Some(DocumentStatus::Obsolete) && !d.is_record() {
            match d.withdrawn_on {
                None => em.emit(&NO_WITHDRAWAL_DATE, &path, &[p("subject", doc_name(d))]),
                Some(w) if w > ctx.as_of || d.effective_from.is_some_and(|e| w < e) => em.emit(
                    &WITHDRAWAL_DATE_INVALID,
                    format!("{path}/withdrawnOn"),
                    &[
                        p("subject", doc_name(d)),
                        p("date", w),
                        p("as_of", ctx.as_of),
                    ],
                ),
                Some(_) => {}
            }
        }
    }
}

/// 6.4.3.d: nothing disposed before retention ends.
pub static DISPOSED_EARLY: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.d-disposed-early",
        clause: "6.4.3.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Nothing disposed before retention ends",
            "保留期满前不得处置",
        ),
        reasons: &[EARLY],
        covers: &[],
    },
    check: check_disposed_early,
    obligations: None,
};

const EARLY: Reason = Reason::new(
    "disposed-early",
    "Document '{subject}' was disposed of on {disposed}, before its retention ended on {until}.",
    "文件“{subject}”于{disposed}处置，早于保留期满日{until}。",
);

fn check_disposed_early(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        let Some(disposed) = d.disposed_on else {
            continue;
        };
        if let Some(until) = retention_end(d, dc.retention)
            && disposed < until
        {
            em.emit(
                &EARLY,
                format!("{path}/disposedOn"),
                &[
                    p("subject", doc_name(d)),
                    p("disposed", disposed),
                    p("until", until),
                ],
            );
        }
    }
}

/// 6.4.3.d: nothing kept past retention without reason.
pub static KEPT_PAST_RETENTION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.d-kept-past-retention",
        clause: "6.4.3.d",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Nothing kept past retention without reason",
            "超期保留须有理由",
        ),
        reasons: &[KEPT_TOO_LONG],
        covers: &[],
    },
    check: check_kept_past_retention,
    obligations: None,
};

const KEPT_TOO_LONG: Reason = Reason::new(
    "kept-too-long",
    "Document '{subject}' passed its retention on {until} and is neither disposed of nor on hold with a reason.",
    "文件“{subject}”保留期已于{until}届满，既未处置也未说明继续保留的理由。",
);

fn check_kept_past_retention(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if d.disposed_on.is_some() || !blank(&d.retention_hold) {
            continue;
        }
        // Only records and withdrawn documents have a running retention period.
        if !(d.is_record() || d.status == Some(DocumentStatus::Obsolete)) {
            continue;
        }
        if let Some(until) = retention_end(d, dc.retention)
            && until < ctx.as_of
        {
            em.emit(
                &KEPT_TOO_LONG,
                path,
                &[p("subject", doc_name(d)), p("until", until)],
            );
        }
    }
}

/// 6.4.3.d: disposal recorded consistently.
pub static DISPOSAL_RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3.d-disposal-recorded",
        clause: "6.4.3.d",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Disposal recorded consistently", "处置记录完整一致"),
        reasons: &[STILL_EFFECTIVE, NO_METHOD],
        covers: &[],
    },
    check: check_disposal_recorded,
    obligations: None,
};

const STILL_EFFECTIVE: Reason = Reason::new(
    "still-effective",
    "Document '{subject}' was disposed of on {disposed} but it is still marked effective.",
    "文件“{subject}”于{disposed}处置，但仍标记为生效。",
);

const NO_METHOD: Reason = Reason::new(
    "no-method",
    "Document '{subject}' was disposed of on {disposed} but the disposal method is not recorded.",
    "文件“{subject}”于{disposed}处置，但未记录处置方式。",
);

fn check_disposal_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        let Some(disposed) = d.disposed_on else {
            continue;
        };
        let params = [p("subject", doc_name(d)), p("disposed", disposed)];
        if d.status == Some(DocumentStatus::Effective) {
            em.emit(&STILL_EFFECTIVE, &path, &params);
        }
        if d.disposal_method.is_none() {
            em.emit(&NO_METHOD, &path, &params);
        }
    }
}

/// 6.4.3: external documents identified and controlled.
pub static EXTERNAL_CONTROLLED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3-external-controlled",
        clause: "6.4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "External documents identified and controlled",
            "外来成文信息得到识别和控制",
        ),
        reasons: &[NO_ISSUER, NO_OWNER, OWNER_VACANT],
        covers: &[],
    },
    check: check_external_controlled,
    obligations: None,
};

const NO_ISSUER: Reason = Reason::new(
    "no-issuer",
    "External document '{subject}' has no issuer.",
    "外来文件“{subject}”没有发布方。",
);

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "External document '{subject}' has no role responsible for tracking its updates.",
    "外来文件“{subject}”没有负责跟踪其更新的岗位。",
);

const OWNER_VACANT: Reason = Reason::new(
    "owner-vacant",
    "External document '{subject}': nobody employed on the evaluation date holds the role '{role}' that tracks its updates.",
    "外来文件“{subject}”：评价日没有在职人员担任负责跟踪其更新的岗位“{role}”。",
);

fn check_external_controlled(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in kept_documents(ctx) {
        if !d.is_external() {
            continue;
        }
        if blank(&d.issuer) {
            em.emit(&NO_ISSUER, &path, &[p("subject", doc_name(d))]);
        }
        if d.owner.is_none() {
            em.emit(&NO_OWNER, &path, &[p("subject", doc_name(d))]);
        } else if let Some(role) = d.owner.filter(|r| !role_filled(ctx, *r)) {
            em.emit(
                &OWNER_VACANT,
                format!("{path}/owner"),
                &[p("subject", doc_name(d)), p("role", role_name(ctx, role))],
            );
        }
    }
}

/// 6.4.3: records protected against unintended change.
pub static RECORD_PROTECTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-6.4.3-record-protected",
        clause: "6.4.3",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Records protected against unintended change",
            "证据类成文信息防止非预期更改",
        ),
        reasons: &[NOT_LOCKED, MODIFIED_AFTER_APPROVAL, DIGEST_MISMATCH],
        covers: &[],
    },
    check: check_record_protected,
    obligations: None,
};

const NOT_LOCKED: Reason = Reason::new(
    "not-locked",
    "Record '{subject}' is approved but not write-protected (locked).",
    "记录“{subject}”已批准但未写保护（锁定）。",
);

const MODIFIED_AFTER_APPROVAL: Reason = Reason::new(
    "modified-after-approval",
    "Record '{subject}' was modified on {modified}, after its approval on {approved}.",
    "记录“{subject}”于{modified}被修改，晚于其批准日期{approved}。",
);

const DIGEST_MISMATCH: Reason = Reason::new(
    "digest-mismatch",
    "Record '{subject}' no longer matches the content digest taken at approval.",
    "记录“{subject}”与批准时的内容摘要不一致。",
);

fn check_record_protected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in kept_documents(ctx) {
        if !d.is_record() {
            continue;
        }
        let Some(approved) = d.approval.as_ref().and_then(|a| a.date) else {
            continue;
        };
        if !d.locked {
            em.emit(&NOT_LOCKED, &path, &[p("subject", doc_name(d))]);
        }
        if let Some(m) = d.last_modified
            && m > approved
        {
            em.emit(
                &MODIFIED_AFTER_APPROVAL,
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("modified", m),
                    p("approved", approved),
                ],
            );
        }
        if let (Some(a), Some(c)) = (&d.approved_digest, &d.current_digest)
            && a.trim() != c.trim()
        {
            em.emit(&DIGEST_MISMATCH, &path, &[p("subject", doc_name(d))]);
        }
    }
}

fn retention_end(d: &DocumentedInformation, default: Option<Interval>) -> Option<Date> {
    d.retention.or(default)?.after(d.retention_start()?)
}
