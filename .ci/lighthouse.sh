#!/usr/bin/env bash
# CI: the portal as Lighthouse sees it. Starts the packaged service (PostgreSQL on a scratch database by default, as
# .ci/run packages it; OPENDATA_DB_KIND=h2 runs it on H2 in a temporary data directory) and runs Lighthouse (npm
# `lighthouse` from .ci/node_modules, desktop preset) in Debian's Chromium on the home page, the catalog and the IDM
# dataset's page, each on a cold load. It fails unless every one scores at least 95 for accessibility and 90 for
# performance, and unless the home and dataset pages transfer at most 200 KB (Lighthouse's total-byte-weight; the
# portal draws no map tiles). The scores are printed as a table, the reports kept under target/lighthouse/.
#
# Environment (CI defaults):
#   OPENDATA_DB_KIND   postgresql (default; OPENDATA_DB_URL/OPENDATA_DB_USER as in bench/lib.sh) or h2
#   SKIP_BUILD=1       use the existing target/quarkus-app
#   PORT               service port (default 18296)
#   CHROME_PATH        the browser (default: Debian's chromium)
#   LIGHTHOUSE_TIMEOUT seconds one page's audit may take (default 180)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18296}"
SERVICE_XMX="${SERVICE_XMX:-512m}"
LOG_TAG=lighthouse
# shellcheck source=bench/lib.sh
source bench/lib.sh
KEEP_LOGS_AS=lighthouse

LIGHTHOUSE_TIMEOUT="${LIGHTHOUSE_TIMEOUT:-180}"
REPORTS=target/lighthouse
# name path max-transfer-KB (0: no bound on the weight)
PAGES=("home / 200" "catalog /datasets 0" "dataset /datasets/idm 200")

main() {
  install_traps
  ensure_tools curl chromium
  [[ -x .ci/node_modules/.bin/lighthouse ]] || die ".ci/node_modules/.bin/lighthouse missing: run (cd .ci && npm ci)"
  export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
  WORK="$(mktemp -d -t ci-lighthouse.XXXXXX)"
  if [[ "${OPENDATA_DB_KIND:-postgresql}" == "h2" ]]; then
    DATA_DIR="$(mktemp -d -t ci-lighthouse-data.XXXXXX)"
  else
    ensure_tools psql
    use_scratch_postgresql lighthouse
  fi
  build_service
  launch_service "$WORK/service.log"
  mkdir -p "$REPORTS"

  printf '%-8s %-16s %13s %11s %14s %4s %12s\n' page path accessibility performance best-practices seo transfer-KB
  local entry name path max report scores a11y perf kb
  for entry in "${PAGES[@]}"; do
    read -r name path max <<<"$entry"
    report="$REPORTS/$name.json"
    timeout "$LIGHTHOUSE_TIMEOUT" .ci/node_modules/.bin/lighthouse "http://$HOST:$PORT$path" --preset=desktop \
      --only-categories=accessibility,performance,best-practices,seo --output=json --output-path="$report" \
      --quiet --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      >"$WORK/lighthouse-$name.log" 2>&1 || { cat "$WORK/lighthouse-$name.log" >&2; fail "Lighthouse ran on $path"; continue; }
    scores="$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const s = (c) => Math.round(r.categories[c].score * 100);
      console.log(s("accessibility"), s("performance"), s("best-practices"), s("seo"),
        (r.audits["total-byte-weight"].numericValue / 1024).toFixed(1));' "$report")"
    read -r a11y perf bp seo kb <<<"$scores"
    printf '%-8s %-16s %13s %11s %14s %4s %12s\n' "$name" "$path" "$a11y" "$perf" "$bp" "$seo" "$kb"
    check "$path: accessibility $a11y >= 95" [ "$a11y" -ge 95 ]
    check "$path: performance $perf >= 90 (desktop)" [ "$perf" -ge 90 ]
    if ((max > 0)); then
      check "$path: $kb KB transferred on a cold load <= $max KB" awk -v kb="$kb" -v max="$max" 'BEGIN { exit !(kb <= max) }'
    fi
  done
  checks_summary
}

main "$@"
