//! Chapter 7 rules except 7.3: each broken by an edited dataset, each quiet on the bundled
//! dataset.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use serde_json::{Value, json};

const RULES: &[&str] = &[
    "ecms-7.1-key-processes-identified",
    "ecms-7.1-key-process-planned",
    "ecms-7.1.a-execution-records",
    "ecms-7.1.b-conformity-records",
    "ecms-7.1-outsourced-process-controlled",
    "ecms-7.2.1-operating-model",
    "ecms-7.2.1.a-areas-covered",
    "ecms-7.2.1.b-target-customers",
    "ecms-7.2.1.c-process-verification",
    "ecms-7.2.1.d-process-measures",
    "ecms-7.2.1.e-feedback-channels",
    "ecms-7.2.1.e-feedback-evaluation-overdue",
    "ecms-7.2.1.f-process-responsibility",
    "ecms-7.2.1-review-intervals",
    "ecms-7.2.2-platform-strategy",
    "ecms-7.2.2-strategy-criteria",
    "ecms-7.2.2-platforms-selected",
    "ecms-7.2.2-platform-assessed",
    "ecms-7.2.2-platform-review-overdue",
    "ecms-7.2.2-review-intervals",
    "ecms-7.2.3-listing-procedure",
    "ecms-7.2.3.a-listing-strategy",
    "ecms-7.2.3.a.3-requirements-review-overdue",
    "ecms-7.2.3.a.6-outcome-evaluation-overdue",
    "ecms-7.2.3.a.2-listing-records",
    "ecms-7.2.3.b.1-classification-criteria",
    "ecms-7.2.3.b.1-product-classified",
    "ecms-7.2.3.b.2-criteria-optimisation-overdue",
    "ecms-7.2.3.c.1-description-rules",
    "ecms-7.2.3.c.1-product-described",
    "ecms-7.2.3.c.2-customer-information",
    "ecms-7.2.3.d.1-pricing-principles",
    "ecms-7.2.3.d.2-approval-mechanism",
    "ecms-7.2.3.d.2-price-change-approved",
    "ecms-7.2.3.d.2-price-approver-authorized",
    "ecms-7.2.3.d.2-price-self-approval",
    "ecms-7.2.3-product-identifiable",
    "ecms-7.2.3-product-traceable",
    "ecms-7.2.3-review-intervals",
    "ecms-7.2.4-service-procedure",
    "ecms-7.2.4-service-arrangements",
    "ecms-7.2.4-staff-evaluation",
    "ecms-7.2.4-staff-evaluation-overdue",
    "ecms-7.2.4.f-complaint-record",
    "ecms-7.2.4.f-complaint-resolution-time",
    "ecms-7.2.4.f-refund-approved",
    "ecms-7.2.4-customer-property-controlled",
    "ecms-7.2.4-property-incident-reported",
    "ecms-7.2.4-property-incident-recorded",
    "ecms-7.2.4-review-intervals",
    "ecms-7.2.5-crisis-plan",
    "ecms-7.2.5-scenario-complete",
    "ecms-7.2.5-exercise-overdue",
    "ecms-7.2.5.e-exercise-evaluated",
    "ecms-7.2.5.e-evaluation-overdue",
    "ecms-7.2.5-review-intervals",
    "ecms-7.4-marketing-procedure",
    "ecms-7.4.a-data-sources",
    "ecms-7.4.b-analysis-overdue",
    "ecms-7.4.b-campaign-data-basis",
    "ecms-7.4.c-campaign-planned",
    "ecms-7.4.c-campaign-approved-before-start",
    "ecms-7.4.d-campaign-resources",
    "ecms-7.4.e-campaign-supervised",
    "ecms-7.4.f-campaign-evaluated",
    "ecms-7.4.f-process-evaluation-overdue",
    "ecms-7.4-review-intervals",
    "ecms-7.5-information-procedure",
    "ecms-7.5-information-flows",
    "ecms-7.5-flow-handling",
    "ecms-7.5-systems-determined",
    "ecms-7.5-system-owner",
    "ecms-7.5-system-maintenance-overdue",
    "ecms-7.5-review-intervals",
    "ecms-7.6-financial-control-functions",
    "ecms-7.6-financial-control-defined",
    "ecms-7.6-financial-control-overdue",
    "ecms-7.6-fund-procedures",
    "ecms-7.6-review-intervals",
    "ecms-7.7-security-policy",
    "ecms-7.7.a-awareness-training-overdue",
    "ecms-7.7.b-responsibilities-assigned",
    "ecms-7.7.c-technical-measures",
    "ecms-7.7.c-systems-protected",
    "ecms-7.7.d-incident-handled",
    "ecms-7.7.d-incident-open-too-long",
    "ecms-7.7.e-risk-controls",
    "ecms-7.7.e-risk-review-overdue",
    "ecms-7.7.f-risk-areas",
    "ecms-7.7-review-intervals",
];

/// Breaks the dataset with `edit` and asserts `rule` fires at `clause` and `path`.
fn fires(edit: impl FnOnce(&mut Value), rule: &str, clause: &str, path: &str) {
    assert_fires(&broken(edit), rule, clause, path);
}

/// Removes a key from the object at `pointer`.
fn drop_key(v: &mut Value, pointer: &str, key: &str) {
    obj(v, pointer).remove(key);
}

const OP: &str = "/operation";

#[test]
fn dataset_satisfies_every_chapter_7_rule_except_7_3() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
    let ids: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .filter(|id| {
            [
                "ecms-7.1", "ecms-7.2", "ecms-7.4", "ecms-7.5", "ecms-7.6", "ecms-7.7",
            ]
            .iter()
            .any(|p| id.starts_with(p))
        })
        .collect();
    assert_eq!(
        ids.len(),
        RULES.len(),
        "RULES lists every rule of the module"
    );
}

#[test]
fn whole_report_is_clean_for_chapter_7() {
    let r = ecms::rules::evaluate(&dataset(), as_of());
    let mine: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.clause.starts_with('7') && !f.clause.starts_with("7.3"))
        .collect();
    assert!(mine.is_empty(), "{mine:#?}");
}

