# shellcheck shell=bash disable=SC2034 # the variables set here are read by the scripts that source this file
# Shell helpers shared by the benchmarks (bench/*.sh) and the CI failure tests (.ci/*.sh). Sourced, never executed:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It defines functions and defaults only; nothing runs on sourcing. The sourcing script sets its own PORT and
# NGINX_PORT before sourcing (or relies on the defaults below), sets `trap cleanup EXIT` and creates $WORK.
#
# Sections: logging and timing; tools; the service (build, start, stop, kill); PostgreSQL; nginx and wrk
# (measure_scenarios); RSS sampling and timed requests; the publishing API; synthetic data.

HOST=127.0.0.1                       # everything listens on and connects to loopback only
PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-10}"
SKIP_BUILD="${SKIP_BUILD:-0}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
SERVICE_XMX="${SERVICE_XMX:-256m}"   # the service's -Xmx
# The memory settings README.md gives for a service with a small heap ("Memory"): the serial collector, a heap that
# starts at 128 MiB with a 64 MiB young generation and grows late, direct buffers bounded at 48 MiB, malloc's free
# memory handed back every second, two Netty arenas of direct buffers and two malloc arenas. Split on spaces; empty
# for the JVM's defaults.
SERVICE_JVM="${SERVICE_JVM--Xms128m -Xmn64m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MaxDirectMemorySize=48m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000 -Dio.netty.allocator.numDirectArenas=2}"
SERVICE_MALLOC_ARENAS="${SERVICE_MALLOC_ARENAS-2}" # MALLOC_ARENA_MAX of the service; empty for glibc's default
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-}" # further JVM options of the service, split on spaces (e.g. a JFR recording)
API_TIMEOUT="${API_TIMEOUT:-600}"    # curl --max-time of publishing API calls and downloads, seconds
LOG_TAG="${LOG_TAG:-bench}"

WORK=""             # temporary work directory of the run (removed by cleanup)
DATA_DIR=""         # H2 data directory of the service, if any (removed by cleanup)
SERVICE_PID=""
NGINX_PID=""
SAMPLER_PID=""
CHILD_PIDS=()       # other background jobs (e.g. a request in flight) that cleanup kills
CLEANUP_HOOKS=()    # functions cleanup runs after stopping the processes, before removing the directories
KEEP_LOGS_AS=""     # when set, cleanup copies $WORK/*.log of a failed run to bench/out/$KEEP_LOGS_AS-failed-<time>/

