//! 7.2.3 c) — 产品描述管理: the organization sets documented rules for product titles and
//! parameters (c.1) and for the further information customers need to understand a product
//! (c.2); listed products follow them.

use super::shared::emit_not_current;
use crate::common::is_default;
use crate::model::operation::operations::ListingStatus;
use crate::rules::prelude::*;

use super::shared::missing;

const LS: &str = "/operation/listing";

/// 7.2.3 c) 1): documented description rules for titles and parameters exist.
pub static DESCRIPTION_RULES: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.c.1-description-rules",
        clause: "7.2.3.c.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Major,
        kind: RuleKind::Relation,
        title: t(
            "Description rules for titles and parameters",
            "产品标题和参数描述准则",
        ),
        reasons: &[
            NOT_DOCUMENTED,
            NO_TITLE_RULES,
            NO_PARAMETER_RULES,
            DOCUMENT_NOT_CURRENT,
        ],
        covers: &[],
    },
    check: check_description_rules,
    obligations: None,
};

const NOT_DOCUMENTED: Reason = Reason::on_parameter(
    "requireDocumentedProcedures",
    "not-documented",
    "The product description rules have no documented information. The organization requires documented procedures; the standard asks for the process only.",
    "产品描述准则没有成文信息。组织要求形成成文信息（本标准只要求过程）。",
);
const NO_TITLE_RULES: Reason = Reason::new(
    "no-title-rules",
    "The product description rules have no rules for titles.",
    "产品描述准则没有产品标题准则。",
);
const NO_PARAMETER_RULES: Reason = Reason::new(
    "no-parameter-rules",
    "The product description rules have no rules for parameters.",
    "产品描述准则没有产品参数准则。",
);

const DOCUMENT_NOT_CURRENT: Reason = Reason::new(
    "document-not-current",
    "The product description rules is held in document '{document}', which is not the version in force ({status}).",
    "产品描述准则所在文件“{document}”不是现行有效版本（{status}）。",
);

fn check_description_rules(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let d = &ctx.doc.operation.listing.description_rules;
    // Default rules are not serialized: point at their parent then.
    let path = if is_default(d) {
        LS.to_owned()
    } else {
        format!("{LS}/descriptionRules")
    };
    missing(
        em,
        &path,
        &[],
        &[
            (
                d.document.is_none() && ctx.documentation_required(),
                &NOT_DOCUMENTED,
            ),
            (all_blank(&d.title_rules), &NO_TITLE_RULES),
            (all_blank(&d.parameter_rules), &NO_PARAMETER_RULES),
        ],
    );
    if let Some(id) = ctx.doc.operation.listing.description_rules.document {
        emit_not_current(
            ctx,
            em,
            &DOCUMENT_NOT_CURRENT,
            &format!("{LS}/descriptionRules"),
            id,
            &[],
        );
    }
}

/// 7.2.3 c) 1): each listed product has a title and parameters.
pub static PRODUCT_DESCRIBED: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.c.1-product-described",
        clause: "7.2.3.c.1",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Listed products have title and parameters",
            "上架产品有标题和参数",
        ),
        reasons: &[NO_TITLE, NO_PARAMETERS],
        covers: &[],
    },
    check: check_product_described,
    obligations: None,
};

const NO_TITLE: Reason = Reason::new(
    "no-title",
    "Listed product '{subject}' has no title.",
    "上架产品“{subject}”没有产品标题。",
);
const NO_PARAMETERS: Reason = Reason::new(
    "no-parameters",
    "Listed product '{subject}' has no parameters.",
    "上架产品“{subject}”没有产品参数。",
);

fn check_product_described(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    for (i, x) in ctx.doc.operation.listing.products.iter().enumerate() {
        if x.status != Some(ListingStatus::Listed) {
            continue;
        }
        missing(
            em,
            &format!("{LS}/products/{i}"),
            &[p("subject", &x.name)],
            &[
                (blank(&x.title), &NO_TITLE),
                (x.parameters.is_empty(), &NO_PARAMETERS),
            ],
        );
    }
}

/// 7.2.3 c) 2): the description rules name the further information customers need, and
/// each listed product gives it.
pub static CUSTOMER_INFORMATION: BuiltinRule = BuiltinRule {
    meta: RuleMeta {
        id: "ecms-7.2.3.c.2-customer-information",
        clause: "7.2.3.c.2",
        severity: Severity::Error,
        basis: Basis::Shall,
        grade: Grade::Minor,
        kind: RuleKind::Presence,
        title: t(
            "Further information for customers' understanding",
            "满足顾客认知的其他信息",
        ),
        reasons: &[RULES_NAME_NONE, PRODUCT_GIVES_NONE],
        covers: &[],
    },
    check: check_customer_information,
    obligations: None,
};

const RULES_NAME_NONE: Reason = Reason::new(
    "rules-name-none",
    "The description rules name no further information customers need.",
    "产品描述准则未规定满足顾客认知需求的其他信息。",
);
const PRODUCT_GIVES_NONE: Reason = Reason::new(
    "product-gives-none",
    "Listed product '{subject}' gives customers no further information (size guide, care, returns…).",
    "上架产品“{subject}”未向顾客提供其他相关信息（尺码、洗护、退换等）。",
);

fn check_customer_information(ctx: &Ctx<'_>, em: &mut Emitter<'_>) {
    let ls = &ctx.doc.operation.listing;
    if !is_default(&ls.description_rules) && all_blank(&ls.description_rules.other_information) {
        em.emit(&RULES_NAME_NONE, format!("{LS}/descriptionRules"), &[]);
    }
    for (i, x) in ls.products.iter().enumerate() {
        if x.status == Some(ListingStatus::Listed) && all_blank(&x.customer_information) {
            em.emit(
                &PRODUCT_GIVES_NONE,
                format!("{LS}/products/{i}"),
                &[p("subject", &x.name)],
            );
        }
    }
}
