#!/usr/bin/env bash
# CI: kill -9 of the service while it publishes a version and while it receives an upload, then a restart: published
# versions are all-or-nothing and never change.
#
# 1. Starts the packaged service (PostgreSQL by default; OPENDATA_DB_KIND=h2 runs it on H2 in a temporary
#    OPENDATA_DATA_DIR), creates a dataset with a fresh admin key, publishes version 1 (SMALL_ROWS rows) and version 2
#    (100 of them changed), and records the versions list and the SHA-256 of every version's CSV download.
# 2. Per delay of CRASH_DELAYS: uploads a draft of ROWS rows (deterministic, generated with awk), sends the publish
#    request, kills the JVM with SIGKILL that many seconds later while the request is still waiting (a publish that
#    answered before the kill is retried once with half the delay on a new draft), restarts the service and checks
#    that the versions list is exactly the previous one, or the previous one plus one complete version whose
#    row_count is ROWS and whose CSV download hashes to its advertised sha256; earlier versions hash as before.
# 3. Kills the JVM during the upload of a draft, once while curl is still sending it (rate-limited so that sending
#    takes 3 x UPLOAD_KILL_AFTER s, kill after UPLOAD_KILL_AFTER s), once UPLOAD_TAIL_DELAY s after curl has read the
#    whole file at full speed (while the service checks, stages and diffs the last rows); after each restart the
#    versions list and the downloads are exactly as before.
# 4. A new small draft still publishes as the next version, and its download hashes to its sha256.
#
# Environment (CI defaults):
#   OPENDATA_DB_KIND        postgresql (default) or h2
#   OPENDATA_DB_URL         default jdbc:postgresql://$PG_HOST:$PG_PORT/test (PG_HOST 127.0.0.1, PG_PORT 5432)
#   OPENDATA_DB_USER        default postgres (OPENDATA_DB_PASSWORD if any)
#   SKIP_BUILD=1            use the existing target/quarkus-app (it runs on any database kind)
#   ROWS                    rows of the large draft (default 1000000)
#   CRASH_DELAYS            seconds from the publish request to the kill, one crash per value (default 1.5)
#   UPLOAD_KILL_AFTER       seconds into the rate-limited upload to kill (default 2); UPLOAD_RATE overrides its rate
#   UPLOAD_TAIL_DELAY       seconds after curl has read the whole file to kill, in the full-speed upload (default 0.3)
#   DATASET_ID              default crash-test-<UTC timestamp> (a new dataset per run)
#   PORT                    service port (default 18292); SERVICE_XMX the service's -Xmx (default 512m)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18292}"
SERVICE_XMX="${SERVICE_XMX:-512m}"
LOG_TAG=crash-publish
# shellcheck source=bench/lib.sh
source bench/lib.sh
KEEP_LOGS_AS=crash-publish

ROWS="${ROWS:-1000000}"
SMALL_ROWS=1000
CRASH_DELAYS="${CRASH_DELAYS:-1.5}"
UPLOAD_RATE="${UPLOAD_RATE:-}"
UPLOAD_KILL_AFTER="${UPLOAD_KILL_AFTER:-2}"
UPLOAD_TAIL_DELAY="${UPLOAD_TAIL_DELAY:-0.3}"
DATASET_ID="${DATASET_ID:-crash-test-$(date -u +%Y%m%d%H%M%S)}"

STARTS=0          # service starts so far (log file names)
CSV_OFFSET=10     # a new offset per large draft, so that every draft differs from the latest version
PUBLISH_KILLED_IN_FLIGHT=0
CASES=()          # what happened at each crash, for the summary

start() { STARTS=$((STARTS + 1)); launch_service "$WORK/service.$STARTS.log"; }

# record_baseline: the versions list now (BASELINE, lines "version row_count sha256") and the SHA-256 of every
# version's CSV download (BASELINE_SHA[version]), each checked against the advertised sha256.
declare -A BASELINE_SHA=()
BASELINE=""
record_baseline() {
  BASELINE="$(versions_summary "$DATASET_ID")"
  local v rc sha got
  while read -r v rc sha; do
    [[ -n "${BASELINE_SHA[$v]:-}" ]] && continue
    download_version "$DATASET_ID" "$v" "$WORK/download.csv"
    got="$(sha_of "$WORK/download.csv")"
    check "version $v: CSV download ($(($(wc -l <"$WORK/download.csv") - 1)) rows) hashes to its sha256 ${sha:0:12}…" \
      [ "$got" = "$sha" ]
    BASELINE_SHA[$v]=$got
  done <<<"$BASELINE"
  rm -f "$WORK/download.csv"
}

