#!/usr/bin/env bash
# Indicators benchmark: the indicator endpoints of the Banyuwangi Open Data API over about one million synthetic
# observations, against nginx serving the very same response bytes, plus the CSV export. See bench/README.md.
# Loopback only; every phase has a bounded duration. The synthetic data exists only in a temporary data directory.
set -euo pipefail

# Own default ports, so this bench never collides with a bench/run.sh left running.
PORT="${PORT:-18082}"
NGINX_PORT="${NGINX_PORT:-18083}"
EXPORT_TIMEOUT="${EXPORT_TIMEOUT:-600}"
LOAD_TIMEOUT="${LOAD_TIMEOUT:-1200}"

# Reuse the helpers of bench/run.sh (it runs its own main only when executed, not when sourced): log, die,
# cleanup, ensure_tools, nginx_bin, port_in_use, build_service, start_nginx, fetch_scenario, check_nginx_copy,
# run_wrk, parse_wrk, format_table, peak_rss. It also reads DURATION, WARMUP and SKIP_BUILD.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/run.sh
source "$BENCH_DIR/run.sh"

# ---- synthetic data shape -----------------------------------------------------------------------------------
SYN_INDICATORS=20        # syn_01 .. syn_20
SYN_MONTHS=231           # 2006-01 .. 2025-03; 20 x 217 x 231 = 1,002,540 rows
SYN_FIRST_YEAR=2006
SYN_SEED=20060101        # seed of the Park-Miller generator (x = 16807 x mod 2^31-1): same data on every run
SYN_SOURCE=SYNTHETIC_BENCH

# Fixed scenario list: name|path|extension served by nginx (decides its Content-Type).
scenarios() {
  printf '%s\n' \
    "observations_page|/api/v1/observations?indicator=syn_07&period=2015-06&limit=100|json" \
    "summary_by_district|/api/v1/indicators/syn_07/summary?by=district&period=2015-06|json" \
    "village_profile|/api/v1/villages/35.10.01.2001/profile|json"
}
EXPORT_PATH="/api/v1/observations/download?format=csv&status=synthetic"

SAMPLER_PID=""
H2_JAR=""

