//! Rules for chapter 7 except 7.3 — key processes (7.1), operations management (7.2),
//! marketing (7.4), information (7.5), funds (7.6) and information security (7.7).

use crate::common::Date;
use rust_decimal::Decimal;

use super::obligations::{Obligation, legacy_emit_overdue};
use super::util::{all_blank, blank, holds_role, person_name};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::common::{Approval, Interval, Money, is_default};
use crate::model::EcmsDocument;
use crate::model::operation::funds::{FinanceFunction, FundPurpose};
use crate::model::operation::information::{InformationOrigin, SystemStatus};
use crate::model::operation::operations::{ListingStatus, OperationsArea, PlatformStatus};
use crate::model::operation::security::SecurityArea;

pub(super) static RULES: &[BuiltinRule] = &[
    // ----------------------------------------------------------------------------- 7.1
    rule!(
        "ecms-7.1-key-processes-identified",
        "7.1",
        Error,
        Shall,
        Major,
        ("Key processes determined", "确定关键过程"),
        (
            "No process of the management system is marked as a key process.",
            "电子商务管理体系中没有任何过程被确定为关键过程。"
        ),
        check_key_processes_identified,
    ),
    rule!(
        "ecms-7.1-key-process-planned",
        "7.1",
        Error,
        Shall,
        Minor,
        (
            "Key processes planned and controlled",
            "关键过程得到策划和控制"
        ),
        (
            "Key process '{subject}' has no {what}.",
            "关键过程“{subject}”没有{what_zh}。"
        ),
        check_key_process_planned,
    ),
    rule!(
        "ecms-7.1.a-execution-records",
        "7.1.a",
        Error,
        Shall,
        Minor,
        (
            "Records show key processes run as planned",
            "保留过程按策划进行的成文信息"
        ),
        (
            "Key process '{subject}' retains no records showing it ran as planned.",
            "关键过程“{subject}”未保留证实其按策划进行的成文信息。"
        ),
        check_execution_records,
    ),
    rule!(
        "ecms-7.1.b-conformity-records",
        "7.1.b",
        Error,
        Shall,
        Minor,
        (
            "Records show products and services conform",
            "保留产品和服务符合要求的成文信息"
        ),
        (
            "Key process '{subject}' retains no records showing its products or services conform.",
            "关键过程“{subject}”未保留证实产品和服务符合要求的成文信息。"
        ),
        check_conformity_records,
    ),
    rule!(
        "ecms-7.1-outsourced-process-controlled",
        "7.1",
        Error,
        Shall,
        Minor,
        ("Outsourced processes controlled", "外包过程受控"),
        (
            "Outsourced process '{subject}' has no {what}.",
            "外包过程“{subject}”没有{what_zh}。"
        ),
        check_outsourced_controlled,
    ),
    // ----------------------------------------------------------------------------- 7.2.1
    rule!(
        "ecms-7.2.1-operating-model",
        "7.2.1",
        Error,
        Shall,
        Major,
        ("Operating model adopted", "采取合适的运营模式"),
        (
            "The operating model has no {what}.",
            "运营模式没有{what_zh}。"
        ),
        check_operating_model,
    ),
    rule!(
        "ecms-7.2.1.a-areas-covered",
        "7.2.1.a",
        Error,
        Shall,
        Major,
        (
            "Operations cover platforms, listing, service, crisis",
            "运营过程覆盖平台、上下架、客服和危机"
        ),
        (
            "No operations process is planned for the area '{area}'.",
            "未策划“{area}”方面的运营过程。"
        ),
        check_areas_covered,
    ),
    rule!(
        "ecms-7.2.1.b-target-customers",
        "7.2.1.b",
        Error,
        Shall,
        Major,
        ("Target customers and their needs", "确定目标顾客及其要求"),
        ("{problem}", "{problem_zh}"),
        check_target_customers,
    ),
    rule!(
        "ecms-7.2.1.c-process-verification",
        "7.2.1.c",
        Error,
        Shall,
        Minor,
        (
            "Operations processes reviewed and verified",
            "运营过程的评审、验证和确认"
        ),
        (
            "The operations process for '{subject}' defines no review, verification or validation activity.",
            "“{subject}”运营过程未规定评审、验证和确认活动。"
        ),
        check_process_verification,
    ),
    rule!(
        "ecms-7.2.1.d-process-measures",
        "7.2.1.d",
        Error,
        Shall,
        Minor,
        (
            "Efficiency and effectiveness measured",
            "确保运营的效率和效果"
        ),
        (
            "The operations process for '{subject}' defines no measure of efficiency or effectiveness.",
            "“{subject}”运营过程未规定效率和效果的衡量方式。"
        ),
        check_process_measures,
    ),
    rule!(
        "ecms-7.2.1.e-feedback-channels",
        "7.2.1.e",
        Error,
        Shall,
        Major,
        ("Customer feedback gathered", "收集顾客需求反馈"),
        (
            "No channel for customer feedback on needs is defined.",
            "未规定收集顾客需求反馈的渠道。"
        ),
        check_feedback_channels,
    ),
    rule!(
        "ecms-7.2.1.e-feedback-evaluation-overdue",
        "7.2.1.e",
        Error,
        Shall,
        Minor,
        ("Customer feedback evaluated on time", "顾客反馈按期评估"),
        (
            "The evaluation of customer feedback was due on {due} (interval {interval}, last {last}).",
            "顾客反馈评估应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.1.f-process-responsibility",
        "7.2.1.f",
        Error,
        Shall,
        Minor,
        (
            "Responsibilities and authorities per operations process",
            "各运营过程的职责和权限"
        ),
        (
            "The operations process for '{subject}' has no {what}.",
            "“{subject}”运营过程没有{what_zh}。"
        ),
        check_process_responsibility,
    ),
    rule!(
        "ecms-7.2.1-review-intervals",
        "7.2.1",
        Error,
        Shall,
        Minor,
        (
            "Operating-model reviews scheduled",
            "运营模式相关评估规定周期"
        ),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
        covers = ["7.2.1.e"],
    ),
    // ----------------------------------------------------------------------------- 7.2.2
    rule!(
        "ecms-7.2.2-platform-strategy",
        "7.2.2",
        Error,
        Shall,
        Major,
        ("Platform selection strategy set", "制定平台选择策略"),
        ("{problem}", "{problem_zh}"),
        check_platform_strategy,
    ),
    rule!(
        "ecms-7.2.2-strategy-criteria",
        "7.2.2",
        Error,
        Shall,
        Minor,
        (
            "Platform strategy covers 7.2.2 a) and b)",
            "平台选择策略覆盖7.2.2 a)和b)"
        ),
        (
            "The platform selection strategy states no criteria for {what}.",
            "平台选择策略未规定{what_zh}的准则。"
        ),
        check_strategy_criteria,
        covers = ["7.2.2.a", "7.2.2.b"],
    ),
    rule!(
        "ecms-7.2.2-platforms-selected",
        "7.2.2",
        Error,
        Shall,
        Major,
        ("Platforms selected or built", "选择或建立电子商务平台"),
        (
            "No active e-commerce platform is recorded.",
            "未记录任何在用的电子商务平台。"
        ),
        check_platforms_selected,
    ),
    rule!(
        "ecms-7.2.2-platform-assessed",
        "7.2.2",
        Error,
        Shall,
        Minor,
        (
            "Each platform assessed against 7.2.2 a) and b)",
            "各平台按7.2.2 a)和b)评价"
        ),
        (
            "Platform '{subject}' has no assessment of {what}.",
            "平台“{subject}”没有关于{what_zh}的评价。"
        ),
        check_platform_assessed,
        covers = ["7.2.2.a", "7.2.2.b"],
    ),
    rule!(
        "ecms-7.2.2-platform-review-overdue",
        "7.2.2",
        Error,
        Shall,
        Minor,
        ("Platforms reviewed for adjustment", "适时评审并调整平台"),
        (
            "The review of platform '{subject}' was due on {due} (interval {interval}, last {last}).",
            "平台“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.2-review-intervals",
        "7.2.2",
        Error,
        Shall,
        Minor,
        ("Platform reviews scheduled", "平台评审规定周期"),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
    ),
    // ----------------------------------------------------------------------------- 7.2.3
    rule!(
        "ecms-7.2.3-listing-procedure",
        "7.2.3",
        Error,
        Shall,
        Major,
        (
            "Listing and delisting process established",
            "建立产品上下架管理过程"
        ),
        (
            "No documented product listing and delisting procedure is recorded.",
            "未记录成文的产品上下架管理程序。"
        ),
        check_listing_procedure,
    ),
    rule!(
        "ecms-7.2.3.a-listing-strategy",
        "7.2.3.a",
        Error,
        Shall,
        Major,
        ("Listing strategy covers a) 1)–6)", "上下架策略覆盖a) 1)–6)"),
        (
            "The listing strategy does not define {what}.",
            "上下架策略未规定{what_zh}。"
        ),
        check_listing_strategy,
        covers = [
            "7.2.3.a.1",
            "7.2.3.a.2",
            "7.2.3.a.3",
            "7.2.3.a.4",
            "7.2.3.a.5",
            "7.2.3.a.6"
        ],
    ),
    rule!(
        "ecms-7.2.3.a.3-requirements-review-overdue",
        "7.2.3.a.3",
        Error,
        Shall,
        Minor,
        (
            "Listing requirements reviewed on time",
            "上下架过程要求按期评审"
        ),
        (
            "The review of the listing process requirements was due on {due} (interval {interval}, last {last}).",
            "上下架过程要求应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.3.a.6-outcome-evaluation-overdue",
        "7.2.3.a.6",
        Error,
        Shall,
        Minor,
        (
            "Listing results evaluated on time",
            "上下架执行结果按期评估"
        ),
        (
            "The evaluation of listing results was due on {due} (interval {interval}, last {last}).",
            "上下架执行结果评估应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.3.a.2-listing-records",
        "7.2.3.a.2",
        Error,
        Shall,
        Minor,
        (
            "Listings and delistings follow the process",
            "上下架按过程要求进行"
        ),
        (
            "Product '{subject}' {problem}.",
            "产品“{subject}”{problem_zh}。"
        ),
        check_listing_records,
    ),
    rule!(
        "ecms-7.2.3.b.1-classification-criteria",
        "7.2.3.b.1",
        Error,
        Shall,
        Major,
        ("Product classification criteria", "编制产品分类准则"),
        (
            "The product classification has no {what}.",
            "产品分类管理没有{what_zh}。"
        ),
        check_classification_criteria,
    ),
    rule!(
        "ecms-7.2.3.b.1-product-classified",
        "7.2.3.b.1",
        Error,
        Shall,
        Minor,
        (
            "Products classified by the criteria",
            "按分类准则对产品分类"
        ),
        (
            "Product '{subject}' is not in a category of the classification criteria (category: {category}).",
            "产品“{subject}”未归入分类准则规定的类别（类别：{category}）。"
        ),
        check_product_classified,
    ),
    rule!(
        "ecms-7.2.3.b.2-criteria-optimisation-overdue",
        "7.2.3.b.2",
        Error,
        Shall,
        Minor,
        (
            "Classification criteria optimised periodically",
            "定期优化分类准则"
        ),
        (
            "The optimisation of the classification criteria was due on {due} (interval {interval}, last {last}).",
            "产品分类准则应于{due}优化（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.3.c.1-description-rules",
        "7.2.3.c.1",
        Error,
        Shall,
        Major,
        (
            "Description rules for titles and parameters",
            "产品标题和参数描述准则"
        ),
        (
            "The product description rules have no {what}.",
            "产品描述准则没有{what_zh}。"
        ),
        check_description_rules,
    ),
    rule!(
        "ecms-7.2.3.c.1-product-described",
        "7.2.3.c.1",
        Error,
        Shall,
        Minor,
        (
            "Listed products have title and parameters",
            "上架产品有标题和参数"
        ),
        (
            "Listed product '{subject}' has no {what}.",
            "上架产品“{subject}”没有{what_zh}。"
        ),
        check_product_described,
    ),
    rule!(
        "ecms-7.2.3.c.2-customer-information",
        "7.2.3.c.2",
        Error,
        Shall,
        Minor,
        (
            "Further information for customers' understanding",
            "满足顾客认知的其他信息"
        ),
        ("{problem}", "{problem_zh}"),
        check_customer_information,
    ),
    rule!(
        "ecms-7.2.3.d.1-pricing-principles",
        "7.2.3.d.1",
        Error,
        Shall,
        Major,
        ("Pricing principles established", "建立产品定价原则"),
        (
            "The pricing principles have no {what}.",
            "定价原则没有{what_zh}。"
        ),
        check_pricing_principles,
    ),
    rule!(
        "ecms-7.2.3.d.2-approval-mechanism",
        "7.2.3.d.2",
        Error,
        Shall,
        Major,
        (
            "Price approval roles and authorities defined",
            "明确定价审批人员的职责和权限"
        ),
        (
            "No role is given the authority to approve prices.",
            "未规定任何具有定价审批权限的岗位。"
        ),
        check_approval_mechanism,
    ),
    rule!(
        "ecms-7.2.3.d.2-price-change-approved",
        "7.2.3.d.2",
        Error,
        Shall,
        Minor,
        (
            "Price changes approved before they take effect",
            "价格调整生效前经审批"
        ),
        (
            "The price change of '{subject}' {problem}.",
            "“{subject}”的价格调整{problem_zh}。"
        ),
        check_price_change_approved,
    ),
    rule!(
        "ecms-7.2.3.d.2-price-approver-authorized",
        "7.2.3.d.2",
        Error,
        Shall,
        Minor,
        (
            "Price changes approved by an authorized role",
            "价格调整由有权限的岗位审批"
        ),
        (
            "The price change of '{subject}' ({change}) was approved by {approver}, who holds no role authorized to approve it.",
            "“{subject}”的价格调整（{change}）由{approver}批准，其所任岗位无此审批权限。"
        ),
        check_price_approver_authorized,
    ),
    rule!(
        "ecms-7.2.3.d.2-price-self-approval",
        "7.2.3.d.2",
        Warning,
        Policy,
        Minor,
        ("Price changes not self-approved", "价格调整不自批"),
        (
            "The price change of '{subject}' was requested and approved by the same person ({approver}).",
            "“{subject}”的价格调整由同一人（{approver}）申请并批准。"
        ),
        check_price_self_approval,
    ),
    rule!(
        "ecms-7.2.3-product-identifiable",
        "7.2.3",
        Error,
        Shall,
        Minor,
        ("Products identifiable", "产品可识别"),
        (
            "Product '{subject}' {problem}.",
            "产品“{subject}”{problem_zh}。"
        ),
        check_product_identifiable,
    ),
    rule!(
        "ecms-7.2.3-product-traceable",
        "7.2.3",
        Error,
        Shall,
        Minor,
        ("Products traceable", "产品可追溯"),
        (
            "Product '{subject}' {problem}.",
            "产品“{subject}”{problem_zh}。"
        ),
        check_product_traceable,
    ),
    rule!(
        "ecms-7.2.3-review-intervals",
        "7.2.3",
        Error,
        Shall,
        Minor,
        ("Listing reviews scheduled", "上下架相关评审规定周期"),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
        covers = ["7.2.3.a.3", "7.2.3.a.6", "7.2.3.b.2"],
    ),
    // ----------------------------------------------------------------------------- 7.2.4
    rule!(
        "ecms-7.2.4-service-procedure",
        "7.2.4",
        Error,
        Shall,
        Major,
        (
            "Customer service process established",
            "建立顾客服务管理过程"
        ),
        (
            "No documented customer-service procedure is recorded.",
            "未记录成文的顾客服务程序。"
        ),
        check_service_procedure,
    ),
    rule!(
        "ecms-7.2.4-service-arrangements",
        "7.2.4",
        Error,
        Shall,
        Major,
        ("Customer service covers a)–f)", "顾客服务覆盖a)–f)"),
        (
            "The customer-service process does not determine {what}.",
            "顾客服务管理过程未确定{what_zh}。"
        ),
        check_service_arrangements,
        covers = [
            "7.2.4.a", "7.2.4.b", "7.2.4.c", "7.2.4.d", "7.2.4.e", "7.2.4.f"
        ],
    ),
    rule!(
        "ecms-7.2.4-staff-evaluation",
        "7.2.4",
        Error,
        Shall,
        Major,
        (
            "Evaluation system for service staff",
            "建立客服人员评价体系"
        ),
        (
            "No criteria for evaluating customer-service staff are defined.",
            "未规定客服人员的评价准则。"
        ),
        check_staff_evaluation,
    ),
    rule!(
        "ecms-7.2.4-staff-evaluation-overdue",
        "7.2.4",
        Error,
        Shall,
        Minor,
        ("Service staff evaluated on time", "客服人员按期评价"),
        (
            "The evaluation of customer-service staff was due on {due} (interval {interval}, last {last}).",
            "客服人员评价应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.4.f-complaint-record",
        "7.2.4.f",
        Error,
        Shall,
        Minor,
        ("Complaints recorded and resolved", "投诉记录完整"),
        (
            "Complaint '{subject}' {problem}.",
            "投诉“{subject}”{problem_zh}。"
        ),
        check_complaint_record,
    ),
    rule!(
        "ecms-7.2.4.f-complaint-resolution-time",
        "7.2.4.f",
        Error,
        Shall,
        Minor,
        ("Complaints resolved in time", "投诉按时处理"),
        ("{problem}", "{problem_zh}"),
        check_complaint_resolution_time,
    ),
    rule!(
        "ecms-7.2.4.f-refund-approved",
        "7.2.4.f",
        Error,
        Shall,
        Minor,
        ("Refunds recorded and authorized", "退款有记录并经授权"),
        (
            "The refund for complaint '{subject}' {problem}.",
            "投诉“{subject}”的退款{problem_zh}。"
        ),
        check_refund_approved,
    ),
    rule!(
        "ecms-7.2.4-customer-property-controlled",
        "7.2.4",
        Error,
        Shall,
        Minor,
        (
            "Customer property identified, verified, protected",
            "识别、验证和保护顾客财产"
        ),
        ("{subject} has no {what}.", "{subject}没有{what_zh}。"),
        check_property_controlled,
    ),
    rule!(
        "ecms-7.2.4-property-incident-reported",
        "7.2.4",
        Error,
        Shall,
        Minor,
        (
            "Loss or damage of customer property reported",
            "顾客财产丢失或损坏报告顾客"
        ),
        (
            "The {kind} of customer property '{subject}' {problem}.",
            "顾客财产“{subject}”的{kind_zh}{problem_zh}。"
        ),
        check_property_incident_reported,
    ),
    rule!(
        "ecms-7.2.4-property-incident-recorded",
        "7.2.4",
        Error,
        Shall,
        Minor,
        (
            "Customer property incidents recorded",
            "顾客财产问题保留成文信息"
        ),
        (
            "The {kind} of customer property '{subject}' has no {what}.",
            "顾客财产“{subject}”的{kind_zh}没有{what_zh}。"
        ),
        check_property_incident_recorded,
    ),
    rule!(
        "ecms-7.2.4-review-intervals",
        "7.2.4",
        Error,
        Shall,
        Minor,
        ("Service evaluations scheduled", "客服评价规定周期"),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
    ),
    // ----------------------------------------------------------------------------- 7.2.5
    rule!(
        "ecms-7.2.5-crisis-plan",
        "7.2.5",
        Error,
        Shall,
        Major,
        (
            "Crisis prevention and handling system",
            "建立危机防范处理体系"
        ),
        ("{problem}", "{problem_zh}"),
        check_crisis_plan,
        covers = ["7.2.5.a"],
    ),
    rule!(
        "ecms-7.2.5-scenario-complete",
        "7.2.5",
        Error,
        Shall,
        Minor,
        ("Crisis scenarios cover a)–d)", "危机情景覆盖a)–d)"),
        (
            "Crisis scenario '{subject}' has no {what}.",
            "危机情景“{subject}”没有{what_zh}。"
        ),
        check_scenario_complete,
        covers = ["7.2.5.a", "7.2.5.b", "7.2.5.c", "7.2.5.d"],
    ),
    rule!(
        "ecms-7.2.5-exercise-overdue",
        "7.2.5",
        Error,
        Shall,
        Minor,
        ("Crisis plan exercised on time", "危机预案按期演练"),
        (
            "An exercise of the crisis plan was due on {due} (interval {interval}, last {last}).",
            "危机预案演练应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.5.e-exercise-evaluated",
        "7.2.5.e",
        Error,
        Shall,
        Minor,
        ("Crisis exercises evaluated", "危机演练经评估"),
        (
            "The crisis exercise of {date} {problem}.",
            "{date}的危机演练{problem_zh}。"
        ),
        check_exercise_evaluated,
    ),
    rule!(
        "ecms-7.2.5.e-evaluation-overdue",
        "7.2.5.e",
        Error,
        Shall,
        Minor,
        (
            "Crisis management evaluated on time",
            "危机管理过程按期评估"
        ),
        (
            "The evaluation of the crisis management process was due on {due} (interval {interval}, last {last}).",
            "危机管理过程评估应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.2.5-review-intervals",
        "7.2.5",
        Error,
        Shall,
        Minor,
        (
            "Crisis exercises and evaluations scheduled",
            "危机演练和评估规定周期"
        ),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
        covers = ["7.2.5.e"],
    ),
    // ----------------------------------------------------------------------------- 7.4
    rule!(
        "ecms-7.4-marketing-procedure",
        "7.4",
        Error,
        Shall,
        Major,
        ("Marketing managed to a plan", "有计划地开展营销"),
        (
            "No documented marketing procedure is recorded.",
            "未记录成文的营销管理程序。"
        ),
        check_marketing_procedure,
    ),
    rule!(
        "ecms-7.4.a-data-sources",
        "7.4.a",
        Error,
        Shall,
        Major,
        ("Marketing data collected", "收集营销数据和信息"),
        (
            "No source of marketing data or information is defined.",
            "未规定营销数据和信息的来源。"
        ),
        check_data_sources,
    ),
    rule!(
        "ecms-7.4.b-analysis-overdue",
        "7.4.b",
        Error,
        Shall,
        Minor,
        ("Marketing data analysed on time", "营销数据按期分析"),
        (
            "The analysis of marketing data was due on {due} (interval {interval}, last {last}).",
            "营销数据分析应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.4.b-campaign-data-basis",
        "7.4.b",
        Error,
        Shall,
        Minor,
        ("Campaigns based on analysed data", "营销活动基于数据分析"),
        (
            "Campaign '{subject}' records no data or analysis it is based on.",
            "营销活动“{subject}”未记录其依据的数据和分析。"
        ),
        check_campaign_data_basis,
    ),
    rule!(
        "ecms-7.4.c-campaign-planned",
        "7.4.c",
        Error,
        Shall,
        Minor,
        ("Campaigns planned", "营销活动经策划"),
        (
            "Campaign '{subject}' has no {what}.",
            "营销活动“{subject}”没有{what_zh}。"
        ),
        check_campaign_planned,
    ),
    rule!(
        "ecms-7.4.c-campaign-approved-before-start",
        "7.4.c",
        Error,
        Shall,
        Minor,
        (
            "Campaigns approved before they start",
            "营销活动开始前得到批准"
        ),
        (
            "Campaign '{subject}' {problem}.",
            "营销活动“{subject}”{problem_zh}。"
        ),
        check_campaign_approved,
    ),
    rule!(
        "ecms-7.4.d-campaign-resources",
        "7.4.d",
        Error,
        Shall,
        Minor,
        ("Campaign resources provided", "营销活动有资源支持"),
        (
            "Campaign '{subject}' has no {what}.",
            "营销活动“{subject}”没有{what_zh}。"
        ),
        check_campaign_resources,
    ),
    rule!(
        "ecms-7.4.e-campaign-supervised",
        "7.4.e",
        Error,
        Shall,
        Minor,
        ("Campaign execution supervised", "推广活动执行受监管"),
        (
            "Campaign '{subject}' has started but has no {what}.",
            "营销活动“{subject}”已开始，但没有{what_zh}。"
        ),
        check_campaign_supervised,
    ),
    rule!(
        "ecms-7.4.f-campaign-evaluated",
        "7.4.f",
        Error,
        Shall,
        Minor,
        ("Campaigns evaluated after they end", "营销活动结束后评估"),
        (
            "Campaign '{subject}' {problem}.",
            "营销活动“{subject}”{problem_zh}。"
        ),
        check_campaign_evaluated,
    ),
    rule!(
        "ecms-7.4.f-process-evaluation-overdue",
        "7.4.f",
        Error,
        Shall,
        Minor,
        (
            "Marketing process evaluated on time",
            "营销管理过程按期评估"
        ),
        (
            "The evaluation of the marketing process was due on {due} (interval {interval}, last {last}).",
            "营销管理过程评估应于{due}进行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.4-review-intervals",
        "7.4",
        Error,
        Shall,
        Minor,
        (
            "Marketing analyses and evaluations scheduled",
            "营销分析和评估规定周期"
        ),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
        covers = ["7.4.b", "7.4.f"],
    ),
    // ----------------------------------------------------------------------------- 7.5
    rule!(
        "ecms-7.5-information-procedure",
        "7.5",
        Error,
        Shall,
        Major,
        (
            "Information handled by a set procedure",
            "按规定程序管理信息"
        ),
        (
            "No documented information-management procedure is recorded.",
            "未记录成文的信息管理程序。"
        ),
        check_information_procedure,
    ),
    rule!(
        "ecms-7.5-information-flows",
        "7.5",
        Error,
        Shall,
        Major,
        (
            "Requirements for internal and external information",
            "内部和外部信息的过程管理要求"
        ),
        (
            "No {origin} information flow and its handling requirements are defined.",
            "未规定{origin_zh}信息及其过程管理要求。"
        ),
        check_information_flows,
    ),
    rule!(
        "ecms-7.5-flow-handling",
        "7.5",
        Error,
        Shall,
        Minor,
        (
            "Information collected, processed, stored, used, fed back",
            "信息的收集、处理、存储、利用和反馈"
        ),
        (
            "Information flow '{subject}' does not define its {what}.",
            "信息“{subject}”未规定其{what_zh}。"
        ),
        check_flow_handling,
    ),
    rule!(
        "ecms-7.5-systems-determined",
        "7.5",
        Error,
        Shall,
        Major,
        ("Information systems provided", "提供信息管理系统"),
        (
            "No information system in use is recorded.",
            "未记录任何在用的信息管理系统。"
        ),
        check_systems_determined,
    ),
    rule!(
        "ecms-7.5-system-owner",
        "7.5",
        Error,
        Shall,
        Minor,
        ("Information systems owned", "信息系统有负责岗位"),
        (
            "Information system '{subject}' has no {what}.",
            "信息系统“{subject}”没有{what_zh}。"
        ),
        check_system_owner,
    ),
    rule!(
        "ecms-7.5-system-maintenance-overdue",
        "7.5",
        Error,
        Shall,
        Minor,
        ("Information systems maintained", "信息系统按期维护"),
        (
            "The maintenance of information system '{subject}' was due on {due} (interval {interval}, last {last}).",
            "信息系统“{subject}”应于{due}维护（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.5-review-intervals",
        "7.5",
        Error,
        Shall,
        Minor,
        ("System maintenance scheduled", "系统维护规定周期"),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
    ),
    // ----------------------------------------------------------------------------- 7.6
    rule!(
        "ecms-7.6-financial-control-functions",
        "7.6",
        Error,
        Shall,
        Major,
        ("Financial control system complete", "财务控制体系完整"),
        (
            "The financial control system has no '{function}' element.",
            "财务控制体系缺少“{function_zh}”环节。"
        ),
        check_financial_functions,
    ),
    rule!(
        "ecms-7.6-financial-control-defined",
        "7.6",
        Error,
        Shall,
        Minor,
        (
            "Financial controls owned and documented",
            "财务控制有负责岗位和文件"
        ),
        (
            "Financial control '{subject}' has no {what}.",
            "财务控制“{subject}”没有{what_zh}。"
        ),
        check_financial_control_defined,
    ),
    rule!(
        "ecms-7.6-financial-control-overdue",
        "7.6",
        Error,
        Shall,
        Minor,
        ("Financial controls run on time", "财务控制按期执行"),
        (
            "Financial control '{subject}' was due on {due} (interval {interval}, last {last}).",
            "财务控制“{subject}”应于{due}执行（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.6-fund-procedures",
        "7.6",
        Error,
        Shall,
        Major,
        ("Fund procedures cover a)–c)", "资金管理程序覆盖a)–c)"),
        (
            "No documented fund procedure provides for '{purpose}'.",
            "没有成文的资金管理程序支持“{purpose_zh}”。"
        ),
        check_fund_procedures,
        covers = ["7.6.a", "7.6.b", "7.6.c"],
    ),
    rule!(
        "ecms-7.6-review-intervals",
        "7.6",
        Error,
        Shall,
        Minor,
        ("Financial controls scheduled", "财务控制规定周期"),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        emit_missing_intervals,
    ),
    // ----------------------------------------------------------------------------- 7.7
    rule!(
        "ecms-7.7-security-policy",
        "7.7",
        Error,
        Shall,
        Major,
        (
            "Security policy and procedures established",
            "建立信息安全策略和程序"
        ),
        (
            "No documented information-security policy and procedures are recorded.",
            "未记录成文的信息安全策略和程序。"
        ),
        check_security_policy,
    ),
    rule!(
        "ecms-7.7.a-awareness-training-overdue",
        "7.7.a",
        Error,
        Shall,
        Minor,
        (
            "Everyone trained in security awareness",
            "全员接受信息安全意识培训"
        ),
        (
            "{subject} was due for security awareness training on {due} (interval {interval}, last {last}).",
            "{subject}应于{due}参加信息安全意识培训（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.7.b-responsibilities-assigned",
        "7.7.b",
        Error,
        Shall,
        Major,
        ("Security responsibilities assigned", "确立信息安全责任制"),
        ("{problem}", "{problem_zh}"),
        check_security_responsibilities,
    ),
    rule!(
        "ecms-7.7.c-technical-measures",
        "7.7.c",
        Error,
        Shall,
        Major,
        (
            "Technical security measures provided",
            "提供信息安全技术保障"
        ),
        (
            "No technical security measure, equipment or facility is recorded.",
            "未记录任何信息安全技术措施或设备设施。"
        ),
        check_technical_measures,
    ),
    rule!(
        "ecms-7.7.c-systems-protected",
        "7.7.c",
        Error,
        Shall,
        Minor,
        ("Every system protected", "各信息系统受保护"),
        (
            "Information system '{subject}' is covered by no technical security measure.",
            "信息系统“{subject}”没有任何技术安全措施覆盖。"
        ),
        check_systems_protected,
    ),
    rule!(
        "ecms-7.7.d-incident-handled",
        "7.7.d",
        Error,
        Shall,
        Minor,
        ("Security incidents handled", "信息安全事件得到有效处理"),
        (
            "Security incident '{subject}' {problem}.",
            "信息安全事件“{subject}”{problem_zh}。"
        ),
        check_incident_handled,
    ),
    rule!(
        "ecms-7.7.d-incident-open-too-long",
        "7.7.d",
        Error,
        Shall,
        Minor,
        ("Security incidents closed in time", "信息安全事件按时关闭"),
        (
            "Security incident '{subject}' is still open; it should have been closed by {due} (limit {limit}).",
            "信息安全事件“{subject}”仍未关闭，应于{due}前关闭（时限{limit}）。"
        ),
        check_incident_open,
    ),
    rule!(
        "ecms-7.7.e-risk-controls",
        "7.7.e",
        Error,
        Shall,
        Minor,
        ("Security risks controlled", "信息安全风险有控制措施"),
        (
            "Security risk '{subject}' has no {what}.",
            "信息安全风险“{subject}”没有{what_zh}。"
        ),
        check_risk_controls,
    ),
    rule!(
        "ecms-7.7.e-risk-review-overdue",
        "7.7.e",
        Error,
        Shall,
        Minor,
        ("Security risks reassessed on time", "信息安全风险按期评估"),
        (
            "The reassessment of security risk '{subject}' was due on {due} (interval {interval}, last {last}).",
            "信息安全风险“{subject}”应于{due}重新评估（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.7.f-risk-areas",
        "7.7.f",
        Error,
        Shall,
        Major,
        (
            "Risks of network, portal, trading system, personal data",
            "网络、门户、交易系统和顾客信息风险"
        ),
        (
            "No security risk is recorded for the area '{area}'.",
            "未记录“{area_zh}”方面的信息安全风险。"
        ),
        check_risk_areas,
        covers = ["7.7.f.1", "7.7.f.2", "7.7.f.3", "7.7.f.4"],
    ),
    rule!(
        "ecms-7.7-review-intervals",
        "7.7",
        Error,
        Shall,
        Minor,
        (
            "Security training and risk reviews scheduled",
            "安全培训和风险评估规定周期"
        ),
        (
            "'{subject}' declares no interval for its {activity}, so it cannot be planned.",
            "“{subject}”未规定{activity_zh}周期，无法策划。"
        ),
        check_security_intervals,
        covers = ["7.7.a", "7.7.e"],
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[AssessedRequirement {
    clause: "7.2.4.g",
    reason: t(
        "Which further activities customers need is a judgement on the whole service; a list of activities cannot show it is sufficient.",
        "还需要哪些其他活动来满足顾客需求，需对整体服务作出判断，活动清单本身不能证明其充分。",
    ),
}];

// =============================================================================================
// Obligations

/// Which overdue rules each `…-review-intervals` rule watches for a missing interval.
const INTERVAL_RULES: &[(&str, &[&str])] = &[
    (
        "ecms-7.2.1-review-intervals",
        &["ecms-7.2.1.e-feedback-evaluation-overdue"],
    ),
    (
        "ecms-7.2.2-review-intervals",
        &["ecms-7.2.2-platform-review-overdue"],
    ),
    (
        "ecms-7.2.3-review-intervals",
        &[
            "ecms-7.2.3.a.3-requirements-review-overdue",
            "ecms-7.2.3.a.6-outcome-evaluation-overdue",
            "ecms-7.2.3.b.2-criteria-optimisation-overdue",
        ],
    ),
    (
        "ecms-7.2.4-review-intervals",
        &["ecms-7.2.4-staff-evaluation-overdue"],
    ),
    (
        "ecms-7.2.5-review-intervals",
        &[
            "ecms-7.2.5-exercise-overdue",
            "ecms-7.2.5.e-evaluation-overdue",
        ],
    ),
    (
        "ecms-7.4-review-intervals",
        &[
            "ecms-7.4.b-analysis-overdue",
            "ecms-7.4.f-process-evaluation-overdue",
        ],
    ),
    (
        "ecms-7.5-review-intervals",
        &["ecms-7.5-system-maintenance-overdue"],
    ),
    (
        "ecms-7.6-review-intervals",
        &["ecms-7.6-financial-control-overdue"],
    ),
    (
        "ecms-7.7-review-intervals",
        &["ecms-7.7.e-risk-review-overdue"],
    ),
];

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    let op = &doc.operation;
    let om = &op.operating_model;
    if !is_default(&om.feedback) {
        out.push(Obligation {
            rule_id: "ecms-7.2.1.e-feedback-evaluation-overdue",
            clause: "7.2.1.e",
            path: "/operation/operatingModel/feedback".into(),
            subject: "Customer feedback".into(),
            activity: t("customer feedback evaluation", "顾客反馈评估"),
            interval: om.feedback.evaluation.interval,
            last_done: om.feedback.evaluation.last_done,
            anchor: None,
        });
    }
    for (i, pf) in op.platform_selection.platforms.iter().enumerate() {
        if pf.status != Some(PlatformStatus::Active) {
            continue;
        }
        out.push(Obligation {
            rule_id: "ecms-7.2.2-platform-review-overdue",
            clause: "7.2.2",
            path: format!("/operation/platformSelection/platforms/{i}"),
            subject: pf.name.clone(),
            activity: t("platform review", "平台评审"),
            interval: pf.review.interval,
            last_done: pf.review.last_done,
            anchor: pf.selected_on,
        });
    }
    let ls = &op.listing;
    if !is_default(&ls.strategy) {
        out.push(Obligation {
            rule_id: "ecms-7.2.3.a.3-requirements-review-overdue",
            clause: "7.2.3.a.3",
            path: "/operation/listing/strategy".into(),
            subject: "Listing strategy".into(),
            activity: t(
                "review of listing process requirements",
                "上下架过程要求评审",
            ),
            interval: ls.strategy.requirements_review.interval,
            last_done: ls.strategy.requirements_review.last_done,
            anchor: None,
        });
        out.push(Obligation {
            rule_id: "ecms-7.2.3.a.6-outcome-evaluation-overdue",
            clause: "7.2.3.a.6",
            path: "/operation/listing/strategy".into(),
            subject: "Listing strategy".into(),
            activity: t("evaluation of listing results", "上下架执行结果评估"),
            interval: ls.strategy.outcome_evaluation.interval,
            last_done: ls.strategy.outcome_evaluation.last_done,
            anchor: None,
        });
    }
    if !is_default(&ls.classification) {
        out.push(Obligation {
            rule_id: "ecms-7.2.3.b.2-criteria-optimisation-overdue",
            clause: "7.2.3.b.2",
            path: "/operation/listing/classification".into(),
            subject: "Product classification criteria".into(),
            activity: t("optimisation of classification criteria", "分类准则优化"),
            interval: ls.classification.optimisation.interval,
            last_done: ls.classification.optimisation.last_done,
            anchor: None,
        });
    }
    let cs = &op.customer_service;
    if !is_default(cs) {
        out.push(Obligation {
            rule_id: "ecms-7.2.4-staff-evaluation-overdue",
            clause: "7.2.4",
            path: "/operation/customerService".into(),
            subject: "Customer service".into(),
            activity: t("evaluation of customer-service staff", "客服人员评价"),
            interval: cs.staff_evaluation.interval,
            last_done: cs.staff_evaluation.last_done,
            anchor: None,
        });
    }
    let cr = &op.crisis;
    if !is_default(cr) {
        out.push(Obligation {
            rule_id: "ecms-7.2.5-exercise-overdue",
            clause: "7.2.5",
            path: "/operation/crisis".into(),
            subject: "Crisis plan".into(),
            activity: t("crisis plan exercise", "危机预案演练"),
            interval: cr.exercise_interval,
            last_done: cr.exercises.iter().map(|e| e.date).max(),
            anchor: None,
        });
        out.push(Obligation {
            rule_id: "ecms-7.2.5.e-evaluation-overdue",
            clause: "7.2.5.e",
            path: "/operation/crisis".into(),
            subject: "Crisis management".into(),
            activity: t("crisis management evaluation", "危机管理过程评估"),
            interval: cr.evaluation.interval,
            last_done: cr.evaluation.last_done,
            anchor: None,
        });
    }
    let mk = &op.marketing;
    if !is_default(mk) {
        out.push(Obligation {
            rule_id: "ecms-7.4.b-analysis-overdue",
            clause: "7.4.b",
            path: "/operation/marketing".into(),
            subject: "Marketing".into(),
            activity: t("marketing data analysis", "营销数据分析"),
            interval: mk.analysis.interval,
            last_done: mk.analysis.last_done,
            anchor: None,
        });
        out.push(Obligation {
            rule_id: "ecms-7.4.f-process-evaluation-overdue",
            clause: "7.4.f",
            path: "/operation/marketing".into(),
            subject: "Marketing".into(),
            activity: t("marketing process evaluation", "营销管理过程评估"),
            interval: mk.process_evaluation.interval,
            last_done: mk.process_evaluation.last_done,
            anchor: None,
        });
    }
    for (i, s) in op.information.systems.iter().enumerate() {
        if s.status != Some(SystemStatus::InUse) {
            continue;
        }
        out.push(Obligation {
            rule_id: "ecms-7.5-system-maintenance-overdue",
            clause: "7.5",
            path: format!("/operation/information/systems/{i}"),
            subject: s.name.clone(),
            activity: t("system maintenance", "系统维护"),
            interval: s.maintenance.interval,
            last_done: s.maintenance.last_done,
            anchor: None,
        });
    }
    for (i, c) in op.funds.financial_controls.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-7.6-financial-control-overdue",
            clause: "7.6",
            path: format!("/operation/funds/financialControls/{i}"),
            subject: c.description.clone(),
            activity: t("financial control", "财务控制"),
            interval: c.schedule.interval,
            last_done: c.schedule.last_done,
            anchor: None,
        });
    }
    let sec = &op.security;
    if let Some(interval) = sec.awareness.interval {
        for (i, person) in doc.support.people.iter().enumerate() {
            let last = sec
                .awareness
                .sessions
                .iter()
                .filter(|s| s.attendees.contains(&person.id))
                .map(|s| s.date)
                .max();
            out.push(Obligation {
                rule_id: "ecms-7.7.a-awareness-training-overdue",
                clause: "7.7.a",
                path: format!("/support/people/{i}"),
                subject: person.name.clone(),
                activity: t("security awareness training", "信息安全意识培训"),
                interval: Some(interval),
                last_done: last,
                anchor: None,
            });
        }
    }
    for (i, r) in sec.risks.iter().enumerate() {
        out.push(Obligation {
            rule_id: "ecms-7.7.e-risk-review-overdue",
            clause: "7.7.e",
            path: format!("/operation/security/risks/{i}"),
            subject: r.description.clone(),
            activity: t("security risk reassessment", "信息安全风险评估"),
            interval: r.review.interval,
            last_done: r.review.last_done,
            anchor: None,
        });
    }
}

/// Reports every obligation watched by the running `…-review-intervals` rule that declares
/// no interval.
fn emit_missing_intervals(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let rule_id = em.rule_id().to_owned();
    let Some((_, watched)) = INTERVAL_RULES.iter().find(|(r, _)| *r == rule_id) else {
        return;
    };
    for o in ctx
        .obligations
        .iter()
        .filter(|o| watched.contains(&o.rule_id) && o.interval.is_none())
    {
        em.legacy_emit_at(
            o.clause,
            o.path.clone(),
            &[
                p("subject", &o.subject),
                p("activity", o.activity.en),
                p("activity_zh", o.activity.zh),
            ],
        );
    }
}

fn check_security_intervals(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let aw = &ctx.doc.operation.security.awareness;
    if aw.interval.is_none() && !ctx.doc.support.people.is_empty() {
        em.legacy_emit_at(
            "7.7.a",
            "/operation/security",
            &[
                p("subject", "Security awareness"),
                p("activity", "security awareness training"),
                p("activity_zh", "信息安全意识培训"),
            ],
        );
    }
    emit_missing_intervals(ctx, em);
}

// =============================================================================================
// Helpers

/// Emits one finding per missing part: `(missing, what, what_zh)`.
fn report_missing(
    em: &mut Emitter<'_>,
    path: &str,
    subject: &str,
    parts: &[(bool, &'static str, &'static str)],
) {
    for (missing, en, zh) in parts {
        if *missing {
            em.legacy_emit(
                path,
                &[p("subject", subject), p("what", en), p("what_zh", zh)],
            );
        }
    }
}

fn problem(em: &mut Emitter<'_>, path: &str, subject: &str, en: String, zh: String) {
    em.legacy_emit(
        path,
        &[p("subject", subject), p("problem", en), p("problem_zh", zh)],
    );
}

fn product_name(doc: &EcmsDocument, id: crate::ids::ProductId) -> String {
    doc.operation
        .listing
        .products
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Problems of an approval that should precede `deadline` (when given), as (en, zh).
fn approval_problem(
    approval: Option<&Approval>,
    deadline: Option<Date>,
    deadline_en: &str,
    deadline_zh: &str,
    as_of: Date,
) -> Option<(String, String)> {
    let Some(a) = approval.filter(|a| a.is_complete()) else {
        return Some((
            "records no approver and approval date".into(),
            "未记录批准人和批准日期".into(),
        ));
    };
    let date = a.date?;
    if date > as_of {
        return Some((
            format!("is approved on {date}, after the evaluation date"),
            format!("批准日期{date}晚于评价日期"),
        ));
    }
    match deadline {
        Some(d) if date > d => Some((
            format!("was approved on {date}, after its {deadline_en} {d}"),
            format!("于{date}批准，晚于其{deadline_zh}{d}"),
        )),
        _ => None,
    }
}

/// The change between two prices in percent of the old one; `None` when not comparable.
fn change_percent(old: &Money, new: &Money) -> Option<Decimal> {
    if old.currency != new.currency || old.amount.value().is_zero() {
        return None;
    }
    let diff = new.amount.value().checked_sub(old.amount.value())?.abs();
    diff.checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(old.amount.value().abs())
        .map(|d| d.round_dp(2))
}

fn is_listed(s: Option<ListingStatus>) -> bool {
    s == Some(ListingStatus::Listed)
}

fn due_after(interval: Interval, from: Date) -> Option<Date> {
    interval.after(from)
}

// =============================================================================================
// 7.1

fn check_key_processes_identified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ps = &ctx.doc.context.processes;
    if !ps.is_empty() && !ps.iter().any(|x| x.key) {
        em.legacy_emit("/context/processes", &[]);
    }
}

fn check_key_process_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let controls = &ctx.doc.operation.process_controls;
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !pr.key {
            continue;
        }
        match controls.iter().position(|c| c.process == pr.id) {
            None => report_missing(
                em,
                &format!("/context/processes/{i}"),
                &pr.name,
                &[(
                    true,
                    "control plan (operation.processControls)",
                    "控制策划（operation.processControls）",
                )],
            ),
            Some(j) => {
                let Some(c) = controls.get(j) else { continue };
                report_missing(
                    em,
                    &format!("/operation/processControls/{j}"),
                    &pr.name,
                    &[
                        (
                            blank(&c.purpose),
                            "statement of the strategy and objectives it serves",
                            "所服务的战略和目标的说明",
                        ),
                        (all_blank(&c.criteria), "process criteria", "过程准则"),
                        (all_blank(&c.controls), "controls", "控制措施"),
                    ],
                );
            }
        }
    }
}

fn key_controls<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (usize, &'a crate::model::operation::ProcessControl, &'a str)> {
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

fn check_execution_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (j, c, name) in key_controls(ctx) {
        if c.execution_records.is_empty() {
            em.legacy_emit(
                format!("/operation/processControls/{j}"),
                &[p("subject", name)],
            );
        }
    }
}

fn check_conformity_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (j, c, name) in key_controls(ctx) {
        if c.conformity_records.is_empty() {
            em.legacy_emit(
                format!("/operation/processControls/{j}"),
                &[p("subject", name)],
            );
        }
    }
}

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
        report_missing(
            em,
            &format!("/context/processes/{i}"),
            &pr.name,
            &[
                (
                    pr.provider.is_none(),
                    "named external provider",
                    "指定的外部供方",
                ),
                (
                    !controlled,
                    "controls over the provider (operation.processControls)",
                    "对外部供方的控制措施（operation.processControls）",
                ),
            ],
        );
    }
}

// =============================================================================================
// 7.2.1

const OM: &str = "/operation/operatingModel";

fn check_operating_model(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let m = &ctx.doc.operation.operating_model;
    report_missing(
        em,
        OM,
        "",
        &[
            (
                blank(&m.description),
                "description suited to the organization and its market",
                "结合自身特点和市场状况的描述",
            ),
            (m.document.is_none(), "documented information", "成文信息"),
        ],
    );
}

fn check_areas_covered(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let m = &ctx.doc.operation.operating_model;
    for area in OperationsArea::REQUIRED {
        if !m.processes.iter().any(|x| x.area == area) {
            em.legacy_emit(OM, &[p("area", area.as_str())]);
        }
    }
}

fn check_target_customers(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let m = &ctx.doc.operation.operating_model;
    if m.target_customers.is_empty() {
        em.legacy_emit(
            OM,
            &[
                p("problem", "The operating model names no target customers."),
                p("problem_zh", "运营模式未确定目标顾客。"),
            ],
        );
    }
    for (i, s) in m.target_customers.iter().enumerate() {
        if all_blank(&s.needs) {
            em.legacy_emit(
                format!("{OM}/targetCustomers/{i}"),
                &[
                    p(
                        "problem",
                        format!(
                            "Target customer segment '{}' has no needs recorded.",
                            s.name
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("目标顾客群“{}”没有记录其需求。", s.name),
                    ),
                ],
            );
        }
    }
}

fn each_ops_process<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<
    Item = (
        String,
        &'a crate::model::operation::operations::OperationsProcess,
    ),
> {
    ctx.doc
        .operation
        .operating_model
        .processes
        .iter()
        .enumerate()
        .map(|(i, x)| (format!("{OM}/processes/{i}"), x))
}

fn check_process_verification(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, x) in each_ops_process(ctx) {
        if all_blank(&x.verification) {
            em.legacy_emit(path, &[p("subject", x.area.as_str())]);
        }
    }
}

fn check_process_measures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, x) in each_ops_process(ctx) {
        if all_blank(&x.measures) {
            em.legacy_emit(path, &[p("subject", x.area.as_str())]);
        }
    }
}

fn check_feedback_channels(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if all_blank(&ctx.doc.operation.operating_model.feedback.channels) {
        em.legacy_emit(OM, &[]);
    }
}

fn check_process_responsibility(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, x) in each_ops_process(ctx) {
        report_missing(
            em,
            &path,
            x.area.as_str(),
            &[
                (x.responsible.is_none(), "responsible role", "负责岗位"),
                (all_blank(&x.authorities), "authorities", "权限"),
            ],
        );
    }
}

// =============================================================================================
// 7.2.2

const PS: &str = "/operation/platformSelection";

fn check_platform_strategy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &ctx.doc.operation.platform_selection.strategy {
        None => em.legacy_emit(
            PS,
            &[
                p("problem", "No platform selection strategy is recorded."),
                p("problem_zh", "未记录平台选择策略。"),
            ],
        ),
        Some(s) => {
            if s.document.is_none() {
                em.legacy_emit(
                    format!("{PS}/strategy"),
                    &[
                        p(
                            "problem",
                            "The platform selection strategy is not held as documented information.",
                        ),
                        p("problem_zh", "平台选择策略未形成成文信息。"),
                    ],
                );
            }
        }
    }
}

fn check_strategy_criteria(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(s) = &ctx.doc.operation.platform_selection.strategy else {
        return;
    };
    let path = format!("{PS}/strategy");
    if blank(&s.customer_fit_criteria) {
        em.legacy_emit_at(
            "7.2.2.a",
            &path,
            &[
                p("what", "the ability to serve target customers"),
                p("what_zh", "满足目标顾客群体需求的能力和潜力"),
            ],
        );
    }
    if blank(&s.outlook_criteria) {
        em.legacy_emit_at(
            "7.2.2.b",
            &path,
            &[
                p("what", "a forward-looking choice"),
                p("what_zh", "自身及市场发展的前瞻性"),
            ],
        );
    }
}

fn check_platforms_selected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .operation
        .platform_selection
        .platforms
        .iter()
        .any(|x| x.status == Some(PlatformStatus::Active))
    {
        em.legacy_emit(PS, &[]);
    }
}

fn check_platform_assessed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pf) in ctx
        .doc
        .operation
        .platform_selection
        .platforms
        .iter()
        .enumerate()
    {
        if pf.status == Some(PlatformStatus::Withdrawn) {
            continue;
        }
        let path = format!("{PS}/platforms/{i}");
        if blank(&pf.customer_fit) {
            em.legacy_emit_at(
                "7.2.2.a",
                &path,
                &[
                    p("subject", &pf.name),
                    p("what", "its ability to serve target customers"),
                    p("what_zh", "满足目标顾客群体需求的能力和潜力"),
                ],
            );
        }
        if blank(&pf.outlook) {
            em.legacy_emit_at(
                "7.2.2.b",
                &path,
                &[
                    p("subject", &pf.name),
                    p("what", "its outlook"),
                    p("what_zh", "前瞻性"),
                ],
            );
        }
    }
}

