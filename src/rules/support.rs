//! Rules for chapter 6 — resources and competence: resources (6.1), competence (6.2),
//! awareness (6.3) and documented information (6.4).

use std::collections::HashMap;

use chrono::Months;

use crate::common::Date;
use rust_decimal::Decimal;

use super::obligations::{Obligation, legacy_emit_overdue};
use super::util::{all_blank, blank};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::catalog;
use crate::common::{Interval, Money};
use crate::ids::{DocumentId, RoleId};
use crate::model::EcmsDocument;
use crate::model::support::{
    AwarenessTopic, CompetenceEvidence, CompetenceRequirement, DocumentStatus,
    DocumentedInformation, EffectivenessResult, FundHorizon, GoalStatus, Person, ProvisionStatus,
    ResourceSource, Support,
};

pub(super) static RULES: &[BuiltinRule] = &[
    // ----------------------------------------------------------------------------- 6.1.1
    rule!(
        "ecms-6.1.1-resource-plan",
        "6.1.1",
        Error,
        Shall,
        Major,
        ("Resources determined in a plan", "确定所需资源"),
        ("{problem}", "{problem_zh}"),
        check_resource_plan,
    ),
    rule!(
        "ecms-6.1.1-resource-plan-current",
        "6.1.1",
        Error,
        Shall,
        Minor,
        ("Resource plan covers today", "资源计划在有效期内"),
        (
            "The resource plan '{subject}' {problem}.",
            "资源计划“{subject}”{problem_zh}。"
        ),
        check_resource_plan_current,
    ),
    rule!(
        "ecms-6.1.1-resource-plan-approved",
        "6.1.1",
        Warning,
        Policy,
        Minor,
        ("Resource plan approved", "资源计划经批准"),
        (
            "The resource plan '{subject}' records no approver and date.",
            "资源计划“{subject}”未记录批准人和日期。"
        ),
        check_resource_plan_approved,
    ),
    rule!(
        "ecms-6.1.1.a-internal-capability",
        "6.1.1.a",
        Error,
        Shall,
        Minor,
        (
            "Internal capabilities and constraints considered",
            "考虑内部资源的能力和约束"
        ),
        ("{problem}", "{problem_zh}"),
        check_internal_capability,
    ),
    rule!(
        "ecms-6.1.1.b-external-resources",
        "6.1.1.b",
        Error,
        Shall,
        Minor,
        (
            "Resources from external providers considered",
            "考虑从外部供方获取的资源"
        ),
        ("{problem}", "{problem_zh}"),
        check_external_resources,
    ),
    rule!(
        "ecms-6.1.1-resources-provided",
        "6.1.1",
        Error,
        Shall,
        Minor,
        ("Planned resources provided on time", "按期提供所需资源"),
        (
            "Resource '{subject}' was needed by {due} but is {status}.",
            "资源“{subject}”应于{due}前提供，目前状态为{status}。"
        ),
        check_resources_provided,
    ),
    // ----------------------------------------------------------------------------- 6.1.2
    rule!(
        "ecms-6.1.2-staffing-determined",
        "6.1.2",
        Error,
        Shall,
        Major,
        ("Staffing needs determined", "确定所需人员"),
        (
            "No staffing need (headcount per role) is recorded.",
            "未记录任何人员需求（各岗位人数）。"
        ),
        check_staffing_determined,
    ),
    rule!(
        "ecms-6.1.2-role-headcount",
        "6.1.2",
        Error,
        Shall,
        Minor,
        ("Each role has a headcount", "各岗位确定人数"),
        (
            "Role '{subject}' has no staffing need (headcount) recorded.",
            "岗位“{subject}”未记录人员需求（人数）。"
        ),
        check_role_headcount,
    ),
    rule!(
        "ecms-6.1.2-staffing-shortfall",
        "6.1.2",
        Error,
        Shall,
        Minor,
        ("Needed people provided", "配备所需人员"),
        (
            "Role '{subject}' needs {required} people but {actual} active people hold it.",
            "岗位“{subject}”需要{required}人，实际在岗{actual}人。"
        ),
        check_staffing_shortfall,
    ),
    rule!(
        "ecms-6.1.2-person-without-role",
        "6.1.2",
        Warning,
        Policy,
        Minor,
        ("Every person holds a role", "每名人员均有岗位"),
        (
            "Person '{subject}' holds no role, so responsibilities and competence needs are unclear.",
            "人员“{subject}”没有岗位，职责和能力要求不明确。"
        ),
        check_person_without_role,
    ),
    // ----------------------------------------------------------------------------- 6.1.3
    rule!(
        "ecms-6.1.3-fund-needs",
        "6.1.3",
        Error,
        Shall,
        Major,
        (
            "Short- and long-term fund needs determined",
            "确定长短期资金需求"
        ),
        (
            "No {horizon} fund need is recorded.",
            "未记录{horizon_zh}资金需求。"
        ),
        check_fund_needs,
    ),
    rule!(
        "ecms-6.1.3-fund-supply",
        "6.1.3",
        Error,
        Shall,
        Minor,
        ("Fund supply assured", "保证资金供给"),
        (
            "Fund need '{subject}' has no {what}.",
            "资金需求“{subject}”没有{what_zh}。"
        ),
        check_fund_supply,
    ),
    rule!(
        "ecms-6.1.3-budget",
        "6.1.3",
        Error,
        Shall,
        Major,
        ("A budget plans the use of funds", "有资金使用计划"),
        (
            "No budget line with a planned amount is recorded.",
            "未记录任何有计划金额的预算项。"
        ),
        check_budget,
    ),
    rule!(
        "ecms-6.1.3-budget-actual-compared",
        "6.1.3",
        Error,
        Shall,
        Minor,
        ("Actual spending compared with plan", "实际使用与计划比较"),
        (
            "Budget line '{subject}' has no {what}, so actual use cannot be compared with the plan.",
            "预算项“{subject}”没有{what_zh}，无法将实际使用与计划比较。"
        ),
        check_budget_compared,
    ),
    rule!(
        "ecms-6.1.3-budget-currency",
        "6.1.3",
        Error,
        Integrity,
        Minor,
        ("Plan and actual in one currency", "计划与实际币种一致"),
        (
            "Budget line '{subject}' is planned in {planned} but its actual is in {actual}.",
            "预算项“{subject}”计划币种为{planned}，实际币种为{actual}。"
        ),
        check_budget_currency,
    ),
    rule!(
        "ecms-6.1.3-variance-threshold",
        "6.1.3",
        Error,
        Shall,
        Minor,
        ("Variance threshold set", "规定偏差阈值"),
        (
            "No variance threshold applies to budget line '{subject}', so when to act on a variance is undefined.",
            "预算项“{subject}”没有适用的偏差阈值，无法确定何时采取措施。"
        ),
        check_variance_threshold,
    ),
    rule!(
        "ecms-6.1.3-variance-acted-upon",
        "6.1.3",
        Error,
        Shall,
        Minor,
        (
            "Variances beyond threshold acted upon",
            "超阈值偏差及时采取措施"
        ),
        (
            "Budget line '{subject}': actual {actual} against plan {planned} exceeds the {threshold}% threshold and no action is recorded.",
            "预算项“{subject}”：实际{actual}对计划{planned}的偏差超过{threshold}%阈值，且没有措施记录。"
        ),
        check_variance_acted,
    ),
    rule!(
        "ecms-6.1.3-comparison-interval",
        "6.1.3",
        Error,
        Shall,
        Minor,
        ("Budget comparison has an interval", "规定预算比较周期"),
        (
            "The budget declares no interval for comparing actual spending with the plan.",
            "预算未规定将实际使用与计划比较的周期。"
        ),
        check_comparison_interval,
    ),
    rule!(
        "ecms-6.1.3-comparison-overdue",
        "6.1.3",
        Error,
        Shall,
        Minor,
        ("Budget compared on time", "按期比较预算执行"),
        (
            "The comparison of actual spending with the {subject} was due on {due} (interval {interval}, last {last}).",
            "{subject}实际使用与计划的比较应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 6.1.4
    rule!(
        "ecms-6.1.4-natural-resources",
        "6.1.4",
        Error,
        Shall,
        Major,
        (
            "Natural resources and their impact understood",
            "了解自然资源的影响"
        ),
        (
            "No natural resource (packaging, energy, raw material…) is recorded.",
            "未记录任何自然资源（包装、能源、原材料等）。"
        ),
        check_natural_resources,
    ),
    rule!(
        "ecms-6.1.4-impact-understood",
        "6.1.4",
        Error,
        Shall,
        Minor,
        (
            "How and how much a resource affects e-commerce",
            "了解影响方式和程度"
        ),
        (
            "Natural resource '{subject}' has no {what}.",
            "自然资源“{subject}”没有{what_zh}。"
        ),
        check_natural_impact,
    ),
    rule!(
        "ecms-6.1.4-supply-assured",
        "6.1.4",
        Error,
        Shall,
        Minor,
        ("Short- and long-term supply assured", "保证短期和长期供应"),
        (
            "Natural resource '{subject}' records no {horizon} supply arrangement.",
            "自然资源“{subject}”没有{horizon_zh}供应安排。"
        ),
        check_natural_supply,
    ),
    rule!(
        "ecms-6.1.4-environmental-impact",
        "6.1.4",
        Error,
        Shall,
        Minor,
        ("Environmental impact minimized", "使环境影响最小"),
        (
            "Natural resource '{subject}' records no measure to keep its environmental impact low.",
            "自然资源“{subject}”没有降低环境影响的措施。"
        ),
        check_natural_measures,
    ),
    rule!(
        "ecms-6.1.4-review-interval",
        "6.1.4",
        Error,
        Shall,
        Minor,
        (
            "Natural resources have a review interval",
            "自然资源规定评审周期"
        ),
        (
            "Natural resource '{subject}' declares no review interval.",
            "自然资源“{subject}”未规定评审周期。"
        ),
        check_natural_interval,
    ),
    rule!(
        "ecms-6.1.4-review-overdue",
        "6.1.4",
        Error,
        Shall,
        Minor,
        ("Natural resources reviewed on time", "自然资源按期评审"),
        (
            "The review of natural resource '{subject}' was due on {due} (interval {interval}, last {last}).",
            "自然资源“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 6.1.5
    rule!(
        "ecms-6.1.5-infrastructure",
        "6.1.5",
        Error,
        Shall,
        Major,
        ("Infrastructure determined", "确定基础设施"),
        (
            "No infrastructure or work-environment asset in use is recorded.",
            "未记录任何在用的基础设施或工作环境资产。"
        ),
        check_infrastructure,
    ),
    rule!(
        "ecms-6.1.5-asset-owner",
        "6.1.5",
        Error,
        Shall,
        Minor,
        ("Assets have an owner", "资产有负责岗位"),
        (
            "Asset '{subject}' has no responsible role.",
            "资产“{subject}”没有负责岗位。"
        ),
        check_asset_owner,
    ),
    rule!(
        "ecms-6.1.5-asset-maintenance-interval",
        "6.1.5",
        Error,
        Shall,
        Minor,
        ("Assets have a maintenance interval", "资产规定维护周期"),
        (
            "Asset '{subject}' declares no maintenance interval.",
            "资产“{subject}”未规定维护周期。"
        ),
        check_asset_interval,
    ),
    rule!(
        "ecms-6.1.5-asset-maintenance-overdue",
        "6.1.5",
        Error,
        Shall,
        Minor,
        ("Assets maintained on time", "资产按期维护"),
        (
            "The maintenance of asset '{subject}' was due on {due} (interval {interval}, last {last}).",
            "资产“{subject}”应于{due}维护（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-6.1.5.a-technology-procedure",
        "6.1.5.a",
        Error,
        Shall,
        Major,
        (
            "Information and technology managed by procedure",
            "按程序管理信息与技术"
        ),
        (
            "No procedure for identifying, acquiring, evaluating, using, protecting and maintaining information and technology is recorded.",
            "未记录识别、获取、评估、使用、保护和维护信息与技术的程序。"
        ),
        check_technology_procedure,
    ),
    rule!(
        "ecms-6.1.5.a-asset-protection",
        "6.1.5.a",
        Error,
        Shall,
        Minor,
        ("Technology assets protected", "保护信息技术资产"),
        (
            "Technology asset '{subject}' records no protection measure.",
            "信息技术资产“{subject}”没有保护措施。"
        ),
        check_asset_protection,
    ),
    rule!(
        "ecms-6.1.5.b-information-for-decisions",
        "6.1.5.b",
        Error,
        Shall,
        Major,
        ("Information analysed for decisions", "分析信息用于决策"),
        (
            "No record shows information being extracted, analysed and used in a management decision.",
            "没有记录表明信息经提取和分析并用于管理决策。"
        ),
        check_information_for_decisions,
    ),
    rule!(
        "ecms-6.1.5.b-decision-recorded",
        "6.1.5.b",
        Error,
        Shall,
        Minor,
        ("Analyses name their decision", "分析记录其决策"),
        (
            "The analysis '{subject}' records no {what}.",
            "分析“{subject}”没有记录{what_zh}。"
        ),
        check_decision_recorded,
    ),
    rule!(
        "ecms-6.1.5.c-technology-plan",
        "6.1.5.c",
        Error,
        Shall,
        Major,
        ("Technology development plan", "技术开发与改造计划"),
        (
            "No goal of a technology development and upgrade plan is recorded.",
            "未记录技术开发与改造计划的任何目标。"
        ),
        check_technology_plan,
    ),
    rule!(
        "ecms-6.1.5.c-technology-goal-complete",
        "6.1.5.c",
        Error,
        Shall,
        Minor,
        ("Technology goals complete", "技术目标完整"),
        (
            "Technology goal '{subject}' has no {what}.",
            "技术目标“{subject}”没有{what_zh}。"
        ),
        check_technology_goal,
    ),
    rule!(
        "ecms-6.1.5.c-technology-goal-overdue",
        "6.1.5.c",
        Warning,
        Policy,
        Minor,
        ("Technology goals met on time", "技术目标按期完成"),
        (
            "Technology goal '{subject}' was due on {due} and is not completed.",
            "技术目标“{subject}”应于{due}完成，但尚未完成。"
        ),
        check_technology_goal_overdue,
    ),
    rule!(
        "ecms-6.1.5.d-sharing",
        "6.1.5.d",
        Error,
        Shall,
        Major,
        (
            "Information and technology shared with parties",
            "与相关方沟通分享信息和技术"
        ),
        (
            "No communication or sharing of information and technology with an interested party is recorded.",
            "未记录与相关方沟通和分享信息与技术。"
        ),
        check_sharing,
    ),
    rule!(
        "ecms-6.1.5.e-review-procedure",
        "6.1.5.e",
        Error,
        Shall,
        Major,
        (
            "Periodic review procedure for information and technology",
            "信息和技术定期评审程序"
        ),
        (
            "No periodic review procedure for information and technology is recorded.",
            "未记录信息和技术的定期评审程序。"
        ),
        check_review_procedure,
    ),
    rule!(
        "ecms-6.1.5.e-review-interval",
        "6.1.5.e",
        Error,
        Shall,
        Minor,
        (
            "Information and technology review has an interval",
            "信息和技术评审规定周期"
        ),
        (
            "The information and technology review declares no interval.",
            "信息和技术评审未规定周期。"
        ),
        check_technology_review_interval,
    ),
    rule!(
        "ecms-6.1.5.e-review-overdue",
        "6.1.5.e",
        Error,
        Shall,
        Minor,
        (
            "Information and technology reviewed on time",
            "信息和技术按期评审"
        ),
        (
            "The {subject} was due on {due} (interval {interval}, last {last}).",
            "{subject}应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 6.1.6
    rule!(
        "ecms-6.1.6-instruments",
        "6.1.6",
        Error,
        Shall,
        Major,
        (
            "Monitoring and measuring resources determined",
            "确定监视和测量资源"
        ),
        (
            "No monitoring or measuring resource is recorded.",
            "未记录任何监视和测量资源。"
        ),
        check_instruments,
    ),
    rule!(
        "ecms-6.1.6.a-suitability",
        "6.1.6.a",
        Error,
        Shall,
        Minor,
        ("Resources suit the measurement", "资源适合监测活动"),
        (
            "Monitoring or measuring resource '{subject}' has no {what}.",
            "监视和测量资源“{subject}”没有{what_zh}。"
        ),
        check_suitability,
    ),
    rule!(
        "ecms-6.1.6.b-calibration-interval",
        "6.1.6.b",
        Error,
        Shall,
        Minor,
        (
            "Calibration or verification interval set",
            "规定校准或检定周期"
        ),
        (
            "Monitoring or measuring resource '{subject}' declares no calibration or verification interval.",
            "监视和测量资源“{subject}”未规定校准或检定周期。"
        ),
        check_calibration_interval,
    ),
    rule!(
        "ecms-6.1.6.b-calibration-overdue",
        "6.1.6.b",
        Error,
        Shall,
        Minor,
        ("Calibration or verification on time", "按期校准或检定"),
        (
            "The calibration or verification of '{subject}' was due on {due} (interval {interval}, last {last}).",
            "“{subject}”应于{due}校准或检定（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-6.1.6.b-failed-in-use",
        "6.1.6.b",
        Error,
        Shall,
        Minor,
        (
            "Failed resources taken out of use",
            "不合格的测量资源停止使用"
        ),
        (
            "Monitoring or measuring resource '{subject}' failed its calibration on {date} and is still in use.",
            "监视和测量资源“{subject}”于{date}校准不合格，仍在使用。"
        ),
        check_failed_in_use,
    ),
    rule!(
        "ecms-6.1.6-calibration-evidence",
        "6.1.6",
        Error,
        Shall,
        Minor,
        ("Evidence of fitness retained", "保存测量资源适用的证据"),
        (
            "Monitoring or measuring resource '{subject}': {problem}.",
            "监视和测量资源“{subject}”：{problem_zh}。"
        ),
        check_calibration_evidence,
    ),
    // ----------------------------------------------------------------------------- 6.1.7
    rule!(
        "ecms-6.1.7-knowledge-determined",
        "6.1.7",
        Error,
        Shall,
        Major,
        ("Necessary knowledge determined", "确定必要的知识"),
        (
            "No organizational knowledge is recorded.",
            "未记录任何组织的知识。"
        ),
        check_knowledge_determined,
    ),
    rule!(
        "ecms-6.1.7-knowledge-process",
        "6.1.7",
        Error,
        Shall,
        Minor,
        ("Knowledge tied to processes", "知识对应所需过程"),
        (
            "Knowledge '{subject}' names no process that needs it.",
            "知识“{subject}”未注明所支持的过程。"
        ),
        check_knowledge_process,
    ),
    rule!(
        "ecms-6.1.7-knowledge-maintained",
        "6.1.7",
        Error,
        Shall,
        Minor,
        ("Knowledge maintained", "知识予以保持"),
        (
            "Knowledge '{subject}' has no {what}.",
            "知识“{subject}”没有{what_zh}。"
        ),
        check_knowledge_maintained,
    ),
    rule!(
        "ecms-6.1.7-knowledge-available",
        "6.1.7",
        Error,
        Shall,
        Minor,
        (
            "Knowledge available where needed",
            "知识在需要的范围内可获得"
        ),
        (
            "Knowledge '{subject}' names no role that has access to it.",
            "知识“{subject}”未注明可获取的岗位。"
        ),
        check_knowledge_available,
    ),
    rule!(
        "ecms-6.1.7-knowledge-update",
        "6.1.7",
        Error,
        Shall,
        Minor,
        (
            "How to obtain more or updated knowledge",
            "确定获取更多知识和知识更新的方法"
        ),
        (
            "Knowledge '{subject}' records no way to obtain additional or updated knowledge.",
            "知识“{subject}”未记录获取更多知识或知识更新的方法。"
        ),
        check_knowledge_update,
    ),
    rule!(
        "ecms-6.1.7-knowledge-review-interval",
        "6.1.7",
        Error,
        Shall,
        Minor,
        ("Knowledge has a review interval", "知识规定评审周期"),
        (
            "Knowledge '{subject}' declares no review interval.",
            "知识“{subject}”未规定评审周期。"
        ),
        check_knowledge_interval,
    ),
    rule!(
        "ecms-6.1.7-knowledge-review-overdue",
        "6.1.7",
        Error,
        Shall,
        Minor,
        ("Knowledge reviewed on time", "知识按期评审"),
        (
            "The review of knowledge '{subject}' was due on {due} (interval {interval}, last {last}).",
            "知识“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 6.2
    rule!(
        "ecms-6.2.a-competence-determined",
        "6.2.a",
        Error,
        Shall,
        Major,
        ("Competence needs determined", "确定所需能力"),
        (
            "No competence requirement is recorded.",
            "未记录任何能力要求。"
        ),
        check_competence_determined,
    ),
    rule!(
        "ecms-6.2.a-role-competence",
        "6.2.a",
        Error,
        Shall,
        Minor,
        ("Each role has competence needs", "各岗位确定能力要求"),
        (
            "Role '{subject}' has no competence requirement.",
            "岗位“{subject}”没有能力要求。"
        ),
        check_role_competence,
    ),
    rule!(
        "ecms-6.2.b-person-competent",
        "6.2.b",
        Error,
        Shall,
        Minor,
        ("People competent for their roles", "人员胜任其岗位"),
        (
            "'{subject}' holds role '{role}' but has no valid evidence of competence '{competence}'.",
            "“{subject}”担任岗位“{role}”，但没有能力“{competence}”的有效证据。"
        ),
        check_person_competent,
    ),
    rule!(
        "ecms-6.2.c-training-effectiveness",
        "6.2.c",
        Error,
        Shall,
        Minor,
        ("Effectiveness of actions evaluated", "评价措施的有效性"),
        (
            "The effectiveness of '{subject}' was to be evaluated by {due} and no evaluation is recorded.",
            "“{subject}”的有效性应于{due}前评价，但没有评价记录。"
        ),
        check_training_effectiveness,
    ),
    rule!(
        "ecms-6.2.c-ineffective-follow-up",
        "6.2.c",
        Error,
        Shall,
        Minor,
        ("Ineffective actions followed up", "无效措施有后续行动"),
        (
            "'{subject}' was evaluated as {result} and no follow-up is recorded.",
            "“{subject}”评价为{result}，但没有后续措施记录。"
        ),
        check_ineffective_follow_up,
    ),
    rule!(
        "ecms-6.2.d-evidence-retained",
        "6.2.d",
        Error,
        Shall,
        Minor,
        ("Evidence of competence retained", "保留能力证据"),
        (
            "Competence evidence '{evidence}' of '{subject}' points at no retained documented information.",
            "“{subject}”的能力证据“{evidence}”未指向保留的成文信息。"
        ),
        check_evidence_retained,
    ),
    // ----------------------------------------------------------------------------- 6.3
    rule!(
        "ecms-6.3-awareness",
        "6.3",
        Error,
        Shall,
        Minor,
        ("People aware of 6.3 a)–d)", "人员知晓6.3 a)–d)"),
        (
            "No current awareness session on '{topic}' is recorded for '{subject}'.",
            "没有“{subject}”参加关于“{topic}”的有效意识宣贯记录。"
        ),
        check_awareness,
        covers = ["6.3.a", "6.3.b", "6.3.c", "6.3.d"],
    ),
    // ----------------------------------------------------------------------------- 6.4.1
    rule!(
        "ecms-6.4.1.a-required-information",
        "6.4.1.a",
        Error,
        Shall,
        Major,
        (
            "Documented information the standard requires",
            "本标准要求的成文信息"
        ),
        (
            "No current documented information is declared to satisfy {clause} ({what}).",
            "没有现行成文信息声明满足{clause}（{what_zh}）。"
        ),
        check_required_information,
    ),
    rule!(
        "ecms-6.4.1.a-required-by-known",
        "6.4.1.a",
        Error,
        Integrity,
        Minor,
        ("Declared requirements exist", "声明的要求存在"),
        (
            "Document '{subject}' declares it satisfies '{clause}', which is not a clause or item of GB/T 36311-2018 chapters 3-9.",
            "文件“{subject}”声明满足“{clause}”，但它不是GB/T 36311—2018第3至9章的条款或列项。"
        ),
        check_required_by_known,
    ),
    // ----------------------------------------------------------------------------- 6.4.2
    rule!(
        "ecms-6.4.2.a-identification",
        "6.4.2.a",
        Error,
        Shall,
        Minor,
        ("Documents identified", "成文信息有标识"),
        (
            "Document '{subject}' has no {what}.",
            "文件“{subject}”没有{what_zh}。"
        ),
        check_identification,
    ),
    rule!(
        "ecms-6.4.2.b-format-medium",
        "6.4.2.b",
        Error,
        Shall,
        Minor,
        ("Format and medium defined", "规定形式和载体"),
        (
            "Document '{subject}' has no medium (electronic, paper) defined, neither itself nor by the document control defaults.",
            "文件“{subject}”未规定载体（电子、纸质），文件控制默认值中也没有。"
        ),
        check_format_medium,
    ),
    rule!(
        "ecms-6.4.2.c-effective-approved",
        "6.4.2.c",
        Error,
        Shall,
        Minor,
        ("No effective document without approval", "生效文件须经批准"),
        (
            "Document '{subject}' is effective but records no approver and date.",
            "文件“{subject}”已生效，但未记录批准人和日期。"
        ),
        check_effective_approved,
    ),
    rule!(
        "ecms-6.4.2.c-approved-before-effective",
        "6.4.2.c",
        Error,
        Shall,
        Minor,
        ("Approval precedes effect", "先批准后生效"),
        (
            "Document '{subject}' was approved on {approved}, after it took effect on {effective}.",
            "文件“{subject}”于{approved}批准，晚于其生效日期{effective}。"
        ),
        check_approved_before_effective,
    ),
    rule!(
        "ecms-6.4.2.c-review-interval",
        "6.4.2.c",
        Error,
        Shall,
        Minor,
        ("Documents have a review interval", "文件规定评审周期"),
        (
            "Document '{subject}' declares no review interval, neither itself nor by the document control defaults.",
            "文件“{subject}”未规定评审周期，文件控制默认值中也没有。"
        ),
        check_document_review_interval,
    ),
    rule!(
        "ecms-6.4.2.c-review-overdue",
        "6.4.2.c",
        Error,
        Shall,
        Minor,
        ("Documents reviewed on time", "文件按期评审"),
        (
            "The review of document '{subject}' was due on {due} (interval {interval}, last {last}).",
            "文件“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-6.4.2-date-in-future",
        "6.4.2",
        Error,
        Integrity,
        Minor,
        (
            "Nothing done is dated in the future",
            "已完成事项的日期不晚于评价日"
        ),
        (
            "The {what} of '{subject}' is dated {date}, after the evaluation date.",
            "“{subject}”的{what_zh}日期{date}晚于评价日期。"
        ),
        check_date_in_future,
        covers = ["6.4.2.c"],
    ),
    // ----------------------------------------------------------------------------- 6.4.3
    rule!(
        "ecms-6.4.3.a-access",
        "6.4.3.a",
        Error,
        Shall,
        Minor,
        ("Distribution and access defined", "规定分发和访问"),
        (
            "Document '{subject}' {problem}.",
            "文件“{subject}”{problem_zh}。"
        ),
        check_access,
    ),
    rule!(
        "ecms-6.4.3.a-current-version-in-use",
        "6.4.3.a",
        Error,
        Shall,
        Minor,
        ("Only current versions in use", "使用现行有效版本"),
        (
            "{user} uses document '{subject}', which is not current ({status}).",
            "{user}使用的文件“{subject}”不是现行有效版本（{status}）。"
        ),
        check_current_version_in_use,
    ),
    rule!(
        "ecms-6.4.3.b-storage",
        "6.4.3.b",
        Error,
        Shall,
        Minor,
        ("Storage and protection defined", "规定存储和保护"),
        (
            "Document '{subject}' has no {what}, neither itself nor by the document control defaults.",
            "文件“{subject}”没有{what_zh}，文件控制默认值中也没有。"
        ),
        check_storage,
    ),
    rule!(
        "ecms-6.4.3.c-one-current-version",
        "6.4.3.c",
        Error,
        Shall,
        Minor,
        ("One current version per document", "每份文件仅一个现行版本"),
        (
            "Document code '{code}' has more than one current version: '{subject}' (version {version}) and the entry at {first}.",
            "文件编号“{code}”有多个现行版本：“{subject}”（版本{version}）和{first}处的条目。"
        ),
        check_one_current_version,
    ),
    rule!(
        "ecms-6.4.3.c-change-history",
        "6.4.3.c",
        Error,
        Shall,
        Minor,
        ("Changes recorded in a history", "变更有修订记录"),
        (
            "Document '{subject}': {problem}.",
            "文件“{subject}”：{problem_zh}。"
        ),
        check_change_history,
    ),
    rule!(
        "ecms-6.4.3.d-retention-defined",
        "6.4.3.d",
        Error,
        Shall,
        Minor,
        ("Retention defined", "规定保留期限"),
        (
            "Document '{subject}' has no {what}.",
            "文件“{subject}”没有{what_zh}。"
        ),
        check_retention_defined,
    ),
    rule!(
        "ecms-6.4.3.d-disposed-early",
        "6.4.3.d",
        Error,
        Shall,
        Minor,
        (
            "Nothing disposed before retention ends",
            "保留期满前不得处置"
        ),
        (
            "Document '{subject}' was disposed of on {disposed}, before its retention ended on {until}.",
            "文件“{subject}”于{disposed}处置，早于保留期满日{until}。"
        ),
        check_disposed_early,
    ),
    rule!(
        "ecms-6.4.3.d-kept-past-retention",
        "6.4.3.d",
        Warning,
        Policy,
        Minor,
        (
            "Nothing kept past retention without reason",
            "超期保留须有理由"
        ),
        (
            "Document '{subject}' passed its retention on {until} and is neither disposed of nor on hold with a reason.",
            "文件“{subject}”保留期已于{until}届满，既未处置也未说明继续保留的理由。"
        ),
        check_kept_past_retention,
    ),
    rule!(
        "ecms-6.4.3.d-disposal-recorded",
        "6.4.3.d",
        Error,
        Shall,
        Minor,
        ("Disposal recorded consistently", "处置记录完整一致"),
        (
            "Document '{subject}' was disposed of on {disposed} but {problem}.",
            "文件“{subject}”于{disposed}处置，但{problem_zh}。"
        ),
        check_disposal_recorded,
    ),
    rule!(
        "ecms-6.4.3-external-controlled",
        "6.4.3",
        Error,
        Shall,
        Minor,
        (
            "External documents identified and controlled",
            "外来成文信息得到识别和控制"
        ),
        (
            "External document '{subject}' has no {what}.",
            "外来文件“{subject}”没有{what_zh}。"
        ),
        check_external_controlled,
    ),
    rule!(
        "ecms-6.4.3-record-protected",
        "6.4.3",
        Error,
        Shall,
        Minor,
        (
            "Records protected against unintended change",
            "证据类成文信息防止非预期更改"
        ),
        (
            "Record '{subject}' {problem}.",
            "记录“{subject}”{problem_zh}。"
        ),
        check_record_protected,
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[AssessedRequirement {
    clause: "6.4.1.b",
    reason: t(
        "Which further documented information the system needs to be effective is the organization's own judgement; records list what exists, not what is missing.",
        "为确保体系有效还需要哪些成文信息，由组织自行判断；记录只能列出已有的文件，不能说明缺少什么。",
    ),
}];

// ---------------------------------------------------------------------------------------------
// Obligations

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    let s = &doc.support;
    if let Some(f) = &s.finance {
        out.push(Obligation {
            rule_id: "ecms-6.1.3-comparison-overdue",
            clause: "6.1.3",
            path: "/support/finance".into(),
            subject: "budget".into(),
            activity: t("budget versus actual comparison", "预算执行比较"),
            interval: f.comparison.interval,
            last_done: f.comparison.last_done,
            anchor: None,
        });
    }
    for (i, r) in s.natural_resources.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-6.1.4-review-overdue",
            clause: "6.1.4",
            path: format!("/support/naturalResources/{i}"),
            subject: r.name.clone(),
            activity: t("natural resource review", "自然资源评审"),
            interval: r.review.interval,
            last_done: r.review.last_done,
            anchor: None,
        });
    }
    for (i, a) in s.assets.iter().enumerate().filter(|(_, a)| a.in_use()) {
        out.push(Obligation {
            rule_id: "ecms-6.1.5-asset-maintenance-overdue",
            clause: "6.1.5",
            path: format!("/support/assets/{i}"),
            subject: a.name.clone(),
            activity: t("asset maintenance", "资产维护"),
            interval: a.maintenance.interval,
            last_done: a.maintenance.last_done,
            anchor: None,
        });
    }
    if let Some(tm) = &s.technology {
        out.push(Obligation {
            rule_id: "ecms-6.1.5.e-review-overdue",
            clause: "6.1.5.e",
            path: "/support/technology".into(),
            subject: "information and technology review".into(),
            activity: t("information and technology review", "信息和技术评审"),
            interval: tm.review.interval,
            last_done: tm.review.last_done,
            anchor: None,
        });
    }
    for (i, m) in s.instruments.iter().enumerate().filter(|(_, m)| m.in_use()) {
        out.push(Obligation {
            rule_id: "ecms-6.1.6.b-calibration-overdue",
            clause: "6.1.6.b",
            path: format!("/support/instruments/{i}"),
            subject: m.name.clone(),
            activity: t("calibration or verification", "校准或检定"),
            interval: m.calibration.interval,
            last_done: m.calibration.last_done,
            anchor: None,
        });
    }
    for (i, k) in s.knowledge.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-6.1.7-knowledge-review-overdue",
            clause: "6.1.7",
            path: format!("/support/knowledge/{i}"),
            subject: k.topic.clone(),
            activity: t("knowledge review", "知识评审"),
            interval: k.review.interval,
            last_done: k.review.last_done,
            anchor: None,
        });
    }
    let default_interval = s.document_control.as_ref().and_then(|c| c.review_interval);
    for (i, d) in s.documents.iter().enumerate() {
        if !needs_periodic_review(d) {
            continue;
        }
        out.push(Obligation {
            rule_id: "ecms-6.4.2.c-review-overdue",
            clause: "6.4.2.c",
            path: format!("/support/documents/{i}"),
            subject: doc_name(d),
            activity: t("document review", "文件评审"),
            interval: d.review.interval.or(default_interval),
            last_done: d.review.last_done,
            anchor: d
                .approval
                .as_ref()
                .and_then(|a| a.date)
                .or(d.effective_from),
        });
    }
}

/// Effective, controlled (not a record), not disposed of.
fn needs_periodic_review(d: &DocumentedInformation) -> bool {
    d.status == Some(DocumentStatus::Effective) && !d.is_record() && d.disposed_on.is_none()
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn support<'a>(ctx: &'a Ctx<'_>) -> &'a Support {
    &ctx.doc.support
}

fn role_name(ctx: &Ctx<'_>, id: RoleId) -> String {
    ctx.doc
        .leadership
        .roles
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn active_people<'a>(ctx: &'a Ctx<'_>) -> impl Iterator<Item = (usize, &'a Person)> + 'a {
    let as_of = ctx.as_of;
    support(ctx)
        .people
        .iter()
        .enumerate()
        .filter(move |(_, pe)| pe.is_active(as_of))
}

fn doc_name(d: &DocumentedInformation) -> String {
    match &d.code {
        Some(c) if !c.trim().is_empty() => format!("{c} {}", d.title),
        _ => d.title.clone(),
    }
}

fn documents<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a DocumentedInformation)> + 'a {
    support(ctx)
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (format!("/support/documents/{i}"), d))
}

/// Documents that are in use or kept: not drafts, not disposed of.
fn kept_documents<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a DocumentedInformation)> + 'a {
    documents(ctx)
        .filter(|(_, d)| d.status != Some(DocumentStatus::Draft) && d.disposed_on.is_none())
}

fn control(ctx: &Ctx<'_>) -> crate::model::support::DocumentControl {
    support(ctx).document_control.clone().unwrap_or_default()
}

fn status_text(d: &DocumentedInformation, as_of: Date) -> &'static str {
    if d.disposed_on.is_some_and(|x| x <= as_of) {
        return "disposed";
    }
    match d.status {
        None => "no status",
        Some(DocumentStatus::Draft) => "draft",
        Some(DocumentStatus::Obsolete) => "obsolete",
        Some(DocumentStatus::Effective) => "not yet in force",
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.1

fn check_resource_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).resource_plan {
        None => em.legacy_emit(
            "/support",
            &[
                p("problem", "No resource plan is recorded."),
                p("problem_zh", "未记录资源计划。"),
            ],
        ),
        Some(plan) if plan.needs.is_empty() => em.legacy_emit(
            "/support/resourcePlan",
            &[
                p(
                    "problem",
                    format!(
                        "The resource plan '{}' lists no resource needs.",
                        plan.title
                    ),
                ),
                p(
                    "problem_zh",
                    format!("资源计划“{}”未列出任何资源需求。", plan.title),
                ),
            ],
        ),
        Some(_) => {}
    }
}

