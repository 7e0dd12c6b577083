#!/usr/bin/env bash
# Times `karta diff` on the bundled Content/ against a modified copy of it (words changed in every
# roadmap and page, a deadline shifted, two items swapped in every roadmap), in a release build, next
# to `karta check` (one load of the content, which both versions need).
#   Benchmarks/diff.sh [RUNS]       default 10 runs; uses hyperfine when it is installed
# Prints the mean and the fastest run for the HTML report and for JSON. Target: well under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
swift build -c release --product karta >/dev/null
karta=.build/release/karta
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R Content "$work/new"
# Edits a reviewer would make: wording, a deadline, a reordering.
find "$work/new" -name '*.yaml' -path '*/roadmaps/*' -print0 | xargs -0 sed -i \
  -e 's/Утверждение/Принятие/g' -e 's/мониторинг/мониторинга/' -e 's/"октябрь 2019"/"декабрь 2019"/'
find "$work/new" -name '*.md' -print0 | xargs -0 sed -i -e 's/образования/образования РФ/'
python3 - "$work/new" <<'PY'
import pathlib, re, sys
for path in sorted(pathlib.Path(sys.argv[1]).rglob("roadmaps/*.yaml")):
    text = path.read_text(encoding="utf-8")
    items = [m.start() for m in re.finditer(r"^      - id: ", text, re.M)]
    if len(items) > 3:  # swap the second and third items (ids stay, so reports still find them)
        text = text[:items[1]] + text[items[2]:items[3]] + text[items[1]:items[2]] + text[items[3]:]
        path.write_text(text, encoding="utf-8")
PY
"$karta" diff Content "$work/new" --format markdown | sed -n '3p'
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" \
    "$karta diff Content $work/new --output $work/out --force" \
    "$karta diff Content $work/new --format json --output $work/diff.json" \
    "$karta check --content Content"
  exit 0
fi
measure() {
  local label=$1; shift
  local total=0 best=0
  for _ in $(seq "$runs"); do
    local start end elapsed
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    elapsed=$(( (end - start) / 1000000 ))
    total=$((total + elapsed))
    if [ "$best" -eq 0 ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  echo "karta diff ($label): mean $((total / runs)) ms, fastest $best ms over $runs runs"
}
"$karta" diff Content "$work/new" --output "$work/out" >/dev/null
measure "HTML report" "$karta" diff Content "$work/new" --output "$work/out"
measure "JSON" "$karta" diff Content "$work/new" --format json --output "$work/diff.json"
measure "karta check, one load for comparison" "$karta" check --content Content
