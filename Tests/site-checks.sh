#!/usr/bin/env bash
# Checks on the bundled site that need the real Content/ and the seed documents:
#   - `karta check` is clean on Content/ (no errors);
#   - two builds give byte-identical output;
#   - every bundled seed is carried with >= 99% word and bigram recall (../shared/tools/fidelity.py).
set -uo pipefail
karta=${1:?usage: site-checks.sh PATH_TO_KARTA}
cd "$(dirname "$0")/.."
shared=${KARTA_SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { echo "site-checks: ok: $1"; passed=$((passed + 1)); }
fail() { echo "site-checks: FAILED: $1"; failed=$((failed + 1)); }

if "$karta" check --content Content --templates Templates; then pass "karta check is clean on Content/"; else fail "karta check reports errors on Content/"; fi

"$karta" build --content Content --templates Templates --output "$work/a" >/dev/null &&
"$karta" build --content Content --templates Templates --output "$work/b" >/dev/null
if diff -r "$work/a" "$work/b" >/dev/null; then pass "two builds are byte-identical"; else fail "two builds differ"; fi

# Seeds bundled so far, and the lowest recall each must reach.
seeds=(001_b50d69540b3e092f.txt)
if [ -f "$shared/tools/fidelity.py" ]; then
  for seed in "${seeds[@]}"; do
    result=$(python3 "$shared/tools/fidelity.py" "$work/a" "$shared/seeds/$seed")
    echo "$result" | sed 's/^/site-checks:   /'
    lowest=$(echo "$result" | awk '/^lowest recall/ {gsub("%", "", $3); print $3}')
    if awk -v v="$lowest" 'BEGIN { exit !(v >= 99.0) }'; then pass "fidelity of $seed is $lowest%"; else fail "fidelity of $seed is $lowest% (< 99%)"; fi
  done
else
  echo "site-checks: $shared/tools/fidelity.py not found; fidelity not measured (set KARTA_SHARED)"
fi

echo "site-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
