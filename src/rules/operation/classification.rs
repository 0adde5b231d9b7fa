//! 7.2.3 b) — 产品分类管理: the organization draws up documented criteria for classifying its
//! products (b.1), classifies its products by them, and optimises the criteria periodically
//! (b.2).

use super::shared::emit_not_current;
use crate::common::is_default;
use crate::model::EcmsDocument;
use crate::rules::obligations::{Duty, Evidence, Sink, emit_overdue};
use crate::rules::prelude::*;

use super::shared::missing;

const LS: &str = "/operation/listing";

/// 7.2.3 b) 1): documented classification criteria with their categories exist.
pub static CRITERIA: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.b.1-classification-criteria",
        clause: "7.2.3.b.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t("Product classification criteria", "编制产品分类准则"),
        reasons: &[NO_CRITERIA, NO_CATEGORIES, DOCUMENT_NOT_CURRENT],
        covers: &[],
    },
    check: check_criteria,
    obligations: None,
};

const NO_CRITERIA: Reason = Reason::new(
    "no-criteria",
    "The product classification has no documented classification criteria.",
    "产品分类管理没有成文的分类准则。",
);
const NO_CATEGORIES: Reason = Reason::new(
    "no-categories",
    "The product classification has no categories.",
    "产品分类管理没有产品类别。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The classification criteria are held in document '{document}', which is not the version in force ({status}).",
    "分类准则所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_criteria(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let c = &ctx.doc.operation.listing.classification;
    // A default classification is not serialized: point at its parent then.
    let path = if is_default(c) {
        LS.to_owned()
    } else {
        format!("{LS}/classification")
    };
    missing(
        em,
        &path,
        &[],
        &[
            (c.criteria.is_none(), &NO_CRITERIA),
            (all_blank(&c.categories), &NO_CATEGORIES),
        ],
    );
    if let Some(id) = c.criteria {
        emit_not_current(ctx, em, &DOCUMENT_NOT_CURRENT, &path, id, &[]);
    }
}

/// 7.2.3 b) 1): each product is in a category of the classification criteria.
pub static PRODUCT_CLASSIFIED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.b.1-product-classified",
        clause: "7.2.3.b.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Products classified by the criteria",
            "按分类准则对产品分类",
        ),
        reasons: &[UNCLASSIFIED],
        covers: &[],
    },
    check: check_product_classified,
    obligations: None,
};

const UNCLASSIFIED: Reason = Reason::new(
    "unclassified",
    "Product '{subject}' is not in a category of the classification criteria (category: {category}).",
    "产品“{subject}”未归入分类准则规定的类别（类别：{category}）。",
);

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
            em.emit(
                &UNCLASSIFIED,
                format!("{LS}/products/{i}"),
                &[
                    p("subject", &x.name),
                    x.category
                        .as_deref()
                        .map(|c| p("category", c))
                        .unwrap_or_else(|| pl("category", "-", "none", "未填写")),
                ],
            );
        }
    }
}

/// 7.2.3 b) 2): the classification criteria are optimised at the interval declared.
pub static OPTIMISATION_OVERDUE: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.b.2-criteria-optimisation-overdue",
        clause: "7.2.3.b.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Time,
        title: t(
            "Classification criteria optimised periodically",
            "定期优化分类准则",
        ),
        reasons: &[OVERDUE],
        covers: &[],
    },
    check: |ctx, em| emit_overdue(ctx, em, &OVERDUE),
    obligations: Some(optimisation_duties),
};

const OVERDUE: Reason = Reason::new(
    "overdue",
    "The optimisation of the classification criteria was due on {due} (interval {interval}, last {last}).",
    "产品分类准则应于{due}优化（周期{interval}，上次{last}）。",
);

fn optimisation_duties(doc: &EcmsDocument, out: &mut Sink<'_>) {
    let c = &doc.operation.listing.classification;
    if !is_default(c) {
        out.push(Duty {
            path: format!("{LS}/classification"),
            subject: "Product classification criteria".into(),
            activity: t("optimisation of classification criteria", "分类准则优化"),
            interval: c.optimisation.interval,
            last_done: c.optimisation.last_done,
            anchor: None,
            evidence: Evidence::Schedule(c.optimisation.record),
        });
    }
}
