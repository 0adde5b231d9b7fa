#!/usr/bin/env python3
"""Checks the committed ecms schemas with Python's `jsonschema` (Draft202012Validator, format
checking on; `date-time` needs rfc3339-validator installed).

Every docs/schema/*.json must be a valid 2020-12 schema whose formats the checker knows; the
bundled dataset and tests/fixtures/valid/*.json must validate, tests/fixtures/invalid/*.json
must not. With --export DIR (see check.js), also DIR/mutations.jsonl and the outputs.

Usage: python check.py [--export DIR]    Exit code 0 when everything agrees.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parents[2]
passed = 0
failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL " + msg, file=sys.stderr)


def ok():
    global passed
    passed += 1


def formats_in(schema):
    if isinstance(schema, dict):
        if isinstance(schema.get("format"), str):
            yield schema["format"]
        for v in schema.values():
            yield from formats_in(v)
    elif isinstance(schema, list):
        for v in schema:
            yield from formats_in(v)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


validators = {}
checker = Draft202012Validator.FORMAT_CHECKER
for path in sorted((ROOT / "docs" / "schema").glob("*.json")):
    schema = load(path)
    try:
        Draft202012Validator.check_schema(schema)
        unknown = sorted(set(formats_in(schema)) - set(checker.checkers))
        if unknown:
            fail(f"{path.name}: formats the checker cannot assert: {unknown}")
        validators[path.stem] = Draft202012Validator(schema, format_checker=checker)
        ok()
    except Exception as e:  # noqa: BLE001 - report and go on
        fail(f"{path.name}: {e}")


def expect(name, instance, should_pass, what):
    v = validators.get(name)
    if v is None:
        fail(f"{what}: no schema {name}")
        return
    errors = list(v.iter_errors(instance))
    if (not errors) == should_pass:
        ok()
    else:
        why = "accepted" if not errors else "refused: " + "; ".join(e.message for e in errors[:3])
        fail(f"{what}: expected {'valid' if should_pass else 'invalid'}, python {why}")


for f in sorted((ROOT / "examples" / "data").glob("*.json")):
    expect("document", load(f), True, str(f.relative_to(ROOT)))
for f in sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.json")):
    expect("document", load(f), True, str(f.relative_to(ROOT)))
for f in sorted((ROOT / "tests" / "fixtures" / "invalid").glob("*.json")):
    expect("document", load(f), False, str(f.relative_to(ROOT)))

if len(sys.argv) == 3 and sys.argv[1] == "--export":
    d = pathlib.Path(sys.argv[2])
    with open(d / "mutations.jsonl", encoding="utf-8") as lines:
        for line in lines:
            m = json.loads(line)
            expect("document", m["instance"], m["valid"], "mutation " + m["name"])
    for f in sorted(d.glob("*.json")):
        name = "report" if f.stem.startswith("report") else f.stem
        expect(name, load(f), True, "output " + f.stem)

print(f"python jsonschema: {passed} passed, {failures} failed")
sys.exit(0 if failures == 0 else 1)