# verify_versions WHAT ALLOW_NEW(0|1): after a crash and restart, the versions list must be BASELINE or (ALLOW_NEW=1)
# BASELINE plus one complete version of ROWS rows; earlier versions must download with their recorded hashes.
verify_versions() {
  local what=$1 allow_new=$2 now_list base_n now_n last_v
  now_list="$(versions_summary "$DATASET_ID")"
  base_n="$(grep -c . <<<"$BASELINE")"
  now_n="$(grep -c . <<<"$now_list")"
  last_v="$(tail -n 1 <<<"$BASELINE" | cut -d' ' -f1)"
  echo "  versions after the restart: $(cut -d' ' -f1,2 <<<"$now_list" | tr ' \n' ':,' | sed 's/,$//') (version:rows)"
  if [[ "$now_list" == "$BASELINE" ]]; then
    pass "$what: the versions list is exactly the previous one (no version appeared)"
    CASES+=("$what: no new version")
  elif ((allow_new)) && ((now_n == base_n + 1)) && [[ "$(head -n "$base_n" <<<"$now_list")" == "$BASELINE" ]]; then
    local v rc sha got lines
    read -r v rc sha <<<"$(tail -n 1 <<<"$now_list")"
    download_version "$DATASET_ID" "$v" "$WORK/download.csv"
    got="$(sha_of "$WORK/download.csv")"
    lines=$(($(wc -l <"$WORK/download.csv") - 1))
    rm -f "$WORK/download.csv"
    if ((v == last_v + 1 && rc == ROWS && lines == ROWS)) && [[ "$got" == "$sha" ]]; then
      pass "$what: one new complete version $v: row_count $rc, download of $lines rows hashes to its sha256 ${sha:0:12}…"
      CASES+=("$what: complete version $v")
      BASELINE_SHA[$v]=$got
    else
      fail "$what: new version $v is not complete: row_count $rc, download $lines rows (expected $ROWS), sha256 ${got:0:12}… advertised ${sha:0:12}…"
    fi
  else
    fail "$what: the versions list changed unexpectedly"
    diff <(echo "$BASELINE") <(echo "$now_list") | sed 's/^/    /' || true
  fi
  local v rc sha got ok=1
  while read -r v rc sha; do
    download_version "$DATASET_ID" "$v" "$WORK/download.csv"
    got="$(sha_of "$WORK/download.csv")"
    [[ "$got" == "${BASELINE_SHA[$v]}" && "$got" == "$sha" ]] \
      || { ok=0; fail "$what: version $v download hashes to ${got:0:12}…, before the crash ${BASELINE_SHA[$v]:0:12}…"; }
  done <<<"$BASELINE"
  rm -f "$WORK/download.csv"
  ((ok)) && pass "$what: versions $(cut -d' ' -f1 <<<"$BASELINE" | tr '\n' ',' | sed 's/,$//') download byte-identical to before (SHA-256)"
  BASELINE="$now_list"
}

# pg_in_flight: the service's open transactions and their statements at this moment (PostgreSQL only).
pg_in_flight() {
  [[ "$OPENDATA_DB_KIND" == postgresql ]] || return 0
  psql_db -F ' | ' -c "SELECT state, COALESCE(backend_xid::text, '-'), round(extract(epoch FROM now() - xact_start)::numeric, 1),
      left(regexp_replace(query, '\\s+', ' ', 'g'), 90)
    FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
      AND xact_start IS NOT NULL ORDER BY xact_start" 2>/dev/null | sed 's/^/    in flight at the kill (state | xid | s | query): /' || true
}

# kill_in_flight CURL_PID T0: notes whether the request of the curl job CURL_PID is still waiting (IN_FLIGHT=1, and
# the service's open transactions on PostgreSQL), kills the JVM with SIGKILL, reaps curl; sets IN_FLIGHT and KILL_AT
# (seconds since T0).
kill_in_flight() {
  IN_FLIGHT=0
  kill -0 "$1" 2>/dev/null && IN_FLIGHT=1
  ((IN_FLIGHT)) && pg_in_flight
  kill_service
  KILL_AT="$(elapsed "$2")"
  wait "$1" || true
  CHILD_PIDS=()
}

# new_big_draft: uploads a new large draft (a new CSV_OFFSET) and checks its row count; sets DRAFT_ID.
new_big_draft() {
  CSV_OFFSET=$((CSV_OFFSET + 1))
  generate_numbered_rows "$ROWS" "$WORK/big.csv" "$CSV_OFFSET"
  log "uploading a draft of $ROWS rows ($(($(wc -c <"$WORK/big.csv") / 1000)) kB)"
  upload_draft "$DATASET_ID" "$WORK/big.csv" "large draft $CSV_OFFSET" 0
  local rc; rc="$(jq -r '.row_count' "$DRAFT_JSON")"
  check "large draft $DRAFT_ID: 201 with row_count $rc (expected $ROWS) in ${REQ_SECS}s" [ "$rc" = "$ROWS" ]
}

