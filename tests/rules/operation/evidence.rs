//! Chapter 7 (with 7.3): the documents a rule relies on are the versions in force, the roles it
//! names are held, the records it relies on are still retained; and the presence-only shall
//! rules are exactly the allow-listed ones.

use super::*;
use ecms::rules::operation::supply_chain as sc;
use ecms::rules::{Basis, RuleKind};

/// The id at `pointer`.
fn id_at(v: &Value, pointer: &str) -> String {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no id at {pointer}"))
        .to_owned()
}

/// Sets `key` to `value` on the document of `support.documents` with id `id`.
fn set_document(v: &mut Value, id: &str, key: &str, value: Value) {
    let docs = v
        .pointer_mut("/support/documents")
        .and_then(Value::as_array_mut)
        .unwrap();
    let d = docs
        .iter_mut()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no document {id}"));
    d[key] = value;
}

/// Makes the document referenced at `pointer` a draft.
fn draft(v: &mut Value, pointer: &str) {
    let id = id_at(v, pointer);
    set_document(v, &id, "status", json!("draft"));
}

/// Points the role reference at `pointer` to a new role that nobody holds.
fn vacate(v: &mut Value, pointer: &str) {
    const VACANT: &str = "43000000-0000-4000-8000-0000000000ff";
    v.pointer_mut("/leadership/roles")
        .and_then(Value::as_array_mut)
        .unwrap()
        .push(json!({"id": VACANT, "name": "Vacant post"}));
    *v.pointer_mut(pointer).unwrap() = json!(VACANT);
}

#[test]
fn referenced_documents_are_in_force() {
    let cases: &[(&str, &BuiltinRule)] = &[
        (
            "/operation/operatingModel/document",
            &op::operating_model::MODEL,
        ),
        (
            "/operation/platformSelection/strategy/document",
            &op::platforms::STRATEGY,
        ),
        (
            "/operation/listing/strategy/document",
            &op::listing::STRATEGY,
        ),
        (
            "/operation/listing/descriptionRules/document",
            &op::description::DESCRIPTION_RULES,
        ),
        (
            "/operation/listing/pricing/document",
            &op::pricing::PRINCIPLES,
        ),
        (
            "/operation/funds/financialControls/0/document",
            &op::funds::CONTROL_DEFINED,
        ),
        ("/operation/crisis/plan", &op::crisis::PLAN),
        ("/operation/security/policy", &op::security::POLICY),
        (
            "/operation/listing/classification/criteria",
            &op::classification::CRITERIA,
        ),
        (
            "/operation/supplyChain/plan/document",
            &sc::plan::DOCUMENTED,
        ),
        (
            "/operation/supplyChain/orderPolicy/document",
            &sc::orders::POLICY,
        ),
        (
            "/operation/supplyChain/providerProcedure/document",
            &sc::providers::PROCEDURE,
        ),
        (
            "/operation/supplyChain/distribution/document",
            &sc::distribution::PROCEDURE,
        ),
        (
            "/operation/supplyChain/channelManagement/document",
            &sc::channels::PROCEDURE,
        ),
        (
            "/operation/supplyChain/warehouseProcedure/document",
            &sc::warehouses::PROCEDURE,
        ),
        (
            "/operation/supplyChain/paymentProcedure/document",
            &sc::payment::PROCEDURE,
        ),
    ];
    for (pointer, rule) in cases {
        gives(|v| draft(v, pointer), rule, "document-not-current");
        assert!(reasons(&dataset(), *rule).is_empty(), "{}", rule.id());
    }
    // Not yet in force on the as-of date.
    gives(
        |v| {
            let id = id_at(v, "/operation/crisis/plan");
            set_document(v, &id, "effectiveFrom", json!("2099-01-01"));
        },
        &op::crisis::PLAN,
        "document-not-current",
    );
}

