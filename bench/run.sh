#!/usr/bin/env bash
# Regions benchmark: the Banyuwangi Open Data API against nginx serving the very same response bytes.
# See bench/README.md. Loopback only; every phase has a bounded duration.
set -euo pipefail

PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-10}"
GEOJSON_PATH="${GEOJSON_PATH:-/api/v1/villages?format=geojson&limit=500}"
SKIP_BUILD="${SKIP_BUILD:-0}"

# Fixed scenario list: name|path|extension served by nginx (decides its Content-Type).
scenarios() {
  printf '%s\n' \
    "villages_by_district|/api/v1/villages?district_code=35.10.01|json" \
    "village|/api/v1/villages/35.10.01.2001|json" \
    "villages_geojson|${GEOJSON_PATH}|geojson"
}

# The helpers (log, die, cleanup, ensure_tools, build_service, start_service, start_nginx, measure_scenarios,
# run_wrk, parse_wrk, format_table, peak_rss, ...) are shared with the other benchmarks and the CI failure tests.
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main() {
  [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "DURATION must be a positive integer (seconds)"
  [[ "$WARMUP" =~ ^[0-9]+$ ]] || die "WARMUP must be a non-negative integer (seconds)"
  cd "$(dirname "$0")/.."
  local root; root="$(pwd)"
  install_traps

  ensure_tools wrk nginx curl
  WORK="$(mktemp -d -t bench-regions.XXXXXX)"
  mkdir -p "$WORK/www" "$WORK/wrk"
  build_service
  start_service

  measure_scenarios

  local rss; rss="$(peak_rss "$SERVICE_PID")"
  kill -0 "$SERVICE_PID" 2>/dev/null || log "warning: the service exited during the run"

  local stamp out table
  stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
  mkdir -p "$root/bench/out"
  out="$root/bench/out/regions-$stamp.txt"
  table="$(scenario_table)"
  {
    echo "Regions benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "wrk -t2 -c32 -d${DURATION}s --latency (warm-up ${WARMUP}s against the service); $(nproc) CPUs; loopback"
    echo "service: java -Xmx256m -jar target/quarkus-app/quarkus-run.jar on $HOST:$PORT; nginx $("$(nginx_bin)" -v 2>&1 | sed 's/.*nginx\///') on $HOST:$NGINX_PORT"
    for i in "${!names[@]}"; do echo "  ${names[$i]} = ${paths[$i]}"; done
    echo
    echo "$table"
    echo
    echo "service peak RSS: $rss"
  } | tee "$out"
  { echo; raw_wrk_output; } >>"$out"
  log "written to ${out#"$root"/}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