// =============================================================================================
// 7.2.3

const LS: &str = "/operation/listing";

fn check_listing_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.listing.procedure.is_none() {
        em.legacy_emit(LS, &[]);
    }
}

fn check_listing_strategy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = &ctx.doc.operation.listing.strategy;
    let path = if is_default(s) {
        LS.to_owned()
    } else {
        format!("{LS}/strategy")
    };
    let items: [(&'static str, bool, &str, &str); 7] = [
        (
            "7.2.3.a",
            s.document.is_none(),
            "its documented information",
            "成文信息",
        ),
        (
            "7.2.3.a.1",
            all_blank(&s.market_information),
            "how product market information is obtained and analysed",
            "产品市场信息的获取和分析",
        ),
        (
            "7.2.3.a.2",
            all_blank(&s.process_requirements),
            "the listing process requirements",
            "上下架过程要求",
        ),
        (
            "7.2.3.a.3",
            is_default(&s.requirements_review),
            "a review of the process requirements",
            "过程要求的评审",
        ),
        (
            "7.2.3.a.4",
            all_blank(&s.monitoring),
            "how its execution is monitored",
            "策略执行时的监控",
        ),
        (
            "7.2.3.a.5",
            all_blank(&s.adjustment_triggers),
            "adjustments for internal and external changes",
            "针对内外部因素变更的调整",
        ),
        (
            "7.2.3.a.6",
            is_default(&s.outcome_evaluation),
            "an evaluation of results",
            "执行结果的评估",
        ),
    ];
    for (item, missing, en, zh) in items {
        if missing {
            em.legacy_emit_at(item, &path, &[p("what", en), p("what_zh", zh)]);
        }
    }
}

