#!/usr/bin/env bash
# Records benchmark on PostgreSQL: filtered records queries that no cache has answered (every request a new URL,
# area_code x indicator x limit over the 1,002,540 synthetic observations published as version 1 of a dataset),
# against pgbench running the statement the service issues for those requests, in the same database in the same
# run (once before and once after the service's run, so that a machine whose speed drifts is compared with the mean
# of both); and one repeated URL that the response cache answers, with and without Accept-Encoding: gzip. The service
# runs under -Xmx256m; its peak RSS is reported. See bench/README.md. Loopback only. By default it works in a scratch database it creates and drops.
set -euo pipefail

PORT="${PORT:-18290}"
NGINX_PORT="${NGINX_PORT:-18291}"
LOG_TAG=bench

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KEEP_LOGS_AS=records

DS="bench-records-$(date -u +%Y%m%d%H%M%S)"

# pgbench_script FILE TABLE: one pgbench transaction per request of uncached_lua: it picks area and indicator,
# then runs the service's records statement for them with the same bound parameters (version 1; the sort-key range
# of the fixed key prefix indicator|area_code|; limit + 1 rows). The first statement only looks up the pair's values.
pgbench_script() {
  local table=$2
  psql_db -c "DROP TABLE IF EXISTS bench_pairs" -c "CREATE TABLE bench_pairs (n INTEGER PRIMARY KEY, area TEXT,
      indicator TEXT, lo TEXT, hi TEXT)" >/dev/null
  awk -F',' -v nind="$SYN_INDICATORS" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "code") c = i; next }
      $0 != "" { codes[n++] = $c }
      END { for (k = 1; k <= nind; k++) for (v = 0; v < n; v++) printf "%d,%s,syn_%02d\n", (k - 1) * n + v, codes[v], k }' \
    data-seed/35.10-banyuwangi/villages.csv >"$WORK/pairs.csv"
  psql_db -c "CREATE TEMP TABLE p (n INTEGER, area TEXT, indicator TEXT)" \
    -c "\\copy p FROM '$WORK/pairs.csv' WITH (FORMAT csv)" \
    -c "INSERT INTO bench_pairs SELECT n, area, indicator, encode(convert_to(indicator || '|' || area || '|', 'UTF8'),
        'hex'), encode(convert_to(indicator || '|' || area || '|', 'UTF8'), 'hex') || 'g' FROM p" >/dev/null
  cat >"$1" <<EOF
\\set n random(0, $((SYN_INDICATORS * 217 - 1)))
\\set limit random(91, 100)
SELECT area, indicator, lo, hi FROM bench_pairs WHERE n = :n \\gset
SELECT record_key, sort_key, geometry, search_text, "f_indicator", "f_area_code", "f_period", "f_value", "x_value" FROM $table WHERE first_version <= 1 AND (last_version IS NULL OR last_version >= 1) AND ("f_area_code" IN (:area)) AND ("f_indicator" IN (:indicator)) AND sort_key >= :lo AND sort_key < :hi ORDER BY sort_key ASC LIMIT :limit + 1 OFFSET 0;
EOF
}

# pgbench_rate FILE SCRIPT: runs pgbench (32 clients, 2 threads, DURATION s) and sets PGB_TPS and PGB_LAT (ms).
pgbench_rate() {
  PGPASSWORD="${OPENDATA_DB_PASSWORD:-}" pgbench -n -M prepared -c 32 -j 2 -T "$DURATION" -f "$2" \
    -h "$PG_DB_HOST" -p "$PG_DB_PORT" -U "$OPENDATA_DB_USER" "$PG_DB_NAME" >"$1" 2>&1 \
    || { cat "$1" >&2; die "pgbench failed"; }
  PGB_TPS="$(awk '/^tps = / { print $3 }' "$1")"
  PGB_LAT="$(awk '/^latency average = / { print $4 }' "$1")"
}

