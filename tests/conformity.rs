//! The conformity report: statuses per clause and item, exclusions, overridden assessments.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;
use common::*;
use ecms::conformity::{ClauseStatus, ConformityReport, assess};
use serde_json::json;

fn status(r: &ConformityReport, id: &str) -> ClauseStatus {
    r.clauses
        .iter()
        .find(|c| c.clause == id)
        .unwrap_or_else(|| panic!("no {id}"))
        .status
}

#[test]
fn bundled_dataset_conforms_everywhere_but_where_its_own_audit_says_not() {
    let r = assess(&dataset(), as_of());
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // Its internal audit of 2026 raised a nonconformity against 7.4, still open on the
    // as-of date (due 2026-07-31): the organization's own evidence makes 7.4 nonconforming.
    assert_eq!(r.summary.leaf_clauses.conforms, 59);
    assert_eq!(status(&r, "7.4"), ClauseStatus::NonconformingMinor);
    assert_eq!(
        r.summary.open_nonconformities, 2,
        "{:#?}",
        r.organization_findings
    );
    assert_eq!(r.summary.opportunities, 1);
    assert_eq!(r.summary.items.not_assessed, 0);
    assert_eq!(r.summary.readiness_percent, "98.3");
    assert!(!r.summary.conforms);
    assert_eq!(r.clauses.len(), 60 + 206 + 51);
    assert_eq!(r.summary.chapters["7"].conforms, 18);
}

fn catalog_level(id: &str) -> ecms::catalog::ClauseLevel {
    ecms::catalog::clause(id).unwrap().level
}

/// The bundled organizations and the dates they conform on, read from
/// `examples/data/README.md` so that the table users read is the one tested.
fn bundled() -> Vec<(String, ecms::common::Date)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let table = std::fs::read_to_string(root.join("README.md")).unwrap();
    let rows: Vec<(String, ecms::common::Date)> = table
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let file = cells[1].trim_matches('`').to_owned();
            let date = cells[cells.len() - 2].parse().unwrap();
            (file, date)
        })
        .collect();
    let mut on_disk: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = rows.iter().map(|(f, _)| f.clone()).collect();
    listed.sort();
    assert_eq!(
        listed, on_disk,
        "examples/data/README.md lists every dataset"
    );
    rows
}

#[test]
fn every_bundled_organization_conforms_on_its_date_and_not_a_year_later() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let rows = bundled();
    assert!(rows.len() >= 3);
    for (file, on) in rows {
        let text = std::fs::read_to_string(root.join(&file)).unwrap();
        let doc = ecms::parse_document(&text)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .document;
        assert_eq!(doc.schema_version, ecms::model::SCHEMA_VERSION, "{file}");
        // Every rule runs over the organization.
        let r = assess(&doc, on);
        assert!(
            r.findings.is_empty(),
            "{file} on {on}: {:#?}",
            r.findings
                .iter()
                .map(|f| format!("{} {} {}", f.rule_id, f.path, f.message.en))
                .collect::<Vec<_>>()
        );
        // Every leaf clause conforms, but those the organization's own open nonconformities
        // name.
        for c in &r.clauses {
            if catalog_level(&c.clause) == ecms::catalog::ClauseLevel::Leaf
                && c.status != ClauseStatus::Conforms
            {
                assert!(
                    c.status.is_nonconforming()
                        && c.organization_findings
                            .iter()
                            .any(|i| r.organization_findings[*i].kind
                                == ecms::model::performance::FindingKind::Nonconformity),
                    "{file}: {c:#?}"
                );
            }
        }
        let later = on.checked_add_months(chrono::Months::new(12)).unwrap();
        assert!(
            !assess(&doc, ecms::common::Date(later)).findings.is_empty(),
            "{file}: nothing falls due within a year"
        );
    }
}

