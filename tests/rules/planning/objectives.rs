//! 5.2.1 — setting objectives, items a)–d).

use crate::common::*;
use ecms::rules::planning::objectives;
#[allow(unused_imports)]
use serde_json::json;

#[test]
fn objectives_set_and_documented() {
    let d = broken(|v| {
        obj(v, "/planning").remove("objectives");
    });
    assert_fires(&d, &objectives::OBJECTIVES_SET, "5.2.1", "/planning");
    let p = "/planning/objectives/0";
    let d = broken(|v| {
        let o = obj(v, p);
        o.remove("owner");
        o.remove("processes");
    });
    assert_fires(&d, &objectives::DOCUMENTED, "5.2.1", p);
    assert_eq!(reasons(&d, &objectives::DOCUMENTED), ["no-function"]);
    let d = broken(|v| {
        obj(v, p).remove("document");
    });
    assert_fires(&d, &objectives::DOCUMENTED, "5.2.1", p);
    assert_eq!(reasons(&d, &objectives::DOCUMENTED), ["not-documented"]);
}

#[test]
fn objective_items_a_to_d() {
    let p = "/planning/objectives/2";
    let d = broken(|v| {
        obj(v, p).remove("strategies");
    });
    assert_fires(&d, &objectives::STRATEGY, "5.2.1.a", p);

    for (field, code) in [
        ("metric", "no-metric"),
        ("unit", "no-unit"),
        ("value", "no-value"),
        ("direction", "no-direction"),
        ("due", "no-due"),
    ] {
        let d = broken(|v| {
            obj(v, &format!("{p}/target")).remove(field);
        });
        assert_fires(&d, &objectives::MEASURABLE, "5.2.1.b", p);
        assert_eq!(reasons(&d, &objectives::MEASURABLE), [code], "{field}");
    }

    let d = broken(|v| {
        let o = obj(v, p);
        o.remove("requirementsConsidered");
        o.remove("parties");
        o.remove("obligations");
    });
    assert_fires(&d, &objectives::REQUIREMENTS, "5.2.1.c", p);

    let d = broken(|v| {
        obj(v, p).remove("relevance");
    });
    assert_fires(&d, &objectives::RELEVANCE, "5.2.1.d", p);
    assert_eq!(reasons(&d, &objectives::RELEVANCE), ["no-relevance"]);
    let d = broken(|v| {
        obj(v, p).remove("relevanceNote");
    });
    assert_fires(&d, &objectives::RELEVANCE, "5.2.1.d", p);
    assert_eq!(reasons(&d, &objectives::RELEVANCE), ["no-contribution"]);
}

#[test]
fn compliance_obligations_count_as_requirements_considered() {
    // Objective 2 considers only the Consumer Protection Law entry once its texts and
    // parties go.
    let d = broken(|v| {
        let o = obj(v, "/planning/objectives/2");
        o.remove("requirementsConsidered");
        o.remove("parties");
    });
    assert_quiet(&d, &objectives::REQUIREMENTS);
    let d = broken(|v| {
        let o = obj(v, "/planning/objectives/2");
        o.remove("requirementsConsidered");
        o.remove("parties");
        o.remove("obligations");
    });
    assert_fires(
        &d,
        &objectives::REQUIREMENTS,
        "5.2.1.c",
        "/planning/objectives/2",
    );
}

/// Issue 9 item 5: the documented information on an objective in force must be available on
/// the as-of date: a retained record or a document in force, not a draft.
#[test]
fn objective_document_available() {
    let d = broken(|v| v["support"]["documents"][6]["status"] = json!("draft"));
    assert_fires(
        &d,
        &objectives::DOCUMENTED,
        "5.2.1",
        "/planning/objectives/0",
    );
    assert!(reasons(&d, &objectives::DOCUMENTED).contains(&"document-unavailable".to_owned()));
    let d = broken(|v| {
        v["support"]["documents"][6]["status"] = json!("draft");
        v["support"]["documents"][6]["kind"] = json!("record");
    });
    assert_quiet(&d, &objectives::DOCUMENTED);
}
