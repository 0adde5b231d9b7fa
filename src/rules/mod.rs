//! The rule engine: every "shall" of GB/T 36311—2018 that records can prove, as a rule.
//!
//! * A [`Rule`] has static [`RuleMeta`]: a stable id (`ecms-<clause>-<slug>`), the catalog id
//!   of the clause or item it enforces, a [`Severity`], a [`Basis`] and bilingual title and
//!   message templates.
//! * A rule's check reads the document through a [`Ctx`] (document, as-of date, id index,
//!   obligations) and reports through an [`Emitter`]: a JSON pointer and named parameters.
//!   Text is rendered in one place ([`render`]).
//! * An [`Engine`] runs the built-in catalog ([`builtin_rules`]) plus the embedder's own rules,
//!   with per-rule [`RuleOverride`]s, and returns a [`Report`]. It never fails and never
//!   panics; it never reads the clock.

pub mod context;
pub mod improvement;
pub mod integrity;
mod lang;
pub mod leadership;
pub mod operation;
pub mod performance;
pub mod planning;
mod report;
pub mod support;
mod util;

pub mod obligations;

/// What every rule module uses.
pub(crate) mod prelude {
    pub(crate) use super::util::*;
    pub(crate) use super::{
        Basis, BuiltinRule, Ctx, Emitter, Grade, Reason, RuleKind, RuleMeta, Severity, p, pl, t,
    };
}

use std::collections::BTreeMap;

use crate::common::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::StaticText;
use crate::common::LocalizedText;
use crate::model::EcmsDocument;
use crate::refs::IdIndex;

pub use lang::{Lang, clause_notation, date_in, interval_in, localize, render_in};
pub(crate) use lang::{p, pl, split_param};
pub use obligations::{Obligation, ObligationStatus};
pub use report::{AppliedOverride, ConfigError, Finding, OmittedFindings, Report, RuleOverride};

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// A "shall" (应) is not met, or the data is inconsistent.
    Error,
    /// A "should" (宜) is not met, or a policy heuristic fired.
    Warning,
    /// Worth knowing; no requirement is broken.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What a rule rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Basis {
    /// A "shall" (应) of the standard.
    Shall,
    /// A "should" (宜) of the standard.
    Should,
    /// A heuristic of good practice that the standard implies but does not state.
    Policy,
    /// Consistency of the data itself (ids, references).
    Integrity,
}

/// What kind of evidence a rule judges (issue: evidence over declarations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum RuleKind {
    /// That a record or field exists and is filled in: the weakest kind, kept only where the
    /// standard asks for nothing more than existence.
    Presence,
    /// How records relate: who did it and whether they held the role, which record it rests
    /// on, whether references agree.
    Relation,
    /// Dates: what was due by the as-of date, what was done in time, what was valid on the
    /// day it was used.
    Time,
    /// A measured value against a limit (the organization's parameter or one the standard
    /// states).
    Threshold,
    /// Consistency of the data itself (ids, references, dates in the future).
    Integrity,
}

/// How grave a nonconformity a rule's finding makes, for the conformity report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum Grade {
    /// The requirement is missing altogether (no process, no record at all).
    Major,
    /// A lapse in an otherwise working arrangement (one record incomplete or late).
    Minor,
}

/// One thing a rule can say: a stable code and complete message templates in both
/// languages. `{name}` in a template is replaced by the finding's parameter `name`; a
/// parameter carries data only (a name, a date, a count), never prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    /// Stable code, unique within its rule (kebab-case), e.g. `no-owner`.
    pub code: &'static str,
    /// The message template.
    pub message: StaticText,
    /// The organization's parameter (see [`crate::params`]) this reason rests on, when the
    /// rule is a shall but this one thing it can say is not: such a finding is at most a
    /// warning (an embedder's severity override for the rule still applies), and its
    /// message says the limit or demand is the organization's (or the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<&'static str>,
}

impl Reason {
    /// A reason with its code and its English and Chinese templates.
    pub const fn new(code: &'static str, en: &'static str, zh: &'static str) -> Self {
        Self {
            code,
            message: StaticText { en, zh },
            parameter: None,
        }
    }

    /// A reason that rests on the organization's `parameter` rather than on the standard's
    /// text (see [`Reason::parameter`]).
    pub const fn on_parameter(
        parameter: &'static str,
        code: &'static str,
        en: &'static str,
        zh: &'static str,
    ) -> Self {
        Self {
            code,
            message: StaticText { en, zh },
            parameter: Some(parameter),
        }
    }
}