#[test]
fn missing_suppliers_are_a_major_nonconformity() {
    let d = broken(|v| {
        obj(v, "/operation/supplyChain").remove("suppliers");
    });
    let r = assess(&d, as_of());
    assert_eq!(status(&r, "7.3.3.2"), ClauseStatus::NonconformingMajor);
    assert!(!r.summary.conforms);
    assert!(r.summary.readiness_percent.parse::<f64>().unwrap() < 100.0);
    // The leaf lists the findings behind its status, and they resolve.
    let leaf = r.clauses.iter().find(|c| c.clause == "7.3.3.2").unwrap();
    assert!(!leaf.findings.is_empty());
    assert!(
        leaf.findings
            .iter()
            .all(|i| r.findings[*i].clause.starts_with("7.3.3.2"))
    );
}

#[test]
fn an_overdue_supplier_review_is_a_minor_nonconformity_at_its_item() {
    // A year and a half later, reviews have fallen due.
    let r = assess(&dataset(), date(2028, 1, 1));
    assert!(status(&r, "7.3.3.2.f").is_nonconforming());
    assert!(status(&r, "7.3.3.2").is_nonconforming());
}

#[test]
fn automatic_findings_outrank_a_manual_conforms() {
    // 9.2 is self-assessed as conforming; a nonconformity closed without cause analysis
    // is found automatically all the same.
    let d = broken(|v| {
        let ncs = arr(v, "/improvement/nonconformities");
        let closed = ncs.iter_mut().find(|n| n["status"] == "closed").unwrap();
        closed.as_object_mut().unwrap().remove("analysis");
    });
    let r = assess(&d, as_of());
    let c = r.clauses.iter().find(|c| c.clause == "9.2").unwrap();
    assert!(c.status.is_nonconforming(), "{c:#?}");
    assert!(c.assessment_overridden, "{c:#?}");
    assert!(
        c.assessments
            .iter()
            .any(|a| a.status == ecms::model::AssessmentStatus::Conforms)
    );
}

#[test]
fn justified_exclusions_make_entries_not_applicable() {
    let exclusion = json!({
        "id": "33000000-0000-4000-8000-000000000001",
        "clause": "7.3.5",
        "justification": "All sales go through the company's own stores; no channel partners are used.",
        "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"},
        "reviewDate": "2026-12-31",
        "impactAssessment": {
            "conclusion": "noEffect",
            "rationale": "Customers are served by the company itself; no partner stands between them."
        }
    });
    let d = broken(|v| v["context"]["scope"]["exclusions"] = json!([exclusion.clone()]));
    let r = assess(&d, as_of());
    assert_eq!(status(&r, "7.3.5"), ClauseStatus::NotApplicable);
    assert_eq!(status(&r, "7.3.5.b"), ClauseStatus::NotApplicable);
    assert_eq!(r.summary.leaf_clauses.not_applicable, 1);
    // The excluded leaf stays in the denominator: 58 of 60 (7.4 is open in the dataset).
    assert_eq!(r.summary.readiness_percent, "96.7");
    assert!(r.exclusions[0].valid && r.exclusions[0].in_force);
    let c = r.clauses.iter().find(|c| c.clause == "7.3.5").unwrap();
    assert_eq!(
        c.excluded_by.as_deref(),
        Some("/context/scope/exclusions/0")
    );

    // Without justification the exclusion does not count.
    let mut bad = exclusion.clone();
    bad.as_object_mut().unwrap().remove("justification");
    let d = broken(|v| v["context"]["scope"]["exclusions"] = json!([bad]));
    let r = assess(&d, as_of());
    assert_ne!(status(&r, "7.3.5"), ClauseStatus::NotApplicable);
    assert!(status(&r, "3.3").is_nonconforming());

    // Nor does an exclusion of internal audit on text alone: it needs a person's dated
    // self-assessment.
    let mut bad = exclusion;
    bad["clause"] = json!("8.2");
    let d = broken(|v| v["context"]["scope"]["exclusions"] = json!([bad]));
    let r = assess(&d, as_of());
    assert_ne!(status(&r, "8.2"), ClauseStatus::NotApplicable);
    assert_eq!(status(&r, "3.3"), ClauseStatus::NonconformingMinor);
    assert_eq!(
        r.exclusions[0].defect.as_deref(),
        Some("no-self-assessment")
    );
}

