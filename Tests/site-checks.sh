#!/usr/bin/env bash
# Checks on the bundled site that need the real Content/ and the seed documents:
#   - `karta check` is clean on Content/ (no errors);
#   - two builds give byte-identical output;
#   - every seed is carried with 100% word recall and >= 99% bigram recall (../shared/tools/fidelity.py);
#   - every seed activity row found on the site has its deadline and responsible words in those
#     columns of that row (Tests/field_check.py);
#   - importing each seed twice gives byte-identical files;
#   - at least two entities have an annual report with charts and data tables, listed in data/index.json.
#   - no page of the bundled site weighs more than 250 KB;
#   - the web checks of Tests/web/check_site.py: links, the Nu HTML Checker, axe-core, reflow, scripts,
#     phone (390 px) and print layouts, and the first pages of a report's PDF (`karta build --pdf`).
# Screenshots go to $KARTA_SCREENSHOTS (default .build/screenshots), named in the log.
# Extra folders (a `karta diff` output) can be added to the web checks with KARTA_WEB_EXTRA="DIR …";
# KARTA_STRICT_KINDS=1 fails when a page kind has no page. KARTA_WEB_CHECKS=0 skips the web checks.
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

# Long pages lead with a summary and fold their lists, and repeat no markup they can do without, so that
# every page loads quickly on a phone (docs/architecture.md, "Page weight").
heavy=$(find "$work/a" -name '*.html' -size +250k -printf '%s %P\n' | sort -rn)
largest=$(find "$work/a" -name '*.html' -printf '%s %P\n' | sort -rn | head -1)
if [ -z "$heavy" ]; then
  pass "no page weighs more than 250 KB (the largest: ${largest% *} bytes, ${largest#* })"
else
  echo "$heavy" | sed 's/^/site-checks:   /'
  fail "$(echo "$heavy" | wc -l) page(s) weigh more than 250 KB (above)"
fi

