//! 7.3.6 — 仓储管理: warehouses are recorded under a documented warehouse management
//! procedure that covers site selection, safe placement, use of equipment, movement of goods,
//! picking routes and a stock-level alert system (a–f); each warehouse sets alert thresholds
//! for its stock, and alerts that fire are acted upon.

use super::super::shared::emit_not_current;
use crate::rules::prelude::*;

use super::shared::{SC, missing_at, sc};

/// 7.3.6: at least one warehouse is recorded.
pub static RECORDED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.6-warehouses-recorded",
        clause: "7.3.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Presence,
        title: t("Warehouses recorded", "记录仓储设置"),
        reasons: &[NO_WAREHOUSE],
        covers: &[],
    },
    check: check_recorded,
    obligations: None,
};

const NO_WAREHOUSE: Reason = Reason::new("none", "No warehouse is recorded.", "未记录任何仓库。");

fn check_recorded(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    if sc(ctx).warehouses.is_empty() {
        em.emit(&NO_WAREHOUSE, SC, &[]);
    }
}

/// 7.3.6: the warehouse management procedure is recorded and held as documented
/// information.
pub static PROCEDURE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.6-procedure",
        clause: "7.3.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Warehouse management procedure", "仓储管理程序"),
        reasons: &[NOT_RECORDED, NOT_DOCUMENTED, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_procedure,
    obligations: None,
};

const NOT_RECORDED: Reason = Reason::new(
    "not-recorded",
    "The warehouse management procedure is not recorded.",
    "仓储管理程序未记录。",
);

const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The warehouse management procedure is not held as documented information. The organization requires documented procedures; the standard asks for the process only.",
    "仓储管理程序未形成成文信息。组织要求形成成文信息（本标准只要求过程）。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The warehouse management procedure is held in document '{document}', which is not the version in force ({status}).",
    "仓储管理程序所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_procedure(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    match &sc(ctx).warehouse_procedure {
        None => em.emit(&NOT_RECORDED, SC, &[]),
        Some(w) if w.document.is_none() && ctx.documentation_required() => {
            em.emit(&NOT_DOCUMENTED, format!("{SC}/warehouseProcedure"), &[]);
        }
        Some(_) => {}
    }
    if let Some(id) = sc(ctx)
        .warehouse_procedure
        .as_ref()
        .and_then(|x| x.document)
    {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{SC}/warehouseProcedure"),
            id,
            &[],
        );
    }
}

/// 7.3.6 a)–f): the procedure covers each item, and each warehouse records why it is where
/// it is (a), each reported at its item.
pub static PROCEDURE_ITEMS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.6-procedure-items",
        clause: "7.3.6",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t("Warehouse procedure covers a)–f)", "仓储管理程序覆盖a)–f)"),
        reasons: &[
            NO_SITE_SELECTION,
            NO_SAFE_PLACEMENT,
            NO_EQUIPMENT_USE,
            NO_GOODS_MOVEMENT,
            NO_PICKING_ROUTES,
            NO_STOCK_ALERTS,
            NO_SITE_RATIONALE,
        ],
        covers: &[
            "7.3.6.a", "7.3.6.b", "7.3.6.c", "7.3.6.d", "7.3.6.e", "7.3.6.f",
        ],
    },
    check: check_procedure_items,
    obligations: None,
};

const NO_SITE_SELECTION: Reason = Reason::new(
    "no-site-selection",
    "The warehouse management procedure does not cover warehouse site selection.",
    "仓储管理程序未包括仓库地址选择。",
);

const NO_SAFE_PLACEMENT: Reason = Reason::new(
    "no-safe-placement",
    "The warehouse management procedure does not cover sound and safe placement of products.",
    "仓储管理程序未包括产品合理、安全放置。",
);

const NO_EQUIPMENT_USE: Reason = Reason::new(
    "no-equipment-use",
    "The warehouse management procedure does not cover effective use of equipment.",
    "仓储管理程序未包括设备的有效使用。",
);

const NO_GOODS_MOVEMENT: Reason = Reason::new(
    "no-goods-movement",
    "The warehouse management procedure does not cover easy access to and movement of goods.",
    "仓储管理程序未包括货物的方便存取和有效移动。",
);

const NO_PICKING_ROUTES: Reason = Reason::new(
    "no-picking-routes",
    "The warehouse management procedure does not cover picking routes.",
    "仓储管理程序未包括仓库配货路线设置。",
);

const NO_STOCK_ALERTS: Reason = Reason::new(
    "no-stock-alerts",
    "The warehouse management procedure does not cover a stock-level alert system.",
    "仓储管理程序未包括存量预警系统。",
);

