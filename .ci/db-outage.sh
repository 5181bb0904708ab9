#!/usr/bin/env bash
# CI: the service rides out a PostgreSQL outage and recovers by itself.
#
# Starts the packaged service on PostgreSQL, checks an uncached request is 200, stops the PostgreSQL cluster, and
# checks that uncached requests answer 503 application/problem+json with Retry-After and /q/health/ready answers
# 503 (DOWN), each within REPLY_LIMIT seconds; then starts the cluster again and checks that, without a restart of
# the service, an uncached request is 200 and readiness is UP within RECOVERY_LIMIT seconds.
# Then it freezes the cluster's processes (SIGSTOP, a hung server rather than a stopped one) and checks the same 503
# problems within FROZEN_LIMIT seconds, and a 200 once they are thawed (SIGCONT).
# The cluster is started again (and thawed) on every exit (trap), also after a failure or Ctrl-C.
#
# Environment (CI defaults):
#   PG_VERSION, PG_CLUSTER  the cluster to stop and start (default: the version under /etc/postgresql, main)
#   PG_HOST, PG_PORT        where it listens (127.0.0.1, 5432)
#   OPENDATA_DB_URL         default jdbc:postgresql://$PG_HOST:$PG_PORT/test; must be on that cluster
#   OPENDATA_DB_USER        default postgres (OPENDATA_DB_PASSWORD if any)
#   SKIP_BUILD=1            use the existing target/quarkus-app (it runs on any database kind)
#   PORT                    service port (default 18291)
#   OUTAGE_REQUESTS         uncached requests during the outage (default 5)
# Development against a cluster of one's own: PG_CLUSTER=hbtest PG_PORT=5439 OPENDATA_DB_URL=.../hb .ci/db-outage.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18291}"
LOG_TAG=db-outage
# shellcheck source=bench/lib.sh
source bench/lib.sh
KEEP_LOGS_AS=db-outage

PG_VERSION="${PG_VERSION:-$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
OUTAGE_REQUESTS="${OUTAGE_REQUESTS:-5}"
REPLY_LIMIT=3      # seconds: every answer during the outage
RECOVERY_LIMIT=30  # seconds from the cluster's start command to an uncached 200 and readiness UP
CURL_MAX=10        # curl --max-time of every request

PG_STOPPED=0
PG_FROZEN=""       # the pids this script stopped with SIGSTOP
FROZEN_LIMIT=5     # seconds: a validation (1 s) and the pool's acquisition timeout (2 s), with room
NEXT_LIMIT=1       # /api/v1/villages?limit=N with a new N (1..1000) is a request no cache has answered yet

pg_ctl() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" "$@"; }
pg_ready() { pg_isready -q -h "$PG_DB_HOST" -p "$PG_DB_PORT"; }

# The postmaster of the cluster and its children.
cluster_pids() {
  local data pm
  data="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $6 }')"
  pm="$(head -n 1 "$data/postmaster.pid" 2>/dev/null)"
  [[ -n "$pm" ]] || return 1
  echo "$pm" $(pgrep -P "$pm")
}

thaw_postgresql() {
  [[ -n "$PG_FROZEN" ]] || return 0
  # shellcheck disable=SC2086 # a list of pids
  kill -CONT $PG_FROZEN 2>/dev/null || true
  PG_FROZEN=""
}

# Trap hook: start the cluster again if this script stopped it, and wait until it accepts connections.
restart_postgresql() {
  thaw_postgresql
  ((PG_STOPPED)) || return 0
  if ! pg_ready; then
    log "trap: starting PostgreSQL $PG_VERSION/$PG_CLUSTER again"
    pg_ctl start || log "ERROR: pg_ctlcluster $PG_VERSION $PG_CLUSTER start failed"
  fi
  local _
  for _ in $(seq 60); do pg_ready && break; sleep 0.5; done
  if pg_ready; then
    log "PostgreSQL $PG_VERSION/$PG_CLUSTER is accepting connections"
  else
    log "ERROR: PostgreSQL $PG_VERSION/$PG_CLUSTER is still not accepting connections"
  fi
  PG_STOPPED=0
}

# uncached_request OUT_PREFIX: GET /api/v1/villages?limit=<new N>; writes OUT_PREFIX.headers and OUT_PREFIX.body
# and sets code, secs (curl's time_total) and path.
uncached_request() {
  local res
  ((NEXT_LIMIT <= 1000)) || die "ran out of distinct uncached URLs"
  path="/api/v1/villages?limit=$NEXT_LIMIT"
  NEXT_LIMIT=$((NEXT_LIMIT + 1))
  res="$(curl -s -D "$1.headers" -o "$1.body" -w '%{http_code} %{time_total}' --max-time "$CURL_MAX" \
    "$(api_url "$path")" || true)"
  read -r code secs <<<"${res:-000 $CURL_MAX}"
}