/// Static description of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RuleMeta {
    /// Stable id, `ecms-<clause>-<slug>`, e.g. `ecms-7.3.3.2.f-supplier-review-yearly`.
    pub id: &'static str,
    /// Catalog id of the clause or item enforced (see [`crate::catalog`]).
    pub clause: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// What the rule rests on.
    pub basis: Basis,
    /// Nonconformity grade of a finding.
    pub grade: Grade,
    /// What kind of evidence the rule judges.
    pub kind: RuleKind,
    /// Short title.
    pub title: StaticText,
    /// Everything the rule can say, each with a stable code and complete templates.
    pub reasons: &'static [Reason],
    /// Further catalog ids (items, sub-items) this rule checks and reports at through
    /// [`Emitter::emit_at`], besides `clause`.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub covers: &'static [&'static str],
}

/// A rule as the rule catalog shows it (`ecms rules --format json`): its metadata and,
/// when the standard makes the requirement it enforces conditional, the condition (see
/// [`crate::catalog::condition`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RuleEntry {
    /// The rule's metadata.
    #[serde(flatten)]
    pub meta: RuleMeta,
    /// The condition under which the requirement applies; the rule reports only when the
    /// records show that it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<StaticText>,
}

impl RuleEntry {
    /// The catalog entry of a rule.
    pub fn of(meta: &RuleMeta) -> Self {
        Self {
            meta: *meta,
            condition: crate::catalog::condition(meta.clause),
        }
    }
}

/// A compliance rule.
pub trait Rule: Send + Sync {
    /// Its description.
    fn meta(&self) -> &RuleMeta;
    /// Checks the document and reports findings.
    fn check(&self, ctx: &Ctx<'_>, out: &mut Emitter<'_>);
}

/// A built-in rule: metadata, a check function and, for a rule about a periodic duty, the
/// producer of the obligations it reports when overdue.
pub struct BuiltinRule {
    /// Description.
    pub meta: RuleMeta,
    /// The check.
    pub check: fn(&Ctx<'_>, &mut Emitter<'_>),
    /// The periodic obligations this rule watches (see [`obligations`]), if any.
    pub obligations: Option<fn(&EcmsDocument, &mut obligations::Sink<'_>)>,
}

impl BuiltinRule {
    /// The rule's stable id.
    pub const fn id(&self) -> &'static str {
        self.meta.id
    }
}

impl std::fmt::Debug for BuiltinRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BuiltinRule")
            .field("meta", &self.meta)
            .field("obligations", &self.obligations.is_some())
            .finish_non_exhaustive()
    }
}

impl Rule for BuiltinRule {
    fn meta(&self) -> &RuleMeta {
        &self.meta
    }
    fn check(&self, ctx: &Ctx<'_>, out: &mut Emitter<'_>) {
        (self.check)(ctx, out)
    }
}

/// A requirement that no record can prove, covered by a self-assessment instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AssessedRequirement {
    /// Catalog id.
    pub clause: &'static str,
    /// Why records cannot prove it.
    pub reason: StaticText,
}

/// Everything a rule may read.
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The document.
    pub doc: &'a EcmsDocument,
    /// The date the evaluation is made as of.
    pub as_of: Date,
    /// Every id of the document.
    pub ids: &'a IdIndex,
    /// Every periodic obligation of the document.
    pub obligations: &'a [Obligation],
    /// The organization's parameters in force (see [`crate::params`]).
    pub params: &'a crate::params::Effective,
}

impl Ctx<'_> {
    /// The organization's parameters in force.
    pub fn params(&self) -> &crate::params::Effective {
        self.params
    }

    /// Whether the organization wants documented procedures where the standard asks only
    /// for a process (parameter `requireDocumentedProcedures`, default `false`).
    pub fn documentation_required(&self) -> bool {
        self.params.require_documented_procedures.value
    }

    /// Whether a person is in scope of the rules on staff on the as-of date: employed
    /// that day (joined on or before it, not left before it) and past the joiner grace
    /// period (parameter `joinerGracePeriod`). A person with no joining date is taken to
    /// have joined long ago.
    pub fn staff_in_scope(&self, person: &crate::model::support::Person) -> bool {
        person.is_active(self.as_of)
            && person.joined_on.is_none_or(|j| {
                self.params
                    .joiner_grace_period
                    .value
                    .after(j)
                    .is_some_and(|end| end <= self.as_of)
            })
    }

    /// Whether an id of this kind is defined in the document.
    pub fn exists(&self, kind: &'static str, id: uuid::Uuid) -> bool {
        self.ids.is_defined(kind, id)
    }
}

