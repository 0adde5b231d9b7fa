//! 7.1 — 关键过程: the organization determines its key processes and plans and controls
//! them (criteria, controls, the strategy and objectives they serve); it retains records
//! showing they ran as planned (a) and that products and services conform (b); outsourced
//! processes are controlled too.

use super::shared::emit_not_retained;
use crate::model::operation::ProcessControl;
use crate::rules::prelude::*;

use super::shared::missing;

/// 7.1: at least one process of the management system is marked as a key process.
pub static IDENTIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.1-key-processes-identified",
        clause: "7.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Key processes determined", "确定关键过程"),
        reasons: &[NONE_KEY],
        covers: &[],
    },
    check: check_identified,
    obligations: None,
};

const NONE_KEY: Reason = Reason::new(
    "none-key",
    "No process of the management system is marked as a key process.",
    "电子商务管理体系中没有任何过程被确定为关键过程。",
);

fn check_identified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ps = &ctx.doc.context.processes;
    if !ps.is_empty() && !ps.iter().any(|x| x.key) {
        em.emit(&NONE_KEY, "/context/processes", &[]);
    }
}

/// 7.1: each key process has a control plan with its purpose, criteria and controls.
pub static PLANNED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.1-key-process-planned",
        clause: "7.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Key processes planned and controlled",
            "关键过程得到策划和控制",
        ),
        reasons: &[NO_PLAN, NO_PURPOSE, NO_CRITERIA, NO_CONTROLS],
        covers: &[],
    },
    check: check_planned,
    obligations: None,
};

const NO_PLAN: Reason = Reason::new(
    "no-control-plan",
    "Key process '{subject}' has no control plan (operation.processControls).",
    "关键过程“{subject}”没有过程控制策划。",
);
const NO_PURPOSE: Reason = Reason::new(
    "no-purpose",
    "Key process '{subject}' has no statement of the strategy and objectives it serves.",
    "关键过程“{subject}”没有所服务的战略和目标的说明。",
);
const NO_CRITERIA: Reason = Reason::new(
    "no-criteria",
    "Key process '{subject}' has no process criteria.",
    "关键过程“{subject}”没有过程准则。",
);
const NO_CONTROLS: Reason = Reason::new(
    "no-controls",
    "Key process '{subject}' has no controls.",
    "关键过程“{subject}”没有控制措施。",
);

fn check_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let controls = &ctx.doc.operation.process_controls;
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !pr.key {
            continue;
        }
        let subject = [p("subject", &pr.name)];
        match controls.iter().position(|c| c.process == pr.id) {
            None => em.emit(&NO_PLAN, format!("/context/processes/{i}"), &subject),
            Some(j) => {
                let Some(c) = controls.get(j) else { continue };
                missing(
                    em,
                    &format!("/operation/processControls/{j}"),
                    &subject,
                    &[
                        (blank(&c.purpose), &NO_PURPOSE),
                        (all_blank(&c.criteria), &NO_CRITERIA),
                        (all_blank(&c.controls), &NO_CONTROLS),
                    ],
                );
            }
        }
    }
}

/// The control plans of key processes, with their index and the process name.
fn key_controls<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (usize, &'a ProcessControl, &'a str)> {
    ctx.doc
        .operation
        .process_controls
        .iter()
        .enumerate()
        .filter_map(|(j, c)| {
            ctx.doc
                .context
                .processes
                .iter()
                .find(|pr| pr.id == c.process && pr.key)
                .map(|pr| (j, c, pr.name.as_str()))
        })
}

/// 7.1 a): each key process retains records showing it ran as planned.
pub static EXECUTION_RECORDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.1.a-execution-records",
        clause: "7.1.a",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Records show key processes run as planned",
            "保留过程按策划进行的成文信息",
        ),
        reasons: &[NO_EXECUTION_RECORDS, EXECUTION_RECORD_DISPOSED],
        covers: &[],
    },
    check: check_execution_records,
    obligations: None,
};

