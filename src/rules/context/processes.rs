//! 3.4 — 电子商务管理体系及其过程: the organization determines the processes of its
//! management system, each with an owner, inputs and outputs, maintains documented
//! information (成文信息) to support them and retains records showing they run as planned.

use crate::rules::prelude::*;

/// 3.4: the processes of the management system are determined.
pub static DEFINED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.4-processes-defined",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Processes of the system determined", "确定体系所需过程"),
        reasons: &[NONE],
        covers: &[],
    },
    check: check_defined,
    obligations: None,
};

const NONE: Reason = Reason::new(
    "none",
    "No process of the management system is recorded.",
    "未记录电子商务管理体系的任何过程。",
);

fn check_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.context.processes.is_empty() {
        em.emit(&NONE, "/context", &[]);
    }
}

/// 3.4: each process has an owner, inputs and outputs.
pub static OWNER_INPUTS_OUTPUTS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.4-process-defined",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Each process has owner, inputs, outputs",
            "过程有负责岗位、输入和输出",
        ),
        reasons: &[NO_OWNER, NO_INPUTS, NO_OUTPUTS, NO_OWNER_HOLDER],
        covers: &[],
    },
    check: check_owner_inputs_outputs,
    obligations: None,
};

const NO_OWNER: Reason = Reason::new(
    "no-owner",
    "Process '{subject}' has no owner.",
    "过程“{subject}”没有负责岗位。",
);
const NO_INPUTS: Reason = Reason::new(
    "no-inputs",
    "Process '{subject}' has no inputs.",
    "过程“{subject}”没有输入。",
);
const NO_OUTPUTS: Reason = Reason::new(
    "no-outputs",
    "Process '{subject}' has no outputs.",
    "过程“{subject}”没有输出。",
);

const NO_OWNER_HOLDER: Reason = Reason::new(
    "owner-unstaffed",
    "Process '{subject}': nobody holds its owning role on {as_of}.",
    "过程“{subject}”：{as_of}无人担任其负责岗位。",
);

fn check_owner_inputs_outputs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        let path = format!("/context/processes/{i}");
        let subject = [p("subject", &pr.name)];
        match pr.owner {
            None => em.emit(&NO_OWNER, &path, &subject),
            Some(role) if !role_held_on(ctx.doc, role, ctx.as_of) => em.emit(
                &NO_OWNER_HOLDER,
                &path,
                &[p("subject", &pr.name), p("as_of", ctx.as_of)],
            ),
            Some(_) => {}
        }
        if pr.inputs.is_empty() {
            em.emit(&NO_INPUTS, &path, &subject);
        }
        if pr.outputs.is_empty() {
            em.emit(&NO_OUTPUTS, &path, &subject);
        }
    }
}

/// 3.4: documented information supports each process and records show it runs as planned.
pub static DOCUMENTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-3.4-process-documented",
        clause: "3.4",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Process information maintained and retained",
            "保持和保留过程成文信息",
        ),
        reasons: &[NO_DOCUMENTS, NO_RECORDS],
        covers: &[],
    },
    check: check_documented,
    obligations: None,
};

const NO_DOCUMENTS: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "no-documents",
    "Process '{subject}' has no documented information maintained to support it. The organization requires documented procedures; the standard asks for the process only.",
    "过程“{subject}”没有支持其运行的成文信息。组织要求形成成文信息（本标准只要求过程）。",
);
const NO_RECORDS: Reason = Reason::new(
    "no-records",
    "Process '{subject}' has no records retained to show it runs as planned.",
    "过程“{subject}”没有证实其按策划运行的记录。",
);

fn check_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        let path = format!("/context/processes/{i}");
        let subject = [p("subject", &pr.name)];
        if pr.documents.is_empty() && ctx.documentation_required() {
            em.emit(&NO_DOCUMENTS, &path, &subject);
        }
        if pr.records.is_empty() {
            em.emit(&NO_RECORDS, &path, &subject);
        }
    }
}
