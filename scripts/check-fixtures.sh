#!/usr/bin/env bash
# Runs `casualty-claims check` on every fixture dataset against its expected
# output (fixtures/NAME.json against fixtures/NAME.expected.json), as a
# newsroom's CI would. Needs the built program (npm run build).
#   bash scripts/check-fixtures.sh            check every fixture; exit 1 on a difference
#   bash scripts/check-fixtures.sh --update   rewrite every expected file
set -u
cd "$(dirname "$0")/.."

if [ ! -f dist/cli.js ]; then
  echo "check-fixtures: dist/cli.js is missing; run npm run build first" >&2
  exit 2
fi

extra=()
if [ "${1:-}" = "--update" ]; then extra=(--update); fi

failed=0
checked=0
while IFS= read -r dataset; do
  expected="${dataset%.json}.expected.json"
  checked=$((checked + 1))
  if ! node dist/cli.js check "$dataset" --expected "$expected" "${extra[@]}"; then
    failed=$((failed + 1))
  fi
done < <(find fixtures -name '*.json' ! -name '*.expected.json' | LC_ALL=C sort)

if [ "$checked" -eq 0 ]; then
  echo "check-fixtures: no fixture found under fixtures/" >&2
  exit 2
fi
if [ "$failed" -gt 0 ]; then
  echo "check-fixtures: $failed of $checked fixtures differ from their expected output" >&2
  exit 1
fi
echo "check-fixtures: $checked fixtures match their expected output"