fn check_listing_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.listing.products.iter().enumerate() {
        let path = format!("{LS}/products/{i}");
        match x.status {
            Some(ListingStatus::Listed) => {
                if x.listed_on.is_none() {
                    problem(
                        em,
                        &path,
                        &x.name,
                        "is listed but has no listing date".into(),
                        "已上架但没有上架日期".into(),
                    );
                }
                if let Some((en, zh)) = approval_problem(
                    x.listing_approval.as_ref(),
                    x.listed_on,
                    "listing date",
                    "上架日期",
                    ctx.as_of,
                ) {
                    problem(
                        em,
                        &path,
                        &x.name,
                        format!("listing {en}"),
                        format!("上架审批{zh}"),
                    );
                }
            }
            Some(ListingStatus::Delisted) => {
                if x.delisted_on.is_none() || blank(&x.delisting_reason) {
                    problem(
                        em,
                        &path,
                        &x.name,
                        "is delisted without a recorded date and reason".into(),
                        "已下架但未记录下架日期和原因".into(),
                    );
                }
            }
            None => problem(
                em,
                &path,
                &x.name,
                "has no listing status".into(),
                "没有上下架状态".into(),
            ),
            Some(_) => {}
        }
    }
}

fn check_classification_criteria(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let c = &ctx.doc.operation.listing.classification;
    let path = if is_default(c) {
        LS.to_owned()
    } else {
        format!("{LS}/classification")
    };
    report_missing(
        em,
        &path,
        "",
        &[
            (
                c.criteria.is_none(),
                "documented classification criteria",
                "成文的分类准则",
            ),
            (all_blank(&c.categories), "categories", "产品类别"),
        ],
    );
}