indicators_cleanup() {
  local rc=$?
  set +e # under errexit the '(exit "$rc")' below would end the trap before cleanup ran
  if [[ -n "$SAMPLER_PID" ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
  fi
  if ((rc != 0)) && [[ -n "$WORK" ]] && compgen -G "$WORK/*.log" >/dev/null; then
    # Keep the logs of a failed run for diagnosis (bench/out is git-ignored); never the data.
    local keep
    keep="$BENCH_DIR/out/indicators-failed-$(date -u +%Y-%m-%dT%H%M%SZ)"
    mkdir -p "$keep" && cp "$WORK"/*.log "$WORK"/load.sql "$keep"/ 2>/dev/null
    [[ -d "$keep" ]] && printf '[bench] logs of the failed run kept in %s\n' "bench/${keep#"$BENCH_DIR/"}" >&2
  fi
  (exit "$rc")
  cleanup # from run.sh: stops nginx and the service, removes $WORK and $DATA_DIR, exits with rc
}

now() { printf '%s' "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# start_on_data_dir LOGFILE: starts the service on $DATA_DIR and waits for /q/health/ready = 200.
start_on_data_dir() {
  local logfile=$1 start code
  port_in_use "$PORT" && die "port $PORT is already in use (set PORT)"
  log "starting service on $HOST:$PORT (OPENDATA_DATA_DIR=$DATA_DIR)"
  OPENDATA_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$PORT" \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >"$logfile" 2>&1 &
  SERVICE_PID=$!
  start=$SECONDS
  while :; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      tail -n 40 "$logfile" >&2 || true
      die "service exited during start-up"
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$PORT/q/health/ready" || true)"
    [[ "$code" == "200" ]] && break
    if ((SECONDS - start >= READY_TIMEOUT)); then
      tail -n 40 "$logfile" >&2 || true
      die "service not ready after ${READY_TIMEOUT}s (last /q/health/ready status: ${code:-none})"
    fi
    sleep 1
  done
  READY_SECONDS=$((SECONDS - start))
  log "service ready after ${READY_SECONDS}s (pid $SERVICE_PID)"
}

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

# h2_value SQL: runs one query against $DATA_DIR/opendata (service stopped) and prints the first column of
# the first row. H2's Shell exits 0 even on SQL errors, so its output is checked.
h2_value() {
  local res
  res="$(timeout 120 java -cp "$H2_JAR" org.h2.tools.Shell -url "$(h2_url)" -user sa -password "" -sql "$1" 2>&1)" \
    || { printf '%s\n' "$res" >&2; return 1; }
  if [[ "$res" == Error:* ]]; then printf '%s\n' "$res" >&2; return 1; fi
  awk 'NR == 2 { print $1; exit }' <<<"$res"
}

# The service's database; IFEXISTS so that a wrong path fails instead of creating an empty database.
h2_url() { printf 'jdbc:h2:file:%s/opendata;IFEXISTS=TRUE' "$DATA_DIR"; }

# generate_csv DIR: one CSV per indicator (header row + villages x months rows), deterministic.
generate_csv() {
  local dir=$1
  mkdir -p "$dir"
  awk -F',' -v dir="$dir" -v nind="$SYN_INDICATORS" -v months="$SYN_MONTHS" -v y0="$SYN_FIRST_YEAR" \
      -v seed="$SYN_SEED" '
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
      for (k = 1; k <= nind; k++) {
        ind = sprintf("syn_%02d", k)
        f = dir "/" ind ".csv"
        print "indicator_code,area_code,district_code,period,period_start,period_end,value_number" > f
        for (m = 0; m < months; m++) {
          y = y0 + int(m / 12); mo = m % 12 + 1
          last = mdays[mo]
          if (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) last = 29
          p = sprintf("%04d-%02d", y, mo)
          for (v = 1; v <= n; v++) {
            x = (16807 * x) % 2147483647          # exact in doubles: 16807 * 2^31 < 2^53
            printf "%s,%s,%s,%s,%s-01,%s-%02d,0.%04d\n", ind, code[v], dist[v], p, p, p, last, int(x * 10000 / 2147483647) > f
          }
        }
        close(f)
      }
      print n
    }' data-seed/villages.csv
}

# write_load_sql CSV_DIR OUT
write_load_sql() {
  local dir=$1 out=$2 k nn
  {
    echo "-- generated by bench/indicators.sh; synthetic benchmark data only"
    echo "INSERT INTO source (id, description, publisher, repository_or_site, path_or_url, version, licence, status)"
    echo "  VALUES ('$SYN_SOURCE', 'Synthetic observations generated by bench/indicators.sh for load testing; not real data',"
    echo "          'bench/indicators.sh', NULL, NULL, NULL, 'CC0-1.0', 'SYNTHETIC');"
    echo "INSERT INTO indicator (code, name_id, name_en, description_id, description_en, units, value_type, levels,"
    echo "                       village_types, frequency, method_id, method_en, rollup, min_value, max_value, synthetic) VALUES"
    for ((k = 1; k <= SYN_INDICATORS; k++)); do
      nn="$(printf '%02d' "$k")"
      printf "  ('syn_%s', 'Indikator sintetis %s', 'Synthetic indicator %s',\n" "$nn" "$nn" "$nn"
      printf "   'Data sintetis untuk uji beban (bench/indicators.sh); bukan data nyata',\n"
      printf "   'Synthetic benchmark data (bench/indicators.sh); not real data',\n"
      printf "   'index_0_1', 'NUMBER', 'village', 'desa,kelurahan', 'monthly', NULL, NULL, 'MEAN', 0, 1, TRUE)%s\n" \
        "$( ((k < SYN_INDICATORS)) && echo , || echo ';')"
    done
    for ((k = 1; k <= SYN_INDICATORS; k++)); do
      nn="$(printf '%02d' "$k")"
      cat <<EOF
INSERT INTO observation (indicator_code, area_code, area_level, district_code, period, period_start, period_end,
                         value_number, category, unit, source_id, status, note)
  SELECT indicator_code, area_code, 'VILLAGE', district_code, period, CAST(period_start AS DATE),
         CAST(period_end AS DATE), CAST(value_number AS NUMERIC(20, 6)), NULL, 'index_0_1', '$SYN_SOURCE',
         'SYNTHETIC', NULL
  FROM CSVREAD('$dir/syn_$nn.csv', NULL, 'charset=UTF-8');
EOF
    done
  } >"$out"
}

# sample_rss PID OUTFILE: VmRSS (kB) every 0.2 s until killed or the process ends.
sample_rss() {
  while kill -0 "$1" 2>/dev/null; do
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" >>"$2" 2>/dev/null || true
    sleep 0.2
  done
}

max_kb() { awk 'BEGIN { m = 0 } $1 + 0 > m { m = $1 + 0 } END { printf "%.1f", m / 1024 }' "$1"; }
vm_kb() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo n/a; }

# export_run LABEL URL OUTFILE SAMPLE(0|1): sets EXP_CODE, EXP_SECS, EXP_BYTES and EXP_PEAK (peak VmRSS of the
# service in MiB while the request ran, sampled every 0.2 s; n/a without sampling).
export_run() {
  local label=$1 url=$2 file=$3 sample=$4 res
  EXP_PEAK=n/a
  if [[ "$sample" == 1 ]]; then
    : >"$WORK/rss.$label"
    sample_rss "$SERVICE_PID" "$WORK/rss.$label" </dev/null >/dev/null 2>&1 &
    SAMPLER_PID=$!
  fi
  res="$(curl -sS -o "$file" -w '%{http_code} %{time_total} %{size_download}' --max-time "$EXPORT_TIMEOUT" "$url" \
    || true)"
  if [[ -n "$SAMPLER_PID" ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
    EXP_PEAK="$(max_kb "$WORK/rss.$label")"
  fi
  read -r EXP_CODE EXP_SECS EXP_BYTES <<<"${res:-000 0 0}"
}

# load_synthetic: generates the CSV under $WORK/gen and loads it into $DATA_DIR/opendata (service stopped).
# Sets VILLAGES, ROWS_EXPECTED, GEN_S, LOAD_S, COMPACT_S, PRE_SYNTHETIC, DB_SYNTHETIC, DB_SIZE_LOADED, DB_SIZE.
load_synthetic() {
  local t0 db_bench
  log "generating synthetic CSV ($SYN_INDICATORS indicators x villages x $SYN_MONTHS months, seed $SYN_SEED)"
  t0="$(now)"
  VILLAGES="$(generate_csv "$WORK/gen")" || die "generating the synthetic CSV failed"
  GEN_S="$(elapsed "$t0")"
  ROWS_EXPECTED=$((SYN_INDICATORS * VILLAGES * SYN_MONTHS))
  log "generated $ROWS_EXPECTED rows ($SYN_INDICATORS x $VILLAGES x $SYN_MONTHS) in ${GEN_S}s, $(du -sh "$WORK/gen" | cut -f1)"
  write_load_sql "$WORK/gen" "$WORK/load.sql"

  PRE_SYNTHETIC="$(h2_value "SELECT COUNT(*) FROM observation WHERE status = 'SYNTHETIC'")" \
    || die "cannot read table observation in $DATA_DIR/opendata (does the jar include the indicator migration?)"
  [[ "$PRE_SYNTHETIC" =~ ^[0-9]+$ ]] || die "cannot count observations before the load (got '${PRE_SYNTHETIC}')"

  log "loading into jdbc:h2:file:$DATA_DIR/opendata with $(basename "$H2_JAR") RunScript"
  t0="$(now)"
  timeout "$LOAD_TIMEOUT" java -Xmx1g -cp "$H2_JAR" org.h2.tools.RunScript \
    -url "$(h2_url)" -user sa -password "" -script "$WORK/load.sql" >"$WORK/load.log" 2>&1 \
    || { tail -n 30 "$WORK/load.log" >&2; die "loading the synthetic data failed"; }
  LOAD_S="$(elapsed "$t0")"
  DB_SYNTHETIC="$(h2_value "SELECT COUNT(*) FROM observation WHERE status = 'SYNTHETIC'")" || DB_SYNTHETIC=""
  db_bench="$(h2_value "SELECT COUNT(*) FROM observation WHERE source_id = '$SYN_SOURCE'")" || db_bench=""
  [[ "$DB_SYNTHETIC" =~ ^[0-9]+$ ]] || die "cannot count the observations after the load (got '${DB_SYNTHETIC}')"
  log "loaded in ${LOAD_S}s; SELECT COUNT(*) FROM observation WHERE status='SYNTHETIC' -> $DB_SYNTHETIC"
  [[ "$db_bench" == "$ROWS_EXPECTED" ]] || die "load incomplete: $db_bench rows from $SYN_SOURCE, expected $ROWS_EXPECTED"
  ((PRE_SYNTHETIC == 0)) || log "note: the seed already had $PRE_SYNTHETIC SYNTHETIC observations"
  DB_SIZE_LOADED="$(du -sh "$DATA_DIR" | cut -f1)"
  rm -rf "$WORK/gen"

  # The bulk insert leaves the MVStore file mostly garbage (about 1.2 GB); compact it once, as a
  # maintenance window would, so the service opens a file of realistic size.
  local res
  log "compacting the database (SHUTDOWN COMPACT)"
  t0="$(now)"
  res="$(timeout "$LOAD_TIMEOUT" java -Xmx1g -cp "$H2_JAR" org.h2.tools.Shell -url "$(h2_url)" -user sa -password "" \
    -sql "SHUTDOWN COMPACT" 2>&1)" || { printf '%s\n' "$res" >&2; die "SHUTDOWN COMPACT failed"; }
  # Shell reports the connection it can no longer close after SHUTDOWN; anything else is an error.
  if [[ "$res" == *Error:* && "$res" != *"Database is already closed"* ]]; then
    printf '%s\n' "$res" >&2; die "SHUTDOWN COMPACT failed"
  fi
  COMPACT_S="$(elapsed "$t0")"
  DB_SIZE="$(du -sh "$DATA_DIR" | cut -f1)"
  db_bench="$(h2_value "SELECT COUNT(*) FROM observation WHERE source_id = '$SYN_SOURCE'")" || db_bench=""
  [[ "$db_bench" == "$ROWS_EXPECTED" ]] || die "after compaction: $db_bench rows from $SYN_SOURCE, expected $ROWS_EXPECTED"
  SEED_SETS_AFTER_LOAD="$(h2_value "SELECT COUNT(*) FROM seed_load")" || SEED_SETS_AFTER_LOAD="?"
  log "compacted in ${COMPACT_S}s: data dir $DB_SIZE_LOADED -> $DB_SIZE"
}

# --- main --------------------------------------------------------------------------------------------
indicators_main() {
  [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "DURATION must be a positive integer (seconds)"
  [[ "$WARMUP" =~ ^[0-9]+$ ]] || die "WARMUP must be a non-negative integer (seconds)"
  cd "$BENCH_DIR/.."
  local root; root="$(pwd)"
  trap indicators_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_tools
  WORK="$(mktemp -d -t bench-indicators.XXXXXX)"
  mkdir -p "$WORK/www" "$WORK/wrk" "$WORK/gen"
  build_service
  H2_JAR="$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -n 1 || true)"
  [[ -n "$H2_JAR" ]] || die "no H2 jar in target/quarkus-app/lib/main"

  # 1. fresh data dir; the first start migrates the schema and loads the real seed.
  DATA_DIR="$(mktemp -d -t bench-indicators-data.XXXXXX)"
  start_on_data_dir "$WORK/service.first.log"
  local first_ready=$READY_SECONDS
  stop_service
  # Every seed set the first start reports as loaded must be on disk after its shutdown.
  local sets_logged sets_stored
  sets_logged="$(grep -c 'Loaded seed set' "$WORK/service.first.log" || true)"
  sets_stored="$(h2_value "SELECT COUNT(*) FROM seed_load")" || die "cannot read seed_load in $DATA_DIR/opendata"
  log "first start: $sets_logged seed sets loaded, $sets_stored recorded in seed_load after shutdown"
  ((sets_stored >= sets_logged)) \
    || die "the service logged $sets_logged seed sets as loaded but only $sets_stored are on disk after SIGTERM (lost commits)"

  # 2. synthetic data: generate CSV, load with H2 RunScript.
  load_synthetic

  # 3. second start on the same data dir: nothing must be migrated or reloaded.
  start_on_data_dir "$WORK/service.second.log"
  local second_ready=$READY_SECONDS
  if grep -qE 'Loaded seed set|Migrating schema' "$WORK/service.second.log"; then
    grep -E 'Loaded seed set|Migrating schema' "$WORK/service.second.log" >&2
    die "the second start migrated or reloaded data (seed_load held $SEED_SETS_AFTER_LOAD rows after the load)"
  fi

  # 4. and 5. request scenarios against the service and nginx (bench/run.sh).
  measure_scenarios

  # 6. export, twice, with the RSS sampled; then the same file from nginx.
  local hwm_before; hwm_before="$(vm_kb "$SERVICE_PID" VmHWM)"
  local svc_export_url="http://$HOST:$PORT$EXPORT_PATH"
  local code1 t1 b1 p1 code2 t2 b2 p2 rows1 rows2
  log "export run 1: GET $EXPORT_PATH (RSS sampled every 0.2 s)"
  export_run svc1 "$svc_export_url" "$DATA_DIR/export.csv" 1
  code1=$EXP_CODE t1=$EXP_SECS b1=$EXP_BYTES p1=$EXP_PEAK
  [[ "$code1" == "200" ]] || { head -c 600 "$DATA_DIR/export.csv" >&2 2>/dev/null || true; echo >&2; die "export returned HTTP $code1"; }
  rows1=$(($(wc -l <"$DATA_DIR/export.csv") - 1))
  log "export run 1: $rows1 rows, $b1 bytes in ${t1}s, peak RSS ${p1} MiB"
  local export_head; export_head="$(head -n 3 "$DATA_DIR/export.csv")"
  log "export run 2 (same request, still -Xmx256m)"
  export_run svc2 "$svc_export_url" "$WORK/export2.csv" 1
  code2=$EXP_CODE t2=$EXP_SECS b2=$EXP_BYTES p2=$EXP_PEAK
  [[ "$code2" == "200" ]] || die "export run 2 returned HTTP $code2"
  rows2=$(($(wc -l <"$WORK/export2.csv") - 1))
  local same="no"; cmp -s "$DATA_DIR/export.csv" "$WORK/export2.csv" && same="yes"
  rm -f "$WORK/export2.csv"
  local hwm_after; hwm_after="$(vm_kb "$SERVICE_PID" VmHWM)"
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service exited during the export"
  ((rows1 == DB_SYNTHETIC)) || die "export run 1 has $rows1 data rows, the database $DB_SYNTHETIC SYNTHETIC observations"
  ((rows2 == DB_SYNTHETIC)) || die "export run 2 has $rows2 data rows, the database $DB_SYNTHETIC SYNTHETIC observations"
  ((rows1 == ROWS_EXPECTED)) || log "note: export has $rows1 rows: $ROWS_EXPECTED generated + $PRE_SYNTHETIC from the seed"

  mv "$DATA_DIR/export.csv" "$WORK/www/export.csv"
  local code3 t3 b3
  log "export from nginx (the same file)"
  export_run nginx "http://$HOST:$NGINX_PORT/export.csv" /dev/null 0
  code3=$EXP_CODE t3=$EXP_SECS b3=$EXP_BYTES
  [[ "$code3" == "200" && "$b3" == "$b1" ]] || die "nginx export copy: HTTP $code3, $b3 bytes (expected 200, $b1)"

  local rss_end; rss_end="$(peak_rss "$SERVICE_PID")"
  kill -0 "$SERVICE_PID" 2>/dev/null || log "warning: the service exited during the run"

  # 7. report.
  local stamp out table etable
  stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
  mkdir -p "$root/bench/out"
  out="$root/bench/out/indicators-$stamp.txt"
  table="$(
    {
      echo "$SCENARIO_HEADER"
      printf '%s\n' "${SCENARIO_ROWS[@]}"
    } | format_table
  )"
  erow() { # label code rows secs bytes peak
    awk -v l="$1" -v c="$2" -v r="$3" -v t="$4" -v b="$5" -v p="$6" 'BEGIN {
      printf "%s|%s|%s|%.2f|%s|%.1f|%.1f|%s\n", l, c, r, t, (r == "-" ? "-" : (t > 0 ? sprintf("%.0f", r / t) : "n/a")),
        b / 1e6, (t > 0 ? b / 1e6 / t : 0), p }'
  }
  etable="$(
    {
      echo "export|HTTP|data rows|seconds|rows/s|MB|MB/s|service peak VmRSS MiB"
      erow "service run 1" "$code1" "$rows1" "$t1" "$b1" "$p1"
      erow "service run 2" "$code2" "$rows2" "$t2" "$b2" "$p2"
      erow "nginx (same file)" "$code3" "$rows1" "$t3" "$b3" "-"
    } | format_table
  )"
  {
    echo "Indicators benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "wrk -t2 -c32 -d${DURATION}s --latency (warm-up ${WARMUP}s against the service); $(nproc) CPUs; loopback"
    echo "service: java -Xmx256m -jar target/quarkus-app/quarkus-run.jar on $HOST:$PORT; nginx $("$(nginx_bin)" -v 2>&1 | sed 's/.*nginx\///') on $HOST:$NGINX_PORT"
    echo "synthetic data: $SYN_INDICATORS indicators x $VILLAGES villages x $SYN_MONTHS months (2006-01..$(awk -v y="$SYN_FIRST_YEAR" -v m="$SYN_MONTHS" 'BEGIN { m -= 1; printf "%04d-%02d", y + int(m / 12), m % 12 + 1 }')) = $ROWS_EXPECTED observations (formula with $SYN_MONTHS months; 230 months would give $((SYN_INDICATORS * VILLAGES * 230)))"
    echo "  source $SYN_SOURCE, status SYNTHETIC, indicators syn_01..syn_$(printf '%02d' "$SYN_INDICATORS") (synthetic = TRUE), values 4-decimal Park-Miller LCG in [0,1), seed $SYN_SEED"
    echo "  generation (awk, CSV): ${GEN_S} s; load (H2 $(basename "$H2_JAR" .jar | sed 's/^com.h2database.h2-//') RunScript, CSVREAD): ${LOAD_S} s; SHUTDOWN COMPACT: ${COMPACT_S} s; data dir $DB_SIZE_LOADED -> $DB_SIZE"
    echo "  SELECT COUNT(*) FROM observation WHERE status='SYNTHETIC' -> $DB_SYNTHETIC (before the load: $PRE_SYNTHETIC)"
    echo "  first start (migrate + real seed) ready in ${first_ready}s; second start (no reload) ready in ${second_ready}s"
    for i in "${!names[@]}"; do echo "  ${names[$i]} = ${paths[$i]}"; done
    echo "  export = $EXPORT_PATH"
    echo
    echo "$table"
    echo
    echo "$etable"
    echo
    echo "export under -Xmx256m: 2 of 2 runs succeeded (HTTP 200, $rows1 data rows each; bodies identical: $same)"
    echo "service VmHWM: ${hwm_before} MiB before the export, ${hwm_after} MiB after it; at the end: $rss_end"
  } | tee "$out"
  {
    echo
    echo "---- export: first lines ----"
    echo "$export_head"
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
  indicators_main "$@"
fi
