#!/usr/bin/env bash
# Side-by-side load comparison on this machine, as ratios measured in the same run: bggo
# (50 VUs for SECONDS on a one-request grid, built jar run as ./one.jar and under java -jar)
# against a plain OkHttp loop of 50 callers, http_request's runner in the same loop without and
# with its metrics recorded (which layer a gap comes from), Gatling (50 users in a closed loop,
# benchmarks/load/gatling) and wrk -c50, on Java 17 and 25, all against one local target on
# 127.0.0.1. The target is nginx (Debian package nginx-light) when installed, else `bggoc serve`.
#
# Short runs on a shared 2-core machine differ by a third back to back, so the tools take turns
# for ROUNDS rounds and the table shows medians: of requests/s and p99 over the rounds, and of
# the per-round ratios to the OkHttp loop and to Gatling.
#
#   ./mvnw -q -DskipTests package -pl benchmarks -am && benchmarks/load/run.sh [SECONDS] [ROUNDS]
#
# Gatling is built on first use (Maven downloads it); GATLING=0 leaves it out.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
rounds=${2:-3}
port=18080
url="http://127.0.0.1:$port/"
work=$(mktemp -d)
jdk17=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
[ -x "$jdk17/bin/java" ] || jdk17=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64

. benchmarks/load/target.sh
cleanup() { stop_target; rm -rf "$work"; }
trap cleanup EXIT

start_target "$port" "$work"

./bggoc build benchmarks/load/one_request.hcl -o "$work/one.jar" >/dev/null 2>&1
bench_cp=benchmarks/target/benchmarks.jar

gatling_cp=
if [ "${GATLING:-1}" != 0 ]; then
  g=benchmarks/load/gatling
  if [ ! -s "$g/target/cp.txt" ] || [ ! -d "$g/target/test-classes" ]; then
    ./mvnw -q -B -f "$g/pom.xml" test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >&2
  fi
  gatling_cp="$g/target/test-classes:$(cat "$g/target/cp.txt")"
fi

rss_mb() { echo $(( $(sed -n 's/^rss_kb=//p' "$work/time.txt" | tail -1) / 1024 )); }
timed() { /usr/bin/time -f 'rss_kb=%M' -o "$work/time.txt" "$@"; }

# Each measure_* runs one tool once and prints "requests/s p99_ms rss_MB".
measure_bggo() { # JDK launcher|java-jar
  local jdk=$1 run
  if [ "$2" = launcher ]; then run=(env JAVA_HOME="$jdk" "$work/one.jar")
  else run=("$jdk/bin/java" -jar "$work/one.jar"); fi
  timed "${run[@]}" -var "url=$url" --vus 50 --duration "${seconds}s" --quiet 2> "$work/bggo.txt" > /dev/null || true
  local r p
  r=$(sed -n 's/^ *http_reqs\.*: *[0-9]* *\([0-9.]*\)\/s.*/\1/p' "$work/bggo.txt" | head -1)
  p=$(sed -n 's/^ *http_req_duration\.*:.*p(99)=\([0-9.]*\)\(m\?s\|µs\).*/\1 \2/p' "$work/bggo.txt" | head -1)
  case "$p" in *µs) p=$(awk -v v="${p% *}" 'BEGIN { print v / 1000 }');; *" s") p=$(awk -v v="${p% *}" 'BEGIN { print v * 1000 }');; *) p=${p% *};; esac
  echo "${r:-0} ${p:-0} $(rss_mb)"
}
measure_loop() { # JDK OkHttpLoop|RunnerLoop MODE [metered]
  timed "$1/bin/java" -cp "$bench_cp" "dev.burstgrid.benchmarks.load.$2" "$url" 50 "$seconds" "$3" ${4:-} > "$work/loop.txt"
  local p
  p=$(sed -n 's/^p99_ms //p' "$work/loop.txt")
  echo "$(sed -n 's/^requests_per_s //p' "$work/loop.txt") ${p:--} $(rss_mb)"
}
measure_gatling() { # JDK — with the JVM options gatling-maven-plugin passes by default
  timed "$1/bin/java" -Xmx1G -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 \
    --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED \
    -cp "$gatling_cp" -Durl="$url" -Dusers=50 -Dseconds="$seconds" io.gatling.app.Gatling \
    -s dev.burstgrid.benchmarks.gatling.OneRequestSimulation -rf "$work/gatling" > "$work/gatling.txt" 2>&1 || true
  # Requests over the configured seconds: Gatling's own "mean throughput" also counts the
  # partial seconds at both ends, which would understate it.
  local n p
  n=$(sed -n 's/^> request count *| *\([0-9,]*\) .*/\1/p' "$work/gatling.txt" | tail -1 | tr -d ,)
  p=$(sed -n 's/^> response time 99th percentile (ms) *| *\([0-9,]*\) .*/\1/p' "$work/gatling.txt" | tail -1 | tr -d ,)
  echo "$(( ${n:-0} / seconds )) ${p:-0} $(rss_mb)"
}