fn check_product_classified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ls = &ctx.doc.operation.listing;
    if ls.classification.categories.is_empty() {
        return;
    }
    for (i, x) in ls.products.iter().enumerate() {
        let ok = x
            .category
            .as_ref()
            .is_some_and(|c| ls.classification.categories.contains(c));
        if !ok {
            em.legacy_emit(
                format!("{LS}/products/{i}"),
                &[
                    p("subject", &x.name),
                    p("category", x.category.as_deref().unwrap_or("-")),
                ],
            );
        }
    }
}

fn check_description_rules(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let d = &ctx.doc.operation.listing.description_rules;
    let path = if is_default(d) {
        LS.to_owned()
    } else {
        format!("{LS}/descriptionRules")
    };
    report_missing(
        em,
        &path,
        "",
        &[
            (d.document.is_none(), "documented information", "成文信息"),
            (
                all_blank(&d.title_rules),
                "rules for titles",
                "产品标题准则",
            ),
            (
                all_blank(&d.parameter_rules),
                "rules for parameters",
                "产品参数准则",
            ),
        ],
    );
}

fn check_product_described(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.listing.products.iter().enumerate() {
        if !is_listed(x.status) {
            continue;
        }
        report_missing(
            em,
            &format!("{LS}/products/{i}"),
            &x.name,
            &[
                (blank(&x.title), "title", "产品标题"),
                (x.parameters.is_empty(), "parameters", "产品参数"),
            ],
        );
    }
}