fn check_resource_plan_current(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    match (plan.valid_from, plan.valid_until) {
        (_, None) => em.legacy_emit(
            "/support/resourcePlan",
            &[
                p("subject", &plan.title),
                p("problem", "states no period it covers"),
                p("problem_zh", "未说明覆盖期间"),
            ],
        ),
        (_, Some(u)) if u < ctx.as_of => em.legacy_emit(
            "/support/resourcePlan/validUntil",
            &[
                p("subject", &plan.title),
                p("problem", format!("expired on {u}")),
                p("problem_zh", format!("已于{u}到期")),
            ],
        ),
        (Some(f), _) if f > ctx.as_of => em.legacy_emit(
            "/support/resourcePlan/validFrom",
            &[
                p("subject", &plan.title),
                p("problem", format!("only starts on {f}")),
                p("problem_zh", format!("自{f}起才适用")),
            ],
        ),
        _ => {}
    }
}

fn check_resource_plan_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(plan) = &support(ctx).resource_plan
        && !plan.approval.as_ref().is_some_and(|a| a.is_complete())
    {
        em.legacy_emit("/support/resourcePlan", &[p("subject", &plan.title)]);
    }
}

fn check_internal_capability(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    if !plan.needs.is_empty()
        && !plan
            .needs
            .iter()
            .any(|n| n.source == Some(ResourceSource::Internal))
    {
        em.legacy_emit(
            "/support/resourcePlan",
            &[
                p(
                    "problem",
                    "The resource plan considers no existing internal resource.",
                ),
                p("problem_zh", "资源计划未考虑任何现有内部资源。"),
            ],
        );
    }
    for (i, n) in plan.needs.iter().enumerate() {
        if n.source != Some(ResourceSource::Internal) {
            continue;
        }
        let path = format!("/support/resourcePlan/needs/{i}");
        if blank(&n.capability) {
            em.legacy_emit(
                &path,
                &[
                    p(
                        "problem",
                        format!(
                            "Internal resource '{}' states no capability of the existing resources.",
                            n.description
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("内部资源“{}”未说明现有资源的能力。", n.description),
                    ),
                ],
            );
        }
        if all_blank(&n.constraints) {
            em.legacy_emit(
                &path,
                &[
                    p(
                        "problem",
                        format!(
                            "Internal resource '{}' states no constraints of the existing resources.",
                            n.description
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("内部资源“{}”未说明现有资源的约束。", n.description),
                    ),
                ],
            );
        }
    }
}

fn check_external_resources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    if !plan.needs.is_empty()
        && !plan
            .needs
            .iter()
            .any(|n| n.source == Some(ResourceSource::External))
    {
        em.legacy_emit(
            "/support/resourcePlan",
            &[
                p(
                    "problem",
                    "The resource plan considers no resource from external providers.",
                ),
                p("problem_zh", "资源计划未考虑需从外部供方获取的资源。"),
            ],
        );
    }
    for (i, n) in plan.needs.iter().enumerate() {
        if n.source == Some(ResourceSource::External) && blank(&n.provider) && n.supplier.is_none()
        {
            em.legacy_emit(
                format!("/support/resourcePlan/needs/{i}"),
                &[
                    p(
                        "problem",
                        format!("External resource '{}' names no provider.", n.description),
                    ),
                    p(
                        "problem_zh",
                        format!("外部资源“{}”未注明供方。", n.description),
                    ),
                ],
            );
        }
    }
    for (i, n) in plan.needs.iter().enumerate() {
        if n.source.is_none() {
            em.legacy_emit(
                format!("/support/resourcePlan/needs/{i}"),
                &[
                    p(
                        "problem",
                        format!(
                            "Resource '{}' does not say whether it is internal or from an external provider.",
                            n.description
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("资源“{}”未说明来自内部还是外部供方。", n.description),
                    ),
                ],
            );
        }
    }
}

fn check_resources_provided(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &support(ctx).resource_plan else {
        return;
    };
    for (i, n) in plan.needs.iter().enumerate() {
        let Some(due) = n.needed_by else { continue };
        if due >= ctx.as_of {
            continue;
        }
        let status = match n.status {
            Some(ProvisionStatus::Provided) | Some(ProvisionStatus::Cancelled) => continue,
            None => "without status",
            Some(ProvisionStatus::Planned) => "planned",
            Some(ProvisionStatus::PartlyProvided) => "partly provided",
        };
        em.legacy_emit(
            format!("/support/resourcePlan/needs/{i}"),
            &[
                p("subject", &n.description),
                p("due", due),
                p("status", status),
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.2

fn check_staffing_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).staffing.is_empty() {
        em.legacy_emit("/support", &[]);
    }
}

fn check_role_headcount(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    if s.staffing.is_empty() {
        return; // reported once by ecms-6.1.2-staffing-determined
    }
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        if !s.staffing.iter().any(|n| n.role == r.id) {
            em.legacy_emit(format!("/leadership/roles/{i}"), &[p("subject", &r.name)]);
        }
    }
}

fn check_staffing_shortfall(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, n) in support(ctx).staffing.iter().enumerate() {
        let actual = active_people(ctx)
            .filter(|(_, pe)| pe.roles.contains(&n.role))
            .count();
        if u64::try_from(actual).unwrap_or(u64::MAX) < u64::from(n.headcount) {
            em.legacy_emit(
                format!("/support/staffing/{i}"),
                &[
                    p("subject", role_name(ctx, n.role)),
                    p("required", n.headcount),
                    p("actual", actual),
                ],
            );
        }
    }
}

fn check_person_without_role(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pe) in active_people(ctx) {
        if pe.roles.is_empty() {
            em.legacy_emit(format!("/support/people/{i}"), &[p("subject", &pe.name)]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.3

fn check_fund_needs(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let (path, needs) = match &support(ctx).finance {
        Some(f) => ("/support/finance", f.fund_needs.as_slice()),
        None => ("/support", &[][..]),
    };
    for (h, en, zh) in [
        (FundHorizon::ShortTerm, "short-term", "短期"),
        (FundHorizon::LongTerm, "long-term", "长期"),
    ] {
        if !needs.iter().any(|n| n.horizon == Some(h)) {
            em.legacy_emit(path, &[p("horizon", en), p("horizon_zh", zh)]);
        }
    }
}

fn check_fund_supply(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, n) in f.fund_needs.iter().enumerate() {
        let path = format!("/support/finance/fundNeeds/{i}");
        if n.amount.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &n.description),
                    p("what", "amount"),
                    p("what_zh", "金额"),
                ],
            );
        }
        if blank(&n.funding_source) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &n.description),
                    p("what", "funding source"),
                    p("what_zh", "资金来源"),
                ],
            );
        }
    }
}