const NO_SITE_RATIONALE: Reason = Reason::new(
    "no-site-rationale",
    "Warehouse '{subject}' does not cover the reasons for its location.",
    "仓库“{subject}”未包括选址理由。",
);

fn check_procedure_items(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let s = sc(ctx);
    if let Some(w) = &s.warehouse_procedure {
        missing_at(
            em,
            &format!("{SC}/warehouseProcedure"),
            &[],
            &[
                ("7.3.6.a", blank(&w.site_selection), &NO_SITE_SELECTION),
                ("7.3.6.b", blank(&w.safe_placement), &NO_SAFE_PLACEMENT),
                ("7.3.6.c", blank(&w.equipment_use), &NO_EQUIPMENT_USE),
                ("7.3.6.d", blank(&w.goods_movement), &NO_GOODS_MOVEMENT),
                ("7.3.6.e", blank(&w.picking_routes), &NO_PICKING_ROUTES),
                ("7.3.6.f", blank(&w.stock_alerts), &NO_STOCK_ALERTS),
            ],
        );
    }
    for (i, w) in s.warehouses.iter().enumerate() {
        missing_at(
            em,
            &format!("{SC}/warehouses/{i}"),
            &[p("subject", &w.name)],
            &[("7.3.6.a", blank(&w.site_rationale), &NO_SITE_RATIONALE)],
        );
    }
}

/// 7.3.6 f): each warehouse records its stock alert system and stock lines, each line with a
/// low-stock alert threshold.
pub static STOCK_ALERT_THRESHOLDS: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.6.f-stock-alert-thresholds",
        clause: "7.3.6.f",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Stock alert thresholds set", "设定存量预警值"),
        reasons: &[NO_ALERT_SYSTEM, NO_STOCK_LINES, NO_THRESHOLD],
        covers: &[],
    },
    check: check_stock_thresholds,
    obligations: None,
};

const NO_ALERT_SYSTEM: Reason = Reason::new(
    "no-alert-system",
    "{subject}: no stock alert system is recorded.",
    "{subject}：未记录存量预警系统。",
);

const NO_STOCK_LINES: Reason = Reason::new(
    "no-stock-lines",
    "{subject}: no stock lines with alert thresholds are recorded.",
    "{subject}：未记录带预警值的库存明细。",
);

const NO_THRESHOLD: Reason = Reason::new(
    "no-threshold",
    "{subject}: SKU {sku} has no low-stock alert threshold.",
    "{subject}：SKU {sku}未设定低库存预警值。",
);

fn check_stock_thresholds(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, w) in sc(ctx).warehouses.iter().enumerate() {
        let path = format!("{SC}/warehouses/{i}");
        if blank(&w.alert_system) {
            em.emit(&NO_ALERT_SYSTEM, &path, &[p("subject", &w.name)]);
        }
        if w.stock.is_empty() {
            em.emit(&NO_STOCK_LINES, &path, &[p("subject", &w.name)]);
        }
        for (k, line) in w.stock.iter().enumerate() {
            if line.alert_threshold.is_none() {
                em.emit(
                    &NO_THRESHOLD,
                    format!("{path}/stock/{k}"),
                    &[p("subject", &w.name), p("sku", &line.sku)],
                );
            }
        }
    }
}

/// Good practice: a stock line at or below its alert threshold has a replenishment raised.
pub static STOCK_ALERT_ACTED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.3.6.f-stock-alert-acted",
        clause: "7.3.6.f",
        severity: Severity::Warning,
        basis: Basis::Policy,
        grade: Grade::Minor,
        kind: RuleKind::Threshold,
        title: t("Stock alerts acted upon", "存量预警得到处理"),
        reasons: &[NOT_ACTED],
        covers: &[],
    },
    check: check_stock_alert_acted,
    obligations: None,
};

const NOT_ACTED: Reason = Reason::new(
    "no-replenishment",
    "{subject}: SKU {sku} has {on_hand} units, at or below its alert threshold of {threshold}, and no replenishment is recorded.",
    "{subject}：SKU {sku}库存{on_hand}件，已不高于预警值{threshold}，但未记录补货。",
);

fn check_stock_alert_acted(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, w) in sc(ctx).warehouses.iter().enumerate() {
        for (k, line) in w.stock.iter().enumerate() {
            let (Some(on_hand), Some(threshold)) = (line.on_hand, line.alert_threshold) else {
                continue;
            };
            if on_hand <= threshold && line.replenishment_raised.is_none() {
                em.emit(
                    &NOT_ACTED,
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