fn check_customer_information(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ls = &ctx.doc.operation.listing;
    if !is_default(&ls.description_rules) && all_blank(&ls.description_rules.other_information) {
        em.legacy_emit(
            format!("{LS}/descriptionRules"),
            &[
                p(
                    "problem",
                    "The description rules name no further information customers need.",
                ),
                p(
                    "problem_zh",
                    "产品描述准则未规定满足顾客认知需求的其他信息。",
                ),
            ],
        );
    }
    for (i, x) in ls.products.iter().enumerate() {
        if is_listed(x.status) && all_blank(&x.customer_information) {
            em.legacy_emit(
                format!("{LS}/products/{i}"),
                &[
                    p(
                        "problem",
                        format!(
                            "Listed product '{}' gives customers no further information (size guide, care, returns…).",
                            x.name
                        ),
                    ),
                    p(
                        "problem_zh",
                        format!("上架产品“{}”未向顾客提供其他相关信息（尺码、洗护、退换等）。", x.name),
                    ),
                ],
            );
        }
    }
}

fn check_pricing_principles(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let pr = &ctx.doc.operation.listing.pricing;
    let path = if is_default(pr) {
        LS.to_owned()
    } else {
        format!("{LS}/pricing")
    };
    report_missing(
        em,
        &path,
        "",
        &[
            (pr.document.is_none(), "documented information", "成文信息"),
            (all_blank(&pr.principles), "principles", "定价原则"),
            (blank(&pr.handling_process), "handling process", "处理流程"),
            (blank(&pr.display_mode), "display mode", "显示模式"),
            (
                blank(&pr.adjustment_basis),
                "basis for adjusting to market and own situation",
                "根据市场需求和自身环境调整的依据",
            ),
        ],
    );
}