#[test]
fn an_empty_document_is_mostly_nonconforming_and_never_panics() {
    let d = ecms::parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "Empty"}}"#)
        .unwrap()
        .document;
    let r = assess(&d, as_of());
    assert!(
        r.summary.leaf_clauses.nonconforming_major > 40,
        "{:?}",
        r.summary.leaf_clauses
    );
    assert!(!r.summary.conforms);
    let v = serde_json::to_value(&d).unwrap();
    for f in &r.findings {
        assert!(
            v.pointer(&f.path).is_some(),
            "{} {} does not resolve",
            f.rule_id,
            f.path
        );
    }
}

#[test]
fn overrides_are_applied_and_recorded() {
    let d = broken(|v| {
        obj(v, "/context/factors/0").remove("evaluation");
    });
    let mut engine = ecms::Engine::new();
    let none = ecms::rules::RuleOverride {
        enabled: false,
        severity: None,
        justification: " ".into(),
    };
    assert!(
        engine
            .set_override("ecms-3.1-factor-evaluated", none)
            .is_err()
    );
    assert!(
        engine
            .set_override(
                "ecms-nope",
                ecms::rules::RuleOverride {
                    enabled: false,
                    severity: None,
                    justification: "x".into()
                }
            )
            .is_err()
    );
    engine
        .set_override(
            "ecms-3.1-factor-evaluated",
            ecms::rules::RuleOverride {
                enabled: true,
                severity: Some(ecms::Severity::Warning),
                justification: "Evaluations are kept in the board minutes".into(),
            },
        )
        .unwrap();
    let r = engine.evaluate(&d, as_of());
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "ecms-3.1-factor-evaluated")
        .unwrap();
    assert_eq!(f.severity, ecms::Severity::Warning);
    assert_eq!(r.overrides.len(), 1);
    let c = ecms::conformity::build(&d, &engine, r);
    assert_eq!(
        status(&c, "3.1"),
        ClauseStatus::Conforms,
        "warnings do not make a nonconformity"
    );
    engine
        .set_override(
            "ecms-3.1-factor-evaluated",
            ecms::rules::RuleOverride {
                enabled: false,
                severity: None,
                justification: "Not used by this shop".into(),
            },
        )
        .unwrap();
    assert!(engine.evaluate(&d, as_of()).findings.is_empty());
}

struct NoTikTok;

static NO_TIKTOK: ecms::rules::RuleMeta = ecms::rules::RuleMeta {
    id: "acme-7.2.2-no-unapproved-platform",
    clause: "7.2.2",
    severity: ecms::Severity::Error,
    basis: ecms::rules::Basis::Policy,
    grade: ecms::rules::Grade::Minor,
    kind: ecms::rules::RuleKind::Relation,
    title: ecms::catalog::StaticText {
        en: "Only approved platforms",
        zh: "仅限批准的平台",
    },
    reasons: &[UNAPPROVED],
    covers: &[],
};

const UNAPPROVED: ecms::rules::Reason = ecms::rules::Reason::new(
    "unapproved",
    "Platform '{name}' is not on our approved list.",
    "平台“{name}”不在批准清单中。",
);

impl ecms::rules::Rule for NoTikTok {
    fn meta(&self) -> &ecms::rules::RuleMeta {
        &NO_TIKTOK
    }
    fn check(&self, ctx: &ecms::rules::Ctx<'_>, out: &mut ecms::rules::Emitter<'_>) {
        for (i, p) in ctx
            .doc
            .operation
            .platform_selection
            .platforms
            .iter()
            .enumerate()
        {
            if p.name.contains("Douyin") {
                out.emit(
                    &UNAPPROVED,
                    format!("/operation/platformSelection/platforms/{i}"),
                    &[("name", p.name.clone())],
                );
            }
        }
    }
}

#[test]
fn embedders_add_rules_of_their_own() {
    let mut engine = ecms::Engine::new();
    engine.add_rule(Box::new(NoTikTok)).unwrap();
    assert!(
        engine.add_rule(Box::new(NoTikTok)).is_err(),
        "duplicate id refused"
    );
    let r = engine.evaluate(&dataset(), as_of());
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "acme-7.2.2-no-unapproved-platform")
        .unwrap();
    assert!(f.message.en.contains("Douyin"));
    assert_eq!(f.clause, "7.2.2");
}