# crash_publish DELAY: one publish crash at DELAY seconds; retried once with half the delay when the publish
# answered before the kill.
crash_publish() {
  local delay=$1 attempt
  for attempt in 1 2; do
    new_big_draft
    echo "== kill -9 ${delay}s after POST …/drafts/$DRAFT_ID/publish"
    : >"$WORK/publish.status"
    curl -sS -o "$WORK/publish.json" -w '%{http_code} %{time_total}' --max-time "$API_TIMEOUT" -X POST \
      -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" "$(publish_url "$DATASET_ID" "$DRAFT_ID")" \
      >"$WORK/publish.status" 2>"$WORK/publish.err" &
    local curl_pid=$! t0; t0="$(now)"
    CHILD_PIDS+=("$curl_pid")
    sleep "$delay"
    kill_in_flight "$curl_pid" "$t0"
    local in_flight=$IN_FLIGHT at=$KILL_AT
    local code secs
    read -r code secs <"$WORK/publish.status" || true
    if ((in_flight)); then
      PUBLISH_KILLED_IN_FLIGHT=$((PUBLISH_KILLED_IN_FLIGHT + 1))
      echo "  killed the JVM ${at}s after the publish request, which had not returned (curl: HTTP ${code:-000}, $(head -c 120 "$WORK/publish.err" | tr '\n' ' '))"
    else
      echo "  the publish answered HTTP $code after ${secs}s, before the kill at ${at}s: not a crash during the publish"
    fi
    start
    verify_versions "kill -9 during publish (${delay}s)" 1
    if ((in_flight)); then return 0; fi
    ((attempt == 1)) || break
    delay="$(awk -v d="$delay" 'BEGIN { printf "%.2f", d / 2 }')"
    log "retrying with a kill after ${delay}s on a new draft"
  done
}

# crash_upload MODE: kill -9 while a draft is being uploaded. MODE throttled: curl sends the body at a rate that
# takes 3 x UPLOAD_KILL_AFTER seconds (or UPLOAD_RATE) and the kill comes after UPLOAD_KILL_AFTER s, so the body is
# still being sent. MODE tail: curl sends at full speed and the kill comes UPLOAD_TAIL_DELAY s after curl has read
# the whole file (rchar in /proc/<curl>/io), while the service still reads, checks, stages or diffs the last rows
# (an upload that answered first is retried once with no delay).
crash_upload() {
  local mode=$1 delay rate=() size attempt
  generate_numbered_rows "$ROWS" "$WORK/big.csv" $((CSV_OFFSET + 100))
  size="$(wc -c <"$WORK/big.csv")"
  if [[ "$mode" == throttled ]]; then
    delay=$UPLOAD_KILL_AFTER
    rate=(--limit-rate "${UPLOAD_RATE:-$(awk -v s="$size" -v d="$delay" 'BEGIN { printf "%d", s / (3 * d) + 1 }')}")
  else
    delay=$UPLOAD_TAIL_DELAY
  fi
  for attempt in 1 2; do
    if [[ "$mode" == throttled ]]; then
      echo "== kill -9 ${delay}s into the upload of a $ROWS-row draft (curl ${rate[*]} bytes/s)"
    else
      echo "== kill -9 ${delay}s after curl has read the whole $ROWS-row draft (full speed)"
    fi
    curl -sS -o "$WORK/upload.json" -w '%{http_code} %{time_total} %{size_upload}' --max-time "$API_TIMEOUT" \
      -X POST -H "Authorization: Bearer $OPENDATA_BOOTSTRAP_ADMIN_KEY" -H 'Content-Type: text/csv' -H 'Expect:' \
      "${rate[@]}" -T "$WORK/big.csv" \
      "$(api_url "/api/v1/datasets/$DATASET_ID/drafts")?notes_en=killed%20upload&notes_id=unggahan%20dihentikan" \
      >"$WORK/upload.status" 2>"$WORK/upload.err" &
    local curl_pid=$! t0 read_at=""; t0="$(now)"
    CHILD_PIDS+=("$curl_pid")
    if [[ "$mode" == tail ]]; then
      while kill -0 "$curl_pid" 2>/dev/null; do
        (($(awk '$1 == "rchar:" { print $2 }' "/proc/$curl_pid/io" 2>/dev/null || echo 0) >= size)) \
          && { read_at="$(elapsed "$t0")"; break; }
        sleep 0.05
      done
    fi
    sleep "$delay"
    kill_in_flight "$curl_pid" "$t0"
    local in_flight=$IN_FLIGHT at=$KILL_AT
    local code secs sent
    read -r code secs sent <"$WORK/upload.status" || true
    if ((in_flight)); then
      echo "  killed the JVM ${at}s into the upload${read_at:+ (curl had read the whole file at ${read_at}s)}, which had not returned; curl had sent ${sent:-?} of $size bytes"
    else
      echo "  the upload answered HTTP $code after ${secs}s, before the kill at ${at}s"
    fi
    if [[ "$mode" == throttled ]]; then
      check "the rate-limited upload was still being sent at the kill (${sent:-?} of $size bytes)" \
        [ "$in_flight" = 1 -a "${sent:-0}" -lt "$size" ]
    fi
    start
    verify_versions "kill -9 during upload ($mode)" 0
    if ((in_flight)) || [[ "$mode" == throttled ]] || ((attempt == 2)); then break; fi
    delay=0
    log "retrying with the kill as soon as curl has read the whole file"
  done
}