fn check_approval_mechanism(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let pr = &ctx.doc.operation.listing.pricing;
    if pr.approval_authorities.is_empty() {
        let path = if is_default(pr) {
            LS.to_owned()
        } else {
            format!("{LS}/pricing")
        };
        em.legacy_emit(path, &[]);
    }
}

fn check_price_change_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.operation.listing.price_changes.iter().enumerate() {
        let path = format!("{LS}/priceChanges/{i}");
        let name = product_name(ctx.doc, c.product);
        if c.effective_from.is_none() {
            problem(
                em,
                &path,
                &name,
                "has no effective date".into(),
                "没有生效日期".into(),
            );
        }
        if let Some((en, zh)) = approval_problem(
            c.approval.as_ref(),
            c.effective_from,
            "effective date",
            "生效日期",
            ctx.as_of,
        ) {
            problem(em, &path, &name, en, zh);
        }
    }
}

fn check_price_approver_authorized(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let auths = &ctx.doc.operation.listing.pricing.approval_authorities;
    for (i, c) in ctx.doc.operation.listing.price_changes.iter().enumerate() {
        let Some(by) = c.approval.as_ref().and_then(|a| a.by) else {
            continue;
        };
        let pct = match (&c.old_price, &c.new_price) {
            (Some(o), Some(n)) => change_percent(o, n),
            _ => None,
        };
        let ok = auths.iter().any(|a| {
            holds_role(ctx.doc, by, a.role)
                && match (a.max_change_percent, pct) {
                    (None, _) => true,
                    (Some(max), Some(pct)) => pct <= max.value(),
                    (Some(_), None) => false,
                }
        });
        if !ok {
            let change = pct
                .map(|d| format!("{d}%"))
                .unwrap_or_else(|| "change unknown".into());
            em.legacy_emit(
                format!("{LS}/priceChanges/{i}/approval"),
                &[
                    p("subject", product_name(ctx.doc, c.product)),
                    p("change", change),
                    p("approver", person_name(ctx.doc, by)),
                ],
            );
        }
    }
}

fn check_price_self_approval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx.doc.operation.listing.price_changes.iter().enumerate() {
        if let (Some(req), Some(by)) = (c.requested_by, c.approval.as_ref().and_then(|a| a.by))
            && req == by
        {
            em.legacy_emit(
                format!("{LS}/priceChanges/{i}"),
                &[
                    p("subject", product_name(ctx.doc, c.product)),
                    p("approver", person_name(ctx.doc, by)),
                ],
            );
        }
    }
}

fn check_product_identifiable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let products = &ctx.doc.operation.listing.products;
    for (i, x) in products.iter().enumerate() {
        let path = format!("{LS}/products/{i}");
        match x.sku.as_deref().map(str::trim) {
            None | Some("") => problem(
                em,
                &path,
                &x.name,
                "has no SKU code".into(),
                "没有SKU编码".into(),
            ),
            Some(sku) => {
                if let Some(other) = products
                    .iter()
                    .take(i)
                    .find(|o| o.sku.as_deref().map(str::trim) == Some(sku))
                {
                    problem(
                        em,
                        &path,
                        &x.name,
                        format!("has SKU {sku}, already used by '{}'", other.name),
                        format!("的SKU {sku}已被“{}”使用", other.name),
                    );
                }
            }
        }
    }
}

fn check_product_traceable(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.listing.products.iter().enumerate() {
        if x.status == Some(ListingStatus::Planned) {
            continue;
        }
        let path = format!("{LS}/products/{i}");
        if x.batches.is_empty() && x.supplier.is_none() {
            problem(
                em,
                &path,
                &x.name,
                "records neither a supplier nor batches, so it cannot be traced".into(),
                "既未记录供方也未记录批次，无法追溯".into(),
            );
        }
        for b in &x.batches {
            if blank(&b.source) || b.received_on.is_none() {
                problem(
                    em,
                    &path,
                    &x.name,
                    format!("has batch {} without a receipt date and source", b.lot),
                    format!("的批次{}没有收货日期和来源", b.lot),
                );
            }
        }
    }
}

// =============================================================================================
// 7.2.4

const CS: &str = "/operation/customerService";

fn check_service_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.customer_service.procedure.is_none() {
        em.legacy_emit(CS, &[]);
    }
}

