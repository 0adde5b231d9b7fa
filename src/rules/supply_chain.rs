//! Rules for clause 7.3 — supply chain management: planning (7.3.1), orders (7.3.2),
//! external providers and purchasing (7.3.3), distribution and transport (7.3.4), channels
//! (7.3.5), warehouses (7.3.6) and payment (7.3.7).

use chrono::{DateTime, NaiveTime, Utc};

use crate::common::Date;
use rust_decimal::Decimal;

use super::obligations::{Obligation, legacy_emit_overdue};
use super::util::{all_blank, blank};
use super::{AssessedRequirement, BuiltinRule, Ctx, Emitter, p, rule, t};
use crate::common::Interval;
use crate::model::EcmsDocument;
use crate::model::operation::supply_chain::{
    EvaluationAspect, EvaluationResult, OrderStage, OrderTimeLimit, PlanAspect, ProviderAgreement,
    ProviderEvaluation, ProviderStatus, ProvisionCase, ProvisionControl, Qualification,
    SupplyChain, VerificationResult,
};

/// JSON pointer of the supply-chain records.
const SC: &str = "/operation/supplyChain";

pub(super) static RULES: &[BuiltinRule] = &[
    // ----------------------------------------------------------------------------- 7.3.1
    rule!(
        "ecms-7.3.1-plan-documented",
        "7.3.1",
        Error,
        Shall,
        Major,
        (
            "Supply-chain plan documented and approved",
            "供应链策划形成文件并经批准"
        ),
        (
            "The supply-chain plan {problem}.",
            "供应链策划{problem_zh}。"
        ),
        check_plan_documented,
    ),
    rule!(
        "ecms-7.3.1-plan-considerations",
        "7.3.1",
        Error,
        Shall,
        Major,
        (
            "Supply-chain planning considers 7.3.1 a)–j)",
            "供应链策划考虑7.3.1 a)–j)"
        ),
        (
            "The supply-chain plan records no consideration of '{aspect}'.",
            "供应链策划未记录对“{aspect_zh}”的考虑。"
        ),
        check_plan_considerations,
        covers = [
            "7.3.1.a", "7.3.1.b", "7.3.1.c", "7.3.1.d", "7.3.1.e", "7.3.1.f", "7.3.1.g", "7.3.1.h",
            "7.3.1.i", "7.3.1.j"
        ],
    ),
    rule!(
        "ecms-7.3.1.k-process-controls",
        "7.3.1.k",
        Error,
        Shall,
        Minor,
        (
            "Controls planned for each supply-chain process",
            "各供应链过程策划监督评审验证确认活动"
        ),
        (
            "Supply-chain process '{subject}' has no monitoring, review, verification or validation activity planned.",
            "供应链过程“{subject}”未策划监督、评审、验证或确认活动。"
        ),
        check_process_controls,
    ),
    rule!(
        "ecms-7.3.1.l-process-responsibilities",
        "7.3.1.l",
        Error,
        Shall,
        Minor,
        (
            "Responsibilities and authorities per supply-chain process",
            "各供应链过程的职责和权限"
        ),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_process_responsibilities,
    ),
    rule!(
        "ecms-7.3.1-strategic-partners",
        "7.3.1",
        Error,
        Shall,
        Major,
        (
            "Strategic partnerships in the supply chain",
            "建立供应链战略合作伙伴关系"
        ),
        (
            "No active supplier or carrier is recorded as a strategic supply-chain partner.",
            "未记录任何在用供方或承运方为供应链战略合作伙伴。"
        ),
        check_strategic_partners,
    ),
    rule!(
        "ecms-7.3.1-plan-review-overdue",
        "7.3.1",
        Warning,
        Policy,
        Minor,
        ("Supply-chain plan reviewed on time", "供应链策划按期评审"),
        (
            "The review of the supply-chain plan '{subject}' was due on {due} (interval {interval}, last {last}).",
            "供应链策划“{subject}”应于{due}评审（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 7.3.2
    rule!(
        "ecms-7.3.2-order-policy",
        "7.3.2",
        Error,
        Shall,
        Major,
        ("Order management policy documented", "订单管理规定形成文件"),
        (
            "The order management policy {problem}.",
            "订单管理规定{problem_zh}。"
        ),
        check_order_policy,
    ),
    rule!(
        "ecms-7.3.2.a-order-principles",
        "7.3.2.a",
        Error,
        Shall,
        Minor,
        ("Order processing principles", "订单处理原则"),
        (
            "The order processing principles do not state {what}.",
            "订单处理原则未规定{what_zh}。"
        ),
        check_order_principles,
        covers = ["7.3.2.a.1", "7.3.2.a.2", "7.3.2.a.4"],
    ),
    rule!(
        "ecms-7.3.2.a.3-time-limits-defined",
        "7.3.2.a.3",
        Error,
        Shall,
        Minor,
        ("Time limits for each order stage", "订单各环节规定时限"),
        (
            "The order policy sets no time limit for {stage}.",
            "订单处理原则未规定{stage_zh}环节的时限。"
        ),
        check_time_limits_defined,
    ),
    rule!(
        "ecms-7.3.2.a.3-time-limits-met",
        "7.3.2.a.3",
        Error,
        Shall,
        Minor,
        ("Order time limits met", "订单时限得到满足"),
        (
            "Orders {subject}: {stage} within {limit} met by {rate}% of orders ({late} of {handled} late), below the {target}% required.",
            "订单{subject}：{stage_zh}环节{limit}时限达成率{rate}%（{handled}单中{late}单超时），低于规定的{target}%。"
        ),
        check_time_limits_met,
    ),
    rule!(
        "ecms-7.3.2.a.4-order-accuracy",
        "7.3.2.a.4",
        Error,
        Shall,
        Minor,
        ("Order information accurate", "订单信息准确"),
        (
            "Orders {subject}: {rate}% of orders had inaccurate information, above the {max}% allowed.",
            "订单{subject}：信息有误的订单占{rate}%，高于规定上限{max}%。"
        ),
        check_order_accuracy,
    ),
    rule!(
        "ecms-7.3.2.b-daily-procedure",
        "7.3.2.b",
        Error,
        Shall,
        Minor,
        ("Daily order-handling procedure", "日常订单处理流程"),
        (
            "The daily order-handling procedure does not cover {what}.",
            "日常订单处理流程未考虑{what_zh}。"
        ),
        check_daily_procedure,
    ),
    rule!(
        "ecms-7.3.2.c-after-sales-procedure",
        "7.3.2.c",
        Error,
        Shall,
        Minor,
        ("After-sales order procedure", "售后订单处理流程"),
        (
            "The after-sales order procedure does not cover orders {what}.",
            "售后订单处理流程未考虑订单{what_zh}的情形。"
        ),
        check_after_sales_procedure,
    ),
    rule!(
        "ecms-7.3.2.d-order-documents",
        "7.3.2.d",
        Error,
        Shall,
        Minor,
        ("Order documents controlled", "订单票据受控"),
        (
            "The order policy does not say how order documents are controlled.",
            "订单管理规定未说明如何控制订单相关票据。"
        ),
        check_order_documents,
    ),
    rule!(
        "ecms-7.3.2.e-order-analysis",
        "7.3.2.e",
        Warning,
        Policy,
        Major,
        ("Order data summarised and analysed", "订单数据汇总分析"),
        (
            "Order data analysis {problem}.",
            "订单数据分析{problem_zh}。"
        ),
        check_order_analysis,
    ),
    rule!(
        "ecms-7.3.2.e-order-analysis-overdue",
        "7.3.2.e",
        Error,
        Shall,
        Minor,
        ("Order data analysed on time", "订单数据按期分析"),
        (
            "The {subject} was due on {due} (interval {interval}, last {last}).",
            "{subject}应于{due}完成（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.3.2-order-records",
        "7.3.2",
        Error,
        Shall,
        Major,
        ("Order records kept", "保留订单记录"),
        (
            "No order records are kept, neither period summaries nor single orders.",
            "未保留任何订单记录（既无期间汇总也无单笔订单）。"
        ),
        check_order_records,
    ),
    rule!(
        "ecms-7.3.2-order-records-current",
        "7.3.2",
        Warning,
        Policy,
        Minor,
        ("Order records kept up to date", "订单记录保持更新"),
        (
            "The latest order record is of {last}, more than two months before {as_of}.",
            "最近的订单记录为{last}，距{as_of}已超过两个月。"
        ),
        check_order_records_current,
    ),
    rule!(
        "ecms-7.3.2-order-period-consistent",
        "7.3.2",
        Error,
        Integrity,
        Minor,
        ("Order summaries consistent", "订单汇总数据一致"),
        (
            "Order summary {subject}: {problem}",
            "订单汇总{subject}：{problem_zh}"
        ),
        check_order_period_consistent,
    ),
    // ----------------------------------------------------------------------------- 7.3.3.1
    rule!(
        "ecms-7.3.3.1-provision-controls",
        "7.3.3.1",
        Error,
        Shall,
        Minor,
        (
            "Controls over external provision determined",
            "确定对外部提供的控制"
        ),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_provision_controls,
        covers = ["7.3.3.1.a", "7.3.3.1.b", "7.3.3.1.c"],
    ),
    rule!(
        "ecms-7.3.3.1.c-outsourced-process-controlled",
        "7.3.3.1.c",
        Error,
        Shall,
        Minor,
        ("Outsourced processes controlled", "外包过程受控"),
        (
            "Outsourced process '{subject}' {problem}.",
            "外包过程“{subject}”{problem_zh}。"
        ),
        check_outsourced_processes,
    ),
    // ----------------------------------------------------------------------------- 7.3.3.2
    rule!(
        "ecms-7.3.3.2-providers-recorded",
        "7.3.3.2",
        Error,
        Shall,
        Major,
        ("External providers recorded", "记录外部供方"),
        ("No supplier is recorded.", "未记录任何供方。"),
        check_providers_recorded,
    ),
    rule!(
        "ecms-7.3.3.2-provider-procedure",
        "7.3.3.2",
        Error,
        Shall,
        Major,
        ("External provider management procedure", "外部供方管理程序"),
        (
            "The external provider management procedure {what}.",
            "外部供方管理程序{what_zh}。"
        ),
        check_provider_procedure,
        covers = [
            "7.3.3.2.a",
            "7.3.3.2.b",
            "7.3.3.2.c",
            "7.3.3.2.d",
            "7.3.3.2.e",
            "7.3.3.2.f",
            "7.3.3.2.g.1",
            "7.3.3.2.g.2",
            "7.3.3.2.g.3",
            "7.3.3.2.g.4"
        ],
    ),
    rule!(
        "ecms-7.3.3.2-provider-selected-on-evaluation",
        "7.3.3.2",
        Error,
        Shall,
        Minor,
        (
            "Providers selected on evaluated capability",
            "依据能力评价选择供方"
        ),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_provider_selected,
    ),
    rule!(
        "ecms-7.3.3.2-provider-approved-before-use",
        "7.3.3.2",
        Error,
        Shall,
        Minor,
        ("Only approved providers used", "仅使用经批准的供方"),
        (
            "Purchase {subject} was sent on {sent} to '{supplier}', which {problem}.",
            "采购单{subject}于{sent}发给“{supplier}”，但该供方{problem_zh}。"
        ),
        check_approved_before_use,
    ),
    rule!(
        "ecms-7.3.3.2.a-provider-agreement",
        "7.3.3.2.a",
        Error,
        Shall,
        Minor,
        ("Providers bound by an agreement", "与供方签订协议明确职责"),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_provider_agreement,
    ),
    rule!(
        "ecms-7.3.3.2.f-supplier-review-yearly",
        "7.3.3.2.f",
        Error,
        Shall,
        Minor,
        (
            "Providers re-evaluated at least yearly",
            "至少每年评审一次外部供方"
        ),
        (
            "The {activity} of '{subject}' was due on {due} (interval {interval}, last {last}).",
            "“{subject}”的供方评审应于{due}完成（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.3.3.2.f-review-interval",
        "7.3.3.2.f",
        Error,
        Shall,
        Minor,
        (
            "Provider review interval at most a year",
            "供方评审周期不超过一年"
        ),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_review_interval,
    ),
    rule!(
        "ecms-7.3.3.2.g-evaluation-aspects",
        "7.3.3.2.g",
        Error,
        Shall,
        Minor,
        (
            "Evaluations cover the purchasing risks",
            "供方评价覆盖采购风险"
        ),
        (
            "The latest evaluation of '{subject}' ({date}) does not rate {aspect}.",
            "“{subject}”最近一次评价（{date}）未评价{aspect_zh}。"
        ),
        check_evaluation_aspects,
        covers = ["7.3.3.2.g.1", "7.3.3.2.g.2", "7.3.3.2.g.3", "7.3.3.2.g.4"],
    ),
    rule!(
        "ecms-7.3.3.2.g.1-provider-qualification",
        "7.3.3.2.g.1",
        Error,
        Shall,
        Minor,
        ("Supplier qualifications valid", "供货商资质有效"),
        (
            "Supplier '{subject}' {problem}.",
            "供方“{subject}”{problem_zh}。"
        ),
        check_supplier_qualification,
    ),
    // ----------------------------------------------------------------------------- 7.3.3.3
    rule!(
        "ecms-7.3.3.3-purchase-described",
        "7.3.3.3",
        Error,
        Shall,
        Minor,
        (
            "Purchase information describes what is bought",
            "采购信息表述拟采购的产品和服务"
        ),
        (
            "Purchase {subject} {problem}.",
            "采购单{subject}{problem_zh}。"
        ),
        check_purchase_described,
    ),
    rule!(
        "ecms-7.3.3.3-requirements-reviewed",
        "7.3.3.3",
        Error,
        Shall,
        Minor,
        (
            "Purchase requirements reviewed before release",
            "采购要求发出前经评审"
        ),
        (
            "Purchase {subject} {problem}.",
            "采购单{subject}{problem_zh}。"
        ),
        check_requirements_reviewed,
    ),
    rule!(
        "ecms-7.3.3.3-purchase-info-content",
        "7.3.3.3",
        Warning,
        Should,
        Minor,
        ("Purchase information content", "采购信息内容"),
        (
            "Purchase {subject} states no {what}.",
            "采购单{subject}未说明{what_zh}。"
        ),
        check_purchase_info_content,
        covers = ["7.3.3.3.a", "7.3.3.3.b", "7.3.3.3.c"],
    ),
    rule!(
        "ecms-7.3.3.3-purchase-verified",
        "7.3.3.3",
        Error,
        Shall,
        Minor,
        ("Purchased goods verified", "采购产品经验证"),
        (
            "Purchase {subject} {problem}.",
            "采购单{subject}{problem_zh}。"
        ),
        check_purchase_verified,
    ),
    // ----------------------------------------------------------------------------- 7.3.4
    rule!(
        "ecms-7.3.4-procedure",
        "7.3.4",
        Error,
        Shall,
        Major,
        ("Distribution and transport procedure", "配送与运输控制程序"),
        (
            "The distribution and transport procedure {problem}.",
            "配送与运输控制程序{problem_zh}。"
        ),
        check_distribution_procedure,
    ),
    rule!(
        "ecms-7.3.4-procedure-items",
        "7.3.4",
        Error,
        Shall,
        Minor,
        ("Distribution procedure covers a)–e)", "配送程序覆盖a)–e)"),
        (
            "The distribution and transport procedure does not cover {what}.",
            "配送与运输控制程序未包括{what_zh}。"
        ),
        check_distribution_items,
        covers = ["7.3.4.a", "7.3.4.b", "7.3.4.c", "7.3.4.d", "7.3.4.e"],
    ),
    rule!(
        "ecms-7.3.4.f-risk-management",
        "7.3.4.f",
        Error,
        Shall,
        Minor,
        ("Distribution risk management", "配送与运输风险管理"),
        (
            "Distribution risk management does not cover {what}.",
            "配送与运输风险管理未包括{what_zh}。"
        ),
        check_distribution_risks,
        covers = ["7.3.4.f.1", "7.3.4.f.2", "7.3.4.f.3", "7.3.4.f.4"],
    ),
    rule!(
        "ecms-7.3.4-carriers-recorded",
        "7.3.4",
        Warning,
        Policy,
        Major,
        ("Carriers recorded", "记录承运方"),
        (
            "No active carrier or logistics provider is recorded.",
            "未记录任何在用的承运方或物流服务商。"
        ),
        check_carriers_recorded,
    ),
    rule!(
        "ecms-7.3.4.f.1-carrier-qualified",
        "7.3.4.f.1",
        Error,
        Shall,
        Minor,
        ("Carrier qualifications valid", "承运方资质有效"),
        (
            "Carrier '{subject}' {problem}.",
            "承运方“{subject}”{problem_zh}。"
        ),
        check_carrier_qualified,
    ),
    rule!(
        "ecms-7.3.4.f-carrier-terms",
        "7.3.4.f",
        Error,
        Shall,
        Minor,
        (
            "Carrier time, assurance and claims terms",
            "承运方时效、保障与理赔条款"
        ),
        (
            "Carrier '{subject}' has no recorded {what}.",
            "承运方“{subject}”没有记录{what_zh}。"
        ),
        check_carrier_terms,
        covers = ["7.3.4.f.2", "7.3.4.f.3", "7.3.4.f.4"],
    ),
    // ----------------------------------------------------------------------------- 7.3.5
    rule!(
        "ecms-7.3.5-channels-recorded",
        "7.3.5",
        Error,
        Shall,
        Major,
        ("Sales channels recorded", "记录电子商务渠道"),
        (
            "No active sales channel is recorded.",
            "未记录任何在用的电子商务渠道。"
        ),
        check_channels_recorded,
    ),
    rule!(
        "ecms-7.3.5-procedure",
        "7.3.5",
        Error,
        Shall,
        Major,
        ("Channel management process defined", "渠道管理过程"),
        (
            "The channel management process {problem}.",
            "渠道管理过程{problem_zh}。"
        ),
        check_channel_procedure,
    ),
    rule!(
        "ecms-7.3.5.a-channel-model",
        "7.3.5.a",
        Error,
        Shall,
        Minor,
        (
            "Channel model chosen for the organization's needs",
            "选择适合的渠道模式"
        ),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_channel_model,
    ),
    rule!(
        "ecms-7.3.5.b-partner-rules",
        "7.3.5.b",
        Error,
        Shall,
        Minor,
        ("Channel partners bound by rules", "渠道商遵循管理制度"),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_partner_rules,
    ),
    rule!(
        "ecms-7.3.5.c-partner-support",
        "7.3.5.c",
        Error,
        Shall,
        Minor,
        (
            "Training and resources for channel partners",
            "为渠道商提供培训和资源"
        ),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_partner_support,
    ),
    rule!(
        "ecms-7.3.5.d-layout-review-interval",
        "7.3.5.d",
        Error,
        Shall,
        Minor,
        ("Channel layout review planned", "策划渠道布局评审"),
        (
            "The channel management process sets no interval for reviewing the channel layout.",
            "渠道管理过程未规定渠道布局的评审周期。"
        ),
        check_layout_interval,
    ),
    rule!(
        "ecms-7.3.5.d-layout-review-overdue",
        "7.3.5.d",
        Error,
        Shall,
        Minor,
        ("Channel layout reviewed on time", "渠道布局按期评审"),
        (
            "The {subject} was due on {due} (interval {interval}, last {last}).",
            "{subject}应于{due}完成（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    // ----------------------------------------------------------------------------- 7.3.6
    rule!(
        "ecms-7.3.6-warehouses-recorded",
        "7.3.6",
        Error,
        Shall,
        Major,
        ("Warehouses recorded", "记录仓储设置"),
        ("No warehouse is recorded.", "未记录任何仓库。"),
        check_warehouses_recorded,
    ),
    rule!(
        "ecms-7.3.6-procedure",
        "7.3.6",
        Error,
        Shall,
        Major,
        ("Warehouse management procedure", "仓储管理程序"),
        (
            "The warehouse management procedure {problem}.",
            "仓储管理程序{problem_zh}。"
        ),
        check_warehouse_procedure,
    ),
    rule!(
        "ecms-7.3.6-procedure-items",
        "7.3.6",
        Error,
        Shall,
        Minor,
        ("Warehouse procedure covers a)–f)", "仓储管理程序覆盖a)–f)"),
        (
            "{subject} does not cover {what}.",
            "{subject}未包括{what_zh}。"
        ),
        check_warehouse_items,
        covers = [
            "7.3.6.a", "7.3.6.b", "7.3.6.c", "7.3.6.d", "7.3.6.e", "7.3.6.f"
        ],
    ),
    rule!(
        "ecms-7.3.6.f-stock-alert-thresholds",
        "7.3.6.f",
        Error,
        Shall,
        Minor,
        ("Stock alert thresholds set", "设定存量预警值"),
        ("{subject}: {problem}", "{subject}：{problem_zh}"),
        check_stock_thresholds,
    ),
    rule!(
        "ecms-7.3.6.f-stock-alert-acted",
        "7.3.6.f",
        Warning,
        Policy,
        Minor,
        ("Stock alerts acted upon", "存量预警得到处理"),
        (
            "{subject}: SKU {sku} has {on_hand} units, at or below its alert threshold of {threshold}, and no replenishment is recorded.",
            "{subject}：SKU {sku}库存{on_hand}件，已不高于预警值{threshold}，但未记录补货。"
        ),
        check_stock_alert_acted,
    ),
    // ----------------------------------------------------------------------------- 7.3.7
    rule!(
        "ecms-7.3.7-platforms-recorded",
        "7.3.7",
        Error,
        Shall,
        Major,
        ("Payment platforms recorded", "记录交易及支付平台"),
        (
            "No payment platform in use is recorded.",
            "未记录任何在用的交易及支付平台。"
        ),
        check_platforms_recorded,
    ),
    rule!(
        "ecms-7.3.7-procedure",
        "7.3.7",
        Error,
        Shall,
        Major,
        ("Payment management procedure", "支付管理程序"),
        (
            "The payment management procedure {problem}.",
            "支付管理程序{problem_zh}。"
        ),
        check_payment_procedure,
    ),
    rule!(
        "ecms-7.3.7-platform-licensed",
        "7.3.7",
        Error,
        Shall,
        Minor,
        (
            "Payment platform recognised by an authority",
            "支付平台经权威机构认定"
        ),
        (
            "Payment platform '{subject}' {problem}.",
            "支付平台“{subject}”{problem_zh}。"
        ),
        check_platform_licensed,
    ),
    rule!(
        "ecms-7.3.7-security-assessment-interval",
        "7.3.7",
        Error,
        Shall,
        Minor,
        (
            "Platform security assessment interval",
            "支付平台信息安全定期评估"
        ),
        (
            "Payment platform '{subject}' has no interval for assessing its information security.",
            "支付平台“{subject}”未规定信息安全评估周期。"
        ),
        check_security_interval,
    ),
    rule!(
        "ecms-7.3.7-security-assessment-overdue",
        "7.3.7",
        Error,
        Shall,
        Minor,
        (
            "Platform security assessed on time",
            "支付平台信息安全按期评估"
        ),
        (
            "The security assessment of payment platform '{subject}' was due on {due} (interval {interval}, last {last}).",
            "支付平台“{subject}”的信息安全评估应于{due}完成（周期{interval}，上次{last}）。"
        ),
        legacy_emit_overdue,
    ),
    rule!(
        "ecms-7.3.7-security-assessment-passed",
        "7.3.7",
        Error,
        Shall,
        Minor,
        (
            "Platform passed its security assessment",
            "支付平台通过信息安全评估"
        ),
        (
            "The latest security assessment of payment platform '{subject}' ({date}) was not passed.",
            "支付平台“{subject}”最近一次信息安全评估（{date}）未通过。"
        ),
        check_security_passed,
    ),
    rule!(
        "ecms-7.3.7.a-data-protection",
        "7.3.7.a",
        Error,
        Shall,
        Minor,
        (
            "Transaction and payment data protected",
            "交易和支付信息安全保障"
        ),
        (
            "No technical measure keeps transaction and payment data from being {what}.",
            "没有技术手段确保交易和支付信息不被{what_zh}。"
        ),
        check_data_protection,
    ),
    rule!(
        "ecms-7.3.7.b-pii-risk-assessment",
        "7.3.7.b",
        Error,
        Shall,
        Minor,
        (
            "Personal data in payments risk-assessed",
            "支付信息中个人信息的风险评估"
        ),
        (
            "The personal-data risk assessment of transaction and payment data {problem}.",
            "交易和支付信息中顾客个人信息的安全风险评估{problem_zh}。"
        ),
        check_pii_risk_assessment,
    ),
    // ----------------------------------------------------------------------------- all
    rule!(
        "ecms-7.3-future-dated-record",
        "7.3",
        Warning,
        Policy,
        Minor,
        (
            "Supply-chain records not dated in the future",
            "供应链记录日期不晚于评价日"
        ),
        (
            "{subject} is dated {date}, after the evaluation date {as_of}.",
            "{subject}的日期{date}晚于评价日期{as_of}。"
        ),
        check_future_dated,
        covers = ["7.3.2.e", "7.3.3.2.f", "7.3.5.d", "7.3.7.b"],
    ),
];

pub(super) static ASSESSED: &[AssessedRequirement] = &[
    AssessedRequirement {
        clause: "7.3.1",
        reason: t(
            "Whether the strategic partnerships actually build the organization's core competence, and whether supply-chain processes are effectively planned and controlled, is a judgement on the whole arrangement.",
            "战略合作伙伴关系是否确实培养了组织的核心竞争力、供应链过程是否得到有效策划和控制，需要对整体安排作出判断。",
        ),
    },
    AssessedRequirement {
        clause: "7.3.3.3",
        reason: t(
            "Whether the type and extent of control over purchases fit their effect on the final product needs a person's judgement.",
            "对采购产品和服务的控制类型和程度是否与其对最终产品的影响相适应，需要人工判断。",
        ),
    },
    AssessedRequirement {
        clause: "7.3.4",
        reason: t(
            "Whether unified information management and dispatching actually lowers logistics cost and optimises inventory is judged from results, not from a record.",
            "统一的信息管理和调度是否确实降低了物流成本、优化了库存，需依据结果判断，无法由单一记录证明。",
        ),
    },
    AssessedRequirement {
        clause: "7.3.6",
        reason: t(
            "Whether the warehouse set-up fits the organization's strategy, scale and character and keeps operations timely and efficient needs judgement.",
            "仓储设置是否符合组织的经营策略、规模和特点，能否确保运营的及时性和高效性，需要人工判断。",
        ),
    },
];

pub(super) fn obligations(doc: &EcmsDocument, out: &mut Vec<Obligation>) {
    let sc = &doc.operation.supply_chain;
    if let Some(plan) = &sc.plan {
        out.push(Obligation {
            rule_id: "ecms-7.3.1-plan-review-overdue",
            clause: "7.3.1",
            path: format!("{SC}/plan"),
            subject: plan
                .title
                .clone()
                .unwrap_or_else(|| "supply-chain plan".into()),
            activity: t("supply-chain plan review", "供应链策划评审"),
            interval: plan.review.interval,
            last_done: plan.review.last_done,
            anchor: plan.approval.as_ref().and_then(|a| a.date),
        });
    }
    if let Some(a) = sc.order_policy.as_ref().and_then(|o| o.analysis.as_ref()) {
        out.push(Obligation {
            rule_id: "ecms-7.3.2.e-order-analysis-overdue",
            clause: "7.3.2.e",
            path: format!("{SC}/orderPolicy/analysis"),
            subject: "order data analysis".into(),
            activity: t("order data analysis", "订单数据分析"),
            interval: a.schedule.interval,
            last_done: a.schedule.last_done,
            anchor: None,
        });
    }
    for pv in providers(sc) {
        if !pv.is_active() {
            continue;
        }
        let yearly = Interval::years(1);
        let interval = match pv.review_interval {
            Some(i) if i.at_most(&yearly) => i,
            _ => yearly,
        };
        out.push(Obligation {
            rule_id: "ecms-7.3.3.2.f-supplier-review-yearly",
            clause: "7.3.3.2.f",
            path: pv.path.clone(),
            subject: pv.name.to_owned(),
            activity: t("provider re-evaluation", "供方评审"),
            interval: Some(interval),
            last_done: pv.evaluations.iter().filter_map(|e| e.date).max(),
            anchor: pv.approved_on,
        });
    }
    if let Some(cm) = &sc.channel_management {
        out.push(Obligation {
            rule_id: "ecms-7.3.5.d-layout-review-overdue",
            clause: "7.3.5.d",
            path: format!("{SC}/channelManagement"),
            subject: "channel layout review".into(),
            activity: t("channel layout review", "渠道布局评审"),
            interval: cm.layout_review.interval,
            last_done: cm.layout_review.last_done,
            anchor: None,
        });
    }
    for (i, pp) in sc.payment_platforms.iter().enumerate() {
        if pp.retired {
            continue;
        }
        out.push(Obligation {
            rule_id: "ecms-7.3.7-security-assessment-overdue",
            clause: "7.3.7",
            path: format!("{SC}/paymentPlatforms/{i}"),
            subject: pp.name.clone(),
            activity: t(
                "payment platform security assessment",
                "支付平台信息安全评估",
            ),
            interval: pp.assessment_interval,
            last_done: pp.security_assessments.iter().map(|a| a.date).max(),
            anchor: pp.since,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// helpers

fn sc<'a>(ctx: &'a Ctx<'_>) -> &'a SupplyChain {
    &ctx.doc.operation.supply_chain
}

/// Emits one finding per missing item: (catalog item, missing?, what, what_zh).
fn emit_items(
    em: &mut Emitter<'_>,
    path: &str,
    extra: &[(&'static str, String)],
    items: &[(&'static str, bool, &str, &str)],
) {
    for (item, missing, what, what_zh) in items {
        if *missing {
            let mut params = extra.to_vec();
            params.push(p("what", what));
            params.push(p("what_zh", what_zh));
            em.legacy_emit_at(item, path, &params);
        }
    }
}

/// A supplier or carrier seen as an external provider.
struct ProviderView<'a> {
    path: String,
    name: &'a str,
    is_carrier: bool,
    status: Option<ProviderStatus>,
    approved_on: Option<Date>,
    strategic: bool,
    provision: &'a [ProvisionControl],
    qualifications: &'a [Qualification],
    agreement: Option<&'a ProviderAgreement>,
    evaluations: &'a [ProviderEvaluation],
    review_interval: Option<Interval>,
}

impl ProviderView<'_> {
    /// In use: approved, conditionally approved, or with no status recorded.
    fn is_active(&self) -> bool {
        self.status.is_none_or(|s| s.is_active())
    }

    /// The latest evaluation dated on or before `as_of`, with its index.
    fn latest_evaluation(&self, as_of: Date) -> Option<(usize, &ProviderEvaluation, Date)> {
        self.evaluations
            .iter()
            .enumerate()
            .filter_map(|(k, e)| e.date.filter(|d| *d <= as_of).map(|d| (k, e, d)))
            .max_by_key(|(_, _, d)| *d)
    }
}

fn providers(sc: &SupplyChain) -> Vec<ProviderView<'_>> {
    let suppliers = sc.suppliers.iter().enumerate().map(|(i, s)| ProviderView {
        path: format!("{SC}/suppliers/{i}"),
        name: &s.name,
        is_carrier: false,
        status: s.status,
        approved_on: s.approved_on,
        strategic: s.strategic_partner,
        provision: &s.provision,
        qualifications: &s.qualifications,
        agreement: s.agreement.as_ref(),
        evaluations: &s.evaluations,
        review_interval: s.review_interval,
    });
    let carriers = sc.carriers.iter().enumerate().map(|(i, c)| ProviderView {
        path: format!("{SC}/carriers/{i}"),
        name: &c.name,
        is_carrier: true,
        status: c.status,
        approved_on: c.approved_on,
        strategic: c.strategic_partner,
        provision: &c.provision,
        qualifications: &c.qualifications,
        agreement: c.agreement.as_ref(),
        evaluations: &c.evaluations,
        review_interval: c.review_interval,
    });
    suppliers.chain(carriers).collect()
}

/// Percentage `part / whole × 100`, rounded to two decimals; `None` when `whole` is zero.
fn percent(part: u32, whole: u32) -> Option<Decimal> {
    if whole == 0 {
        return None;
    }
    (Decimal::from(part) * Decimal::ONE_HUNDRED)
        .checked_div(Decimal::from(whole))
        .map(|d| d.round_dp(2))
}

fn stage_limit<'a>(ctx: &'a Ctx<'_>, stage: OrderStage) -> Option<&'a OrderTimeLimit> {
    sc(ctx)
        .order_policy
        .as_ref()?
        .time_limits
        .iter()
        .find(|l| l.stage == stage && l.limit.is_some())
}

fn target_of(l: &OrderTimeLimit) -> Decimal {
    l.min_on_time_percent
        .map(|d| d.value())
        .unwrap_or(Decimal::ONE_HUNDRED)
}

/// End of the as-of day, as an instant (UTC).
fn end_of(as_of: Date) -> DateTime<Utc> {
    as_of
        .succ_opt()
        .unwrap_or(*as_of)
        .and_time(NaiveTime::MIN)
        .and_utc()
}

// ---------------------------------------------------------------------------------------------
// 7.3.1

fn check_plan_documented(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        em.legacy_emit(
            SC,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        );
        return;
    };
    let path = format!("{SC}/plan");
    if plan.document.is_none() {
        em.legacy_emit(
            &path,
            &[
                p("problem", "is not held as documented information"),
                p("problem_zh", "未形成成文信息"),
            ],
        );
    }
    if !plan.approval.as_ref().is_some_and(|a| a.is_complete()) {
        em.legacy_emit(
            &path,
            &[
                p("problem", "records no approver and approval date"),
                p("problem_zh", "未记录批准人和批准日期"),
            ],
        );
    }
}

fn check_plan_considerations(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        return;
    };
    for (aspect, item) in PlanAspect::ALL {
        let zh = crate::catalog::clause(item).map_or("", |c| c.title.zh);
        let found = plan
            .considerations
            .iter()
            .enumerate()
            .find(|(_, c)| c.aspect == aspect);
        match found {
            Some((_, c)) if !blank(&c.summary) => {}
            Some((k, _)) => em.legacy_emit_at(
                item,
                format!("{SC}/plan/considerations/{k}"),
                &[p("aspect", aspect.as_str()), p("aspect_zh", zh)],
            ),
            None => em.legacy_emit_at(
                item,
                format!("{SC}/plan"),
                &[p("aspect", aspect.as_str()), p("aspect_zh", zh)],
            ),
        }
    }
}

fn check_process_controls(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        return;
    };
    for (k, pr) in plan.processes.iter().enumerate() {
        if pr.controls.iter().all(|c| c.description.trim().is_empty()) {
            em.legacy_emit(
                format!("{SC}/plan/processes/{k}"),
                &[p("subject", &pr.name)],
            );
        }
    }
}

fn check_process_responsibilities(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(plan) = &sc(ctx).plan else {
        return;
    };
    if plan.processes.is_empty() {
        em.legacy_emit(
            format!("{SC}/plan"),
            &[
                p("subject", "Supply-chain plan (供应链策划)"),
                p(
                    "problem",
                    "no process is planned with its responsibilities and authorities.",
                ),
                p("problem_zh", "未策划任何过程及其职责和权限。"),
            ],
        );
    }
    for (k, pr) in plan.processes.iter().enumerate() {
        let path = format!("{SC}/plan/processes/{k}");
        if pr.responsible.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p("problem", "no responsible role is assigned."),
                    p("problem_zh", "未指定负责岗位。"),
                ],
            );
        }
        if all_blank(&pr.authorities) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &pr.name),
                    p(
                        "problem",
                        "the authorities of the responsible role are not stated.",
                    ),
                    p("problem_zh", "未规定负责岗位的权限。"),
                ],
            );
        }
    }
}

fn check_strategic_partners(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !providers(sc(ctx))
        .iter()
        .any(|pv| pv.is_active() && pv.strategic)
    {
        em.legacy_emit(SC, &[]);
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.2

fn check_order_policy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).order_policy {
        None => em.legacy_emit(
            SC,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        ),
        Some(op) if op.document.is_none() => em.legacy_emit(
            format!("{SC}/orderPolicy"),
            &[
                p("problem", "is not held as documented information"),
                p("problem_zh", "未形成成文信息"),
            ],
        ),
        Some(_) => {}
    }
}

fn check_order_principles(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    emit_items(
        em,
        &format!("{SC}/orderPolicy"),
        &[],
        &[
            (
                "7.3.2.a.1",
                blank(&op.processing_sequence),
                "the sequence in which orders are processed",
                "订单处理的先后顺序",
            ),
            (
                "7.3.2.a.2",
                all_blank(&op.priority_orders),
                "which orders are handled first",
                "优先处理的订单",
            ),
            (
                "7.3.2.a.4",
                all_blank(&op.accuracy_checks),
                "how order information is kept accurate",
                "确保订单信息准确的措施",
            ),
        ],
    );
}

fn check_time_limits_defined(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    for stage in OrderStage::ALL {
        if op
            .time_limits
            .iter()
            .any(|l| l.stage == stage && l.limit.is_some_and(|x| x.amount > 0))
        {
            continue;
        }
        let path = match op.time_limits.iter().position(|l| l.stage == stage) {
            Some(k) => format!("{SC}/orderPolicy/timeLimits/{k}"),
            None => format!("{SC}/orderPolicy"),
        };
        em.legacy_emit(
            path,
            &[p("stage", stage.as_str()), p("stage_zh", stage.zh())],
        );
    }
}

fn check_time_limits_met(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    // Period summaries.
    for (i, period) in s.order_periods.iter().enumerate() {
        for (j, sc_) in period.stages.iter().enumerate() {
            let Some(limit) = stage_limit(ctx, sc_.stage) else {
                continue;
            };
            let target = target_of(limit);
            let on_time = sc_.handled.saturating_sub(sc_.late);
            let Some(rate) = percent(on_time, sc_.handled) else {
                continue;
            };
            if rate < target {
                em.legacy_emit(
                    format!("{SC}/orderPeriods/{i}/stages/{j}"),
                    &[
                        p("subject", format!("{}/{}", period.start, period.end)),
                        p("stage", sc_.stage.as_str()),
                        p("stage_zh", sc_.stage.zh()),
                        p(
                            "limit",
                            limit.limit.map(|l| l.to_string()).unwrap_or_default(),
                        ),
                        p("rate", rate),
                        p("late", sc_.late),
                        p("handled", sc_.handled),
                        p("target", target),
                    ],
                );
            }
        }
    }
    // Single orders: per stage, the share on time across the records kept.
    let end = end_of(ctx.as_of);
    for stage in OrderStage::ALL {
        let Some(limit) = stage_limit(ctx, stage) else {
            continue;
        };
        let Some(max_hours) = limit.limit.map(|l| l.hours()) else {
            continue;
        };
        let mut late = Vec::new();
        let mut handled: u32 = 0;
        for (i, o) in s.orders.iter().enumerate() {
            for (j, step) in o.steps.iter().enumerate() {
                if step.stage != stage || step.started > end {
                    continue;
                }
                let done = step.completed.unwrap_or(end);
                // An open step is counted only once its limit has passed.
                if step.completed.is_none() && (done - step.started).num_minutes() <= max_hours * 60
                {
                    continue;
                }
                handled = handled.saturating_add(1);
                if (done - step.started).num_minutes() > max_hours * 60 {
                    late.push((i, j, &o.number));
                }
            }
        }
        let late_n = u32::try_from(late.len()).unwrap_or(u32::MAX);
        let target = target_of(limit);
        let Some(rate) = percent(handled.saturating_sub(late_n), handled) else {
            continue;
        };
        if rate < target {
            for (i, j, number) in late {
                em.legacy_emit(
                    format!("{SC}/orders/{i}/steps/{j}"),
                    &[
                        p("subject", number),
                        p("stage", stage.as_str()),
                        p("stage_zh", stage.zh()),
                        p(
                            "limit",
                            limit.limit.map(|l| l.to_string()).unwrap_or_default(),
                        ),
                        p("rate", rate),
                        p("late", late_n),
                        p("handled", handled),
                        p("target", target),
                    ],
                );
            }
        }
    }
}

fn check_order_accuracy(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let Some(max) = s
        .order_policy
        .as_ref()
        .and_then(|o| o.max_inaccurate_percent)
        .map(|d| d.value())
    else {
        return;
    };
    for (i, period) in s.order_periods.iter().enumerate() {
        let Some(bad) = period.inaccurate_orders else {
            continue;
        };
        if let Some(rate) = percent(bad, period.orders)
            && rate > max
        {
            em.legacy_emit(
                format!("{SC}/orderPeriods/{i}"),
                &[
                    p("subject", format!("{}/{}", period.start, period.end)),
                    p("rate", rate),
                    p("max", max),
                ],
            );
        }
    }
}

fn check_daily_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    let d = &op.daily_procedure;
    emit_items(
        em,
        &format!("{SC}/orderPolicy"),
        &[],
        &[
            (
                "7.3.2.b",
                blank(&d.payment_reminders),
                "how payment is chased",
                "催款的方式",
            ),
            (
                "7.3.2.b",
                blank(&d.order_checking),
                "order checking",
                "订单核对",
            ),
            (
                "7.3.2.b",
                blank(&d.document_transfer),
                "passing on order documents",
                "票据传递",
            ),
            (
                "7.3.2.b",
                blank(&d.packing),
                "packing and sealing",
                "打包和封装",
            ),
            (
                "7.3.2.b",
                blank(&d.weighing_and_shipping),
                "weighing and shipping",
                "称重和发货",
            ),
        ],
    );
}