#[test]
fn assessed_requirement_needs_a_self_assessment() {
    // (Re-pointed rather than removed: an empty `assessments` array is not serialized.)
    let d = broken(|v| {
        for a in arr(v, "/assessments") {
            if a["requirement"] == "7.2.4.g" {
                a["requirement"] = json!("7.2.4.f");
            }
        }
    });
    assert_fires(&d, "ecms-assessment-missing", "7.2.4.g", "/assessments");
}

// ------------------------------------------------------------------------------------- 7.1

#[test]
fn no_key_process() {
    fires(
        |v| {
            for p in arr(v, "/context/processes") {
                p["key"] = json!(false);
            }
        },
        "ecms-7.1-key-processes-identified",
        "7.1",
        "/context/processes",
    );
}

#[test]
fn key_process_without_control_plan() {
    fires(
        |v| {
            arr(v, "/operation/processControls").remove(0);
        },
        "ecms-7.1-key-process-planned",
        "7.1",
        "/context/processes/1",
    );
    fires(
        |v| drop_key(v, "/operation/processControls/2", "criteria"),
        "ecms-7.1-key-process-planned",
        "7.1",
        "/operation/processControls/2",
    );
    fires(
        |v| drop_key(v, "/operation/processControls/0", "purpose"),
        "ecms-7.1-key-process-planned",
        "7.1",
        "/operation/processControls/0",
    );
}

#[test]
fn key_process_records() {
    fires(
        |v| drop_key(v, "/operation/processControls/1", "executionRecords"),
        "ecms-7.1.a-execution-records",
        "7.1.a",
        "/operation/processControls/1",
    );
    fires(
        |v| drop_key(v, "/operation/processControls/6", "conformityRecords"),
        "ecms-7.1.b-conformity-records",
        "7.1.b",
        "/operation/processControls/6",
    );
    // A control plan for a process that is not key is not held to 7.1 a)/b).
    let d = broken(|v| {
        v["context"]["processes"][1]["key"] = json!(false);
        drop_key(v, "/operation/processControls/0", "executionRecords");
    });
    assert_quiet(&d, "ecms-7.1.a-execution-records");
}

#[test]
fn outsourced_process_without_provider_or_controls() {
    // Marketing (process 8) outsourced to an agency without naming it or controlling it.
    let d = broken(|v| v["context"]["processes"][7]["outsourced"] = json!(true));
    let fs = assert_fires(
        &d,
        "ecms-7.1-outsourced-process-controlled",
        "7.1",
        "/context/processes/7",
    );
    assert_eq!(fs.len(), 2);
    // Warehousing outsourced: it has a control plan, but names no provider.
    let d = broken(|v| v["context"]["processes"][6]["outsourced"] = json!(true));
    let fs = assert_fires(
        &d,
        "ecms-7.1-outsourced-process-controlled",
        "7.1",
        "/context/processes/6",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["what"], "named external provider");
}

// ----------------------------------------------------------------------------------- 7.2.1

#[test]
fn operating_model_missing() {
    fires(
        |v| {
            obj(v, OP).remove("operatingModel");
        },
        "ecms-7.2.1-operating-model",
        "7.2.1",
        "/operation/operatingModel",
    );
    fires(
        |v| drop_key(v, "/operation/operatingModel", "document"),
        "ecms-7.2.1-operating-model",
        "7.2.1",
        "/operation/operatingModel",
    );
}

#[test]
fn operations_area_missing() {
    let d = broken(|v| {
        arr(v, "/operation/operatingModel/processes").retain(|p| p["area"] != "crisisManagement")
    });
    let fs = assert_fires(
        &d,
        "ecms-7.2.1.a-areas-covered",
        "7.2.1.a",
        "/operation/operatingModel",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["area"], "crisisManagement");
}

#[test]
fn target_customers() {
    fires(
        |v| drop_key(v, "/operation/operatingModel", "targetCustomers"),
        "ecms-7.2.1.b-target-customers",
        "7.2.1.b",
        "/operation/operatingModel",
    );
    fires(
        |v| drop_key(v, "/operation/operatingModel/targetCustomers/1", "needs"),
        "ecms-7.2.1.b-target-customers",
        "7.2.1.b",
        "/operation/operatingModel/targetCustomers/1",
    );
}

#[test]
fn operations_process_items() {
    fires(
        |v| drop_key(v, "/operation/operatingModel/processes/2", "verification"),
        "ecms-7.2.1.c-process-verification",
        "7.2.1.c",
        "/operation/operatingModel/processes/2",
    );
    fires(
        |v| v["operation"]["operatingModel"]["processes"][1]["measures"] = json!([" "]),
        "ecms-7.2.1.d-process-measures",
        "7.2.1.d",
        "/operation/operatingModel/processes/1",
    );
    fires(
        |v| drop_key(v, "/operation/operatingModel/processes/3", "responsible"),
        "ecms-7.2.1.f-process-responsibility",
        "7.2.1.f",
        "/operation/operatingModel/processes/3",
    );
    fires(
        |v| drop_key(v, "/operation/operatingModel/processes/0", "authorities"),
        "ecms-7.2.1.f-process-responsibility",
        "7.2.1.f",
        "/operation/operatingModel/processes/0",
    );
}

#[test]
fn customer_feedback() {
    fires(
        |v| drop_key(v, "/operation/operatingModel/feedback", "channels"),
        "ecms-7.2.1.e-feedback-channels",
        "7.2.1.e",
        "/operation/operatingModel",
    );
    // Last evaluated 2026-04-08 every P3M: due 2026-07-08.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-7.2.1.e-feedback-evaluation-overdue",
        date(2026, 7, 8),
    );
    assert_fires_on(
        &d,
        "ecms-7.2.1.e-feedback-evaluation-overdue",
        "7.2.1.e",
        "/operation/operatingModel/feedback",
        date(2026, 7, 9),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/operatingModel/feedback/evaluation",
                "interval",
            )
        },
        "ecms-7.2.1-review-intervals",
        "7.2.1.e",
        "/operation/operatingModel/feedback",
    );
}

// ----------------------------------------------------------------------------------- 7.2.2

