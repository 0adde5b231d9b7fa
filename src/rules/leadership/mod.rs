//! Chapter 4 — 领导作用 (leadership): top management's leadership and commitment (4.1),
//! the e-commerce strategies and how they are communicated (4.2), roles, responsibilities
//! and authorities (4.3), and internal and external communication (4.4).

pub mod commitment;
pub mod communication;
pub mod compliance;
pub mod roles;
pub(in crate::rules) mod shared;
pub mod strategy;
pub mod strategy_communication;

use super::{AssessedRequirement, BuiltinRule, t};

/// Chapter 4's rules, in clause order.
pub(super) static RULES: &[&BuiltinRule] = &[
    // 4.1
    &commitment::COMMITMENT_EVIDENCE,
    &commitment::STRATEGY_OBJECTIVES_ESTABLISHED,
    &commitment::CUSTOMER_FOCUS_EVIDENCE,
    &compliance::SHORTFALL_ADDRESSED,
    &commitment::CUSTOMER_RISKS_DETERMINED,
    // 4.2.1
    &strategy::KINDS,
    &strategy::CONSIDERATIONS,
    &strategy::APPROVED,
    &strategy::ALIGNMENT,
    &strategy::FITNESS,
    &strategy::CURRENT,
    // 4.2.2
    &strategy_communication::DOCUMENTED,
    &strategy_communication::COMMUNICATED,
    &strategy_communication::AVAILABILITY,
    // 4.3
    &roles::ROLES_DEFINED,
    &roles::ROLE_DEFINED,
    &roles::ROLE_STAFFED,
    &roles::ROLE_COMMUNICATED,
    &roles::DUTIES_ASSIGNED,
    // 4.4
    &communication::PLANNED,
    &communication::COMPLETE,
    &communication::OVERDUE,
];

/// Chapter 4 requirements shown by self-assessment only: the items of 4.1.1 that are a
/// matter of how top management leads.
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

/// Presence-only shall rules of this chapter, each with why existence is all the text asks.
pub const EXISTENCE_ONLY: &[(&str, &str)] = &[
    (
        "ecms-4.1.2.b-customer-risks-determined",
        "4.1.2 b) asks only that risks affecting customers be determined.",
    ),
    (
        "ecms-4.4-communications-planned",
        "4.4 asks only that internal and external communications be determined.",
    ),
    (
        "ecms-4.3-roles-defined",
        "4.3 asks that roles exist with assigned duties; staffing is checked by the role rules.",
    ),
    (
        "ecms-4.3-role-defined",
        "4.3 asks that responsibilities and authorities be assigned; their content is all a record can show.",
    ),
    (
        "ecms-4.2.1-strategy-kinds",
        "4.2.1 lists the kinds of strategy to set; approval by top management is a separate rule.",
    ),
    (
        "ecms-4.2.1-strategy-alignment",
        "4.2.1 asks that the strategy fit the listed bases; the verdict and its date are a separate rule.",
    ),
];
