//! The organization's own parameters: every number GB/T 36311—2018 does not state.
//!
//! The standard asks for time control of orders, for security incidents to be handled
//! effectively, for campaigns and actions to be evaluated, for risks to be addressed in
//! proportion to their potential impact — but it names no time limit, no share of orders,
//! no risk matrix. Where a rule needs such a number it reads a named parameter:
//!
//! * **in the document**, `policy.parameters` ([`Parameters`]); some have a more specific
//!   place as well (a record's own limit, e.g. `operation.security.incidentClosureLimit`),
//!   which wins over `policy.parameters`;
//! * **from the embedder**, [`crate::rules::Engine::set_parameters`]: the embedder's value is
//!   the default that the document may override;
//! * else the **library default** listed in [`catalog`] (and in `docs/parameters.md`). A
//!   default is this library's choice, not the standard's.
//!
//! So: record > `policy.parameters` > embedder > library default. A rule that rests on a
//! parameter has basis [`crate::rules::Basis::Policy`] and severity warning, and its message
//! says whether the limit is the organization's own or the default.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::StaticText;
use crate::common::{ExactDecimal, Interval, IntervalUnit};

/// The organization's parameters as a document (`policy.parameters`) or an embedder states
/// them; every field is optional, and an absent field takes the next source's value (see the
/// [module documentation](self)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Parameters {
    /// Share of orders, in percent, that must meet an order stage's time limit when the
    /// time limit itself states none (`minOnTimePercent`). Default 95.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_time_percent: Option<ExactDecimal>,
    /// Longest a security incident may stay open after detection, when
    /// `operation.security.incidentClosureLimit` is absent. Default 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_closure_limit: Option<Interval>,
    /// Time after a campaign's end within which it is evaluated, when
    /// `operation.marketing.campaignEvaluationWithin` is absent. Default 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_evaluation_within: Option<Interval>,
    /// Time after completion within which the effectiveness of a risk action or a training
    /// is evaluated, when the record plans no date. Default 3 months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness_evaluation_within: Option<Interval>,
    /// The risk matrix: rating scale and the scores from which a rating is medium or high.
    /// Default 5 × 5, medium from 6, high from 12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_matrix: Option<RiskMatrix>,
    /// Oldest the latest order record may be. Default 2 months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_records_max_age: Option<Interval>,
    /// Longest interval between internal audits the organization allows itself. Default
    /// none: the standard asks only for planned intervals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_interval_limit: Option<Interval>,
    /// Longest interval between management reviews the organization allows itself. Default
    /// none: the standard asks only for planned intervals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval_limit: Option<Interval>,
    /// How long a self-assessment, or top management's evidence of commitment, stays
    /// valid. Default 1 year (`policy.assessmentValidity` is read too, and wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_validity: Option<Interval>,
    /// Time after joining before a person must show competence, training and awareness
    /// evidence. Default 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joiner_grace_period: Option<Interval>,
    /// Whether processes the standard asks for, but not as documented information, must
    /// nevertheless be documented. Default `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_documented_procedures: Option<bool>,
    /// How far back a dated record counts as current evidence of an activity the standard
    /// asks for without saying how often (analysis and evaluation of data, use of monitoring
    /// information, evaluation of KPI results, consideration of results for improvement).
    /// Default 1 year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_window: Option<Interval>,
    /// Time within which every process is to have been in the scope of a completed internal
    /// audit. Default 1 year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_coverage_within: Option<Interval>,
}

/// A risk matrix: likelihood and impact each rated 1 to `scale`; their product is the
/// score; a score from `mediumFrom` is medium, from `highFrom` high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RiskMatrix {
    /// Highest rating of likelihood and of impact (2–10).
    pub scale: u8,
    /// Lowest score rated medium.
    pub medium_from: u8,
    /// Lowest score rated high.
    pub high_from: u8,
}

impl RiskMatrix {
    /// The default matrix: 5 × 5, medium from 6, high from 12.
    pub const DEFAULT: RiskMatrix = RiskMatrix {
        scale: 5,
        medium_from: 6,
        high_from: 12,
    };

    /// Whether the matrix makes sense: a scale of 2–10 and 1 < mediumFrom ≤ highFrom ≤
    /// scale².
    pub fn is_valid(&self) -> bool {
        let max = u16::from(self.scale) * u16::from(self.scale);
        (2..=10).contains(&self.scale)
            && self.medium_from > 1
            && self.medium_from <= self.high_from
            && u16::from(self.high_from) <= max
    }

