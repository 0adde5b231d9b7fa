//! Chapter 4 rules: each broken by an edited dataset, each quiet on the bundled dataset.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use ecms::Severity;
use ecms::model::leadership::{CommitmentItem, StrategyAspect, StrategyKind, SystemDuty};
use serde_json::json;

const RULES: &[&str] = &[
    "ecms-4.1.1-commitment-evidence",
    "ecms-4.1.1.b-strategy-objectives-established",
    "ecms-4.1.2-customer-focus-evidence",
    "ecms-4.1.2.b-customer-risks-determined",
    "ecms-4.2.1-strategy-kinds",
    "ecms-4.2.1-strategy-considerations",
    "ecms-4.2.1-strategy-approved",
    "ecms-4.2.1-strategy-alignment",
    "ecms-4.2.1-strategy-current",
    "ecms-4.2.2.a-strategy-documented",
    "ecms-4.2.2.b-strategy-communicated",
    "ecms-4.2.2.c-strategy-availability",
    "ecms-4.3-roles-defined",
    "ecms-4.3-role-defined",
    "ecms-4.3-role-staffed",
    "ecms-4.3-role-communicated",
    "ecms-4.3-duties-assigned",
    "ecms-4.4-communications-planned",
    "ecms-4.4-communication-complete",
    "ecms-4.4-communication-overdue",
];

const LI_NA: &str = "61200000-0000-4000-8000-000000000002";

#[test]
fn dataset_satisfies_every_chapter_4_rule() {
    let d = dataset();
    for r in RULES {
        assert_quiet(&d, r);
    }
}

#[test]
fn every_rule_is_built_in_and_no_assessment_is_missing() {
    let ids: Vec<&str> = ecms::rules::builtin_rules()
        .iter()
        .map(|r| r.meta.id)
        .collect();
    for r in RULES {
        assert!(ids.contains(r), "{r} is not built in");
    }
    let ours: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| id.starts_with("ecms-4."))
        .collect();
    assert_eq!(ours.len(), RULES.len(), "RULES is incomplete: {ours:?}");
    assert_quiet(&dataset(), "ecms-assessment-missing");
}

#[test]
fn assessment_only_items_need_a_self_assessment() {
    let d = broken(|v| arr(v, "/assessments").retain(|a| a["requirement"] != "4.1.1.h"));
    assert_fires(&d, "ecms-assessment-missing", "4.1.1.h", "/assessments");
}

// ---------------------------------------------------------------------------------------------
// 4.1

fn drop_commitment(item: &'static str) -> ecms::EcmsDocument {
    broken(move |v| arr(v, "/leadership/commitments").retain(|c| c["item"] != item))
}

#[test]
fn commitment_item_missing_is_reported_per_item() {
    let d = drop_commitment("resources");
    assert_fires(
        &d,
        "ecms-4.1.1-commitment-evidence",
        "4.1.1.e",
        "/leadership/commitments",
    );
    assert_eq!(
        findings(&d, "ecms-4.1.1-commitment-evidence", as_of()).len(),
        1
    );
    let d = broken(|v| {
        obj(v, "/leadership").remove("commitments");
    });
    for item in ["4.1.1.a", "4.1.1.c", "4.1.1.e", "4.1.1.f"] {
        assert_fires(&d, "ecms-4.1.1-commitment-evidence", item, "/leadership");
    }
}

#[test]
fn commitment_evidence_must_be_by_top_management_documented_and_dated() {
    let d = broken(|v| v["leadership"]["commitments"][0]["by"] = json!(LI_NA));
    assert_fires(
        &d,
        "ecms-4.1.1-commitment-evidence",
        "4.1.1.a",
        "/leadership/commitments",
    );
    let d = broken(|v| {
        obj(v, "/leadership/commitments/4").remove("documents");
    });
    assert_fires(
        &d,
        "ecms-4.1.1-commitment-evidence",
        "4.1.1.f",
        "/leadership/commitments",
    );
    let d = broken(|v| v["leadership"]["commitments"][2]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-4.1.1-commitment-evidence",
        "4.1.1.c",
        "/leadership/commitments",
    );
}