records_main() {
  [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "DURATION must be a positive integer (seconds)"
  cd "$(dirname "$0")/.."
  local root; root="$(pwd)"
  install_traps
  ensure_tools wrk curl jq openssl psql pgbench
  WORK="$(mktemp -d -t bench-records.XXXXXX)"
  mkdir -p "$WORK/wrk"
  use_scratch_postgresql bench_records
  CLEANUP_HOOKS=(drop_pairs "${CLEANUP_HOOKS[@]}")
  build_service
  new_admin_key
  DATA_DIR="$WORK/data"
  launch_service "$WORK/service.log"

  local villages rows
  villages="$(generate_observations dataset "$WORK/gen")"
  rows=$((SYN_INDICATORS * villages * SYN_MONTHS))
  create_dataset "$DS" "synthetic observations (bench/records.sh)" "$OBSERVATIONS_SCHEMA"
  upload_draft "$DS" "$WORK/gen/observations.csv" "benchmark version 1" 1
  local up_s=$REQ_SECS up_peak=$REQ_PEAK
  publish_draft "$DS" "$DRAFT_ID" 1
  local pub_s=$REQ_SECS pub_peak=$REQ_PEAK
  [[ "$(jq -r '.row_count' "$VERSION_JSON")" == "$rows" ]] || die "version 1 does not have $rows rows"
  log "version 1: $rows rows, upload ${up_s}s, publish ${pub_s}s"
  local table; table="\"rec_$(psql_db -c "SELECT record_table FROM dataset WHERE id = '$DS'")\""
  psql_db -c "VACUUM ANALYZE $table" >/dev/null
  # After publishing, the service writes the version's CSV and gzip files in the background; the queries are
  # measured once it is done, so that they do not share the CPU with it.
  local waited=0
  until compgen -G "$DATA_DIR/downloads/$DS/v1-*.csv.gz" >/dev/null; do
    ((waited < 300)) || die "the files of version 1 were not written within 300 s of publishing"
    sleep 1; waited=$((waited + 1))
  done
  log "the files of version 1 were written ${waited}s after the publish returned"

  # The service without its response cache: every request a URL not asked before (the warm-up asks others).
  uncached_lua "$WORK/warmup.lua" "$DS" 90
  uncached_lua "$WORK/uncached.lua" "$DS" 100
  if ((WARMUP > 0)); then
    log "warm-up ${WARMUP}s (limits 81..90)"
    run_wrk "$(api_url /)" "$WARMUP" "$WORK/wrk/warmup.txt" --timeout 30s -s "$WORK/warmup.lua"
  fi
  pgbench_script "$WORK/records.sql" "$table"
  log "pgbench before the service: the same statement, ${DURATION}s, 32 clients"
  pgbench_rate "$WORK/pgbench-before.txt" "$WORK/records.sql"
  local pb_tps=$PGB_TPS pb_lat=$PGB_LAT

  log "records_uncached: service ${DURATION}s, 43,400 distinct URLs"
  local mark; mark="$(cpu_mark "$SERVICE_PID")"
  run_wrk "$(api_url /)" "$DURATION" "$WORK/wrk/uncached.txt" --latency --timeout 30s -s "$WORK/uncached.lua"
  local u_busy u_cpu
  read -r u_busy u_cpu < <(cpu_used "$mark" "$(cpu_mark "$SERVICE_PID")")
  local u_rps u_p99 u_non u_sock
  read -r u_rps u_p99 u_non u_sock < <(parse_wrk "$WORK/wrk/uncached.txt")

  log "pgbench after the service: the same statement, ${DURATION}s, 32 clients"
  mark="$(cpu_mark "$SERVICE_PID")"
  pgbench_rate "$WORK/pgbench-after.txt" "$WORK/records.sql"
  local p_busy p_cpu; read -r p_busy p_cpu < <(cpu_used "$mark" "$(cpu_mark "$SERVICE_PID")")
  local pa_tps=$PGB_TPS pa_lat=$PGB_LAT
  local p_mean; p_mean="$(awk -v a="$pb_tps" -v b="$pa_tps" 'BEGIN { printf "%.1f", (a + b) / 2 }')"

  # The response cache: one URL asked again and again.
  local cached; cached="$(api_url "/api/v1/datasets/$DS/versions/1/records?area_code=35.10.01.2001&indicator=syn_01&limit=100")"
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$cached")" == 200 ]] || die "the cached scenario does not answer 200"
  run_wrk "$cached" "$DURATION" "$WORK/wrk/cached.txt" --latency
  local c_rps c_p99 c_non c_sock
  read -r c_rps c_p99 c_non c_sock < <(parse_wrk "$WORK/wrk/cached.txt")
  # The same URL for clients that accept gzip: the cache's compressed variant, made once.
  local plain_bytes gzip_bytes
  plain_bytes="$(curl -s "$cached" | wc -c)"
  gzip_bytes="$(curl -s -H 'Accept-Encoding: gzip' "$cached" | wc -c)"
  run_wrk "$cached" "$DURATION" "$WORK/wrk/cached-gzip.txt" --latency -H 'Accept-Encoding: gzip'
  local z_rps z_p99 z_non z_sock
  read -r z_rps z_p99 z_non z_sock < <(parse_wrk "$WORK/wrk/cached-gzip.txt")
  local hwm; hwm="$(vm_kb "$SERVICE_PID" VmHWM)"
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during the run"

  local stamp out
  stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
  mkdir -p "$root/bench/out"
  out="$root/bench/out/records-$stamp.txt"
  {
    echo "Records benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "service: $(service_command) on $HOST:$PORT; PostgreSQL $(psql_db -c 'SHOW server_version') database $PG_DB_NAME; $(nproc) CPUs"
    echo "data: $rows synthetic observations, version 1 of $DS (table $table): upload ${up_s}s (peak RSS ${up_peak} MiB), publish ${pub_s}s (peak RSS ${pub_peak} MiB)"
    echo
    echo "uncached records queries (wrk -t2 -c32 -d${DURATION}s --timeout 30s, every request a new URL: 217 areas x 20 indicators x limit 91..100):"
    echo "  service: $u_rps req/s, p99 $u_p99 ms, non-2xx $u_non, socket errors $u_sock"
    echo "  pgbench (the same statement and parameters, -M prepared -c32 -j2): before the service $pb_tps tps, latency"\
      "average $pb_lat ms; after it $pa_tps tps, $pa_lat ms; mean $p_mean tps"
    echo "  ratio service / pgbench: $(ratio "$u_rps" "$p_mean") (to the run before: $(ratio "$u_rps" "$pb_tps"),"\
      "to the run after: $(ratio "$u_rps" "$pa_tps"))"
    echo "  CPU-seconds of the $(nproc) CPUs x ${DURATION}s: during the service run the machine was busy ${u_busy}s, the service"\
      "${u_cpu}s of it ($(awk -v c="$u_cpu" -v r="$u_rps" -v d="$DURATION" 'BEGIN { printf "%.2f", c * 1000 / (r * d) }') ms"\
      "per request; the rest is PostgreSQL and wrk); during pgbench after it ${p_busy}s (PostgreSQL and pgbench; the idle"\
      "service ${p_cpu}s)"
    echo
    echo "cached records query (one URL, wrk -t2 -c32 -d${DURATION}s): $c_rps req/s, p99 $c_p99 ms, non-2xx $c_non, socket errors $c_sock"
    echo "  with Accept-Encoding: gzip ($gzip_bytes bytes instead of $plain_bytes): $z_rps req/s, p99 $z_p99 ms, non-2xx $z_non, socket errors $z_sock"
    echo "  ratio gzip / identity: $(ratio "$z_rps" "$c_rps")"
    echo "service VmHWM after the run: $hwm MiB (-Xmx$SERVICE_XMX)"
  } | tee "$out"
  { echo; echo "== uncached (service)"; cat "$WORK/wrk/uncached.txt"; echo "== pgbench before"; cat "$WORK/pgbench-before.txt"
    echo "== pgbench after"; cat "$WORK/pgbench-after.txt"
    echo "== pgbench script"; cat "$WORK/records.sql"; echo "== cached (service)"; cat "$WORK/wrk/cached.txt"
    echo "== cached, gzip (service)"; cat "$WORK/wrk/cached-gzip.txt"; } >>"$out"
  log "written to ${out#"$root"/}"
}

drop_pairs() {
  [[ -n "${PG_DB_NAME:-}" ]] || return 0
  psql_db -c "DROP TABLE IF EXISTS bench_pairs" >/dev/null 2>&1 || true
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  records_main "$@"
fi