#[test]
fn named_roles_are_held() {
    let cases: &[(&str, &BuiltinRule, &str)] = &[
        (
            "/operation/security/responsibilities/0/role",
            &op::security::RESPONSIBILITIES,
            "role-vacant",
        ),
        (
            "/operation/information/systems/0/owner",
            &op::information::SYSTEM_OWNER,
            "owner-vacant",
        ),
        (
            "/operation/security/risks/0/owner",
            &op::security_risks::CONTROLS,
            "owner-vacant",
        ),
        (
            "/operation/listing/pricing/approvalAuthorities/0/role",
            &op::pricing::APPROVAL_MECHANISM,
            "authority-vacant",
        ),
        (
            "/operation/supplyChain/plan/processes/0/responsible",
            &sc::plan::PROCESS_RESPONSIBILITIES,
            "role-vacant",
        ),
    ];
    for (pointer, rule, code) in cases {
        gives(|v| vacate(v, pointer), rule, code);
        assert!(reasons(&dataset(), *rule).is_empty(), "{}", rule.id());
    }
    let v = dataset_value();
    let processes = v["operation"]["operatingModel"]["processes"]
        .as_array()
        .unwrap();
    let k = processes
        .iter()
        .position(|x| x.get("responsible").is_some())
        .unwrap();
    gives(
        |v| {
            vacate(
                v,
                &format!("/operation/operatingModel/processes/{k}/responsible"),
            )
        },
        &op::operating_model::PROCESS_RESPONSIBILITY,
        "role-vacant",
    );
    assert!(reasons(&dataset(), &op::operating_model::PROCESS_RESPONSIBILITY).is_empty());
}

#[test]
fn relied_on_records_are_retained() {
    fn dispose_all(v: &mut Value, key: &str) {
        let ids: Vec<String> = v["operation"]["processControls"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c[key].as_array().cloned().unwrap_or_default())
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect();
        for id in ids {
            set_document(v, &id, "disposedOn", json!("2026-01-01"));
        }
    }
    gives(
        |v| dispose_all(v, "executionRecords"),
        &op::key_processes::EXECUTION_RECORDS,
        "record-not-retained",
    );
    gives(
        |v| dispose_all(v, "conformityRecords"),
        &op::key_processes::CONFORMITY_RECORDS,
        "record-not-retained",
    );
    assert!(reasons(&dataset(), &op::key_processes::EXECUTION_RECORDS).is_empty());
    assert!(reasons(&dataset(), &op::key_processes::CONFORMITY_RECORDS).is_empty());
}

#[test]
fn customer_property_incident_records_are_retained() {
    gives(
        |v| {
            let id = id_at(
                v,
                "/operation/customerService/customerProperty/0/incidents/0/record",
            );
            set_document(v, &id, "disposedOn", json!("2026-03-31"));
        },
        &op::customer_property::INCIDENT_RECORDED,
        "record-not-retained",
    );
    assert!(reasons(&dataset(), &op::customer_property::INCIDENT_RECORDED).is_empty());
}

#[test]
fn presence_only_shall_rules_are_exactly_the_allow_listed_ones() {
    for (list, in_part) in [
        (
            op::EXISTENCE_ONLY,
            (|c: &str| c.starts_with('7') && !c.starts_with("7.3")) as fn(&str) -> bool,
        ),
        (sc::EXISTENCE_ONLY, |c: &str| c.starts_with("7.3")),
    ] {
        let mut presence: Vec<&str> = ecms::rules::builtin_rules()
            .into_iter()
            .filter(|r| {
                in_part(r.meta.clause)
                    && r.meta.id.starts_with("ecms-7")
                    && r.meta.kind == RuleKind::Presence
                    && r.meta.basis == Basis::Shall
            })
            .map(|r| r.meta.id)
            .collect();
        let mut listed: Vec<&str> = list.iter().map(|(id, _)| *id).collect();
        presence.sort_unstable();
        listed.sort_unstable();
        assert_eq!(presence, listed);
        assert!(list.iter().all(|(_, why)| !why.trim().is_empty()));
    }
}
