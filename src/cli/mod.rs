//! Command-line handling. Exit codes: 0 nothing to report, 1 findings at or above the
//! fail-on level, 2 input that could not be read or parsed, or a usage error.

mod text;

use std::io::{Read, Write};

use chrono::NaiveDate;
use ecms::conformity;
use ecms::parse::{ParseOptions, UnknownFieldPolicy};
use ecms::rules::{Engine, Severity, obligations};

const USAGE: &str = "\
usage:
  ecms check FILE|- --as-of YYYY-MM-DD [--format text|json] [--lang en|zh]
                    [--fail-on error|warning|never] [--unknown-fields reject|warn]
  ecms obligations FILE|- --as-of YYYY-MM-DD [--horizon-days N] [--format text|json] [--lang en|zh]
  ecms catalog [--format text|json] [--lang en|zh]
  ecms rules [--format text|json|markdown] [--lang en|zh]
  ecms schema [NAME]          (NAME: document, report, obligations, rules, catalog;
                               default document)

exit codes: 0 nothing to report, 1 findings at or above --fail-on (default error),
            2 input that could not be read or parsed, or a usage error
";

/// Runs the tool; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some((cmd, rest)) = args.split_first() else {
        let _ = write!(err, "{USAGE}");
        return 2;
    };
    let result = match cmd.as_str() {
        "check" => check(rest, out, err),
        "obligations" => obligations_cmd(rest, out, err),
        "catalog" => catalog_cmd(rest, out),
        "rules" => rules_cmd(rest, out),
        "schema" => schema_cmd(rest, out),
        "-h" | "--help" | "help" => {
            let _ = write!(out, "{USAGE}");
            Ok(0)
        }
        "-V" | "--version" => {
            let _ = writeln!(out, "ecms {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        other => Err(format!("unknown command {other:?}")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            let _ = writeln!(err, "ecms: {msg}\n\n{USAGE}");
            2
        }
    }
}

struct Opts {
    positional: Vec<String>,
    flags: Vec<(String, String)>,
}

fn parse_opts(args: &[String], known: &[&str]) -> Result<Opts, String> {
    let mut positional = Vec::new();
    let mut flags = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.strip_prefix("--") {
            Some(name) if !name.is_empty() => {
                let (name, value) = match name.split_once('=') {
                    Some((n, v)) => (n.to_owned(), v.to_owned()),
                    None => {
                        if !known.contains(&name) {
                            return Err(format!("unknown option --{name}"));
                        }
                        let v = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
                        (name.to_owned(), v.clone())
                    }
                };
                if !known.contains(&name.as_str()) {
                    return Err(format!("unknown option --{name}"));
                }
                flags.push((name, value));
            }
            _ => positional.push(a.clone()),
        }
    }
    Ok(Opts { positional, flags })
}

impl Opts {
    fn get(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    fn choice<'a>(
        &'a self,
        name: &str,
        allowed: &[&'a str],
        default: &'a str,
    ) -> Result<&'a str, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) if allowed.contains(&v) => Ok(v),
            Some(v) => Err(format!(
                "--{name} must be one of {}, not {v:?}",
                allowed.join("|")
            )),
        }
    }
    fn one_file(&self) -> Result<&str, String> {
        match self.positional.as_slice() {
            [f] => Ok(f.as_str()),
            [] => Err("no input file given (use - for standard input)".into()),
            _ => Err("more than one input file given".into()),
        }
    }
    fn no_positional(&self) -> Result<(), String> {
        match self.positional.first() {
            None => Ok(()),
            Some(p) => Err(format!("unexpected argument {p:?}")),
        }
    }
    fn as_of(&self) -> Result<NaiveDate, String> {
        let s = self
            .get("as-of")
            .ok_or("--as-of YYYY-MM-DD is required: ecms never reads the clock")?;
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| format!("--as-of must be a date YYYY-MM-DD, not {s:?}"))
    }
}

