#!/usr/bin/env bash
# Side-by-side load comparison on this machine, as ratios measured in the same run: bggo
# (50 VUs for 10 s on a one-request grid, built jar run as ./one.jar and under java -jar)
# against a plain OkHttp loop of 50 callers, http_request's runner in the same loop (which
# layer a gap comes from) and wrk -c50, on Java 17 and 25, all against one local target on
# 127.0.0.1. The target is nginx (Debian package nginx-light) when installed, else `bggoc
# serve`. Gatling's figure comes from ../shared/bench-anchors (same machine type, 50 callers,
# 10 s).
#
#   ./mvnw -q -DskipTests package -pl benchmarks -am && benchmarks/load/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
port=18080
url="http://127.0.0.1:$port/"
work=$(mktemp -d)
jdk17=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
[ -x "$jdk17/bin/java" ] || jdk17=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
gatling_rps=8196   # bench-anchors: Gatling 3.15.1, Java 17, 50 callers

cleanup() { [ -n "${target:-}" ] && kill "$target" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

. benchmarks/load/target.sh
start_target "$port" "$work"

./bggoc build benchmarks/load/one_request.hcl -o "$work/one.jar" >/dev/null 2>&1
bench_cp=benchmarks/target/benchmarks.jar

row() { printf '%-44s %12s %10s %10s\n' "$@"; }
rss_of() { sed -n 's/^rss_kb=//p' "$1" | tail -1; }

echo "target: $what on $url, ${seconds}s per run, 50 callers"
row tool requests/s p99_ms rss_MB
declare -A rps
for jdk in "$jdk17" "$jdk25"; do
  [ -x "$jdk/bin/java" ] || continue
  v=$("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p')
  # bggo as ./one.jar starts it (the jar's launcher: -Xms32m), then under `java -jar`, where the
  # JVM sizes the heap from physical memory.
  for how in launcher java-jar; do
    if [ "$how" = launcher ]; then run=(env JAVA_HOME="$jdk" "$work/one.jar"); label="bggo ./one.jar"
    else run=("$jdk/bin/java" -jar "$work/one.jar"); label="bggo java -jar"; fi
    /usr/bin/time -f 'rss_kb=%M' -o "$work/time.txt" "${run[@]}" -var "url=$url" \
      --vus 50 --duration "${seconds}s" --quiet 2> "$work/bggo.txt" > /dev/null || true
    r=$(sed -n 's/^ *http_reqs\.*: *[0-9]* *\([0-9.]*\)\/s.*/\1/p' "$work/bggo.txt" | head -1)
    p=$(sed -n 's/^ *http_req_duration\.*:.*p(99)=\([0-9.]*\)\(m\?s\|µs\).*/\1\2/p' "$work/bggo.txt" | head -1)
    [ "$how" = launcher ] && rps[bggo$v]=${r%.*}
    row "$label, Java $v" "${r%.*}" "$p" "$(( $(rss_of "$work/time.txt") / 1024 ))"
  done
  mode=platform; [ "$v" -ge 21 ] && mode=virtual
  /usr/bin/time -f 'rss_kb=%M' -o "$work/time.txt" "$jdk/bin/java" -cp "$bench_cp" \
    dev.burstgrid.benchmarks.load.OkHttpLoop "$url" 50 "$seconds" $mode > "$work/loop.txt"
  r=$(sed -n 's/^requests_per_s //p' "$work/loop.txt"); p=$(sed -n 's/^p99_ms //p' "$work/loop.txt")
  rps[okhttp$v]=$r
  row "OkHttp loop ($mode), Java $v" "$r" "${p}ms" "$(( $(rss_of "$work/time.txt") / 1024 ))"
  # http_request's runner in the same loop: the http module without the runtime.
  /usr/bin/time -f 'rss_kb=%M' -o "$work/time.txt" "$jdk/bin/java" -cp "$bench_cp" \
    dev.burstgrid.benchmarks.load.RunnerLoop "$url" 50 "$seconds" $mode > "$work/runner.txt"
  row "http_request runner loop ($mode), Java $v" "$(sed -n 's/^requests_per_s //p' "$work/runner.txt")" "-" \
    "$(( $(rss_of "$work/time.txt") / 1024 ))"
done
if command -v wrk >/dev/null; then
  w=$(wrk -t1 -c50 -d"${seconds}s" --latency "$url" | tee "$work/wrk.txt" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  p=$(sed -n 's/^ *99% *\(.*\)$/\1/p' "$work/wrk.txt")
  row "wrk -t1 -c50" "${w%.*}" "$p" "-"
fi
echo
for v in 17 25; do
  if [ -n "${rps[bggo$v]:-}" ] && [ -n "${rps[okhttp$v]:-}" ]; then
    awk -v b="${rps[bggo$v]}" -v o="${rps[okhttp$v]}" -v g="$gatling_rps" -v v="$v" \
      'BEGIN { printf "Java %s: bggo / OkHttp loop = %.2f (target >= 0.95); bggo / Gatling anchor = %.2f (target >= 2.5)\n", v, b / o, b / g }'
  fi
done
