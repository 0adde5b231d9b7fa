//! Rules for chapter 4 — leadership: commitment evidence (4.1), strategy (4.2), roles
//! (4.3) and communication (4.4).
//!
//! A record dated after the evaluation date (an approval, a briefing, evidence) counts as not
//! having happened yet.

use crate::common::Date;

use super::obligations::{Obligation, legacy_emit_overdue};
use super::util::{blank, person_name};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::common::{Approval, Interval};
use crate::ids::PersonId;
use crate::model::EcmsDocument;
use crate::model::leadership::{
    AlignmentBasis, CommitmentItem, CommunicationDirection, CommunicationRecord, StrategyAspect,
    StrategyKind, SystemDuty,
};
use crate::model::support::DocumentStatus;

pub(super) static RULES: &[BuiltinRule] = &[
    rule!(
        "ecms-4.1.1-commitment-evidence",
        "4.1.1",
        Error,
        Shall,
        Major,
        (
            "Top management's commitment evidenced",
            "最高管理者的领导作用和承诺有证据"
        ),
        (
            "No current evidence that top management demonstrates '{item}': a record made by a member of top management, dated within {validity} before {asOf}, citing documented information.",
            "没有最高管理者证实“{item_zh}”的现行证据：应有最高管理者成员在{asOf}前{validity}内作出并引用成文信息的记录。"
        ),
        check_commitment_evidence,
        covers = ["4.1.1.a", "4.1.1.c", "4.1.1.e", "4.1.1.f"],
    ),
    rule!(
        "ecms-4.1.1.b-strategy-objectives-established",
        "4.1.1.b",
        Error,
        Shall,
        Major,
        (
            "Strategy and objectives established by top management",
            "最高管理者确保制定战略和目标"
        ),
        ("{problem}", "{problem_zh}"),
        check_strategy_objectives_established,
    ),
    rule!(
        "ecms-4.1.2-customer-focus-evidence",
        "4.1.2",
        Error,
        Shall,
        Major,
        (
            "Customer focus of top management evidenced",
            "最高管理者以顾客为关注焦点有证据"
        ),
        (
            "No current evidence that top management demonstrates '{item}': a record made by a member of top management, dated within {validity} before {asOf}, citing documented information.",
            "没有最高管理者证实“{item_zh}”的现行证据：应有最高管理者成员在{asOf}前{validity}内作出并引用成文信息的记录。"
        ),
        check_customer_focus_evidence,
        covers = ["4.1.2.a", "4.1.2.c"],
    ),
    rule!(
        "ecms-4.1.2.b-customer-risks-determined",
        "4.1.2.b",
        Error,
        Shall,
        Major,
        (
            "Risks to conformity and satisfaction determined",
            "确定影响合格和顾客满意的风险和机遇"
        ),
        (
            "The risk register marks no risk or opportunity as able to affect the conformity of products and services or customer satisfaction.",
            "风险和机遇登记中没有标明可能影响产品和服务合格或顾客满意的风险或机遇。"
        ),
        check_customer_risks,
    ),
    rule!(
        "ecms-4.2.1-strategy-kinds",
        "4.2.1",
        Error,
        Shall,
        Major,
        (
            "Business, competitive and cooperation strategies",
            "制定经营、竞争和合作战略"
        ),
        ("No {kind} strategy is recorded.", "未记录{kind_zh}。"),
        check_strategy_kinds,
        covers = ["4.2.1.a", "4.2.1.b", "4.2.1.c"],
    ),
    rule!(
        "ecms-4.2.1-strategy-considerations",
        "4.2.1",
        Error,
        Shall,
        Minor,
        (
            "Strategies consider 4.2.1 a) 1)–c) 2)",
            "战略考虑4.2.1 a) 1)–c) 2)"
        ),
        (
            "The {kind} strategy '{subject}' records no analysis of '{aspect}'.",
            "{kind_zh}“{subject}”没有对“{aspect_zh}”的分析。"
        ),
        check_strategy_considerations,
        covers = [
            "4.2.1.a.1",
            "4.2.1.a.2",
            "4.2.1.b.1",
            "4.2.1.b.2",
            "4.2.1.b.3",
            "4.2.1.b.4",
            "4.2.1.b.5",
            "4.2.1.c.1",
            "4.2.1.c.2"
        ],
    ),
    rule!(
        "ecms-4.2.1-strategy-approved",
        "4.2.1",
        Error,
        Shall,
        Minor,
        ("Strategies set by top management", "战略由最高管理者制定"),
        (
            "Strategy '{subject}' is not approved by a member of top management (on or before {asOf}).",
            "战略“{subject}”未经最高管理者成员批准（截至{asOf}）。"
        ),
        check_strategy_approved,
    ),
    rule!(
        "ecms-4.2.1-strategy-alignment",
        "4.2.1",
        Error,
        Shall,
        Minor,
        ("Strategies fit the organization", "战略与组织相适应"),
        (
            "Strategy '{subject}' records no check of its fit with '{basis}'.",
            "战略“{subject}”没有记录其与“{basis_zh}”是否相适应的确认。"
        ),
        check_strategy_alignment,
    ),
    rule!(
        "ecms-4.2.1-strategy-current",
        "4.2.1",
        Warning,
        Policy,
        Minor,
        ("Strategies are current", "战略在有效期内"),
        (
            "Strategy '{subject}' applied until {until} and has not been renewed.",
            "战略“{subject}”的有效期至{until}，尚未更新。"
        ),
        check_strategy_current,
    ),
    rule!(
        "ecms-4.2.2.a-strategy-documented",
        "4.2.2.a",
        Error,
        Shall,
        Minor,
        (
            "Strategies held as documented information",
            "战略形成成文信息"
        ),
        (
            "Strategy '{subject}' {problem}.",
            "战略“{subject}”{problem_zh}。"
        ),
        check_strategy_documented,
    ),
    rule!(
        "ecms-4.2.2.b-strategy-communicated",
        "4.2.2.b",
        Error,
        Shall,
        Minor,
        ("Strategies communicated internally", "战略在组织内得到沟通"),
        (
            "Strategy '{subject}' has no record of being communicated inside the organization since its approval.",
            "战略“{subject}”批准后没有在组织内沟通的记录。"
        ),
        check_strategy_communicated,
    ),
    rule!(
        "ecms-4.2.2.c-strategy-availability",
        "4.2.2.c",
        Error,
        Shall,
        Minor,
        (
            "Decision on sharing strategies with parties",
            "确定是否向相关方提供战略"
        ),
        (
            "Strategy '{subject}' records neither the interested parties it is made available to nor why it is withheld.",
            "战略“{subject}”既未记录向哪些相关方提供，也未说明不提供的理由。"
        ),
        check_strategy_availability,
    ),
    rule!(
        "ecms-4.3-roles-defined",
        "4.3",
        Error,
        Shall,
        Major,
        ("Roles defined", "确定岗位"),
        (
            "No role with responsibilities and authorities is recorded.",
            "未记录任何岗位及其职责和权限。"
        ),
        check_roles_defined,
    ),
    rule!(
        "ecms-4.3-role-defined",
        "4.3",
        Error,
        Shall,
        Minor,
        (
            "Each role has responsibilities and authorities",
            "岗位有职责和权限"
        ),
        (
            "Role '{subject}' has no {what}.",
            "岗位“{subject}”没有{what_zh}。"
        ),
        check_role_defined,
    ),
    rule!(
        "ecms-4.3-role-staffed",
        "4.3",
        Error,
        Shall,
        Minor,
        ("Each role is assigned", "岗位已分配人员"),
        (
            "Role '{subject}' is held by nobody.",
            "岗位“{subject}”没有任职人员。"
        ),
        check_role_staffed,
    ),
    rule!(
        "ecms-4.3-role-communicated",
        "4.3",
        Error,
        Shall,
        Minor,
        (
            "Roles communicated and understood",
            "岗位职责权限得到沟通和理解"
        ),
        (
            "Role '{subject}': {problem}.",
            "岗位“{subject}”：{problem_zh}。"
        ),
        check_role_communicated,
    ),
    rule!(
        "ecms-4.3-duties-assigned",
        "4.3",
        Error,
        Shall,
        Major,
        ("Duties of 4.3 a)–e) assigned", "分配4.3 a)–e)的职责"),
        (
            "The management-system duty '{duty}' is not assigned to any role.",
            "管理体系职责“{duty_zh}”未分配给任何岗位。"
        ),
        check_duties_assigned,
        covers = ["4.3.a", "4.3.b", "4.3.c", "4.3.d", "4.3.e"],
    ),
    rule!(
        "ecms-4.4-communications-planned",
        "4.4",
        Error,
        Shall,
        Major,
        (
            "Internal and external communication determined",
            "确定内部和外部沟通"
        ),
        (
            "The communication plan has no {direction} communication.",
            "沟通计划中没有{direction_zh}沟通。"
        ),
        check_communications_planned,
    ),
    rule!(
        "ecms-4.4-communication-complete",
        "4.4",
        Error,
        Shall,
        Minor,
        (
            "Communications say what, when, how, whom, who",
            "沟通明确内容、时机、方式、对象和职责"
        ),
        (
            "Communication '{subject}' does not say {what}.",
            "沟通“{subject}”未明确{what_zh}。"
        ),
        check_communication_complete,
    ),
    rule!(
        "ecms-4.4-communication-overdue",
        "4.4",
        Warning,
        Policy,
        Minor,
        ("Planned communications held", "按计划开展沟通"),
        (
            "Communication '{subject}' was due on {due} (interval {interval}, last {last}).",
            "沟通“{subject}”应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[
    AssessedRequirement {
        clause: "4.1.1.d",
        reason: t(
            "Promoting the process approach and risk-based thinking is a matter of how top management leads; records of processes and risks show their existence, not that top management promotes them.",
            "推动过程方法和基于风险的思维体现在最高管理者的领导方式上；过程和风险记录只能说明其存在，不能证明最高管理者的推动。",
        ),
    },
    AssessedRequirement {
        clause: "4.1.1.g",
        reason: t(
            "Whether the system achieves its intended results is an overall judgement on performance evaluation and review outputs, not a property of one record.",
            "体系是否实现预期结果需综合绩效评价和管理评审输出作出判断，不是某一记录的属性。",
        ),
    },
    AssessedRequirement {
        clause: "4.1.1.h",
        reason: t(
            "Engaging, directing and supporting people is observed in day-to-day leadership (interviews, staff feedback), not in a register.",
            "促使、指导和支持人员体现在日常领导行为中（访谈、员工反馈），无法由登记记录证明。",
        ),
    },
    AssessedRequirement {
        clause: "4.1.1.i",
        reason: t(
            "Promoting continual improvement is a leadership behaviour; improvement records show results, not top management's promotion of them.",
            "推动持续改进是一种领导行为；改进记录只显示结果，不能证明最高管理者的推动。",
        ),
    },
    AssessedRequirement {
        clause: "4.1.1.j",
        reason: t(
            "Support given to other managers in their areas is judged from interviews and observation, not from records.",
            "对其他管理者履职的支持需通过访谈和观察判断，无法由记录证明。",
        ),
    },
];

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    for (i, c) in doc.leadership.communication_plan.iter().enumerate() {
        if c.schedule.interval.is_none() {
            continue;
        }
        out.push(Obligation {
            rule_id: "ecms-4.4-communication-overdue",
            clause: "4.4",
            path: format!("/leadership/communicationPlan/{i}"),
            subject: c.topic.clone(),
            activity: t("planned communication", "计划的沟通"),
            interval: c.schedule.interval,
            last_done: c.schedule.last_done,
            anchor: None,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn is_top(ctx: &Ctx<'_>, person: Option<PersonId>) -> bool {
    person.is_some_and(|p| ctx.doc.organization.top_management.contains(&p))
}

/// The date of an approval by a member of top management on or before the as-of date.
pub(super) fn top_approval(ctx: &Ctx<'_>, a: &Option<Approval>) -> Option<Date> {
    let a = a.as_ref()?;
    let d = a.date.filter(|d| *d <= ctx.as_of)?;
    is_top(ctx, a.by).then_some(d)
}

/// JSON pointer of a list, or of its parent when the list is empty (and so not serialized).
fn list_path(non_empty: bool, list: &str, parent: &str) -> String {
    if non_empty {
        list.to_owned()
    } else {
        parent.to_owned()
    }
}

/// English and Chinese title of a catalog entry.
fn title(id: &str) -> (&'static str, &'static str) {
    crate::catalog::clause(id)
        .map(|c| (c.title.en, c.title.zh))
        .unwrap_or(("?", "?"))
}

fn emit_missing_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>, items: &[CommitmentItem]) {
    let validity = ctx
        .doc
        .policy
        .assessment_validity
        .unwrap_or(Interval::years(1));
    let commitments = &ctx.doc.leadership.commitments;
    for item in items {
        let ok = commitments.iter().any(|c| {
            c.item == *item
                && is_top(ctx, c.by)
                && !c.documents.is_empty()
                && c.date.is_some_and(|d| {
                    d <= ctx.as_of && validity.after(d).is_none_or(|u| u >= ctx.as_of)
                })
        });
        if !ok {
            em.legacy_emit_at(
                item.clause(),
                list_path(
                    !commitments.is_empty(),
                    "/leadership/commitments",
                    "/leadership",
                ),
                &[
                    p("item", title(item.clause()).0),
                    p("item_zh", title(item.clause()).1),
                    p("validity", validity),
                    p("asOf", ctx.as_of),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4.1

fn check_commitment_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    emit_missing_evidence(
        ctx,
        em,
        &[
            CommitmentItem::Accountability,
            CommitmentItem::ProcessIntegration,
            CommitmentItem::Resources,
            CommitmentItem::CommunicatingImportance,
        ],
    );
}

fn check_customer_focus_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    emit_missing_evidence(
        ctx,
        em,
        &[
            CommitmentItem::CustomerRequirements,
            CommitmentItem::CustomerSatisfaction,
        ],
    );
}

fn check_strategy_objectives_established(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let strategies = &ctx.doc.leadership.strategies;
    if !strategies
        .iter()
        .any(|s| top_approval(ctx, &s.approval).is_some())
    {
        em.legacy_emit(
            list_path(
                !strategies.is_empty(),
                "/leadership/strategies",
                "/leadership",
            ),
            &[
                p(
                    "problem",
                    "No e-commerce strategy has been approved by a member of top management.",
                ),
                p("problem_zh", "没有经最高管理者成员批准的电子商务战略。"),
            ],
        );
    }
    let objectives = &ctx.doc.planning.objectives;
    if objectives.is_empty() {
        em.legacy_emit(
            "/planning",
            &[
                p("problem", "No e-commerce objective has been set."),
                p("problem_zh", "未设定电子商务目标。"),
            ],
        );
    }
    for (i, o) in objectives.iter().enumerate() {
        if o.is_active() && top_approval(ctx, &o.approval).is_none() {
            em.legacy_emit(
                format!("/planning/objectives/{i}"),
                &[
                    p(
                        "problem",
                        format!(
                            "Objective '{}' is not approved by a member of top management.",
                            o.title
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("目标“{}”未经最高管理者成员批准。", o.title),
                    ),
                ],
            );
        }
    }
}

fn check_customer_risks(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let risks = &ctx.doc.planning.risks;
    if !risks.iter().any(|r| r.customer_impact) {
        em.legacy_emit(
            list_path(!risks.is_empty(), "/planning/risks", "/planning"),
            &[],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 4.2

fn kind_text(k: StrategyKind) -> (&'static str, &'static str) {
    match k {
        StrategyKind::Business => ("business", "经营战略"),
        StrategyKind::Competitive => ("competitive", "竞争战略"),
        StrategyKind::Cooperation => ("cooperation", "合作战略"),
        _ => ("other", "其他战略"),
    }
}

fn basis_text(b: AlignmentBasis) -> (&'static str, &'static str) {
    match b {
        AlignmentBasis::OverallStrategy => ("overall strategy", "组织总体战略"),
        AlignmentBasis::Capabilities => ("capabilities", "组织能力"),
        AlignmentBasis::ContextFactors => ("internal and external factors", "内外部因素"),
        AlignmentBasis::ComplianceRequirements => ("compliance requirements", "合规要求"),
        AlignmentBasis::InterestedParties => ("needs of interested parties", "相关方的需求和期望"),
        _ => ("resources", "资源"),
    }
}

fn check_strategy_kinds(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let strategies = &ctx.doc.leadership.strategies;
    for (kind, item) in StrategyKind::REQUIRED {
        if !strategies.iter().any(|s| s.kind == Some(kind)) {
            let (en, zh) = kind_text(kind);
            em.legacy_emit_at(
                item,
                list_path(
                    !strategies.is_empty(),
                    "/leadership/strategies",
                    "/leadership",
                ),
                &[p("kind", en), p("kind_zh", zh)],
            );
        }
    }
}

fn check_strategy_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let strategies = &ctx.doc.leadership.strategies;
    for (kind, _) in StrategyKind::REQUIRED {
        let Some((first, s)) = strategies
            .iter()
            .enumerate()
            .find(|(_, s)| s.kind == Some(kind))
        else {
            continue;
        };
        for (aspect, k, item) in StrategyAspect::ALL {
            if k != kind {
                continue;
            }
            let analysed = strategies
                .iter()
                .filter(|s| s.kind == Some(kind))
                .flat_map(|s| s.considerations.iter())
                .any(|c| c.aspect == aspect && !blank(&c.analysis));
            if !analysed {
                let (en, zh) = kind_text(kind);
                em.legacy_emit_at(
                    item,
                    format!("/leadership/strategies/{first}"),
                    &[
                        p("subject", &s.title),
                        p("kind", en),
                        p("kind_zh", zh),
                        p("aspect", title(item).0),
                        p("aspect_zh", title(item).1),
                    ],
                );
            }
        }
    }
}

fn check_strategy_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        if top_approval(ctx, &s.approval).is_none() {
            em.legacy_emit(
                format!("/leadership/strategies/{i}"),
                &[p("subject", &s.title), p("asOf", ctx.as_of)],
            );
        }
    }
}

fn check_strategy_alignment(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        for basis in AlignmentBasis::ALL {
            if !s
                .alignment
                .iter()
                .any(|a| a.basis == basis && !blank(&a.conclusion))
            {
                em.legacy_emit(
                    format!("/leadership/strategies/{i}"),
                    &[
                        p("subject", &s.title),
                        p("basis", basis_text(basis).0),
                        p("basis_zh", basis_text(basis).1),
                    ],
                );
            }
        }
    }
}

fn check_strategy_current(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        if let Some(until) = s.valid_until
            && until < ctx.as_of
        {
            em.legacy_emit(
                format!("/leadership/strategies/{i}/validUntil"),
                &[p("subject", &s.title), p("until", until)],
            );
        }
    }
}

fn check_strategy_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        let path = format!("/leadership/strategies/{i}");
        let Some(doc_id) = s.document else {
            em.legacy_emit(
                path,
                &[
                    p("subject", &s.title),
                    p("problem", "is not held as documented information"),
                    p("problem_zh", "未形成成文信息"),
                ],
            );
            continue;
        };
        // A dangling reference is reported by `ecms-ref-dangling`.
        if let Some(d) = ctx.doc.support.documents.iter().find(|d| d.id == doc_id)
            && d.status != Some(DocumentStatus::Effective)
        {
            em.legacy_emit(
                format!("{path}/document"),
                &[
                    p("subject", &s.title),
                    p(
                        "problem",
                        format!(
                            "is held in '{}', which is not an effective document",
                            d.title
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("所在文件“{}”不是现行有效文件", d.title),
                    ),
                ],
            );
        }
    }
}

fn reached(ctx: &Ctx<'_>, records: &[CommunicationRecord], since: Option<Date>) -> bool {
    records.iter().any(|r| {
        !r.audience.is_empty()
            && r.date
                .is_some_and(|d| d <= ctx.as_of && since.is_none_or(|s| d >= s))
    })
}

/// Whether any communication record reaches someone on or before the as-of date.
pub(super) fn communicated(ctx: &Ctx<'_>, records: &[CommunicationRecord]) -> bool {
    reached(ctx, records, None)
}

fn check_strategy_communicated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        // An unapproved strategy is reported by `ecms-4.2.1-strategy-approved`.
        let Some(approved) = top_approval(ctx, &s.approval) else {
            continue;
        };
        if !reached(ctx, &s.communications, Some(approved)) {
            em.legacy_emit(
                format!("/leadership/strategies/{i}"),
                &[p("subject", &s.title)],
            );
        }
    }
}

fn check_strategy_availability(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.leadership.strategies.iter().enumerate() {
        let decided = s
            .disclosure
            .as_ref()
            .is_some_and(|d| !d.parties.is_empty() || !blank(&d.withheld_reason));
        if !decided {
            em.legacy_emit(
                format!("/leadership/strategies/{i}"),
                &[p("subject", &s.title)],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4.3

fn check_roles_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.leadership.roles.is_empty() {
        em.legacy_emit("/leadership", &[]);
    }
}

fn check_role_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        let path = format!("/leadership/roles/{i}");
        if r.responsibilities.iter().all(|x| x.trim().is_empty()) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.name),
                    p("what", "responsibilities"),
                    p("what_zh", "职责"),
                ],
            );
        }
        if r.authorities.iter().all(|x| x.trim().is_empty()) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.name),
                    p("what", "authorities"),
                    p("what_zh", "权限"),
                ],
            );
        }
    }
}

