#!/usr/bin/env python3
"""Results of Benchmarks/run.sh: collect one scale's measurements into JSON, print Markdown tables.

usage: report.py collect SCALE RUNDIR CORPUS REPO RUNS [KARTA_RUNS] > results-SCALE.json
       report.py table results-SCALE.json [...]          Markdown table(s) on stdout

collect reads, in RUNDIR: TOOL.json (hyperfine --export-json), TOOL.time.txt (/usr/bin/time -v),
TOOL/first (the output of the GNU time run, to count pages in), karta.stdout (Karta's own summary),
load.txt and incremental.json (karta-bench, when it ran); and CORPUS/manifest.json.
Pages: HTML files in the tool's output (Karta and Hugo also write list pages the others do not;
the C loop writes one page per Markdown file; the cmark CLI writes one stream for all bodies, so its
"pages" is the number of bodies). Ratios are Karta's median over the tool's median, same run.
"""
import datetime
import json
import os
import re
import statistics
import subprocess
import sys

TOOLS = ["karta", "hugo", "c-floor", "cmark"]
LABEL = {
    "karta": "Karta `karta build`",
    "hugo": "Hugo (same documents)",
    "c-floor": "C floor: libcmark loop, 1 thread",
    "cmark": "cmark CLI, all bodies as one stream",
}
# Targets of issue 13 (region scale unless said otherwise)
TARGETS = {
    "karta_vs_hugo_max": 1.0,              # full build no slower than Hugo (region and municipality)
    "karta_vs_hugo_speedup_goal": 4.0,     # the goal beyond it: 4x faster than Hugo
    "incremental_max_seconds": 0.150,      # one-file incremental rebuild
    "serve_max_seconds": 0.300,            # save to reload event in karta serve
    "country_max_seconds": 600.0,          # country-scale full build
    "country_max_rss_bytes": 4 * 2**30,    # country-scale peak memory
}


