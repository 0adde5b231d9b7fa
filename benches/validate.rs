//! Parse vs validate throughput on a scaled-up copy of the bundled dataset.
//!
//! Every array of entities (objects with an `id`) is replicated `FACTOR` times with fresh
//! ids; references inside the copies keep pointing at the original entities, so the scaled
//! document is as consistent as the original. Results are written down in
//! docs/performance.md.

#![allow(clippy::panic)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::Value;

const DATASET: &str = include_str!("../examples/data/silk-road-threads.json");

fn fresh_ids(v: &mut Value, salt: u128) {
    match v {
        Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                if k == "id" {
                    if let Some(s) = child.as_str()
                        && let Ok(u) = uuid::Uuid::parse_str(s)
                    {
                        let n = u.as_u128() ^ (salt << 64) ^ salt.rotate_left(17);
                        *child = Value::String(uuid::Uuid::from_u128(n).to_string());
                    }
                } else {
                    fresh_ids(child, salt);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| fresh_ids(x, salt)),
        _ => {}
    }
}

/// Replicates every array of entities (objects with an `id`), or only those at `only`.
fn scale(v: &mut Value, factor: u128, only: Option<&[String]>, at: &str) {
    match v {
        Value::Object(m) => {
            for (k, c) in m.iter_mut() {
                scale(c, factor, only, &format!("{at}/{k}"));
            }
        }
        Value::Array(a) => {
            let is_entities = !a.is_empty() && a.iter().all(|x| x.get("id").is_some());
            let chosen = only.is_none_or(|o| o.iter().any(|p| p == at));
            if is_entities && chosen {
                let originals = a.clone();
                for k in 1..factor {
                    for o in &originals {
                        let mut c = o.clone();
                        fresh_ids(&mut c, k);
                        a.push(c);
                    }
                }
            } else {
                for (i, c) in a.iter_mut().enumerate() {
                    scale(c, factor, only, &format!("{at}/{i}"));
                }
            }
        }
        _ => {}
    }
}

fn entity_arrays(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                entity_arrays(c, &format!("{at}/{k}"), out);
            }
        }
        Value::Array(a) => {
            if !a.is_empty() && a.iter().all(|x| x.get("id").is_some()) {
                out.push(at.to_owned());
            }
            for (i, c) in a.iter().enumerate() {
                entity_arrays(c, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The arrays whose records can be multiplied without making the organization
/// nonconforming (orders, purchases, complaints, measurements…, but not roles or documents,
/// whose copies would be unstaffed roles or second current versions).
fn consistent_arrays(base: &Value, as_of: NaiveDate) -> Vec<String> {
    let mut all = Vec::new();
    entity_arrays(base, "", &mut all);
    all.into_iter()
        .filter(|p| {
            let mut v = base.clone();
            scale(&mut v, 3, Some(std::slice::from_ref(p)), "");
            match ecms::parse_document(&v.to_string()) {
                Ok(d) => ecms::evaluate(&d.document, as_of).findings.is_empty(),
                Err(_) => false,
            }
        })
        .collect()
}

fn count_entities(v: &Value) -> u64 {
    match v {
        Value::Object(m) => {
            u64::from(m.contains_key("id")) + m.values().map(count_entities).sum::<u64>()
        }
        Value::Array(a) => a.iter().map(count_entities).sum(),
        _ => 0,
    }
}

/// The scaled document as JSON text, and its number of entities.
fn scaled(factor: u128, only: Option<&[String]>) -> (String, u64) {
    let mut v: Value = serde_json::from_str(DATASET).unwrap_or(Value::Null);
    scale(&mut v, factor, only, "");
    let n = count_entities(&v);
    (serde_json::to_string(&v).unwrap_or_default(), n)
}

fn group(c: &mut Criterion, label: &str, text: &str, entities: u64, as_of: NaiveDate) {
    let doc = match ecms::parse_document(text) {
        Ok(p) => p.document,
        Err(e) => panic!("scaled dataset does not parse: {e}"),
    };
    let findings = ecms::evaluate(&doc, as_of).findings.len();
    eprintln!(
        "{label}: {entities} entities, {} MiB of JSON, {findings} findings",
        text.len() / (1 << 20)
    );
    let mut g = c.benchmark_group(label);
    g.sample_size(10);
    g.throughput(Throughput::Elements(entities));
    g.bench_function("parse", |b| {
        b.iter(|| ecms::parse_document(black_box(text)).map(|p| p.document.organization.name.len()))
    });
    g.bench_function("evaluate", |b| {
        b.iter(|| ecms::evaluate(black_box(&doc), as_of).findings.len())
    });
    g.bench_function("assess (evaluate + conformity)", |b| {
        b.iter(|| {
            ecms::conformity::assess(black_box(&doc), as_of)
                .clauses
                .len()
        })
    });
    g.bench_function("id index", |b| {
        b.iter(|| {
            ecms::refs::IdIndex::build(black_box(&doc))
                .occurrences
                .len()
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let factor: u128 = std::env::var("ECMS_BENCH_FACTOR")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    let base: Value = serde_json::from_str(DATASET).unwrap_or(Value::Null);
    // A large organization that still conforms: many records, few findings.
    let arrays = consistent_arrays(&base, as_of);
    let big = factor * 10;
    let (text, n) = scaled(big, Some(&arrays));
    group(c, &format!("conformant-x{big}"), &text, n, as_of);
    // Every entity multiplied: copies of roles, people and documents break many rules, so
    // this measures evaluation with a very large number of findings.
    let (text, n) = scaled(factor, None);
    group(c, &format!("inconsistent-x{factor}"), &text, n, as_of);
}

#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, bench);
}
use group::benches;
criterion_main!(benches);