main() {
  install_traps
  [[ "$ROWS" =~ ^[1-9][0-9]*$ && "$ROWS" -ge 2000 ]] || die "ROWS must be an integer >= 2000"
  ensure_tools curl jq openssl sha256sum
  case "${OPENDATA_DB_KIND:-postgresql}" in
    postgresql)
      ensure_tools psql
      use_postgresql test
      psql_db -c 'SELECT 1' >/dev/null || die "cannot connect to $OPENDATA_DB_URL as $OPENDATA_DB_USER"
      ;;
    h2)
      export OPENDATA_DB_KIND=h2
      unset OPENDATA_DB_URL OPENDATA_DB_USER OPENDATA_DB_PASSWORD
      DATA_DIR="$(mktemp -d -t ci-crash-publish-data.XXXXXX)"
      ;;
    *) die "OPENDATA_DB_KIND must be postgresql or h2" ;;
  esac
  WORK="$(mktemp -d -t ci-crash-publish.XXXXXX)"
  build_service
  new_admin_key
  start
  echo "== dataset $DATASET_ID on ${OPENDATA_DB_URL:-H2 in $DATA_DIR}; versions 1 and 2 of $SMALL_ROWS rows"
  create_dataset "$DATASET_ID" "kill -9 while publishing" "$NUMBERED_SCHEMA"
  generate_numbered_rows "$SMALL_ROWS" "$WORK/v1.csv" 0
  upload_draft "$DATASET_ID" "$WORK/v1.csv" "version 1" 0
  publish_draft "$DATASET_ID" "$DRAFT_ID" 0
  check "version 1 published (got version $VERSION_NUMBER)" [ "$VERSION_NUMBER" = 1 ]
  change_rows "$WORK/v1.csv" "$WORK/v2.csv" 100
  upload_draft "$DATASET_ID" "$WORK/v2.csv" "version 2" 0
  check "version 2 draft: diff changed $(jq -r '.diff.changed' "$DRAFT_JSON") (expected 100)" \
    [ "$(jq -r '.diff.changed' "$DRAFT_JSON")" = 100 ]
  publish_draft "$DATASET_ID" "$DRAFT_ID" 0
  check "version 2 published (got version $VERSION_NUMBER)" [ "$VERSION_NUMBER" = 2 ]
  record_baseline

  local delay
  for delay in $CRASH_DELAYS; do crash_publish "$delay"; done
  check "the JVM was killed while a publish request was in flight ($PUBLISH_KILLED_IN_FLIGHT time(s))" \
    [ "$PUBLISH_KILLED_IN_FLIGHT" -gt 0 ]

  crash_upload throttled
  crash_upload tail

  echo "== after the crashes: a new draft publishes as the next version"
  local last; last="$(tail -n 1 <<<"$BASELINE" | cut -d' ' -f1)"
  generate_numbered_rows "$SMALL_ROWS" "$WORK/after.csv" 3
  upload_draft "$DATASET_ID" "$WORK/after.csv" "after the crashes" 0
  publish_draft "$DATASET_ID" "$DRAFT_ID" 0
  check "version $VERSION_NUMBER published (expected $((last + 1)))" [ "$VERSION_NUMBER" = $((last + 1)) ]
  download_version "$DATASET_ID" "$VERSION_NUMBER" "$WORK/after.download.csv"
  check "version $VERSION_NUMBER: CSV download hashes to its sha256" \
    [ "$(sha_of "$WORK/after.download.csv")" = "$(jq -r '.sha256' "$VERSION_JSON")" ]

  echo "== what happened"
  printf '  %s\n' "${CASES[@]}"
  if ! checks_summary; then
    echo "---- service log of the last start (last 60 lines) ----"
    tail -n 60 "$WORK/service.$STARTS.log"
    exit 1
  fi
}

main "$@"