/// The exclusion twin: whether an exclusion is valid is decided once, so disabling or
/// downgrading the 3.3 rules that report an invalid one does not make it count.
#[test]
fn overriding_exclusion_rules_does_not_validate_an_exclusion() {
    use ecms::rules::context::scope;
    use ecms::rules::{Engine, RuleOverride, Severity};
    let bad = json!({
        "id": "33000000-0000-4000-8000-000000000001",
        "clause": "8.2",
        "justification": "We prefer not to audit ourselves.",
        "approval": {"by": "61200000-0000-4000-8000-000000000001", "date": "2026-01-05"},
        "reviewDate": "2026-12-31"
    });
    let d = broken(|v| v["context"]["scope"]["exclusions"] = json!([bad]));
    let overrides = [
        (
            scope::EXCLUSION_PERMISSIBLE.id(),
            RuleOverride::disable("test"),
        ),
        (
            scope::EXCLUSION_PERMISSIBLE.id(),
            RuleOverride::severity(Severity::Warning, "test"),
        ),
        (
            scope::EXCLUSION_JUSTIFIED.id(),
            RuleOverride::disable("test"),
        ),
    ];
    for (rule, o) in overrides {
        let mut engine = Engine::new();
        engine.set_override(rule, o).unwrap();
        let report = engine.evaluate(&d, as_of());
        let r = ecms::conformity::build(&d, &engine, report);
        assert_ne!(status(&r, "8.2"), ClauseStatus::NotApplicable, "{rule}");
        assert!(r.clauses.iter().all(|c| c.excluded_by.is_none()), "{rule}");
        // The self-assessment machinery does not honour it either.
        assert!(!scope::is_excluded(&d, "8.2", as_of().into()));
    }
}

/// Disabling any one rule removes that rule's findings and changes nothing else.
#[test]
fn disabling_a_rule_never_changes_another_rules_findings() {
    use ecms::rules::{Engine, RuleOverride};
    let d = broken(|v| {
        v["context"]["scope"]["exclusions"] = json!([{
            "id": "33000000-0000-4000-8000-000000000001",
            "clause": "6.1.6",
            "justification": "No instruments."
        }]);
        v["context"]["factors"].as_array_mut().unwrap().truncate(1);
        v["support"]["people"].as_array_mut().unwrap().truncate(3);
        v.as_object_mut().unwrap().remove("assessments");
    });
    let baseline = Engine::new().evaluate(&d, as_of()).findings;
    assert!(baseline.len() > 20, "too few findings to be a test");
    for rule in ecms::rules::builtin_rules() {
        let mut engine = Engine::new();
        engine
            .set_override(rule.id(), RuleOverride::disable("test"))
            .unwrap();
        let got = engine.evaluate(&d, as_of()).findings;
        let want: Vec<_> = baseline
            .iter()
            .filter(|f| f.rule_id != rule.id())
            .cloned()
            .collect();
        assert_eq!(got, want, "disabling {} moved another verdict", rule.id());
    }
}

use ecms::rules::context::scope;

fn readiness(r: &ConformityReport) -> f64 {
    r.summary.readiness_percent.parse().unwrap()
}

fn exclusion_of(clause: &str, i: u32, impact: Option<&str>) -> serde_json::Value {
    let mut e = json!({
        "id": format!("33000000-0000-4000-8000-00000000010{i}"),
        "clause": clause,
        "justification": "We prefer not to."
    });
    if let Some(c) = impact {
        e["impactAssessment"] = json!({"conclusion": c, "rationale": "Assessed by the manager."});
    }
    e
}

fn self_assessment_of(clause: &str, i: u32) -> serde_json::Value {
    json!({
        "id": format!("aa000000-0000-4000-8000-00000000090{i}"),
        "requirement": clause,
        "status": "notApplicable",
        "assessor": "61200000-0000-4000-8000-000000000001",
        "date": "2026-06-01"
    })
}