    /// The score of a rating, when both values are on the scale.
    pub fn score(&self, likelihood: Option<u8>, impact: Option<u8>) -> Option<u8> {
        let on = |v: &u8| (1..=self.scale).contains(v);
        let l = likelihood.filter(on)?;
        let i = impact.filter(on)?;
        l.checked_mul(i)
    }

    /// The level of a score.
    pub fn level(&self, score: u8) -> crate::model::planning::RatingLevel {
        use crate::model::planning::RatingLevel;
        if score >= self.high_from {
            RatingLevel::High
        } else if score >= self.medium_from {
            RatingLevel::Medium
        } else {
            RatingLevel::Low
        }
    }
}

impl Default for RiskMatrix {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Where the value of a parameter came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Source {
    /// The document: a record's own value or `policy.parameters`.
    Document,
    /// The embedder ([`crate::rules::Engine::set_parameters`]).
    Embedder,
    /// The library default.
    Default,
}

/// A parameter's value in force, with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

impl<T: Copy> Setting<T> {
    /// Whether the organization's document set the value (and not the embedder or the
    /// library): messages then speak of "the organization's limit", else of "the default".
    pub fn is_organizations(&self) -> bool {
        self.source == Source::Document
    }

    /// The same setting, unless a record of the document states its own value.
    pub fn or_record(self, record: Option<T>) -> Self {
        match record {
            Some(value) => Setting {
                value,
                source: Source::Document,
            },
            None => self,
        }
    }
}

fn pick<T: Copy>(doc: Option<T>, embedder: Option<T>, default: T) -> Setting<T> {
    match (doc, embedder) {
        (Some(value), _) => Setting {
            value,
            source: Source::Document,
        },
        (None, Some(value)) => Setting {
            value,
            source: Source::Embedder,
        },
        (None, None) => Setting {
            value: default,
            source: Source::Default,
        },
    }
}

/// Library default of `onTimePercent`.
pub const DEFAULT_ON_TIME_PERCENT: Decimal = Decimal::from_parts(95, 0, 0, false, 0);
/// Library default of `incidentClosureLimit`.
pub const DEFAULT_INCIDENT_CLOSURE_LIMIT: Interval = Interval::days(30);
/// Library default of `campaignEvaluationWithin`.
pub const DEFAULT_CAMPAIGN_EVALUATION_WITHIN: Interval = Interval::days(30);
/// Library default of `effectivenessEvaluationWithin`.
pub const DEFAULT_EFFECTIVENESS_EVALUATION_WITHIN: Interval = Interval::months(3);
/// Library default of `orderRecordsMaxAge`.
pub const DEFAULT_ORDER_RECORDS_MAX_AGE: Interval = Interval::months(2);
/// Library default of `assessmentValidity`.
pub const DEFAULT_ASSESSMENT_VALIDITY: Interval = Interval::years(1);
/// Library default of `joinerGracePeriod`.
pub const DEFAULT_JOINER_GRACE_PERIOD: Interval = Interval::days(30);
/// Library default of `evidenceWindow`.
pub const DEFAULT_EVIDENCE_WINDOW: Interval = Interval::years(1);
/// Library default of `auditCoverageWithin`.
pub const DEFAULT_AUDIT_COVERAGE_WITHIN: Interval = Interval::years(1);

/// The parameters in force for one evaluation: every value resolved, with its source.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Effective {
    /// `onTimePercent`.
    pub on_time_percent: Setting<Decimal>,
    /// `incidentClosureLimit`.
    pub incident_closure_limit: Setting<Interval>,
    /// `campaignEvaluationWithin`.
    pub campaign_evaluation_within: Setting<Interval>,
    /// `effectivenessEvaluationWithin`.
    pub effectiveness_evaluation_within: Setting<Interval>,
    /// `riskMatrix` (an invalid matrix is replaced by the next source's).
    pub risk_matrix: Setting<RiskMatrix>,
    /// `orderRecordsMaxAge`.
    pub order_records_max_age: Setting<Interval>,
    /// `auditIntervalLimit` (no limit by default).
    pub audit_interval_limit: Setting<Option<Interval>>,
    /// `reviewIntervalLimit` (no limit by default).
    pub review_interval_limit: Setting<Option<Interval>>,
    /// `assessmentValidity`.
    pub assessment_validity: Setting<Interval>,
    /// `joinerGracePeriod`.
    pub joiner_grace_period: Setting<Interval>,
    /// `requireDocumentedProcedures`.
    pub require_documented_procedures: Setting<bool>,
    /// `evidenceWindow`.
    pub evidence_window: Setting<Interval>,
    /// `auditCoverageWithin`.
    pub audit_coverage_within: Setting<Interval>,
}

