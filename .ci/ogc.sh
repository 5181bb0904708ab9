#!/usr/bin/env bash
# CI: a GIS client adds the layers from one URL. Starts the packaged service (PostgreSQL on a scratch database by
# default; OPENDATA_DB_KIND=h2 runs it on H2 in a temporary data directory) and points GDAL's
# OGC API - Features driver (Debian's gdal-bin) at http://127.0.0.1:$PORT/ogc:
#   - `ogrinfo -ro -so OAPIF:<base>/ogc` lists the villages and kecamatan collections;
#   - `ogrinfo -ro -so OAPIF:<base>/ogc villages` counts 217 features;
#   - `ogr2ogr -f GeoJSON` copies the 217 villages (GDAL follows the next links) with their properties and
#     MultiPolygon boundaries, every Kemendagri code once, and the 25 kecamatan;
#   - `ogr2ogr -spat` (GDAL sends bbox) copies exactly the villages /api/v1/villages?bbox= gives for that box.
#
# Environment (CI defaults):
#   OPENDATA_DB_KIND   postgresql (default; OPENDATA_DB_URL/OPENDATA_DB_USER as in bench/lib.sh) or h2
#   SKIP_BUILD=1       use the existing target/quarkus-app (it runs on any database kind)
#   PORT               service port (default 18293)
#   GDAL_TIMEOUT       seconds each GDAL command may take (default 120)
#   GDAL_WAIT          seconds to wait for another apt/dpkg to finish installing gdal-bin (default 900)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18293}"
SERVICE_XMX="${SERVICE_XMX:-512m}"
LOG_TAG=ogc
# shellcheck source=bench/lib.sh
source bench/lib.sh
KEEP_LOGS_AS=ogc

GDAL_TIMEOUT="${GDAL_TIMEOUT:-120}"
GDAL_WAIT="${GDAL_WAIT:-900}"
BOX=(114.2 -8.62 114.35 -8.5)
VILLAGE_FIELDS="code name type district_code district_name lat lon postal_code bps_code area_km2 polygon_area_km2"

# ensure_gdal: ogrinfo and ogr2ogr from Debian's gdal-bin. While another apt or dpkg runs (it may be installing
# gdal-bin right now), waits for it instead of starting a second one that would fail on the lock.
ensure_gdal() {
  local start=$SECONDS
  while ! command -v ogrinfo >/dev/null 2>&1; do
    if ! pgrep -x 'apt-get|apt|dpkg|unattended-upgr' >/dev/null; then
      log "installing gdal-bin from Debian"
      env DEBIAN_FRONTEND=noninteractive apt-get install -y gdal-bin \
        || { apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y gdal-bin; }
      break
    fi
    ((SECONDS - start < GDAL_WAIT)) || die "ogrinfo still missing after ${GDAL_WAIT}s of waiting for apt/dpkg"
    log "apt or dpkg is running; waiting for it before looking for ogrinfo again"
    sleep 5
  done
  command -v ogrinfo >/dev/null 2>&1 && command -v ogr2ogr >/dev/null 2>&1 || die "gdal-bin has no ogrinfo/ogr2ogr"
  log "$(ogrinfo --version)"
}

# gdal COMMAND ARGS...: a GDAL command, bounded in time.
gdal() { timeout "$GDAL_TIMEOUT" "$@"; }

# geojson_summary FILE: "count unique_ids geometry_types fields" of a GeoJSON file GDAL wrote.
geojson_summary() {
  python3 - "$1" <<'EOF'
import json, sys
features = json.load(open(sys.argv[1]))["features"]
codes = [f["properties"].get("code") for f in features]
types = sorted({f["geometry"]["type"] for f in features if f["geometry"]})
fields = sorted(set().union(*(f["properties"].keys() for f in features))) if features else []
print(len(features), len(set(codes)), ",".join(types), " ".join(fields))
EOF
}