/// Issue 9, 3.3: excluding customer service and information security "because we prefer
/// not to" is not a valid exclusion and never raises readiness.
#[test]
fn excluding_customer_service_and_security_never_raises_readiness() {
    let before = assess(&dataset(), as_of());
    // Text alone.
    let d = broken(|v| {
        v["context"]["scope"]["exclusions"] =
            json!([exclusion_of("7.2.4", 1, None), exclusion_of("7.7", 2, None)]);
    });
    let r = assess(&d, as_of());
    assert!(readiness(&r) <= readiness(&before));
    assert_ne!(r.summary.readiness_percent, "100.0");
    assert_ne!(status(&r, "7.7"), ClauseStatus::NotApplicable);
    assert_ne!(status(&r, "7.2.4"), ClauseStatus::NotApplicable);
    assert_eq!(status(&r, "3.3"), ClauseStatus::NonconformingMinor);
    assert!(!r.summary.conforms);
    assert_eq!(r.exclusions.len(), 2);
    assert!(
        r.exclusions
            .iter()
            .all(|e| !e.valid && e.defect.as_deref() == Some("no-impact-assessment"))
    );
    assert_fires(
        &d,
        &scope::EXCLUSION_IMPACT,
        "3.3",
        "/context/scope/exclusions/1",
    );
    assert!(reasons(&d, &scope::EXCLUSION_IMPACT).contains(&"no-impact-assessment".to_owned()));

    // An impact assessment in words is not enough for these: a person's dated
    // self-assessment is needed.
    let d = broken(|v| {
        v["context"]["scope"]["exclusions"] = json!([
            exclusion_of("7.2.4", 1, Some("noEffect")),
            exclusion_of("7.7", 2, Some("noEffect"))
        ]);
    });
    let r = assess(&d, as_of());
    assert!(readiness(&r) <= readiness(&before));
    assert_ne!(status(&r, "7.7"), ClauseStatus::NotApplicable);
    assert!(
        r.exclusions.iter().all(
            |e| e.self_assessment_required && e.defect.as_deref() == Some("no-self-assessment")
        )
    );
    assert_fires(
        &d,
        &scope::EXCLUSION_IMPACT,
        "3.3",
        "/context/scope/exclusions/0",
    );
    assert!(reasons(&d, &scope::EXCLUSION_IMPACT).contains(&"no-self-assessment".to_owned()));

    // An assessment that concludes the exclusion affects customers invalidates it.
    let d = broken(|v| {
        v["context"]["scope"]["exclusions"] = json!([exclusion_of("7.7", 2, Some("affects"))]);
        arr(v, "/assessments").push(self_assessment_of("7.7", 2));
    });
    let r = assess(&d, as_of());
    assert_ne!(status(&r, "7.7"), ClauseStatus::NotApplicable);
    assert_eq!(r.exclusions[0].defect.as_deref(), Some("affects-service"));
    assert_fires(
        &d,
        &scope::EXCLUSION_IMPACT,
        "3.3",
        "/context/scope/exclusions/0/impactAssessment/conclusion",
    );
    assert!(reasons(&d, &scope::EXCLUSION_IMPACT).contains(&"affects-service".to_owned()));

    // Valid, self-assessed exclusions make the entries not applicable, and readiness still
    // does not rise: excluded leaf clauses count as not conforming.
    let d = broken(|v| {
        v["context"]["scope"]["exclusions"] = json!([
            exclusion_of("7.2.4", 1, Some("noEffect")),
            exclusion_of("7.7", 2, Some("noEffect"))
        ]);
        let a = arr(v, "/assessments");
        a.push(self_assessment_of("7.2.4", 1));
        a.push(self_assessment_of("7.7", 2));
    });
    let r = assess(&d, as_of());
    assert_eq!(status(&r, "7.7"), ClauseStatus::NotApplicable);
    assert_eq!(status(&r, "7.2.4"), ClauseStatus::NotApplicable);
    assert!(
        r.exclusions
            .iter()
            .all(|e| e.valid && e.self_assessment.is_some())
    );
    assert!(readiness(&r) < readiness(&before));

    // A nonconforming 7.7, then excluded: readiness is unchanged, never higher.
    let open_77 = |v: &mut serde_json::Value| {
        arr(v, "/performance/audits/1/findings").push(json!({
            "id": "82000000-0000-4000-8000-000000000199",
            "kind": "nonconformity",
            "requirement": "7.7.d",
            "description": "Access rights of a former employee were not withdrawn."
        }));
    };
    let nc = assess(&broken(open_77), as_of());
    assert!(status(&nc, "7.7").is_nonconforming());
    let d = broken(|v| {
        open_77(v);
        v["context"]["scope"]["exclusions"] = json!([exclusion_of("7.7", 2, Some("noEffect"))]);
        arr(v, "/assessments").push(self_assessment_of("7.7", 2));
    });
    let r = assess(&d, as_of());
    assert_eq!(status(&r, "7.7"), ClauseStatus::NotApplicable);
    assert_eq!(readiness(&r), readiness(&nc));
}

