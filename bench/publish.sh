#!/usr/bin/env bash
# Publishing benchmark: upload (validation) and publish of a 1,002,540-row CSV version through the API of the service
# on PostgreSQL (SERVICE_DB=h2: on the embedded H2 database) under -Xmx256m, with its peak memory, against
# PostgreSQL's own \copy of the same file into a plain table with the same columns and into one with the primary
# key, on the same machine (the ceiling). See bench/README.md.
# Loopback only. By default it works in a scratch database it creates and drops.
set -euo pipefail

PORT="${PORT:-18284}"
LOG_TAG=bench

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KEEP_LOGS_AS=publish

COPY_TABLE="bench_copy_$$"

drop_copy_tables() {
  [[ -n "${PG_DB_NAME:-}" ]] || return 0
  psql_db -c "DROP TABLE IF EXISTS ${COPY_TABLE}, ${COPY_TABLE}_pk" >/dev/null 2>&1 || true
}

# pg_copy TABLE: times psql's \copy of the CSV into TABLE; sets COPY_S.
pg_copy() {
  local t0 n
  t0="$(now)"
  psql_db -c "\\copy $1 (indicator, area_code, period, value) FROM '$CSV' WITH (FORMAT csv, HEADER true)" \
    || die "\\copy into $1 failed"
  COPY_S="$(elapsed "$t0")"
  n="$(psql_db -c "SELECT COUNT(*) FROM $1")"
  [[ "$n" == "$ROWS" ]] || die "\\copy loaded $n rows into $1, expected $ROWS"
}

