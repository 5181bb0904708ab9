#!/usr/bin/env bash
# CI: the change feed, its event stream and webhooks on two replicas of the same jar on one PostgreSQL, behind nginx
# (the replicas, nginx and Redis of .ci/replicas.sh, whose helpers this script sources).
#
#   1. A webhook receiver (.ci/webhook-receiver.cjs, on loopback) is subscribed to a new dataset; it is down (503) for
#      its first 3 requests. An event-stream client is connected to replica B, a client that follows
#      /api/v1/changes with its cursor runs through nginx.
#   2. The dataset is created and version 1 published through replica A: the event-stream client on B receives the
#      event within SSE_LIMIT (1 s) of the publish's answer.
#   3. Replica B is killed (kill -9) and started again while version 2 is published through A; the event-stream
#      client reconnects to B with Last-Event-ID and resumes without a gap or a repeat (versions 2, 3 and 4).
#      Replica A gets SIGTERM and is started again after version 4 is published through B.
#   4. The cursor follower saw every event of the feed once, in order, across both restarts.
#   5. The receiver got each of the dataset's events acknowledged exactly once per webhook-id, every signature valid,
#      although both replicas ran the delivery worker; the delivery log shows the 3 refused attempts.
#
# Environment (CI defaults): SKIP_BUILD=1 uses the existing target/quarkus-app (it runs on any database);
# PG_HOST/PG_PORT (127.0.0.1:5432) where a scratch database is created and dropped; PORT_A, PORT_B, NGINX_PORT,
# REDIS_PORT, RECEIVER_PORT (18311 to 18315).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A="${PORT_A:-18311}"
PORT_B="${PORT_B:-18312}"
NGINX_PORT="${NGINX_PORT:-18313}"
REDIS_PORT="${REDIS_PORT:-18314}"
RECEIVER_PORT="${RECEIVER_PORT:-18315}"
# shellcheck source=.ci/replicas.sh
source .ci/replicas.sh
LOG_TAG=changes
KEEP_LOGS_AS=changes

SSE_LIMIT=1.0        # seconds from the publish's answer until the event-stream client has the event
DOWN_FOR=3           # requests the webhook receiver answers 503
WEBHOOK_LIMIT=120    # seconds until every event is acknowledged (a claim of a killed replica lapses after 36 s)
DATASET=changes-test
# Deliveries on loopback, retried within seconds (the production schedule is 24 h)
export OPENDATA_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true OPENDATA_WEBHOOKS_RETRY_BASE_DELAY=200ms \
  OPENDATA_WEBHOOKS_RETRY_MAX_DELAY=1s OPENDATA_WEBHOOKS_RETRY_PERIOD=60s OPENDATA_WEBHOOKS_POLL_INTERVAL=100ms \
  OPENDATA_WEBHOOKS_TIMEOUT=3s
SSE_PID=""
FOLLOWER_PID=""

# sse_connect PORT OUT [LAST_EVENT_ID]: an event-stream client of the dataset's events on PORT in the background
# (its pid in SSE_PID), each line written to OUT after the time it arrived; returns once the stream has begun.
sse_connect() {
  local port=$1 out=$2 resume=() _
  [[ -n "${3:-}" ]] && resume=(-H "Last-Event-ID: $3")
  : >"$out"
  curl -sN --max-time 600 -D "$out.headers" -H 'Accept: text/event-stream' "${resume[@]}" \
    "http://$HOST:$port/api/v1/changes?dataset=$DATASET" \
    > >(while IFS= read -r line; do printf '%s %s\n' "$(now)" "$line"; done >"$out") &
  SSE_PID=$!
  CHILD_PIDS+=("$SSE_PID")
  for _ in $(seq 100); do grep -q '^HTTP/1.1 200' "$out.headers" 2>/dev/null && return 0; sleep 0.05; done
  die "the event stream on port $port did not begin"
}

sse_close() { kill "$SSE_PID" 2>/dev/null || true; wait "$SSE_PID" 2>/dev/null || true; }

# sse_lines OUT: "<arrival time> <event id>" of each event received, in order (the field is "id:N" or "id: N").
sse_lines() { awk '$2 ~ /^id:/ { print $1, ($2 == "id:" ? $3 : substr($2, 4)) }' "$1"; }

# sse_ids OUT: the ids of the events received, in order.
sse_ids() { sse_lines "$1" | cut -d' ' -f2; }

# sse_arrival OUT ID: when the event ID arrived (empty if it did not).
sse_arrival() { sse_lines "$1" | awk -v id="$2" '$2 == id { print $1; exit }'; }

