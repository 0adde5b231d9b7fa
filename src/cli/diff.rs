//! `ecms diff OLD NEW`: changes between two versions of a document that break document
//! control (6.4.3), located in both files.

use std::io::Write;

use ecms::common::Date;
use ecms::diff::{self, DiffOptions, DiffReport};

use super::input::{self, Source};
use super::locate::locate_all;
use super::term::{Style, escape_inline, paint};
use super::{Outcome, json_to, text::sev_label};

/// What `diff` was asked to do.
pub(crate) struct Options {
    pub old: String,
    pub new: String,
    pub as_of: Option<Date>,
    pub old_as_of: Option<Date>,
    pub max_bytes: u64,
    pub json: bool,
    pub zh: bool,
    pub color: bool,
}

/// Runs `diff`: exit 0 when nothing breaks document control, 1 with findings, 2 when an
/// input cannot be read.
pub(crate) fn run(o: &Options, err: &mut dyn Write) -> Result<Outcome, String> {
    if o.old == "-" && o.new == "-" {
        return Err("only one of OLD and NEW can be standard input (-)".to_owned());
    }
    let (old_src, new_src) = (Source::from_arg(&o.old), Source::from_arg(&o.new));
    let old = input::load(&old_src, o.max_bytes, false);
    let new = input::load(&new_src, o.max_bytes, false);
    let (old, new) = match (old, new) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for e in [a.err(), b.err()].into_iter().flatten() {
                e.write_to(err);
            }
            return Ok(Outcome {
                code: 2,
                stdout: Vec::new(),
            });
        }
    };
    let report = diff::compare(
        &old.parsed.document,
        &new.parsed.document,
        &DiffOptions {
            as_of: o.as_of,
            old_as_of: o.old_as_of,
        },
    );
    let mut out = Vec::new();
    if o.json {
        json_to(&mut out, &report)?;
    } else {
        let paths = |side: fn(&diff::DiffFinding) -> Option<&str>| -> Vec<&str> {
            report
                .findings
                .iter()
                .map(|f| side(f).unwrap_or(""))
                .collect()
        };
        let old_at = locate_all(&old.text, &paths(|f| f.old_path.as_deref()));
        let new_at = locate_all(&new.text, &paths(|f| f.new_path.as_deref()));
        text(&mut out, &report, o, (&old_at, &new_at));
    }
    Ok(Outcome {
        code: i32::from(!report.is_clean()),
        stdout: out,
    })
}

type Positions<'a> = (&'a [Option<(usize, usize)>], &'a [Option<(usize, usize)>]);

fn text(out: &mut Vec<u8>, report: &DiffReport, o: &Options, at: Positions<'_>) {
    let (old_name, new_name) = (escape_inline(&o.old), escape_inline(&o.new));
    let _ = writeln!(
        out,
        "{}",
        paint(
            &if o.zh {
                format!("{old_name} → {new_name}：成文信息的控制（6.4.3）")
            } else {
                format!("{old_name} → {new_name}: control of documented information (6.4.3)")
            },
            Style::Bold,
            o.color
        )
    );
    for (i, f) in report.findings.iter().enumerate() {
        let style = match f.severity {
            ecms::Severity::Error => Style::Red,
            _ => Style::Yellow,
        };
        let msg = if o.zh { &f.message.zh } else { &f.message.en };
        let _ = writeln!(
            out,
            "{} {} {}",
            paint(sev_label(f.severity, o.zh), style, o.color),
            escape_inline(msg),
            paint(&format!("[{}]", f.check_id), Style::Dim, o.color)
        );
        let sides = [
            (
                &old_name,
                f.old_path.as_deref(),
                at.0.get(i).copied().flatten(),
                "old",
                "原",
            ),
            (
                &new_name,
                f.new_path.as_deref(),
                at.1.get(i).copied().flatten(),
                "new",
                "新",
            ),
        ];
        for (name, path, pos, en, zh) in sides {
            let Some(path) = path else { continue };
            let label = if o.zh { zh } else { en };
            let loc = match pos {
                Some((l, c)) => format!("{name}:{l}:{c}"),
                None => name.to_string(),
            };
            let _ = writeln!(
                out,
                "    {label}: {loc} {}",
                paint(&escape_inline(path), Style::Cyan, o.color)
            );
        }
    }
    let n = report.findings.len();
    let _ = if o.zh {
        if n == 0 {
            writeln!(out, "未发现违反成文信息控制的更改。")
        } else {
            writeln!(out, "共{n}项违反成文信息控制的更改。")
        }
    } else if n == 0 {
        writeln!(out, "No change breaks document control.")
    } else {
        writeln!(out, "{n} change(s) break document control.")
    };
}
