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

fn scale(v: &mut Value, factor: u128) {
    match v {
        Value::Object(m) => m.values_mut().for_each(|c| scale(c, factor)),
        Value::Array(a) => {
            let is_entities = a.iter().all(|x| x.get("id").is_some()) && !a.is_empty();
            if is_entities {
                let originals = a.clone();
                for k in 1..factor {
                    for o in &originals {
                        let mut c = o.clone();
                        fresh_ids(&mut c, k);
                        a.push(c);
                    }
                }
            } else {
                a.iter_mut().for_each(|c| scale(c, factor));
            }
        }
        _ => {}
    }
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
pub fn scaled(factor: u128) -> (String, u64) {
    let mut v: Value = serde_json::from_str(DATASET).unwrap_or(Value::Null);
    scale(&mut v, factor);
    let n = count_entities(&v);
    (serde_json::to_string(&v).unwrap_or_default(), n)
}

fn bench(c: &mut Criterion) {
    let factor: u128 = std::env::var("ECMS_BENCH_FACTOR")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let (text, entities) = scaled(factor);
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    let doc = match ecms::parse_document(&text) {
        Ok(p) => p.document,
        Err(e) => panic!("scaled dataset does not parse: {e}"),
    };
    eprintln!(
        "scaled dataset: factor {factor}, {entities} entities, {} MiB of JSON",
        text.len() / (1 << 20)
    );
    let mut g = c.benchmark_group(format!("x{factor}"));
    g.sample_size(10);
    g.throughput(Throughput::Elements(entities));
    g.bench_function("parse", |b| {
        b.iter(|| {
            ecms::parse_document(black_box(&text)).map(|p| p.document.organization.name.len())
        })
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

#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, bench);
}
use group::benches;
criterion_main!(benches);
