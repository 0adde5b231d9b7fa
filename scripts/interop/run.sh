#!/usr/bin/env bash
# Cross-language agreement check for the committed JSON Schemas (docs/schema/*.json).
#
#   scripts/interop/run.sh [--no-cargo]
#
# 1. installs ajv + ajv-formats (npm ci, into scripts/interop/node_modules) and Python's
#    jsonschema + rfc3339-validator (into the venv scripts/interop/.venv);
# 2. unless --no-cargo: builds `ecms`, asks `ecms check` which fixtures parse (exit code 2 =
#    refused) and compares with tests/fixtures/{valid,invalid}; exports generated mutations
#    of the dataset and sample outputs (ECMS_EXPORT_DIR=... cargo test --test schema);
# 3. runs check.js (ajv, default strict mode and {strict: true}) and check.py (Python
#    Draft202012Validator with format checking) on the dataset, fixtures and exports;
# 4. compiles and runs the integrator guide's examples (examples/validate.ts, validate.py).
# Exits non-zero when anything disagrees.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
use_cargo=1
[[ "${1:-}" == "--no-cargo" ]] && use_cargo=0
status=0

echo "== installing checkers"
python=${PYTHON:-python3}
if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
   ! { [[ -x "$here/.venv/bin/python" ]] || "$python" -m venv "$here/.venv"; } ||
   ! "$here/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"; then
  # No registry, no checkers: say so plainly rather than fail for a reason outside the project.
  echo "interop: SKIPPED (could not install ajv or python jsonschema from the package registries)"
  exit 0
fi

args=()
if [[ $use_cargo == 1 ]]; then
  export_dir="$(mktemp -d)"
  trap 'rm -rf "$export_dir"' EXIT
  echo "== ecms check on the dataset and fixtures"
  (cd "$root" && cargo build --quiet --bin ecms)
  ecms="$root/target/debug/ecms"
  check_file() { # file expected(valid|invalid)
    local code=0
    "$ecms" check "$1" --as-of 2026-06-30 --fail-on never >/dev/null 2>&1 || code=$?
    local got=valid
    [[ $code == 2 ]] && got=invalid
    if [[ $got != "$2" ]]; then
      echo "FAIL ecms: ${1#"$root/"}: expected $2, ecms says $got (exit $code)" >&2
      status=1
    fi
  }
  n=0
  check_file "$root/examples/data/silk-road-threads.json" valid; n=$((n+1))
  for f in "$root"/tests/fixtures/valid/*.json; do check_file "$f" valid; n=$((n+1)); done
  for f in "$root"/tests/fixtures/invalid/*.json; do check_file "$f" invalid; n=$((n+1)); done
  echo "ecms check: $n files checked"
  echo "== exporting mutations and outputs"
  (cd "$root" && ECMS_EXPORT_DIR="$export_dir" cargo test --quiet --test schema -- \
      mutations_schema_iff_parser export_outputs_for_interop >/dev/null)
  echo "$(wc -l < "$export_dir/mutations.jsonl") mutations exported"
  args=(--export "$export_dir")
fi

echo "== ajv (Draft 2020-12, default strict mode)"
node "$here/check.js" "${args[@]}" || status=1
echo "== python jsonschema (Draft202012Validator, format checker)"
"$here/.venv/bin/python" "$here/check.py" "${args[@]}" || status=1

echo "== integrator guide examples (docs/integrators.md)"
(cd "$here" && npx --no-install tsc -p examples)
example() { # expected-exit command...
  local want=$1 code=0; shift
  "$@" >/dev/null 2>&1 || code=$?
  if [[ $code != "$want" ]]; then echo "FAIL example: $* exited $code, expected $want" >&2; status=1; fi
}
for doc in "$root/examples/data/silk-road-threads.json" "$root"/tests/fixtures/valid/*.json; do
  example 0 node "$here/examples/dist/validate.js" "$root/docs/schema/document.json" "$doc"
  example 0 "$here/.venv/bin/python" "$here/examples/validate.py" "$root/docs/schema/document.json" "$doc"
done
for doc in "$root"/tests/fixtures/invalid/*.json; do
  example 1 node "$here/examples/dist/validate.js" "$root/docs/schema/document.json" "$doc"
  example 1 "$here/.venv/bin/python" "$here/examples/validate.py" "$root/docs/schema/document.json" "$doc"
done
echo "examples: run on the dataset and every fixture"

if [[ $status == 0 ]]; then echo "interop: all agree"; else echo "interop: DISAGREEMENT" >&2; fi
exit $status
