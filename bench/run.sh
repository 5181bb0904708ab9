#!/usr/bin/env bash
# Regions benchmark: the Banyuwangi Open Data API against nginx serving the very same response bytes.
# See bench/README.md. Loopback only; every phase has a bounded duration.
set -euo pipefail

PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-10}"
GEOJSON_PATH="${GEOJSON_PATH:-/api/v1/villages?format=geojson&limit=500}"
SKIP_BUILD="${SKIP_BUILD:-0}"
READY_TIMEOUT=120
HOST=127.0.0.1

# Fixed scenario list: name|path|extension served by nginx (decides its Content-Type).
scenarios() {
  printf '%s\n' \
    "villages_by_district|/api/v1/villages?district_code=35.10.01|json" \
    "village|/api/v1/villages/35.10.01.2001|json" \
    "villages_geojson|${GEOJSON_PATH}|geojson"
}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

WORK=""
SERVICE_PID=""
NGINX_PID=""
DATA_DIR=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null || true
  fi
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVICE_PID" 2>/dev/null || true
  fi
  [[ -n "$NGINX_PID" ]] && wait "$NGINX_PID" 2>/dev/null || true
  [[ -n "$SERVICE_PID" ]] && wait "$SERVICE_PID" 2>/dev/null || true
  [[ -n "$WORK" && -d "$WORK" ]] && rm -rf "$WORK"
  [[ -n "$DATA_DIR" && -d "$DATA_DIR" ]] && rm -rf "$DATA_DIR"
  exit "$rc"
}