fn check_budget(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ok = support(ctx)
        .finance
        .as_ref()
        .is_some_and(|f| f.budget_lines.iter().any(|l| l.planned.is_some()));
    if !ok {
        let path = if support(ctx).finance.is_some() {
            "/support/finance"
        } else {
            "/support"
        };
        em.legacy_emit(path, &[]);
    }
}

fn check_budget_compared(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        let path = format!("/support/finance/budgetLines/{i}");
        if l.planned.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &l.name),
                    p("what", "planned amount"),
                    p("what_zh", "计划金额"),
                ],
            );
        }
        if l.actual.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &l.name),
                    p("what", "actual amount"),
                    p("what_zh", "实际金额"),
                ],
            );
        }
    }
}

/// The planned amount the actual is compared with.
fn compared_plan(l: &crate::model::support::BudgetLine) -> Option<Money> {
    l.planned_to_date.or(l.planned)
}

fn check_budget_currency(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        let base = format!("/support/finance/budgetLines/{i}");
        let Some(actual) = l.actual else { continue };
        for (field, plan) in [("planned", l.planned), ("plannedToDate", l.planned_to_date)] {
            if let Some(plan) = plan
                && plan.currency != actual.currency
            {
                em.legacy_emit(
                    format!("{base}/{field}"),
                    &[
                        p("subject", &l.name),
                        p("planned", plan.currency),
                        p("actual", actual.currency),
                    ],
                );
            }
        }
    }
}