impl Default for Effective {
    fn default() -> Self {
        Self::resolve(&Parameters::default(), None, &Parameters::default())
    }
}

impl Effective {
    /// Resolves the document's parameters (`policy.parameters`, and the legacy
    /// `policy.assessmentValidity`) over the embedder's over the library defaults.
    pub fn resolve(
        doc: &Parameters,
        legacy_assessment_validity: Option<Interval>,
        embedder: &Parameters,
    ) -> Self {
        let matrix = |p: &Parameters| p.risk_matrix.filter(RiskMatrix::is_valid);
        let percent = |p: &Parameters| p.on_time_percent.map(|d| d.value());
        let some = |v: Option<Interval>| v.map(Some);
        Self {
            on_time_percent: pick(percent(doc), percent(embedder), DEFAULT_ON_TIME_PERCENT),
            incident_closure_limit: pick(
                doc.incident_closure_limit,
                embedder.incident_closure_limit,
                DEFAULT_INCIDENT_CLOSURE_LIMIT,
            ),
            campaign_evaluation_within: pick(
                doc.campaign_evaluation_within,
                embedder.campaign_evaluation_within,
                DEFAULT_CAMPAIGN_EVALUATION_WITHIN,
            ),
            effectiveness_evaluation_within: pick(
                doc.effectiveness_evaluation_within,
                embedder.effectiveness_evaluation_within,
                DEFAULT_EFFECTIVENESS_EVALUATION_WITHIN,
            ),
            risk_matrix: pick(matrix(doc), matrix(embedder), RiskMatrix::DEFAULT),
            order_records_max_age: pick(
                doc.order_records_max_age,
                embedder.order_records_max_age,
                DEFAULT_ORDER_RECORDS_MAX_AGE,
            ),
            audit_interval_limit: pick(
                some(doc.audit_interval_limit),
                some(embedder.audit_interval_limit),
                None,
            ),
            review_interval_limit: pick(
                some(doc.review_interval_limit),
                some(embedder.review_interval_limit),
                None,
            ),
            assessment_validity: pick(
                legacy_assessment_validity.or(doc.assessment_validity),
                embedder.assessment_validity,
                DEFAULT_ASSESSMENT_VALIDITY,
            ),
            joiner_grace_period: pick(
                doc.joiner_grace_period,
                embedder.joiner_grace_period,
                DEFAULT_JOINER_GRACE_PERIOD,
            ),
            require_documented_procedures: pick(
                doc.require_documented_procedures,
                embedder.require_documented_procedures,
                false,
            ),
            evidence_window: pick(
                doc.evidence_window,
                embedder.evidence_window,
                DEFAULT_EVIDENCE_WINDOW,
            ),
            audit_coverage_within: pick(
                doc.audit_coverage_within,
                embedder.audit_coverage_within,
                DEFAULT_AUDIT_COVERAGE_WITHIN,
            ),
        }
    }

    /// The parameters in force for a document, with the embedder's parameters.
    pub fn for_document(doc: &crate::EcmsDocument, embedder: &Parameters) -> Self {
        Self::resolve(
            &doc.policy.parameters,
            doc.policy.assessment_validity,
            embedder,
        )
    }
}

/// An interval in English words: "30 days", "1 year", "2 months", "1 week".
pub fn interval_en(i: Interval) -> String {
    let n = i.count();
    let unit = match (i.unit(), n == 1) {
        (IntervalUnit::Days, true) => "day",
        (IntervalUnit::Days, false) => "days",
        (IntervalUnit::Weeks, true) => "week",
        (IntervalUnit::Weeks, false) => "weeks",
        (IntervalUnit::Months, true) => "month",
        (IntervalUnit::Months, false) => "months",
        (IntervalUnit::Years, true) => "year",
        (IntervalUnit::Years, false) => "years",
    };
    format!("{n} {unit}")
}

/// An interval in Chinese: "30天", "1年", "6个月", "2周".
pub fn interval_zh(i: Interval) -> String {
    let unit = match i.unit() {
        IntervalUnit::Days => "天",
        IntervalUnit::Weeks => "周",
        IntervalUnit::Months => "个月",
        IntervalUnit::Years => "年",
    };
    format!("{}{unit}", i.count())
}