# Every seed must be carried: all of its words, and at least 99% of its word pairs.
if [ -f "$shared/tools/fidelity.py" ]; then
  for seed in "$shared"/seeds/*.txt; do
    name=$(basename "$seed")
    result=$(python3 "$shared/tools/fidelity.py" "$work/a" "$seed")
    echo "$result" | sed 's/^/site-checks:   /'
    words=$(echo "$result" | awk '/ words / {for (i = 1; i <= NF; i++) if ($i == "words") {gsub("%", "", $(i + 1)); print $(i + 1)}}')
    bigrams=$(echo "$result" | awk '/ bigrams / {for (i = 1; i <= NF; i++) if ($i == "bigrams") {gsub("%", "", $(i + 1)); print $(i + 1)}}')
    if awk -v w="$words" -v b="$bigrams" 'BEGIN { exit !(w >= 100.0 && b >= 99.0) }'; then
      pass "fidelity of $name: words $words%, bigrams $bigrams%"
    else
      fail "fidelity of $name: words $words% (need 100%), bigrams $bigrams% (need 99%)"
    fi
  done
else
  echo "site-checks: $shared/tools/fidelity.py not found; fidelity not measured (set KARTA_SHARED)"
fi

# ... and in the right place: each seed row's deadline and responsible in those columns of its row.
if [ -d "$shared/seeds" ]; then
  if result=$(python3 Tests/field_check.py "$work/a" "$shared"/seeds/*.txt); then
    echo "$result" | sed 's/^/site-checks:   /'
    pass "field check: every seed row found has its fields in their columns"
  else
    echo "$result" | sed 's/^/site-checks:   /'
    fail "field check: seed rows with a field in the wrong place (above)"
  fi
fi

# The importer is deterministic: the same export always gives the same files.
if [ -d "$shared/seeds" ]; then
  for seed in "$shared"/seeds/*.txt; do
    name=$(basename "$seed" .txt)
    mkdir -p "$work/import-$name-1" "$work/import-$name-2"
    "$karta" import "$seed" --into "$work/import-$name-1" >/dev/null 2>&1
    "$karta" import "$seed" --into "$work/import-$name-2" >/dev/null 2>&1
    if [ -n "$(ls -A "$work/import-$name-1")" ] && diff -r "$work/import-$name-1" "$work/import-$name-2" >/dev/null; then
      pass "importing $name twice gives identical files"
    else
      fail "importing $name twice gives different files (or none)"
    fi
  done
fi

# Annual reports: at least two entities have one, listed in data/index.json, each page with charts
# and their data tables.
if python3 - "$work/a" <<'PY'
import json, os, sys
site = sys.argv[1]
reports = json.load(open(os.path.join(site, "data/index.json")))["reports"]
charted = set()
for report in reports:
    page = open(os.path.join(site, report["url"], "index.html"), encoding="utf-8").read()
    if "<svg " in page and "<desc id=" in page and "Данные рисунка" in page:
        charted.add(report["entity"])
print(f"site-checks:   {len(reports)} reports, with charts and data tables for {len(charted)} entities: {', '.join(sorted(charted))}")
sys.exit(0 if len(charted) >= 2 else 1)
PY
then pass "annual reports with charts for at least two entities are in data/index.json"; else fail "fewer than two entities have a report with charts in data/index.json"; fi

# A `karta diff` report of the bundled content against an edited copy, checked with the site below.
cp -r Content "$work/content-edited"
python3 - "$work/content-edited" <<'PY'
import os, sys
root = sys.argv[1]
def edit(path, old, new):
    path = os.path.join(root, path)
    text = open(path, encoding="utf-8").read()
    assert old in text, (path, old)
    open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))
edit("sverdlovskaya-oblast/roadmaps/rsoko-2019.yaml", 'deadline: "Февраль 2019"', 'deadline: "Апрель 2019"')
edit("sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020.yaml", "responsible: [", 'responsible: ["ИРО", ')
edit("about.md", "\n\n", "\n\nНовый абзац для проверки сравнения версий.\n\n")
PY
if "$karta" diff Content "$work/content-edited" --templates Templates --output "$work/diff" >/dev/null; then
  pass "karta diff of the bundled content against an edited copy"
else
  fail "karta diff of the bundled content against an edited copy"
fi

# Links, HTML validity, accessibility and reflow of every page kind (Tests/web/check_site.py).
if [ "${KARTA_WEB_CHECKS:-1}" != 0 ]; then
  python=${KARTA_WEB_PYTHON:-python3}
  web_arguments=(--karta "$karta" "$work/a" --extra "$work/diff" --screenshots "${KARTA_SCREENSHOTS:-.build/screenshots}")
  # The reports printed as PDF, as `karta build --pdf` prints them, for the PDF's first pages.
  if "$karta" build --content Content --templates Templates --output "$work/pdf" --pdf >/dev/null 2>&1; then
    web_arguments+=(--pdf-site "$work/pdf")
  else
    fail "karta build --pdf (is Chromium installed? make pdf-deps)"
  fi
  for extra in ${KARTA_WEB_EXTRA:-}; do web_arguments+=(--extra "$extra"); done
  [ "${KARTA_STRICT_KINDS:-0}" = 1 ] && web_arguments+=(--strict-kinds)
  "$python" Tests/web/check_site.py "${web_arguments[@]}" | tee "$work/web-checks.log" | grep -v '^web-checks: [0-9]* passed'
  web_passed=$(sed -n 's/^web-checks: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$work/web-checks.log")
  web_failed=$(sed -n 's/^web-checks: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$work/web-checks.log")
  if [ -n "$web_passed" ] && [ "$web_failed" = 0 ]; then
    pass "web checks: $web_passed passed"
  else
    fail "web checks: ${web_failed:-all} failed (see above)"
  fi
fi

echo "site-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