#[test]
fn platform_strategy() {
    fires(
        |v| drop_key(v, "/operation/platformSelection", "strategy"),
        "ecms-7.2.2-platform-strategy",
        "7.2.2",
        "/operation/platformSelection",
    );
    fires(
        |v| drop_key(v, "/operation/platformSelection/strategy", "document"),
        "ecms-7.2.2-platform-strategy",
        "7.2.2",
        "/operation/platformSelection/strategy",
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/platformSelection/strategy",
                "customerFitCriteria",
            )
        },
        "ecms-7.2.2-strategy-criteria",
        "7.2.2.a",
        "/operation/platformSelection/strategy",
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/platformSelection/strategy",
                "outlookCriteria",
            )
        },
        "ecms-7.2.2-strategy-criteria",
        "7.2.2.b",
        "/operation/platformSelection/strategy",
    );
}

#[test]
fn platforms() {
    fires(
        |v| {
            for p in arr(v, "/operation/platformSelection/platforms") {
                p["status"] = json!("withdrawn");
            }
        },
        "ecms-7.2.2-platforms-selected",
        "7.2.2",
        "/operation/platformSelection",
    );
    // The candidate platform must be assessed too.
    fires(
        |v| drop_key(v, "/operation/platformSelection/platforms/2", "outlook"),
        "ecms-7.2.2-platform-assessed",
        "7.2.2.b",
        "/operation/platformSelection/platforms/2",
    );
    fires(
        |v| drop_key(v, "/operation/platformSelection/platforms/0", "customerFit"),
        "ecms-7.2.2-platform-assessed",
        "7.2.2.a",
        "/operation/platformSelection/platforms/0",
    );
    // A withdrawn platform needs no assessment.
    let d = broken(|v| {
        v["operation"]["platformSelection"]["platforms"][2]["status"] = json!("withdrawn");
        drop_key(v, "/operation/platformSelection/platforms/2", "outlook");
    });
    assert_quiet(&d, "ecms-7.2.2-platform-assessed");
}

#[test]
fn platform_review_boundaries() {
    // Tmall reviewed 2026-03-18 every P6M: due 2026-09-18.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.2.2-platform-review-overdue", date(2026, 9, 18));
    assert_fires_on(
        &d,
        "ecms-7.2.2-platform-review-overdue",
        "7.2.2",
        "/operation/platformSelection/platforms/0",
        date(2026, 9, 19),
    );
    // Never reviewed: counted from the selection date.
    let d = broken(|v| {
        v["operation"]["platformSelection"]["platforms"][1]["review"] = json!({"interval": "P6M"})
    });
    assert_fires(
        &d,
        "ecms-7.2.2-platform-review-overdue",
        "7.2.2",
        "/operation/platformSelection/platforms/1",
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/platformSelection/platforms/1/review",
                "interval",
            )
        },
        "ecms-7.2.2-review-intervals",
        "7.2.2",
        "/operation/platformSelection/platforms/1",
    );
}

// ----------------------------------------------------------------------------------- 7.2.3

const LS: &str = "/operation/listing";

#[test]
fn listing_procedure_and_strategy() {
    fires(
        |v| drop_key(v, LS, "procedure"),
        "ecms-7.2.3-listing-procedure",
        "7.2.3",
        LS,
    );
    let d = broken(|v| drop_key(v, LS, "strategy"));
    for item in [
        "7.2.3.a",
        "7.2.3.a.1",
        "7.2.3.a.2",
        "7.2.3.a.3",
        "7.2.3.a.4",
        "7.2.3.a.5",
        "7.2.3.a.6",
    ] {
        assert_fires(&d, "ecms-7.2.3.a-listing-strategy", item, LS);
    }
    fires(
        |v| drop_key(v, "/operation/listing/strategy", "adjustmentTriggers"),
        "ecms-7.2.3.a-listing-strategy",
        "7.2.3.a.5",
        "/operation/listing/strategy",
    );
    fires(
        |v| drop_key(v, "/operation/listing/strategy", "monitoring"),
        "ecms-7.2.3.a-listing-strategy",
        "7.2.3.a.4",
        "/operation/listing/strategy",
    );
}

#[test]
fn listing_strategy_schedules() {
    let d = dataset();
    // Requirements reviewed 2026-01-12 yearly: due 2027-01-12.
    assert_quiet_on(
        &d,
        "ecms-7.2.3.a.3-requirements-review-overdue",
        date(2027, 1, 12),
    );
    assert_fires_on(
        &d,
        "ecms-7.2.3.a.3-requirements-review-overdue",
        "7.2.3.a.3",
        "/operation/listing/strategy",
        date(2027, 1, 13),
    );
    // Results evaluated 2026-04-10 every P3M: due 2026-07-10.
    assert_quiet_on(
        &d,
        "ecms-7.2.3.a.6-outcome-evaluation-overdue",
        date(2026, 7, 10),
    );
    assert_fires_on(
        &d,
        "ecms-7.2.3.a.6-outcome-evaluation-overdue",
        "7.2.3.a.6",
        "/operation/listing/strategy",
        date(2026, 7, 11),
    );
    // Criteria optimised 2026-03-20 every P6M: due 2026-09-20.
    assert_quiet_on(
        &d,
        "ecms-7.2.3.b.2-criteria-optimisation-overdue",
        date(2026, 9, 20),
    );
    assert_fires_on(
        &d,
        "ecms-7.2.3.b.2-criteria-optimisation-overdue",
        "7.2.3.b.2",
        "/operation/listing/classification",
        date(2026, 9, 21),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/listing/strategy/outcomeEvaluation",
                "interval",
            )
        },
        "ecms-7.2.3-review-intervals",
        "7.2.3.a.6",
        "/operation/listing/strategy",
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/listing/classification/optimisation",
                "interval",
            )
        },
        "ecms-7.2.3-review-intervals",
        "7.2.3.b.2",
        "/operation/listing/classification",
    );
}

#[test]
fn listing_records() {
    fires(
        |v| drop_key(v, "/operation/listing/products/0", "listingApproval"),
        "ecms-7.2.3.a.2-listing-records",
        "7.2.3.a.2",
        "/operation/listing/products/0",
    );
    // Approved after going on sale.
    fires(
        |v| {
            v["operation"]["listing"]["products"][5]["listingApproval"]["date"] =
                json!("2026-03-11")
        },
        "ecms-7.2.3.a.2-listing-records",
        "7.2.3.a.2",
        "/operation/listing/products/5",
    );
    // Approved on the listing day itself is fine.
    let d = broken(|v| {
        v["operation"]["listing"]["products"][5]["listingApproval"]["date"] = json!("2026-03-10")
    });
    assert_quiet(&d, "ecms-7.2.3.a.2-listing-records");
    fires(
        |v| drop_key(v, "/operation/listing/products/4", "delistingReason"),
        "ecms-7.2.3.a.2-listing-records",
        "7.2.3.a.2",
        "/operation/listing/products/4",
    );
}

