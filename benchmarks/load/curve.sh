#!/usr/bin/env bash
# Requests per second, second by second, as the local nginx counts them, while one tool runs 50
# callers for SECONDS (default 10): how fast each warms up, which a ten-second average hides.
#
#   ./mvnw -q -DskipTests package -pl benchmarks -am && benchmarks/load/curve.sh bggo|loop [SECONDS] [JDK]
#
# bggo is the built one-request grid (./one.jar), loop the plain OkHttp loop; JDK defaults to
# the java on PATH (virtual threads for the loop on 21+). Needs nginx (Debian nginx-light).
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=${1:?bggo or loop}
seconds=${2:-10}
jdk=${3:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
port=18082
url="http://127.0.0.1:$port/"
work=$(mktemp -d)
. benchmarks/load/target.sh
cleanup() { stop_target; [ -n "${run:-}" ] && kill "$run" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v nginx >/dev/null || { echo "curve.sh needs nginx (apt-get install nginx-light)" >&2; exit 1; }

start_target "$port" "$work"
requests() { exec 3<>"/dev/tcp/127.0.0.1/$port"; printf 'GET /nginx_status HTTP/1.0\r\n\r\n' >&3; awk 'f == 1 { print $3; exit } /^ *server accepts/ { f = 1 }' <&3; exec 3<&-; }

v=$("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p')
case $tool in
  bggo)
    ./bggoc build benchmarks/load/one_request.hcl -o "$work/one.jar" >/dev/null 2>&1
    JAVA_HOME="$jdk" "$work/one.jar" -var "url=$url" --vus 50 --duration "${seconds}s" --quiet 2> "$work/out.txt" > /dev/null & run=$! ;;
  loop)
    mode=platform; [ "$v" -ge 21 ] && mode=virtual
    "$jdk/bin/java" -cp benchmarks/target/benchmarks.jar dev.burstgrid.benchmarks.load.OkHttpLoop \
      "$url" 50 "$seconds" "$mode" > "$work/out.txt" & run=$! ;;
  *) echo "curve.sh: the tool is bggo or loop, not $tool" >&2; exit 2 ;;
esac
previous=$(requests)
line="$tool, Java $v, req/s per second:"
while kill -0 "$run" 2>/dev/null; do
  sleep 1
  now=$(requests)
  line+=" $((now - previous - 1))" # minus this probe
  previous=$now
done
wait "$run" || true
run=
echo "$line"
