#!/usr/bin/env bash
# Load on a pair of portal nodes (src/ops/cluster-start.sh) sharing one PostgreSQL database: the
# banner, the status page and anonymous incident reports, all three at once, each kind spread over
# both nodes. Warms up, measures with wrk, prints requests/s, p99 and errors per kind, stops the pair.
# Needs wrk (Debian: apt-get install -y wrk) and an empty PostgreSQL database:
#   PORTAL_DB_URL (required), PORTAL_DB_USER, PORTAL_DB_PASSWORD.
# Usage: src/bench/cluster-load.sh [warm-up seconds, default 60] [measure seconds, default 30]
# Environment: BENCH_PORT (18690; the second node takes the next port), BENCH_HAZELCAST_PORT (6990),
#              connections per node: BENCH_BANNER_CONNECTIONS (8), BENCH_STATUS_CONNECTIONS (2),
#              BENCH_REPORT_CONNECTIONS (2); SKIP_BUILD=1 to use the WAR already built.
# The incident rate limit per address is lifted for the run (PORTAL_INCIDENT_REPORTS_PER_HOUR).
# See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
warmup=${1:-60}
duration=${2:-30}
port=${BENCH_PORT:-18690}
banner_c=${BENCH_BANNER_CONNECTIONS:-8}
status_c=${BENCH_STATUS_CONNECTIONS:-2}
report_c=${BENCH_REPORT_CONNECTIONS:-2}
password=bench-admin-password
product=toegangsbeheer
: "${PORTAL_DB_URL:?set PORTAL_DB_URL (and PORTAL_DB_USER, PORTAL_DB_PASSWORD) to an empty PostgreSQL database}"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 2; }

[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package -pl war -am
work=$(mktemp -d /tmp/portal-cluster-load.XXXXXX)
export PORTAL_RUN_DIR=$work PORTAL_NODES=2 PORTAL_FIRST_HTTP_PORT=$port
export PORTAL_FIRST_HAZELCAST_PORT=${BENCH_HAZELCAST_PORT:-6990} PORTAL_CLUSTER_NAME=portal-load-$$
export PORTAL_ADMIN_PASSWORD=$password PORTAL_INCIDENT_REPORTS_PER_HOUR=1000000000
cleanup() {
  src/ops/cluster-stop.sh >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
src/ops/cluster-start.sh
nodes=("http://127.0.0.1:$port" "http://127.0.0.1:$((port + 1))")

# One ongoing maintenance window, so that the banner has something to say.
at() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
curl -sf -u "admin:$password" -H 'Content-Type: application/json' -o /dev/null \
  -d "{\"products\":[\"$product\"],\"startsAt\":\"$(at "-1 hour")\",\"endsAt\":\"$(at "+2 hours")\",\"planned\":true,\"title\":{\"nl\":\"Onderhoud\",\"en\":\"Maintenance\"},\"message\":{\"nl\":\"Aanmelden kan kort onderbroken zijn.\",\"en\":\"Logging in may be interrupted briefly.\"}}" \
  "${nodes[0]}/api/v1/maintenance"

banner="/api/v1/banners?product=$product&lang=nl"
status="/public/status.xhtml"
reports="/api/v1/incidents"

# Runs the three kinds on both nodes at once (six wrk processes), each writing its output to $1-<kind>-<node>.txt
load() {
  local seconds=$1 prefix=$2 pids=() i
  for i in 0 1; do
    wrk -t1 -c"$banner_c" -d"${seconds}s" --latency "${nodes[$i]}$banner" > "$prefix-banner-$i.txt" & pids+=($!)
    wrk -t1 -c"$status_c" -d"${seconds}s" --latency "${nodes[$i]}$status" > "$prefix-status-$i.txt" & pids+=($!)
    wrk -t1 -c"$report_c" -d"${seconds}s" --latency -s src/bench/cluster-report.lua "${nodes[$i]}$reports" \
      > "$prefix-report-$i.txt" & pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
}

# Requests/s, p99 in ms and errors (non-2xx answers and socket errors) of one wrk output
parse() {
  awk '
    /^ +99%/ { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); p=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); p=v }
               else if (v ~ /s$/) { sub(/s$/,"",v); p=v*1000 } }
    /^Requests\/sec/ { r=$2 }
    /Non-2xx/ { e+=$NF }
    /Socket errors/ { gsub(/,/,""); e+=$4+$6+$8+$10 }
    END { printf "%s %s %d\n", r, p, e }' "$1"
}

echo "Warming up for ${warmup}s (all three kinds on both nodes)..."
load "$warmup" "$work/warm"
echo "Measuring for ${duration}s..."
load "$duration" "$work/run"

echo
echo "Two nodes, one PostgreSQL; wrk -t1 per kind and node for ${duration}s after ${warmup}s of warm-up;"
echo "connections per node: banner $banner_c, status page $status_c, incident reports $report_c"
printf '| %-36s | %12s | %16s | %8s |\n' "kind" "requests/s" "p99 (ms), A / B" "errors"
printf '|%s|%s|%s|%s|\n' "--------------------------------------" "--------------" "------------------" "----------"
total_errors=0
for kind in banner status report; do
  read -r r0 p0 e0 < <(parse "$work/run-$kind-0.txt")
  read -r r1 p1 e1 < <(parse "$work/run-$kind-1.txt")
  case $kind in
    banner) label="GET $banner" ;;
    status) label="GET $status" ;;
    report) label="POST $reports" ;;
  esac
  rps=$(awk -v a="$r0" -v b="$r1" 'BEGIN { printf "%.1f", a + b }')
  printf '| %-36s | %12s | %16s | %8s |\n' "$label" "$rps" "$p0 / $p1" "$((e0 + e1))"
  total_errors=$((total_errors + e0 + e1))
done
echo
[ "$total_errors" -eq 0 ] && echo "NO ERRORS" || { echo "ERRORS: $total_errors"; exit 1; }