fn check_variance_threshold(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        if l.variance_threshold.is_none() && f.variance_threshold.is_none() {
            em.legacy_emit(
                format!("/support/finance/budgetLines/{i}"),
                &[p("subject", &l.name)],
            );
        }
    }
}

/// Whether |actual − plan| exceeds `threshold` percent of the plan (overflow counts as
/// exceeding; a zero plan is exceeded by any non-zero actual).
fn exceeds(plan: Decimal, actual: Decimal, threshold: Decimal) -> bool {
    let diff = match actual.checked_sub(plan) {
        Some(d) => d.abs(),
        None => return true,
    };
    let lhs = diff.checked_mul(Decimal::ONE_HUNDRED);
    let rhs = threshold.abs().checked_mul(plan.abs());
    match (lhs, rhs) {
        (Some(l), Some(r)) => l > r,
        _ => true,
    }
}

fn check_variance_acted(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(f) = &support(ctx).finance else {
        return;
    };
    for (i, l) in f.budget_lines.iter().enumerate() {
        let (Some(plan), Some(actual)) = (compared_plan(l), l.actual) else {
            continue;
        };
        let Some(threshold) = l.variance_threshold.or(f.variance_threshold) else {
            continue;
        };
        if plan.currency != actual.currency {
            continue; // reported by ecms-6.1.3-budget-currency
        }
        if !exceeds(
            plan.amount.value(),
            actual.amount.value(),
            threshold.value(),
        ) {
            continue;
        }
        let acted = l.actions.iter().any(|a| {
            !a.description.trim().is_empty() && a.decided_on.is_some_and(|d| d <= ctx.as_of)
        });
        if !acted {
            em.legacy_emit(
                format!("/support/finance/budgetLines/{i}"),
                &[
                    p("subject", &l.name),
                    p("actual", format!("{} {}", actual.amount, actual.currency)),
                    p("planned", format!("{} {}", plan.amount, plan.currency)),
                    p("threshold", threshold),
                ],
            );
        }
    }
}

