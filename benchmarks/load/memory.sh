#!/usr/bin/env bash
# Memory of a long load run: 50 VUs on the one-request grid (built jar) for SECONDS (default 60)
# against the local target, logging every GC. Prints the live heap after young collections in
# the first and the last fifth of the run (after a 5 s warm-up) and their ratio: metrics are
# HdrHistograms of fixed size, so the live heap should stay flat (ratio near 1) however long
# the run; peak RSS alongside.
#
#   ./mvnw -q -DskipTests package -pl compiler -am && benchmarks/load/memory.sh [SECONDS] [JAVA_OPTIONS…]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
port=18081
work=$(mktemp -d)
. benchmarks/load/target.sh
cleanup() { stop_target; rm -rf "$work"; }
trap cleanup EXIT

start_target "$port" "$work"
./bggoc build benchmarks/load/one_request.hcl -o "$work/one.jar" >/dev/null 2>&1

/usr/bin/time -f 'rss_kb=%M' -o "$work/time.txt" java "$@" "-Xlog:gc:file=$work/gc.log:uptime" \
  -jar "$work/one.jar" -var "url=http://127.0.0.1:$port/" --vus 50 --duration "${seconds}s" --quiet \
  2> "$work/run.txt" > /dev/null || true
grep -E '^ *(http_reqs|iterations)\.' "$work/run.txt" || { cat "$work/run.txt"; exit 1; }
# [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 150M->4M(256M) 2.100ms
awk -v total="$seconds" -v rss="$(sed -n 's/^rss_kb=//p' "$work/time.txt")" '
  /Pause Young/ {
    t = substr($1, 2) + 0
    if (match($0, /->[0-9]+M/)) { after = substr($0, RSTART + 2, RLENGTH - 3) + 0 } else next
    if (t >= 5 && t < 5 + (total - 5) / 5) { first += after; nf++ }
    if (t >= total - (total - 5) / 5) { last += after; nl++ }
  }
  END {
    if (nf == 0 || nl == 0) { print "too few collections to compare; run longer"; exit 1 }
    printf "live heap after young GC: first fifth %.1f MB (%d GCs), last fifth %.1f MB (%d GCs), ratio %.2f\n",
      first / nf, nf, last / nl, nl, (last / nl) / (first / nf)
    printf "peak RSS: %d MB\n", rss / 1024
  }' "$work/gc.log"
