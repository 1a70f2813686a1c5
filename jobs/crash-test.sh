#!/usr/bin/env bash
# Crash test by hand, for any input folder (the unit tests do the same on the small public set):
# run the nightly job once uninterrupted, then for each kill point run it killed with kill -9 there
# (fault injection, XGZ_FAULT_KILL_AT) and restart it with the same run date on the same data directory,
# and compare findings.csv, joint-branch-proposals.csv, rejects.csv byte for byte and run-summary.json's
# per-file read/loaded/rejected and per-rule counts with the uninterrupted run. Prints a table; exits 1
# when any restarted run differs or fails.
#
#   jobs/crash-test.sh INPUT_DIR [--date yyyy-MM-dd] [--work DIR] [--chunk N] [--parallel N] [--points "p1 p2 …"]
#
#   --date      run date (default 2025-09-30)
#   --work      where the runs go (default a new folder under /tmp); each kill point has its own data directory
#   --chunk     rows per ingest chunk (XGZ_INGEST_CHUNKSIZE) for every run, so a small set has several chunks
#   --parallel  kill points run at the same time (default 1; each run takes XGZ_JAVA_OPTS' heap, default 4 GB)
#   --points    the kill points (default: the start of every step, and after the 2nd chunk of every ingest step):
#               <step> = at the step's start, <step>:<n> = after its n-th chunk, <step>:end = after its work
#
# Example on a generated province-sized set:
#   jobs/xgz generate --entities 1000000 --seed 1 --out /tmp/in-1m
#   jobs/crash-test.sh /tmp/in-1m --work /tmp/crash-1m --parallel 2
# Needs python3 (to read run-summary.json). XGZ_PII_SECRET defaults to a fixed test value so runs compare.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

steps="prepare ingest-registrations ingest-annual-reports ingest-riders ingest-party-orgs ingest-party-members
ingest-markets reconcile lifecycle write-csv write-workbooks finish"
chunks="ingest-registrations:2 ingest-annual-reports:2 ingest-riders:2 ingest-party-orgs:2 ingest-party-members:2
ingest-markets:2"

[ $# -ge 1 ] && [ -d "$1" ] || { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
input="$(cd "$1" && pwd)"; shift
date=2025-09-30
work=""
chunk=""
parallel=1
points="$steps $chunks"
while [ $# -gt 0 ]; do
  case "$1" in
    --date) date="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --chunk) chunk="$2"; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    --points) points="$2"; shift 2 ;;
    *) echo "未知参数：$1" >&2; exit 2 ;;
  esac
done
[ -n "$work" ] || work="$(mktemp -d /tmp/xgz-crash-XXXXXX)"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
command -v python3 >/dev/null || { echo "需要 python3 读取 run-summary.json" >&2; exit 2; }

export XGZ_PII_SECRET="${XGZ_PII_SECRET:-crash-test-secret}"
unset XGZ_FAULT_KILL_AT
[ -z "$chunk" ] || export XGZ_INGEST_CHUNKSIZE="$chunk"

# Build once up front, so parallel runs do not each try to.
"$root/jobs/xgz" --version >/dev/null

# nightly <dir> [kill point]: one run into <dir>/out with data directory <dir>/data; prints its exit code.
nightly() {
  local dir="$1" point="${2:-}" rc=0
  mkdir -p "$dir"
  if [ -n "$point" ]; then
    XGZ_FAULT_KILL_AT="$point" "$root/jobs/xgz" nightly --input "$input" --out "$dir/out" --date "$date" \
      --data-dir "$dir/data" >>"$dir/console.log" 2>&1 || rc=$?
  else
    "$root/jobs/xgz" nightly --input "$input" --out "$dir/out" --date "$date" --data-dir "$dir/data" \
      >>"$dir/console.log" 2>&1 || rc=$?
  fi
  echo "$rc"
}

# figures <run dir>: the run-summary figures a crash must not change, one per line.
figures() {
  python3 - "$1/run-summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
for f in sorted(s["files"], key=lambda f: (f["source"], f["file"])):
    print("file", f["source"], f["file"], f["read"], f["loaded"], f["rejected"], f["rejectedWhole"])
for rule, by in sorted(s["findings"].items()):
    print("rule", rule, *(f"{k}={v}" for k, v in sorted(by.items())))
PY
}

same() { cmp -s "$1" "$2" && echo "相同" || echo "不同"; }

echo "输入：$input　运行日期：$date　工作目录：$work${chunk:+　每块 $chunk 行}"
start=$(date +%s)
base_rc=$(nightly "$work/baseline")
base="$work/baseline/out/$date"
if [ "$base_rc" != 0 ] && [ "$base_rc" != 4 ]; then
  echo "不中断的基准运行失败（退出码 $base_rc），见 $work/baseline/console.log" >&2
  exit 1
fi
figures "$base" >"$work/baseline/figures.txt"
echo "基准运行：退出码 $base_rc，用时 $(( $(date +%s) - start )) 秒"

# one <point>: kill there, restart, compare; writes one table row to <dir>/row.
one() {
  local point="$1" dir="$work/${1//:/-at-}" t0 killed restarted run row
  t0=$(date +%s)
  rm -rf "$dir"
  killed=$(nightly "$dir" "$point")
  restarted=$(nightly "$dir")
  run="$dir/out/$date"
  if [ "$killed" != 137 ]; then
    row="| $point | $killed（未触发） | $restarted |"
  else
    row="| $point | 137 | $restarted |"
  fi
  if [ -f "$run/run-summary.json" ] && [ "$restarted" = "$base_rc" ]; then
    figures "$run" >"$dir/figures.txt"
    row="$row $(same "$base/findings.csv" "$run/findings.csv") | $(same "$base/joint-branch-proposals.csv" "$run/joint-branch-proposals.csv") | $(same "$base/rejects.csv" "$run/rejects.csv") | $(same "$work/baseline/figures.txt" "$dir/figures.txt") |"
  else
    row="$row — | — | — | — |"
  fi
  echo "$row $(( $(date +%s) - t0 )) |" >"$dir/row"
}

echo
echo "| 中断点 | 被杀退出码 | 续跑退出码 | findings.csv | joint-branch-proposals.csv | rejects.csv | 摘要数字 | 用时（秒） |"
echo "|---|---|---|---|---|---|---|---|"
running=0
for point in $points; do
  one "$point" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait
failed=0
for point in $points; do
  row="$(cat "$work/${point//:/-at-}/row")"
  echo "$row"
  case "$row" in *不同*|*"| — |"*) failed=1 ;; esac
  case "$row" in "| $point | 137 | $base_rc |"*) ;; "| $point | "*"未触发"*) ;; *) failed=1 ;; esac
done
echo
echo "总用时 $(( $(date +%s) - start )) 秒；各次运行的控制台输出在 $work/*/console.log"
if [ "$failed" = 1 ]; then
  echo "有续跑结果与不中断运行不一致或续跑失败" >&2
  exit 1
fi