/// One parameter of the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ParameterInfo {
    /// Name, as written in `policy.parameters`.
    pub name: &'static str,
    /// The library default, as written in JSON (`null` for none).
    pub default: &'static str,
    /// Unit or type of the value.
    pub unit: &'static str,
    /// What it sets.
    pub description: StaticText,
    /// More specific places in the document that win over `policy.parameters`.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub also_in: &'static [&'static str],
    /// Ids of the rules that read it.
    pub rules: &'static [&'static str],
}

const fn info(
    name: &'static str,
    default: &'static str,
    unit: &'static str,
    en: &'static str,
    zh: &'static str,
    also_in: &'static [&'static str],
    rules: &'static [&'static str],
) -> ParameterInfo {
    ParameterInfo {
        name,
        default,
        unit,
        description: StaticText { en, zh },
        also_in,
        rules,
    }
}

static CATALOG: &[ParameterInfo] = &[
    info(
        "onTimePercent",
        "\"95\"",
        "percent (decimal string)",
        "Share of orders that must meet an order stage's time limit when the limit states no share of its own.",
        "订单各环节时间控制未规定达成率时，应在时限内处理的订单比例。",
        &["operation.supplyChain.orderPolicy.timeLimits[].minOnTimePercent"],
        &[
            "ecms-7.3.2.a.3-time-limits-default-target",
            "ecms-7.3.2.a.3-time-limits-met",
        ],
    ),
    info(
        "incidentClosureLimit",
        "\"P30D\"",
        "interval",
        "Longest a security incident may stay open after it is detected.",
        "信息安全事件自发现起允许保持未关闭的最长时间。",
        &["operation.security.incidentClosureLimit"],
        &["ecms-7.7.d-incident-open-too-long"],
    ),
    info(
        "campaignEvaluationWithin",
        "\"P30D\"",
        "interval",
        "Time after a campaign ends within which it is evaluated.",
        "营销活动结束后应完成评估的期限。",
        &["operation.marketing.campaignEvaluationWithin"],
        &["ecms-7.4.f-campaign-evaluated-in-time"],
    ),
    info(
        "effectivenessEvaluationWithin",
        "\"P3M\"",
        "interval",
        "Time after a risk action or a training is completed within which its effectiveness is evaluated, when no date is planned.",
        "风险应对措施或培训完成后、未策划评价日期时，应评价其有效性的期限。",
        &[
            "planning.risks[].actions[].effectiveness.due",
            "support.trainings[].evaluationDue",
        ],
        &[
            "ecms-5.1.2.c-evaluation-default-window",
            "ecms-6.2.c-training-effectiveness-default-window",
        ],
    ),
    info(
        "riskMatrix",
        "{\"scale\":5,\"mediumFrom\":6,\"highFrom\":12}",
        "object",
        "Risk matrix: rating scale of likelihood and impact, and the scores from which a rating is medium or high.",
        "风险矩阵：可能性和影响的评级范围，以及评为中、高的分值下限。",
        &[],
        &["ecms-5.1.1-risk-rated", "ecms-5.1.2-response-proportionate"],
    ),
    info(
        "orderRecordsMaxAge",
        "\"P2M\"",
        "interval",
        "Oldest the latest order record may be.",
        "最近一次订单记录距评价日期的最长时间。",
        &[],
        &["ecms-7.3.2-order-records-current"],
    ),
    info(
        "auditIntervalLimit",
        "null",
        "interval or none",
        "Longest interval between internal audits the organization allows itself; none by default (the standard asks for planned intervals only).",
        "组织自行规定的内部审核最长间隔；默认不设（标准只要求按策划的时间间隔）。",
        &[],
        &["ecms-8.2.a-audit-frequency-yearly"],
    ),
    info(
        "reviewIntervalLimit",
        "null",
        "interval or none",
        "Longest interval between management reviews the organization allows itself; none by default (the standard asks for planned intervals only).",
        "组织自行规定的管理评审最长间隔；默认不设（标准只要求按策划的时间间隔）。",
        &[],
        &["ecms-8.3.1-review-interval-yearly"],
    ),
    info(
        "assessmentValidity",
        "\"P1Y\"",
        "interval",
        "How long a self-assessment, or top management's dated evidence of commitment, stays valid.",
        "自评或最高管理者承诺证据的有效期。",
        &["policy.assessmentValidity"],
        &[
            "ecms-assessment-stale",
            "ecms-4.1.1-commitment-evidence",
            "ecms-4.1.2-customer-focus-evidence",
        ],
    ),
    info(
        "joinerGracePeriod",
        "\"P30D\"",
        "interval",
        "Time after a person joins before competence, role and awareness evidence is required.",
        "人员入职后、要求其提供能力、岗位和意识证据之前的宽限期。",
        &[],
        &[
            "ecms-6.2.b-person-competent",
            "ecms-6.3-awareness",
            "ecms-6.1.2-person-without-role",
            "ecms-7.7.a-awareness-training-overdue",
        ],
    ),
    info(
        "requireDocumentedProcedures",
        "false",
        "boolean",
        "Whether processes the standard asks for, but not as documented information, must be documented all the same.",
        "标准只要求过程、未要求成文信息时，是否仍要求形成文件。",
        &[],
        &[
            "ecms-7.2.4-service-procedure",
            "ecms-7.4-marketing-procedure",
            "ecms-7.5-information-procedure",
            "ecms-7.2.3-listing-procedure",
            "ecms-6.1.5.a-technology-procedure",
            "ecms-6.1.5.e-review-procedure",
            "ecms-3.4-process-documented",
            "ecms-4.3-role-communicated",
            "ecms-6.1.7-knowledge-maintained",
            "ecms-7.2.1-operating-model",
            "ecms-7.2.2-platform-strategy",
            "ecms-7.2.3.a-listing-strategy",
            "ecms-7.2.3.c.1-description-rules",
            "ecms-7.2.3.d.1-pricing-principles",
            "ecms-7.3.1-plan-documented",
            "ecms-7.3.2-order-policy",
            "ecms-7.3.3.2-provider-procedure",
            "ecms-7.3.4-procedure",
            "ecms-7.3.5-procedure",
            "ecms-7.3.6-procedure",
            "ecms-7.3.7-procedure",
            "ecms-7.6-financial-control-defined",
            "ecms-7.6-fund-procedures",
            "ecms-8.1.4.2-kpi-definition",
        ],
    ),
    info(
        "evidenceWindow",
        "\"P1Y\"",
        "interval",
        "How far back a dated record counts as current evidence of an activity the standard asks for without saying how often: analysis and evaluation of data, decisions on monitoring information, evaluation of KPI results, consideration of analysis and review results for improvement. Without any such record the shall is not met; with only older ones it is a warning.",
        "标准要求开展但未规定频次的活动（数据分析评价、利用监视信息决策、关键绩效指标结果评价、考虑分析和评审结果以改进），其有日期的记录在多长时间内视为现行证据。完全没有记录时不符合标准要求；只有更早的记录时给出警告。",
        &[],
        &[
            "ecms-8.1.2-monitoring-used",
            "ecms-8.1.4.1-data-analysed",
            "ecms-8.1.4.2-kpi-evaluated",
            "ecms-8.1.4.4-evaluation-items",
            "ecms-9.3-review-outputs-considered",
            "ecms-9.3-analysis-results-considered",
            "ecms-7.7.d-incident-open-too-long",
        ],
    ),
    info(
        "auditCoverageWithin",
        "\"P1Y\"",
        "interval",
        "Time within which every process is to have been in the scope of a completed internal audit (the standard asks the programme to consider the importance of processes, not for a cycle).",
        "每个过程应在多长时间内至少纳入一次已实施内部审核的范围（标准只要求审核方案考虑过程的重要性，未规定周期）。",
        &[],
        &["ecms-8.2-processes-audited"],
    ),
];