fn check_comparison_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(f) = &support(ctx).finance
        && !f.budget_lines.is_empty()
        && f.comparison.interval.is_none()
    {
        em.legacy_emit("/support/finance", &[]);
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.4

fn check_natural_resources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).natural_resources.is_empty() {
        em.legacy_emit("/support", &[]);
    }
}

fn check_natural_impact(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        let path = format!("/support/naturalResources/{i}");
        if blank(&r.impact_on_business) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.name),
                    p("what", "description of how it affects e-commerce"),
                    p("what_zh", "对电子商务影响方式的说明"),
                ],
            );
        }
        if r.impact_level.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &r.name),
                    p("what", "rated degree of impact"),
                    p("what_zh", "影响程度评级"),
                ],
            );
        }
    }
}

fn check_natural_supply(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        let path = format!("/support/naturalResources/{i}");
        for (v, en, zh) in [
            (&r.short_term_supply, "short-term", "短期"),
            (&r.long_term_supply, "long-term", "长期"),
        ] {
            if blank(v) {
                em.legacy_emit(
                    &path,
                    &[p("subject", &r.name), p("horizon", en), p("horizon_zh", zh)],
                );
            }
        }
    }
}

fn check_natural_measures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        if all_blank(&r.environmental_measures) {
            em.legacy_emit(
                format!("/support/naturalResources/{i}"),
                &[p("subject", &r.name)],
            );
        }
    }
}

