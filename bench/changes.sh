#!/usr/bin/env bash
# bench: the change feed's event stream under 500 open connections on one replica: the delay from each publish's
# answer until the last of the clients has its event (p50, p99, max), and the JVM's threads with and without the
# connections, against the limits of the same run (SSE_LIMIT for the p99, THREAD_LIMIT for the added threads).
# The service runs on PostgreSQL (SERVICE_DB=h2: the embedded H2 database) under -Xmx256m. See bench/README.md.
# Loopback only. By default it works in a scratch database it creates and drops.
set -euo pipefail

PORT="${PORT:-18286}"
LOG_TAG=changes
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CLIENTS="${CLIENTS:-500}"
PUBLISHES="${PUBLISHES:-20}"
SSE_LIMIT="${SSE_LIMIT:-1.0}"       # seconds: the p99 delay to the last client must stay within it
THREAD_LIMIT="${THREAD_LIMIT:-50}"  # threads the connections may add (they must not each hold one)
DATASET=bench-sse

threads() { awk '/^Threads:/ { print $2 }' "/proc/$SERVICE_PID/status"; }

# percentile FILE P: the P-th percentile (nearest rank) of the numbers in FILE, one a line.
percentile() { sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; print v[r] }'; }

main() {
  install_traps
  ensure_tools curl jq node
  WORK="$(mktemp -d -t bench-changes.XXXXXX)"
  KEEP_LOGS_AS=changes
  if [[ "${SERVICE_DB:-postgresql}" == h2 ]]; then
    export OPENDATA_DB_KIND=h2
    unset OPENDATA_DB_URL
    DATA_DIR="$WORK/h2"
  else
    ensure_tools psql
    use_scratch_postgresql bench_changes
  fi
  build_service
  new_admin_key
  launch_service "$WORK/service.log"
  create_dataset "$DATASET" "event stream benchmark" "$NUMBERED_SCHEMA"
  local idle; idle="$(threads)"

  log "opening $CLIENTS event-stream connections"
  node bench/sse-clients.cjs "http://$HOST:$PORT/api/v1/changes?dataset=$DATASET" "$CLIENTS" "$PUBLISHES" \
    "$WORK/clients.json" $((PUBLISHES * 10 + 60)) >"$WORK/clients.log" 2>&1 &
  local clients=$!
  CHILD_PIDS+=("$clients")
  local _
  for _ in $(seq 600); do grep -q '^ready' "$WORK/clients.log" && break; kill -0 "$clients" || break; sleep 0.1; done
  grep -q '^ready' "$WORK/clients.log" || die "the clients did not connect: $(cat "$WORK/clients.log")"
  sleep 1
  local open; open="$(threads)"
  log "JVM threads: $idle without connections, $open with $CLIENTS open"

  : >"$WORK/published.txt"
  local n start
  for n in $(seq 1 "$PUBLISHES"); do
    generate_numbered_rows 10 "$WORK/v$n.csv" "$n"
    upload_draft "$DATASET" "$WORK/v$n.csv" "version $n" 0
    start="$(now)"
    publish_draft "$DATASET" "$DRAFT_ID"
    # when the answer came: the request's start and curl's time_total
    awk -v a="$start" -v t="$REQ_SECS" -v v="$VERSION_NUMBER" 'BEGIN { printf "%d %.6f\n", v, a + t }' \
      >>"$WORK/published.txt"
    sleep 0.5
  done
  wait "$clients" || die "the clients failed: $(cat "$WORK/clients.log")"
  local during; during="$(threads)"

  curl -sf "$(api_url "/api/v1/changes?dataset=$DATASET&type=version_published&limit=1000")" \
    | jq -r '.items[] | "\(.version) \(.id)"' >"$WORK/events.txt"
  # delay (ms) from each publish's answer to the last client's event, and how many clients got each event
  join <(sort "$WORK/published.txt") <(sort "$WORK/events.txt") | while read -r version answered id; do
    jq -r --arg id "$id" --argjson answered "$answered" \
      '.events[$id] | if . == null then "missing 0 0" else "\(.count) \((.first - $answered * 1000)) \((.last - $answered * 1000))" end' \
      "$WORK/clients.json"
  done >"$WORK/delays.txt"
  local missing; missing="$(awk '$1 != '"$CLIENTS"' { n++ } END { print n + 0 }' "$WORK/delays.txt")"
  awk '{ print $3 }' "$WORK/delays.txt" >"$WORK/last.txt"
  awk '{ print $2 }' "$WORK/delays.txt" >"$WORK/first.txt"
  local p50 p99 max f50
  p50="$(percentile "$WORK/last.txt" 50)"; p99="$(percentile "$WORK/last.txt" 99)"; max="$(percentile "$WORK/last.txt" 100)"
  f50="$(percentile "$WORK/first.txt" 50)"

  mkdir -p bench/out
  local report; report="bench/out/changes-$(date -u +%Y-%m-%dT%H%M%SZ).txt"
  {
    echo "bench/changes.sh: $CLIENTS event-stream connections on one replica ($(java -version 2>&1 | head -n 1)," \
      "-Xmx$SERVICE_XMX, ${SERVICE_DB:-postgresql}, $(nproc) cores), $PUBLISHES publishes of a 10-row version 0.5 s apart"
    echo
    echo "measure | p50 | p99 | max | limit"
    echo "--- | --- | --- | --- | ---"
    printf 'delay from the publish'\''s answer to the last client'\''s event, ms | %.0f | %.0f | %.0f | p99 <= %s s\n' \
      "$p50" "$p99" "$max" "$SSE_LIMIT"
    printf 'delay to the first client'\''s event, ms | %.0f | | |\n' "$f50"
    echo
    echo "events that did not reach every one of the $CLIENTS clients: $missing"
    echo "JVM threads: $idle before the connections, $open with $CLIENTS open, $during after the publishes" \
      "(limit: at most $THREAD_LIMIT more)"
  } | tee "$report"
  log "report in $report"
  local ok=1
  ((missing == 0)) || { log "FAIL: $missing events did not reach every client"; ok=0; }
  awk -v p="$p99" -v l="$SSE_LIMIT" 'BEGIN { exit !(p / 1000 <= l) }' \
    || { log "FAIL: p99 ${p99} ms is above ${SSE_LIMIT} s"; ok=0; }
  ((open - idle <= THREAD_LIMIT)) || { log "FAIL: $CLIENTS connections added $((open - idle)) threads"; ok=0; }
  ((ok == 1))
}

main "$@"