#[test]
fn commitment_evidence_expires_after_the_assessment_validity() {
    // Accountability evidence of 2025-12-15, valid one year: until 2026-12-15.
    let d = broken(|v| {
        for c in arr(v, "/leadership/commitments") {
            if c["item"] != "accountability" {
                c["date"] = json!("2026-06-01");
            }
        }
    });
    assert_quiet_on(&d, "ecms-4.1.1-commitment-evidence", date(2026, 12, 15));
    let fs = assert_fires_on(
        &d,
        "ecms-4.1.1-commitment-evidence",
        "4.1.1.a",
        "/leadership/commitments",
        date(2026, 12, 16),
    );
    assert_eq!(fs.len(), 1);
}

#[test]
fn customer_focus_evidence() {
    let d = drop_commitment("customerSatisfaction");
    assert_fires(
        &d,
        "ecms-4.1.2-customer-focus-evidence",
        "4.1.2.c",
        "/leadership/commitments",
    );
    let d = drop_commitment("customerRequirements");
    assert_fires(
        &d,
        "ecms-4.1.2-customer-focus-evidence",
        "4.1.2.a",
        "/leadership/commitments",
    );
}

#[test]
fn strategy_and_objectives_established_by_top_management() {
    let d = broken(|v| {
        for s in arr(v, "/leadership/strategies") {
            s["approval"]["by"] = json!(LI_NA);
        }
    });
    assert_fires(
        &d,
        "ecms-4.1.1.b-strategy-objectives-established",
        "4.1.1.b",
        "/leadership/strategies",
    );
    let d = broken(|v| {
        obj(v, "/planning").remove("objectives");
    });
    assert_fires(
        &d,
        "ecms-4.1.1.b-strategy-objectives-established",
        "4.1.1.b",
        "/planning",
    );
    let d = broken(|v| {
        obj(v, "/planning/objectives/0").remove("approval");
    });
    assert_fires(
        &d,
        "ecms-4.1.1.b-strategy-objectives-established",
        "4.1.1.b",
        "/planning/objectives/0",
    );
    // A closed objective needs no current approval.
    let d = broken(|v| {
        obj(v, "/planning/objectives/6").remove("approval");
    });
    assert_quiet(&d, "ecms-4.1.1.b-strategy-objectives-established");
}

#[test]
fn customer_risks_determined() {
    let d = broken(|v| {
        for r in arr(v, "/planning/risks") {
            r.as_object_mut().unwrap().remove("customerImpact");
        }
    });
    assert_fires(
        &d,
        "ecms-4.1.2.b-customer-risks-determined",
        "4.1.2.b",
        "/planning/risks",
    );
    let d = broken(|v| {
        obj(v, "/planning").remove("risks");
    });
    assert_fires(
        &d,
        "ecms-4.1.2.b-customer-risks-determined",
        "4.1.2.b",
        "/planning",
    );
}

// ---------------------------------------------------------------------------------------------
// 4.2

#[test]
fn strategy_kinds_reported_per_item() {
    let d = broken(|v| arr(v, "/leadership/strategies").retain(|s| s["kind"] != "competitive"));
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-kinds",
        "4.2.1.b",
        "/leadership/strategies",
    );
    assert_eq!(findings(&d, "ecms-4.2.1-strategy-kinds", as_of()).len(), 1);
    let d = broken(|v| {
        obj(v, "/leadership").remove("strategies");
    });
    for item in ["4.2.1.a", "4.2.1.b", "4.2.1.c"] {
        assert_fires(&d, "ecms-4.2.1-strategy-kinds", item, "/leadership");
    }
}