/// Issue 9, 3.3: a shop with no monitoring and measuring instruments may exclude 6.1.6 with
/// a justification and an impact assessment, and gets no forced nonconformity there.
#[test]
fn a_shop_without_instruments_may_exclude_6_1_6() {
    let no_instruments = |v: &mut serde_json::Value| {
        obj(v, "/support").remove("instruments");
    };
    // 6.1.6 is conditional (when instruments are used): having none is no nonconformity.
    let r = assess(&broken(no_instruments), as_of());
    assert!(!status(&r, "6.1.6").is_nonconforming(), "{:#?}", r.summary);
    let d = broken(|v| {
        no_instruments(v);
        v["context"]["scope"]["exclusions"] = json!([{
            "id": "33000000-0000-4000-8000-000000000161",
            "clause": "6.1.6",
            "justification": "The shop sells only by piece and uses no instrument whose results need to be valid.",
            "impactAssessment": {
                "conclusion": "noEffect",
                "rationale": "Nothing delivered to customers depends on a measurement."
            }
        }]);
    });
    let r = assess(&d, as_of());
    assert_eq!(status(&r, "6.1.6"), ClauseStatus::NotApplicable);
    assert!(!status(&r, "3.3").is_nonconforming());
    assert!(
        r.findings
            .iter()
            .all(|f| !f.clause.starts_with("6.1.6") && f.severity != ecms::rules::Severity::Error),
        "{:#?}",
        r.findings
    );
    assert!(r.exclusions[0].valid && !r.exclusions[0].self_assessment_required);
}

/// Issue 9, item 2: an open internal-audit nonconformity against 7.7 d) makes 7.7 d) and
/// 7.7 nonconforming, graded as the organization graded it; once closed it does not; an
/// observation is listed but does not lower the status.
#[test]
fn the_organizations_own_findings_count() {
    let finding = |extra: serde_json::Value| {
        broken(move |v| {
            let mut f = json!({
                "id": "82000000-0000-4000-8000-000000000199",
                "kind": "nonconformity",
                "requirement": "7.7.d",
                "description": "Access rights of a former employee were not withdrawn."
            });
            for (k, x) in extra.as_object().unwrap() {
                f[k] = x.clone();
            }
            arr(v, "/performance/audits/1/findings").push(f);
        })
    };
    let base = assess(&dataset(), as_of());
    assert_eq!(status(&base, "7.7"), ClauseStatus::Conforms);

    let r = assess(&finding(json!({})), as_of());
    assert_eq!(status(&r, "7.7.d"), ClauseStatus::NonconformingMinor);
    assert_eq!(status(&r, "7.7"), ClauseStatus::NonconformingMinor);
    let c = r.clauses.iter().find(|c| c.clause == "7.7").unwrap();
    let of = &r.organization_findings[c.organization_findings[0]];
    assert_eq!(of.path, "/performance/audits/1/findings/2");
    // No rule finds anything at 7.7: the status is the organization's own evidence.
    assert!(r.findings.iter().all(|f| !f.clause.starts_with("7.7")));
    assert!(readiness(&r) < readiness(&base));

    let r = assess(&finding(json!({"grade": "major"})), as_of());
    assert_eq!(status(&r, "7.7"), ClauseStatus::NonconformingMajor);

    let r = assess(&finding(json!({"closed": "2026-06-29"})), as_of());
    assert_eq!(status(&r, "7.7"), ClauseStatus::Conforms);
    // Closed after the as-of date: still open then.
    let r = assess(&finding(json!({"closed": "2026-07-02"})), as_of());
    assert!(status(&r, "7.7").is_nonconforming());

    // The dataset has one open opportunity of its own (8.1.4.2).
    for (kind, count) in [("observation", 2), ("opportunity", 2)] {
        let r = assess(&finding(json!({"kind": kind})), as_of());
        assert_eq!(status(&r, "7.7.d"), ClauseStatus::Conforms, "{kind}");
        let c = r.clauses.iter().find(|c| c.clause == "7.7.d").unwrap();
        assert_eq!(c.organization_findings.len(), 1, "{kind}");
        assert_eq!(
            r.summary.observations + r.summary.opportunities,
            count,
            "{kind}"
        );
    }

    // A nonconformity record naming the requirement counts the same way.
    let d = broken(|v| {
        let ncs = arr(v, "/improvement/nonconformities");
        let mut nc = ncs[5].clone();
        nc["id"] = json!("92000000-0000-4000-8000-000000000099");
        nc["requirement"] = json!("7.7.d");
        nc["grade"] = json!("major");
        ncs.push(nc);
    });
    let r = assess(&d, as_of());
    assert_eq!(status(&r, "7.7"), ClauseStatus::NonconformingMajor);
}