/// A finding before rendering.
#[derive(Debug, Clone)]
struct RawFinding {
    rule: usize,
    reason: &'static Reason,
    clause: Option<&'static str>,
    path: String,
    params: Vec<(&'static str, String)>,
}

/// Where rules report findings. The engine sets which rule is running and how many
/// findings one rule may report ([`Limits::max_findings_per_rule`]); past that, findings
/// are counted, not kept.
pub struct Emitter<'e> {
    rule: usize,
    rule_id: &'e str,
    out: &'e mut Vec<RawFinding>,
    kept: usize,
    cap: usize,
    omitted: usize,
}

impl std::fmt::Debug for Emitter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emitter")
            .field("rule_id", &self.rule_id)
            .field("kept", &self.kept)
            .field("omitted", &self.omitted)
            .finish_non_exhaustive()
    }
}

impl Emitter<'_> {
    /// Id of the rule being run.
    pub fn rule_id(&self) -> &str {
        self.rule_id
    }

    /// Whether the running rule may still report a finding; past its cap a check may stop
    /// looking.
    pub fn wants_more(&self) -> bool {
        self.kept < self.cap
    }

    fn push(&mut self, raw: RawFinding) {
        if self.kept < self.cap {
            self.kept += 1;
            self.out.push(raw);
        } else {
            self.omitted += 1;
        }
    }

    /// Reports a finding of the running rule for a `reason` (one of the rule's
    /// [`RuleMeta::reasons`]) at `path` — a JSON pointer that resolves in the serialized
    /// document — with data parameters for the reason's templates.
    pub fn emit(
        &mut self,
        reason: &'static Reason,
        path: impl Into<String>,
        params: &[(&'static str, String)],
    ) {
        self.push(RawFinding {
            rule: self.rule,
            reason,
            clause: None,
            path: path.into(),
            params: params.to_vec(),
        });
    }

    /// Like [`Emitter::emit`], naming a more precise clause or item than the rule's own
    /// (e.g. a rule for 3.1 reporting the missing category as `3.1.c`).
    pub fn emit_at(
        &mut self,
        clause: &'static str,
        reason: &'static Reason,
        path: impl Into<String>,
        params: &[(&'static str, String)],
    ) {
        self.push(RawFinding {
            rule: self.rule,
            reason,
            clause: Some(clause),
            path: path.into(),
            params: params.to_vec(),
        });
    }
}

/// Renders a message template: `{name}` is replaced by the parameter `name`; unknown names
/// are left as they are.
pub fn render(template: &str, params: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(rest.get(..start).unwrap_or(""));
        let after = rest.get(start + 1..).unwrap_or("");
        match after.find('}') {
            Some(end) => {
                let name = after.get(..end).unwrap_or("");
                match params.get(name) {
                    Some(v) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Bounds on what one evaluation may produce, so that a hostile or badly broken document
/// cannot make a report grow beyond a known size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Most findings one rule may report; further findings are counted in
    /// [`Report::omitted`]. Default [`Limits::DEFAULT_MAX_FINDINGS_PER_RULE`].
    pub max_findings_per_rule: usize,
}

impl Limits {
    /// The default cap on findings per rule: 1,000.
    pub const DEFAULT_MAX_FINDINGS_PER_RULE: usize = 1_000;

    /// Limits with a cap on findings per rule.
    pub const fn with_max_findings_per_rule(max: usize) -> Self {
        Self {
            max_findings_per_rule: max,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::with_max_findings_per_rule(Self::DEFAULT_MAX_FINDINGS_PER_RULE)
    }
}

/// Runs rules.
///
/// ```
/// use ecms::rules::{Engine, RuleOverride, Severity};
///
/// let text = include_str!("../../examples/data/silk-road-threads.json");
/// let doc = ecms::parse_document(text)?.document;
/// let mut engine = Engine::new();
/// engine.set_override(
///     ecms::rules::context::scope::EXCLUSION_APPROVED.id(),
///     RuleOverride::disable("approvals are recorded in the ERP"),
/// )?;
/// let report = engine.evaluate(&doc, ecms::common::Date::from_ymd(2026, 6, 30).ok_or("date")?);
/// assert_eq!(report.count(Severity::Error), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Engine {
    rules: Vec<Box<dyn Rule>>,
    overrides: BTreeMap<String, RuleOverride>,
    limits: Limits,
    parameters: crate::params::Parameters,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("rules", &self.rules.len())
            .field("overrides", &self.overrides)
            .field("limits", &self.limits)
            .field("parameters", &self.parameters)
            .finish()
    }
}

struct StaticRef(&'static BuiltinRule);

impl Rule for StaticRef {
    fn meta(&self) -> &RuleMeta {
        &self.0.meta
    }
    fn check(&self, ctx: &Ctx<'_>, out: &mut Emitter<'_>) {
        (self.0.check)(ctx, out)
    }
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Engine {
    /// An engine with every built-in rule and the default [`Limits`].
    pub fn new() -> Self {
        Self {
            rules: builtin_rules()
                .iter()
                .map(|r| Box::new(StaticRef(r)) as Box<dyn Rule>)
                .collect(),
            overrides: BTreeMap::new(),
            limits: Limits::default(),
            parameters: crate::params::Parameters::default(),
        }
    }

    /// Sets the limits of every later evaluation.
    pub fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Sets the embedder's parameters (see [`crate::params`]): they replace the library
    /// defaults, and a document's own `policy.parameters` override them.
    pub fn set_parameters(&mut self, parameters: crate::params::Parameters) {
        self.parameters = parameters;
    }

    /// The embedder's parameters.
    pub fn parameters(&self) -> &crate::params::Parameters {
        &self.parameters
    }

    /// The parameters in force for a document: its own over the embedder's over the
    /// library defaults.
    pub fn effective_parameters(&self, doc: &EcmsDocument) -> crate::params::Effective {
        crate::params::Effective::for_document(doc, &self.parameters)
    }

    /// Adds a rule of the embedder's own.
    pub fn add_rule(&mut self, rule: Box<dyn Rule>) -> Result<(), ConfigError> {
        let m = *rule.meta();
        if self.rules.iter().any(|r| r.meta().id == m.id) {
            return Err(ConfigError::DuplicateRule(m.id.to_owned()));
        }
        if crate::catalog::clause(m.clause).is_none() {
            return Err(ConfigError::UnknownClause {
                rule: m.id.to_owned(),
                clause: m.clause.to_owned(),
            });
        }
        self.rules.push(rule);
        Ok(())
    }

    /// Disables a rule or changes its severity; the justification is recorded in reports.
    /// Disabling a rule removes its own findings and changes no other rule's verdict.
    pub fn set_override(&mut self, rule_id: &str, o: RuleOverride) -> Result<(), ConfigError> {
        if !self.rules.iter().any(|r| r.meta().id == rule_id) {
            return Err(ConfigError::UnknownRule(rule_id.to_owned()));
        }
        if o.justification.trim().is_empty() {
            return Err(ConfigError::NoJustification(rule_id.to_owned()));
        }
        self.overrides.insert(rule_id.to_owned(), o);
        Ok(())
    }

    /// The rules this engine runs.
    pub fn rules(&self) -> impl Iterator<Item = &RuleMeta> {
        self.rules.iter().map(|r| r.meta())
    }

    /// Evaluates a document as of a date.
    pub fn evaluate(&self, doc: &EcmsDocument, as_of: impl Into<Date>) -> Report {
        let as_of = as_of.into();
        let ids = IdIndex::build(doc);
        let obligations = obligations::collect_as_of(doc, as_of);
        self.evaluate_with(doc, as_of, &ids, &obligations)
    }

    /// Evaluates with a prebuilt id index and obligation list.
    pub fn evaluate_with(
        &self,
        doc: &EcmsDocument,
        as_of: Date,
        ids: &IdIndex,
        obligations: &[Obligation],
    ) -> Report {
        let params = self.effective_parameters(doc);
        let ctx = Ctx {
            doc,
            as_of,
            ids,
            obligations,
            params: &params,
        };
        let mut raw = Vec::new();
        let mut omitted = Vec::new();
        for (i, rule) in self.rules.iter().enumerate() {
            let meta = rule.meta();
            if self.overrides.get(meta.id).is_some_and(|o| !o.enabled) {
                continue;
            }
            let mut em = Emitter {
                rule: i,
                rule_id: meta.id,
                out: &mut raw,
                kept: 0,
                cap: self.limits.max_findings_per_rule,
                omitted: 0,
            };
            rule.check(&ctx, &mut em);
            if em.omitted > 0 {
                omitted.push(OmittedFindings {
                    rule_id: meta.id.to_owned(),
                    kept: em.kept,
                    omitted: em.omitted,
                });
            }
        }
        // 3.3: a requirement validly declared not applicable on the as-of date has no
        // findings, whichever rule reports at it (the report shows it as not applicable).
        let excluded: std::collections::HashSet<&str> =
            crate::rules::context::scope::valid_exclusions(doc, as_of)
                .map(|(_, e)| e.clause.as_str())
                .collect();
        let is_excluded = |clause: &str| {
            !excluded.is_empty()
                && std::iter::successors(Some(clause), |c| c.rsplit_once('.').map(|(a, _)| a))
                    .any(|c| excluded.contains(c))
        };
        // The parameter each policy rule rests on (the first that lists it).
        let mut policy_parameter: std::collections::HashMap<&str, &str> =
            std::collections::HashMap::new();
        for info in crate::params::catalog() {
            for id in info.rules {
                policy_parameter.entry(id).or_insert(info.name);
            }
        }
        let findings = raw
            .into_iter()
            .filter_map(|r| {
                let meta = self.rules.get(r.rule)?.meta();
                let clause = r.clause.unwrap_or(meta.clause);
                if is_excluded(clause) {
                    return None;
                }
                // A reason resting on the organization's parameter is at most a warning.
                let default = match (r.reason.parameter, meta.severity) {
                    (Some(_), Severity::Error) => Severity::Warning,
                    (_, s) => s,
                };
                let severity = self
                    .overrides
                    .get(meta.id)
                    .and_then(|o| o.severity)
                    .unwrap_or(default);
                let mut params = BTreeMap::new();
                let mut en_params = BTreeMap::new();
                let mut zh_params = BTreeMap::new();
                for (k, v) in r.params {
                    let (value, en, zh) = split_param(&v);
                    params.insert(k.to_owned(), value);
                    en_params.insert(k.to_owned(), en);
                    zh_params.insert(k.to_owned(), zh);
                }
                let parameter = r.reason.parameter.or_else(|| {
                    (meta.basis == Basis::Policy)
                        .then(|| policy_parameter.get(meta.id).copied())
                        .flatten()
                });
                Some(Finding {
                    parameter: parameter.map(str::to_owned),
                    rule_id: meta.id.to_owned(),
                    clause: clause.to_owned(),
                    severity,
                    grade: meta.grade,
                    reason: r.reason.code.to_owned(),
                    path: r.path,
                    message: LocalizedText {
                        en: render(r.reason.message.en, &en_params),
                        zh: render(r.reason.message.zh, &zh_params),
                    },
                    params,
                })
            })
            .collect();
        Report {
            as_of,
            findings,
            overrides: self
                .overrides
                .iter()
                .map(|(k, v)| AppliedOverride {
                    rule_id: k.clone(),
                    enabled: v.enabled,
                    severity: v.severity,
                    justification: v.justification.clone(),
                })
                .collect(),
            omitted,
        }
    }
}

/// Evaluates a document with every built-in rule as of a date.
pub fn evaluate(doc: &EcmsDocument, as_of: impl Into<Date>) -> Report {
    Engine::new().evaluate(doc, as_of)
}

/// The built-in rule catalog, in clause order.
pub fn builtin_rules() -> Vec<&'static BuiltinRule> {
    let chapters: [&'static [&'static BuiltinRule]; 9] = [
        integrity::RULES,
        context::RULES,
        leadership::RULES,
        planning::RULES,
        support::RULES,
        operation::RULES,
        operation::supply_chain::RULES,
        performance::RULES,
        improvement::RULES,
    ];
    chapters.iter().flat_map(|g| g.iter().copied()).collect()
}

/// Requirements covered by self-assessment rather than by record checks, with the reason.
pub fn assessed_requirements() -> Vec<&'static AssessedRequirement> {
    let groups: [&'static [AssessedRequirement]; 8] = [
        context::ASSESSED,
        leadership::ASSESSED,
        planning::ASSESSED,
        support::ASSESSED,
        operation::ASSESSED,
        operation::supply_chain::ASSESSED,
        performance::ASSESSED,
        improvement::ASSESSED,
    ];
    groups.iter().flat_map(|g| g.iter()).collect()
}

/// Shorthand for a bilingual static text.
pub(crate) const fn t(en: &'static str, zh: &'static str) -> StaticText {
    StaticText { en, zh }
}