#[test]
fn five_forces_each_analysed() {
    let d = broken(|v| {
        arr(v, "/leadership/strategies/1/considerations")
            .retain(|c| c["aspect"] != "supplierBargainingPower")
    });
    let fs = assert_fires(
        &d,
        "ecms-4.2.1-strategy-considerations",
        "4.2.1.b.4",
        "/leadership/strategies/1",
    );
    assert_eq!(fs.len(), 1);
    let d =
        broken(|v| v["leadership"]["strategies"][1]["considerations"][0]["analysis"] = json!(" "));
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-considerations",
        "4.2.1.b.1",
        "/leadership/strategies/1",
    );
    let d = broken(|v| {
        obj(v, "/leadership/strategies/2").remove("considerations");
    });
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-considerations",
        "4.2.1.c.1",
        "/leadership/strategies/2",
    );
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-considerations",
        "4.2.1.c.2",
        "/leadership/strategies/2",
    );
    let d = broken(|v| {
        arr(v, "/leadership/strategies/0/considerations")
            .retain(|c| c["aspect"] != "onlineBrandAndChannels")
    });
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-considerations",
        "4.2.1.a.2",
        "/leadership/strategies/0",
    );
}

#[test]
fn strategy_approval() {
    let d = broken(|v| v["leadership"]["strategies"][2]["approval"]["by"] = json!(LI_NA));
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-approved",
        "4.2.1",
        "/leadership/strategies/2",
    );
    let d = broken(|v| v["leadership"]["strategies"][2]["approval"]["date"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-4.2.1-strategy-approved",
        "4.2.1",
        "/leadership/strategies/2",
    );
}

#[test]
fn strategy_alignment_per_basis() {
    let d = broken(|v| {
        arr(v, "/leadership/strategies/0/alignment")
            .retain(|a| a["basis"] != "complianceRequirements")
    });
    let fs = assert_fires(
        &d,
        "ecms-4.2.1-strategy-alignment",
        "4.2.1",
        "/leadership/strategies/0",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["basis"], "compliance requirements");
}

#[test]
fn strategy_validity_boundary() {
    let d = broken(|v| v["leadership"]["strategies"][0]["validUntil"] = json!("2026-06-30"));
    assert_quiet(&d, "ecms-4.2.1-strategy-current");
    let fs = assert_fires_on(
        &d,
        "ecms-4.2.1-strategy-current",
        "4.2.1",
        "/leadership/strategies/0/validUntil",
        date(2026, 7, 1),
    );
    assert_eq!(fs[0].severity, Severity::Warning);
}

#[test]
fn strategy_documented_in_an_effective_document() {
    let d = broken(|v| {
        obj(v, "/leadership/strategies/0").remove("document");
    });
    assert_fires(
        &d,
        "ecms-4.2.2.a-strategy-documented",
        "4.2.2.a",
        "/leadership/strategies/0",
    );
    let d = broken(|v| {
        for doc in arr(v, "/support/documents") {
            if doc["id"] == "64000000-0000-4000-8000-000000000003" {
                doc["status"] = json!("obsolete");
            }
        }
    });
    let fs = assert_fires(
        &d,
        "ecms-4.2.2.a-strategy-documented",
        "4.2.2.a",
        "/leadership/strategies/0/document",
    );
    assert_eq!(fs.len(), 3);
}

#[test]
fn strategy_communicated_after_approval() {
    let d = broken(|v| {
        obj(v, "/leadership/strategies/2").remove("communications");
    });
    assert_fires(
        &d,
        "ecms-4.2.2.b-strategy-communicated",
        "4.2.2.b",
        "/leadership/strategies/2",
    );
    let d = broken(|v| {
        v["leadership"]["strategies"][2]["communications"][0]["date"] = json!("2025-12-01")
    });
    assert_fires(
        &d,
        "ecms-4.2.2.b-strategy-communicated",
        "4.2.2.b",
        "/leadership/strategies/2",
    );
    let d =
        broken(|v| v["leadership"]["strategies"][2]["communications"][0]["audience"] = json!([]));
    assert_fires(
        &d,
        "ecms-4.2.2.b-strategy-communicated",
        "4.2.2.b",
        "/leadership/strategies/2",
    );
    // Briefed on the day of approval: quiet.
    let d = broken(|v| {
        v["leadership"]["strategies"][2]["communications"][0]["date"] = json!("2025-12-15")
    });
    assert_quiet(&d, "ecms-4.2.2.b-strategy-communicated");
}

