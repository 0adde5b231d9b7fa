//! Command-line handling. Exit codes: 0 nothing to report, 1 findings at or above the
//! fail-on level, 2 input that could not be read or parsed, output that could not be
//! written, or a usage error.
//!
//! Arguments are parsed by clap from one definition ([`Cli`]), which also generates the
//! shell completions (`ecms completions SHELL`) and the man page (`ecms man`). Every
//! output is built in memory and written at the end, so a failed write (a full disk, a
//! closed pipe) is noticed and reported as exit 2.

mod check;
mod diff;
mod explain;
mod formats;
mod init;
mod input;
mod locate;
mod meta;
mod params;
mod redact;
mod term;
mod text;

use std::io::Write;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use ecms::common::Date;
use ecms::rules::{Engine, obligations};

/// The outcome of a command: its exit code and its standard output.
pub(crate) struct Outcome {
    code: i32,
    stdout: Vec<u8>,
}

impl Outcome {
    fn ok(stdout: Vec<u8>) -> Self {
        Self { code: 0, stdout }
    }
}

const AFTER_HELP: &str = "\
Exit codes: 0 nothing to report; 1 findings at or above --fail-on (check) or an overdue
obligation (obligations); 2 input that could not be read or parsed, output that could not be
written, or a usage error.

ecms never reads the clock: commands that judge time take --as-of YYYY-MM-DD.";

/// Checks an organization's management-system records against GB/T 36311—2018
/// (Electronic commerce management system — Requirements).
#[derive(Debug, Parser)]
#[command(
    name = "ecms",
    version,
    propagate_version = true,
    after_help = AFTER_HELP,
    disable_help_subcommand = false,
    arg_required_else_help = true
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Check documents and report findings, clause by clause.
    #[command(after_help = "\
Examples:
  ecms check examples/data/silk-road-threads.json --as-of 2026-06-30
  ecms check data/ other.json --as-of 2026-06-30 --format sarif > ecms.sarif
  cat org.json | ecms check - --as-of 2026-06-30 --format junit --fail-on warning
  ecms check org.json --as-of 2026-06-30 --param onTimePercent=98 --param incidentClosureLimit=P14D
  ecms check org.json --as-of 2026-06-30 --param requireDocumentedProcedures=true
  ecms check org.json --as-of 2026-06-30 --param 'riskMatrix={\"scale\":4,\"mediumFrom\":4,\"highFrom\":9}'
  ecms check org.json --as-of 2026-06-30 --parameters our-parameters.json

FILE may be a file, a directory (every *.json below it, in name order) or - for standard
input. Files are checked in parallel; reports come out in the order given. The exit code is
the worst over all files: 2 if any could not be read, else 1 if any has findings at or above
--fail-on, else 0.

--param and --parameters set the organization's parameters (`ecms parameters` lists them) in
place of the library defaults; a document's own policy.parameters still win over them, and
--param wins over --parameters. An unknown name or an invalid value is a usage error (exit 2).")]
    Check(CheckArgs),
    /// List periodic obligations (reviews, audits, trainings) and which are due or overdue.
    #[command(after_help = "\
Examples:
  ecms obligations examples/data/silk-road-threads.json --as-of 2026-06-30 --horizon-days 90
  ecms obligations org.json --as-of 2026-06-30 --format json

Exits 1 when an obligation is overdue or was never done.")]
    Obligations(ObligationsArgs),
    /// Compare two versions of a document: changes that break document control (6.4.3).
    #[command(after_help = "\
Examples:
  ecms diff org-2026-06.json org-2026-09.json
  ecms diff old.json new.json --as-of 2026-09-30 --format json --lang zh

Reports approved documented information altered without a new version, records altered or
deleted within their retention period, back-dated approvals, reused version labels,
rewritten histories and version digests (versionDigest) that no longer match. Exits 0 when
nothing breaks document control, 1 with findings, 2 when an input cannot be read.")]
    Diff(DiffArgs),
    /// Explain a rule: what it checks, its clause, why, its messages and an example.
    #[command(after_help = "\
Examples:
  ecms explain ecms-3.1-factor-review-overdue
  ecms explain ecms-ref-dangling --lang zh

`ecms rules` lists every rule id.")]
    Explain(ExplainArgs),
    /// Write a starter document: a valid, minimal organization skeleton to fill in.
    #[command(after_help = "\
Examples:
  ecms init --output org.json
  ecms init > org.json

Then: ecms check org.json --as-of YYYY-MM-DD (see docs/getting-started.md).")]
    Init(InitArgs),
    /// Write a copy with personal data replaced by keyed pseudonyms, for an external auditor.
    #[command(after_help = "\
