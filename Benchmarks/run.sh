#!/usr/bin/env bash
# Full-build benchmark of Karta against Hugo, a libcmark C loop (the single-threaded floor) and the
# cmark CLI, on synthetic content from Benchmarks/generate.py.
#
#   Benchmarks/run.sh [SCALE ...]        SCALE: municipality | region | country
#                                        (default: municipality region; country is very long)
# env: RUNS=3      timed runs per tool (hyperfine --runs), medians are reported
#      KARTA_RUNS=$RUNS  timed runs of karta build alone (a region-scale build takes many minutes);
#                  0 = no hyperfine runs: the one run under GNU time is Karta's only figure
#      SKIP="hugo" tools to leave out (karta hugo c-floor cmark); their rows are missing from the results
#      KEEP=1      keep this run's build outputs (Benchmarks/.work/runs/…); deleted at the end otherwise
#      SKIP_BUILD=1  use the existing .build/release/karta without running swift build
#
# For each scale it
#   1. generates the corpus into Benchmarks/.work/corpus-SCALE (reused when its manifest names the
#      current generator hash: `generate.py --hash`),
#   2. times, in the same run, with hyperfine (--runs $RUNS, `sync` before each run, every run into a
#      new output folder that does not exist yet; nothing is deleted until the script ends, because on
#      this machine's journal-less ext4 a build right after a large delete is slow):
#        karta   .build/release/karta build --content C/content --output NEW
#        hugo    hugo --source C/hugo --destination NEW              (the same pages as a Hugo site)
#        c-floor cmark_batch C/files.lst NEW  (../shared/bench/cmark_batch.c: one C process, libcmark,
#                read + render + write every page of C/md with a fixed header and footer)
#        cmark   cmark C/bodies.md > /dev/null                        (every body as one stream)
#      and before that one run of each under /usr/bin/time -v (peak RSS; it also warms the caches),
#   3. runs `.build/release/karta-bench incremental` and `serve` when that binary exists (one changed roadmap),
#   4. writes Benchmarks/.work/results-SCALE.json and prints the table (Benchmarks/report.py).
# Missing tools (hyperfine, hugo, cmark, libcmark-dev, GNU time, pkg-config, a C compiler) are
# installed with apt-get, through sudo when not root; the script prints what it installs.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
WORK=$BENCH/.work
RUNS=${RUNS:-3}
KARTA_RUNS=${KARTA_RUNS:-$RUNS}
SKIP=${SKIP:-}
SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(municipality region)
for s in "${SCALES[@]}"; do
  case $s in municipality|region|country) ;; *) echo "unknown scale: $s (municipality | region | country)" >&2; exit 2 ;; esac
done
mkdir -p "$WORK"

# ---------------------------------------------------------------- tools
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark >/dev/null || missing+=(cmark)
[ -x /usr/bin/time ] || missing+=(time)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v cc >/dev/null || missing+=(gcc)
{ command -v pkg-config >/dev/null && pkg-config --exists libcmark; } || missing+=(libcmark-dev)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "== installing with apt-get: ${missing[*]}"
  $SUDO apt-get update -q >/dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
fi

# ---------------------------------------------------------------- programs
KARTA=$REPO/.build/release/karta
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== swift build -c release --product karta, --product karta-bench"
  (cd "$REPO" && swift build -c release --product karta 2>&1 | tail -1)
  (cd "$REPO" && swift build -c release --product karta-bench 2>&1 | tail -1)
fi
[ -x "$KARTA" ] || { echo "missing $KARTA" >&2; exit 1; }
FLOOR_SRC=$REPO/../shared/bench/cmark_batch.c
FLOOR=$WORK/cmark_batch
# shellcheck disable=SC2046  # pkg-config prints several words
cc -O2 -o "$FLOOR" "$FLOOR_SRC" $(pkg-config --cflags --libs libcmark)
KARTA_BENCH=$REPO/.build/release/karta-bench

STAMP=$(date +%Y%m%d-%H%M%S)
RUNROOT=$WORK/runs/$STAMP
mkdir -p "$RUNROOT"
if [ "${KEEP:-0}" = 1 ]; then echo "outputs kept in $RUNROOT"; else trap 'rm -rf "$RUNROOT"' EXIT; fi

echo "== machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), kernel $(uname -r)"
echo "== $(hugo version | sed 's/ BuildDate.*//'); $(cmark --version | head -1); $(hyperfine --version)"
HASH=$(python3 "$BENCH/generate.py" --hash)

