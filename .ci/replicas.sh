#!/usr/bin/env bash
# CI: two replicas of the same jar on one PostgreSQL, behind nginx, agree after a write.
#
#   1. Both replicas start at the same moment on an empty database: both become ready (the seed waits on the
#      database's start-up lock; the later replica finds it loaded).
#   2. Their caches are warmed through both replicas and nginx; a renamed village is published through replica A;
#      within AGREE_LIMIT (1 s) replica B, replica A and nginx answer the new name, the new latest version of the
#      villages dataset and a new ETag (the old one is no longer answered 304). The signal is a change counter in a
#      Redis of this script's own (port REDIS_PORT), which the replicas poll.
#   3. That Redis is stopped and another rename is published through A: B answers it within the documented
#      fallback TTL (opendata.replicas.fallback-ttl, FALLBACK_TTL here) plus one poll.
#   4. Under wrk load through nginx (cached and uncached URLs), replica B is killed with kill -9 and started again:
#      no request fails (nginx retries the other replica).
#   5. SIGTERM to replica A during a slow download and during a slow upload: both complete (readiness goes DOWN,
#      then in-flight requests get quarkus.shutdown.timeout to finish).
#
# Environment (CI defaults): SKIP_BUILD=1 uses the existing target/quarkus-app (it runs on any database);
# PG_HOST/PG_PORT (127.0.0.1:5432) where a scratch database is created and dropped; PORT_A, PORT_B, NGINX_PORT,
# REDIS_PORT (18301, 18302, 18303, 18304).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A="${PORT_A:-18301}"
PORT_B="${PORT_B:-18302}"
NGINX_PORT="${NGINX_PORT:-18303}"
REDIS_PORT="${REDIS_PORT:-18304}"
PORT="$PORT_A"
LOG_TAG=replicas
# shellcheck source=bench/lib.sh
source bench/lib.sh
KEEP_LOGS_AS=replicas

AGREE_LIMIT=1.0     # seconds from the publish's answer until every replica and nginx serve the new data
FALLBACK_TTL=3s     # opendata.replicas.fallback-ttl of this run
FALLBACK_LIMIT=4.5  # seconds: the TTL, one poll and a request, while Redis is stopped
VILLAGE=35.10.03.2002
REDIS_PID=""
PIDS=()

# start_own_redis: a Redis of this run's own on $REDIS_PORT (so that stopping it touches no one else's), waited for.
start_own_redis() {
  redis-server --bind "$HOST" --port "$REDIS_PORT" --save "" --appendonly no --dir "$WORK" \
    >"$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  local _
  for _ in $(seq 50); do redis-cli -h "$HOST" -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
}

stop_redis() {
  [[ -n "$REDIS_PID" ]] || return 0
  kill "$REDIS_PID" 2>/dev/null || true
  wait "$REDIS_PID" 2>/dev/null || true
  REDIS_PID=""
}

# launch_replica PORT: one replica in the background (its pid appended to PIDS), logging to replica-PORT.log.
launch_replica() {
  port_in_use "$1" && die "port $1 is already in use"
  env QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$1" OPENDATA_RATE_LIMIT_ENABLED=false \
    OPENDATA_REPLICAS_SIGNAL=redis OPENDATA_REDIS_URL="redis://$HOST:$REDIS_PORT" \
    OPENDATA_REPLICAS_FALLBACK_TTL="$FALLBACK_TTL" OPENDATA_SHUTDOWN_DELAY=1s \
    java "-Xmx$SERVICE_XMX" -jar target/quarkus-app/quarkus-run.jar >>"$WORK/replica-$1.log" 2>&1 &
  PIDS+=($!)
  CHILD_PIDS+=($!)
}

ready_at() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$1/q/health/ready")" == 200 ]]; }