Examples:
  ecms redact org.json --key \"$SECRET\" -o org.redacted.json
  ECMS_REDACT_KEY=\"$SECRET\" ecms redact org.json --alias 小青=杨小青 > org.redacted.json

Every personal-data field (a person's name, pseudonym) gets a pseudonym 人员-xxxxxxxx keyed by
KEY (or ECMS_REDACT_KEY); the same value gets the same pseudonym everywhere, also inside free
text, so the copy gives the same findings as the original. Without a secret key the public
default key is used and short names can be found again by hashing candidates. Strings in
vendor extensions are replaced only where they equal a name. Exits 2 when the input cannot be
read or the output cannot be written.")]
    Redact(RedactArgs),
    /// List the clause catalog of GB/T 36311—2018.
    #[command(after_help = "\
Examples:
  ecms catalog
  ecms catalog --format json --lang zh")]
    Catalog(ListArgs),
    /// List the compliance rules.
    #[command(after_help = "\
Examples:
  ecms rules
  ecms rules --format markdown > rules.md")]
    Rules(RulesArgs),
    /// List the organization's parameters: the numbers the standard does not state, with
    /// their defaults and the rules that read them.
    #[command(after_help = "\
Examples:
  ecms parameters
  ecms parameters --format json --lang zh

A document sets its own values in policy.parameters (see docs/parameters.md); for one run of
check, --param NAME=VALUE and --parameters FILE set them in place of the defaults.")]
    Parameters(ListArgs),
    /// Print a JSON Schema (document, report, obligations, rules, catalog or diff).
    #[command(after_help = "\
Examples:
  ecms schema > document.schema.json
  ecms schema report")]
    Schema(SchemaArgs),
    /// Print shell completions generated from this command line's definition.
    #[command(after_help = "\
Examples:
  ecms completions bash > /etc/bash_completion.d/ecms
  ecms completions zsh > \"${fpath[1]}/_ecms\"")]
    Completions(CompletionsArgs),
    /// Print the man page (roff) generated from this command line's definition.
    #[command(after_help = "\
Examples:
  ecms man > ecms.1 && man ./ecms.1")]
    Man,
}

/// Output language of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Lang {
    /// English.
    En,
    /// Chinese (简体中文).
    Zh,
}

/// When to colour text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Only when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// Findings grouped by clause, each with file:line:column.
    Text,
    /// The conformity report (docs/schema/report.json); with several files, a list.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML: one test case per leaf clause.
    Junit,
    /// GitHub Actions workflow annotations.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    /// Exit 1 on errors.
    Error,
    /// Exit 1 on errors and warnings.
    Warning,
    /// Never exit 1 for findings.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum UnknownFields {
    /// Refuse a document with fields the model does not know (exit 2).
    Reject,
    /// Read it anyway and warn on standard error.
    Warn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    /// For people.
    Text,
    /// JSON.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RulesFormat {
    /// For people.
    Text,
    /// JSON.
    Json,
    /// The Markdown of docs/rules.md.
    Markdown,
}