fn check_service_arrangements(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let c = &ctx.doc.operation.customer_service;
    let items: [(&'static str, &[String], &str, &str); 6] = [
        (
            "7.2.4.a",
            &c.competence,
            "the competence service staff need",
            "客服人员所必要的能力",
        ),
        (
            "7.2.4.b",
            &c.infrastructure,
            "the infrastructure for service work",
            "客服工作所需的基础设施",
        ),
        (
            "7.2.4.c",
            &c.environment,
            "the work environment for service quality",
            "达到服务质量要求所需的工作环境",
        ),
        (
            "7.2.4.d",
            &c.pre_sale_rules,
            "rules for pre-sale enquiries, orders and their changes",
            "售前询盘、合同或订单处理及其修改的要求",
        ),
        (
            "7.2.4.e",
            &c.product_confirmation,
            "how products are confirmed before sale",
            "售前对产品的确认",
        ),
        (
            "7.2.4.f",
            &c.after_sale_rules,
            "rules for after-sale feedback, complaints, refunds and returns",
            "售后顾客反馈、投诉和退赔款/货处理的要求",
        ),
    ];
    for (item, list, en, zh) in items {
        if all_blank(list) {
            em.legacy_emit_at(item, CS, &[p("what", en), p("what_zh", zh)]);
        }
    }
}

fn check_staff_evaluation(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if all_blank(&ctx.doc.operation.customer_service.evaluation_criteria) {
        em.legacy_emit(CS, &[]);
    }
}

fn check_complaint_record(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx
        .doc
        .operation
        .customer_service
        .complaints
        .iter()
        .enumerate()
    {
        let path = format!("{CS}/complaints/{i}");
        let mut bad = |en: String, zh: String| problem(em, &path, &c.summary, en, zh);
        match c.received_on {
            None => bad("has no date of receipt".into(), "没有受理日期".into()),
            Some(r) if r > ctx.as_of => bad(
                format!("is received on {r}, after the evaluation date"),
                format!("受理日期{r}晚于评价日期"),
            ),
            Some(_) => {}
        }
        if let Some(done) = c.resolved_on {
            if c.received_on.is_some_and(|r| done < r) {
                bad(
                    format!("is resolved on {done}, before it was received"),
                    format!("处理完成日期{done}早于受理日期"),
                );
            }
            if done > ctx.as_of {
                bad(
                    format!("is resolved on {done}, after the evaluation date"),
                    format!("处理完成日期{done}晚于评价日期"),
                );
            }
            if blank(&c.resolution) || c.remedy.is_none() {
                bad(
                    "is closed without a recorded resolution and remedy".into(),
                    "已关闭但未记录处理结果和处理方式".into(),
                );
            }
            if c.handled_by.is_none() {
                bad("names no one who handled it".into(), "未记录处理人".into());
            }
        }
    }
}

fn check_complaint_resolution_time(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let cs = &ctx.doc.operation.customer_service;
    let Some(limit) = cs.complaint_resolution_limit else {
        if !cs.complaints.is_empty() || !is_default(cs) {
            em.legacy_emit(
                CS,
                &[
                    p(
                        "problem",
                        "No time limit for resolving complaints is declared.",
                    ),
                    p("problem_zh", "未规定投诉处理时限。"),
                ],
            );
        }
        return;
    };
    for (i, c) in cs.complaints.iter().enumerate() {
        let Some(due) = c.received_on.and_then(|r| due_after(limit, r)) else {
            continue;
        };
        let late = match c.resolved_on {
            Some(done) => done > due,
            None => ctx.as_of > due,
        };
        if late {
            let (en, zh) = match c.resolved_on {
                Some(done) => (
                    format!(
                        "Complaint '{}' was resolved on {done}, after the limit of {limit} (due {due}).",
                        c.summary
                    ),
                    format!(
                        "投诉“{}”于{done}处理完成，超过时限{limit}（应于{due}前）。",
                        c.summary
                    ),
                ),
                None => (
                    format!(
                        "Complaint '{}' is still open; it was due for resolution on {due} (limit {limit}).",
                        c.summary
                    ),
                    format!(
                        "投诉“{}”仍未处理完成，应于{due}前处理（时限{limit}）。",
                        c.summary
                    ),
                ),
            };
            em.legacy_emit(
                format!("{CS}/complaints/{i}"),
                &[p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

fn check_refund_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let cs = &ctx.doc.operation.customer_service;
    for (i, c) in cs.complaints.iter().enumerate() {
        if !c.remedy.is_some_and(|r| r.involves_refund()) {
            continue;
        }
        let path = format!("{CS}/complaints/{i}");
        let Some(amount) = c.refund else {
            problem(
                em,
                &path,
                &c.summary,
                "records no amount".into(),
                "未记录金额".into(),
            );
            continue;
        };
        let Some(by) = c
            .refund_approval
            .as_ref()
            .filter(|a| a.is_complete())
            .and_then(|a| a.by)
        else {
            problem(
                em,
                &path,
                &c.summary,
                "records no approver and approval date".into(),
                "未记录批准人和批准日期".into(),
            );
            continue;
        };
        let ok = cs.refund_authorities.iter().any(|a| {
            holds_role(ctx.doc, by, a.role)
                && a.max_amount.is_none_or(|max| {
                    max.currency == amount.currency && amount.amount.value() <= max.amount.value()
                })
        });
        if !ok {
            problem(
                em,
                &path,
                &c.summary,
                format!(
                    "of {} {} was approved by {}, who holds no role authorized for it",
                    amount.amount,
                    amount.currency,
                    person_name(ctx.doc, by)
                ),
                format!(
                    "（{} {}）由{}批准，其所任岗位无此审批权限",
                    amount.amount,
                    amount.currency,
                    person_name(ctx.doc, by)
                ),
            );
        }
    }
}

fn check_property_controlled(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let cs = &ctx.doc.operation.customer_service;
    if !cs.customer_property.is_empty() && all_blank(&cs.property_rules) {
        report_missing(
            em,
            CS,
            "Customer service",
            &[(
                true,
                "rules for identifying, verifying, protecting and maintaining customer property",
                "识别、验证、保护和维护顾客财产的规定",
            )],
        );
    }
    for (i, x) in cs.customer_property.iter().enumerate() {
        report_missing(
            em,
            &format!("{CS}/customerProperty/{i}"),
            &format!("Customer property '{}'", x.description),
            &[
                (blank(&x.identification), "identification", "标识"),
                (
                    x.verified_on.is_none(),
                    "verification on receipt",
                    "接收时的验证",
                ),
                (
                    blank(&x.protection),
                    "protection and maintenance",
                    "保护和维护措施",
                ),
            ],
        );
    }
}

fn incidents<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<
    Item = (
        String,
        &'a str,
        &'a crate::model::operation::operations::PropertyIncident,
    ),
> {
    ctx.doc
        .operation
        .customer_service
        .customer_property
        .iter()
        .enumerate()
        .flat_map(|(i, x)| {
            x.incidents.iter().enumerate().map(move |(k, inc)| {
                (
                    format!("{CS}/customerProperty/{i}/incidents/{k}"),
                    x.description.as_str(),
                    inc,
                )
            })
        })
}

fn incident_kind(
    k: crate::model::operation::operations::PropertyIncidentKind,
) -> (&'static str, &'static str) {
    use crate::model::operation::operations::PropertyIncidentKind as K;
    match k {
        K::Loss => ("loss", "丢失"),
        K::Damage => ("damage", "损坏"),
        K::Unsuitable => ("unsuitability", "不适用情况"),
    }
}

fn check_property_incident_reported(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, inc) in incidents(ctx) {
        let (kind, kind_zh) = incident_kind(inc.kind);
        let bad = match (inc.reported_to_customer_on, inc.date) {
            (None, _) => Some((
                "was not reported to the customer".to_owned(),
                "未报告顾客".to_owned(),
            )),
            (Some(r), Some(d)) if r < d => Some((
                format!("is reported on {r}, before it happened ({d})"),
                format!("报告日期{r}早于发生日期{d}"),
            )),
            (Some(r), _) if r > ctx.as_of => Some((
                format!("is reported on {r}, after the evaluation date"),
                format!("报告日期{r}晚于评价日期"),
            )),
            _ => None,
        };
        if let Some((en, zh)) = bad {
            em.legacy_emit(
                path,
                &[
                    p("subject", subject),
                    p("kind", kind),
                    p("kind_zh", kind_zh),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

fn check_property_incident_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, subject, inc) in incidents(ctx) {
        let (kind, kind_zh) = incident_kind(inc.kind);
        let parts: [(bool, &str, &str); 4] = [
            (inc.date.is_none(), "date", "发生日期"),
            (blank(&inc.description), "description", "情况描述"),
            (blank(&inc.action), "action taken", "所采取的措施"),
            (inc.record.is_none(), "retained record", "保留的成文信息"),
        ];
        for (missing, en, zh) in parts {
            if missing {
                em.legacy_emit(
                    &path,
                    &[
                        p("subject", subject),
                        p("kind", kind),
                        p("kind_zh", kind_zh),
                        p("what", en),
                        p("what_zh", zh),
                    ],
                );
            }
        }
    }
}

// =============================================================================================
// 7.2.5

const CR: &str = "/operation/crisis";

fn check_crisis_plan(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let c = &ctx.doc.operation.crisis;
    if c.plan.is_none() {
        em.legacy_emit(
            CR,
            &[
                p("problem", "No documented crisis plan is recorded."),
                p("problem_zh", "未记录成文的危机管理预案。"),
            ],
        );
    }
    if c.scenarios.is_empty() {
        em.legacy_emit_at(
            "7.2.5.a",
            CR,
            &[
                p("problem", "No crisis scenario is identified and analysed."),
                p("problem_zh", "未识别和分析任何危机情景。"),
            ],
        );
    }
}

fn check_scenario_complete(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.operation.crisis.scenarios.iter().enumerate() {
        let path = format!("{CR}/scenarios/{i}");
        let items: [(&'static str, bool, &str, &str); 5] = [
            ("7.2.5.a", blank(&s.analysis), "analysis", "危机分析"),
            (
                "7.2.5.b",
                all_blank(&s.measures),
                "handling measures",
                "处理措施",
            ),
            (
                "7.2.5.b",
                s.owner.is_none(),
                "role leading the response",
                "负责处理的岗位",
            ),
            (
                "7.2.5.c",
                all_blank(&s.monitoring),
                "monitoring",
                "监测机制",
            ),
            (
                "7.2.5.d",
                all_blank(&s.warning_triggers),
                "early-warning triggers",
                "预警机制",
            ),
        ];
        for (item, missing, en, zh) in items {
            if missing {
                em.legacy_emit_at(
                    item,
                    &path,
                    &[p("subject", &s.name), p("what", en), p("what_zh", zh)],
                );
            }
        }
    }
}

fn check_exercise_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.crisis.exercises.iter().enumerate() {
        let path = format!("{CR}/exercises/{i}");
        let bad = if x.date > ctx.as_of {
            Some(("is dated after the evaluation date", "日期晚于评价日期"))
        } else if blank(&x.evaluation) {
            Some(("has no evaluation", "没有评估结论"))
        } else {
            None
        };
        if let Some((en, zh)) = bad {
            em.legacy_emit(
                path,
                &[p("date", x.date), p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

// =============================================================================================
// 7.4

const MK: &str = "/operation/marketing";

fn check_marketing_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.marketing.procedure.is_none() {
        em.legacy_emit(MK, &[]);
    }
}

fn check_data_sources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if all_blank(&ctx.doc.operation.marketing.data_sources) {
        em.legacy_emit(MK, &[]);
    }
}

fn campaigns<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (String, &'a crate::model::operation::marketing::Campaign)> {
    ctx.doc
        .operation
        .marketing
        .campaigns
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.cancelled)
        .map(|(i, c)| (format!("{MK}/campaigns/{i}"), c))
}

fn check_campaign_data_basis(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        if blank(&c.data_basis) {
            em.legacy_emit(path, &[p("subject", &c.name)]);
        }
    }
}

fn check_campaign_planned(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        report_missing(
            em,
            &path,
            &c.name,
            &[
                (blank(&c.objective), "objective", "活动目标"),
                (c.plan.is_none(), "documented plan", "成文的活动方案"),
                (
                    c.start.is_none() || c.end.is_none(),
                    "planned start and end dates",
                    "计划的起止日期",
                ),
            ],
        );
    }
}

fn check_campaign_approved(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        let Some(start) = c.start else { continue };
        let approved_ok = c.approval.as_ref().filter(|a| a.is_complete());
        let bad = match approved_ok.and_then(|a| a.date) {
            None if start <= ctx.as_of => Some((
                format!("started on {start} without a recorded approval"),
                format!("于{start}开始，但没有批准记录"),
            )),
            None => None,
            Some(d) if d > start => Some((
                format!("was approved on {d}, after it started on {start}"),
                format!("于{d}批准，晚于开始日期{start}"),
            )),
            Some(d) if d > ctx.as_of => Some((
                format!("is approved on {d}, after the evaluation date"),
                format!("批准日期{d}晚于评价日期"),
            )),
            Some(_) => None,
        };
        if let Some((en, zh)) = bad {
            problem(em, &path, &c.name, en, zh);
        }
    }
}

fn check_campaign_resources(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        report_missing(
            em,
            &path,
            &c.name,
            &[
                (
                    all_blank(&c.resources),
                    "equipment, software or other resources",
                    "设备（硬件和软件）及相关资源",
                ),
                (c.budget.is_none(), "budget", "预算"),
            ],
        );
    }
}

fn check_campaign_supervised(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (path, c) in campaigns(ctx) {
        if c.start.is_none_or(|s| s > ctx.as_of) {
            continue;
        }
        report_missing(
            em,
            &path,
            &c.name,
            &[
                (c.supervisor.is_none(), "supervisor", "监管人"),
                (
                    c.supervision_records.is_empty(),
                    "supervision records",
                    "监管记录",
                ),
            ],
        );
    }
}

fn check_campaign_evaluated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let within = ctx
        .doc
        .operation
        .marketing
        .campaign_evaluation_within
        .unwrap_or(Interval::days(30));
    for (path, c) in campaigns(ctx) {
        let Some(end) = c.end else { continue };
        let Some(due) = due_after(within, end) else {
            continue;
        };
        let eval = c.evaluation.as_ref();
        let date = eval.and_then(|e| e.date);
        let bad = match date {
            None if ctx.as_of > due => Some((
                format!("ended on {end} and was due for evaluation by {due}, but none is recorded"),
                format!("于{end}结束，应于{due}前评估，但没有评估记录"),
            )),
            None => None,
            Some(d) if d < end => Some((
                format!("is evaluated on {d}, before it ended on {end}"),
                format!("于{d}评估，早于结束日期{end}"),
            )),
            Some(d) if d > ctx.as_of => Some((
                format!("is evaluated on {d}, after the evaluation date"),
                format!("评估日期{d}晚于评价日期"),
            )),
            Some(d) if d > due => Some((
                format!("was evaluated on {d}, later than {due} ({within} after its end)"),
                format!("于{d}评估，晚于{due}（结束后{within}内）"),
            )),
            Some(_) if eval.is_some_and(|e| blank(&e.results)) => Some((
                "has an evaluation without results".into(),
                "的评估没有结果".into(),
            )),
            Some(_) => None,
        };
        if let Some((en, zh)) = bad {
            problem(em, &path, &c.name, en, zh);
        }
    }
}

// =============================================================================================
// 7.5

const IM: &str = "/operation/information";

fn check_information_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.information.procedure.is_none() {
        em.legacy_emit(IM, &[]);
    }
}

fn check_information_flows(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let flows = &ctx.doc.operation.information.flows;
    for (origin, zh) in [
        (InformationOrigin::Internal, "内部"),
        (InformationOrigin::External, "外部"),
    ] {
        if !flows.iter().any(|f| f.origin == Some(origin)) {
            em.legacy_emit(IM, &[p("origin", origin.as_str()), p("origin_zh", zh)]);
        }
    }
}

fn check_flow_handling(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, f) in ctx.doc.operation.information.flows.iter().enumerate() {
        report_missing(
            em,
            &format!("{IM}/flows/{i}"),
            &f.name,
            &[
                (
                    f.origin.is_none(),
                    "origin (internal or external)",
                    "来源（内部或外部）",
                ),
                (blank(&f.collection), "collection", "收集"),
                (blank(&f.processing), "processing", "处理"),
                (blank(&f.storage), "storage", "存储"),
                (blank(&f.usage), "use", "利用"),
                (blank(&f.feedback), "feedback", "反馈"),
            ],
        );
    }
}

fn check_systems_determined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !ctx
        .doc
        .operation
        .information
        .systems
        .iter()
        .any(|s| s.status == Some(SystemStatus::InUse))
    {
        em.legacy_emit(IM, &[]);
    }
}

fn check_system_owner(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, s) in ctx.doc.operation.information.systems.iter().enumerate() {
        if s.status == Some(SystemStatus::Retired) {
            continue;
        }
        report_missing(
            em,
            &format!("{IM}/systems/{i}"),
            &s.name,
            &[
                (s.owner.is_none(), "owner role", "负责岗位"),
                (
                    s.processes.is_empty(),
                    "processes it supports",
                    "所支持的过程",
                ),
                (s.status.is_none(), "status", "状态"),
            ],
        );
    }
}

