#!/usr/bin/env bash
# Operator board over 1 000 000 incidents: builds the portal, starts it once on loopback with a fresh
# embedded database (so Flyway makes the schema), stops it, writes the incidents straight into the
# database with JDBC batches, starts it again, warms up, pages the board for every sort x filter,
# stops. Usage: src/bench/incident-board-bench.sh [rounds] [incidents]   (see docs/benchmarks.md)
# BENCH_DATA=folder keeps the seeded database there, and a later run with the same folder measures
# it again without seeding (seeding a million incidents takes minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-30}
count=${2:-1000000}
port=${BENCH_PORT:-18581}
cluster_port=${BENCH_CLUSTER_PORT:-6950}
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
password=bench-admin-password
root=$PWD
data=${BENCH_DATA:-$work/data}

mvn -B -q -DskipTests package -pl war -am
java_bin=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
  v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [ "${v%%.*}" -ge 21 ] 2>/dev/null && echo "$j"; done | tail -n 1)
java_bin=${java_bin:-java}
# run copies, so that a build during the (long) run cannot change what is measured
cp "$root/war/target/portal.war" "$root/war/target/payara-micro.jar" "$work/"
lib="$work/lib"
mkdir -p "$lib"
(cd "$lib" && unzip -q -j "$work/portal.war" 'WEB-INF/lib/derby*.jar')

server=
start_server() {
  # exec: the background job is the server itself, so that stop_server and the trap stop it
  (cd "$work" && PORTAL_DATA_DIR="$data" PORTAL_ADMIN_PASSWORD=$password \
    exec "$java_bin" @"$root/src/payara/jvm.options" -jar "$work/payara-micro.jar" \
    --deploy "$work/portal.war" --contextroot / --port $port --interfaces 127.0.0.1 \
    --clustermode tcpip:127.0.0.1:$cluster_port --startport $cluster_port --disablephonehome \
    --prebootcommandfile "$root/src/payara/preboot.asadmin" >> "$work/server.log" 2>&1) &
  server=$!
  # long enough for a migration that rebuilds indexes over a million incidents
  for _ in $(seq 1 900); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "portal did not become ready; see $work/server.log" >&2
  return 1
}
stop_server() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi
}
trap 'stop_server; rm -rf "$work"' EXIT

if [ -d "$data/portal-db" ]; then
  echo "measuring the database already seeded in $data"
else
  mkdir -p "$data"
  start_server
  stop_server
  "$java_bin" -Xmx768m -cp "$lib/*" -Dderby.stream.error.file="$work/derby-seed.log" \
    src/bench/IncidentBoardBench.java seed "$data/portal-db" "$count"
fi
start_server
"$java_bin" src/bench/IncidentBoardBench.java measure "http://127.0.0.1:$port" "$password" "$rounds"