same_service() { [[ "$SERVICE_PID" == "$1" ]] && kill -0 "$1" 2>/dev/null; }

header_of() { awk -v h="$(tr '[:upper:]' '[:lower:]' <<<"$2"):" 'tolower($1) == h { sub(/\r$/, ""); $1 = ""; sub(/^ /, ""); print; exit }' "$1"; }
within() { awk -v t="$1" -v l="$2" 'BEGIN { exit !(t + 0 <= l + 0) }'; }

main() {
  install_traps
  CLEANUP_HOOKS+=(restart_postgresql)
  ensure_tools curl jq psql
  use_postgresql test
  [[ -n "$PG_VERSION" ]] || die "no PostgreSQL under /etc/postgresql (set PG_VERSION)"
  [[ "$PG_DB_PORT" == "$PG_PORT" ]] \
    || die "OPENDATA_DB_URL uses port $PG_DB_PORT but the cluster to stop ($PG_VERSION/$PG_CLUSTER) is PG_PORT=$PG_PORT"
  pg_ready || die "PostgreSQL is not accepting connections on $PG_DB_HOST:$PG_DB_PORT"
  psql_db -c 'SELECT 1' >/dev/null || die "cannot connect to $OPENDATA_DB_URL as $OPENDATA_DB_USER"

  WORK="$(mktemp -d -t ci-db-outage.XXXXXX)"
  build_service
  launch_service "$WORK/service.log"
  local pid=$SERVICE_PID

  echo "== before the outage (PostgreSQL $PG_VERSION/$PG_CLUSTER on $PG_DB_HOST:$PG_DB_PORT, database $PG_DB_NAME)"
  local code secs path cached_path
  uncached_request "$WORK/before"
  cached_path=$path
  check "uncached GET $path -> $code in ${secs}s (expected 200)" [ "$code" = 200 ]
  ((CHECKS_FAILED == 0)) || die "the service does not answer 200 before the outage: $(head -c 500 "$WORK/before.body")"

  echo "== outage: stopping PostgreSQL $PG_VERSION/$PG_CLUSTER"
  PG_STOPPED=1
  local t0; t0="$(now)"
  pg_ctl stop
  log "PostgreSQL stopped in $(elapsed "$t0")s"
  pg_ready && die "PostgreSQL still accepts connections on $PG_DB_HOST:$PG_DB_PORT after stopping $PG_VERSION/$PG_CLUSTER"

  local i type retry status max_secs=0
  for i in $(seq "$OUTAGE_REQUESTS"); do
    uncached_request "$WORK/outage.$i"
    type="$(header_of "$WORK/outage.$i.headers" Content-Type)"
    retry="$(header_of "$WORK/outage.$i.headers" Retry-After)"
    status="$(jq -r '.status // empty' "$WORK/outage.$i.body" 2>/dev/null || true)"
    max_secs="$(awk -v a="$max_secs" -v b="$secs" 'BEGIN { print (b + 0 > a + 0 ? b : a) }')"
    if [[ "$code" == 503 && "$type" == application/problem+json* && "$retry" =~ ^[0-9]+$ && "$status" == 503 ]] \
      && within "$secs" "$REPLY_LIMIT"; then
      pass "uncached GET $path -> 503 $type, Retry-After: $retry, in ${secs}s (limit ${REPLY_LIMIT}s)"
    else
      fail "uncached GET $path -> $code '${type}', Retry-After: '${retry}', status '${status}', in ${secs}s (expected 503 application/problem+json with Retry-After within ${REPLY_LIMIT}s)"
      head -c 400 "$WORK/outage.$i.body" 2>/dev/null; echo
    fi
  done

  local ready_code ready_secs ready_status
  read -r ready_code ready_secs < <(curl -s -o "$WORK/ready.down.json" -w '%{http_code} %{time_total}\n' \
    --max-time "$CURL_MAX" "$(api_url /q/health/ready)" || echo "000 $CURL_MAX")
  ready_status="$(jq -r '.status // empty' "$WORK/ready.down.json" 2>/dev/null || true)"
  if [[ "$ready_code" == 503 && "$ready_status" == DOWN ]] && within "$ready_secs" "$REPLY_LIMIT"; then
    pass "GET /q/health/ready -> 503 $ready_status in ${ready_secs}s (limit ${REPLY_LIMIT}s)"
  else
    fail "GET /q/health/ready -> $ready_code '$ready_status' in ${ready_secs}s (expected 503 DOWN within ${REPLY_LIMIT}s)"
  fi

  # Responses rendered before the outage are served from memory; reported, not judged.
  read -r code secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time "$CURL_MAX" "$(api_url "$cached_path")" \
    || echo "000 $CURL_MAX")
  echo "  info  cached GET $cached_path during the outage -> $code in ${secs}s"

  echo "== recovery: starting PostgreSQL $PG_VERSION/$PG_CLUSTER (the service keeps running, pid $pid)"
  t0="$(now)"
  pg_ctl start
  PG_STOPPED=0
  local pg_up; pg_up="$(elapsed "$t0")"
  local ok_req="" ok_ready="" attempts=0
  while [[ -z "$ok_req" || -z "$ok_ready" ]]; do
    if [[ -z "$ok_req" ]]; then
      uncached_request "$WORK/recovery"
      attempts=$((attempts + 1))
      [[ "$code" == 200 ]] && ok_req="$(elapsed "$t0")"
    fi
    if [[ -z "$ok_ready" ]]; then
      ready_code="$(curl -s -o "$WORK/ready.up.json" -w '%{http_code}' --max-time "$CURL_MAX" \
        "$(api_url /q/health/ready)" || true)"
      [[ "$ready_code" == 200 && "$(jq -r '.status // empty' "$WORK/ready.up.json" 2>/dev/null)" == UP ]] \
        && ok_ready="$(elapsed "$t0")"
    fi
    within "$(elapsed "$t0")" "$RECOVERY_LIMIT" || break
    [[ -n "$ok_req" && -n "$ok_ready" ]] || sleep 0.5
  done
  log "pg_ctlcluster start returned after ${pg_up}s"
  if [[ -n "$ok_req" ]] && within "$ok_req" "$RECOVERY_LIMIT"; then
    pass "uncached GET -> 200 ${ok_req}s after the start command (${attempts} attempts; limit ${RECOVERY_LIMIT}s)"
  else
    fail "no uncached 200 within ${RECOVERY_LIMIT}s of the start command (${attempts} attempts; last: $code)"
  fi
  if [[ -n "$ok_ready" ]] && within "$ok_ready" "$RECOVERY_LIMIT"; then
    pass "GET /q/health/ready -> 200 UP ${ok_ready}s after the start command (limit ${RECOVERY_LIMIT}s)"
  else
    fail "readiness not UP within ${RECOVERY_LIMIT}s of the start command (last: HTTP $ready_code)"
  fi
  check "the service was not restarted (pid $pid still running)" same_service "$pid"

  echo "== hung database: PostgreSQL's processes frozen with SIGSTOP"
  PG_FROZEN="$(cluster_pids)" || die "could not find the processes of $PG_VERSION/$PG_CLUSTER"
  # shellcheck disable=SC2086 # a list of pids
  kill -STOP $PG_FROZEN
  for i in $(seq "$OUTAGE_REQUESTS"); do
    uncached_request "$WORK/frozen.$i"
    type="$(header_of "$WORK/frozen.$i.headers" Content-Type)"
    retry="$(header_of "$WORK/frozen.$i.headers" Retry-After)"
    if [[ "$code" == 503 && "$type" == application/problem+json* && "$retry" =~ ^[0-9]+$ ]] \
      && within "$secs" "$FROZEN_LIMIT"; then
      pass "frozen database: uncached GET $path -> 503 $type, Retry-After: $retry, in ${secs}s (limit ${FROZEN_LIMIT}s)"
    else
      fail "frozen database: uncached GET $path -> $code '${type}', Retry-After: '${retry}', in ${secs}s (expected 503 problem within ${FROZEN_LIMIT}s)"
      head -c 400 "$WORK/frozen.$i.body" 2>/dev/null; echo
    fi
  done
  thaw_postgresql
  t0="$(now)"
  local ok_thaw=""
  while within "$(elapsed "$t0")" "$RECOVERY_LIMIT"; do
    uncached_request "$WORK/thawed"
    [[ "$code" == 200 ]] && { ok_thaw="$(elapsed "$t0")"; break; }
    sleep 0.5
  done
  check "thawed: an uncached GET is 200 again ${ok_thaw:-never}s after SIGCONT" [ -n "$ok_thaw" ]

  echo "== slowest answer during the outage: ${max_secs}s; readiness: ${ready_secs}s; recovered: request ${ok_req:-never}s, readiness ${ok_ready:-never}s after the start command (which took ${pg_up}s)"
  if ! checks_summary; then
    echo "---- service log (last 60 lines) ----"
    tail -n 60 "$WORK/service.log"
    exit 1
  fi
}

main "$@"