declare -A results # "tool|jdk" -> lines of "rps p99 rss", one per round
add() { results[$1]+="$2"$'\n'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR && v[1] == "-") print "-"; else if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
column_of() { printf '%s' "${results[$1]:-}" | awk -v c="$2" 'NF { print $c }'; }

echo "target: $what on $url, ${seconds}s per run, 50 callers, $rounds rounds (medians)" >&2
jdks=()
for jdk in "$jdk17" "$jdk25"; do [ -x "$jdk/bin/java" ] && jdks+=("$jdk"); done
declare -A version mode
for jdk in "${jdks[@]}"; do
  version[$jdk]=$("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p')
  mode[$jdk]=platform; [ "${version[$jdk]}" -ge 21 ] && mode[$jdk]=virtual
done
# The compared tools run back to back, in the opposite order every other round: a tool that
# always ran first (or right after another JVM) would carry that into every ratio.
compared() { # JDK
  local jdk=$1 v=${version[$1]}
  local tools=(bggo loop gatling)
  [ $((round % 2)) = 0 ] && tools=(gatling loop bggo)
  for tool in "${tools[@]}"; do
    case $tool in
      bggo) add "bggo ./one.jar|$v" "$(measure_bggo "$jdk" launcher)" ;;
      loop) add "OkHttp loop (${mode[$jdk]})|$v" "$(measure_loop "$jdk" OkHttpLoop "${mode[$jdk]}")" ;;
      gatling) [ -z "$gatling_cp" ] || add "Gatling 3.15|$v" "$(measure_gatling "$jdk")" ;;
    esac
  done
}
for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  for jdk in "${jdks[@]}"; do
    v=${version[$jdk]}
    compared "$jdk"
    if [ "$round" = 1 ]; then # memory and layer attribution: once is enough
      add "bggo java -jar|$v" "$(measure_bggo "$jdk" java-jar)"
      add "http_request runner loop (${mode[$jdk]})|$v" "$(measure_loop "$jdk" RunnerLoop "${mode[$jdk]}")"
      add "runner loop + metrics (${mode[$jdk]})|$v" "$(measure_loop "$jdk" RunnerLoop "${mode[$jdk]}" metered)"
    fi
  done
done

row() { printf '%-44s %12s %10s %10s\n' "$@"; }
row tool requests/s p99_ms rss_MB
for jdk in "${jdks[@]}"; do
  v=${version[$jdk]}
  for tool in "bggo ./one.jar" "bggo java -jar" "OkHttp loop (${mode[$jdk]})" \
      "http_request runner loop (${mode[$jdk]})" "runner loop + metrics (${mode[$jdk]})" "Gatling 3.15"; do
    [ -n "${results[$tool|$v]:-}" ] || continue
    row "$tool, Java $v" "$(column_of "$tool|$v" 1 | median | awk '{ printf "%.0f", $1 }')" \
      "$(column_of "$tool|$v" 2 | median | awk '{ if ($1 == "-") print "-"; else printf "%.1f", $1 }')" "$(column_of "$tool|$v" 3 | sort -n | tail -1)"
  done
done
if command -v wrk >/dev/null; then
  w=$(wrk -t1 -c50 -d"${seconds}s" --latency "$url" | tee "$work/wrk.txt" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  row "wrk -t1 -c50" "${w%.*}" "$(sed -n 's/^ *99% *\(.*\)$/\1/p' "$work/wrk.txt")" "-"
fi
echo
# Ratios per round (each pair ran back to back), then their median.
ratios() { paste -d' ' <(column_of "$1" "$3") <(column_of "$2" "$3") | awk '$2 > 0 { print $1 / $2 }'; }
for jdk in "${jdks[@]}"; do
  v=${version[$jdk]}
  loop="OkHttp loop (${mode[$jdk]})|$v"
  line="Java $v: bggo / OkHttp loop requests/s = $(ratios "bggo ./one.jar|$v" "$loop" 1 | median | awk '{ printf "%.2f", $1 }') (target >= 0.95)"
  line+=", p99 = $(ratios "bggo ./one.jar|$v" "$loop" 2 | median | awk '{ printf "%.2f", $1 }') (target <= 1)"
  if [ -n "${results[Gatling 3.15|$v]:-}" ]; then
    line+="; bggo / Gatling = $(ratios "bggo ./one.jar|$v" "Gatling 3.15|$v" 1 | median | awk '{ printf "%.2f", $1 }') (target >= 2.5)"
  fi
  echo "$line"
done