#[test]
fn classification() {
    fires(
        |v| drop_key(v, "/operation/listing/classification", "criteria"),
        "ecms-7.2.3.b.1-classification-criteria",
        "7.2.3.b.1",
        "/operation/listing/classification",
    );
    fires(
        |v| drop_key(v, LS, "classification"),
        "ecms-7.2.3.b.1-classification-criteria",
        "7.2.3.b.1",
        LS,
    );
    fires(
        |v| v["operation"]["listing"]["products"][2]["category"] = json!("Sweaters"),
        "ecms-7.2.3.b.1-product-classified",
        "7.2.3.b.1",
        "/operation/listing/products/2",
    );
    fires(
        |v| drop_key(v, "/operation/listing/products/3", "category"),
        "ecms-7.2.3.b.1-product-classified",
        "7.2.3.b.1",
        "/operation/listing/products/3",
    );
}

#[test]
fn description() {
    fires(
        |v| drop_key(v, "/operation/listing/descriptionRules", "parameterRules"),
        "ecms-7.2.3.c.1-description-rules",
        "7.2.3.c.1",
        "/operation/listing/descriptionRules",
    );
    fires(
        |v| drop_key(v, "/operation/listing/products/1", "title"),
        "ecms-7.2.3.c.1-product-described",
        "7.2.3.c.1",
        "/operation/listing/products/1",
    );
    fires(
        |v| drop_key(v, "/operation/listing/products/1", "parameters"),
        "ecms-7.2.3.c.1-product-described",
        "7.2.3.c.1",
        "/operation/listing/products/1",
    );
    fires(
        |v| drop_key(v, "/operation/listing/descriptionRules", "otherInformation"),
        "ecms-7.2.3.c.2-customer-information",
        "7.2.3.c.2",
        "/operation/listing/descriptionRules",
    );
    fires(
        |v| drop_key(v, "/operation/listing/products/5", "customerInformation"),
        "ecms-7.2.3.c.2-customer-information",
        "7.2.3.c.2",
        "/operation/listing/products/5",
    );
    // The delisted scarf has no customer information: not on sale, not required.
    assert_quiet(&dataset(), "ecms-7.2.3.c.2-customer-information");
}

#[test]
fn pricing_principles_and_mechanism() {
    fires(
        |v| drop_key(v, "/operation/listing/pricing", "displayMode"),
        "ecms-7.2.3.d.1-pricing-principles",
        "7.2.3.d.1",
        "/operation/listing/pricing",
    );
    fires(
        |v| drop_key(v, "/operation/listing/pricing", "approvalAuthorities"),
        "ecms-7.2.3.d.2-approval-mechanism",
        "7.2.3.d.2",
        "/operation/listing/pricing",
    );
}

#[test]
fn price_change_approval() {
    fires(
        |v| drop_key(v, "/operation/listing/priceChanges/2", "approval"),
        "ecms-7.2.3.d.2-price-change-approved",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/2",
    );
    // Approved the day after it took effect (2026-02-25).
    fires(
        |v| v["operation"]["listing"]["priceChanges"][1]["approval"]["date"] = json!("2026-02-26"),
        "ecms-7.2.3.d.2-price-change-approved",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/1",
    );
    // Approved on the effective day: fine.
    let d = broken(|v| {
        v["operation"]["listing"]["priceChanges"][1]["approval"]["date"] = json!("2026-02-25")
    });
    assert_quiet(&d, "ecms-7.2.3.d.2-price-change-approved");
    fires(
        |v| drop_key(v, "/operation/listing/priceChanges/3", "effectiveFrom"),
        "ecms-7.2.3.d.2-price-change-approved",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/3",
    );
}

#[test]
fn price_approver_authority() {
    // A customer service agent approves a price change.
    let d = broken(|v| {
        v["operation"]["listing"]["priceChanges"][1]["approval"]["by"] =
            json!("61200000-0000-4000-8000-000000000011")
    });
    let fs = assert_fires(
        &d,
        "ecms-7.2.3.d.2-price-approver-authorized",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/1/approval",
    );
    assert_eq!(fs[0].params["change"], "15.80%");
    // The operations manager may approve up to 30%: the 50% scarf clearance is beyond her.
    fires(
        |v| {
            v["operation"]["listing"]["priceChanges"][0]["approval"]["by"] =
                json!("61200000-0000-4000-8000-000000000003")
        },
        "ecms-7.2.3.d.2-price-approver-authorized",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/0/approval",
    );
    // Exactly 30% is within her limit.
    let d = broken(|v| {
        let c = &mut v["operation"]["listing"]["priceChanges"][2];
        c["oldPrice"]["amount"] = json!("600.00");
        c["newPrice"]["amount"] = json!("420.00");
    });
    assert_quiet(&d, "ecms-7.2.3.d.2-price-approver-authorized");
    let d = broken(|v| {
        let c = &mut v["operation"]["listing"]["priceChanges"][2];
        c["oldPrice"]["amount"] = json!("600.00");
        c["newPrice"]["amount"] = json!("419.00");
    });
    assert_fires(
        &d,
        "ecms-7.2.3.d.2-price-approver-authorized",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/2/approval",
    );
    // Holding the role through the role's holder list is enough.
    let d = broken(|v| {
        arr(v, "/support/people/2/roles").clear();
    });
    assert_quiet(&d, "ecms-7.2.3.d.2-price-approver-authorized");
}

#[test]
fn price_self_approval() {
    let d = broken(|v| {
        v["operation"]["listing"]["priceChanges"][3]["requestedBy"] =
            json!("61200000-0000-4000-8000-000000000003")
    });
    let fs = assert_fires(
        &d,
        "ecms-7.2.3.d.2-price-self-approval",
        "7.2.3.d.2",
        "/operation/listing/priceChanges/3",
    );
    assert_eq!(fs[0].severity, ecms::Severity::Warning);
}

