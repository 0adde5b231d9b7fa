"""Validate an ecms document from Python with jsonschema's Draft 2020-12 validator.

    pip install jsonschema rfc3339-validator
    python validate.py docs/schema/document.json DOCUMENT.json
"""
import json
import sys

from jsonschema import Draft202012Validator

schema_path, document_path = sys.argv[1:3]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(document_path, encoding="utf-8") as f:
    document = json.load(f)

# Formats ("date", "uuid") are only annotations unless a format checker is given.
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for e in errors:
    print(f"{document_path}: {e.json_path} {e.message}")
if not errors:
    print(f"{document_path}: valid")
sys.exit(1 if errors else 0)