#[test]
fn strategy_availability_decision() {
    let d = broken(|v| {
        obj(v, "/leadership/strategies/1").remove("disclosure");
    });
    assert_fires(
        &d,
        "ecms-4.2.2.c-strategy-availability",
        "4.2.2.c",
        "/leadership/strategies/1",
    );
    let d = broken(|v| v["leadership"]["strategies"][2]["disclosure"] = json!({"extract": "x"}));
    assert_fires(
        &d,
        "ecms-4.2.2.c-strategy-availability",
        "4.2.2.c",
        "/leadership/strategies/2",
    );
}

// ---------------------------------------------------------------------------------------------
// 4.3

#[test]
fn roles_defined_and_complete() {
    let d = broken(|v| {
        obj(v, "/leadership").remove("roles");
    });
    assert_fires(&d, "ecms-4.3-roles-defined", "4.3", "/leadership");
    let d = broken(|v| v["leadership"]["roles"][4]["authorities"] = json!([]));
    let fs = assert_fires(&d, "ecms-4.3-role-defined", "4.3", "/leadership/roles/4");
    assert_eq!(fs[0].params["what"], "authorities");
    let d = broken(|v| v["leadership"]["roles"][4]["responsibilities"] = json!([""]));
    assert_fires(&d, "ecms-4.3-role-defined", "4.3", "/leadership/roles/4");
}

#[test]
fn role_staffed() {
    let d = broken(|v| {
        obj(v, "/leadership/roles/6").remove("holders");
    });
    assert_fires(&d, "ecms-4.3-role-staffed", "4.3", "/leadership/roles/6");
}

#[test]
fn role_communicated_and_understood() {
    let d = broken(|v| {
        obj(v, "/leadership/roles/3").remove("communicatedOn");
    });
    assert_fires(
        &d,
        "ecms-4.3-role-communicated",
        "4.3",
        "/leadership/roles/3",
    );
    let d = broken(|v| v["leadership"]["roles"][3]["communicatedOn"] = json!("2026-07-01"));
    assert_fires(
        &d,
        "ecms-4.3-role-communicated",
        "4.3",
        "/leadership/roles/3",
    );
    let d = broken(|v| {
        obj(v, "/leadership/roles/3").remove("document");
    });
    assert_fires(
        &d,
        "ecms-4.3-role-communicated",
        "4.3",
        "/leadership/roles/3",
    );
    // Ma Tao holds the internal auditor role but has not signed it.
    let d = broken(|v| {
        arr(v, "/leadership/roles/10/acknowledgedBy")
            .retain(|p| p != "61200000-0000-4000-8000-000000000012")
    });
    let fs = assert_fires(
        &d,
        "ecms-4.3-role-communicated",
        "4.3",
        "/leadership/roles/10",
    );
    assert_eq!(fs.len(), 1);
    assert!(fs[0].message.en.contains("Ma Tao"), "{}", fs[0].message.en);
}

#[test]
fn duties_assigned_per_item() {
    let d =
        broken(|v| arr(v, "/leadership/dutyAssignments").retain(|a| a["duty"] != "customerFocus"));
    let fs = assert_fires(
        &d,
        "ecms-4.3-duties-assigned",
        "4.3.d",
        "/leadership/dutyAssignments",
    );
    assert_eq!(fs.len(), 1);
    let d = broken(|v| {
        obj(v, "/leadership/dutyAssignments/4").remove("role");
    });
    assert_fires(
        &d,
        "ecms-4.3-duties-assigned",
        "4.3.e",
        "/leadership/dutyAssignments",
    );
    let d = broken(|v| {
        obj(v, "/leadership").remove("dutyAssignments");
    });
    for item in ["4.3.a", "4.3.b", "4.3.c", "4.3.d", "4.3.e"] {
        assert_fires(&d, "ecms-4.3-duties-assigned", item, "/leadership");
    }
}

// ---------------------------------------------------------------------------------------------
// 4.4

