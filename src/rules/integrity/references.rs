//! Reference integrity: ids are unique and references resolve. The check is generic — the
//! id index ([`crate::refs::IdIndex`]) finds every typed id with its kind — so no field
//! needs code of its own. Reported at 6.4.2 a) (identification of documented information).

use crate::refs::IdIndex;
use crate::rules::prelude::*;

/// 6.4.2 a): every record's id is used once.
pub static DUPLICATE_ID: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-ref-duplicate-id",
        clause: "6.4.2.a",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("Ids are unique", "标识唯一"),
        reasons: &[DUPLICATE],
        covers: &[],
    },
    check: check_duplicates,
    obligations: None,
};

const DUPLICATE: Reason = Reason::new(
    "duplicate",
    "The {kind} id {id} is also used at {first}.",
    "{kind}标识{id}重复，已在记录{first}处使用。",
);

fn check_duplicates(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    // Occurrence positions of every repeated definition and of its first one.
    let mut dups: Vec<(usize, usize)> = Vec::new();
    for (i, o) in ctx.ids.definitions() {
        if let Some(first) = ctx.ids.definition_of(o.kind, o.id).filter(|f| *f != i) {
            dups.push((i, first));
        }
    }
    if dups.is_empty() {
        return;
    }
    let positions: Vec<usize> = dups.iter().flat_map(|(i, f)| [*i, *f]).collect();
    let paths = IdIndex::paths(ctx.doc, &positions);
    for ((i, _), pair) in dups.iter().zip(paths.chunks(2)) {
        let (Some(o), [at, first]) = (ctx.ids.occurrences.get(*i), pair) else {
            continue;
        };
        let entity = |p: &str| p.strip_suffix("/id").unwrap_or(p).to_owned();
        em.emit(
            &DUPLICATE,
            entity(at),
            &[kind_param(o.kind), p("id", o.id), p("first", entity(first))],
        );
    }
}

/// 6.4.2 a): every reference points at an existing record of its kind.
pub static DANGLING: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-ref-dangling",
        clause: "6.4.2.a",
        severity: Severity::Error,
        basis: Basis::Integrity,
        grade: Grade::Minor,
        kind: RuleKind::Integrity,
        title: t("References point at existing records", "引用指向存在的记录"),
        reasons: &[NO_SUCH_RECORD],
        covers: &[],
    },
    check: check_dangling,
    obligations: None,
};

const NO_SUCH_RECORD: Reason = Reason::new(
    "no-such-record",
    "No {kind} with id {id} exists.",
    "不存在标识为{id}的{kind}。",
);

fn check_dangling(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let dangling: Vec<usize> = ctx
        .ids
        .references()
        .filter(|(_, o)| !ctx.ids.is_defined(o.kind, o.id))
        .map(|(i, _)| i)
        .collect();
    if dangling.is_empty() {
        return;
    }
    let paths = IdIndex::paths(ctx.doc, &dangling);
    for (i, path) in dangling.iter().zip(paths) {
        if let Some(o) = ctx.ids.occurrences.get(*i) {
            em.emit(&NO_SUCH_RECORD, path, &[kind_param(o.kind), p("id", o.id)]);
        }
    }
}

/// A parameter naming the kind of record an id names: the kind is recorded, the messages
/// show it in words (`contextFactor` → "context factor" / "内外部因素").
fn kind_param(kind: &'static str) -> (&'static str, String) {
    let zh = match kind {
        "contextFactor" => "内外部因素",
        "interestedParty" => "相关方",
        "exclusion" => "不适用声明",
        "legalEntity" => "法人实体",
        "site" => "场所",
        "store" => "网店",
        "complianceObligation" => "合规义务",
        "process" => "过程",
        "strategy" => "战略",
        "role" => "岗位",
        "person" => "人员",
        "communication" => "沟通",
        "risk" => "风险和机遇",
        "action" => "措施",
        "objective" => "目标",
        "change" => "变更",
        "resource" => "资源",
        "asset" => "基础设施",
        "instrument" => "监视和测量设备",
        "knowledge" => "知识",
        "competence" => "能力要求",
        "training" => "培训",
        "document" => "成文信息",
        "platform" => "平台",
        "product" => "产品",
        "priceChange" => "价格调整",
        "complaint" => "投诉",
        "customerProperty" => "顾客财产",
        "crisis" => "危机",
        "order" => "订单",
        "supplier" => "供方",
        "purchase" => "采购",
        "carrier" => "承运方",
        "channel" => "渠道",
        "warehouse" => "仓库",
        "paymentPlatform" => "支付平台",
        "campaign" => "营销活动",
        "system" => "信息系统",
        "fundControl" => "财务控制",
        "incident" => "信息安全事件",
        "kpi" => "绩效指标",
        "monitoring" => "监视测量",
        "benchmark" => "标杆对比",
        "audit" => "内部审核",
        "auditFinding" => "审核发现",
        "managementReview" => "管理评审",
        "nonconformity" => "不符合",
        "improvement" => "改进",
        "assessment" => "自我评估",
        _ => "记录",
    };
    let mut en = String::with_capacity(kind.len() + 4);
    for c in kind.chars() {
        if c.is_ascii_uppercase() {
            en.push(' ');
            en.push(c.to_ascii_lowercase());
        } else {
            en.push(c);
        }
    }
    if en == "kpi" {
        en = "KPI".to_owned();
    }
    pl("kind", kind, en, zh)
}