# --- tools -------------------------------------------------------------------------------------------
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  ((${#missing[@]} == 0)) && return 0
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]} and not root (no sudo) to install them"
    sudo=(sudo)
  fi
  log "installing ${missing[*]} from Debian"
  # apt-get update only if the package lists do not know the packages yet.
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; then
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# --- service -----------------------------------------------------------------------------------------
build_service() {
  if [[ "$SKIP_BUILD" == "1" ]]; then
    log "SKIP_BUILD=1: using the existing target/quarkus-app"
  else
    log "building: ./mvnw -B -q -DskipTests package"
    ./mvnw -B -q -DskipTests package
  fi
  [[ -f target/quarkus-app/quarkus-run.jar ]] || die "target/quarkus-app/quarkus-run.jar not found (build first or unset SKIP_BUILD)"
}

start_service() {
  port_in_use "$PORT" && die "port $PORT is already in use (set PORT)"
  DATA_DIR="$(mktemp -d -t bench-opendata-data.XXXXXX)"
  log "starting service on $HOST:$PORT (OPENDATA_DATA_DIR=$DATA_DIR)"
  OPENDATA_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$PORT" \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  local start=$SECONDS code
  while :; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      tail -n 40 "$WORK/service.log" >&2 || true
      die "service exited during start-up"
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$PORT/q/health/ready" || true)"
    [[ "$code" == "200" ]] && break
    if ((SECONDS - start >= READY_TIMEOUT)); then
      tail -n 40 "$WORK/service.log" >&2 || true
      die "service not ready after ${READY_TIMEOUT}s (last /q/health/ready status: ${code:-none})"
    fi
    sleep 1
  done
  log "service ready after $((SECONDS - start))s (pid $SERVICE_PID)"
}

# --- nginx -------------------------------------------------------------------------------------------
# Writes $WORK/nginx/nginx.conf serving $WORK/www on $HOST:$NGINX_PORT and starts it in the foreground
# mode (daemon off) as a background job of this script, so its master pid is known and killed on exit.
start_nginx() {
  port_in_use "$NGINX_PORT" && die "port $NGINX_PORT is already in use (set NGINX_PORT)"
  local p="$WORK/nginx"
  mkdir -p "$p/tmp" "$p/logs"
  # Workers may run as 'nobody' when started as root: make the root readable.
  chmod 755 "$WORK" "$WORK/www" "$p"
  chmod 644 "$WORK"/www/* 2>/dev/null || true
  cat >"$p/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $p/nginx.pid;
error_log $p/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path $p/tmp/client_body;
  proxy_temp_path $p/tmp/proxy;
  fastcgi_temp_path $p/tmp/fastcgi;
  uwsgi_temp_path $p/tmp/uwsgi;
  scgi_temp_path $p/tmp/scgi;
  types {
    application/json json;
    application/geo+json geojson;
  }
  default_type application/octet-stream;
  server {
    listen $HOST:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri =404; }
  }
}
EOF
  "$(nginx_bin)" -t -q -e "$p/logs/error.log" -c "$p/nginx.conf" -p "$p" \
    || die "nginx config test failed: $(cat "$p/logs/error.log" 2>/dev/null)"
  "$(nginx_bin)" -e "$p/logs/error.log" -c "$p/nginx.conf" -p "$p" >"$p/logs/stdout.log" 2>&1 &
  NGINX_PID=$!
  local i
  for i in $(seq 100); do
    port_in_use "$NGINX_PORT" && { log "nginx listening on $HOST:$NGINX_PORT (pid $NGINX_PID)"; return 0; }
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$p/logs/error.log" >&2 2>/dev/null || true
  die "nginx did not start"
}

# fetch_scenario NAME PATH EXT: saves the service body as $WORK/www/NAME.EXT (must be HTTP 200).
fetch_scenario() {
  local name=$1 path=$2 ext=$3 out code ctype
  out="$WORK/www/$name.$ext"
  read -r code ctype < <(curl -sS -o "$out" -w '%{http_code} %{content_type}\n' --max-time 60 \
    "http://$HOST:$PORT$path" || echo "000 -")
  if [[ "$code" != "200" ]]; then
    head -c 600 "$out" >&2 2>/dev/null || true; echo >&2
    [[ "$name" == villages_geojson ]] && log "hint: set GEOJSON_PATH to a limit the service accepts"
    die "scenario $name: GET $path returned HTTP $code (expected 200)"
  fi
  log "scenario $name: $(wc -c <"$out") bytes, service Content-Type: ${ctype:-none}"
}

# check_nginx_copy NAME EXT: nginx must serve exactly the saved bytes with HTTP 200.
check_nginx_copy() {
  local name=$1 ext=$2 code
  code="$(curl -sS -o "$WORK/check.$ext" -w '%{http_code}' --max-time 30 "http://$HOST:$NGINX_PORT/$name.$ext" || true)"
  [[ "$code" == "200" ]] || die "nginx returned HTTP $code for /$name.$ext"
  cmp -s "$WORK/check.$ext" "$WORK/www/$name.$ext" || die "nginx body differs from the service body for $name"
  rm -f "$WORK/check.$ext"
}

# --- wrk ---------------------------------------------------------------------------------------------
# run_wrk URL SECONDS OUTFILE [--latency]
run_wrk() {
  local url=$1 secs=$2 out=$3; shift 3
  # wrk never exceeds -d by much; timeout is only a guard against a hang.
  timeout --kill-after=10 $((secs + 60)) wrk -t2 -c32 -d"${secs}s" "$@" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed against $url"; }
}

# parse_wrk FILE -> "req_s p99_ms non2xx sock_errors"
parse_wrk() {
  awk '
    function ms(v,  n) {
      n = v + 0
      if (v ~ /us$/) return n / 1000
      if (v ~ /ms$/) return n
      if (v ~ /m$/)  return n * 60000
      if (v ~ /s$/)  return n * 1000
      return n
    }
    /^Requests\/sec:/               { rps = $2 }
    /^[ \t]+99%/                    { p99 = ms($2) }
    /Non-2xx or 3xx responses:/     { non = $NF }
    /Socket errors:/ {
      gsub(",", ""); sock = $4 + $6 + $8 + $10
    }
    END {
      if (rps == "") rps = "nan"
      printf "%s %s %d %d\n", rps, (p99 == "" ? "nan" : sprintf("%.2f", p99)), non + 0, sock + 0
    }' "$1"
}

# format_table: '|'-separated rows on stdin -> aligned columns (text left, numbers right).
format_table() {
  awk -F'|' '
    { n = NR; for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } if (NF > nf) nf = NF }
    END {
      for (r = 1; r <= n; r++) {
        line = ""
        for (i = 1; i <= nf; i++) {
          v = c[r, i]
          cell = (i == 1 || r == 1) ? sprintf("%-" w[i] "s", v) : sprintf("%" w[i] "s", v)
          line = line (i > 1 ? " | " : "") cell
        }
        print line
        if (r == 1) { sep = ""; for (i = 1; i <= nf; i++) { d = sprintf("%" w[i] "s", ""); gsub(/ /, "-", d); sep = sep (i > 1 ? "-|-" : "") d } print sep }
      }
    }'
}

peak_rss() {
  local kb
  kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)"
  [[ -n "$kb" ]] && awk -v kb="$kb" 'BEGIN { printf "%.1f MiB (VmHWM %d kB)", kb / 1024, kb }' || echo "n/a"
}

# --- main --------------------------------------------------------------------------------------------
# Fetches every scenario of `scenarios` from the service, serves the same bytes with nginx, runs wrk against
# both and leaves one table row per scenario in SCENARIO_ROWS (columns as in SCENARIO_HEADER), and the scenarios
# in names, paths and exts for the report.
SCENARIO_HEADER="scenario|service req/s|service p99 ms|service non-2xx|nginx req/s|nginx p99 ms|ratio (service/nginx)|service sock err|nginx non-2xx|nginx sock err|body bytes"
measure_scenarios() {
  local name path ext
  names=() paths=() exts=()
  while IFS='|' read -r name path ext; do
    names+=("$name"); paths+=("$path"); exts+=("$ext")
    fetch_scenario "$name" "$path" "$ext"
  done < <(scenarios)

  start_nginx
  local i
  for i in "${!names[@]}"; do check_nginx_copy "${names[$i]}" "${exts[$i]}"; done

  SCENARIO_ROWS=()
  for i in "${!names[@]}"; do
    name=${names[$i]} path=${paths[$i]} ext=${exts[$i]}
    local svc_url="http://$HOST:$PORT$path" ngx_url="http://$HOST:$NGINX_PORT/$name.$ext"
    if ((WARMUP > 0)); then
      log "$name: warm-up ${WARMUP}s against the service"
      run_wrk "$svc_url" "$WARMUP" "$WORK/wrk/$name.warmup.txt"
    fi
    log "$name: service ${DURATION}s"
    run_wrk "$svc_url" "$DURATION" "$WORK/wrk/$name.service.txt" --latency
    log "$name: nginx ${DURATION}s"
    run_wrk "$ngx_url" "$DURATION" "$WORK/wrk/$name.nginx.txt" --latency
    local s_rps s_p99 s_non s_sock n_rps n_p99 n_non n_sock ratio
    read -r s_rps s_p99 s_non s_sock < <(parse_wrk "$WORK/wrk/$name.service.txt")
    read -r n_rps n_p99 n_non n_sock < <(parse_wrk "$WORK/wrk/$name.nginx.txt")
    ratio="$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { if (b + 0 > 0) printf "%.3f", a / b; else print "n/a" }')"
    SCENARIO_ROWS+=("$name|$s_rps|$s_p99|$s_non|$n_rps|$n_p99|$ratio|$s_sock|$n_non|$n_sock|$(wc -c <"$WORK/www/$name.$ext")")
  done
}

main() {
  [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "DURATION must be a positive integer (seconds)"
  [[ "$WARMUP" =~ ^[0-9]+$ ]] || die "WARMUP must be a non-negative integer (seconds)"
  cd "$(dirname "$0")/.."
  local root; root="$(pwd)"
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_tools
  WORK="$(mktemp -d -t bench-regions.XXXXXX)"
  mkdir -p "$WORK/www" "$WORK/wrk"
  build_service
  start_service

  measure_scenarios

  local rss; rss="$(peak_rss "$SERVICE_PID")"
  kill -0 "$SERVICE_PID" 2>/dev/null || log "warning: the service exited during the run"

  local stamp out table
  stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
  mkdir -p "$root/bench/out"
  out="$root/bench/out/regions-$stamp.txt"
  table="$(
    {
      echo "$SCENARIO_HEADER"
      printf '%s\n' "${SCENARIO_ROWS[@]}"
    } | format_table
  )"
  {
    echo "Regions benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "wrk -t2 -c32 -d${DURATION}s --latency (warm-up ${WARMUP}s against the service); $(nproc) CPUs; loopback"
    echo "service: java -Xmx256m -jar target/quarkus-app/quarkus-run.jar on $HOST:$PORT; nginx $("$(nginx_bin)" -v 2>&1 | sed 's/.*nginx\///') on $HOST:$NGINX_PORT"
    for i in "${!names[@]}"; do echo "  ${names[$i]} = ${paths[$i]}"; done
    echo
    echo "$table"
    echo
    echo "service peak RSS: $rss"
  } | tee "$out"
  {
    echo
    echo "---- raw wrk output ----"
    for i in "${!names[@]}"; do
      for k in service nginx; do
        echo "== ${names[$i]} ($k)"; cat "$WORK/wrk/${names[$i]}.$k.txt"
      done
    done
  } >>"$out"
  log "written to ${out#"$root"/}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