#[test]
fn products_identifiable_and_traceable() {
    fires(
        |v| drop_key(v, "/operation/listing/products/2", "sku"),
        "ecms-7.2.3-product-identifiable",
        "7.2.3",
        "/operation/listing/products/2",
    );
    fires(
        |v| v["operation"]["listing"]["products"][5]["sku"] = json!("SRT-DR-2501"),
        "ecms-7.2.3-product-identifiable",
        "7.2.3",
        "/operation/listing/products/5",
    );
    fires(
        |v| drop_key(v, "/operation/listing/products/3", "batches"),
        "ecms-7.2.3-product-traceable",
        "7.2.3",
        "/operation/listing/products/3",
    );
    fires(
        |v| drop_key(v, "/operation/listing/products/0/batches/1", "source"),
        "ecms-7.2.3-product-traceable",
        "7.2.3",
        "/operation/listing/products/0",
    );
}

// ----------------------------------------------------------------------------------- 7.2.4

const CS: &str = "/operation/customerService";

#[test]
fn service_procedure_and_arrangements() {
    fires(
        |v| drop_key(v, CS, "procedure"),
        "ecms-7.2.4-service-procedure",
        "7.2.4",
        CS,
    );
    for (key, item) in [
        ("competence", "7.2.4.a"),
        ("infrastructure", "7.2.4.b"),
        ("environment", "7.2.4.c"),
        ("preSaleRules", "7.2.4.d"),
        ("productConfirmation", "7.2.4.e"),
        ("afterSaleRules", "7.2.4.f"),
    ] {
        fires(
            |v| drop_key(v, CS, key),
            "ecms-7.2.4-service-arrangements",
            item,
            CS,
        );
    }
}

#[test]
fn staff_evaluation() {
    fires(
        |v| drop_key(v, CS, "evaluationCriteria"),
        "ecms-7.2.4-staff-evaluation",
        "7.2.4",
        CS,
    );
    // Evaluated 2026-06-05 monthly: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.2.4-staff-evaluation-overdue", date(2026, 7, 5));
    assert_fires_on(
        &d,
        "ecms-7.2.4-staff-evaluation-overdue",
        "7.2.4",
        CS,
        date(2026, 7, 6),
    );
    fires(
        |v| drop_key(v, "/operation/customerService/staffEvaluation", "interval"),
        "ecms-7.2.4-review-intervals",
        "7.2.4",
        CS,
    );
}

#[test]
fn complaint_records() {
    fires(
        |v| drop_key(v, "/operation/customerService/complaints/2", "resolution"),
        "ecms-7.2.4.f-complaint-record",
        "7.2.4.f",
        "/operation/customerService/complaints/2",
    );
    fires(
        |v| v["operation"]["customerService"]["complaints"][0]["resolvedOn"] = json!("2025-11-13"),
        "ecms-7.2.4.f-complaint-record",
        "7.2.4.f",
        "/operation/customerService/complaints/0",
    );
    fires(
        |v| drop_key(v, "/operation/customerService/complaints/4", "receivedOn"),
        "ecms-7.2.4.f-complaint-record",
        "7.2.4.f",
        "/operation/customerService/complaints/4",
    );
    fires(
        |v| v["operation"]["customerService"]["complaints"][3]["resolvedOn"] = json!("2026-07-02"),
        "ecms-7.2.4.f-complaint-record",
        "7.2.4.f",
        "/operation/customerService/complaints/3",
    );
}

#[test]
fn complaint_resolution_time_boundaries() {
    // The open complaint was received 2026-06-26, limit P7D: due 2026-07-03.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-7.2.4.f-complaint-resolution-time",
        date(2026, 7, 3),
    );
    assert_fires_on(
        &d,
        "ecms-7.2.4.f-complaint-resolution-time",
        "7.2.4.f",
        "/operation/customerService/complaints/4",
        date(2026, 7, 4),
    );
    // Resolved a day late (received 2026-01-09, due 2026-01-16).
    fires(
        |v| v["operation"]["customerService"]["complaints"][2]["resolvedOn"] = json!("2026-01-17"),
        "ecms-7.2.4.f-complaint-resolution-time",
        "7.2.4.f",
        "/operation/customerService/complaints/2",
    );
    let d = broken(|v| {
        v["operation"]["customerService"]["complaints"][2]["resolvedOn"] = json!("2026-01-16")
    });
    assert_quiet(&d, "ecms-7.2.4.f-complaint-resolution-time");
    // No limit declared.
    fires(
        |v| drop_key(v, CS, "complaintResolutionLimit"),
        "ecms-7.2.4.f-complaint-resolution-time",
        "7.2.4.f",
        CS,
    );
}

#[test]
fn refunds() {
    fires(
        |v| drop_key(v, "/operation/customerService/complaints/0", "refund"),
        "ecms-7.2.4.f-refund-approved",
        "7.2.4.f",
        "/operation/customerService/complaints/0",
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/customerService/complaints/3",
                "refundApproval",
            )
        },
        "ecms-7.2.4.f-refund-approved",
        "7.2.4.f",
        "/operation/customerService/complaints/3",
    );
    // The agent (limit CNY 300) approves the CNY 959 refund.
    fires(
        |v| {
            v["operation"]["customerService"]["complaints"][3]["refundApproval"]["by"] =
                json!("61200000-0000-4000-8000-000000000011")
        },
        "ecms-7.2.4.f-refund-approved",
        "7.2.4.f",
        "/operation/customerService/complaints/3",
    );
    // CNY 300 exactly is within the agent's limit; 300.01 is not.
    let d = broken(|v| {
        v["operation"]["customerService"]["complaints"][1]["refund"]["amount"] = json!("300.00")
    });
    assert_quiet(&d, "ecms-7.2.4.f-refund-approved");
    fires(
        |v| {
            v["operation"]["customerService"]["complaints"][1]["refund"]["amount"] = json!("300.01")
        },
        "ecms-7.2.4.f-refund-approved",
        "7.2.4.f",
        "/operation/customerService/complaints/1",
    );
}