fn check_natural_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in support(ctx).natural_resources.iter().enumerate() {
        if r.review.interval.is_none() {
            em.legacy_emit(
                format!("/support/naturalResources/{i}"),
                &[p("subject", &r.name)],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.5

fn check_infrastructure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !support(ctx).assets.iter().any(|a| a.in_use()) {
        let path = if support(ctx).assets.is_empty() {
            "/support"
        } else {
            "/support/assets"
        };
        em.legacy_emit(path, &[]);
    }
}

fn check_asset_owner(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in support(ctx).assets.iter().enumerate() {
        if a.in_use() && a.owner.is_none() {
            em.legacy_emit(format!("/support/assets/{i}"), &[p("subject", &a.name)]);
        }
    }
}

fn check_asset_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in support(ctx).assets.iter().enumerate() {
        if a.in_use() && a.maintenance.interval.is_none() {
            em.legacy_emit(format!("/support/assets/{i}"), &[p("subject", &a.name)]);
        }
    }
}

fn check_technology_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.legacy_emit("/support", &[]),
        Some(tm) if tm.procedure.is_none() => em.legacy_emit("/support/technology", &[]),
        Some(_) => {}
    }
}

fn check_asset_protection(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, a) in support(ctx).assets.iter().enumerate() {
        if a.in_use() && a.kind.is_some_and(|k| k.is_technology()) && all_blank(&a.protection) {
            em.legacy_emit(format!("/support/assets/{i}"), &[p("subject", &a.name)]);
        }
    }
}

fn check_information_for_decisions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.legacy_emit("/support", &[]),
        Some(tm) if tm.decision_uses.is_empty() => em.legacy_emit("/support/technology", &[]),
        Some(_) => {}
    }
}

fn check_decision_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(tm) = &support(ctx).technology else {
        return;
    };
    for (i, u) in tm.decision_uses.iter().enumerate() {
        let path = format!("/support/technology/decisionUses/{i}");
        if blank(&u.decision) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &u.analysis),
                    p("what", "decision it informed"),
                    p("what_zh", "所支持的决策"),
                ],
            );
        }
        if u.date.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &u.analysis),
                    p("what", "date"),
                    p("what_zh", "日期"),
                ],
            );
        }
        if u.sources.is_empty() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &u.analysis),
                    p("what", "data sources"),
                    p("what_zh", "信息来源"),
                ],
            );
        }
    }
}

fn check_technology_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.legacy_emit("/support", &[]),
        Some(tm) if tm.goals.is_empty() => em.legacy_emit("/support/technology", &[]),
        Some(_) => {}
    }
}

fn check_technology_goal(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(tm) = &support(ctx).technology else {
        return;
    };
    for (i, g) in tm.goals.iter().enumerate() {
        let path = format!("/support/technology/goals/{i}");
        let mut missing = Vec::new();
        if all_blank(&g.measures) {
            missing.push(("measures", "措施"));
        }
        if g.owner.is_none() {
            missing.push(("responsible role", "负责岗位"));
        }
        if g.target_date.is_none() {
            missing.push(("target date", "目标日期"));
        }
        for (en, zh) in missing {
            em.legacy_emit(
                &path,
                &[p("subject", &g.objective), p("what", en), p("what_zh", zh)],
            );
        }
    }
}

fn check_technology_goal_overdue(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(tm) = &support(ctx).technology else {
        return;
    };
    for (i, g) in tm.goals.iter().enumerate() {
        if let Some(due) = g.target_date
            && due < ctx.as_of
            && !matches!(
                g.status,
                Some(GoalStatus::Completed) | Some(GoalStatus::Cancelled)
            )
        {
            em.legacy_emit(
                format!("/support/technology/goals/{i}"),
                &[p("subject", &g.objective), p("due", due)],
            );
        }
    }
}

fn check_sharing(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.legacy_emit("/support", &[]),
        Some(tm) if !tm.sharing.iter().any(|s| s.party.is_some()) => {
            em.legacy_emit("/support/technology", &[])
        }
        Some(_) => {}
    }
}

fn check_review_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &support(ctx).technology {
        None => em.legacy_emit("/support", &[]),
        Some(tm) if tm.review_procedure.is_none() => em.legacy_emit("/support/technology", &[]),
        Some(_) => {}
    }
}

fn check_technology_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(tm) = &support(ctx).technology
        && tm.review.interval.is_none()
    {
        em.legacy_emit("/support/technology", &[]);
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.6

fn check_instruments(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).instruments.is_empty() {
        em.legacy_emit("/support", &[]);
    }
}

fn check_suitability(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        if !m.in_use() {
            continue;
        }
        let path = format!("/support/instruments/{i}");
        let mut missing = Vec::new();
        if blank(&m.purpose) {
            missing.push(("stated purpose (what it verifies)", "用途说明（验证什么）"));
        }
        if blank(&m.accuracy) {
            missing.push(("range and accuracy", "量程和准确度"));
        }
        if !m
            .suitability_confirmed
            .as_ref()
            .is_some_and(|a| a.is_complete())
        {
            missing.push(("confirmation of suitability", "适用性确认"));
        }
        for (en, zh) in missing {
            em.legacy_emit(
                &path,
                &[p("subject", &m.name), p("what", en), p("what_zh", zh)],
            );
        }
    }
}

fn check_calibration_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        if m.in_use() && m.calibration.interval.is_none() {
            em.legacy_emit(
                format!("/support/instruments/{i}"),
                &[p("subject", &m.name)],
            );
        }
    }
}

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
            em.legacy_emit(
                format!("/support/instruments/{i}/records/{j}"),
                &[p("subject", &m.name), p("date", r.date)],
            );
        }
    }
}

fn check_calibration_evidence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, m) in support(ctx).instruments.iter().enumerate() {
        let path = format!("/support/instruments/{i}");
        if let Some(last) = m.calibration.last_done
            && !m.records.iter().any(|r| r.date == last)
        {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &m.name),
                    p(
                        "problem",
                        format!(
                            "no calibration or verification record for the last one, on {last}"
                        ),
                    ),
                    p("problem_zh", format!("没有{last}最近一次校准或检定的记录")),
                ],
            );
        }
        for (j, r) in m.records.iter().enumerate() {
            if r.certificate.is_none() {
                em.legacy_emit(
                    format!("{path}/records/{j}"),
                    &[
                        p("subject", &m.name),
                        p(
                            "problem",
                            format!(
                                "the calibration of {} points at no certificate or record",
                                r.date
                            ),
                        ),
                        p("problem_zh", format!("{}的校准未指向证书或记录", r.date)),
                    ],
                );
            }
        }
        if m.in_use() && m.calibration.last_done.is_none() && m.records.is_empty() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &m.name),
                    p(
                        "problem",
                        "no record shows it was ever calibrated or verified",
                    ),
                    p("problem_zh", "没有任何校准或检定记录"),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.1.7

fn check_knowledge_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).knowledge.is_empty() {
        em.legacy_emit("/support", &[]);
    }
}

fn check_knowledge_process(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if k.processes.is_empty() {
            em.legacy_emit(format!("/support/knowledge/{i}"), &[p("subject", &k.topic)]);
        }
    }
}

fn check_knowledge_maintained(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        let path = format!("/support/knowledge/{i}");
        if k.documents.is_empty() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &k.topic),
                    p("what", "documented information where it is kept"),
                    p("what_zh", "保存该知识的成文信息"),
                ],
            );
        }
        if k.owner.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &k.topic),
                    p("what", "role keeping it up to date"),
                    p("what_zh", "负责保持的岗位"),
                ],
            );
        }
    }
}

