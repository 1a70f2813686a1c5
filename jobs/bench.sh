#!/usr/bin/env bash
# Province-scale benchmark (issue 5); not part of the test suite.
#   jobs/bench.sh SIZE [SEED]            generate once (cached), nightly twice (date D, then D+1 on the same data dir)
#   jobs/bench.sh --determinism SIZE [SEED]   nightly with --threads 1 and --threads 2, and with a small and a large
#                                        heap (XGZ_BENCH_SMALL_HEAP, default -Xmx2g), CSVs compared byte for byte
#   jobs/bench.sh 20000000               the Guangdong-sized set (issue 16): ~6 GB of input, generated once; pass
#                                        XGZ_BENCH_JAVA_OPTS (e.g. "-Xmx14g -XX:+UseParallelGC") for its heap
# Every nightly runs with a GC log; the report prints, per step, the largest heap in use after a collection
# ("live", an upper bound of what the step keeps) and before one ("peak"), from that log.
# Environment: XGZ_BENCH_DIR (default /tmp/xgz-bench), XGZ_BENCH_JAVA_OPTS (default: see opts below),
#              XGZ_BENCH_THREADS (default: launcher default), XGZ_BENCH_JFR=1 records a JFR profile of run 1,
#              XGZ_BENCH_MISSING_REPORTS=SHARE generates a findings-heavy set (generate --missing-reports SHARE; 0.5
#              leaves about a third of entities without the required annual report, the issue-11/16 shape),
#              XGZ_BENCH_PG=DBNAME puts the store on the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth):
#              that database is dropped and created afresh before run 1 (default: the embedded H2 in the data dir).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode=bench
if [ "${1:-}" = "--determinism" ]; then mode=determinism; shift; fi
size="${1:?usage: jobs/bench.sh [--determinism] SIZE [SEED]}"
seed="${2:-1}"
base="${XGZ_BENCH_DIR:-/tmp/xgz-bench}"
missing="${XGZ_BENCH_MISSING_REPORTS:-}"
input="$base/input-$size-s$seed${missing:+-m$missing}"
# A pre-sized heap with a small young generation: the rows stay live for the whole run, so the old generation
# must hold them without repeated full collections; a metaspace high-water mark avoids a late "Metadata GC
# Threshold" full collection of a 6 GB heap (16 s measured).
opts="${XGZ_BENCH_JAVA_OPTS:--Xmx8g -Xms8g -Xmn1g -XX:MetaspaceSize=256m -XX:+UseParallelGC}"
export XGZ_PII_SECRET="${XGZ_PII_SECRET:-bench-secret}"
d1=2025-09-30
d2=2025-10-01
mkdir -p "$base"
# Build once and run a private copy of the jar, so that editing or rebuilding the sources during a long
# benchmark neither changes the code under test between runs nor replaces a jar that a JVM is running from.
(cd "$root" && mvn -q -B -DskipTests package >&2)
jar="$base/xgz-recon-bench-$$.jar"
cp "$root/target/xgz-recon.jar" "$jar"
trap 'rm -rf "$jar" "$base/app-bench-$$" "$base/app-bench-$$"-* "$base/app-bench-$$.lock"' EXIT
# Nightly runs start from the launcher's image (jobs/app-image.sh), as jobs/xgz runs them; XGZ_APP_IMAGE=0 runs the jar.
. "$root/jobs/app-image.sh"
app_args=()
if [ "${XGZ_APP_IMAGE:-1}" != 0 ] && app_image_prepare "$jar" "$base/app-bench-$$" "$root/sample-data/fuzhou"; then
  app_image_args "$base/app-bench-$$" "$(basename "$jar")"
fi
[ ${#app_args[@]} -gt 0 ] || app_args=(-jar "$jar")

if [ ! -f "$input/.complete" ]; then
  echo "== generating $size entities (seed $seed) into $input"
  rm -rf "$input"
  /usr/bin/time -f "generate: %e s wall, %M KB peak RSS" \
    java $opts -Dfile.encoding=UTF-8 -jar "$jar" generate --entities "$size" --seed "$seed" --out "$input" \
      ${missing:+--missing-reports "$missing"} \
    | tee "$base/generate-$size-s$seed.txt"
  touch "$input/.complete"
fi
echo "== input $input ($(du -sh "$input" | cut -f1))"

# Prints wall/RSS from the time -v log and the per-step seconds from run-summary.json.
report() {
  local label="$1" tlog="$2" summary="$3"
  echo "-- $label"
  grep -E 'Elapsed \(wall clock\)|Maximum resident set size|Exit status' "$tlog" | sed 's/^\s*/   /'
  python3 - "$summary" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
def walk(o, path=""):
    # run-summary.json layouts vary; print any step list with seconds, and the finding count.
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)): walk(v, path + "." + k)
    elif isinstance(o, list):
        for it in o:
            if isinstance(it, dict) and ("seconds" in it or "durationSeconds" in it) and ("name" in it or "step" in it):
                sec = it.get("seconds", it.get("durationSeconds"))
                print(f"   step {it.get('name', it.get('step')):<28} {sec:>8}")
            else:
                walk(it, path)
walk(s)
for k in ("findings", "findingCount", "findingsTotal"):
    if k in s: print(f"   findings {s[k]}")
PY
}

