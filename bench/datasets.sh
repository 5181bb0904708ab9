#!/usr/bin/env bash
# Dataset versions benchmark on PostgreSQL: publish the 1,002,540 synthetic observations as version 1 of a dataset,
# publish a version 2 that changes 1,000 rows and report how much storage grew; time the full CSV download of
# version 1 against nginx serving the identical file (service under -Xmx256m); filtered records queries with wrk
# (against nginx serving the same bytes, and without the response cache). See bench/README.md.
# Loopback only. By default it works in a scratch database it creates and drops.
set -euo pipefail

# Own default ports, so this bench never collides with another one left running.
PORT="${PORT:-18286}"
NGINX_PORT="${NGINX_PORT:-18287}"
DOWNLOAD_RUNS="${DOWNLOAD_RUNS:-3}"
# 1: ANALYZE the staged rows before each publish. A publish planned before autovacuum has analyzed the million
# staged rows can take far longer (a plan for an almost empty staging table); bench/publish.sh measures the service
# as it is, this bench measures storage, downloads and queries.
ANALYZE_BEFORE_PUBLISH="${ANALYZE_BEFORE_PUBLISH:-1}"
CHANGED_ROWS=1000
LOG_TAG=bench

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KEEP_LOGS_AS=datasets

DS="bench-datasets-$(date -u +%Y%m%d%H%M%S)"
AREA=35.10.01.2001

# Fixed scenario list (measure_scenarios): name|path|extension served by nginx.
scenarios() {
  printf '%s\n' \
    "records_area|/api/v1/datasets/$DS/versions/1/records?area_code=$AREA&limit=100|json" \
    "records_range|/api/v1/datasets/$DS/versions/1/records?value_min=0.25&value_max=0.2501&limit=100|json"
}

# record_table: the quoted name of the dataset's records table (rec_<record_table>; stg_ for its staging table).
record_table() { printf '"%s_%s"' "$1" "$(psql_db -c "SELECT record_table FROM dataset WHERE id = '$DS'")"; }