fn read_input(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        b
    } else {
        std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{file}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads and parses a document; on failure prints the located error and returns `Err(2)`.
fn load(
    file: &str,
    policy: UnknownFieldPolicy,
    err: &mut dyn Write,
) -> Result<Result<ecms::Parsed, i32>, String> {
    let text = match read_input(file) {
        Ok(t) => t,
        Err(msg) => {
            let _ = writeln!(err, "ecms: {msg}");
            return Ok(Err(2));
        }
    };
    match ecms::parse_document_with(
        &text,
        ParseOptions {
            unknown_fields: policy,
        },
    ) {
        Ok(p) => {
            for f in &p.unknown_fields {
                let _ = match (f.line, f.column) {
                    (Some(l), Some(c)) => writeln!(
                        err,
                        "{file}:{l}:{c}: warning: unknown field {} ignored",
                        f.path
                    ),
                    _ => writeln!(err, "{file}: warning: unknown field {} ignored", f.path),
                };
            }
            Ok(Ok(p))
        }
        Err(e) => {
            match &e {
                ecms::ParseError::UnknownFields { fields } => {
                    for f in fields {
                        let _ = match (f.line, f.column) {
                            (Some(l), Some(c)) => {
                                writeln!(err, "{file}:{l}:{c}: error: unknown field {}", f.path)
                            }
                            _ => writeln!(err, "{file}: error: unknown field {}", f.path),
                        };
                    }
                    let _ = writeln!(
                        err,
                        "{file}: refused: the model does not know these fields (vendor data belongs in an `extensions` object; --unknown-fields warn reads the file anyway)"
                    );
                }
                ecms::ParseError::Invalid {
                    line,
                    column,
                    path,
                    message,
                    ..
                } => {
                    let at = if path.is_empty() { "/" } else { path.as_str() };
                    let _ = writeln!(err, "{file}:{line}:{column}: error at {at}: {message}");
                }
                _ => {
                    let _ = writeln!(err, "{file}: error: {e}");
                }
            }
            Ok(Err(2))
        }
    }
}

fn check(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, String> {
    let o = parse_opts(
        args,
        &["as-of", "format", "lang", "fail-on", "unknown-fields"],
    )?;
    let file = o.one_file()?;
    let format = o.choice("format", &["text", "json"], "text")?;
    let lang = o.choice("lang", &["en", "zh"], "en")?;
    let fail_on = o.choice("fail-on", &["error", "warning", "never"], "error")?;
    let unknown = o.choice("unknown-fields", &["reject", "warn"], "reject")?;
    let as_of = o.as_of()?;
    let policy = if unknown == "warn" {
        UnknownFieldPolicy::Report
    } else {
        UnknownFieldPolicy::Reject
    };
    let parsed = match load(file, policy, err)? {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let engine = Engine::new();
    let report = engine.evaluate(&parsed.document, as_of);
    let conf = conformity::build(&parsed.document, &engine, report);
    if format == "json" {
        let s = serde_json::to_string_pretty(&conf).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{s}");
    } else {
        text::check_report(out, &parsed.document, &conf, lang == "zh");
    }
    let failing = match fail_on {
        "never" => false,
        "warning" => conf
            .findings
            .iter()
            .any(|f| f.severity <= Severity::Warning),
        _ => conf.findings.iter().any(|f| f.severity == Severity::Error),
    };
    Ok(i32::from(failing))
}

fn obligations_cmd(
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, String> {
    let o = parse_opts(args, &["as-of", "horizon-days", "format", "lang"])?;
    let file = o.one_file()?;
    let format = o.choice("format", &["text", "json"], "text")?;
    let lang = o.choice("lang", &["en", "zh"], "en")?;
    let as_of = o.as_of()?;
    let horizon: i64 = match o.get("horizon-days") {
        None => 30,
        Some(s) => s
            .parse()
            .ok()
            .filter(|n| (0..=36_600).contains(n))
            .ok_or_else(|| format!("--horizon-days must be a whole number 0-36600, not {s:?}"))?,
    };
    let parsed = match load(file, UnknownFieldPolicy::Reject, err)? {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let list = obligations::list(&parsed.document, as_of, horizon);
    if format == "json" {
        let s = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{s}");
    } else {
        text::obligations(out, &list, as_of, horizon, lang == "zh");
    }
    let overdue = list.iter().any(|e| {
        matches!(
            e.status,
            obligations::ObligationStatus::Overdue { .. }
                | obligations::ObligationStatus::NeverDone
        )
    });
    Ok(i32::from(overdue))
}

fn catalog_cmd(args: &[String], out: &mut dyn Write) -> Result<i32, String> {
    let o = parse_opts(args, &["format", "lang"])?;
    o.no_positional()?;
    let format = o.choice("format", &["text", "json"], "text")?;
    let lang = o.choice("lang", &["en", "zh"], "en")?;
    if format == "json" {
        let s =
            serde_json::to_string_pretty(ecms::catalog::clauses()).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{s}");
    } else {
        text::catalog(out, lang == "zh");
    }
    Ok(0)
}

fn rules_cmd(args: &[String], out: &mut dyn Write) -> Result<i32, String> {
    let o = parse_opts(args, &["format", "lang"])?;
    o.no_positional()?;
    let format = o.choice("format", &["text", "json", "markdown"], "text")?;
    let lang = o.choice("lang", &["en", "zh"], "en")?;
    let engine = Engine::new();
    match format {
        "json" => {
            let metas: Vec<_> = engine.rules().collect();
            let s = serde_json::to_string_pretty(&metas).map_err(|e| e.to_string())?;
            let _ = writeln!(out, "{s}");
        }
        "markdown" => {
            let _ = write!(out, "{}", ecms::docs::rules_markdown());
        }
        _ => text::rules(out, &engine, lang == "zh"),
    }
    Ok(0)
}

fn schema_cmd(args: &[String], out: &mut dyn Write) -> Result<i32, String> {
    let o = parse_opts(args, &[])?;
    let name = match o.positional.as_slice() {
        [] => "document",
        [n] => n.as_str(),
        _ => return Err("schema takes at most one NAME".into()),
    };
    let schema = ecms::schema::schema(name).ok_or_else(|| {
        format!(
            "no schema {name:?}; known: {}",
            ecms::schema::SCHEMA_NAMES.join(", ")
        )
    })?;
    let _ = write!(out, "{}", ecms::schema::to_pretty_json(&schema));
    Ok(0)
}