/// Options shared by the commands that print text.
#[derive(Debug, Args)]
struct Common {
    /// Language of text output.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    /// When to colour text output (NO_COLOR is honoured by `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// Options of the commands that read documents.
#[derive(Debug, Args)]
struct InputOpts {
    /// The date to judge as of, written YYYY-MM-DD (required: ecms never reads the clock).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Date,
    /// Refuse inputs larger than this many bytes (suffixes K, M, G: 1024-based).
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
    max_bytes: u64,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Documents: files, directories (every *.json below) or - for standard input.
    #[arg(value_name = "FILE", required = true, value_hint = clap::ValueHint::AnyPath)]
    files: Vec<String>,
    #[command(flatten)]
    input: InputOpts,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// What to do with fields the model does not know.
    #[arg(long, value_enum, default_value_t = UnknownFields::Reject)]
    unknown_fields: UnknownFields,
    /// Set a parameter (see `ecms parameters`) in place of its default; repeatable. VALUE is
    /// JSON when it parses as JSON, else text: onTimePercent=98, incidentClosureLimit=P14D,
    /// requireDocumentedProcedures=true. A document's own policy.parameters win over it.
    #[arg(long = "param", value_name = "NAME=VALUE", value_parser = params::parse_param)]
    param: Vec<(String, serde_json::Value)>,
    /// A JSON object of parameters, shaped like policy.parameters; --param wins over it.
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    parameters: Option<std::path::PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct ObligationsArgs {
    /// The document: a file or - for standard input.
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    file: String,
    #[command(flatten)]
    input: InputOpts,
    /// How many days ahead count as "due soon" (0-36600).
    #[arg(long, value_name = "DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(i64).range(0..=36_600))]
    horizon_days: i64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// The earlier version: a file or - for standard input.
    #[arg(value_name = "OLD", value_hint = clap::ValueHint::FilePath)]
    old: String,
    /// The later version: a file or - for standard input.
    #[arg(value_name = "NEW", value_hint = clap::ValueHint::FilePath)]
    new: String,
    /// The date NEW is judged on (retention periods), YYYY-MM-DD; the latest approval date
    /// in NEW when absent.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
    /// The date OLD was taken, YYYY-MM-DD; the latest approval date in OLD when absent.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    old_as_of: Option<Date>,
    /// Refuse inputs larger than this many bytes (suffixes K, M, G: 1024-based).
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
    max_bytes: u64,
    /// Output format: text, or JSON (the report of `ecms::diff::compare`).
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// A rule id, e.g. ecms-3.1-factor-review-overdue.
    #[arg(value_name = "RULE_ID")]
    rule: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct InitArgs {
    /// Write here instead of standard output; refuses to overwrite an existing file.
    #[arg(long, short, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    output: Option<std::path::PathBuf>,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct RedactArgs {
    /// The document: a file or - for standard input.
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    file: String,
    /// Write here instead of standard output; refuses to overwrite an existing file.
    #[arg(long, short, value_name = "OUT", value_hint = clap::ValueHint::FilePath)]
    output: Option<std::path::PathBuf>,
    /// Overwrite OUT if it exists.
    #[arg(long)]
    force: bool,
    /// Secret key of the pseudonyms (else ECMS_REDACT_KEY, else a public default).
    #[arg(long, value_name = "KEY")]
    key: Option<String>,
    /// Also replace ALIAS in free text by the pseudonym of NAME (a given name, a nickname).
    #[arg(long, value_name = "ALIAS=NAME", value_parser = redact::parse_alias)]
    alias: Vec<(String, String)>,
    /// Refuse inputs larger than this many bytes (suffixes K, M, G: 1024-based).
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
    max_bytes: u64,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    format: RulesFormat,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    /// Which schema.
    #[arg(value_name = "NAME", default_value = "document",
          value_parser = clap::builder::PossibleValuesParser::new(ecms::schema::SCHEMA_NAMES))]
    name: String,
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// `--as-of`: the same strict `YYYY-MM-DD` as dates in documents.
fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

/// `--max-bytes`: a whole number of bytes, optionally with a K, M or G suffix.
fn parse_size(s: &str) -> Result<u64, String> {
    let (digits, mult) = match s.as_bytes().last() {
        Some(b'K' | b'k') => (s.get(..s.len() - 1), 1u64 << 10),
        Some(b'M' | b'm') => (s.get(..s.len() - 1), 1 << 20),
        Some(b'G' | b'g') => (s.get(..s.len() - 1), 1 << 30),
        _ => (Some(s), 1),
    };
    digits
        .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<u64>().ok())
        .and_then(|n| n.checked_mul(mult))
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            format!("expected a positive number of bytes such as 1048576 or 64M, not {s:?}")
        })
}

/// The clap definition, for completions and the man page.
fn command() -> clap::Command {
    Cli::command()
}

/// Runs the tool; returns the exit code. Standard output is written only at the end, and
/// a failure to write it is exit 2 with one line on standard error.
pub fn run(args: Vec<std::ffi::OsString>, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            let text = e.render().to_string();
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    emit(text.into_bytes(), 0, err)
                }
                _ => {
                    let _ = write!(err, "{}", term::escape_controls(&text));
                    2
                }
            };
        }
    };
    match dispatch(cli.command, err) {
        Ok(o) => emit(o.stdout, o.code, err),
        Err(msg) => {
            let _ = writeln!(err, "ecms: {}", term::escape_controls(&msg));
            2
        }
    }
}

/// Writes standard output; a write error turns the exit code into 2.
fn emit(bytes: Vec<u8>, code: i32, err: &mut dyn Write) -> i32 {
    let mut out = std::io::stdout().lock();
    match out.write_all(&bytes).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) => {
            let _ = writeln!(err, "ecms: cannot write standard output: {e}");
            2
        }
    }
}

