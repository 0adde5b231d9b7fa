//! Conditional requirements of GB/T 36311—2018: the entries whose text makes them depend on
//! a condition (当…时 "when", 适用时 "where applicable", 需要时 "as needed", 适宜时 "as
//! appropriate", 如果/若 "if"). Each is listed with the marker its text uses and the condition
//! in our own words; [`super::Clause::condition`] is filled from this table.

use super::StaticText;

/// One conditional entry of the catalog: its id, the marker in the standard's text and the
/// condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConditionMarker {
    /// Catalog id.
    pub id: &'static str,
    /// The marker as the standard writes it, e.g. `适用时`.
    pub marker: &'static str,
    /// The condition, our own words.
    pub condition: StaticText,
}

const fn m(
    id: &'static str,
    marker: &'static str,
    en: &'static str,
    zh: &'static str,
) -> ConditionMarker {
    ConditionMarker {
        id,
        marker,
        condition: StaticText { en, zh },
    }
}

/// Every conditional entry, in the standard's order.
pub static CONDITIONAL_MARKERS: &[ConditionMarker] = TABLE;

const TABLE: &[ConditionMarker] = &[
    m(
        "3.3",
        "如果",
        "If the organization determines that a requirement does not apply within its scope: the justification; and conformity is claimed only when the exclusion does not affect its ability and responsibility to ensure its e-commerce services and customer satisfaction.",
        "组织确定本标准某些要求不适用时：说明理由；只有当不适用的要求不影响确保电子商务服务的能力和责任、也不影响增强顾客满意时，方可声称符合。",
    ),
    m(
        "4.2.2.c",
        "适宜时",
        "Where the organization finds it appropriate to make its strategy available to interested parties.",
        "组织认为适宜向相关方提供战略时。",
    ),
    m(
        "5.3",
        "当…时",
        "When the organization determines that the management system needs changing.",
        "组织确定需要变更电子商务管理体系时。",
    ),
    m(
        "6.1.6",
        "当…时",
        "When monitoring or measurement is used to verify that products and services conform.",
        "利用监视或测量来验证产品和服务符合要求时。",
    ),
    m(
        "6.2.c",
        "适用时",
        "Where people lack competence they need: actions to acquire it, and their effectiveness evaluated.",
        "人员缺少所需能力时：采取措施获得能力，并评价措施的有效性。",
    ),
    m(
        "6.4.3",
        "适用时",
        "Each control activity a)–d) as it applies to the kind of documented information (retention and disposal for records, change control for controlled documents).",
        "各项控制活动按成文信息的类别适用（记录的保留和处置、受控文件的变更控制等）。",
    ),
    m(
        "7.2.4",
        "若…时",
        "Reporting to the customer and retaining documented information: when customer property is lost, damaged or found unsuitable for use.",
        "报告顾客并保留成文信息：顾客财产发生丢失、损坏或发现不适用时。",
    ),
    m(
        "7.3.2.e",
        "适宜时",
        "Where the organization finds summarising and analysing order data appropriate, as it declares by providing for the analysis.",
        "组织认为适宜对订单数据进行汇总分析时（以其对分析作出的规定为准）。",
    ),
    m(
        "9.2",
        "当…",
        "When a nonconformity occurs, including one arising from a complaint.",
        "出现不符合（包括投诉引起的不符合）时。",
    ),
    m(
        "9.2.a",
        "适用时",
        "Dealing with consequences and controlling and correcting the nonconformity, as far as each applies to it.",
        "处置后果、控制和纠正不符合，按其适用情况。",
    ),
    m(
        "9.2.c",
        "所需",
        "The actions the evaluation under b) found needed.",
        "经评价确定需要采取的措施。",
    ),
    m(
        "9.2.e",
        "需要时",
        "When the nonconformity makes it necessary to update the risks and opportunities determined in planning.",
        "不符合使得需要更新策划时确定的风险和机遇时。",
    ),
    m(
        "9.2.f",
        "需要时",
        "When the nonconformity makes it necessary to change the management system.",
        "不符合使得需要变更电子商务管理体系时。",
    ),
];

const fn same(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    while let (Some((x, ra)), Some((y, rb))) = (a.split_first(), b.split_first()) {
        if *x != *y {
            return false;
        }
        a = ra;
        b = rb;
    }
    true
}

/// The condition of a catalog id, from [`CONDITIONAL_MARKERS`]; used while building the
/// catalog table.
pub(super) const fn condition_of(id: &str) -> Option<StaticText> {
    let mut rest = TABLE;
    while let Some((c, r)) = rest.split_first() {
        if same(c.id, id) {
            return Some(c.condition);
        }
        rest = r;
    }
    None
}