fn check_role_staffed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        if r.holders.is_empty() {
            em.legacy_emit(format!("/leadership/roles/{i}"), &[p("subject", &r.name)]);
        }
    }
}

fn check_role_communicated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        let path = format!("/leadership/roles/{i}");
        if r.document.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.name),
                    p("problem", "no role description is referenced"),
                    p("problem_zh", "未引用岗位说明"),
                ],
            );
        }
        if r.communicated_on.is_none_or(|d| d > ctx.as_of) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.name),
                    p(
                        "problem",
                        "no date on which responsibilities and authorities were communicated",
                    ),
                    p("problem_zh", "没有职责和权限的沟通日期"),
                ],
            );
        }
        for h in &r.holders {
            if !r.acknowledged_by.contains(h) {
                let name = person_name(ctx.doc, *h);
                em.legacy_emit(
                    &path,
                    &[
                        p("subject", &r.name),
                        p(
                            "problem",
                            format!("holder {name} has not confirmed understanding the role"),
                        ),
                        p("problem_zh", format!("任职人员{name}未确认理解岗位职责")),
                    ],
                );
            }
        }
    }
}

fn check_duties_assigned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let list = &ctx.doc.leadership.duty_assignments;
    for (duty, item) in SystemDuty::ALL {
        if !list.iter().any(|a| a.duty == duty && a.role.is_some()) {
            em.legacy_emit_at(
                item,
                list_path(
                    !list.is_empty(),
                    "/leadership/dutyAssignments",
                    "/leadership",
                ),
                &[p("duty", title(item).0), p("duty_zh", title(item).1)],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4.4

fn check_communications_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let plan = &ctx.doc.leadership.communication_plan;
    for dir in CommunicationDirection::ALL {
        if !plan.iter().any(|c| c.direction == Some(dir)) {
            let zh = match dir {
                CommunicationDirection::Internal => "内部",
                _ => "外部",
            };
            em.legacy_emit(
                list_path(
                    !plan.is_empty(),
                    "/leadership/communicationPlan",
                    "/leadership",
                ),
                &[p("direction", dir.as_str()), p("direction_zh", zh)],
            );
        }
    }
}

fn check_communication_complete(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.leadership.communication_plan.iter().enumerate() {
        let mut missing: Vec<(&str, &str)> = Vec::new();
        if c.topic.trim().is_empty() {
            missing.push(("what is communicated", "沟通内容"));
        }
        if c.direction.is_none() {
            missing.push(("whether it is internal or external", "内部或外部"));
        }
        if c.schedule.interval.is_none() && blank(&c.trigger) {
            missing.push((
                "when (an interval or a trigger)",
                "沟通时机（周期或触发条件）",
            ));
        }
        if blank(&c.method) {
            missing.push(("how", "沟通方式"));
        }
        if c.audience_roles.is_empty() && c.audience_parties.is_empty() {
            missing.push(("with whom", "沟通对象"));
        } else if c.direction == Some(CommunicationDirection::External)
            && c.audience_parties.is_empty()
        {
            missing.push((
                "which interested parties outside it reaches",
                "所涉及的外部相关方",
            ));
        }
        if c.responsible.is_none() {
            missing.push(("who is responsible", "沟通职责"));
        }
        for (en, zh) in missing {
            em.legacy_emit(
                format!("/leadership/communicationPlan/{i}"),
                &[p("subject", &c.topic), p("what", en), p("what_zh", zh)],
            );
        }
    }
}
