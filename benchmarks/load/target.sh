# Sourced by the load benchmarks: start_target PORT WORKDIR starts the local target on
# 127.0.0.1:PORT — nginx (Debian package nginx-light) when installed, else `bggoc serve` — sets
# $target (its pid) and $what (its name), and waits until it answers. nginx also serves its
# request counter at /nginx_status (curve.sh reads it).
start_target() {
  local port=$1 work=$2
  if command -v nginx >/dev/null; then
    cat > "$work/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $work/nginx.pid; error_log stderr warn;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000;
  server { listen 127.0.0.1:$port; location / { return 200 "ok\n"; }
    location = /nginx_status { stub_status; } } }
CONF
    nginx -c "$work/nginx.conf" -p "$work" & target=$!
    what="nginx"
  else
    java -jar compiler/target/bggoc.jar serve --port "$port" > "$work/serve.log" & target=$!
    what="bggoc serve"
  fi
  for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the target did not start on port $port" >&2
  return 1
}

# Stops the target and waits for it to exit, so it is gone before its work directory is.
stop_target() {
  if [ -n "${target:-}" ]; then
    kill "$target" 2>/dev/null || true
    wait "$target" 2>/dev/null || true
  fi
}