#[test]
fn customer_property() {
    fires(
        |v| {
            drop_key(
                v,
                "/operation/customerService/customerProperty/2",
                "verifiedOn",
            )
        },
        "ecms-7.2.4-customer-property-controlled",
        "7.2.4",
        "/operation/customerService/customerProperty/2",
    );
    fires(
        |v| drop_key(v, CS, "propertyRules"),
        "ecms-7.2.4-customer-property-controlled",
        "7.2.4",
        CS,
    );
    const INC: &str = "/operation/customerService/customerProperty/0/incidents/0";
    fires(
        |v| drop_key(v, INC, "reportedToCustomerOn"),
        "ecms-7.2.4-property-incident-reported",
        "7.2.4",
        INC,
    );
    fires(
        |v| {
            v["operation"]["customerService"]["customerProperty"][0]["incidents"][0]["reportedToCustomerOn"] =
                json!("2026-01-15")
        },
        "ecms-7.2.4-property-incident-reported",
        "7.2.4",
        INC,
    );
    fires(
        |v| drop_key(v, INC, "record"),
        "ecms-7.2.4-property-incident-recorded",
        "7.2.4",
        INC,
    );
    fires(
        |v| drop_key(v, INC, "action"),
        "ecms-7.2.4-property-incident-recorded",
        "7.2.4",
        INC,
    );
}

// ----------------------------------------------------------------------------------- 7.2.5

const CR: &str = "/operation/crisis";

#[test]
fn crisis_plan() {
    fires(
        |v| drop_key(v, CR, "plan"),
        "ecms-7.2.5-crisis-plan",
        "7.2.5",
        CR,
    );
    fires(
        |v| drop_key(v, CR, "scenarios"),
        "ecms-7.2.5-crisis-plan",
        "7.2.5.a",
        CR,
    );
    for (key, item) in [
        ("analysis", "7.2.5.a"),
        ("measures", "7.2.5.b"),
        ("owner", "7.2.5.b"),
        ("monitoring", "7.2.5.c"),
        ("warningTriggers", "7.2.5.d"),
    ] {
        fires(
            |v| drop_key(v, "/operation/crisis/scenarios/2", key),
            "ecms-7.2.5-scenario-complete",
            item,
            "/operation/crisis/scenarios/2",
        );
    }
}

#[test]
fn crisis_exercises_and_evaluation() {
    // Last exercise 2026-04-22, every P6M: due 2026-10-22.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.2.5-exercise-overdue", date(2026, 10, 22));
    assert_fires_on(
        &d,
        "ecms-7.2.5-exercise-overdue",
        "7.2.5",
        CR,
        date(2026, 10, 23),
    );
    // Process evaluated 2026-05-15 yearly: due 2027-05-15.
    assert_quiet_on(&d, "ecms-7.2.5.e-evaluation-overdue", date(2027, 5, 15));
    assert_fires_on(
        &d,
        "ecms-7.2.5.e-evaluation-overdue",
        "7.2.5.e",
        CR,
        date(2027, 5, 16),
    );
    fires(
        |v| drop_key(v, "/operation/crisis/exercises/1", "evaluation"),
        "ecms-7.2.5.e-exercise-evaluated",
        "7.2.5.e",
        "/operation/crisis/exercises/1",
    );
    fires(
        |v| v["operation"]["crisis"]["exercises"][1]["date"] = json!("2026-07-01"),
        "ecms-7.2.5.e-exercise-evaluated",
        "7.2.5.e",
        "/operation/crisis/exercises/1",
    );
    fires(
        |v| drop_key(v, CR, "exerciseInterval"),
        "ecms-7.2.5-review-intervals",
        "7.2.5",
        CR,
    );
    fires(
        |v| drop_key(v, "/operation/crisis/evaluation", "interval"),
        "ecms-7.2.5-review-intervals",
        "7.2.5.e",
        CR,
    );
}

// ------------------------------------------------------------------------------------- 7.4

const MK: &str = "/operation/marketing";

#[test]
fn marketing_procedure_and_data() {
    fires(
        |v| drop_key(v, MK, "procedure"),
        "ecms-7.4-marketing-procedure",
        "7.4",
        MK,
    );
    fires(
        |v| drop_key(v, MK, "dataSources"),
        "ecms-7.4.a-data-sources",
        "7.4.a",
        MK,
    );
    // Analysed 2026-06-08 monthly: due 2026-07-08.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.4.b-analysis-overdue", date(2026, 7, 8));
    assert_fires_on(
        &d,
        "ecms-7.4.b-analysis-overdue",
        "7.4.b",
        MK,
        date(2026, 7, 9),
    );
    // Process evaluated 2026-01-20 every P6M: due 2026-07-20.
    assert_quiet_on(
        &d,
        "ecms-7.4.f-process-evaluation-overdue",
        date(2026, 7, 20),
    );
    assert_fires_on(
        &d,
        "ecms-7.4.f-process-evaluation-overdue",
        "7.4.f",
        MK,
        date(2026, 7, 21),
    );
    fires(
        |v| drop_key(v, "/operation/marketing/analysis", "interval"),
        "ecms-7.4-review-intervals",
        "7.4.b",
        MK,
    );
}

#[test]
fn campaign_planning_and_resources() {
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/1", "dataBasis"),
        "ecms-7.4.b-campaign-data-basis",
        "7.4.b",
        "/operation/marketing/campaigns/1",
    );
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/2", "plan"),
        "ecms-7.4.c-campaign-planned",
        "7.4.c",
        "/operation/marketing/campaigns/2",
    );
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/0", "resources"),
        "ecms-7.4.d-campaign-resources",
        "7.4.d",
        "/operation/marketing/campaigns/0",
    );
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/0", "budget"),
        "ecms-7.4.d-campaign-resources",
        "7.4.d",
        "/operation/marketing/campaigns/0",
    );
    // A cancelled campaign is not held to these.
    let d = broken(|v| {
        v["operation"]["marketing"]["campaigns"][2]["cancelled"] = json!(true);
        drop_key(v, "/operation/marketing/campaigns/2", "plan");
    });
    assert_quiet(&d, "ecms-7.4.c-campaign-planned");
}

#[test]
fn campaign_approved_before_start() {
    const C: &str = "/operation/marketing/campaigns/3";
    fires(
        |v| drop_key(v, C, "approval"),
        "ecms-7.4.c-campaign-approved-before-start",
        "7.4.c",
        C,
    );
    // Started 2026-05-28, approved the day after.
    fires(
        |v| v["operation"]["marketing"]["campaigns"][3]["approval"]["date"] = json!("2026-05-29"),
        "ecms-7.4.c-campaign-approved-before-start",
        "7.4.c",
        C,
    );
    // Approved on the start day: fine.
    let d = broken(|v| {
        v["operation"]["marketing"]["campaigns"][3]["approval"]["date"] = json!("2026-05-28")
    });
    assert_quiet(&d, "ecms-7.4.c-campaign-approved-before-start");
    // A campaign that has not started yet may still await approval.
    let d = broken(|v| {
        let c = &mut v["operation"]["marketing"]["campaigns"][3];
        c["start"] = json!("2026-07-10");
        c["end"] = json!("2026-07-20");
        obj(v, C).remove("approval");
    });
    assert_quiet(&d, "ecms-7.4.c-campaign-approved-before-start");
}