# start_replicas: both replicas at the same moment on the scratch database, each with its own log.
start_replicas() {
  local port
  for port in "$PORT_A" "$PORT_B"; do
    launch_replica "$port"
  done
  local start=$SECONDS i
  for i in 0 1; do
    port=$([[ $i == 0 ]] && echo "$PORT_A" || echo "$PORT_B")
    until ready_at "$port"; do
      if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
        fail "replica on port $port exited during start-up"
        tail -n 30 "$WORK/replica-$port.log"
        return 1
      fi
      ((SECONDS - start < READY_TIMEOUT)) || { fail "replica on port $port not ready after ${READY_TIMEOUT}s"; return 1; }
      sleep 0.3
    done
  done
  pass "both replicas started at the same moment on an empty database are ready after $((SECONDS - start))s"
  check "no replica failed on a duplicate key while seeding" \
    bash -c "! grep -q 'duplicate key' '$WORK/replica-$PORT_A.log' '$WORK/replica-$PORT_B.log'"
}

start_proxy() {
  local p="$WORK/nginx"
  mkdir -p "$p/tmp" "$p/logs"
  cat >"$p/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $p/nginx.pid;
error_log $p/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $p/tmp/client_body;
  proxy_temp_path $p/tmp/proxy;
  fastcgi_temp_path $p/tmp/fastcgi;
  uwsgi_temp_path $p/tmp/uwsgi;
  scgi_temp_path $p/tmp/scgi;
  upstream replicas { server $HOST:$PORT_A; server $HOST:$PORT_B; }
  server {
    listen $HOST:$NGINX_PORT;
    location / {
      proxy_pass http://replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
EOF
  "$(nginx_bin)" -t -q -e "$p/logs/error.log" -c "$p/nginx.conf" -p "$p" || die "nginx config test failed"
  "$(nginx_bin)" -e "$p/logs/error.log" -c "$p/nginx.conf" -p "$p" >"$p/logs/stdout.log" 2>&1 &
  NGINX_PID=$!
  local _
  for _ in $(seq 100); do port_in_use "$NGINX_PORT" && return 0; sleep 0.1; done
  die "nginx did not start"
}

# name_at PORT: the village's name as that port answers it now.
name_at() { curl -sf --max-time 2 "http://$HOST:$1/api/v1/villages/$VILLAGE" | jq -r '.name'; }
latest_at() { curl -sf --max-time 2 "http://$HOST:$1/api/v1/datasets/villages/versions/latest" | jq -r '.version'; }
etag_at() { curl -sf -o /dev/null -D - --max-time 2 "http://$HOST:$1/api/v1/villages/$VILLAGE" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }'; }
revalidate_at() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 -H "If-None-Match: $2" "http://$HOST:$1/api/v1/villages/$VILLAGE"
}

warm() {
  local port _
  for port in "$PORT_A" "$PORT_B" "$NGINX_PORT" "$NGINX_PORT"; do
    for _ in 1 2; do
      name_at "$port" >/dev/null
      latest_at "$port" >/dev/null
      curl -sf -o /dev/null "http://$HOST:$port/api/v1/villages?district_code=35.10.03"
    done
  done
}

# rename NEW_NAME: publishes, through replica A, the latest villages version with the village renamed.
rename() {
  PORT="$PORT_A"
  download_version villages latest "$WORK/villages.csv"
  awk -F',' -v OFS=',' -v code="$VILLAGE" -v name="$1" 'NR > 1 && $1 == code { $2 = name } { print }' \
    "$WORK/villages.csv" >"$WORK/renamed.csv"
  upload_draft villages "$WORK/renamed.csv" "rename $VILLAGE to $1" 0
  publish_draft villages "$DRAFT_ID"
  PUBLISHED_AT="$(now)"
  log "published villages version $VERSION_NUMBER through replica A ($VILLAGE is now '$1')"
}

# agree LIMIT NAME VERSION OLD_ETAG: waits until every replica and nginx answer NAME, VERSION and a new ETag.
agree() {
  local limit=$1 name=$2 version=$3 old=$4 port seen waited
  for port in "$PORT_B" "$PORT_A" "$NGINX_PORT"; do
    seen=""
    while :; do
      if [[ "$(name_at "$port")" == "$name" && "$(latest_at "$port")" == "$version" ]]; then
        seen="$(elapsed "$PUBLISHED_AT")"
        break
      fi
      within "$(elapsed "$PUBLISHED_AT")" "$limit" || break
      sleep 0.05
    done
    waited="$(elapsed "$PUBLISHED_AT")"
    if [[ -n "$seen" ]]; then
      pass "port $port answers '$name' and latest version $version ${seen}s after the publish (limit ${limit}s)"
    else
      fail "port $port still answers '$(name_at "$port")', latest $(latest_at "$port") ${waited}s after the publish (limit ${limit}s)"
    fi
    local etag; etag="$(etag_at "$port")"
    check "port $port has a new ETag ($old -> $etag) and answers the old one 200, not 304" \
      bash -c "[[ '$etag' != '$old' && '$(revalidate_at "$port" "$old")' == 200 ]]"
  done
}

within() { awk -v t="$1" -v l="$2" 'BEGIN { exit !(t + 0 <= l + 0) }'; }

# mixed_lua FILE: a wrk script alternating a cached URL with uncached ones (a limit no request has asked yet).
mixed_lua() {
  cat >"$1" <<'LUA'
local n = 0
function init(args) n = math.random(1, 100000) * 1000 end
function request()
  n = n + 1
  if n % 2 == 0 then return wrk.format("GET", "/api/v1/villages/35.10.03.2002") end
  return wrk.format("GET", string.format("/api/v1/villages?district_code=35.10.%02d&limit=%d", n % 25 + 1, n % 900 + 50))
end
LUA
}

# kill_under_load: wrk through nginx for 12 s; replica B is killed at 2 s and started again at once.
kill_under_load() {
  local secs=12 out="$WORK/wrk.txt" b_index=1
  mixed_lua "$WORK/mixed.lua"
  timeout --kill-after=10 $((secs + 60)) wrk -t2 -c16 -d"${secs}s" --latency -s "$WORK/mixed.lua" \
    "http://$HOST:$NGINX_PORT" >"$out" 2>&1 &
  local wrk_pid=$!
  CHILD_PIDS+=("$wrk_pid")
  sleep 2
  kill -KILL "${PIDS[$b_index]}"
  wait "${PIDS[$b_index]}" 2>/dev/null || true
  log "replica B killed with kill -9 under load; starting it again"
  local t0; t0="$(now)"
  launch_replica "$PORT_B"
  PIDS[b_index]=${PIDS[-1]}
  until ready_at "$PORT_B"; do within "$(elapsed "$t0")" "$READY_TIMEOUT" || break; sleep 0.3; done
  log "replica B ready again $(elapsed "$t0")s after its restart"
  wait "$wrk_pid" || true
  local rps p99 non sock
  read -r rps p99 non sock < <(parse_wrk "$out")
  if [[ "$non" == 0 && "$sock" == 0 && "$rps" != nan ]]; then
    pass "wrk through nginx: ${rps} req/s, p99 ${p99} ms, 0 failed requests while B was killed and restarted"
  else
    fail "wrk through nginx: ${non} non-2xx/3xx responses and ${sock} socket errors while B was killed (${rps} req/s)"
    cat "$out"
  fi
  check "replica B is serving again" ready_at "$PORT_B"
}

# WIDE_SCHEMA: a key and a 300-character note, so that a version of about 100 MB takes few rows to publish.
WIDE_SCHEMA='{"fields":[
  {"name":"id","type":"integer","constraints":{"required":true}},
  {"name":"note","type":"string"}],
  "primaryKey":["id"]}'