run_nightly() { # out data date threads label
  local out="$1" data="$2" date="$3" threads="$4" label="$5" extra=""
  [ -n "$threads" ] && extra="--threads $threads"
  local jopts="$opts ${6:-} -Xlog:gc:file=$base/gc-$label-$size.log:time"
  if [ "${XGZ_BENCH_JFR:-}" = 1 ] && [ "$label" = run1 ]; then
    jopts="$jopts -XX:StartFlightRecording=filename=$base/$label-$size.jfr,settings=profile"
  fi
  echo "   load before $label: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v -o "$base/time-$label-$size.txt" \
    java $jopts -Dfile.encoding=UTF-8 "${app_args[@]}" nightly --input "$input" --out "$out" --date "$date" --data-dir "$data" $extra \
    > "$base/log-$label-$size.txt" 2>&1 || { echo "nightly $label failed:"; tail -30 "$base/log-$label-$size.txt"; exit 1; }
  report "$label ($date, threads ${threads:-default})" "$base/time-$label-$size.txt" "$out/$date/run-summary.json"
  heap_by_step "$base/gc-$label-$size.log" "$base/log-$label-$size.txt"
}

# Per step (from the run log's "[n/7] step：开始" lines): the largest heap after and before a collection.
heap_by_step() {
  python3 - "$1" "$2" <<'PY'
import re, sys
gc_line = re.compile(r"^\[\d{4}-\d\d-\d\dT(\d\d:\d\d:\d\d)[^\]]*\].*Pause.*?(\d+)M->(\d+)M\((\d+)M\)")
step_line = re.compile(r"^(\d\d:\d\d:\d\d) INFO\s+\[\d+/\d+\] ([\w-]+)：开始")
steps = []
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    m = step_line.match(line)
    if m: steps.append((m.group(1), m.group(2)))
per = {}
top = (0, 0, 0)
for line in open(sys.argv[1], errors="replace"):
    m = gc_line.match(line)
    if not m: continue
    t, before, after, size = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4))
    name = "start-up"
    for st, sn in steps:
        if st <= t: name = sn
    b, a = per.get(name, (0, 0))
    per[name] = (max(b, before), max(a, after))
    top = max(top, (after, before, size))
for st, sn in [("", "start-up")] + steps:
    if sn in per:
        print(f"   heap {sn:<22} live {per[sn][1]:>6} MB   peak {per[sn][0]:>6} MB")
print(f"   heap at the peak: live {top[0]} MB (heap size then {top[2]} MB)")
PY
}

if [ -n "${XGZ_BENCH_PG:-}" ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$XGZ_BENCH_PG"
  createdb -h 127.0.0.1 -U postgres "$XGZ_BENCH_PG"
  export XGZ_DB_URL="jdbc:postgresql://127.0.0.1:5432/$XGZ_BENCH_PG" XGZ_DB_USER=postgres XGZ_DB_PASSWORD=
  echo "== store: PostgreSQL $XGZ_DB_URL (fresh)"
fi

if [ "$mode" = bench ]; then
  out="$base/out-$size-s$seed${missing:+-m$missing}"; data="$base/data-$size-s$seed${missing:+-m$missing}"
  rm -rf "$out" "$data"
  run_nightly "$out" "$data" "$d1" "${XGZ_BENCH_THREADS:-}" run1
  run_nightly "$out" "$data" "$d2" "${XGZ_BENCH_THREADS:-}" run2
  wc -l "$out/$d1/findings.csv" "$out/$d2/findings.csv" | sed 's/^/   /'
else
  # Thread counts 1 and 2 with the benchmark's heap, then 2 threads in a small heap (later JVM flags win).
  small="${XGZ_BENCH_SMALL_HEAP:--Xmx2g -Xms2g -Xmn512m}"
  for t in 1 2 small; do
    rm -rf "$base/det-out-$t" "$base/det-data-$t"
    if [ "$t" = small ]; then
      run_nightly "$base/det-out-$t" "$base/det-data-$t" "$d1" 2 "det-$t" "$small"
    else
      run_nightly "$base/det-out-$t" "$base/det-data-$t" "$d1" "$t" "det-t$t"
    fi
  done
  status=0
  for other in 2 small; do
    for f in "$base/det-out-1/$d1"/*.csv; do
      n="$(basename "$f")"
      if cmp -s "$f" "$base/det-out-$other/$d1/$n"; then echo "   same      $n (threads 1 / run $other)"
      else echo "   DIFFERENT $n (threads 1 / run $other)"; status=1; fi
    done
  done
  [ $status = 0 ] && echo "determinism: all CSVs identical" || echo "determinism: outputs differ"
  exit $status
fi
