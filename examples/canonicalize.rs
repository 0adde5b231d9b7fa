//! Rewrites a document in canonical form (the crate's own serialization), so that a
//! parse → serialize round trip reproduces the file exactly. Vendor `extensions` come out
//! as they went in: numbers as written, keys in their order.
//!
//! `cargo run --example canonicalize -- examples/data/silk-road-threads.json`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: canonicalize FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = match ecms::parse_bytes(&text) {
        Ok(p) => p.document,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let out = match serde_json::to_string_pretty(&doc) {
        Ok(s) => s + "\n",
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("{path}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