// =============================================================================================
// 7.6

const FM: &str = "/operation/funds";

fn function_zh(f: FinanceFunction) -> &'static str {
    match f {
        FinanceFunction::Forecasting => "财务预测",
        FinanceFunction::Decision => "财务决策",
        FinanceFunction::Budgeting => "计划预算",
        FinanceFunction::Analysis => "财务分析",
        FinanceFunction::Supervision => "财务监督",
        FinanceFunction::Inspection => "财务检查",
    }
}

fn check_financial_functions(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let controls = &ctx.doc.operation.funds.financial_controls;
    for f in FinanceFunction::ALL {
        if !controls.iter().any(|c| c.function == f) {
            em.legacy_emit(
                FM,
                &[p("function", f.as_str()), p("function_zh", function_zh(f))],
            );
        }
    }
}

fn check_financial_control_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in ctx
        .doc
        .operation
        .funds
        .financial_controls
        .iter()
        .enumerate()
    {
        report_missing(
            em,
            &format!("{FM}/financialControls/{i}"),
            &c.description,
            &[
                (c.owner.is_none(), "owner role", "负责岗位"),
                (c.document.is_none(), "documented information", "成文信息"),
            ],
        );
    }
}

fn check_fund_procedures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let procs = &ctx.doc.operation.funds.fund_procedures;
    for (purpose, item) in FundPurpose::ALL {
        let zh = match purpose {
            FundPurpose::TransactionSafety => "线上交易及相关活动的安全及时运作",
            FundPurpose::OperatingStandards => "资金过程操作标准",
            FundPurpose::PaymentProcess => "电子商务支付全过程",
        };
        if !procs
            .iter()
            .any(|x| x.purposes.contains(&purpose) && x.document.is_some())
        {
            em.legacy_emit_at(
                item,
                FM,
                &[p("purpose", purpose.as_str()), p("purpose_zh", zh)],
            );
        }
    }
}

// =============================================================================================
// 7.7

const SC: &str = "/operation/security";

fn check_security_policy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.security.policy.is_none() {
        em.legacy_emit(SC, &[]);
    }
}

fn check_security_responsibilities(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let rs = &ctx.doc.operation.security.responsibilities;
    if rs.is_empty() {
        em.legacy_emit(
            SC,
            &[
                p(
                    "problem",
                    "No information-security responsibility is assigned.",
                ),
                p("problem_zh", "未确立任何信息安全责任。"),
            ],
        );
    }
    for (i, r) in rs.iter().enumerate() {
        if r.role.is_none() {
            em.legacy_emit(
                format!("{SC}/responsibilities/{i}"),
                &[
                    p(
                        "problem",
                        format!("Security duty '{}' is assigned to no role.", r.duty),
                    ),
                    p(
                        "problem_zh",
                        format!("信息安全职责“{}”未分配到岗位。", r.duty),
                    ),
                ],
            );
        }
    }
}

fn check_technical_measures(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if ctx.doc.operation.security.technical_measures.is_empty() {
        em.legacy_emit(SC, &[]);
    }
}

fn check_systems_protected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let measures = &ctx.doc.operation.security.technical_measures;
    if measures.is_empty() {
        return;
    }
    for (i, s) in ctx.doc.operation.information.systems.iter().enumerate() {
        if s.status != Some(SystemStatus::InUse) {
            continue;
        }
        if !measures.iter().any(|m| m.systems.contains(&s.id)) {
            em.legacy_emit(format!("{IM}/systems/{i}"), &[p("subject", &s.name)]);
        }
    }
}

fn check_incident_handled(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.security.incidents.iter().enumerate() {
        let path = format!("{SC}/incidents/{i}");
        let mut bad = |en: String, zh: String| problem(em, &path, &x.title, en, zh);
        match (x.detected_on, x.reported_on) {
            (None, _) => bad("has no detection date".into(), "没有发现日期".into()),
            (_, None) => bad(
                "was not reported to the security officer".into(),
                "未报告信息安全负责人".into(),
            ),
            (Some(d), Some(r)) if r < d => bad(
                format!("is reported on {r}, before it was detected ({d})"),
                format!("报告日期{r}早于发现日期{d}"),
            ),
            (Some(d), _) if d > ctx.as_of => bad(
                format!("is detected on {d}, after the evaluation date"),
                format!("发现日期{d}晚于评价日期"),
            ),
            _ => {}
        }
        if let Some(closed) = x.closed_on {
            if x.reported_on.is_some_and(|r| closed < r) {
                bad(
                    format!("is closed on {closed}, before it was reported"),
                    format!("关闭日期{closed}早于报告日期"),
                );
            }
            if closed > ctx.as_of {
                bad(
                    format!("is closed on {closed}, after the evaluation date"),
                    format!("关闭日期{closed}晚于评价日期"),
                );
            }
            if all_blank(&x.actions) || blank(&x.root_cause) {
                bad(
                    "is closed without recorded actions and cause".into(),
                    "已关闭但未记录处理措施和原因".into(),
                );
            }
            if x.handled_by.is_none() {
                bad("names no one who handled it".into(), "未记录处理人".into());
            }
        }
    }
}

fn check_incident_open(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let sec = &ctx.doc.operation.security;
    let limit = sec.incident_closure_limit.unwrap_or(Interval::days(30));
    for (i, x) in sec.incidents.iter().enumerate() {
        if x.closed_on.is_some() {
            continue;
        }
        let Some(due) = x.detected_on.and_then(|d| due_after(limit, d)) else {
            continue;
        };
        if ctx.as_of > due {
            em.legacy_emit(
                format!("{SC}/incidents/{i}"),
                &[p("subject", &x.title), p("due", due), p("limit", limit)],
            );
        }
    }
}

fn check_risk_controls(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, r) in ctx.doc.operation.security.risks.iter().enumerate() {
        report_missing(
            em,
            &format!("{SC}/risks/{i}"),
            &r.description,
            &[
                (r.level.is_none(), "rating", "风险等级"),
                (all_blank(&r.controls), "controls", "控制措施"),
                (r.owner.is_none(), "owner role", "负责岗位"),
            ],
        );
    }
}

fn check_risk_areas(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let risks = &ctx.doc.operation.security.risks;
    for (area, item) in SecurityArea::REQUIRED {
        let zh = match area {
            SecurityArea::Network => "网络",
            SecurityArea::Portal => "门户网站",
            SecurityArea::TradingSystem => "交易系统/交易平台",
            _ => "顾客个人信息",
        };
        if !risks.iter().any(|r| r.area == Some(area)) {
            em.legacy_emit_at(item, SC, &[p("area", area.as_str()), p("area_zh", zh)]);
        }
    }
}