fn check_after_sales_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    let a = &op.after_sales_procedure;
    emit_items(
        em,
        &format!("{SC}/orderPolicy"),
        &[],
        &[
            ("7.3.2.c", blank(&a.shipped), "already shipped", "已发货"),
            ("7.3.2.c", blank(&a.unshipped), "not yet shipped", "未发货"),
        ],
    );
}

fn check_order_documents(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(op) = &sc(ctx).order_policy
        && blank(&op.document_control)
    {
        em.legacy_emit(format!("{SC}/orderPolicy"), &[]);
    }
}

fn check_order_analysis(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(op) = &sc(ctx).order_policy else {
        return;
    };
    let Some(a) = &op.analysis else {
        em.legacy_emit(
            format!("{SC}/orderPolicy"),
            &[
                p("problem", "is not provided for"),
                p("problem_zh", "未作规定"),
            ],
        );
        return;
    };
    let path = format!("{SC}/orderPolicy/analysis");
    if all_blank(&a.reports) || all_blank(&a.outputs) {
        em.legacy_emit(
            &path,
            &[
                p(
                    "problem",
                    "names no reports compiled or no results such as forecasts",
                ),
                p("problem_zh", "未说明汇总的报表或获得的预测等信息"),
            ],
        );
    }
    if a.schedule.interval.is_none() {
        em.legacy_emit(
            &path,
            &[
                p(
                    "problem",
                    "has no interval, so its timeliness cannot be shown",
                ),
                p("problem_zh", "未规定周期，无法证实其及时性"),
            ],
        );
    }
}