# follow_feed: follows the whole feed through nginx with its cursor, pages of 4, appending each id to followed.txt,
# until stop-following exists and a page comes back short; a failed request is retried with the same cursor.
follow_feed() {
  local cursor="" page count
  : >"$WORK/followed.txt"
  : >"$WORK/follow-errors.txt"
  while :; do
    if ! page="$(curl -sf --max-time 5 "http://$HOST:$NGINX_PORT/api/v1/changes?limit=4${cursor:+&cursor=$cursor}")"; then
      echo failed >>"$WORK/follow-errors.txt"
      sleep 0.2
      continue
    fi
    jq -r '.items[].id' <<<"$page" >>"$WORK/followed.txt"
    cursor="$(jq -r '.paging.next_cursor' <<<"$page")"
    count="$(jq '.items | length' <<<"$page")"
    if ((count < 4)); then
      [[ -f "$WORK/stop-following" ]] && return 0
      sleep 0.2
    fi
  done
}

# publish_version N PORT: version N of the dataset (10 rows whose values change with N) through PORT.
publish_version() {
  PORT=$2
  generate_numbered_rows 10 "$WORK/v$1.csv" "$1"
  upload_draft "$DATASET" "$WORK/v$1.csv" "version $1" 0
  local start; start="$(now)"
  publish_draft "$DATASET" "$DRAFT_ID"
  # when the answer came: the request's start and curl's time_total, without the time this script took after it
  PUBLISHED_AT="$(awk -v a="$start" -v t="$REQ_SECS" 'BEGIN { printf "%.6f", a + t }')"
  log "published $DATASET version $VERSION_NUMBER through port $2"
}

# event_of VERSION: the id of the event that published the version.
event_of() {
  curl -sf "http://$HOST:$PORT_A/api/v1/changes?dataset=$DATASET&type=version_published" \
    | jq -r --argjson v "$1" '.items[] | select(.version == $v) | .id'
}

# stop_replica INDEX SIGNAL: stops replica INDEX (0 = A, 1 = B) with SIGNAL and waits until it has exited.
stop_replica() {
  kill "-$2" "${PIDS[$1]}"
  wait "${PIDS[$1]}" 2>/dev/null || true
  log "replica $1 stopped with SIG$2"
}

# start_again INDEX PORT: starts replica INDEX again and waits until it is ready.
start_again() {
  local t0; t0="$(now)"
  launch_replica "$2"
  PIDS[$1]=${PIDS[-1]}
  until ready_at "$2"; do within "$(elapsed "$t0")" "$READY_TIMEOUT" || die "port $2 not ready again"; sleep 0.3; done
  log "replica on port $2 ready again $(elapsed "$t0")s after its start"
}