/// Issue 9, item 7: integrity errors are data errors, not a nonconformity of 6.4.2 a).
#[test]
fn data_errors_are_their_own_category() {
    let d = broken(|v| {
        v["performance"]["audits"][1]["auditors"] = json!(["61200000-0000-4000-8000-00000000ffff"]);
    });
    let r = assess(&d, as_of());
    assert!(!r.data_errors.is_empty(), "{:#?}", r.findings);
    assert!(
        r.data_errors
            .iter()
            .all(|i| r.findings[*i].rule_id.starts_with("ecms-ref-"))
    );
    assert_eq!(r.summary.data_errors, r.data_errors.len());
    let c = r.clauses.iter().find(|c| c.clause == "6.4.2.a").unwrap();
    assert!(!c.status.is_nonconforming(), "{c:#?}");
    assert!(c.findings.iter().all(|i| !r.data_errors.contains(i)));
    assert!(!r.summary.conforms);
}

/// Issue 9, item 7: every finding cites its rule's clause, an item the rule covers, or an
/// entry below them — never a sibling — and its path resolves in the document. Checked on
/// every bundled organization judged years later, and on an empty document. (The
/// self-assessment and data rules cite the requirement they are about.)
#[test]
fn findings_cite_their_own_clause_and_a_real_record() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut docs: Vec<ecms::EcmsDocument> = bundled()
        .into_iter()
        .map(|(file, _)| {
            let text = std::fs::read_to_string(root.join(&file)).unwrap();
            ecms::parse_document(&text).unwrap().document
        })
        .collect();
    docs.push(
        ecms::parse_document(r#"{"schemaVersion": "1.0", "organization": {"name": "Empty"}}"#)
            .unwrap()
            .document,
    );
    let rules = ecms::rules::builtin_rules();
    let within =
        |id: &str, top: &str| id == top || id.strip_prefix(top).is_some_and(|r| r.starts_with('.'));
    let mut wrong = Vec::new();
    for doc in &docs {
        let v = serde_json::to_value(doc).unwrap();
        for on in [date(2030, 1, 1), date(2026, 6, 30)] {
            for f in ecms::rules::evaluate(doc, on).findings {
                let r = rules.iter().find(|r| r.meta.id == f.rule_id).unwrap();
                let m = &r.meta;
                let own = std::iter::once(m.clause)
                    .chain(m.covers.iter().copied())
                    .any(|c| within(&f.clause, c));
                let free = m.id.starts_with("ecms-assessment-")
                    || m.basis == ecms::rules::Basis::Integrity;
                if !own && !free {
                    wrong.push(format!("{} cites {} ({})", m.id, f.clause, f.reason));
                }
                match v.pointer(&f.path) {
                    None => wrong.push(format!(
                        "{} points at {} which does not resolve",
                        m.id, f.path
                    )),
                    // A finding about one named record points at that record, not at the
                    // collection holding it.
                    Some(serde_json::Value::Array(_)) if f.params.contains_key("subject") => wrong
                        .push(format!(
                            "{} points at the collection {} for {}",
                            m.id, f.path, f.params["subject"]
                        )),
                    _ => {}
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