#[test]
fn campaign_supervised() {
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/3", "supervisionRecords"),
        "ecms-7.4.e-campaign-supervised",
        "7.4.e",
        "/operation/marketing/campaigns/3",
    );
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/1", "supervisor"),
        "ecms-7.4.e-campaign-supervised",
        "7.4.e",
        "/operation/marketing/campaigns/1",
    );
}

#[test]
fn campaign_evaluated_boundaries() {
    const C: &str = "/operation/marketing/campaigns/3";
    // The 618 sale ended 2026-06-20; evaluation due within P30D: by 2026-07-20.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.4.f-campaign-evaluated", date(2026, 7, 20));
    assert_fires_on(
        &d,
        "ecms-7.4.f-campaign-evaluated",
        "7.4.f",
        C,
        date(2026, 7, 21),
    );
    // Evaluated before it ended.
    fires(
        |v| v["operation"]["marketing"]["campaigns"][2]["evaluation"]["date"] = json!("2026-03-19"),
        "ecms-7.4.f-campaign-evaluated",
        "7.4.f",
        "/operation/marketing/campaigns/2",
    );
    // Evaluated too late (ended 2025-12-12, due 2026-01-11).
    fires(
        |v| v["operation"]["marketing"]["campaigns"][1]["evaluation"]["date"] = json!("2026-01-12"),
        "ecms-7.4.f-campaign-evaluated",
        "7.4.f",
        "/operation/marketing/campaigns/1",
    );
    fires(
        |v| drop_key(v, "/operation/marketing/campaigns/0/evaluation", "results"),
        "ecms-7.4.f-campaign-evaluated",
        "7.4.f",
        "/operation/marketing/campaigns/0",
    );
}

// ------------------------------------------------------------------------------------- 7.5

const IM: &str = "/operation/information";

#[test]
fn information_procedure_and_flows() {
    fires(
        |v| drop_key(v, IM, "procedure"),
        "ecms-7.5-information-procedure",
        "7.5",
        IM,
    );
    let d =
        broken(|v| arr(v, "/operation/information/flows").retain(|f| f["origin"] != "external"));
    let fs = assert_fires(&d, "ecms-7.5-information-flows", "7.5", IM);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["origin"], "external");
    fires(
        |v| drop_key(v, "/operation/information/flows/2", "feedback"),
        "ecms-7.5-flow-handling",
        "7.5",
        "/operation/information/flows/2",
    );
}

#[test]
fn information_systems() {
    fires(
        |v| {
            for s in arr(v, "/operation/information/systems") {
                s["status"] = json!("retired");
            }
        },
        "ecms-7.5-systems-determined",
        "7.5",
        IM,
    );
    fires(
        |v| drop_key(v, "/operation/information/systems/1", "owner"),
        "ecms-7.5-system-owner",
        "7.5",
        "/operation/information/systems/1",
    );
    // ERP maintained 2026-06-12 monthly: due 2026-07-12.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.5-system-maintenance-overdue", date(2026, 7, 12));
    assert_fires_on(
        &d,
        "ecms-7.5-system-maintenance-overdue",
        "7.5",
        "/operation/information/systems/0",
        date(2026, 7, 13),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/information/systems/2/maintenance",
                "interval",
            )
        },
        "ecms-7.5-review-intervals",
        "7.5",
        "/operation/information/systems/2",
    );
}

// ------------------------------------------------------------------------------------- 7.6

const FM: &str = "/operation/funds";

#[test]
fn financial_control_system() {
    let d = broken(|v| {
        arr(v, "/operation/funds/financialControls").retain(|c| c["function"] != "forecasting")
    });
    let fs = assert_fires(&d, "ecms-7.6-financial-control-functions", "7.6", FM);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["function"], "forecasting");
    fires(
        |v| drop_key(v, "/operation/funds/financialControls/4", "owner"),
        "ecms-7.6-financial-control-defined",
        "7.6",
        "/operation/funds/financialControls/4",
    );
    // Cash forecast 2026-06-05 monthly: due 2026-07-05.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.6-financial-control-overdue", date(2026, 7, 5));
    assert_fires_on(
        &d,
        "ecms-7.6-financial-control-overdue",
        "7.6",
        "/operation/funds/financialControls/0",
        date(2026, 7, 6),
    );
    fires(
        |v| {
            drop_key(
                v,
                "/operation/funds/financialControls/1/schedule",
                "interval",
            )
        },
        "ecms-7.6-review-intervals",
        "7.6",
        "/operation/funds/financialControls/1",
    );
}

#[test]
fn fund_procedures() {
    let d = broken(|v| drop_key(v, FM, "fundProcedures"));
    for item in ["7.6.a", "7.6.b", "7.6.c"] {
        assert_fires(&d, "ecms-7.6-fund-procedures", item, FM);
    }
    // The payment procedure without its document leaves c) uncovered.
    let d = broken(|v| drop_key(v, "/operation/funds/fundProcedures/2", "document"));
    let fs = assert_fires(&d, "ecms-7.6-fund-procedures", "7.6.c", FM);
    assert_eq!(fs.len(), 1);
}

// ------------------------------------------------------------------------------------- 7.7

const SC: &str = "/operation/security";

#[test]
fn security_policy_and_responsibilities() {
    fires(
        |v| drop_key(v, SC, "policy"),
        "ecms-7.7-security-policy",
        "7.7",
        SC,
    );
    fires(
        |v| drop_key(v, SC, "responsibilities"),
        "ecms-7.7.b-responsibilities-assigned",
        "7.7.b",
        SC,
    );
    fires(
        |v| drop_key(v, "/operation/security/responsibilities/1", "role"),
        "ecms-7.7.b-responsibilities-assigned",
        "7.7.b",
        "/operation/security/responsibilities/1",
    );
}