# drain_on_sigterm: a slow download of a 100 MB version and a slow upload are in flight on replica A when it gets
# SIGTERM; both must complete within the shutdown timeout (the download at 4 MB/s takes about 25 s).
drain_on_sigterm() {
  local rows=300000 wide_rows=330000 rate=1M download_rate=4M a_index=0
  PORT="$PORT_A"
  generate_numbered_rows "$rows" "$WORK/big.csv"
  awk -v count="$wide_rows" 'BEGIN {
      for (i = 0; i < 30; i++) note = note "0123456789"
      print "id,note"
      for (i = 1; i <= count; i++) printf "%d,%s %d\n", i, note, i
    }' >"$WORK/wide.csv"
  create_dataset drain-test "drain on SIGTERM" "$WIDE_SCHEMA"
  upload_draft drain-test "$WORK/wide.csv" "version 1" 0
  publish_draft drain-test "$DRAFT_ID"
  create_dataset drain-upload "drain on SIGTERM (upload)" "$NUMBERED_SCHEMA"
  curl -sf -o "$WORK/published.csv" --max-time 120 \
    "http://$HOST:$PORT_A/api/v1/datasets/drain-test/versions/1/download?format=csv" \
    || die "the published version could not be downloaded"
  curl -s --limit-rate "$download_rate" -o "$WORK/drain.csv" -w '%{http_code} %{size_download}\n' --max-time 120 \
    "http://$HOST:$PORT_A/api/v1/datasets/drain-test/versions/1/download?format=csv" >"$WORK/download.result" &
  local download_pid=$!
  curl -s --limit-rate "$rate" -o "$WORK/upload.json" -w '%{http_code}\n' --max-time 120 -X POST \
    -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" -H 'Content-Type: text/csv' -H 'Expect:' \
    -T "$WORK/big.csv" "http://$HOST:$PORT_A/api/v1/datasets/drain-upload/drafts?notes_en=slow&notes_id=lambat" \
    >"$WORK/upload.result" &
  local upload_pid=$!
  sleep 2
  local t0; t0="$(now)"
  kill -TERM "${PIDS[$a_index]}"
  log "SIGTERM to replica A with a $(wc -c <"$WORK/published.csv")-byte download in flight at $download_rate/s and an upload at $rate/s"
  wait "$download_pid" || true
  wait "$upload_pid" || true
  wait "${PIDS[$a_index]}" 2>/dev/null || true
  log "replica A exited $(elapsed "$t0")s after SIGTERM"
  local code size; read -r code size <"$WORK/download.result"
  check "the $(wc -c <"$WORK/published.csv")-byte download in flight at SIGTERM completed: HTTP $code, $size bytes, the same bytes as before" \
    cmp -s "$WORK/drain.csv" "$WORK/published.csv"
  check "the version downloaded is at least 100 MB" test "$(wc -c <"$WORK/published.csv")" -ge 100000000
  check "the upload in flight at SIGTERM completed: HTTP $(cat "$WORK/upload.result") (a draft)" \
    grep -qx 201 "$WORK/upload.result"
}