publish_main() {
  cd "$(dirname "$0")/.."
  local root; root="$(pwd)"
  install_traps
  ensure_tools curl jq openssl psql
  WORK="$(mktemp -d -t bench-publish.XXXXXX)"
  use_scratch_postgresql bench_publish
  CLEANUP_HOOKS=(drop_copy_tables "${CLEANUP_HOOKS[@]}")
  if [[ "${SERVICE_DB:-postgresql}" == h2 ]]; then
    # The service on H2 in a data directory of its own; PostgreSQL stays the \copy reference.
    export OPENDATA_DB_KIND=h2
    unset OPENDATA_DB_URL
    DATA_DIR="$WORK/h2"
  fi
  build_service
  new_admin_key
  launch_service "$WORK/service.log"

  log "generating the synthetic observations (generate_observations dataset)"
  local t0 villages gen_s
  t0="$(now)"
  villages="$(generate_observations dataset "$WORK/gen")"
  gen_s="$(elapsed "$t0")"
  CSV="$WORK/gen/observations.csv"
  ROWS=$((SYN_INDICATORS * villages * SYN_MONTHS))
  local bytes; bytes="$(wc -c <"$CSV")"
  log "generated $ROWS rows, $((bytes / 1000000)) MB in ${gen_s}s"

  # The ceiling: the same file into a plain table with the same columns, and into one with the primary key; first,
  # while the service is idle (after a publish it writes the version's files in the background).
  psql_db -c "CREATE TABLE $COPY_TABLE (indicator VARCHAR(2000), area_code VARCHAR(2000), period VARCHAR(2000),
                                        value NUMERIC(30, 10))" >/dev/null
  log "PostgreSQL: \\copy into a plain table"
  pg_copy "$COPY_TABLE"
  local copy_s=$COPY_S
  psql_db -c "CREATE TABLE ${COPY_TABLE}_pk (indicator VARCHAR(2000), area_code VARCHAR(2000), period VARCHAR(2000),
                value NUMERIC(30, 10), PRIMARY KEY (indicator, area_code, period))" >/dev/null
  log "PostgreSQL: \\copy into a table with the primary key"
  pg_copy "${COPY_TABLE}_pk"
  local copy_pk_s=$COPY_S
  drop_copy_tables

  local ds; ds="bench-publish-$(date -u +%Y%m%d%H%M%S)"
  create_dataset "$ds" "synthetic observations (bench/publish.sh)" "$OBSERVATIONS_SCHEMA"
  local hwm0; hwm0="$(vm_kb "$SERVICE_PID" VmHWM)"

  log "upload: POST /api/v1/datasets/$ds/drafts ($ROWS rows, RSS sampled every 0.2 s)"
  upload_draft "$ds" "$CSV" "benchmark version 1" 1
  local up_s=$REQ_SECS up_peak=$REQ_PEAK draft_rows
  draft_rows="$(jq -r '.row_count' "$DRAFT_JSON")"
  [[ "$draft_rows" == "$ROWS" ]] || die "the draft has row_count $draft_rows, expected $ROWS"
  log "upload: ${up_s}s, peak RSS ${up_peak} MiB"

  log "publish: POST /api/v1/datasets/$ds/drafts/$DRAFT_ID/publish"
  publish_draft "$ds" "$DRAFT_ID" 1
  local pub_s=$REQ_SECS pub_peak=$REQ_PEAK version_rows
  version_rows="$(jq -r '.row_count' "$VERSION_JSON")"
  [[ "$version_rows" == "$ROWS" ]] || die "version $VERSION_NUMBER has row_count $version_rows, expected $ROWS"
  log "publish: ${pub_s}s, peak RSS ${pub_peak} MiB"
  local hwm1; hwm1="$(vm_kb "$SERVICE_PID" VmHWM)"
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during the run"


  local stamp out table
  stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
  mkdir -p "$root/bench/out"
  out="$root/bench/out/publish-$stamp.txt"
  row() { # step seconds peak (the step through the environment: awk -v would read its backslashes as escapes)
    STEP="$1" awk -v t="$2" -v c="$copy_s" -v r="$ROWS" -v p="$3" 'BEGIN {
      printf "%s|%.2f|%.0f|%.3f|%s\n", ENVIRON["STEP"], t, (t > 0 ? r / t : 0), (t > 0 ? c / t : 0), p }'
  }
  table="$(
    {
      echo "step|seconds|rows/s|ratio to COPY (rows/s)|service peak VmRSS MiB"
      row "upload (stream, validate, stage, diff)" "$up_s" "$up_peak"
      row "publish" "$pub_s" "$pub_peak"
      row "upload + publish" "$(awk -v a="$up_s" -v b="$pub_s" 'BEGIN { print a + b }')" \
        "$(awk -v a="$up_peak" -v b="$pub_peak" 'BEGIN { print (a + 0 > b + 0 ? a : b) }')"
      row "PostgreSQL \\copy, plain table" "$copy_s" "-"
      row "PostgreSQL \\copy, table with primary key" "$copy_pk_s" "-"
    } | format_table
  )"
  {
    echo "Publishing benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "service: $(service_command) on $HOST:$PORT on ${OPENDATA_DB_KIND}; PostgreSQL $(psql_db -c 'SHOW server_version') database $PG_DB_NAME on $PG_DB_HOST:$PG_DB_PORT (the service's database unless on h2, and \\copy's); $(nproc) CPUs"
    echo "data: $ROWS synthetic observations ($SYN_INDICATORS indicators x $villages villages x $SYN_MONTHS months), columns indicator,area_code,period,value, key (indicator, area_code, period); $bytes bytes of CSV, generated in ${gen_s}s"
    echo "  dataset $ds: draft $DRAFT_ID, version $VERSION_NUMBER, row_count $version_rows, sha256 $(jq -r '.sha256' "$VERSION_JSON")"
    echo "  upload = POST /api/v1/datasets/{id}/drafts (text/csv, streamed by curl -T); publish = POST …/drafts/{draft}/publish"
    echo "  ratio to COPY = COPY's seconds / the step's seconds (1.0 = as fast as \\copy into a plain table)"
    echo
    echo "$table"
    echo
    echo "service VmHWM: ${hwm0} MiB before the upload, ${hwm1} MiB after the publish (-Xmx$SERVICE_XMX)"
  } | tee "$out"
  {
    echo
    echo "---- draft response ----"; jq . "$DRAFT_JSON"
    echo "---- version response ----"; jq . "$VERSION_JSON"
  } >>"$out"
  log "written to ${out#"$root"/}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  publish_main "$@"
fi