fn check_order_records(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if s.order_periods.is_empty() && s.orders.is_empty() {
        em.legacy_emit(SC, &[]);
    }
}

fn check_order_records_current(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let latest_period = s.order_periods.iter().map(|x| x.end).max();
    let latest_order = s
        .orders
        .iter()
        .flat_map(|o| o.steps.iter())
        .map(|st| Date(st.started.date_naive()))
        .max();
    let (last, path) = match (latest_period, latest_order) {
        (None, None) => return,
        (Some(a), Some(b)) if b > a => (b, format!("{SC}/orders")),
        (Some(a), _) => (a, format!("{SC}/orderPeriods")),
        (None, Some(b)) => (b, format!("{SC}/orders")),
    };
    if Interval::months(2)
        .after(last)
        .is_some_and(|d| d < ctx.as_of)
    {
        em.legacy_emit(path, &[p("last", last), p("as_of", ctx.as_of)]);
    }
}

fn check_order_period_consistent(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, period) in sc(ctx).order_periods.iter().enumerate() {
        let subject = format!("{}/{}", period.start, period.end);
        let path = format!("{SC}/orderPeriods/{i}");
        if period.end < period.start {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &subject),
                    p("problem", "the period ends before it starts."),
                    p("problem_zh", "期间结束日早于开始日。"),
                ],
            );
        }
        if period.inaccurate_orders.is_some_and(|n| n > period.orders) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &subject),
                    p("problem", "more inaccurate orders than orders."),
                    p("problem_zh", "信息有误的订单数多于订单总数。"),
                ],
            );
        }
        for (j, st) in period.stages.iter().enumerate() {
            if st.late > st.handled {
                em.legacy_emit(
                    format!("{path}/stages/{j}"),
                    &[
                        p("subject", &subject),
                        p(
                            "problem",
                            format!("more late than handled at {}.", st.stage.as_str()),
                        ),
                        p(
                            "problem_zh",
                            format!("{}环节超时单数多于处理单数。", st.stage.zh()),
                        ),
                    ],
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.3.1

fn check_provision_controls(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        if !pv.is_active() {
            continue;
        }
        if pv.provision.is_empty() {
            em.legacy_emit(
                &pv.path,
                &[
                    p("subject", pv.name),
                    p(
                        "problem",
                        "it is not determined which case of 7.3.3.1 a)-c) applies and what controls follow.",
                    ),
                    p("problem_zh", "未确定适用7.3.3.1 a)–c)中的哪种情形及相应控制。"),
                ],
            );
        }
        for (k, pc) in pv.provision.iter().enumerate() {
            if all_blank(&pc.controls) {
                em.legacy_emit_at(
                    pc.case.item(),
                    format!("{}/provision/{k}", pv.path),
                    &[
                        p("subject", pv.name),
                        p(
                            "problem",
                            format!(
                                "no controls determined for '{}' ({}).",
                                pc.what,
                                pc.case.as_str()
                            ),
                        ),
                        p("problem_zh", format!("未确定对“{}”的控制。", pc.what)),
                    ],
                );
            }
        }
    }
}

fn check_outsourced_processes(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    for (i, pr) in ctx.doc.context.processes.iter().enumerate() {
        if !pr.outsourced {
            continue;
        }
        let path = format!("/context/processes/{i}");
        let Some(provider) = pr.provider else {
            em.legacy_emit(
                path,
                &[
                    p("subject", &pr.name),
                    p("problem", "names no external provider"),
                    p("problem_zh", "未指明外部供方"),
                ],
            );
            continue;
        };
        let controlled = s.suppliers.iter().any(|sup| {
            sup.id == provider
                && sup.provision.iter().any(|pc| {
                    pc.case == ProvisionCase::OutsourcedProcess && !all_blank(&pc.controls)
                })
        });
        if !controlled {
            em.legacy_emit(
                path,
                &[
                    p("subject", &pr.name),
                    p(
                        "problem",
                        "has a provider with no controls determined for an outsourced process",
                    ),
                    p("problem_zh", "的供方未确定针对外包过程的控制"),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.3.2

fn check_providers_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if sc(ctx).suppliers.is_empty() {
        em.legacy_emit(SC, &[]);
    }
}

fn check_provider_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(pp) = &sc(ctx).provider_procedure else {
        em.legacy_emit(SC, &[p("what", "is not recorded"), p("what_zh", "未记录")]);
        return;
    };
    let path = format!("{SC}/providerProcedure");
    let r = &pp.risk_controls;
    emit_items(
        em,
        &path,
        &[],
        &[
            (
                "7.3.3.2",
                pp.document.is_none(),
                "is not held as documented information",
                "未形成成文信息",
            ),
            (
                "7.3.3.2",
                blank(&pp.selection_criteria),
                "does not say how providers are evaluated and selected on their capability",
                "未规定依据能力评价和选择供方的方法",
            ),
            (
                "7.3.3.2.a",
                blank(&pp.responsibilities),
                "does not make providers aware of their responsibilities",
                "未规定使供方了解其职责",
            ),
            (
                "7.3.3.2.b",
                blank(&pp.agreed_requirements),
                "does not ensure agreed requirements are met",
                "未规定确保满足约定要求",
            ),
            (
                "7.3.3.2.c",
                blank(&pp.change_management),
                "does not manage changes to requirements and responsibilities",
                "未规定对要求和职责变更的管理",
            ),
            (
                "7.3.3.2.d",
                blank(&pp.transaction_records),
                "does not provide for recording business transactions",
                "未规定记录业务交易",
            ),
            (
                "7.3.3.2.e",
                blank(&pp.performance_monitoring),
                "does not control and monitor provider performance",
                "未规定对供方绩效的控制和监视",
            ),
            (
                "7.3.3.2.f",
                blank(&pp.periodic_review),
                "does not provide for reviewing providers at least yearly",
                "未规定至少每年评审供方",
            ),
            (
                "7.3.3.2.g.1",
                blank(&r.qualification_and_reputation),
                "does not control the risk of supplier qualification and reputation",
                "未控制供货商资质和信誉风险",
            ),
            (
                "7.3.3.2.g.2",
                blank(&r.product_quality),
                "does not control the risk of product quality",
                "未控制产品质量风险",
            ),
            (
                "7.3.3.2.g.3",
                blank(&r.lead_time),
                "does not control the risk of delivery lead time",
                "未控制供货周期风险",
            ),
            (
                "7.3.3.2.g.4",
                blank(&r.after_sales),
                "does not control the risk of after-sales service",
                "未控制售后服务风险",
            ),
        ],
    );
}

fn check_provider_selected(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        // Incomplete evaluations, for any provider.
        for (k, e) in pv.evaluations.iter().enumerate() {
            if e.date.is_none() || e.result.is_none() || e.evaluator.is_none() {
                em.legacy_emit(
                    format!("{}/evaluations/{k}", pv.path),
                    &[
                        p("subject", pv.name),
                        p(
                            "problem",
                            "an evaluation lacks its date, evaluator or result.",
                        ),
                        p("problem_zh", "一次评价缺少日期、评价人或结论。"),
                    ],
                );
            }
        }
        if !pv.is_active() {
            continue;
        }
        let mut problems: Vec<(&str, &str)> = Vec::new();
        if pv.status.is_none() {
            problems.push((
                "is in use with no approval status recorded.",
                "在用但未记录批准状态。",
            ));
        }
        match pv.approved_on {
            None => problems.push(("records no approval date.", "未记录批准日期。")),
            Some(approved) => {
                let evaluated_before = pv.evaluations.iter().any(|e| {
                    e.date.is_some_and(|d| d <= approved)
                        && matches!(
                            e.result,
                            Some(
                                EvaluationResult::Approved
                                    | EvaluationResult::ConditionallyApproved
                            )
                        )
                });
                if !evaluated_before {
                    problems.push((
                        "no passed capability evaluation precedes its approval.",
                        "批准前没有通过的能力评价。",
                    ));
                }
            }
        }
        if let Some((_, e, _)) = pv.latest_evaluation(ctx.as_of)
            && e.result == Some(EvaluationResult::Rejected)
        {
            problems.push((
                "its latest evaluation rejected it, yet it is still in use.",
                "最近一次评价结论为不合格，但仍在使用。",
            ));
        }
        for (en, zh) in problems {
            em.legacy_emit(
                &pv.path,
                &[p("subject", pv.name), p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

fn check_approved_before_use(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    for (i, pu) in s.purchases.iter().enumerate() {
        let (Some(sid), Some(sent)) = (pu.supplier, pu.sent_on) else {
            continue;
        };
        let Some(sup) = s.suppliers.iter().find(|x| x.id == sid) else {
            continue; // dangling: reported by ecms-ref-dangling
        };
        let problem = match (sup.status, sup.approved_on) {
            (Some(ProviderStatus::Candidate), _) => Some(("is still a candidate", "仍为候选供方")),
            (_, None) => Some(("has no recorded approval", "没有批准记录")),
            (_, Some(a)) if a > sent => Some(("was approved only later", "当时尚未获批准")),
            _ => None,
        };
        if let Some((en, zh)) = problem {
            em.legacy_emit(
                format!("{SC}/purchases/{i}"),
                &[
                    p("subject", &pu.number),
                    p("sent", sent),
                    p("supplier", &sup.name),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

fn check_provider_agreement(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        if !pv.is_active() {
            continue;
        }
        let problem = match pv.agreement {
            None => Some((
                "no agreement sets out its responsibilities and the agreed requirements."
                    .to_owned(),
                "没有协议明确其职责和约定要求。".to_owned(),
            )),
            Some(a) if a.document.is_none() || a.signed.is_none() => Some((
                "the agreement has no signed copy on file.".to_owned(),
                "协议没有已签署的存档文本。".to_owned(),
            )),
            Some(ProviderAgreement {
                valid_until: Some(until),
                ..
            }) if *until < ctx.as_of => Some((
                format!("the agreement expired on {until}."),
                format!("协议已于{until}到期。"),
            )),
            Some(_) => None,
        };
        if let Some((en, zh)) = problem {
            em.legacy_emit(
                &pv.path,
                &[p("subject", pv.name), p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

fn check_review_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let yearly = Interval::years(1);
    for pv in providers(sc(ctx)) {
        if !pv.is_active() {
            continue;
        }
        let problem = match pv.review_interval {
            None => Some((
                "no re-evaluation interval is declared.".to_owned(),
                "未规定再评价周期。".to_owned(),
            )),
            Some(i) if !i.at_most(&yearly) => Some((
                format!("the re-evaluation interval {i} is longer than a year."),
                format!("再评价周期{i}超过一年。"),
            )),
            Some(_) => None,
        };
        if let Some((en, zh)) = problem {
            em.legacy_emit(
                &pv.path,
                &[p("subject", pv.name), p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

fn check_evaluation_aspects(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        if !pv.is_active() {
            continue;
        }
        let Some((k, e, d)) = pv.latest_evaluation(ctx.as_of) else {
            continue;
        };
        for (aspect, item) in EvaluationAspect::REQUIRED {
            if !e.ratings.iter().any(|r| r.aspect == aspect) {
                let zh = match aspect {
                    EvaluationAspect::QualificationAndReputation => "资质和信誉",
                    EvaluationAspect::Quality => "质量",
                    EvaluationAspect::LeadTime => "供货周期",
                    _ => "售后服务",
                };
                em.legacy_emit_at(
                    item,
                    format!("{}/evaluations/{k}", pv.path),
                    &[
                        p("subject", pv.name),
                        p("date", d),
                        p("aspect", aspect.as_str()),
                        p("aspect_zh", zh),
                    ],
                );
            }
        }
    }
}

/// Problems with a provider's qualifications: none at all, or one expired.
fn qualification_problems(
    quals: &[Qualification],
    path: &str,
    as_of: Date,
    what: (&str, &str),
) -> Vec<(String, String, String)> {
    if quals.is_empty() {
        return vec![(
            path.to_owned(),
            format!("has no {} on record", what.0),
            format!("没有{}记录", what.1),
        )];
    }
    quals
        .iter()
        .enumerate()
        .filter_map(|(k, q)| {
            let until = q.valid_until?;
            (until < as_of).then(|| {
                (
                    format!("{path}/qualifications/{k}"),
                    format!("holds '{}', which expired on {until}", q.kind),
                    format!("的“{}”已于{until}过期", q.kind),
                )
            })
        })
        .collect()
}

fn check_supplier_qualification(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        if pv.is_carrier || !pv.is_active() {
            continue;
        }
        for (path, en, zh) in qualification_problems(
            pv.qualifications,
            &pv.path,
            ctx.as_of,
            ("licence or certificate", "资质证照"),
        ) {
            em.legacy_emit(
                path,
                &[p("subject", pv.name), p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.3.3

fn check_purchase_described(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let path = format!("{SC}/purchases/{i}");
        let mut problems: Vec<(&str, &str)> = Vec::new();
        if pu.supplier.is_none() {
            problems.push(("names no supplier", "未指明供方"));
        }
        if blank(&pu.description) && pu.lines.iter().all(|l| l.item.trim().is_empty()) {
            problems.push((
                "does not describe the products or services bought",
                "未表述拟采购的产品和服务",
            ));
        }
        if blank(&pu.requirements.specification) {
            problems.push((
                "states no specification of what is bought",
                "未规定所采购产品和服务的要求",
            ));
        }
        for (en, zh) in problems {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &pu.number),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

fn check_requirements_reviewed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let Some(sent) = pu.sent_on else {
            continue;
        };
        let path = format!("{SC}/purchases/{i}");
        let problem = match &pu.review {
            None => Some((
                format!("was sent on {sent} without a review of its requirements"),
                format!("于{sent}发出，但采购要求未经评审"),
            )),
            Some(r) => match r.date {
                None => Some((
                    "records no date for the review of its requirements".to_owned(),
                    "未记录采购要求的评审日期".to_owned(),
                )),
                Some(d) if d > sent => Some((
                    format!("was sent on {sent}, before its requirements were reviewed on {d}"),
                    format!("于{sent}发出，早于采购要求评审日期{d}"),
                )),
                Some(_) if r.by.is_none() => Some((
                    "records no reviewer of its requirements".to_owned(),
                    "未记录采购要求的评审人".to_owned(),
                )),
                Some(_) if !r.adequate => Some((
                    "was sent although the review did not find its requirements adequate"
                        .to_owned(),
                    "的采购要求评审未确认充分适宜即已发出".to_owned(),
                )),
                Some(_) => None,
            },
        };
        if let Some((en, zh)) = problem {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &pu.number),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

fn check_purchase_info_content(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let r = &pu.requirements;
        emit_items(
            em,
            &format!("{SC}/purchases/{i}"),
            &[p("subject", &pu.number)],
            &[
                (
                    "7.3.3.3.a",
                    blank(&r.approvals),
                    "approval requirements for products, methods, processes or equipment",
                    "产品和服务、方法、过程和设备的批准要求",
                ),
                (
                    "7.3.3.3.b",
                    blank(&r.personnel_qualification),
                    "personnel qualification requirements",
                    "人员资格要求",
                ),
                (
                    "7.3.3.3.c",
                    blank(&r.management_system),
                    "management system requirements",
                    "电子商务管理体系要求",
                ),
            ],
        );
    }
}

fn check_purchase_verified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pu) in sc(ctx).purchases.iter().enumerate() {
        let Some(received) = pu.received_on else {
            continue;
        };
        let path = format!("{SC}/purchases/{i}");
        let problem = match &pu.verification {
            None => Some((
                format!("was received on {received} but its verification is not recorded"),
                format!("已于{received}收货，但没有验证记录"),
            )),
            Some(v) if v.result.is_none() || v.date.is_none() => Some((
                "has a verification without date or result".to_owned(),
                "的验证记录缺少日期或结论".to_owned(),
            )),
            Some(v)
                if v.result == Some(VerificationResult::Nonconforming) && blank(&v.disposition) =>
            {
                Some((
                    "failed verification and records no disposition of the goods".to_owned(),
                    "验证不合格，但未记录处置".to_owned(),
                ))
            }
            Some(_) => None,
        };
        if let Some((en, zh)) = problem {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &pu.number),
                    p("problem", en),
                    p("problem_zh", zh),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.4

fn check_distribution_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(d) = &sc(ctx).distribution else {
        em.legacy_emit(
            SC,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        );
        return;
    };
    let path = format!("{SC}/distribution");
    if d.document.is_none() {
        em.legacy_emit(
            &path,
            &[
                p("problem", "is not held as documented information"),
                p("problem_zh", "未形成成文信息"),
            ],
        );
    }
    if blank(&d.unified_dispatch) {
        em.legacy_emit(
            &path,
            &[
                p("problem", "does not say how distribution information and dispatching are managed in one place"),
                p("problem_zh", "未说明如何对配送体系实行统一的信息管理和调度"),
            ],
        );
    }
}

fn check_distribution_items(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(d) = &sc(ctx).distribution else {
        return;
    };
    emit_items(
        em,
        &format!("{SC}/distribution"),
        &[],
        &[
            (
                "7.3.4.a",
                blank(&d.stock_preparation),
                "stock preparation",
                "备货",
            ),
            ("7.3.4.b", blank(&d.storage), "storage", "储存"),
            (
                "7.3.4.c",
                blank(&d.sorting_and_picking),
                "sorting and picking",
                "分拣和配货",
            ),
            (
                "7.3.4.d",
                blank(&d.loading),
                "consolidation and loading",
                "配装",
            ),
            ("7.3.4.e", blank(&d.transport), "transport", "运输"),
        ],
    );
}

fn check_distribution_risks(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(d) = &sc(ctx).distribution else {
        return;
    };
    let r = &d.risk_management;
    emit_items(
        em,
        &format!("{SC}/distribution"),
        &[],
        &[
            (
                "7.3.4.f.1",
                blank(&r.provider_qualification),
                "the qualification and reputation of external providers",
                "外部供方的资质和信誉",
            ),
            ("7.3.4.f.2", blank(&r.timeliness), "timeliness", "时效"),
            (
                "7.3.4.f.3",
                blank(&r.process_assurance),
                "process assurance",
                "过程保障",
            ),
            (
                "7.3.4.f.4",
                blank(&r.claims),
                "claims for faults",
                "过失理赔",
            ),
        ],
    );
}

fn check_carriers_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !providers(sc(ctx))
        .iter()
        .any(|pv| pv.is_carrier && pv.is_active())
    {
        em.legacy_emit(SC, &[]);
    }
}

fn check_carrier_qualified(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for pv in providers(sc(ctx)) {
        if !pv.is_carrier || !pv.is_active() {
            continue;
        }
        for (path, en, zh) in qualification_problems(
            pv.qualifications,
            &pv.path,
            ctx.as_of,
            ("operating licence", "经营许可"),
        ) {
            em.legacy_emit(
                path,
                &[p("subject", pv.name), p("problem", en), p("problem_zh", zh)],
            );
        }
    }
}

fn check_carrier_terms(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, c) in sc(ctx).carriers.iter().enumerate() {
        if !c.status.is_none_or(|s| s.is_active()) {
            continue;
        }
        emit_items(
            em,
            &format!("{SC}/carriers/{i}"),
            &[p("subject", &c.name)],
            &[
                (
                    "7.3.4.f.2",
                    blank(&c.delivery_commitment),
                    "delivery time commitment",
                    "时效承诺",
                ),
                (
                    "7.3.4.f.3",
                    all_blank(&c.process_assurance),
                    "process assurance (tracking, insurance, handling)",
                    "过程保障措施（跟踪、保险、操作要求）",
                ),
                (
                    "7.3.4.f.4",
                    blank(&c.claims_terms),
                    "claims terms",
                    "理赔条款",
                ),
            ],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.5

fn check_channels_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !sc(ctx).channels.iter().any(|c| !c.closed) {
        em.legacy_emit(SC, &[]);
    }
}

fn check_channel_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).channel_management {
        None => em.legacy_emit(
            SC,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        ),
        Some(cm) if cm.document.is_none() => em.legacy_emit(
            format!("{SC}/channelManagement"),
            &[
                p("problem", "is not held as documented information"),
                p("problem_zh", "未形成成文信息"),
            ],
        ),
        Some(_) => {}
    }
}

fn check_channel_model(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(cm) = &s.channel_management
        && blank(&cm.model_selection)
    {
        em.legacy_emit(
            format!("{SC}/channelManagement"),
            &[
                p("subject", "Channel management (渠道管理)"),
                p("problem", "does not say how channel models are chosen."),
                p("problem_zh", "未规定如何选择渠道模式。"),
            ],
        );
    }
    for (i, c) in s.channels.iter().enumerate() {
        if c.closed {
            continue;
        }
        let path = format!("{SC}/channels/{i}");
        if c.model.is_none() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &c.name),
                    p("problem", "no channel model recorded."),
                    p("problem_zh", "未记录渠道模式。"),
                ],
            );
        }
        if blank(&c.rationale) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &c.name),
                    p(
                        "problem",
                        "no reason recorded why the channel fits the products and market.",
                    ),
                    p("problem_zh", "未记录依据产品和市场因素选择该渠道的理由。"),
                ],
            );
        }
    }
}

fn check_partner_rules(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(cm) = &s.channel_management
        && cm.partner_rules.is_none()
    {
        em.legacy_emit(
            format!("{SC}/channelManagement"),
            &[
                p("subject", "Channel management (渠道管理)"),
                p("problem", "no channel partner rules are established."),
                p("problem_zh", "未建立渠道商管理制度。"),
            ],
        );
    }
    for (i, c) in s.channels.iter().enumerate() {
        if c.closed {
            continue;
        }
        for (k, partner) in c.partners.iter().enumerate() {
            let problem = match &partner.agreement {
                Some(a) if a.document.is_some() && a.signed.is_some() => match a.valid_until {
                    Some(until) if until < ctx.as_of => Some((
                        format!("the partner agreement expired on {until}."),
                        format!("渠道商协议已于{until}到期。"),
                    )),
                    _ => None,
                },
                _ => Some((
                    "no signed agreement binds the partner to the channel rules.".to_owned(),
                    "没有已签署的协议约束其遵循渠道管理要求。".to_owned(),
                )),
            };
            if let Some((en, zh)) = problem {
                em.legacy_emit(
                    format!("{SC}/channels/{i}/partners/{k}"),
                    &[
                        p("subject", &partner.name),
                        p("problem", en),
                        p("problem_zh", zh),
                    ],
                );
            }
        }
    }
}

fn check_partner_support(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(cm) = &s.channel_management
        && blank(&cm.partner_support)
    {
        em.legacy_emit(
            format!("{SC}/channelManagement"),
            &[
                p("subject", "Channel management (渠道管理)"),
                p(
                    "problem",
                    "does not provide for training and resources for channel partners.",
                ),
                p("problem_zh", "未规定为渠道商提供培训和资源。"),
            ],
        );
    }
    for (i, c) in s.channels.iter().enumerate() {
        if c.closed {
            continue;
        }
        for (k, partner) in c.partners.iter().enumerate() {
            let path = format!("{SC}/channels/{i}/partners/{k}");
            if partner.trainings.iter().all(|t| t.date > ctx.as_of) {
                em.legacy_emit(
                    &path,
                    &[
                        p("subject", &partner.name),
                        p("problem", "no training of the partner is recorded."),
                        p("problem_zh", "没有对渠道商的培训记录。"),
                    ],
                );
            }
            if all_blank(&partner.resources) {
                em.legacy_emit(
                    &path,
                    &[
                        p("subject", &partner.name),
                        p(
                            "problem",
                            "no resources provided to the partner are recorded.",
                        ),
                        p("problem_zh", "没有向渠道商提供资源的记录。"),
                    ],
                );
            }
        }
    }
}

fn check_layout_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if let Some(cm) = &sc(ctx).channel_management
        && cm.layout_review.interval.is_none()
    {
        em.legacy_emit(format!("{SC}/channelManagement"), &[]);
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.6

fn check_warehouses_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if sc(ctx).warehouses.is_empty() {
        em.legacy_emit(SC, &[]);
    }
}

fn check_warehouse_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).warehouse_procedure {
        None => em.legacy_emit(
            SC,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        ),
        Some(w) if w.document.is_none() => em.legacy_emit(
            format!("{SC}/warehouseProcedure"),
            &[
                p("problem", "is not held as documented information"),
                p("problem_zh", "未形成成文信息"),
            ],
        ),
        Some(_) => {}
    }
}

fn check_warehouse_items(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(w) = &s.warehouse_procedure {
        emit_items(
            em,
            &format!("{SC}/warehouseProcedure"),
            &[p(
                "subject",
                "Warehouse management procedure (仓储管理程序)",
            )],
            &[
                (
                    "7.3.6.a",
                    blank(&w.site_selection),
                    "warehouse site selection",
                    "仓库地址选择",
                ),
                (
                    "7.3.6.b",
                    blank(&w.safe_placement),
                    "sound and safe placement of products",
                    "产品合理、安全放置",
                ),
                (
                    "7.3.6.c",
                    blank(&w.equipment_use),
                    "effective use of equipment",
                    "设备的有效使用",
                ),
                (
                    "7.3.6.d",
                    blank(&w.goods_movement),
                    "easy access to and movement of goods",
                    "货物的方便存取和有效移动",
                ),
                (
                    "7.3.6.e",
                    blank(&w.picking_routes),
                    "picking routes",
                    "仓库配货路线设置",
                ),
                (
                    "7.3.6.f",
                    blank(&w.stock_alerts),
                    "a stock-level alert system",
                    "存量预警系统",
                ),
            ],
        );
    }
    for (i, w) in s.warehouses.iter().enumerate() {
        emit_items(
            em,
            &format!("{SC}/warehouses/{i}"),
            &[p("subject", format!("Warehouse '{}'", w.name))],
            &[(
                "7.3.6.a",
                blank(&w.site_rationale),
                "the reasons for its location",
                "选址理由",
            )],
        );
    }
}

fn check_stock_thresholds(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, w) in sc(ctx).warehouses.iter().enumerate() {
        let path = format!("{SC}/warehouses/{i}");
        if blank(&w.alert_system) {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &w.name),
                    p("problem", "no stock alert system is recorded."),
                    p("problem_zh", "未记录存量预警系统。"),
                ],
            );
        }
        if w.stock.is_empty() {
            em.legacy_emit(
                &path,
                &[
                    p("subject", &w.name),
                    p(
                        "problem",
                        "no stock lines with alert thresholds are recorded.",
                    ),
                    p("problem_zh", "未记录带预警值的库存明细。"),
                ],
            );
        }
        for (k, line) in w.stock.iter().enumerate() {
            if line.alert_threshold.is_none() {
                em.legacy_emit(
                    format!("{path}/stock/{k}"),
                    &[
                        p("subject", &w.name),
                        p(
                            "problem",
                            format!("SKU {} has no low-stock alert threshold.", line.sku),
                        ),
                        p(
                            "problem_zh",
                            format!("SKU {}未设定低库存预警值。", line.sku),
                        ),
                    ],
                );
            }
        }
    }
}

fn check_stock_alert_acted(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, w) in sc(ctx).warehouses.iter().enumerate() {
        for (k, line) in w.stock.iter().enumerate() {
            let (Some(on_hand), Some(threshold)) = (line.on_hand, line.alert_threshold) else {
                continue;
            };
            if on_hand <= threshold && line.replenishment_raised.is_none() {
                em.legacy_emit(
                    format!("{SC}/warehouses/{i}/stock/{k}"),
                    &[
                        p("subject", &w.name),
                        p("sku", &line.sku),
                        p("on_hand", on_hand),
                        p("threshold", threshold),
                    ],
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7.3.7

fn check_platforms_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if !sc(ctx).payment_platforms.iter().any(|x| !x.retired) {
        em.legacy_emit(SC, &[]);
    }
}

fn check_payment_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).payment_procedure {
        None => em.legacy_emit(
            SC,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        ),
        Some(pp) if pp.document.is_none() => em.legacy_emit(
            format!("{SC}/paymentProcedure"),
            &[
                p("problem", "is not held as documented information"),
                p("problem_zh", "未形成成文信息"),
            ],
        ),
        Some(_) => {}
    }
}

fn check_platform_licensed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pp) in sc(ctx).payment_platforms.iter().enumerate() {
        if pp.retired {
            continue;
        }
        let path = format!("{SC}/paymentPlatforms/{i}");
        let (at, en, zh) = match &pp.licence {
            None => (
                path,
                "records no licence or certification by a competent authority".to_owned(),
                "没有记录权威机构的许可或认定".to_owned(),
            ),
            Some(l) if blank(&l.number) || blank(&l.issuer) => (
                format!("{path}/licence"),
                "records its licence without number or issuing authority".to_owned(),
                "的许可证缺少编号或发证机关".to_owned(),
            ),
            Some(l) => match l.valid_until {
                Some(until) if until < ctx.as_of => (
                    format!("{path}/licence"),
                    format!("has a licence that expired on {until}"),
                    format!("的许可证已于{until}过期"),
                ),
                _ => continue,
            },
        };
        em.legacy_emit(
            at,
            &[
                p("subject", &pp.name),
                p("problem", en),
                p("problem_zh", zh),
            ],
        );
    }
}

fn check_security_interval(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pp) in sc(ctx).payment_platforms.iter().enumerate() {
        if !pp.retired && pp.assessment_interval.is_none() {
            em.legacy_emit(
                format!("{SC}/paymentPlatforms/{i}"),
                &[p("subject", &pp.name)],
            );
        }
    }
}

fn check_security_passed(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, pp) in sc(ctx).payment_platforms.iter().enumerate() {
        if pp.retired {
            continue;
        }
        let latest = pp
            .security_assessments
            .iter()
            .enumerate()
            .filter(|(_, a)| a.date <= ctx.as_of)
            .max_by_key(|(_, a)| a.date);
        if let Some((k, a)) = latest
            && !a.passed
        {
            em.legacy_emit(
                format!("{SC}/paymentPlatforms/{i}/securityAssessments/{k}"),
                &[p("subject", &pp.name), p("date", a.date)],
            );
        }
    }
}

fn check_data_protection(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(pp) = &sc(ctx).payment_procedure else {
        return;
    };
    let m = &pp.data_protection;
    let path = format!("{SC}/paymentProcedure");
    if !m
        .iter()
        .any(|x| x.confidentiality && !x.description.trim().is_empty())
    {
        em.legacy_emit(
            &path,
            &[
                p("what", "read by unrelated third parties"),
                p("what_zh", "无关第三方阅读"),
            ],
        );
    }
    if !m
        .iter()
        .any(|x| x.integrity && !x.description.trim().is_empty())
    {
        em.legacy_emit(&path, &[p("what", "tampered with"), p("what_zh", "篡改")]);
    }
}

fn check_pii_risk_assessment(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let Some(pp) = &sc(ctx).payment_procedure else {
        return;
    };
    let path = format!("{SC}/paymentProcedure");
    let Some(ra) = &pp.pii_risk_assessment else {
        em.legacy_emit(
            &path,
            &[p("problem", "is not recorded"), p("problem_zh", "未记录")],
        );
        return;
    };
    let rpath = format!("{path}/piiRiskAssessment");
    if ra.date.is_none() || ra.assessor.is_none() {
        em.legacy_emit(
            &rpath,
            &[
                p("problem", "records no date or assessor"),
                p("problem_zh", "未记录日期或评估人"),
            ],
        );
    }
    if ra.risks.is_empty() {
        em.legacy_emit(
            &rpath,
            &[
                p("problem", "identifies no risks"),
                p("problem_zh", "未识别任何风险"),
            ],
        );
    }
    for (k, r) in ra.risks.iter().enumerate() {
        if all_blank(&r.controls) {
            em.legacy_emit(
                format!("{rpath}/risks/{k}"),
                &[
                    p(
                        "problem",
                        format!("has no control for the risk '{}'", r.description),
                    ),
                    p(
                        "problem_zh",
                        format!("对风险“{}”未采取控制措施", r.description),
                    ),
                ],
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// dates

fn check_future_dated(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    let as_of = ctx.as_of;
    let mut hits: Vec<(&'static str, String, String, Date)> = Vec::new();
    for pv in providers(s) {
        for (k, e) in pv.evaluations.iter().enumerate() {
            if let Some(d) = e.date {
                hits.push((
                    "7.3.3.2.f",
                    format!("{}/evaluations/{k}", pv.path),
                    format!("An evaluation of '{}'", pv.name),
                    d,
                ));
            }
        }
    }
    for (i, pu) in s.purchases.iter().enumerate() {
        let path = format!("{SC}/purchases/{i}");
        if let Some(d) = pu.review.as_ref().and_then(|r| r.date) {
            hits.push((
                "7.3.3.3",
                path.clone(),
                format!("The review of purchase {}", pu.number),
                d,
            ));
        }
        if let Some(d) = pu.sent_on {
            hits.push((
                "7.3.3.3",
                path.clone(),
                format!("Purchase {}", pu.number),
                d,
            ));
        }
        if let Some(d) = pu.verification.as_ref().and_then(|v| v.date) {
            hits.push((
                "7.3.3.3",
                path,
                format!("The verification of purchase {}", pu.number),
                d,
            ));
        }
    }
    if let Some(a) = s.order_policy.as_ref().and_then(|o| o.analysis.as_ref())
        && let Some(d) = a.schedule.last_done
    {
        hits.push((
            "7.3.2.e",
            format!("{SC}/orderPolicy/analysis"),
            "The last order data analysis".into(),
            d,
        ));
    }
    if let Some(d) = s
        .channel_management
        .as_ref()
        .and_then(|c| c.layout_review.last_done)
    {
        hits.push((
            "7.3.5.d",
            format!("{SC}/channelManagement"),
            "The last channel layout review".into(),
            d,
        ));
    }
    for (i, pp) in s.payment_platforms.iter().enumerate() {
        for (k, a) in pp.security_assessments.iter().enumerate() {
            hits.push((
                "7.3.7",
                format!("{SC}/paymentPlatforms/{i}/securityAssessments/{k}"),
                format!("A security assessment of '{}'", pp.name),
                a.date,
            ));
        }
    }
    if let Some(d) = s
        .payment_procedure
        .as_ref()
        .and_then(|x| x.pii_risk_assessment.as_ref())
        .and_then(|r| r.date)
    {
        hits.push((
            "7.3.7.b",
            format!("{SC}/paymentProcedure/piiRiskAssessment"),
            "The personal-data risk assessment".into(),
            d,
        ));
    }
    for (clause, path, subject, d) in hits {
        if d > as_of {
            em.legacy_emit_at(
                clause,
                path,
                &[p("subject", subject), p("date", d), p("as_of", as_of)],
            );
        }
    }
}