fn check_knowledge_available(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if k.available_to.is_empty() {
            em.legacy_emit(format!("/support/knowledge/{i}"), &[p("subject", &k.topic)]);
        }
    }
}

fn check_knowledge_update(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if blank(&k.update_method) {
            em.legacy_emit(format!("/support/knowledge/{i}"), &[p("subject", &k.topic)]);
        }
    }
}

fn check_knowledge_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, k) in support(ctx).knowledge.iter().enumerate() {
        if k.review.interval.is_none() {
            em.legacy_emit(format!("/support/knowledge/{i}"), &[p("subject", &k.topic)]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.2

fn check_competence_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if support(ctx).competences.is_empty() {
        em.legacy_emit("/support", &[]);
    }
}

fn check_role_competence(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    if s.competences.is_empty() {
        return; // reported once by ecms-6.2.a-competence-determined
    }
    for (i, r) in ctx.doc.leadership.roles.iter().enumerate() {
        if !s.competences.iter().any(|c| c.roles.contains(&r.id)) {
            em.legacy_emit(format!("/leadership/roles/{i}"), &[p("subject", &r.name)]);
        }
    }
}

/// Whether a piece of evidence proves a competence as of a date.
fn evidence_valid(ev: &CompetenceEvidence, c: &CompetenceRequirement, as_of: Date) -> bool {
    let Some(date) = ev.date else { return false };
    ev.competence == c.id
        && date <= as_of
        && (c.accepted_evidence.is_empty()
            || ev.kind.is_some_and(|k| c.accepted_evidence.contains(&k)))
        && ev.valid_until.is_none_or(|u| u >= as_of)
        && c.validity
            .is_none_or(|iv| iv.after(date).is_none_or(|u| u >= as_of))
}

fn check_person_competent(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    for (i, pe) in active_people(ctx) {
        for role in &pe.roles {
            for c in s.competences.iter().filter(|c| c.roles.contains(role)) {
                if !pe
                    .competence_evidence
                    .iter()
                    .any(|ev| evidence_valid(ev, c, ctx.as_of))
                {
                    em.legacy_emit(
                        format!("/support/people/{i}"),
                        &[
                            p("subject", &pe.name),
                            p("role", role_name(ctx, *role)),
                            p("competence", &c.name),
                        ],
                    );
                }
            }
        }
    }
}

fn check_training_effectiveness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, tr) in support(ctx).trainings.iter().enumerate() {
        if tr.competences.is_empty() {
            continue;
        }
        let Some(held) = tr.date else { continue };
        let due = tr
            .evaluation_due
            .or_else(|| held.checked_add_months(Months::new(3)).map(Date));
        let Some(due) = due else { continue };
        if due >= ctx.as_of {
            continue;
        }
        let evaluated = tr
            .effectiveness
            .as_ref()
            .is_some_and(|e| e.result.is_some() && e.date.is_some_and(|d| d <= ctx.as_of));
        if !evaluated {
            em.legacy_emit(
                format!("/support/trainings/{i}"),
                &[p("subject", &tr.title), p("due", due)],
            );
        }
    }
}

fn check_ineffective_follow_up(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, tr) in support(ctx).trainings.iter().enumerate() {
        let Some(e) = &tr.effectiveness else { continue };
        let result = match e.result {
            Some(EffectivenessResult::PartlyEffective) => "partly effective",
            Some(EffectivenessResult::NotEffective) => "not effective",
            _ => continue,
        };
        if blank(&e.follow_up) {
            em.legacy_emit(
                format!("/support/trainings/{i}/effectiveness"),
                &[p("subject", &tr.title), p("result", result)],
            );
        }
    }
}

fn check_evidence_retained(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    for (i, pe) in s.people.iter().enumerate() {
        for (j, ev) in pe.competence_evidence.iter().enumerate() {
            if ev.document.is_none() {
                let name = ev
                    .description
                    .clone()
                    .filter(|d| !d.trim().is_empty())
                    .or_else(|| {
                        s.competences
                            .iter()
                            .find(|c| c.id == ev.competence)
                            .map(|c| c.name.clone())
                    })
                    .unwrap_or_else(|| ev.competence.to_string());
                em.legacy_emit(
                    format!("/support/people/{i}/competenceEvidence/{j}"),
                    &[p("subject", &pe.name), p("evidence", name)],
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.3

fn check_awareness(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    let refresh: Option<Interval> = s.awareness_refresh;
    for (i, pe) in active_people(ctx) {
        for (topic, item) in AwarenessTopic::ALL {
            let covered = s.trainings.iter().any(|tr| {
                tr.awareness_topics.contains(&topic)
                    && tr.participants.contains(&pe.id)
                    && tr.date.is_some_and(|d| {
                        d <= ctx.as_of
                            && refresh.is_none_or(|iv| iv.after(d).is_none_or(|u| u >= ctx.as_of))
                    })
            });
            if !covered {
                em.legacy_emit_at(
                    item,
                    format!("/support/people/{i}"),
                    &[p("subject", &pe.name), p("topic", topic.as_str())],
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.4.1

/// Documented information GB/T 36311—2018 requires explicitly, by catalog id.
const REQUIRED_INFORMATION: &[(&str, &str, &str)] = &[
    ("3.3", "scope of the management system", "管理体系范围"),
    (
        "3.4",
        "information supporting the processes",
        "支持过程运行的成文信息",
    ),
    ("4.2.2.a", "e-commerce strategy", "电子商务战略"),
    ("5.2.1", "e-commerce objectives", "电子商务目标"),
    (
        "6.1.6",
        "evidence of fitness of monitoring and measuring resources",
        "监视和测量资源适用的证据",
    ),
    ("6.2.d", "evidence of competence", "人员能力的证据"),
    ("7.1", "records of key processes", "关键过程的记录"),
    (
        "8.2.f",
        "evidence of the audit programme and results",
        "审核方案实施和审核结果的证据",
    ),
    (
        "8.3.3",
        "evidence of management review results",
        "管理评审结果的证据",
    ),
    (
        "9.2.g",
        "evidence of nonconformities and corrective actions",
        "不符合和纠正措施的证据",
    ),
];

fn check_required_information(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    let path = if s.documents.is_empty() {
        "/support"
    } else {
        "/support/documents"
    };
    for (clause, en, zh) in REQUIRED_INFORMATION {
        if crate::rules::integrity::is_excluded(ctx, clause) {
            continue;
        }
        let held = s
            .documents
            .iter()
            .any(|d| d.is_current(ctx.as_of) && d.required_by.iter().any(|r| r == clause));
        if !held {
            em.legacy_emit(
                path,
                &[p("clause", clause), p("what", en), p("what_zh", zh)],
            );
        }
    }
}

fn check_required_by_known(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        for (j, r) in d.required_by.iter().enumerate() {
            if catalog::clause(r).is_none() {
                em.legacy_emit(
                    format!("{path}/requiredBy/{j}"),
                    &[p("subject", doc_name(d)), p("clause", r)],
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.4.2

fn check_identification(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if blank(&d.code) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &d.title),
                    p("what", "document code"),
                    p("what_zh", "文件编号"),
                ],
            );
        }
        if blank(&d.version) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("what", "version"),
                    p("what_zh", "版本"),
                ],
            );
        }
    }
}

fn check_format_medium(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if d.disposed_on.is_none() && d.medium.or(dc.medium).is_none() {
            em.legacy_emit(path, &[p("subject", doc_name(d))]);
        }
    }
}

fn check_effective_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if d.status == Some(DocumentStatus::Effective)
            && !d.approval.as_ref().is_some_and(|a| a.is_complete())
        {
            em.legacy_emit(path, &[p("subject", doc_name(d))]);
        }
    }
}

fn check_approved_before_effective(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if let (Some(approved), Some(effective)) =
            (d.approval.as_ref().and_then(|a| a.date), d.effective_from)
            && approved > effective
        {
            em.legacy_emit(
                format!("{path}/approval/date"),
                &[
                    p("subject", doc_name(d)),
                    p("approved", approved),
                    p("effective", effective),
                ],
            );
        }
    }
}

fn check_document_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if needs_periodic_review(d) && d.review.interval.or(dc.review_interval).is_none() {
            em.legacy_emit(path, &[p("subject", doc_name(d))]);
        }
    }
}

