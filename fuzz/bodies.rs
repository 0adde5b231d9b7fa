// The fuzz target bodies, shared by the cargo-fuzz targets (fuzz/fuzz_targets/*.rs, nightly)
// and by the stable harness in tests/hostile.rs, which `cargo test` runs.
//
// A body panics only when a property fails: a refusal without line, column or message, or
// a document that does not read back equal after being written.

#![allow(dead_code)]

use chrono::NaiveDate;

/// The bundled datasets the structure-aware target mutates.
pub const SEEDS: &[&str] = &[
    include_str!("../examples/data/silk-road-threads.json"),
    include_str!("../tests/fixtures/valid/full.json"),
    include_str!("../tests/fixtures/valid/edge-values.json"),
    include_str!("../tests/fixtures/valid/small.json"),
    include_str!("../tests/fixtures/valid/minimal.json"),
];

/// Tokens the mutator inserts or swaps in: JSON structure, extreme values, encodings.
const DICTIONARY: &[&[u8]] = &[
    b"\"",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"null",
    b"true",
    b"0",
    b"-1",
    b"1e999",
    b"123456789012345678901234567890",
    b"0.10",
    b"\"P9999Y\"",
    b"\"P1D\"",
    b"\"9999-12-31\"",
    b"\"0001-01-01\"",
    b"\"2026-02-29\"",
    b"\xEF\xBB\xBF",
    b"\xFF",
    b"\xE9\x99",
    b"\"\\u0000\"",
    b"\"\\ud800\"",
    b"\"\xE9\x99\x88\"",
    b"\"extensions\": {\"a\": 1, \"a\": 2},",
    b"\"x\": 1,",
    b"\"schemaVersion\": \"2.0\",",
    b"\"31000000-0000-4000-8000-000000000001\"",
    b"\"99999999999999999.5\"",
    b"[[[[[[[[[[[[[[[[",
    b"\"b2c\"",
    b"3",
];

/// Reads choices from the fuzzer's bytes (zero once they run out).
pub struct Choices<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Choices<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self { data, at: 0 }
    }
    pub fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }
    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }
    /// A number below `n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { self.u32() as usize % n }
    }
}

/// Checks a refusal is one a person can act on.
pub fn check_error(e: &ecms::ParseError) {
    match e {
        ecms::ParseError::Invalid {
            line,
            column,
            message,
            ..
        } => {
            assert!(*line >= 1 && *column >= 1, "unlocated: {e:?}");
            assert!(
                !message.is_empty() && message != "expected value",
                "bare message: {e:?}"
            );
        }
        ecms::ParseError::UnknownFields { fields } => {
            assert!(!fields.is_empty(), "{e:?}");
        }
        ecms::ParseError::UnsupportedVersion { line, column, .. } => {
            assert!(*line >= 1 && *column >= 1, "unlocated: {e:?}");
        }
        _ => {}
    }
    assert!(!e.to_string().is_empty());
}

/// Checks an accepted document writes and reads back to an equal one.
pub fn check_round_trip(doc: &ecms::EcmsDocument) {
    let text = serde_json::to_string_pretty(doc).expect("a document serializes");
    let again = ecms::parse_document(&text).expect("a written document reads back");
    assert_eq!(&again.document, doc, "round trip changed the document");
}

/// Target `parse`: any bytes.
pub fn parse_body(data: &[u8]) {
    match ecms::parse_bytes(data) {
        Ok(p) => check_round_trip(&p.document),
        Err(e) => check_error(&e),
    }
}

/// An as-of date: the extremes, or any day from 0001-01-01 to 9999-12-31.
pub fn as_of(c: &mut Choices<'_>) -> NaiveDate {
    match c.below(8) {
        0 => NaiveDate::MIN,
        1 => NaiveDate::MAX,
        _ => NaiveDate::from_num_days_from_ce_opt(1 + c.below(3_652_059) as i32)
            .unwrap_or(NaiveDate::MAX),
    }
}

/// Mutates one of the bundled datasets as the choices say.
pub fn mutate(c: &mut Choices<'_>) -> Vec<u8> {
    let seed = SEEDS[c.below(SEEDS.len())];
    let mut bytes = seed.as_bytes().to_vec();
    for _ in 0..=c.below(4) {
        let len = bytes.len();
        let at = c.below(len + 1);
        match c.below(5) {
            0 => {
                let end = (at + c.below(64)).min(len);
                bytes.drain(at..end);
            }
            1 => {
                let end = (at + c.below(256)).min(len);
                let piece = bytes[at..end].to_vec();
                let to = c.below(bytes.len() + 1);
                bytes.splice(to..to, piece);
            }
            2 => {
                let token = DICTIONARY[c.below(DICTIONARY.len())];
                bytes.splice(at..at, token.iter().copied());
            }
            3 => {
                // Replace the string value that starts after `at` with a dictionary token.
                if let Some(q) = bytes[at..].iter().position(|b| *b == b'"') {
                    let start = at + q;
                    if let Some(e) = bytes[start + 1..].iter().position(|b| *b == b'"') {
                        let token = DICTIONARY[c.below(DICTIONARY.len())];
                        bytes.splice(start..start + e + 2, token.iter().copied());
                    }
                }
            }
            _ => {
                if let Some(b) = bytes.get_mut(at) {
                    *b ^= 1 << c.below(8);
                }
            }
        }
    }
    bytes
}

/// Target `parse_evaluate`: a mutated dataset, parsed and, when accepted, evaluated as of a
/// random date.
pub fn parse_evaluate_body(data: &[u8]) {
    let mut c = Choices::new(data);
    let as_of = as_of(&mut c);
    let bytes = mutate(&mut c);
    match ecms::parse_bytes(&bytes) {
        Ok(p) => {
            check_round_trip(&p.document);
            let _ = ecms::evaluate(&p.document, as_of);
        }
        Err(e) => check_error(&e),
    }
}