main() {
  install_traps
  ensure_tools curl python3
  ensure_gdal
  WORK="$(mktemp -d -t ci-ogc.XXXXXX)"
  if [[ "${OPENDATA_DB_KIND:-postgresql}" == "h2" ]]; then
    DATA_DIR="$(mktemp -d -t ci-ogc-data.XXXXXX)"
  else
    ensure_tools psql
    use_scratch_postgresql ogc
  fi
  build_service
  launch_service "$WORK/service.log"
  local base="http://$HOST:$PORT/ogc"

  echo "== ogrinfo -ro -so OAPIF:$base"
  gdal ogrinfo -ro -so "OAPIF:$base" >"$WORK/layers.out" 2>&1 || true
  cat "$WORK/layers.out"
  check "ogrinfo lists the villages collection" grep -qE '^[0-9]+: villages( |$)' "$WORK/layers.out"
  check "ogrinfo lists the kecamatan collection" grep -qE '^[0-9]+: kecamatan( |$)' "$WORK/layers.out"
  check "ogrinfo lists the village-boundaries-v1 dataset version" \
    grep -qE '^[0-9]+: village-boundaries-v1( |$)' "$WORK/layers.out"

  echo "== ogrinfo -ro -so OAPIF:$base villages"
  gdal ogrinfo -ro -so "OAPIF:$base" villages >"$WORK/villages.out" 2>&1 || true
  grep -E 'Feature Count|Extent|Geometry:' "$WORK/villages.out" || true
  check "ogrinfo counts 217 villages" grep -qx 'Feature Count: 217' "$WORK/villages.out"

  echo "== ogr2ogr -f GeoJSON villages.geojson OAPIF:$base villages"
  gdal ogr2ogr -f GeoJSON "$WORK/villages.geojson" "OAPIF:$base" villages 2>"$WORK/ogr2ogr.err" || true
  cat "$WORK/ogr2ogr.err"
  local count unique types fields missing=""
  read -r count unique types fields < <(geojson_summary "$WORK/villages.geojson" 2>/dev/null || echo "0 0 none")
  echo "   $count features, $unique distinct codes, geometries: $types"
  echo "   fields: $fields"
  check "ogr2ogr copies 217 villages" [ "$count" = 217 ]
  check "every village once (217 distinct Kemendagri codes)" [ "$unique" = 217 ]
  check "every village has its MultiPolygon boundary" [ "$types" = MultiPolygon ]
  local f
  for f in $VILLAGE_FIELDS; do [[ " $fields " == *" $f "* ]] || missing+=" $f"; done
  check "the villages have the properties of /api/v1/villages ($VILLAGE_FIELDS)${missing:+; missing:$missing}" \
    [ -z "$missing" ]

  echo "== ogr2ogr -f GeoJSON kecamatan.geojson OAPIF:$base kecamatan"
  gdal ogr2ogr -f GeoJSON "$WORK/kecamatan.geojson" "OAPIF:$base" kecamatan || true
  read -r count unique types fields < <(geojson_summary "$WORK/kecamatan.geojson" 2>/dev/null || echo "0 0 none")
  echo "   $count features, $unique distinct codes, geometries: $types"
  check "ogr2ogr copies 25 kecamatan, each once" [ "$count/$unique" = 25/25 ]

  echo "== ogr2ogr -spat ${BOX[*]} (GDAL sends bbox) against /api/v1/villages?bbox="
  gdal ogr2ogr -f GeoJSON -spat "${BOX[@]}" "$WORK/box.geojson" "OAPIF:$base" villages || true
  local expected got
  expected="$(curl -sf --max-time 30 "http://$HOST:$PORT/api/v1/villages?limit=1000&bbox=$(IFS=,; echo "${BOX[*]}")" \
    | python3 -c 'import json,sys; print(" ".join(sorted(i["code"] for i in json.load(sys.stdin)["items"])))')"
  got="$(python3 -c 'import json,sys; print(" ".join(sorted(f["properties"]["code"] for f in json.load(open(sys.argv[1]))["features"])))' \
    "$WORK/box.geojson" 2>/dev/null || true)"
  echo "   $(wc -w <<<"$got") villages meet the box (the API: $(wc -w <<<"$expected"))"
  check "the box gives exactly the villages /api/v1/villages?bbox= gives" test -n "$got" -a "$got" = "$expected"

  checks_summary
}

main "$@"