/// Every parameter: name, default, unit, description and the rules that read it.
pub fn catalog() -> &'static [ParameterInfo] {
    CATALOG
}

/// A parameter of the catalog by name.
pub fn parameter(name: &str) -> Option<&'static ParameterInfo> {
    CATALOG.iter().find(|p| p.name == name)
}

/// The unit or type of a parameter ([`ParameterInfo::unit`]) in Chinese: "interval" is
/// 时间间隔, "boolean" 布尔值 and so on. A unit this function does not know gives the
/// neutral 取值 ("value"), never Latin text.
///
/// ```
/// assert_eq!(ecms::params::unit_zh("boolean"), "布尔值");
/// for p in ecms::params::catalog() {
///     assert!(!ecms::params::unit_zh(p.unit).is_ascii());
/// }
/// ```
pub fn unit_zh(unit: &str) -> &'static str {
    match unit {
        "percent (decimal string)" => "百分比（小数字符串）",
        "percent" => "百分比",
        "decimal string" | "decimal" => "小数（字符串）",
        "interval" => "时间间隔",
        "interval or none" => "时间间隔或不设",
        "boolean" => "布尔值",
        "object" => "对象",
        "risk matrix" => "风险矩阵",
        "integer" | "count" => "整数",
        "days" => "天数",
        "text" | "string" => "文本",
        _ => "取值",
    }
}