const NO_EXECUTION_RECORDS: Reason = Reason::new(
    "no-records",
    "Key process '{subject}' retains no records showing it ran as planned.",
    "关键过程“{subject}”未保留证实其按策划进行的成文信息。",
);

const EXECUTION_RECORD_DISPOSED: Reason = Reason::new(
    "record-not-retained",
    "Key process '{subject}': its execution record '{document}' was disposed of and is no longer retained.",
    "关键过程“{subject}”的实施记录“{document}”已处置，未予保留。",
);

fn check_execution_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (j, c, name) in key_controls(ctx) {
        if c.execution_records.is_empty() {
            em.emit(
                &NO_EXECUTION_RECORDS,
                format!("/operation/processControls/{j}"),
                &[p("subject", name)],
            );
        }
        for id in &c.execution_records {
            emit_not_retained(
                ctx,
                em,
                &EXECUTION_RECORD_DISPOSED,
                &format!("/operation/processControls/{j}"),
                *id,
                &[p("subject", name)],
            );
        }
    }
}

/// 7.1 b): each key process retains records showing its products and services conform.
pub static CONFORMITY_RECORDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.1.b-conformity-records",
        clause: "7.1.b",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t(
            "Records show products and services conform",
            "保留产品和服务符合要求的成文信息",
        ),
        reasons: &[NO_CONFORMITY_RECORDS, CONFORMITY_RECORD_DISPOSED],
        covers: &[],
    },
    check: check_conformity_records,
    obligations: None,
};

const NO_CONFORMITY_RECORDS: Reason = Reason::new(
    "no-records",
    "Key process '{subject}' retains no records showing its products or services conform.",
    "关键过程“{subject}”未保留证实产品和服务符合要求的成文信息。",
);

const CONFORMITY_RECORD_DISPOSED: Reason = Reason::new(
    "record-not-retained",
    "Key process '{subject}': its conformity record '{document}' was disposed of and is no longer retained.",
    "关键过程“{subject}”的符合性记录“{document}”已处置，未予保留。",
);

fn check_conformity_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (j, c, name) in key_controls(ctx) {
        if c.conformity_records.is_empty() {
            em.emit(
                &NO_CONFORMITY_RECORDS,
                format!("/operation/processControls/{j}"),
                &[p("subject", name)],
            );
        }
        for id in &c.conformity_records {
            emit_not_retained(
                ctx,
                em,
                &CONFORMITY_RECORD_DISPOSED,
                &format!("/operation/processControls/{j}"),
                *id,
                &[p("subject", name)],
            );
        }
    }
}

/// 7.1: each outsourced process names its provider and the controls over it.
pub static OUTSOURCED_CONTROLLED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.1-outsourced-process-controlled",
        clause: "7.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Relation,
        title: t("Outsourced processes controlled", "外包过程受控"),
        reasons: &[NO_PROVIDER, NO_PROVIDER_CONTROLS],
        covers: &[],
    },
    check: check_outsourced_controlled,
    obligations: None,
};

const NO_PROVIDER: Reason = Reason::new(
    "no-provider",
    "Outsourced process '{subject}' has no named external provider.",
    "外包过程“{subject}”没有指定的外部供方。",
);
const NO_PROVIDER_CONTROLS: Reason = Reason::new(
    "no-controls",
    "Outsourced process '{subject}' has no controls over the provider (operation.processControls).",
    "外包过程“{subject}”没有对外部供方的控制措施。",
);

fn check_outsourced_controlled(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !pr.outsourced {
            continue;
        }
        let controlled = ctx
            .doc
            .operation
            .process_controls
            .iter()
            .any(|c| c.process == pr.id && !all_blank(&c.controls));
        missing(
            em,
            &format!("/context/processes/{i}"),
            &[p("subject", &pr.name)],
            &[
                (pr.provider.is_none(), &NO_PROVIDER),
                (!controlled, &NO_PROVIDER_CONTROLS),
            ],
        );
    }
}