# record_storage: sets REC_BYTES (pg_total_relation_size of the dataset's records table, with its indexes and
# TOAST), REC_ROWS (its rows) and DB_BYTES (pg_database_size).
record_storage() {
  local t; t="$(record_table rec)"
  read -r REC_BYTES REC_ROWS DB_BYTES < <(psql_db -F ' ' -c "SELECT pg_total_relation_size('$t'),
      (SELECT COUNT(*) FROM $t), pg_database_size(current_database())")
}

# analyze_staged: ANALYZE the dataset's staging and records tables when ANALYZE_BEFORE_PUBLISH=1.
analyze_staged() {
  [[ "$ANALYZE_BEFORE_PUBLISH" == 1 ]] || return 0
  psql_db -c "ANALYZE $(record_table stg)" -c "ANALYZE $(record_table rec)" >/dev/null
}

mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

datasets_main() {
  [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "DURATION must be a positive integer (seconds)"
  [[ "$WARMUP" =~ ^[0-9]+$ ]] || die "WARMUP must be a non-negative integer (seconds)"
  [[ "$DOWNLOAD_RUNS" =~ ^[1-9][0-9]*$ ]] || die "DOWNLOAD_RUNS must be a positive integer"
  cd "$(dirname "$0")/.."
  local root; root="$(pwd)"
  install_traps
  ensure_tools wrk nginx curl jq openssl psql
  WORK="$(mktemp -d -t bench-datasets.XXXXXX)"
  mkdir -p "$WORK/www" "$WORK/wrk"
  use_scratch_postgresql bench_datasets
  build_service
  new_admin_key
  launch_service "$WORK/service.log"

  # 1. version 1: the synthetic observations.
  local villages rows csv
  villages="$(generate_observations dataset "$WORK/gen")"
  csv="$WORK/gen/observations.csv"
  rows=$((SYN_INDICATORS * villages * SYN_MONTHS))
  log "generated $rows synthetic observations ($(($(wc -c <"$csv") / 1000000)) MB)"
  create_dataset "$DS" "synthetic observations (bench/datasets.sh)" "$OBSERVATIONS_SCHEMA"
  record_storage
  local bytes_empty=$REC_BYTES
  upload_draft "$DS" "$csv" "benchmark version 1" 1
  local up1_s=$REQ_SECS up1_peak=$REQ_PEAK
  analyze_staged
  publish_draft "$DS" "$DRAFT_ID" 1
  local pub1_s=$REQ_SECS pub1_peak=$REQ_PEAK v1_sha
  [[ "$VERSION_NUMBER" == 1 && "$(jq -r '.row_count' "$VERSION_JSON")" == "$rows" ]] \
    || die "expected version 1 with $rows rows: $(head -c 400 "$VERSION_JSON")"
  v1_sha="$(jq -r '.sha256' "$VERSION_JSON")"
  log "version 1: upload ${up1_s}s, publish ${pub1_s}s"
  psql_db -c "VACUUM ANALYZE $(record_table rec)" >/dev/null
  record_storage
  local bytes_v1=$REC_BYTES rows_v1=$REC_ROWS db_v1=$DB_BYTES

  # 2. version 2: exactly CHANGED_ROWS rows changed.
  change_rows "$csv" "$WORK/v2.csv" "$CHANGED_ROWS"
  upload_draft "$DS" "$WORK/v2.csv" "benchmark version 2: $CHANGED_ROWS values changed" 1
  local up2_s=$REQ_SECS up2_peak=$REQ_PEAK diff
  diff="$(jq -c '.diff' "$DRAFT_JSON")"
  [[ "$(jq -r '.changed' <<<"$diff")" == "$CHANGED_ROWS" ]] || die "the version 2 draft's diff is $diff, expected $CHANGED_ROWS changed"
  analyze_staged
  publish_draft "$DS" "$DRAFT_ID" 1
  local pub2_s=$REQ_SECS pub2_peak=$REQ_PEAK
  [[ "$VERSION_NUMBER" == 2 ]] || die "expected version 2, got $VERSION_NUMBER"
  record_storage
  local bytes_v2=$REC_BYTES rows_v2=$REC_ROWS db_v2=$DB_BYTES
  psql_db -c "VACUUM ANALYZE $(record_table rec)" >/dev/null
  record_storage
  local bytes_v2_vac=$REC_BYTES
  local row_growth=$((rows_v2 - rows_v1))
  ((row_growth == CHANGED_ROWS)) || log "warning: the records table grew by $row_growth rows for $CHANGED_ROWS changed rows"

  # 3. full CSV download of version 1: service (RSS sampled) against nginx serving the identical file.
  log "downloading version 1 as CSV (reference copy for nginx)"
  download_version "$DS" 1 "$WORK/www/v1.csv"
  [[ "$(sha_of "$WORK/www/v1.csv")" == "$v1_sha" ]] || die "the version 1 download does not hash to its sha256"
  local dl_bytes; dl_bytes="$(wc -c <"$WORK/www/v1.csv")"
  local hwm_before; hwm_before="$(vm_kb "$SERVICE_PID" VmHWM)"
  local svc_url; svc_url="$(api_url "/api/v1/datasets/$DS/versions/1/download?format=csv")"
  local i dl_rows=()
  for i in $(seq "$DOWNLOAD_RUNS"); do
    export_run "svc$i" "$svc_url" /dev/null 1
    [[ "$EXP_CODE" == 200 && "$EXP_BYTES" == "$dl_bytes" ]] || die "download run $i: HTTP $EXP_CODE, $EXP_BYTES bytes (expected 200, $dl_bytes)"
    dl_rows+=("service run $i|$EXP_SECS|$EXP_BYTES|$EXP_PEAK")
  done

  # 3b. the same version written for spreadsheets while it is sent: the Indonesian CSV and the XLSX workbook.
  local variant
  for variant in "spreadsheet=id" "format=xlsx"; do
    for i in $(seq "$DOWNLOAD_RUNS"); do
      export_run "$variant$i" "$(api_url "/api/v1/datasets/$DS/versions/1/download?$variant")" /dev/null 1
      [[ "$EXP_CODE" == 200 ]] || die "$variant download run $i: HTTP $EXP_CODE"
      dl_rows+=("service $variant run $i|$EXP_SECS|$EXP_BYTES|$EXP_PEAK")
    done
  done

  # 4. records queries (measure_scenarios starts nginx, which then also serves v1.csv).
  measure_scenarios
  for i in $(seq "$DOWNLOAD_RUNS"); do
    export_run "nginx$i" "http://$HOST:$NGINX_PORT/v1.csv" /dev/null 0
    [[ "$EXP_CODE" == 200 && "$EXP_BYTES" == "$dl_bytes" ]] || die "nginx download run $i: HTTP $EXP_CODE, $EXP_BYTES bytes"
    dl_rows+=("nginx run $i|$EXP_SECS|$EXP_BYTES|-")
  done
  local hwm_after; hwm_after="$(vm_kb "$SERVICE_PID" VmHWM)"

  # Without the response cache: every request a records query not asked before.
  uncached_lua "$WORK/uncached.lua" "$DS"
  log "records_uncached: service ${DURATION}s, 43,400 distinct URLs"
  # wrk's default 2 s timeout would cut the latency distribution off: slow answers count as socket errors.
  run_wrk "$(api_url /)" "$DURATION" "$WORK/wrk/uncached.txt" --latency --timeout 30s -s "$WORK/uncached.lua"
  local u_rps u_p99 u_non u_sock
  read -r u_rps u_p99 u_non u_sock < <(parse_wrk "$WORK/wrk/uncached.txt")
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during the run"
  local rss_end; rss_end="$(peak_rss "$SERVICE_PID")"

  # 5. report.
  local stamp out
  stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
  mkdir -p "$root/bench/out"
  out="$root/bench/out/datasets-$stamp.txt"
  local ptable stable dtable
  ptable="$(
    {
      echo "step|seconds|rows|rows/s|service peak VmRSS MiB"
      awk -v s="version 1: upload" -v t="$up1_s" -v r="$rows" -v p="$up1_peak" 'BEGIN { printf "%s|%.2f|%d|%.0f|%s\n", s, t, r, r / t, p }'
      awk -v s="version 1: publish" -v t="$pub1_s" -v r="$rows" -v p="$pub1_peak" 'BEGIN { printf "%s|%.2f|%d|%.0f|%s\n", s, t, r, r / t, p }'
      awk -v s="version 2: upload" -v t="$up2_s" -v r="$rows" -v p="$up2_peak" 'BEGIN { printf "%s|%.2f|%d|%.0f|%s\n", s, t, r, r / t, p }'
      awk -v s="version 2: publish" -v t="$pub2_s" -v r="$rows" -v p="$pub2_peak" 'BEGIN { printf "%s|%.2f|%d|%.0f|%s\n", s, t, r, r / t, p }'
    } | format_table
  )"
  stable="$(
    {
      echo "records table|rows of the dataset|pg_total_relation_size MiB|growth MiB|growth bytes per changed row"
      echo "empty (before version 1)|0|$(mib "$bytes_empty")|-|-"
      echo "after version 1 (VACUUM ANALYZE)|$rows_v1|$(mib "$bytes_v1")|$(mib $((bytes_v1 - bytes_empty)))|-"
      echo "after version 2|$rows_v2|$(mib "$bytes_v2")|$(mib $((bytes_v2 - bytes_v1)))|$(((bytes_v2 - bytes_v1) / CHANGED_ROWS))"
      echo "after version 2 and VACUUM ANALYZE|$rows_v2|$(mib "$bytes_v2_vac")|$(mib $((bytes_v2_vac - bytes_v1)))|$(((bytes_v2_vac - bytes_v1) / CHANGED_ROWS))"
    } | format_table
  )"
  local svc_best ngx_best
  svc_best="$(printf '%s\n' "${dl_rows[@]}" | awk -F'|' '$1 ~ /^service run/ && (b == "" || $2 < b) { b = $2 } END { print b }')"
  local sheet_best xlsx_best
  sheet_best="$(printf '%s\n' "${dl_rows[@]}" | awk -F'|' '$1 ~ /^service spreadsheet/ && (b == "" || $2 < b) { b = $2 } END { print b }')"
  xlsx_best="$(printf '%s\n' "${dl_rows[@]}" | awk -F'|' '$1 ~ /^service format=xlsx/ && (b == "" || $2 < b) { b = $2 } END { print b }')"
  ngx_best="$(printf '%s\n' "${dl_rows[@]}" | awk -F'|' '$1 ~ /^nginx/ && (b == "" || $2 < b) { b = $2 } END { print b }')"
  dtable="$(
    {
      echo "download of version 1 (CSV)|seconds|MB|MB/s|rows/s|service peak VmRSS MiB"
      printf '%s\n' "${dl_rows[@]}" | awk -F'|' -v r="$rows" '{ printf "%s|%.2f|%.1f|%.1f|%.0f|%s\n", $1, $2, $3 / 1e6, ($2 > 0 ? $3 / 1e6 / $2 : 0), ($2 > 0 ? r / $2 : 0), $4 }'
    } | format_table
  )"
  {
    echo "Dataset versions benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "service: $(service_command) on $HOST:$PORT; PostgreSQL $(psql_db -c 'SHOW server_version') database $PG_DB_NAME on $PG_DB_HOST:$PG_DB_PORT; nginx $("$(nginx_bin)" -v 2>&1 | sed 's/.*nginx\///') on $HOST:$NGINX_PORT; $(nproc) CPUs"
    echo "dataset $DS: $rows synthetic observations ($SYN_INDICATORS indicators x $villages villages x $SYN_MONTHS months; columns indicator,area_code,period,value; key indicator+area_code+period)"
    echo "version 2 = version 1 with $CHANGED_ROWS values changed; its draft's diff: $diff"
    echo "ANALYZE of the staging and records tables before each publish: $([[ "$ANALYZE_BEFORE_PUBLISH" == 1 ]] && echo yes || echo no) (ANALYZE_BEFORE_PUBLISH)"
    echo
    echo "$ptable"
    echo
    echo "storage: the records table grew by $row_growth rows for $CHANGED_ROWS changed rows (expected $CHANGED_ROWS); database $(mib "$db_v1") -> $(mib "$db_v2") MiB"
    echo "$stable"
    echo
    echo "$dtable"
    echo "download ratio (service/nginx, best of $DOWNLOAD_RUNS each): $(awk -v s="$svc_best" -v n="$ngx_best" 'BEGIN { printf "%.3f", n / s }') (goal >= 0.7); $dl_bytes bytes, sha256 $v1_sha"
    echo "written while sent, best of $DOWNLOAD_RUNS, against nginx sending the CSV: spreadsheet=id $(awk -v s="$sheet_best" -v n="$ngx_best" 'BEGIN { printf "%.3f", n / s }'), format=xlsx $(awk -v s="$xlsx_best" -v n="$ngx_best" 'BEGIN { printf "%.3f", n / s }') (seconds ratio; their bytes differ from the CSV's)"
    echo
    echo "records queries, wrk -t2 -c32 -d${DURATION}s --latency (warm-up ${WARMUP}s), against nginx serving the same bytes:"
    for i in "${!names[@]}"; do echo "  ${names[$i]} = ${paths[$i]}"; done
    scenario_table
    echo
    echo "records queries without the response cache (wrk --timeout 30s -s: every request a new URL, 217 area codes x 20 indicators x limit 91..100):"
    echo "  records_uncached = /api/v1/datasets/$DS/versions/1/records?area_code=<village>&indicator=<syn_NN>&limit=<91..100>"
    echo "  records_uncached: $u_rps req/s, p99 $u_p99 ms, non-2xx $u_non, socket errors $u_sock"
    echo
    echo "service VmHWM: ${hwm_before} MiB before the downloads, ${hwm_after} MiB after them; at the end: $rss_end"
  } | tee "$out"
  { echo; raw_wrk_output; echo "== records_uncached (service)"; cat "$WORK/wrk/uncached.txt"; } >>"$out"
  log "written to ${out#"$root"/}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  datasets_main "$@"
fi
