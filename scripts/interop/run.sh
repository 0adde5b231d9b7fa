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
# 4. compiles and runs the integrator guide's examples (examples/validate.ts, validate.py);
# 5. writes `ecms check` SARIF and JUnit outputs (findings, clean, several files, an
#    unreadable one) and has independent tools read them: Microsoft's SARIF multitool
#    (`validate`: SARIF 2.1.0 schema and its rules) and Python's junitparser. The binary is
#    the one `cargo test` built (cargo build is a no-op then). A validator that cannot be
#    installed or run is reported as SKIPPED, plainly.
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
  for f in "$root"/examples/data/*.json; do check_file "$f" valid; n=$((n+1)); done
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
for doc in "$root"/examples/data/*.json "$root"/tests/fixtures/valid/*.json; do
  example 0 node "$here/examples/dist/validate.js" "$root/docs/schema/document.json" "$doc"
  example 0 "$here/.venv/bin/python" "$here/examples/validate.py" "$root/docs/schema/document.json" "$doc"
done
for doc in "$root"/tests/fixtures/invalid/*.json; do
  example 1 node "$here/examples/dist/validate.js" "$root/docs/schema/document.json" "$doc"
  example 1 "$here/.venv/bin/python" "$here/examples/validate.py" "$root/docs/schema/document.json" "$doc"
done
echo "examples: run on the dataset and every fixture"

echo "== SARIF (Microsoft SARIF multitool) and JUnit (junitparser) outputs of ecms check"
(cd "$root" && cargo build --quiet --bin ecms)
ecms="$root/target/debug/ecms"
outs="$(mktemp -d)"
mkdir -p "$outs/in"
cp "$root/examples/data/silk-road-threads.json" "$outs/in/clean.json"
printf '{\n  "schemaVersion": "1.0",\n' > "$outs/in/broken.json"
"$ecms" init > "$outs/in/starter.json"
n_out=0
emit() { # name format args...
  local name=$1 fmt=$2 code=0; shift 2
  (cd "$outs/in" && "$ecms" check "$@" --format "$fmt" > "$outs/$name" 2>/dev/null) || code=$?
  if [[ $code != 0 && $code != 1 && $code != 2 ]]; then
    echo "FAIL ecms check $* --format $fmt exited $code" >&2; status=1
  fi
  n_out=$((n_out+1))
}
for fmt in sarif junit; do
  ext=$fmt; [[ $fmt == junit ]] && ext=xml
  emit "clean.$ext" "$fmt" clean.json --as-of 2026-06-30
  emit "late.$ext" "$fmt" clean.json --as-of 2030-01-01
  emit "late-zh.$ext" "$fmt" clean.json --as-of 2030-01-01 --lang zh
  emit "several.$ext" "$fmt" clean.json starter.json broken.json --as-of 2026-06-30
  emit "fixtures.$ext" "$fmt" "$root/tests/fixtures/valid" --as-of 2026-06-30
done
echo "$n_out outputs written"
multitool="$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]]; then
  echo "interop: SARIF validation SKIPPED (the multitool package used here is the linux-x64 build)"
elif [[ ! -f "$multitool" ]]; then
  echo "interop: SARIF validation SKIPPED (@microsoft/sarif-multitool-linux is not installed)"
else
  # npm here does not run install scripts; the package's own postinstall only does this:
  chmod u+x "$multitool"
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  if ! "$multitool" --version >/dev/null 2>&1; then
    echo "interop: SARIF validation SKIPPED (the multitool binary does not run on this machine)"
  else
    for f in "$outs"/*.sarif; do
      log="$f.validation.sarif"
      "$multitool" validate "$f" --output "$log" --log ForceOverwrite >/dev/null 2>&1 || true
      if [[ ! -s "$log" ]]; then
        echo "FAIL sarif-multitool: no validation log for $(basename "$f")" >&2; status=1; continue
      fi
      # Errors (schema violations, error-level rules, tool errors) fail; warnings and notes
      # are counted per rule and listed.
      if ! node -e '
        const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const count = {};
        let bad = 0;
        for (const r of log.runs.flatMap(r => r.results || [])) {
          const lvl = r.level || "warning";
          if (lvl === "error") { bad++; console.error(`  ${r.ruleId}: ${JSON.stringify(r.message)}`); }
          const k = `${lvl} ${r.ruleId}`;
          count[k] = (count[k] || 0) + 1;
        }
        for (const n of log.runs.flatMap(r => (r.invocations || []).flatMap(i => i.toolExecutionNotifications || []))) {
          if (n.level === "error") { bad++; console.error(`  tool error: ${n.message.text}`); }
        }
        const name = require("path").basename(process.argv[1], ".validation.sarif");
        const summary = Object.entries(count).map(([k, v]) => `${v} ${k}`).join(", ");
        console.log(`  ${name}: ${summary || "no remarks"}`);
        process.exit(bad ? 1 : 0);' "$log"; then
        echo "FAIL sarif-multitool: $(basename "$f") has errors (see above)" >&2; status=1
      fi
    done
    echo "sarif-multitool: $(ls "$outs"/*.sarif | grep -vc validation) SARIF file(s) validated"
    # The multitool reports schema violations but passes values of the wrong JSON type
    # silently; ajv checks every output against the SARIF 2.1.0 schema the tool ships.
    if ! (cd "$here" && node -e '
      const fs = require("fs"), path = require("path");
      const Ajv = require("ajv/dist/2020"), addFormats = require("ajv-formats");
      const ajv = new Ajv({ strict: false, allErrors: true }); addFormats(ajv);
      const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[1], "utf8")));
      let bad = 0;
      for (const f of process.argv.slice(2).filter(f => !f.endsWith(".validation.sarif"))) {
        if (!validate(JSON.parse(fs.readFileSync(f, "utf8")))) {
          bad++; console.error(`FAIL ajv sarif-2.1.0: ${path.basename(f)}: ${ajv.errorsText(validate.errors)}`);
        }
      }
      console.log(`ajv: SARIF outputs checked against sarif-2.1.0.json`);
      process.exit(bad ? 1 : 0);' "$(dirname "$multitool")/sarif-2.1.0.json" "$outs"/*.sarif); then
      status=1
    fi
  fi
fi
if "$here/.venv/bin/python" -c "import junitparser" 2>/dev/null; then
  "$here/.venv/bin/python" "$here/check_junit.py" "$outs"/*.xml || status=1
else
  echo "interop: JUnit parsing SKIPPED (junitparser could not be installed)"
fi
rm -rf "$outs"

if [[ $status == 0 ]]; then echo "interop: all agree"; else echo "interop: DISAGREEMENT" >&2; fi
exit $status