#[test]
fn internal_and_external_communication_both_planned() {
    let d = broken(|v| {
        arr(v, "/leadership/communicationPlan").retain(|c| c["direction"] != "external")
    });
    let fs = assert_fires(
        &d,
        "ecms-4.4-communications-planned",
        "4.4",
        "/leadership/communicationPlan",
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].params["direction"], "external");
    let d = broken(|v| {
        obj(v, "/leadership").remove("communicationPlan");
    });
    assert_eq!(
        assert_fires(&d, "ecms-4.4-communications-planned", "4.4", "/leadership").len(),
        2
    );
}

#[test]
fn communication_entries_complete() {
    let path = "/leadership/communicationPlan/0";
    let d = broken(|v| {
        obj(v, path).remove("method");
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", path);
    let d = broken(|v| {
        obj(v, path).remove("responsible");
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", path);
    let d = broken(|v| {
        obj(v, path).remove("schedule");
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", path);
    let d = broken(|v| {
        obj(v, path).remove("audienceRoles");
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", path);
    let d = broken(|v| {
        obj(v, path).remove("direction");
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", path);
    // An external communication must name the outside parties it reaches.
    let ext = "/leadership/communicationPlan/4";
    let d = broken(|v| {
        let e = obj(v, ext);
        e.remove("audienceParties");
        e.insert(
            "audienceRoles".into(),
            json!(["43000000-0000-4000-8000-000000000006"]),
        );
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", ext);
    // An event-driven entry without its trigger says nothing about when.
    let d = broken(|v| {
        obj(v, ext).remove("trigger");
    });
    assert_fires(&d, "ecms-4.4-communication-complete", "4.4", ext);
}

#[test]
fn communication_overdue_boundary() {
    // Monthly meeting last held 2026-06-05: due 2026-07-05. Weekly stand-up last held
    // 2026-06-29: due 2026-07-06.
    let d = dataset();
    assert_quiet_on(&d, "ecms-4.4-communication-overdue", date(2026, 7, 5));
    let fs = assert_fires_on(
        &d,
        "ecms-4.4-communication-overdue",
        "4.4",
        "/leadership/communicationPlan/0",
        date(2026, 7, 6),
    );
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].severity, Severity::Warning);
    assert_fires_on(
        &d,
        "ecms-4.4-communication-overdue",
        "4.4",
        "/leadership/communicationPlan/1",
        date(2026, 7, 7),
    );
    let d = broken(|v| {
        obj(v, "/leadership/communicationPlan/1/schedule").remove("lastDone");
    });
    assert_fires(
        &d,
        "ecms-4.4-communication-overdue",
        "4.4",
        "/leadership/communicationPlan/1",
    );
}

// ---------------------------------------------------------------------------------------------
// Model

#[test]
fn enums_map_to_catalog_items() {
    for (item, clause) in CommitmentItem::ALL {
        assert_eq!(item.clause(), clause);
        assert!(ecms::catalog::clause(clause).is_some(), "{clause}");
        let s = serde_json::to_value(item).unwrap();
        assert_eq!(s, json!(item.as_str()));
    }
    for (aspect, kind, item) in StrategyAspect::ALL {
        assert!(ecms::catalog::clause(item).is_some(), "{item}");
        assert_eq!(
            serde_json::to_value(aspect).unwrap(),
            json!(aspect.as_str())
        );
        assert!(
            item.starts_with(
                StrategyKind::REQUIRED
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .unwrap()
                    .1
            )
        );
    }
    for (duty, item) in SystemDuty::ALL {
        assert!(ecms::catalog::clause(item).is_some(), "{item}");
        assert_eq!(serde_json::to_value(duty).unwrap(), json!(duty.as_str()));
    }
}

#[test]
fn unknown_commitment_item_is_a_parse_error() {
    let mut v = dataset_value();
    v["leadership"]["commitments"][0]["item"] = json!("visionary");
    let err = ecms::parse_document(&serde_json::to_string(&v).unwrap()).unwrap_err();
    assert!(
        err.to_string().contains("/leadership/commitments/0/item"),
        "{err}"
    );
}
