//! Clause 7.3 — 供应链管理 (supply chain management): planning (7.3.1), orders (7.3.2),
//! external provision and providers (7.3.3.1–7.3.3.2), purchasing information (7.3.3.3),
//! distribution and transport (7.3.4), channels (7.3.5), warehouses (7.3.6) and payment
//! (7.3.7).

pub mod channels;
pub mod dates;
pub mod distribution;
pub mod order_carriers;
pub mod order_records;
pub mod orders;
pub mod payment;
pub mod plan;
pub mod provider_review;
pub mod providers;
pub mod provision;
pub mod purchasing;
mod shared;
pub mod warehouses;

use super::{AssessedRequirement, BuiltinRule, t};

/// Clause 7.3's rules, in clause order.
pub(in crate::rules) static RULES: &[&BuiltinRule] = &[
    // 7.3.1
    &plan::DOCUMENTED,
    &plan::CONSIDERATIONS,
    &plan::PROCESS_CONTROLS,
    &plan::PROCESS_RESPONSIBILITIES,
    &plan::STRATEGIC_PARTNERS,
    &plan::REVIEW_OVERDUE,
    // 7.3.2
    &orders::POLICY,
    &orders::PRINCIPLES,
    &orders::TIME_LIMITS_DEFINED,
    &order_records::TIME_LIMITS_MET,
    &order_records::TIME_LIMITS_DEFAULT_TARGET,
    &order_records::ACCURACY,
    &orders::DAILY_PROCEDURE,
    &orders::AFTER_SALES_PROCEDURE,
    &orders::DOCUMENTS,
    &orders::ANALYSIS,
    &orders::ANALYSIS_OVERDUE,
    &order_records::RECORDS,
    &order_records::RECORDS_CURRENT,
    &order_records::PERIOD_CONSISTENT,
    // 7.3.3.1
    &provision::PROVISION_CONTROLS,
    &provision::OUTSOURCED_CONTROLLED,
    // 7.3.3.2
    &providers::RECORDED,
    &providers::PROCEDURE,
    &providers::SELECTED_ON_EVALUATION,
    &providers::APPROVED_BEFORE_USE,
    &order_carriers::ORDER_CARRIER_APPROVED,
    &providers::AGREEMENT,
    &providers::TRANSACTIONS_RECORDED,
    &provider_review::REVIEW_YEARLY,
    &provider_review::REVIEW_INTERVAL,
    &provider_review::EVALUATION_ASPECTS,
    &provider_review::QUALIFICATION,
    // 7.3.3.3
    &purchasing::DESCRIBED,
    &purchasing::REQUIREMENTS_REVIEWED,
    &purchasing::INFO_CONTENT,
    &purchasing::VERIFIED,
    // 7.3.4
    &distribution::PROCEDURE,
    &distribution::PROCEDURE_ITEMS,
    &distribution::RISK_MANAGEMENT,
    &distribution::CARRIERS_RECORDED,
    &distribution::CARRIER_QUALIFIED,
    &distribution::CARRIER_TERMS,
    // 7.3.5
    &channels::RECORDED,
    &channels::PROCEDURE,
    &channels::MODEL,
    &channels::PARTNER_RULES,
    &channels::PARTNER_SUPPORT,
    &channels::LAYOUT_REVIEW_INTERVAL,
    &channels::LAYOUT_REVIEW_OVERDUE,
    // 7.3.6
    &warehouses::RECORDED,
    &warehouses::PROCEDURE,
    &warehouses::PROCEDURE_ITEMS,
    &warehouses::STOCK_ALERT_THRESHOLDS,
    &warehouses::STOCK_ALERT_ACTED,
    // 7.3.7
    &payment::PLATFORMS_RECORDED,
    &payment::PROCEDURE,
    &payment::PLATFORM_LICENSED,
    &payment::SECURITY_INTERVAL,
    &payment::SECURITY_OVERDUE,
    &payment::SECURITY_PASSED,
    &payment::DATA_PROTECTION,
    &payment::PII_RISK_ASSESSMENT,
    // 7.3, all records
    &dates::FUTURE_DATED,
];

/// Clause 7.3 requirements shown by self-assessment: those that need a judgement on the
/// whole arrangement.
pub(in crate::rules) static ASSESSED: &[AssessedRequirement] = &[
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

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-7.3.5-channels-recorded",
        "7.3.5 asks only that sales channels be established",
    ),
    (
        "ecms-7.3.5.a-channel-model",
        "7.3.5 a) asks only that a channel model suited to the organization be chosen and stated",
    ),
    (
        "ecms-7.3.5.d-layout-review-interval",
        "declares the planned interval of channel-layout reviews; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.3.4-procedure-items",
        "7.3.4 a)-e) list what the distribution procedure covers; each being covered is all the text asks",
    ),
    (
        "ecms-7.3.4.f-risk-management",
        "7.3.4 f) lists what distribution risk management covers; each being covered is all the text asks",
    ),
    (
        "ecms-7.3.2-order-records",
        "7.3.2 asks that order records be kept; their dates and currency are checked by the order-records-current rule",
    ),
    (
        "ecms-7.3.2.a-order-principles",
        "7.3.2 a) lists the order-processing principles; each being stated is all the text asks",
    ),
    (
        "ecms-7.3.2.a.3-time-limits-defined",
        "7.3.2 a) 3) asks only that time limits be set per stage; meeting them is checked by the time-limit rules",
    ),
    (
        "ecms-7.3.2.b-daily-procedure",
        "7.3.2 b) lists what the daily order procedure covers; each being covered is all the text asks",
    ),
    (
        "ecms-7.3.2.c-after-sales-procedure",
        "7.3.2 c) asks only that the after-sales procedure cover shipped and unshipped orders",
    ),
    (
        "ecms-7.3.2.d-order-documents",
        "7.3.2 d) asks only that the control of order documents be stated",
    ),
    (
        "ecms-7.3.7-platforms-recorded",
        "7.3.7 asks only that payment platforms be used; their licence and security are checked by the time rules",
    ),
    (
        "ecms-7.3.7-security-assessment-interval",
        "declares the planned interval of platform security assessments; the overdue rule checks the dated records",
    ),
    (
        "ecms-7.3.7.a-data-protection",
        "7.3.7 a) asks only that measures protect transaction and payment data",
    ),
    (
        "ecms-7.3.7.b-pii-risk-assessment",
        "7.3.7 b) asks that personal-data risks be assessed and controlled; the assessment and controls existing is all it names",
    ),
    (
        "ecms-7.3.1.k-process-controls",
        "7.3.1 k) asks only that controls be planned for each supply-chain process",
    ),
    (
        "ecms-7.3.3.2-providers-recorded",
        "7.3.3.2 asks that external providers be managed; their approval and evaluation are checked by relation and time rules",
    ),
    (
        "ecms-7.3.3.3-purchase-described",
        "7.3.3.3 lists what purchase information states; each being stated is all the text asks",
    ),
    (
        "ecms-7.3.6-warehouses-recorded",
        "7.3.6 asks only that warehousing be managed; the warehouses existing is all it names",
    ),
    (
        "ecms-7.3.6-procedure-items",
        "7.3.6 a)-f) list what the warehouse procedure covers; each being covered is all the text asks",
    ),
];