def sh(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def peak_rss_kb(path):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
    return int(m.group(1)) if m else None


def gnu_time_wall(path):
    """The wall time of the untimed GNU time run ("h:mm:ss" or "m:ss.ss"), in seconds."""
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", open(path).read())
    if not m:
        return None
    secs = 0.0
    for part in m.group(1).split(":"):
        secs = secs * 60 + float(part)
    return secs


def count_html(root):
    n = 0
    for _, _, files in os.walk(root):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


def collect(scale, rundir, corpus, repo, runs, karta_runs=None):
    man = json.load(open(os.path.join(corpus, "manifest.json")))
    res = {"scale": scale, "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
           "runs": int(runs), "karta_runs": int(karta_runs or runs), "corpus": man}
    res["machine"] = {
        "cpus": os.cpu_count(),
        "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
        "kernel": os.uname().release,
        "mem_total_kb": next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), None),
        "load": open(os.path.join(rundir, "load.txt")).read().strip().splitlines(),
    }
    res["versions"] = {
        "karta_commit": sh("git", "-C", repo, "rev-parse", "--short", "HEAD"),
        # uncommitted changes to what the binary is built from (the commit alone would not say)
        "karta_sources_dirty": bool(sh("git", "-C", repo, "status", "--porcelain", "--",
                                       "Sources", "Templates", "Package.swift")),
        "hugo": sh("hugo", "version").split(" BuildDate")[0],
        "cmark": sh("cmark", "--version").splitlines()[0] if sh("cmark", "--version") else "",
        "hyperfine": sh("hyperfine", "--version"),
        "cc": sh("cc", "--version").splitlines()[0] if sh("cc", "--version") else "",
    }
    tools = {}
    for t in TOOLS:
        if not os.path.exists(os.path.join(rundir, t + ".time.txt")):
            continue  # left out (run.sh SKIP=…)
        hp = os.path.join(rundir, t + ".json")
        if os.path.exists(hp):
            h = json.load(open(hp))["results"][0]
        else:  # KARTA_RUNS=0: the GNU time run is the only figure
            w = gnu_time_wall(os.path.join(rundir, t + ".time.txt"))
            h = {"times": [w], "mean": w, "only_gnu_time_run": True}
        times = h["times"]
        d = {"median_seconds": statistics.median(times), "mean_seconds": h["mean"],
             "only_gnu_time_run": h.get("only_gnu_time_run", False),
             "min_seconds": min(times), "max_seconds": max(times), "times": times,
             "user_seconds": h.get("user"), "system_seconds": h.get("system"),
             "peak_rss_kb": peak_rss_kb(os.path.join(rundir, t + ".time.txt")),
             # the untimed run under /usr/bin/time -v (cold-ish caches; Karta's with --timings)
             "gnu_time_run_seconds": gnu_time_wall(os.path.join(rundir, t + ".time.txt"))}
        if t == "cmark":
            d["pages"] = man["md_files"]
        elif t == "c-floor":
            d["pages"] = count_html(os.path.join(rundir, t, "first"))
        else:
            d["pages"] = count_html(os.path.join(rundir, t, "first"))
        if t == "karta":
            out = open(os.path.join(rundir, "karta.stdout")).read()
            m = re.search(r"Built (\d+) pages \((\d+) files\)", out)
            if m:
                d["karta_pages"], d["karta_files"] = int(m.group(1)), int(m.group(2))
            d["phases_seconds"] = {k: float(v) for k, v in re.findall(r"^\s*(\w+)\s+([\d.]+) s$", out, re.M)}
        d["pages_per_second"] = d["pages"] / d["median_seconds"]
        tools[t] = d
    res["tools"] = tools
    res["ratios"], res["ratios_per_page"] = {}, {}
    others = [t for t in TOOLS if t != "karta" and t in tools]
    if "karta" in tools:
        k = tools["karta"]["median_seconds"]
        res["ratios"] = {"karta/" + t: k / tools[t]["median_seconds"] for t in others}
        # the same ratio per page (Karta writes more pages than the others: year, direction, body pages)
        kp = tools["karta"]["median_seconds"] / tools["karta"]["pages"]
        res["ratios_per_page"] = {"karta/" + t: kp / (tools[t]["median_seconds"] / tools[t]["pages"])
                                  for t in others}
    for bench in ("incremental", "serve"):
        path = os.path.join(rundir, bench + ".json")
        res[bench] = json.load(open(path)) if os.path.exists(path) else None
    res["targets"] = TARGETS
    met = {}
    if scale in ("region", "municipality") and "karta/hugo" in res["ratios"]:
        met["full_build_no_slower_than_hugo"] = res["ratios"]["karta/hugo"] <= TARGETS["karta_vs_hugo_max"]
    if scale == "region":
        if "karta/hugo" in res["ratios"]:
            met["goal_4x_faster_than_hugo"] = res["ratios"]["karta/hugo"] <= 1 / TARGETS["karta_vs_hugo_speedup_goal"]
            met["peak_memory_no_higher_than_hugo"] = (
                tools.get("hugo", {}).get("peak_rss_kb") is not None and tools["karta"]["peak_rss_kb"] is not None
                and tools["karta"]["peak_rss_kb"] <= tools["hugo"]["peak_rss_kb"])
        if res["incremental"]:
            met["incremental_under_150ms"] = res["incremental"]["median_seconds"] < TARGETS["incremental_max_seconds"]
        if res["serve"]:
            met["serve_save_to_reload_under_300ms"] = res["serve"]["median_seconds"] < TARGETS["serve_max_seconds"]
    if scale == "country" and "karta" in tools:
        met["country_under_10_min"] = tools["karta"]["median_seconds"] < TARGETS["country_max_seconds"]
        rss = tools["karta"]["peak_rss_kb"]
        met["country_under_4_gib"] = rss is not None and rss * 1024 < TARGETS["country_max_rss_bytes"]
    res["targets_met"] = met
    json.dump(res, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fmt_s(x):
    return "%.3f" % x if x < 10 else "%.1f" % x


def fmt_rss(kb):
    if kb is None:
        return "?"
    return "%.0f MB" % (kb / 1024) if kb < 1024 * 1024 else "%.2f GB" % (kb / 1024 / 1024)


def table(paths):
    for p in paths:
        r = json.load(open(p))
        c = r["corpus"]
        print("### %s scale: %d entities (%d regions, %d municipalities, %d schools), %d activities"
              % (r["scale"], c["entities"], c["regions"], c["municipalities"], c["schools"], c["items"]))
        print()
        print("%s; %d cpus (%s); %d timed runs each (Karta: %d; 0 = its one GNU time run), median; %s; Karta %s"
              % (r["date"], r["machine"]["cpus"], r["machine"]["cpu"], r["runs"], r.get("karta_runs", r["runs"]),
                 "; ".join(r["machine"]["load"]), r["versions"]["karta_commit"]
                 + (" + uncommitted changes" if r["versions"].get("karta_sources_dirty") else "")))
        print()
        print("| tool | pages | wall median s | min-max s | pages/s | Karta ÷ tool (time) | Karta ÷ tool (per page) | peak RSS |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for t in TOOLS:
            if t not in r["tools"]:
                continue
            d = r["tools"][t]
            ratio = r["ratios"].get("karta/" + t)
            rpp = r["ratios_per_page"].get("karta/" + t)
            print("| %s | %d | %s | %s-%s | %.0f | %s | %s | %s |" % (
                LABEL[t], d["pages"], fmt_s(d["median_seconds"]), fmt_s(d["min_seconds"]),
                fmt_s(d["max_seconds"]), d["pages_per_second"],
                "1" if t == "karta" else ("%.1f×" % ratio if ratio else "–"),
                "1" if t == "karta" else ("%.1f×" % rpp if rpp else "–"),
                fmt_rss(d["peak_rss_kb"])))
        print()
        ph = r["tools"].get("karta", {}).get("phases_seconds")
        if ph:
            print("Karta phases (the GNU time run, `--timings`, %s s in all): " % fmt_s(r["tools"]["karta"].get("gnu_time_run_seconds") or 0)
                  + ", ".join("%s %.2f s" % kv for kv in ph.items()))
            print()
        inc = r.get("incremental")
        if inc:
            print("Incremental rebuild, one changed roadmap (karta-bench): median %.3f s (full %.3f s)"
                  % (inc["median_seconds"], inc.get("full_seconds", float("nan"))))
        else:
            print("incremental: karta-bench not built")
        srv = r.get("serve")
        if srv:
            print("karta serve, save to reload event (karta-bench serve): median %.3f s" % srv["median_seconds"])
        if r.get("targets_met"):
            print()
            for k, v in r["targets_met"].items():
                print("- target %s: %s" % (k, "met" if v else "NOT met"))
        print()


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "collect" and len(sys.argv) in (7, 8):
        collect(*sys.argv[2:])
    elif len(sys.argv) >= 3 and sys.argv[1] == "table":
        table(sys.argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
