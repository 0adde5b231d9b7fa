#!/usr/bin/env node
// Compiles every committed schema (docs/schema/*.json) with ajv's Draft 2020-12 entry point
// in its DEFAULT options (strict mode) and again with {strict: true}, failing on any strict-mode
// warning, then validates the bundled dataset and the test fixtures: files under
// tests/fixtures/valid must pass, files under tests/fixtures/invalid must fail.
//
// With --export DIR (written by `ECMS_EXPORT_DIR=DIR cargo test --test schema`), also checks
// DIR/mutations.jsonl (one {"name","valid","instance"} per line, "valid" being what the ecms
// parser said) and the outputs DIR/report-*.json, DIR/rules.json, DIR/catalog.json.
//
// Usage: node check.js [--export DIR]    Exit code 0 when everything agrees.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const root = path.resolve(__dirname, "..", "..");
const schemaDir = path.join(root, "docs", "schema");
const args = process.argv.slice(2);
const exportDir = args[0] === "--export" ? args[1] : undefined;

let failures = 0;
let passed = 0;
const fail = (msg) => { failures++; console.error("FAIL " + msg); };
const ok = () => { passed++; };

function compileAll(options, label) {
  const warnings = [];
  const saved = console.warn;
  console.warn = (...a) => warnings.push(a.join(" "));
  const validators = {};
  try {
    for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort()) {
      const name = path.basename(file, ".json");
      const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
      const ajv = options === undefined ? new Ajv2020() : new Ajv2020(options);
      addFormats(ajv);
      try {
        validators[name] = ajv.compile(schema);
        ok();
      } catch (e) {
        fail(`${label}: ${file} does not compile: ${e.message}`);
      }
    }
  } finally {
    console.warn = saved;
  }
  for (const w of warnings) fail(`${label}: strict-mode warning: ${w}`);
  return validators;
}

function expect(validate, instance, shouldPass, what) {
  const valid = validate(instance);
  if (valid === shouldPass) {
    ok();
  } else {
    const why = valid ? "accepted" : "refused: " + JSON.stringify(validate.errors.slice(0, 3));
    fail(`${what}: expected ${shouldPass ? "valid" : "invalid"}, ajv ${why}`);
  }
}

const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
const jsonFiles = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(dir, f)) : [];

const strictOnly = compileAll({ strict: true }, "ajv {strict: true}");
const validators = compileAll(undefined, "ajv default options");
if (Object.keys(strictOnly).length === 0) fail("no schema compiled");

const doc = validators.document;
if (doc) {
  for (const f of jsonFiles(path.join(root, "examples", "data"))) expect(doc, readJson(f), true, path.relative(root, f));
  for (const f of jsonFiles(path.join(root, "tests", "fixtures", "valid"))) expect(doc, readJson(f), true, path.relative(root, f));
  for (const f of jsonFiles(path.join(root, "tests", "fixtures", "invalid"))) expect(doc, readJson(f), false, path.relative(root, f));
}
/** Reads a JSON-lines file line by line (the file can exceed the longest JS string). */
function* jsonLines(file) {
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(1 << 20);
  const decoder = new (require("string_decoder").StringDecoder)("utf8");
  let rest = "";
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const parts = (rest + decoder.write(buf.subarray(0, n))).split("\n");
      rest = parts.pop();
      for (const line of parts) if (line) yield JSON.parse(line);
    }
    if (rest) yield JSON.parse(rest);
  } finally {
    fs.closeSync(fd);
  }
}

if (exportDir) {
  for (const m of jsonLines(path.join(exportDir, "mutations.jsonl"))) {
    expect(doc, m.instance, m.valid, "mutation " + m.name);
  }
  for (const f of jsonFiles(exportDir)) {
    const base = path.basename(f, ".json");
    const name = base.startsWith("report") ? "report" : base;
    if (validators[name]) expect(validators[name], readJson(f), true, "output " + base);
  }
}
console.log(`ajv: ${passed} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