#[test]
fn awareness_training_boundaries() {
    // Ma Tao last attended 2025-09-16, yearly: due 2026-09-16; the others attended 2026-03-12.
    let d = dataset();
    assert_quiet_on(
        &d,
        "ecms-7.7.a-awareness-training-overdue",
        date(2026, 9, 16),
    );
    let fs = assert_fires_on(
        &d,
        "ecms-7.7.a-awareness-training-overdue",
        "7.7.a",
        "/support/people/11",
        date(2026, 9, 17),
    );
    assert_eq!(fs.len(), 1);
    // A newcomer who never attended is overdue at once.
    let d = broken(|v| {
        arr(v, "/support/people").push(json!({
            "id": "61200000-0000-4000-8000-000000000099",
            "name": "Lin Xiao 林晓",
            "roles": ["43000000-0000-4000-8000-000000000007"]
        }))
    });
    assert_fires(
        &d,
        "ecms-7.7.a-awareness-training-overdue",
        "7.7.a",
        "/support/people/12",
    );
    fires(
        |v| drop_key(v, "/operation/security/awareness", "interval"),
        "ecms-7.7-review-intervals",
        "7.7.a",
        SC,
    );
}

#[test]
fn technical_measures() {
    fires(
        |v| drop_key(v, SC, "technicalMeasures"),
        "ecms-7.7.c-technical-measures",
        "7.7.c",
        SC,
    );
    // Finance system loses every measure that covered it.
    fires(
        |v| {
            for m in arr(v, "/operation/security/technicalMeasures") {
                if let Some(s) = m.get_mut("systems").and_then(Value::as_array_mut) {
                    s.retain(|x| x != "75000000-0000-4000-8000-000000000003");
                }
            }
        },
        "ecms-7.7.c-systems-protected",
        "7.7.c",
        "/operation/information/systems/2",
    );
}

#[test]
fn incidents() {
    const I: &str = "/operation/security/incidents/1";
    fires(
        |v| drop_key(v, I, "rootCause"),
        "ecms-7.7.d-incident-handled",
        "7.7.d",
        I,
    );
    fires(
        |v| drop_key(v, I, "reportedOn"),
        "ecms-7.7.d-incident-handled",
        "7.7.d",
        I,
    );
    fires(
        |v| v["operation"]["security"]["incidents"][1]["closedOn"] = json!("2026-03-02"),
        "ecms-7.7.d-incident-handled",
        "7.7.d",
        I,
    );
    // Left open: detected 2026-03-03, limit P30D, due 2026-04-02.
    let d = broken(|v| drop_key(v, I, "closedOn"));
    assert_quiet_on(&d, "ecms-7.7.d-incident-open-too-long", date(2026, 4, 2));
    assert_fires_on(
        &d,
        "ecms-7.7.d-incident-open-too-long",
        "7.7.d",
        I,
        date(2026, 4, 3),
    );
}

#[test]
fn security_risks() {
    fires(
        |v| drop_key(v, "/operation/security/risks/3", "controls"),
        "ecms-7.7.e-risk-controls",
        "7.7.e",
        "/operation/security/risks/3",
    );
    // Reassessed 2026-03-25 yearly: due 2027-03-25.
    let d = dataset();
    assert_quiet_on(&d, "ecms-7.7.e-risk-review-overdue", date(2027, 3, 25));
    assert_fires_on(
        &d,
        "ecms-7.7.e-risk-review-overdue",
        "7.7.e",
        "/operation/security/risks/0",
        date(2027, 3, 26),
    );
    fires(
        |v| drop_key(v, "/operation/security/risks/2/review", "interval"),
        "ecms-7.7-review-intervals",
        "7.7.e",
        "/operation/security/risks/2",
    );
    for (area, item) in [
        ("network", "7.7.f.1"),
        ("portal", "7.7.f.2"),
        ("tradingSystem", "7.7.f.3"),
        ("customerPersonalInformation", "7.7.f.4"),
    ] {
        let d = broken(|v| arr(v, "/operation/security/risks").retain(|r| r["area"] != area));
        let fs = assert_fires(&d, "ecms-7.7.f-risk-areas", item, SC);
        assert_eq!(fs.len(), 1);
    }
}

// ----------------------------------------------------------------------------- parsing

#[test]
fn enums_parse_and_reject_unknown_values() {
    let d = broken(|v| v["operation"]["security"]["risks"][0]["area"] = json!("other"));
    assert_eq!(d.operation.security.risks.len(), 5);
    let mut v = dataset_value();
    v["operation"]["security"]["risks"][0]["area"] = json!("cloud");
    assert!(ecms::parse_document(&v.to_string()).is_err());
    let mut v = dataset_value();
    v["operation"]["customerService"]["complaints"][0]["remedy"] = json!("voucher");
    assert!(ecms::parse_document(&v.to_string()).is_err());
    let mut v = dataset_value();
    v["operation"]["listing"]["pricing"]["approvalAuthorities"][0]["maxChangePercent"] = json!(30);
    assert!(
        ecms::parse_document(&v.to_string()).is_err(),
        "percent must be a string"
    );
}

#[test]
fn empty_operation_reports_absence_with_resolvable_paths() {
    let d = broken(|v| v["operation"] = json!({}));
    for (rule, clause, path) in [
        (
            "ecms-7.2.1-operating-model",
            "7.2.1",
            "/operation/operatingModel",
        ),
        (
            "ecms-7.2.2-platform-strategy",
            "7.2.2",
            "/operation/platformSelection",
        ),
        ("ecms-7.2.3.a-listing-strategy", "7.2.3.a.1", LS),
        ("ecms-7.2.3.d.1-pricing-principles", "7.2.3.d.1", LS),
        ("ecms-7.2.4-service-procedure", "7.2.4", CS),
        ("ecms-7.2.5-crisis-plan", "7.2.5", CR),
        ("ecms-7.4-marketing-procedure", "7.4", MK),
        ("ecms-7.5-systems-determined", "7.5", IM),
        ("ecms-7.6-financial-control-functions", "7.6", FM),
        ("ecms-7.7.f-risk-areas", "7.7.f.4", SC),
        ("ecms-7.7-review-intervals", "7.7.a", SC),
    ] {
        assert_fires(&d, rule, clause, path);
    }
}