main() {
  install_traps
  CLEANUP_HOOKS+=(stop_redis)
  ensure_tools curl jq nginx redis-server psql node
  WORK="$(mktemp -d -t ci-changes.XXXXXX)"
  use_scratch_postgresql changes
  build_service
  new_admin_key
  start_own_redis
  start_replicas || { checks_summary; exit 1; }
  start_proxy

  node .ci/webhook-receiver.cjs serve "$RECEIVER_PORT" "$WORK/received.jsonl" "$DOWN_FOR" \
    >"$WORK/receiver.log" 2>&1 &
  CHILD_PIDS+=($!)
  for _ in $(seq 50); do port_in_use "$RECEIVER_PORT" && break; sleep 0.1; done
  local webhook secret
  curl -sf -o "$WORK/webhook.json" -X POST -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" \
    -H 'Content-Type: application/json' \
    --data "{\"url\":\"http://$HOST:$RECEIVER_PORT/hook\",\"datasets\":[\"$DATASET\"]}" \
    "http://$HOST:$NGINX_PORT/api/v1/webhooks" || die "POST /api/v1/webhooks failed"
  webhook="$(jq -r '.webhook.id' "$WORK/webhook.json")"
  secret="$(jq -r '.secret' "$WORK/webhook.json")"
  log "webhook $webhook subscribed to $DATASET; the receiver answers 503 to its first $DOWN_FOR requests"

  follow_feed &
  FOLLOWER_PID=$!
  CHILD_PIDS+=("$FOLLOWER_PID")
  sse_connect "$PORT_B" "$WORK/sse-1.txt"

  echo "== an event-stream client connected to replica B before a publish through replica A"
  PORT=$PORT_A
  create_dataset "$DATASET" "change feed across replicas" "$NUMBERED_SCHEMA"
  publish_version 1 "$PORT_A"
  local v1 arrived
  v1="$(event_of 1)"
  for _ in $(seq 40); do arrived="$(sse_arrival "$WORK/sse-1.txt" "$v1")"; [[ -n "$arrived" ]] && break; sleep 0.05; done
  if [[ -n "$arrived" ]] && within "$(awk -v a="$PUBLISHED_AT" -v b="$arrived" 'BEGIN { print b - a }')" "$SSE_LIMIT"; then
    pass "the event of version 1 ($v1) reached the client on B $(awk -v a="$PUBLISHED_AT" -v b="$arrived" 'BEGIN { printf "%.3f", b - a }')s after the publish's answer (limit ${SSE_LIMIT}s; negative: before it)"
  else
    fail "the event of version 1 ($v1) did not reach the client on B within ${SSE_LIMIT}s (arrived: ${arrived:-never})"
  fi

  echo "== replica B killed and restarted while version 2 is published through A; the client resumes with Last-Event-ID"
  stop_replica 1 KILL
  publish_version 2 "$PORT_A"
  start_again 1 "$PORT_B"
  sse_close
  local last; last="$(sse_ids "$WORK/sse-1.txt" | tail -n 1)"
  sse_connect "$PORT_B" "$WORK/sse-2.txt" "$last"
  publish_version 3 "$PORT_A"

  echo "== replica A stopped (SIGTERM) and started again after version 4 is published through B"
  stop_replica 0 TERM
  publish_version 4 "$PORT_B"
  start_again 0 "$PORT_A"
  local expected
  expected="$(curl -sf "http://$HOST:$PORT_A/api/v1/changes?dataset=$DATASET" | jq -r '.items[].id' | paste -sd' ')"
  for _ in $(seq 40); do
    [[ "$( (sse_ids "$WORK/sse-1.txt"; sse_ids "$WORK/sse-2.txt") | paste -sd' ')" == "$expected" ]] && break
    sleep 0.05
  done
  sse_close
  check "the event-stream client got events $expected once each, in order, across the reconnection (got $( (sse_ids "$WORK/sse-1.txt"; sse_ids "$WORK/sse-2.txt") | paste -sd' '))" \
    test "$( (sse_ids "$WORK/sse-1.txt"; sse_ids "$WORK/sse-2.txt") | paste -sd' ')" == "$expected"

  echo "== the cursor follower through nginx, across both restarts"
  touch "$WORK/stop-following"
  wait "$FOLLOWER_PID" || true
  local latest; latest="$(curl -sf "http://$HOST:$NGINX_PORT/api/v1/changes?dataset=$DATASET" | jq -r '.items[-1].id')"
  check "the follower saw events 1 to $latest once each, in order ($(wc -l <"$WORK/followed.txt") seen, $(wc -l <"$WORK/follow-errors.txt") requests retried)" \
    cmp -s "$WORK/followed.txt" <(seq 1 "$latest")

  echo "== the webhook receiver, down for its first $DOWN_FOR requests, with both replicas delivering"
  local events count=0 t0; t0="$(now)"
  events="$(curl -sf "http://$HOST:$NGINX_PORT/api/v1/changes?dataset=$DATASET" | jq -r '[.items[].id] | join(",")')"
  while within "$(elapsed "$t0")" "$WEBHOOK_LIMIT"; do
    count="$(curl -sf -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" \
      "http://$HOST:$NGINX_PORT/api/v1/webhooks/$webhook/deliveries?limit=1000" \
      | jq '[.items[] | select(.outcome == "delivered")] | length' || true)"
    [[ "$count" == "$(tr ',' '\n' <<<"$events" | wc -l)" ]] && break
    sleep 0.5
  done
  log "$count messages acknowledged after $(elapsed "$t0")s"
  sleep 2 # further rounds of both workers, which must send nothing more
  if node .ci/webhook-receiver.cjs verify "$WORK/received.jsonl" "$secret" "$events" "$DOWN_FOR"; then
    pass "the receiver got events $events exactly once each, signed"
  else
    fail "the receiver's log does not show exactly-once signed deliveries of $events"
  fi
  curl -sf -o "$WORK/deliveries.json" -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" \
    "http://$HOST:$NGINX_PORT/api/v1/webhooks/$webhook/deliveries?limit=1000"
  check "the delivery log shows the $DOWN_FOR refused attempts (503, retrying) and one delivered attempt per event" \
    test "$(jq -r '[([.items[] | select(.status_code == 503 and .outcome == "retrying")] | length),
      ([.items[] | select(.outcome == "delivered")] | length)] | join(" ")' "$WORK/deliveries.json")" \
      == "$DOWN_FOR $(tr ',' '\n' <<<"$events" | wc -l)"

  checks_summary
}

main "$@"
