#!/usr/bin/env bash
# CI: one artifact, any database. The packaged service (target/quarkus-app, built once) starts on the embedded H2
# database (a scratch data directory) and on PostgreSQL (a scratch database), chosen by OPENDATA_DB_KIND at run time:
# each is ready (/q/health/ready UP, checking its own datasource only) and answers the API. Three bad starts exit
# non-zero with exactly one line on stderr that names the cause: an unknown OPENDATA_DB_KIND, a port where no
# PostgreSQL listens, a database that does not exist. The jar files' SHA-256 never change.
#
# Environment (CI defaults):
#   SKIP_BUILD=1       use the existing target/quarkus-app (else ./mvnw package first)
#   PG_HOST/PG_PORT    where the scratch database is created and dropped (127.0.0.1:5432, user postgres)
#   PORT               service port (default 18321); REFUSED_PORT where nothing listens (default 18329)
#   START_TIMEOUT      seconds a bad start may take to exit (default 120)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18321}"
REFUSED_PORT="${REFUSED_PORT:-18329}"
START_TIMEOUT="${START_TIMEOUT:-120}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
SERVICE_XMX="${SERVICE_XMX:-512m}"
LOG_TAG=one-artifact
# shellcheck source=bench/lib.sh
source bench/lib.sh
KEEP_LOGS_AS=one-artifact

# artifact_sha: one SHA-256 over every file of target/quarkus-app (the launcher, the application and its libraries).
artifact_sha() {
  (cd target/quarkus-app && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

# serves KIND: the running service is ready on datasource KIND alone, and answers the regency and a village.
serves() {
  local kind=$1 ready
  ready="$(curl -s --max-time 10 "http://$HOST:$PORT/q/health/ready" || true)"
  check "$kind: /q/health/ready is UP on the $kind datasource alone" python3 -c '
import json, sys
checks = {c["name"]: c for c in json.loads(sys.argv[1])["checks"]}
db = checks["Database connections health check"]
sys.exit(0 if json.loads(sys.argv[1])["status"] == "UP" and db["data"] == {sys.argv[2]: "UP"} else 1)' "$ready" "$kind"
  check "$kind: GET /api/v1/regency is Kabupaten Banyuwangi (35.10)" \
    bash -c "curl -sf --max-time 10 http://$HOST:$PORT/api/v1/regency | grep -q '\"code\":\"35.10\"'"
  check "$kind: GET /api/v1/villages/35.10.01.2001 answers 200" \
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://$HOST:$PORT/api/v1/villages/35.10.01.2001")" = 200 ]
}

# bad_start NAME PATTERN ENV...: the service started with ENV (on top of no OPENDATA_DB_* at all) exits non-zero
# within START_TIMEOUT, with exactly one line on stderr, matching the extended regular expression PATTERN.
bad_start() {
  local name=$1 pattern=$2 rc=0 lines
  shift 2
  timeout "$START_TIMEOUT" env -u OPENDATA_DB_KIND -u OPENDATA_DB_URL -u OPENDATA_DB_USER -u OPENDATA_DB_PASSWORD \
    OPENDATA_DATA_DIR="$WORK/bad-data" QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$PORT" "$@" \
    java "-Xmx$SERVICE_XMX" -jar target/quarkus-app/quarkus-run.jar >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  lines="$(wc -l <"$WORK/$name.err")"
  echo "   $name: exit $rc, stderr: $(cat "$WORK/$name.err")"
  check "$name: exits non-zero (not the timeout)" test "$rc" != 0 -a "$rc" != 124
  check "$name: exactly one line on stderr (got $lines)" [ "$lines" = 1 ]
  check "$name: the line names the cause" grep -qE "$pattern" "$WORK/$name.err"
}

main() {
  install_traps
  ensure_tools curl python3 psql sha256sum
  WORK="$(mktemp -d -t ci-one-artifact.XXXXXX)"
  build_service
  local sha
  sha="$(artifact_sha)"
  log "target/quarkus-app SHA-256 $sha"

  echo "== H2 (embedded, a scratch data directory)"
  unset OPENDATA_DB_URL OPENDATA_DB_USER OPENDATA_DB_PASSWORD
  export OPENDATA_DB_KIND=h2
  DATA_DIR="$WORK/h2-data"
  launch_service "$WORK/h2.log"
  echo "   ready after ${READY_SECONDS}s"
  serves h2
  stop_service

  echo "== PostgreSQL (a scratch database)"
  use_scratch_postgresql one_artifact
  DATA_DIR="$WORK/pg-data"
  launch_service "$WORK/postgresql.log"
  echo "   ready after ${READY_SECONDS}s"
  serves postgresql
  stop_service

  echo "== Bad starts: one line and a non-zero exit"
  port_in_use "$REFUSED_PORT" && die "port $REFUSED_PORT is in use; set REFUSED_PORT to a free one"
  bad_start unknown-kind "OPENDATA_DB_KIND is 'mysql': it must be one of h2, postgresql" OPENDATA_DB_KIND=mysql
  bad_start refused-port "^The service did not start: the database refused or could not be reached \(OPENDATA_DB_URL.*Connection to $HOST:$REFUSED_PORT refused" \
    OPENDATA_DB_KIND=postgresql OPENDATA_DB_URL="jdbc:postgresql://$HOST:$REFUSED_PORT/opendata" \
    OPENDATA_DB_USER="$OPENDATA_DB_USER"
  bad_start missing-database "^The service did not start: the database refused or could not be reached \(OPENDATA_DB_URL.*database \"one_artifact_missing_$$\" does not exist" \
    OPENDATA_DB_KIND=postgresql OPENDATA_DB_URL="jdbc:postgresql://$PG_DB_HOST:$PG_DB_PORT/one_artifact_missing_$$" \
    OPENDATA_DB_USER="$OPENDATA_DB_USER"

  check "the artifact never changed (SHA-256 $sha)" [ "$(artifact_sha)" = "$sha" ]
  checks_summary
}

main "$@"