for S in "${SCALES[@]}"; do
  C=$WORK/corpus-$S
  if [ -f "$C/manifest.json" ] && grep -q "\"generator\": \"$HASH\"" "$C/manifest.json"; then
    echo "== $S: corpus cached in $C (generator $HASH)"
  else
    echo "== $S: generating corpus into $C (generator $HASH)"
    # an old corpus is moved aside and deleted at the end: deleting right before the builds slows them
    [ -e "$C" ] && mv "$C" "$RUNROOT/old-corpus-$S"
    rm -rf "$C.tmp"
    python3 "$BENCH/generate.py" "$S" "$C.tmp" >/dev/null
    mv "$C.tmp" "$C"
  fi
  # the C loop's list of pages (absolute paths, sorted)
  # Written every run: it holds absolute paths, which a moved corpus would break.
  find "$C/md" -name '*.md' | LC_ALL=C sort >"$C/files.lst"
  R=$RUNROOT/$S
  mkdir -p "$R/karta" "$R/hugo" "$R/c-floor"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >"$R/load.txt"

  # @OUT@: a new output folder for every run (a name that does not exist yet; ~1 ms, timed)
  declare -A CMD=(
    [karta]="$KARTA build --content $C/content --templates $REPO/Templates --output @OUT@"
    [hugo]="hugo --quiet --source $C/hugo --destination @OUT@"
    [c-floor]="$FLOOR $C/files.lst @OUT@"
    [cmark]="cmark $C/bodies.md"
  )
  for T in karta hugo c-floor cmark; do
    case " $SKIP " in *" $T "*) echo "-- $S $T: skipped (SKIP)"; continue ;; esac
    cmd=${CMD[$T]//@OUT@/\"\$(mktemp -u -p $R/$T)\"}
    first=${CMD[$T]//@OUT@/$R/$T/first}
    [ "$T" = karta ] && first="$first --timings"   # the phase times go to karta.stdout
    out=$R/$T.stdout; [ "$T" = cmark ] && out=/dev/null
    echo "-- $S $T: $cmd"
    sync
    # one run under GNU time: peak RSS, and it leaves one output to count pages in (and warms caches)
    (cd "$REPO" && /usr/bin/time -v sh -c "exec $first" >"$out" 2>"$R/$T.time.txt") ||
      { tail -20 "$R/$T.time.txt" >&2; exit 1; }
    runs=$RUNS; [ "$T" = karta ] && runs=$KARTA_RUNS
    if [ "$runs" -eq 0 ]; then
      echo "   (no timed runs; GNU time run: $(grep -o 'Elapsed.*' "$R/$T.time.txt"))"
      continue
    fi
    (cd "$REPO" && hyperfine --style basic --runs "$runs" --prepare sync --export-json "$R/$T.json" \
      --command-name "$T" "$cmd" >"$R/$T.hyperfine.txt" 2>&1) || { cat "$R/$T.hyperfine.txt" >&2; exit 1; }
    grep -E "Time|Range" "$R/$T.hyperfine.txt" | sed 's/^/   /'
  done

  if [ -x "$KARTA_BENCH" ]; then
    # Both on a copy of the content, since one roadmap is edited (and restored) each time.
    cp -r "$C/content" "$R/edit-content"
    for B in incremental serve; do
      echo "-- $S $B: karta-bench $B (on a copy of the content)"
      if (cd "$REPO" && "$KARTA_BENCH" "$B" --content "$R/edit-content" \
          --output "$R/$B-output" --runs "$RUNS" >"$R/$B.json" 2>"$R/$B.err"); then
        python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("   median %.3f s" % d["median_seconds"])' "$R/$B.json"
      else
        echo "$B: karta-bench failed: $(tail -3 "$R/$B.err")"
        rm -f "$R/$B.json"
      fi
    done
  else
    echo "incremental, serve: karta-bench not built"
  fi
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$R/load.txt"

  python3 "$BENCH/report.py" collect "$S" "$R" "$C" "$REPO" "$RUNS" "$KARTA_RUNS" >"$WORK/results-$S.json"
  echo
  python3 "$BENCH/report.py" table "$WORK/results-$S.json"
  echo
  unset CMD
done

results=()
for S in "${SCALES[@]}"; do results+=("$WORK/results-$S.json"); done
python3 "$BENCH/report.py" table "${results[@]}" >"$WORK/results.md"
echo "results: $WORK/results-*.json, table: $WORK/results.md"