fn dispatch(cmd: Cmd, err: &mut dyn Write) -> Result<Outcome, String> {
    match cmd {
        Cmd::Check(a) => check::run(
            &check::Options {
                parameters: params::embedder(a.parameters.as_deref(), &a.param)?,
                files: a.files,
                as_of: a.input.as_of,
                max_bytes: a.input.max_bytes,
                format: a.format,
                fail_on: a.fail_on,
                unknown_fields_warn: a.unknown_fields == UnknownFields::Warn,
                zh: a.common.lang == Lang::Zh,
                color: term::use_color(a.common.color),
            },
            err,
        ),
        Cmd::Obligations(a) => obligations_cmd(&a, err),
        Cmd::Diff(a) => diff::run(
            &diff::Options {
                old: a.old,
                new: a.new,
                as_of: a.as_of,
                old_as_of: a.old_as_of,
                max_bytes: a.max_bytes,
                json: a.format == ListFormat::Json,
                zh: a.common.lang == Lang::Zh,
                color: term::use_color(a.common.color),
            },
            err,
        ),
        Cmd::Explain(a) => explain::run(
            &a.rule,
            a.format == ListFormat::Json,
            a.common.lang == Lang::Zh,
        ),
        Cmd::Init(a) => init::run(a.output.as_deref(), a.force, err),
        Cmd::Redact(a) => redact::run(
            &redact::Options {
                file: &a.file,
                output: a.output.as_deref(),
                force: a.force,
                key: a.key.as_deref(),
                aliases: &a.alias,
                max_bytes: a.max_bytes,
            },
            err,
        ),
        Cmd::Catalog(a) => {
            let mut out = Vec::new();
            if a.format == ListFormat::Json {
                json_to(&mut out, ecms::catalog::clauses())?;
            } else {
                text::catalog(&mut out, a.common.lang == Lang::Zh);
            }
            Ok(Outcome::ok(out))
        }
        Cmd::Rules(a) => {
            let engine = Engine::new();
            let mut out = Vec::new();
            match a.format {
                RulesFormat::Json => {
                    let metas: Vec<_> = engine.rules().map(ecms::rules::RuleEntry::of).collect();
                    json_to(&mut out, &metas)?;
                }
                RulesFormat::Markdown => {
                    out.extend_from_slice(ecms::docs::rules_markdown().as_bytes())
                }
                RulesFormat::Text => text::rules(&mut out, &engine, a.common.lang == Lang::Zh),
            }
            Ok(Outcome::ok(out))
        }
        Cmd::Parameters(a) => {
            let mut out = Vec::new();
            if a.format == ListFormat::Json {
                let list: Vec<ParameterJson<'_>> = ecms::params::catalog()
                    .iter()
                    .map(|info| ParameterJson {
                        info,
                        unit_zh: ecms::params::unit_zh(info.unit),
                    })
                    .collect();
                json_to(&mut out, &list)?;
            } else {
                text::parameters(&mut out, a.common.lang == Lang::Zh);
            }
            Ok(Outcome::ok(out))
        }
        Cmd::Schema(a) => {
            let schema =
                ecms::schema::schema(&a.name).ok_or_else(|| format!("no schema {:?}", a.name))?;
            Ok(Outcome::ok(
                ecms::schema::to_pretty_json(&schema).into_bytes(),
            ))
        }
        Cmd::Completions(a) => {
            let mut out = Vec::new();
            clap_complete::generate(a.shell, &mut command(), "ecms", &mut out);
            Ok(Outcome::ok(out))
        }
        Cmd::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command())
                .render(&mut out)
                .map_err(|e| format!("cannot render the man page: {e}"))?;
            Ok(Outcome::ok(out))
        }
    }
}

/// A parameter as `ecms parameters --format json` lists it: the catalog entry, with its unit
/// in Chinese beside the English one (as the description carries both languages).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct ParameterJson<'a> {
    #[serde(flatten)]
    info: &'a ecms::params::ParameterInfo,
    unit_zh: &'static str,
}

/// Pretty JSON and a newline.
fn json_to<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Result<(), String> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(|e| e.to_string())?;
    out.push(b'\n');
    Ok(())
}

fn obligations_cmd(a: &ObligationsArgs, err: &mut dyn Write) -> Result<Outcome, String> {
    let loaded = input::load(&input::Source::from_arg(&a.file), a.input.max_bytes, false);
    let parsed = match loaded {
        Ok(l) => l.parsed,
        Err(e) => {
            e.write_to(err);
            return Ok(Outcome {
                code: 2,
                stdout: Vec::new(),
            });
        }
    };
    let list = obligations::list(&parsed.document, a.input.as_of, a.horizon_days);
    let mut out = Vec::new();
    if a.format == ListFormat::Json {
        json_to(&mut out, &list)?;
    } else {
        text::obligations(
            &mut out,
            &list,
            a.input.as_of,
            a.horizon_days,
            a.common.lang == Lang::Zh,
        );
    }
    let overdue = list.iter().any(|e| {
        matches!(
            e.status,
            obligations::ObligationStatus::Overdue { .. }
                | obligations::ObligationStatus::NeverDone
        )
    });
    Ok(Outcome {
        code: i32::from(overdue),
        stdout: out,
    })
}