# ---- logging and timing -------------------------------------------------------------------------------------
log() { printf '[%s] %s\n' "$LOG_TAG" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$LOG_TAG" "$*" >&2; exit 1; }

# Checks of the CI failure tests: pass/fail print one line each and count; checks_summary prints the closing line
# "<tag>: N passed, M failed" and returns non-zero when a check failed.
CHECKS_PASSED=0
CHECKS_FAILED=0
pass() { CHECKS_PASSED=$((CHECKS_PASSED + 1)); printf '  PASS  %s\n' "$*"; }
fail() { CHECKS_FAILED=$((CHECKS_FAILED + 1)); printf '  FAIL  %s\n' "$*"; }
# check DESCRIPTION COMMAND...: pass when the command succeeds, fail otherwise.
check() { local d=$1; shift; if "$@"; then pass "$d"; else fail "$d"; fi; }
checks_summary() {
  printf '%s: %d passed, %d failed\n' "$LOG_TAG" "$CHECKS_PASSED" "$CHECKS_FAILED"
  ((CHECKS_FAILED == 0))
}

now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
elapsed_ms() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%d", (b - a) * 1000 }'; }

# cleanup: the EXIT trap. Stops the RSS sampler, CHILD_PIDS, nginx and the service, runs CLEANUP_HOOKS, removes $WORK and
# $DATA_DIR, and exits with the status the script was exiting with.
cleanup() {
  local rc=$?
  trap - EXIT
  trap '' INT TERM # a second Ctrl-C or TERM (e.g. from timeout) must not cut the cleanup short
  set +e # a failing step must not end the trap before the rest is cleaned up
  if [[ -n "$SAMPLER_PID" ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then
    kill "$SAMPLER_PID" 2>/dev/null
    wait "$SAMPLER_PID" 2>/dev/null
  fi
  local pid
  for pid in "${CHILD_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
  done
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null
  fi
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVICE_PID" 2>/dev/null
  fi
  [[ -n "$NGINX_PID" ]] && wait "$NGINX_PID" 2>/dev/null
  [[ -n "$SERVICE_PID" ]] && wait "$SERVICE_PID" 2>/dev/null
  local hook
  for hook in "${CLEANUP_HOOKS[@]}"; do "$hook"; done
  if ((rc != 0)) && [[ -n "$KEEP_LOGS_AS" && -n "$WORK" ]] && compgen -G "$WORK/*.log" >/dev/null; then
    # Keep the service logs of a failed run for diagnosis (bench/out is git-ignored); never the data.
    local keep
    keep="$(dirname "${BASH_SOURCE[0]}")/out/$KEEP_LOGS_AS-failed-$(date -u +%Y-%m-%dT%H%M%SZ)"
    mkdir -p "$keep" && cp "$WORK"/*.log "$keep"/ && log "logs of the failed run kept in $keep"
    local last; last="$(find "$WORK" -maxdepth 1 -name '*.log' -printf '%T@ %p\n' | sort -n | tail -n 1 | cut -d' ' -f2-)"
    [[ -n "$last" ]] && { printf -- '---- %s (last 30 lines) ----\n' "$(basename "$last")"; tail -n 30 "$last"; } >&2
  fi
  [[ -n "$WORK" && -d "$WORK" ]] && rm -rf "$WORK"
  [[ -n "$DATA_DIR" && -d "$DATA_DIR" ]] && rm -rf "$DATA_DIR"
  exit "$rc"
}

# install_traps: cleanup on every exit, including Ctrl-C and SIGTERM.
install_traps() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# ---- tools --------------------------------------------------------------------------------------------------
# ensure_tools [COMMAND...]: installs the missing commands from Debian (default: wrk nginx curl).
ensure_tools() {
  local tools=("$@") missing=() t
  ((${#tools[@]})) || tools=(wrk nginx curl)
  for t in "${tools[@]}"; do
    case "$t" in
      nginx) command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light) ;;
      psql) command -v psql >/dev/null 2>&1 || missing+=(postgresql-client) ;;
      pgbench) command -v pgbench >/dev/null 2>&1 || missing+=(postgresql-client) ;;
      sha256sum) command -v sha256sum >/dev/null 2>&1 || missing+=(coreutils) ;;
      *) command -v "$t" >/dev/null 2>&1 || missing+=("$t") ;;
    esac
  done
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

# ---- the service --------------------------------------------------------------------------------------------
# build_service: ./mvnw package, unless SKIP_BUILD=1. The one jar runs on H2 or PostgreSQL, chosen when it starts
# (OPENDATA_DB_KIND), so a script builds once whatever databases it runs on.
build_service() {
  if [[ "$SKIP_BUILD" == "1" ]]; then
    log "SKIP_BUILD=1: using the existing target/quarkus-app"
  else
    log "building: ./mvnw -B -q -DskipTests package"
    ./mvnw -B -q -DskipTests package
  fi
  [[ -f target/quarkus-app/quarkus-run.jar ]] || die "target/quarkus-app/quarkus-run.jar not found (build first or unset SKIP_BUILD)"
}

# ratio A B: A / B with two decimals, as the reports print their ratios; n/a unless both are positive.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# service_command: the command line launch_service runs, as the reports print it.
service_command() {
  printf '%sjava -Xmx%s%s%s -jar target/quarkus-app/quarkus-run.jar' \
    "${SERVICE_MALLOC_ARENAS:+MALLOC_ARENA_MAX=$SERVICE_MALLOC_ARENAS }" "$SERVICE_XMX" "${SERVICE_JVM:+ $SERVICE_JVM}" \
    "${SERVICE_JAVA_OPTS:+ $SERVICE_JAVA_OPTS}"
}

# launch_service LOGFILE: starts $(service_command) on $HOST:$PORT as
# a background job (its pid in SERVICE_PID), with OPENDATA_DATA_DIR=$DATA_DIR when DATA_DIR is set and the rest of
# the environment (OPENDATA_DB_*, OPENDATA_BOOTSTRAP_ADMIN_KEY, ...) inherited, and waits up to READY_TIMEOUT
# seconds for GET /q/health/ready = 200. Sets READY_SECONDS.
launch_service() {
  local logfile=$1 start code
  port_in_use "$PORT" && die "port $PORT is already in use (set PORT)"
  # The benchmarks measure the service, not its quota: the rate limiter is off unless the caller turns it on.
  local envs=(QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$PORT"
    OPENDATA_RATE_LIMIT_ENABLED="${OPENDATA_RATE_LIMIT_ENABLED:-false}")
  [[ -n "$DATA_DIR" ]] && envs+=(OPENDATA_DATA_DIR="$DATA_DIR")
  [[ -n "$SERVICE_MALLOC_ARENAS" ]] && envs+=(MALLOC_ARENA_MAX="$SERVICE_MALLOC_ARENAS")
  log "starting service on $HOST:$PORT ($(service_command), database ${OPENDATA_DB_URL:-H2 in ${DATA_DIR:-./data}})"
  local opts; read -r -a opts <<<"$SERVICE_JVM $SERVICE_JAVA_OPTS"
  env "${envs[@]}" java "-Xmx$SERVICE_XMX" "${opts[@]}" -jar target/quarkus-app/quarkus-run.jar >"$logfile" 2>&1 &
  SERVICE_PID=$!
  start=$SECONDS
  while :; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      service_start_failed "$logfile" "service exited during start-up"
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$PORT/q/health/ready" || true)"
    [[ "$code" == "200" ]] && break
    if ((SECONDS - start >= READY_TIMEOUT)); then
      service_start_failed "$logfile" "service not ready after ${READY_TIMEOUT}s (last /q/health/ready status: ${code:-none})"
    fi
    sleep 0.5
  done
  READY_SECONDS=$((SECONDS - start))
  # Another process on the same port would have answered instead: the listening socket must be this JVM's.
  if command -v ss >/dev/null 2>&1 && ! ss -Hltnp "sport = :$PORT" | grep -q "pid=$SERVICE_PID,"; then
    service_start_failed "$logfile" "port $PORT answers, but not from the service started here (pid $SERVICE_PID); set PORT"
  fi
  log "service ready after ${READY_SECONDS}s (pid $SERVICE_PID)"
}

service_start_failed() {
  tail -n 40 "$1" >&2 || true
  die "$2"
}

# start_service: a fresh H2 data directory (DATA_DIR) and launch_service (bench/run.sh).
start_service() {
  DATA_DIR="$(mktemp -d -t bench-opendata-data.XXXXXX)"
  launch_service "$WORK/service.log"
}

# stop_service: SIGTERM, SIGKILL after 30 s.
stop_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  log "stopping service (pid $SERVICE_PID, SIGTERM)"
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  local i
  for i in $(seq 300); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$SERVICE_PID" 2>/dev/null; then
    log "warning: service still running after 30 s; SIGKILL"
    kill -KILL "$SERVICE_PID" 2>/dev/null || true
  fi
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# kill_service: SIGKILL (kill -9), as a crash or the OOM killer would, and reaps it.
kill_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  kill -KILL "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# ---- PostgreSQL ---------------------------------------------------------------------------------------------
# use_postgresql DEFAULT_DATABASE: exports OPENDATA_DB_KIND=postgresql and, unless given, OPENDATA_DB_URL (on
# PG_HOST:PG_PORT, default 127.0.0.1:5432) and OPENDATA_DB_USER (postgres); sets PG_DB_HOST, PG_DB_PORT and
# PG_DB_NAME from the URL for psql.
use_postgresql() {
  export OPENDATA_DB_KIND=postgresql
  export OPENDATA_DB_URL="${OPENDATA_DB_URL:-jdbc:postgresql://${PG_HOST:-127.0.0.1}:${PG_PORT:-5432}/$1}"
  export OPENDATA_DB_USER="${OPENDATA_DB_USER:-postgres}"
  [[ "$OPENDATA_DB_URL" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]] \
    || die "OPENDATA_DB_URL '$OPENDATA_DB_URL' is not jdbc:postgresql://host[:port]/database"
  PG_DB_HOST=${BASH_REMATCH[1]} PG_DB_PORT=${BASH_REMATCH[3]:-5432} PG_DB_NAME=${BASH_REMATCH[4]}
}

# psql_db ARGS...: psql on the service's database (no .psqlrc, stop on the first error, unaligned, tuples only).
psql_db() {
  PGPASSWORD="${OPENDATA_DB_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -At -h "$PG_DB_HOST" -p "$PG_DB_PORT" \
    -U "$OPENDATA_DB_USER" -d "$PG_DB_NAME" "$@"
}

# use_scratch_postgresql NAME_PREFIX: a new database NAME_PREFIX_<pid> on PG_HOST:PG_PORT that cleanup drops, unless
# OPENDATA_DB_URL names one (then that one is used and kept).
SCRATCH_DB=""
use_scratch_postgresql() {
  if [[ -z "${OPENDATA_DB_URL:-}" ]]; then
    SCRATCH_DB="$1_$$"
    use_postgresql "$SCRATCH_DB"
    PGPASSWORD="${OPENDATA_DB_PASSWORD:-}" createdb -h "$PG_DB_HOST" -p "$PG_DB_PORT" -U "$OPENDATA_DB_USER" "$SCRATCH_DB" \
      || { SCRATCH_DB=""; die "createdb $1_$$ failed on $PG_DB_HOST:$PG_DB_PORT"; }
    CLEANUP_HOOKS+=(drop_scratch_database)
    log "scratch database $SCRATCH_DB on $PG_DB_HOST:$PG_DB_PORT (dropped at exit)"
  else
    use_postgresql unused
    log "using the database of OPENDATA_DB_URL ($PG_DB_NAME on $PG_DB_HOST:$PG_DB_PORT); it keeps what the run adds"
  fi
}

drop_scratch_database() {
  [[ -n "$SCRATCH_DB" ]] || return 0
  PGPASSWORD="${OPENDATA_DB_PASSWORD:-}" dropdb --if-exists --force -h "$PG_DB_HOST" -p "$PG_DB_PORT" -U "$OPENDATA_DB_USER" \
    "$SCRATCH_DB" || log "warning: dropdb $SCRATCH_DB failed"
}

# ---- nginx --------------------------------------------------------------------------------------------------
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
    text/csv csv;
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

# ---- wrk ----------------------------------------------------------------------------------------------------
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

# measure_scenarios: fetches every scenario of the caller's `scenarios` function (lines name|path|ext) from the
# service, serves the same bytes with nginx (started here; it serves everything in $WORK/www), runs wrk against
# both and leaves one table row per scenario in SCENARIO_ROWS (columns as in SCENARIO_HEADER), and the scenarios
# in names, paths and exts for the report. Needs $WORK/www and $WORK/wrk.
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

# scenario_table: the SCENARIO_HEADER and SCENARIO_ROWS as an aligned table.
scenario_table() {
  {
    echo "$SCENARIO_HEADER"
    printf '%s\n' "${SCENARIO_ROWS[@]}"
  } | format_table
}

# raw_wrk_output: the raw wrk output of every measured scenario run, for the report file.
raw_wrk_output() {
  local i k
  echo "---- raw wrk output ----"
  for i in "${!names[@]}"; do
    for k in service nginx; do
      echo "== ${names[$i]} ($k)"; cat "$WORK/wrk/${names[$i]}.$k.txt"
    done
  done
}

# ---- RSS and CPU sampling, timed requests -------------------------------------------------------------------
# sample_rss PID OUTFILE: VmRSS (kB) every 0.2 s until killed or the process ends.
sample_rss() {
  while kill -0 "$1" 2>/dev/null; do
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" >>"$2" 2>/dev/null || true
    sleep 0.2
  done
}

# cpu_mark PID: "<ticks the machine was busy> <ticks PID used>" now (/proc/stat and /proc/PID/stat).
cpu_mark() {
  printf '%s %s' "$(awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)" \
    "$(awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0)"
}

# cpu_used MARK_BEFORE MARK_AFTER -> "<busy s> <PID's s>": CPU-seconds the machine was busy and PID used in between.
cpu_used() {
  awk -v a="$1" -v b="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { split(a, x, " "); split(b, y, " ")
    printf "%.1f %.1f\n", (y[1] - x[1]) / hz, (y[2] - x[2]) / hz }'
}

max_kb() { awk 'BEGIN { m = 0 } $1 + 0 > m { m = $1 + 0 } END { printf "%.1f", m / 1024 }' "$1"; }
vm_kb() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo n/a; }

# timed_request LABEL OUTFILE SAMPLE(0|1) CURL_ARGS...: runs curl (response body to OUTFILE) and sets REQ_CODE,
# REQ_SECS (curl's time_total), REQ_BYTES (downloaded), REQ_UP (uploaded) and REQ_PEAK (peak VmRSS of the
# service in MiB while the request ran, sampled every 0.2 s; n/a without sampling).
timed_request() {
  local label=$1 file=$2 sample=$3 res; shift 3
  REQ_PEAK=n/a
  if [[ "$sample" == 1 ]]; then
    : >"$WORK/rss.$label"
    sample_rss "$SERVICE_PID" "$WORK/rss.$label" </dev/null >/dev/null 2>&1 &
    SAMPLER_PID=$!
  fi
  res="$(curl -sS -o "$file" -w '%{http_code} %{time_total} %{size_download} %{size_upload}' --max-time "$API_TIMEOUT" \
    "$@" || true)"
  if [[ -n "$SAMPLER_PID" ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
    REQ_PEAK="$(max_kb "$WORK/rss.$label")"
  fi
  read -r REQ_CODE REQ_SECS REQ_BYTES REQ_UP <<<"${res:-000 0 0 0}"
}

# export_run LABEL URL OUTFILE SAMPLE(0|1): timed_request of a GET; sets EXP_CODE, EXP_SECS, EXP_BYTES, EXP_PEAK.
export_run() {
  timed_request "$1" "$3" "$4" "$2"
  EXP_CODE=$REQ_CODE EXP_SECS=$REQ_SECS EXP_BYTES=$REQ_BYTES EXP_PEAK=$REQ_PEAK
}

# ---- the publishing API -------------------------------------------------------------------------------------
# Admin key: a fresh install takes its first admin key from OPENDATA_BOOTSTRAP_ADMIN_KEY (at least 32 characters).
# new_admin_key: exports OPENDATA_BOOTSTRAP_ADMIN_KEY (a new random key) for the service started next.
new_admin_key() {
  OPENDATA_BOOTSTRAP_ADMIN_KEY="$(openssl rand -hex 32)"
  export OPENDATA_BOOTSTRAP_ADMIN_KEY
}

api_url() { printf 'http://%s:%s%s' "$HOST" "$PORT" "$1"; }

# api_fail WHAT CODE BODYFILE: dies with the response (problem details) of a failed call.
api_fail() {
  head -c 2000 "$3" >&2 2>/dev/null || true; echo >&2
  die "$1 returned HTTP $2"
}

# dataset_json ID TITLE SCHEMA_JSON: the body of POST /api/v1/datasets.
dataset_json() {
  jq -n --arg id "$1" --arg title "$2" --argjson schema "$3" '{
    id: $id, organization: "diskominfo-banyuwangi",
    title_id: ("Uji: " + $title), title_en: ("Test: " + $title),
    description_id: ("Data sintetis untuk pengujian; bukan data nyata. " + $title),
    description_en: ("Synthetic data for testing; not real data. " + $title),
    contact_name: "Open Data Dev", contact_url: null,
    license_id: "CC-BY-4.0", license_title: "Creative Commons Attribution 4.0",
    license_url: "https://creativecommons.org/licenses/by/4.0/", attribution: null,
    sources: [], keywords: ["test"], themes: ["soci"], spatial: ["35.10"],
    temporal_start: null, temporal_end: null, update_frequency: "irregular",
    table_schema: $schema }'
}

# adopt_admin_key: the service stores OPENDATA_BOOTSTRAP_ADMIN_KEY only when the database has no active admin key
# yet. A PostgreSQL database that already has one (CI's database test keeps the one its tests made) gets the key
# added as an admin key of its own, straight into api_key (id, name, role, SHA-256 of the secret), revoked at exit.
ADOPTED_KEY_ID=""
adopt_admin_key() {
  [[ "${OPENDATA_DB_KIND:-h2}" == postgresql ]] \
    || die "the bootstrap admin key was not accepted (the H2 database already has an admin key?)"
  ADOPTED_KEY_ID="key_ci$(openssl rand -hex 6)"
  log "the database already has an admin key; adding this run's key as $ADOPTED_KEY_ID (revoked at exit)"
  psql_db -c "INSERT INTO api_key (id, name, role, organization_id, secret_sha256, created_at)
    VALUES ('$ADOPTED_KEY_ID', '$LOG_TAG run (temporary)', 'admin', NULL,
            '$(printf '%s' "$OPENDATA_BOOTSTRAP_ADMIN_KEY" | sha256sum | cut -d' ' -f1)', now())" >/dev/null \
    || die "could not add an admin key to api_key"
  CLEANUP_HOOKS+=(revoke_adopted_key)
}

revoke_adopted_key() {
  [[ -n "$ADOPTED_KEY_ID" ]] || return 0
  psql_db -c "UPDATE api_key SET revoked_at = now() WHERE id = '$ADOPTED_KEY_ID'" >/dev/null \
    || log "warning: could not revoke the temporary admin key $ADOPTED_KEY_ID"
}

# create_dataset ID TITLE SCHEMA_JSON: POST /api/v1/datasets, expects 201. On 401 (the bootstrap key was not
# stored, see adopt_admin_key) it adopts the key and tries once more.
create_dataset() {
  local out="$WORK/dataset.$1.json" code attempt
  dataset_json "$1" "$2" "$3" >"$WORK/dataset.$1.request.json"
  for attempt in 1 2; do
    code="$(curl -sS -o "$out" -w '%{http_code}' --max-time 60 -X POST \
      -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" -H 'Content-Type: application/json' \
      --data-binary "@$WORK/dataset.$1.request.json" "$(api_url /api/v1/datasets)" || echo 000)"
    [[ "$code" == 401 && "$attempt" == 1 && -z "$ADOPTED_KEY_ID" ]] || break
    adopt_admin_key
  done
  [[ "$code" == 201 ]] || api_fail "POST /api/v1/datasets ($1)" "$code" "$out"
  log "dataset $1 created"
}

# upload_draft DATASET CSVFILE NOTES_EN SAMPLE(0|1): POST the CSV as a draft (streamed from the file by curl -T),
# expects 201. Sets DRAFT_ID, DRAFT_JSON (file), and the timed_request results (REQ_SECS, REQ_PEAK, ...).
upload_draft() {
  local ds=$1 csv=$2 notes=$3 sample=$4
  DRAFT_JSON="$WORK/draft.$ds.$(date +%s%N).json"
  timed_request "upload.$ds" "$DRAFT_JSON" "$sample" -X POST \
    -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" -H 'Content-Type: text/csv' \
    -H 'Expect:' -T "$csv" \
    "$(api_url "/api/v1/datasets/$ds/drafts")?notes_en=$(urlencode "$notes")&notes_id=$(urlencode "Uji: $notes")"
  [[ "$REQ_CODE" == 201 ]] || api_fail "POST /api/v1/datasets/$ds/drafts ($(basename "$csv"))" "$REQ_CODE" "$DRAFT_JSON"
  DRAFT_ID="$(jq -r '.id' "$DRAFT_JSON")"
  [[ -n "$DRAFT_ID" && "$DRAFT_ID" != null ]] || die "draft response without id: $(head -c 500 "$DRAFT_JSON")"
}

# publish_url DATASET DRAFT
publish_url() { api_url "/api/v1/datasets/$1/drafts/$2/publish"; }

# publish_draft DATASET DRAFT [SAMPLE(0|1)]: POST .../publish, expects 201. Sets VERSION_JSON (file), VERSION_NUMBER
# and the timed_request results.
publish_draft() {
  local ds=$1 draft=$2 sample=${3:-0}
  VERSION_JSON="$WORK/version.$ds.$(date +%s%N).json"
  timed_request "publish.$ds" "$VERSION_JSON" "$sample" -X POST \
    -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" "$(publish_url "$ds" "$draft")"
  [[ "$REQ_CODE" == 201 ]] || api_fail "POST /api/v1/datasets/$ds/drafts/$draft/publish" "$REQ_CODE" "$VERSION_JSON"
  VERSION_NUMBER="$(jq -r '.version' "$VERSION_JSON")"
  [[ "$VERSION_NUMBER" =~ ^[0-9]+$ ]] || die "publish response without version: $(head -c 500 "$VERSION_JSON")"
}

# versions_summary DATASET: one line per published version, "version row_count sha256" (GET .../versions).
versions_summary() {
  local out="$WORK/versions.json" code
  code="$(curl -sS -o "$out" -w '%{http_code}' --max-time 60 "$(api_url "/api/v1/datasets/$1/versions?limit=1000")" \
    || echo 000)"
  [[ "$code" == 200 ]] || api_fail "GET /api/v1/datasets/$1/versions" "$code" "$out"
  jq -r '.items | sort_by(.version) | .[] | "\(.version) \(.row_count) \(.sha256)"' "$out"
}

# download_version DATASET VERSION OUTFILE: GET .../versions/VERSION/download?format=csv, expects 200.
download_version() {
  local code
  code="$(curl -sS -o "$3" -w '%{http_code}' --max-time "$API_TIMEOUT" \
    "$(api_url "/api/v1/datasets/$1/versions/$2/download?format=csv")" || echo 000)"
  [[ "$code" == 200 ]] || api_fail "GET /api/v1/datasets/$1/versions/$2/download?format=csv" "$code" "$3"
}

# sha_of FILE: the hex SHA-256 of a file.
sha_of() { sha256sum "$1" | cut -d' ' -f1; }

urlencode() { jq -rn --arg v "$1" '$v | @uri'; }

# ---- synthetic data -----------------------------------------------------------------------------------------
# Synthetic observations (bench/indicators.sh, bench/datasets.sh, bench/publish.sh): SYN_INDICATORS indicators
# x the villages of data-seed/35.10-banyuwangi/villages.csv x SYN_MONTHS months from SYN_FIRST_YEAR-01; 20 x 217 x 231 = 1,002,540.
# Values have 4 decimals in [0, 1), from a Park-Miller generator (x = 16807 x mod 2^31-1, exact in awk's doubles)
# with the fixed seed SYN_SEED, so every run produces the same data.
SYN_INDICATORS=20                        # syn_01 .. syn_20
SYN_MONTHS="${SYN_MONTHS:-231}"          # 2006-01 .. 2025-03
SYN_FIRST_YEAR=2006
SYN_SEED=20060101

# generate_observations LAYOUT DIR: writes the synthetic observations under DIR and prints the number of villages.
#   LAYOUT=observation: one CSV per indicator, DIR/syn_NN.csv, with the columns of the observation table
#     (indicator_code,area_code,district_code,period,period_start,period_end,value_number), rows by month then
#     village (bench/indicators.sh loads them with H2's CSVREAD).
#   LAYOUT=dataset: one CSV, DIR/observations.csv, with the columns indicator,area_code,period,value: the same
#     rows and values in the same order, as the CSV of a dataset version.
generate_observations() {
  local layout=$1 dir=$2
  [[ "$layout" == observation || "$layout" == dataset ]] || die "generate_observations: unknown layout $layout"
  mkdir -p "$dir"
  awk -F',' -v dir="$dir" -v layout="$layout" -v nind="$SYN_INDICATORS" -v months="$SYN_MONTHS" \
      -v y0="$SYN_FIRST_YEAR" -v seed="$SYN_SEED" '
    NR == 1 {
      for (i = 1; i <= NF; i++) { if ($i == "code") ci = i; if ($i == "district_code") di = i }
      if (!ci || !di) { print "villages.csv lacks code/district_code columns" > "/dev/stderr"; exit 2 }
      next
    }
    $0 != "" {
      if ($ci !~ /^35\.10\.[0-9][0-9]\.[0-9][0-9][0-9][0-9]$/ || $di != substr($ci, 1, 8)) {
        print "unexpected village row: " $0 > "/dev/stderr"; exit 2
      }
      n++; code[n] = $ci; dist[n] = $di
    }
    END {
      if (n == 0) exit 2
      split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
      x = seed % 2147483647; if (x <= 0) x += 2147483646
      if (layout == "dataset") {
        f = dir "/observations.csv"
        print "indicator,area_code,period,value" > f
      }
      for (k = 1; k <= nind; k++) {
        ind = sprintf("syn_%02d", k)
        if (layout == "observation") {
          f = dir "/" ind ".csv"
          print "indicator_code,area_code,district_code,period,period_start,period_end,value_number" > f
        }
        for (m = 0; m < months; m++) {
          y = y0 + int(m / 12); mo = m % 12 + 1
          last = mdays[mo]
          if (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) last = 29
          p = sprintf("%04d-%02d", y, mo)
          for (v = 1; v <= n; v++) {
            x = (16807 * x) % 2147483647          # exact in doubles: 16807 * 2^31 < 2^53
            val = int(x * 10000 / 2147483647)
            if (layout == "observation")
              printf "%s,%s,%s,%s,%s-01,%s-%02d,0.%04d\n", ind, code[v], dist[v], p, p, p, last, val > f
            else
              printf "%s,%s,%s,0.%04d\n", ind, code[v], p, val > f
          }
        }
        if (layout == "observation") close(f)
      }
      close(f)
      print n
    }' data-seed/35.10-banyuwangi/villages.csv
}

# uncached_lua FILE DATASET [TOP]: a wrk script whose every request is a records query of version 1 of DATASET (the
# synthetic observations) that no cache has answered yet, all of about the same cost: area_code (the 217 villages of
# data-seed/35.10-banyuwangi/villages.csv) x indicator (syn_01..syn_20) x limit TOP-9..TOP (TOP 100 by default), 43,400 distinct URLs,
# each thread starting at its own offset. A warm-up with another TOP asks other URLs than the measured run.
uncached_lua() {
  local ds=$2 top=${3:-100}
  {
    printf 'local codes = {'
    awk -F',' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "code") c = i; next } $0 != "" { printf "\"%s\",", $c }' \
      data-seed/35.10-banyuwangi/villages.csv
    echo "}"
    cat <<EOF
local nind = $SYN_INDICATORS
local n = 0
local next_start = 0
function setup(thread) thread:set("start_at", next_start); next_start = next_start + 20000 end
function init(args) n = start_at or 0 end
function request()
  n = n + 1
  local code = codes[(n % #codes) + 1]
  local ind = math.floor(n / #codes) % nind + 1
  local limit = $top - math.floor(n / (#codes * nind)) % 10
  return wrk.format("GET", string.format("/api/v1/datasets/$ds/versions/1/records?area_code=%s&indicator=syn_%02d&limit=%d",
    code, ind, limit))
end
EOF
  } >"$1"
}

# OBSERVATIONS_SCHEMA: the Table Schema of the synthetic observations dataset (LAYOUT=dataset).
OBSERVATIONS_SCHEMA='{"fields":[
  {"name":"indicator","type":"string","constraints":{"required":true}},
  {"name":"area_code","type":"string","constraints":{"required":true}},
  {"name":"period","type":"string","constraints":{"required":true}},
  {"name":"value","type":"number"}],
  "primaryKey":["indicator","area_code","period"]}'

# change_rows IN OUT COUNT: copies a CSV whose last column is a number in [0, 1), adding 1 to that value in COUNT
# data rows spread evenly over the file, so a new version has exactly COUNT changed records.
change_rows() {
  awk -F',' -v OFS=',' -v want="$3" '
    FNR == NR { if (FNR > 1) rows++; next }
    FNR == 1 { step = int(rows / want); if (step < 1) { print "fewer rows than changes" > "/dev/stderr"; exit 2 }; print; next }
    { i = FNR - 1 }
    i % step == 0 && done < want { $NF = sprintf("%.4f", $NF + 1); done++ }
    { print }
    END { if (done != want) exit 3 }' "$1" "$1" >"$2" || die "change_rows: could not change $3 rows of $1"
}

# generate_numbered_rows COUNT OUT [OFFSET]: a CSV id,area_code,value with ids 1..COUNT, area codes cycling through
# the villages of data-seed/35.10-banyuwangi/villages.csv and values derived from id + OFFSET (a different OFFSET changes every value).
generate_numbered_rows() {
  awk -F',' -v count="$1" -v out="$2" -v off="${3:-0}" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i == "code") ci = i; next }
    $0 != "" { n++; code[n] = $ci }
    END {
      if (n == 0 || !ci) exit 2
      print "id,area_code,value" > out
      for (i = 1; i <= count; i++) printf "%d,%s,%d.%02d\n", i, code[(i - 1) % n + 1], (i + off) % 1000, (i * 7 + off) % 100 > out
      close(out)
    }' data-seed/35.10-banyuwangi/villages.csv || die "generating $2 failed"
}

# NUMBERED_SCHEMA: the Table Schema of generate_numbered_rows' CSV.
NUMBERED_SCHEMA='{"fields":[
  {"name":"id","type":"integer","constraints":{"required":true}},
  {"name":"area_code","type":"string"},
  {"name":"value","type":"number"}],
  "primaryKey":["id"]}'