main() {
  install_traps
  CLEANUP_HOOKS+=(stop_redis)
  ensure_tools curl jq nginx redis-server psql wrk
  WORK="$(mktemp -d -t ci-replicas.XXXXXX)"
  use_scratch_postgresql replicas
  build_service
  new_admin_key

  start_own_redis

  echo "== two replicas start at the same moment on an empty database"
  start_replicas || { checks_summary; exit 1; }
  start_proxy

  echo "== a write through replica A reaches replica B and nginx within ${AGREE_LIMIT}s (Redis signal)"
  warm
  local old_etag; old_etag="$(etag_at "$PORT_B")"
  rename "Sumberasri Replica"
  agree "$AGREE_LIMIT" "Sumberasri Replica" "$VERSION_NUMBER" "$old_etag"

  echo "== with Redis stopped, within the fallback TTL ($FALLBACK_TTL)"
  stop_redis
  sleep 1 # every replica notices that Redis is gone and drops what can change
  warm
  old_etag="$(etag_at "$PORT_B")"
  rename "Sumberasri Fallback"
  agree "$FALLBACK_LIMIT" "Sumberasri Fallback" "$VERSION_NUMBER" "$old_etag"

  echo "== kill -9 of a replica under load through nginx"
  kill_under_load

  echo "== SIGTERM drains a download and an upload in flight"
  drain_on_sigterm

  checks_summary || { tail -n 40 "$WORK/replica-$PORT_B.log"; exit 1; }
}

# sourced (by .ci/changes.sh, for its helpers), it only defines them
[[ "${BASH_SOURCE[0]}" != "$0" ]] || main "$@"
