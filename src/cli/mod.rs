//! Command-line handling. Exit codes: 0 nothing to report, 1 findings at or above the
//! fail-on level, 2 input that could not be read or parsed, or a usage error.

use std::io::{Read, Write};

use chrono::NaiveDate;
use ecms::parse::{ParseOptions, UnknownFieldPolicy};
use ecms::rules::{Engine, Severity};

const USAGE: &str = "\
usage:
  ecms check FILE|- [--as-of YYYY-MM-DD] [--format text|json] [--lang en|zh]
                    [--fail-on error|warning|never] [--unknown-fields reject|warn]
  ecms catalog [--format text|json]
  ecms rules [--format text|json]
  ecms obligations FILE|- --as-of YYYY-MM-DD [--horizon-days N] [--format text|json]
";

/// Runs the tool; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some((cmd, rest)) = args.split_first() else {
        let _ = write!(err, "{USAGE}");
        return 2;
    };
    let result = match cmd.as_str() {
        "check" => check(rest, out, err),
        "-h" | "--help" | "help" => {
            let _ = write!(out, "{USAGE}");
            Ok(0)
        }
        other => Err(format!("unknown command {other:?}")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            let _ = writeln!(err, "ecms: {msg}\n{USAGE}");
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
        if let Some(name) = a.strip_prefix("--") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_owned(), v.to_owned()),
                None => {
                    let v = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
                    (name.to_owned(), v.clone())
                }
            };
            if !known.contains(&name.as_str()) {
                return Err(format!("unknown option --{name}"));
            }
            flags.push((name, value));
        } else {
            positional.push(a.clone());
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
    fn as_of(&self) -> Result<Option<NaiveDate>, String> {
        self.get("as-of")
            .map(|s| {
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map_err(|_| format!("--as-of must be a date YYYY-MM-DD, not {s:?}"))
            })
            .transpose()
    }
}

fn read_input(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))
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
    let as_of = o
        .as_of()?
        .ok_or("--as-of YYYY-MM-DD is required: the library never reads the clock")?;
    let text = read_input(file)?;
    let options = ParseOptions {
        unknown_fields: if unknown == "warn" {
            UnknownFieldPolicy::Report
        } else {
            UnknownFieldPolicy::Reject
        },
    };
    let parsed = match ecms::parse_document_with(&text, options) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "{file}: {e}");
            return Ok(2);
        }
    };
    for f in &parsed.unknown_fields {
        let _ = match (f.line, f.column) {
            (Some(l), Some(c)) => writeln!(
                err,
                "{file}:{l}:{c}: warning: unknown field {} ignored",
                f.path
            ),
            _ => writeln!(err, "{file}: warning: unknown field {} ignored", f.path),
        };
    }
    let report = Engine::new().evaluate(&parsed.document, as_of);
    if format == "json" {
        let s = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{s}");
    } else {
        for f in &report.findings {
            let msg = if lang == "zh" {
                &f.message.zh
            } else {
                &f.message.en
            };
            let _ = writeln!(
                out,
                "{} [{}] {} {}: {}",
                f.severity.as_str(),
                f.clause,
                f.rule_id,
                f.path,
                msg
            );
        }
        let _ = writeln!(
            out,
            "{} error(s), {} warning(s)",
            report.count(Severity::Error),
            report.count(Severity::Warning)
        );
    }
    let failing = match fail_on {
        "never" => false,
        "warning" => report
            .findings
            .iter()
            .any(|f| f.severity <= Severity::Warning),
        _ => report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error),
    };
    Ok(i32::from(failing))
}