fn check_date_in_future(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let as_of = ctx.as_of;
    // Periodic activities of this chapter claimed done after the evaluation date.
    for o in ctx.obligations.iter() {
        if !o.rule_id.starts_with("ecms-6.") {
            continue;
        }
        if let Some(d) = o.last_done
            && d > as_of
        {
            em.legacy_emit_at(
                o.clause,
                o.path.clone(),
                &[
                    p("what", o.activity.en),
                    p("what_zh", o.activity.zh),
                    p("subject", &o.subject),
                    p("date", d),
                ],
            );
        }
    }
    let s = support(ctx);
    for (path, d) in documents(ctx) {
        if let Some(a) = d.approval.as_ref().and_then(|a| a.date)
            && a > as_of
        {
            em.legacy_emit_at(
                "6.4.2.c",
                format!("{path}/approval/date"),
                &[
                    p("what", "approval"),
                    p("what_zh", "文件批准"),
                    p("subject", doc_name(d)),
                    p("date", a),
                ],
            );
        }
        if let Some(x) = d.disposed_on
            && x > as_of
        {
            em.legacy_emit_at(
                "6.4.3.d",
                format!("{path}/disposedOn"),
                &[
                    p("what", "disposal"),
                    p("what_zh", "文件处置"),
                    p("subject", doc_name(d)),
                    p("date", x),
                ],
            );
        }
    }
    for (i, m) in s.instruments.iter().enumerate() {
        for (j, r) in m.records.iter().enumerate() {
            if r.date > as_of {
                em.legacy_emit_at(
                    "6.1.6.b",
                    format!("/support/instruments/{i}/records/{j}/date"),
                    &[
                        p("what", "calibration"),
                        p("what_zh", "校准"),
                        p("subject", &m.name),
                        p("date", r.date),
                    ],
                );
            }
        }
    }
    for (i, tr) in s.trainings.iter().enumerate() {
        if let Some(d) = tr.effectiveness.as_ref().and_then(|e| e.date)
            && d > as_of
        {
            em.legacy_emit_at(
                "6.2.c",
                format!("/support/trainings/{i}/effectiveness/date"),
                &[
                    p("what", "effectiveness evaluation"),
                    p("what_zh", "有效性评价"),
                    p("subject", &tr.title),
                    p("date", d),
                ],
            );
        }
    }
    if let Some(f) = &s.finance {
        for (i, l) in f.budget_lines.iter().enumerate() {
            for (j, a) in l.actions.iter().enumerate() {
                if let Some(d) = a.decided_on
                    && d > as_of
                {
                    em.legacy_emit_at(
                        "6.1.3",
                        format!("/support/finance/budgetLines/{i}/actions/{j}/decidedOn"),
                        &[
                            p("what", "variance action decision"),
                            p("what_zh", "偏差措施决定"),
                            p("subject", &a.description),
                            p("date", d),
                        ],
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6.4.3

fn check_access(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in kept_documents(ctx) {
        match d.access_level.or(dc.access_level) {
            None => em.legacy_emit(
                path,
                &[
                    p("subject", doc_name(d)),
                    p("problem", "defines no access level, neither itself nor by the document control defaults"),
                    p("problem_zh", "未规定访问级别，文件控制默认值中也没有"),
                ],
            ),
            Some(level) if level.needs_distribution_list() && d.distribution.is_empty() => em.legacy_emit(
                path,
                &[
                    p("subject", doc_name(d)),
                    p("problem", "is restricted but lists no role it is distributed to"),
                    p("problem_zh", "访问受限，但未列出分发岗位"),
                ],
            ),
            Some(_) => {}
        }
    }
}

fn check_current_version_in_use(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = support(ctx);
    let mut uses: Vec<(String, String, DocumentId)> = Vec::new();
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        for (j, d) in pr.documents.iter().enumerate() {
            uses.push((
                format!("/context/processes/{i}/documents/{j}"),
                format!("Process '{}'", pr.name),
                *d,
            ));
        }
    }
    let mut single = |path: &str, user: &str, d: Option<DocumentId>| {
        if let Some(d) = d {
            uses.push((path.to_owned(), user.to_owned(), d));
        }
    };
    if let Some(plan) = &s.resource_plan {
        single(
            "/support/resourcePlan/document",
            "The resource plan",
            plan.document,
        );
    }
    if let Some(f) = &s.finance {
        single(
            "/support/finance/document",
            "Financial management",
            f.document,
        );
    }
    if let Some(tm) = &s.technology {
        single(
            "/support/technology/procedure",
            "Information and technology management",
            tm.procedure,
        );
        single(
            "/support/technology/developmentPlan",
            "Technology development",
            tm.development_plan,
        );
        single(
            "/support/technology/reviewProcedure",
            "Information and technology review",
            tm.review_procedure,
        );
    }
    if let Some(dc) = &s.document_control {
        single(
            "/support/documentControl/procedure",
            "Document control",
            dc.procedure,
        );
    }
    for (i, k) in s.knowledge.iter().enumerate() {
        for (j, d) in k.documents.iter().enumerate() {
            uses.push((
                format!("/support/knowledge/{i}/documents/{j}"),
                format!("Knowledge '{}'", k.topic),
                *d,
            ));
        }
    }
    for (path, user, id) in uses {
        let Some(d) = s.documents.iter().find(|d| d.id == id) else {
            continue; // dangling: reported by ecms-ref-dangling
        };
        if d.is_record() || d.is_current(ctx.as_of) {
            continue;
        }
        em.legacy_emit(
            path,
            &[
                p("user", user),
                p("subject", doc_name(d)),
                p("status", status_text(d, ctx.as_of)),
            ],
        );
    }
}

fn check_storage(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in kept_documents(ctx) {
        if blank(&d.storage) && blank(&dc.storage) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("what", "storage location"),
                    p("what_zh", "存储位置"),
                ],
            );
        }
        if all_blank(&d.protection) && all_blank(&dc.protection) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p(
                        "what",
                        "protection measures (access control, backup, legibility)",
                    ),
                    p("what_zh", "保护措施（访问控制、备份、保持可读）"),
                ],
            );
        }
    }
}

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
            Some(f) => em.legacy_emit(
                &path,
                &[
                    p("code", code),
                    p("subject", doc_name(d)),
                    p("version", d.version.as_deref().unwrap_or("-")),
                    p("first", f),
                ],
            ),
            None => {
                first.insert(code.to_owned(), path.clone());
            }
        }
    }
}

fn check_change_history(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        if d.status != Some(DocumentStatus::Effective) || d.is_record() {
            continue;
        }
        if let Some(v) = d.version.as_deref().filter(|v| !v.trim().is_empty())
            && !d.history.iter().any(|h| h.version == v)
        {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p(
                        "problem",
                        format!("the current version {v} is not in its change history"),
                    ),
                    p("problem_zh", format!("现行版本{v}不在修订记录中")),
                ],
            );
        }
        for (j, h) in d.history.iter().enumerate() {
            let mut missing = Vec::new();
            if blank(&h.change) {
                missing.push(("what changed", "变更内容"));
            }
            if !h.approval.as_ref().is_some_and(|a| a.is_complete()) {
                missing.push(("who approved the change", "变更批准人"));
            }
            for (en, zh) in missing {
                em.legacy_emit(
                    format!("{path}/history/{j}"),
                    &[
                        p("subject", doc_name(d)),
                        p(
                            "problem",
                            format!("version {} does not record {en}", h.version),
                        ),
                        p("problem_zh", format!("版本{}未记录{zh}", h.version)),
                    ],
                );
            }
        }
    }
}

fn retention_end(d: &DocumentedInformation, default: Option<Interval>) -> Option<Date> {
    d.retention.or(default)?.after(d.retention_start()?)
}

fn check_retention_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        if d.status == Some(DocumentStatus::Draft) {
            continue;
        }
        if d.retention.or(dc.retention).is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p(
                        "what",
                        "retention period, neither itself nor by the document control defaults",
                    ),
                    p("what_zh", "保留期限，文件控制默认值中也没有"),
                ],
            );
        }
        if d.status == Some(DocumentStatus::Obsolete) && !d.is_record() && d.withdrawn_on.is_none()
        {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("what", "withdrawal date to count its retention from"),
                    p("what_zh", "计算保留期限的撤销日期"),
                ],
            );
        }
    }
}

fn check_disposed_early(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dc = control(ctx);
    for (path, d) in documents(ctx) {
        let Some(disposed) = d.disposed_on else {
            continue;
        };
        if let Some(until) = retention_end(d, dc.retention)
            && disposed < until
        {
            em.legacy_emit(
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
            em.legacy_emit(path, &[p("subject", doc_name(d)), p("until", until)]);
        }
    }
}

fn check_disposal_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in documents(ctx) {
        let Some(disposed) = d.disposed_on else {
            continue;
        };
        if d.status == Some(DocumentStatus::Effective) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("disposed", disposed),
                    p("problem", "it is still marked effective"),
                    p("problem_zh", "仍标记为生效"),
                ],
            );
        }
        if d.disposal_method.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("disposed", disposed),
                    p("problem", "the disposal method is not recorded"),
                    p("problem_zh", "未记录处置方式"),
                ],
            );
        }
    }
}

fn check_external_controlled(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in kept_documents(ctx) {
        if !d.is_external() {
            continue;
        }
        if blank(&d.issuer) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("what", "issuer"),
                    p("what_zh", "发布方"),
                ],
            );
        }
        if d.owner.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("what", "role responsible for tracking its updates"),
                    p("what_zh", "负责跟踪其更新的岗位"),
                ],
            );
        }
    }
}

fn check_record_protected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, d) in kept_documents(ctx) {
        if !d.is_record() {
            continue;
        }
        let Some(approved) = d.approval.as_ref().and_then(|a| a.date) else {
            continue;
        };
        let mut problems: Vec<(String, String)> = Vec::new();
        if !d.locked {
            problems.push((
                "is approved but not write-protected (locked)".into(),
                "已批准但未写保护（锁定）".into(),
            ));
        }
        if let Some(m) = d.last_modified
            && m > approved
        {
            problems.push((
                format!("was modified on {m}, after its approval on {approved}"),
                format!("于{m}被修改，晚于其批准日期{approved}"),
            ));
        }
        if let (Some(a), Some(c)) = (&d.approved_digest, &d.current_digest)
            && a.trim() != c.trim()
        {
            problems.push((
                "no longer matches the content digest taken at approval".into(),
                "与批准时的内容摘要不一致".into(),
            ));
        }
        for (en, zh) in problems {
            em.legacy_emit(
                &path,
                &[
                    p("subject", doc_name(d)),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}
